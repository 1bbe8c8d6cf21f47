"""Schools named by their teams in a school tournament's results ("Groep 7 jongens: De Kwarvik 2").

In Dutch primary schools a "groep" is a year; a tournament's results list each year's winning
team as the school's name with a team number. The name after "Groep N (jongens|meiden|...):" and
before that number is the school's (replaced as SCHOOL without its article and number, by the
policy's team names); a place, a stop word or a kind of school there stays to other rules.
A team is also named by whose it is: "het team van de Kwarhof", "de teams van KSA en Kwarhof"
(names70), and a school by "School" and a prepositional phrase ("School op de Kwarberg").
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    CAP,
    first_names,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.lang import word_set

SCHOOL_TEAM = re.compile(
    rf"(?<![\w-])[Gg]roep(?:en)?[ ]\d{{1,2}}(?:[ ]?[/&-][ ]?\d{{1,2}})?"
    rf"(?:[ ](?:jongens|meiden|meisjes|gemengd|mix))?[ ]?:[ ]*(?:(?:De|Het|'t|’t)[ ])?"
    rf"(?P<name>{CAP}(?:[ ]{CAP})?)[ ]?-?[ ]?\d{{1,2}}(?=[,.;)]|[ ]*$|[ ]*\n)",
    re.MULTILINE,
)


def _team_school(name: str) -> bool:
    """True for a name that can be a school's in a team's place: no stop word, place or kind."""
    return not any(
        is_stop_word(w) or w in places() or w in word_set("school_kind_words.txt")
        for w in name.split()
    )


def school_teams(text: str) -> list[Mention]:
    """ "Groep 5 jongens: Kwarvik 2, Groep 6 meiden: De Runde 1": the schools of the teams."""
    if "roep" not in text:
        return []
    found = []
    for m in SCHOOL_TEAM.finditer(text):
        if not _team_school(m["name"]):
            continue
        mention = Mention(m.start("name"), m.end("name"), "SCHOOL", m["name"], 1, "school-team")
        mention.key = norm_name(m["name"])
        mention.extra["short"] = m["name"]
        found.append(mention)
    return found


_ARTICLE = r"(?:(?P<low>de|het)[ ]|(?:De|Het|'t|’t)[ ])?"
_TEAM_NAME = rf"(?:{CAP}(?:[ ]{CAP})?|[A-Z]{{2,5}})"
TEAM_OF = re.compile(
    rf"(?<![\w-])[Tt]eams?[ ]van[ ]{_ARTICLE.replace('low', 'low1')}(?P<name1>{_TEAM_NAME})"
    rf"(?:[ ]en[ ]{_ARTICLE.replace('low', 'low2')}(?P<name2>{_TEAM_NAME}))?(?![\w'’-])"
)
# "School op de Kwarberg", "School aan de Kwarvliet": a school named by where it stands
SCHOOL_PHRASE = re.compile(
    rf"(?<![\w'’-])School[ ](?:op|aan|in|bij|onder|over)[ ](?:de|het|den)[ ]{CAP}(?![\w'’-])"
)


def team_owner_schools(text: str) -> list[Mention]:
    """ "het team van de Kwarhof", "de teams van KSA en Kwarhof": the name after "team(s) van"
    (a capitalised article with it, a lowercase one left out) is the school or club the team
    plays for (SCHOOL in a text that speaks of a school, else ORGANISATIE); not a first name, a
    place, a stop word, a kind of school or a kept term (names70). "School op de Kwarberg":
    "School" and a prepositional phrase with a capitalised word, one school."""
    found = []
    if "eam" in text:
        kind = "SCHOOL" if "school" in text.lower() else "ORGANISATIE"
        for m in TEAM_OF.finditer(text):
            for n in ("1", "2"):
                name = m[f"name{n}"]
                if not name or not _team_school(name) or name in keep_terms():
                    continue
                if name.isupper() and (
                    name in word_set("national_acronyms.txt") or name in word_set("parties.txt")
                ):
                    continue  # "het team van de GGD": a national body's
                first = name.split()[0]
                if first in first_names() or first == "School" or first.endswith(("se", "sche")):
                    continue  # a person's; "School X" and "de Kwarstadse X" to the school rules
                start = m.start(f"name{n}")
                if not m[f"low{n}"] and text[m.start(f"name{n}") - 1] == " ":
                    article = re.search(r"(?:De|Het|'t|’t)[ ]$", text[max(0, start - 4) : start])
                    start -= len(article[0]) if article else 0
                end = m.end(f"name{n}")
                mention = Mention(start, end, kind, text[start:end], 1, "team-owner")
                mention.key = norm_name(text[start:end])
                mention.extra["short"] = text[start:end]  # "De Kwak" elsewhere: the same one
                found.append(mention)
    if "School " in text:
        for m in SCHOOL_PHRASE.finditer(text):
            mention = Mention(m.start(), m.end(), "SCHOOL", m[0], 0, "school-phrase")
            mention.key = norm_name(m[0])
            found.append(mention)
    return found
