"""Places: the place lists (also in CAPITALS), the word after "gemeente", "rechtbank", "te",
"in" (``place_triggers.txt``), and names in capitals that are no dictionary word."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    first_names,
    hunspell,
    institutions,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    place_triggers,
    places,
    places_lower,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.person_names import person
from wb.dossiers.word_index import names_regex
from wb.lang import word_set


@cache
def place_tail(names: frozenset[str]) -> re.Pattern:
    """A regex for one of `names` at the end of a name ("... Zaandam")."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf" (?:{alternation})$")


CAPS_WORD = r"(?:'[sS]-)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"
CAPS_RUN = re.compile(rf"(?<![\w'’-]){CAPS_WORD}(?:[ ]{CAPS_WORD})*(?![\w'’-])")


def caps_mentions(text: str) -> list[Mention]:
    """Names in capitals: known places ("MIDDEN-NEDERLAND") and unknown long words that are
    no dictionary word ("HARMKE BERGENHENEGOUWEN")."""
    found = []
    lower = places_lower()
    for run in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run[0]))
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                phrase = run[0][words[i].start() : words[j - 1].end()]
                if phrase.lower() in lower:
                    s, e = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    found.append(Mention(s, e, "PLAATS", phrase, 4, "caps-place"))
                    found[-1].key = norm_name(lower[phrase.lower()])
                    i = j
                    break
            else:
                word = words[i][0]
                title = word[:1] + word[1:].lower()
                if not is_stop_word(word) and (
                    (len(word) >= 6 and not is_ordinary(word))
                    or title in first_names()
                    or (title in surnames() and not is_ordinary(word))
                ):
                    s = run.start() + words[i].start()
                    mention = person(text, s, s + len(word), 5, "caps")
                    if mention:
                        mention.first = title if title in first_names() else ""
                        mention.surname = "" if mention.first else norm_name(word)
                        found.append(mention)
                i += 1
    return found


@cache
def _trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = "|".join(re.escape(t) for t in sorted(strong | weak, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<trigger>{triggers}):?[ ]+(?P<place>(?:'s-)?{CAP}"
        rf"(?:[ ](?:aan|op|den|de|bij|in)[ ]{CAP}|[ ]{CAP})*)"
        rf"(?=(?P<joined>[ ]en[ ]{CAP}(?:[ ](?:aan|op|den|de|bij)[ ]{CAP}|[ ]{CAP})*)?)"
    )


def _joined_name(text: str, m: re.Match) -> bool:
    """True when "<place> en <Name>" after a trigger is one official name ("Aa en Hunze" shape)
    rather than a list: neither part is a known place, the second part starts with no first name
    or surname, and no trigger follows it ("... en Pactum in Deurne" is a new list item)."""
    if not m["joined"]:
        return False
    right = m["joined"][4:]
    known = places()
    if m["place"] in known or m["place"].split()[0] in known:
        return False
    head = right.split()[0]
    if right in known or head in known or head in first_names() or head in surnames():
        return False
    strong, weak = place_triggers()
    after = re.match(r"[ ]+(\w+)", text[m.end("joined") :])
    return not (after and after[1] in strong | weak)


def trigger_places(text: str) -> list[Mention]:
    """Places after "gemeente", "rechtbank", "te", "in": "gemeente Soest", "wonende te Bunnik",
    "in Heel en Panheel" (see :func:`_joined_name`)."""
    strong, _ = place_triggers()
    kept = frozenset(keep_terms()) | frozenset(institutions())
    found = []
    for m in _trigger_rx().finditer(text):
        place = m["place"]
        joined = _joined_name(text, m)
        end = m.end("joined") if joined else m.end("place")
        words = place.split()
        first = words[0]
        if place in kept or first in kept or is_stop_word(first):
            continue
        if len(words) == 1 and first.lower() in word_set("name_compass.txt"):
            continue  # "Jeugdbescherming Gelderland, regio Noord": a division, no place
        if m["trigger"] not in strong:
            if first in first_names() or any(is_ordinary(w) for w in words):
                continue
        name = text[m.start("place") : end]
        # a joined name holds together against a person guess inside it ("Sint Hubert")
        found.append(Mention(m.start("place"), end, "PLAATS", name, 3 if joined else 4, "trigger"))
        found[-1].key = norm_name(name)
    return found


def place_mentions(text: str, learned: Learned) -> list[Mention]:
    """Known and learned places (a dictionary word at a sentence start only after "te", "in")."""
    found = []
    for names in (places(), frozenset(learned.places)):
        if not names:
            continue
        for m in names_regex(names).finditer(text):
            if sentence_initial(text, m.start()) and m[0].lower() in hunspell().ordinary:
                context = text[max(0, m.start() - 12) : m.start()]
                if not re.search(r"\b(?:te|in|uit|naar|bij|van)\s*$", context) and not (
                    _in_place_list(text, m.end(), names)
                ):
                    continue
            found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place"))
            found[-1].key = norm_name(m[0])
    return found


def _in_place_list(text: str, end: int, names: frozenset[str]) -> bool:
    """True when a known place right after `end` continues a list ("(Leiden, Leiderdorp en
    Oegstgeest)"): the word before it is a place too, not the ordinary word."""
    m = re.match(r"(?:,[ ]*|[ ]+en[ ]+)((?:'s-)?[\w-]+(?:[ ][A-Z][\w-]+)?)", text[end:])
    if not m:
        return False
    nxt = m[1]
    return nxt in names or nxt.split()[0] in names
