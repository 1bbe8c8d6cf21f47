"""Schools named by their teams in a school tournament's results ("Groep 7 jongens: De Kwarvik 2").

In Dutch primary schools a "groep" is a year; a tournament's results list each year's winning
team as the school's name with a team number. The name after "Groep N (jongens|meiden|...):" and
before that number is the school's (replaced as SCHOOL without its article and number, by the
policy's team names); a place, a stop word or a kind of school there stays to other rules.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import CAP, is_stop_word, norm_name, places
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
