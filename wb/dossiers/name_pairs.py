"""Two first names joined by "en" ("Bram en Marlijn"): when one is a known first name, the
other, a capitalised word that is no plain dictionary word, is a first name too."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_stop_word,
    keep_terms,
    places,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person
from wb.dossiers.regex_lead import lead_first

NEXT_CAPITAL = re.compile(rf"[ ]+[{UP}]")
PREVIOUS_CAPITAL = re.compile(rf"[{UP}][\w'’-]*[ ]$")
PAIR = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<a>[{UP}][{LOW}]+)[ ]en[ ](?P<b>[{UP}][{LOW}]+)(?![\w'’-])")
)


def first_name_pairs(text: str) -> list[Mention]:
    """ "de gezinsmanagers Bram en Marlijn": a known first name, "en" and a capitalised word of
    four letters or more that the dictionary does not hold in lowercase (a compound it may
    split, "mar" + "lijn", is no reason) and no list knows as a surname, place or kept term:
    that word is a person (tier 4). Not when a capitalised word follows the second ("Mark en
    Sandy Leemans": a full name) or precedes the first ("Anna Kwarvik en Inge": a surname)."""
    if " en " not in text:
        return []
    names = first_names()
    found = []
    for m in PAIR.finditer(text):
        for known, other in (("a", "b"), ("b", "a")):
            word = m[other]
            if m[known] not in names or word in names or not _unknown_word(word):
                continue
            if other == "b" and NEXT_CAPITAL.match(text, m.end()):
                continue  # "Mark en Sandy Leemans": a full name, found whole elsewhere
            if other == "a" and PREVIOUS_CAPITAL.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Marly Kwarvik en Inge": a surname after its first name
            mention = person(
                text, m.start(other), m.end(other), 4, "first-name-pair", single="first"
            )
            if mention:
                found.append(mention)
    return found


def _unknown_word(word: str) -> bool:
    """A capitalised word no list and no plain dictionary entry knows."""
    return (
        len(word) >= 4
        and word.lower() not in hunspell().ordinary
        and word not in surnames()
        and word not in places()
        and word not in gazetteer()
        and word not in keep_terms()
        and word not in institutions()
        and not is_stop_word(word)
    )
