"""Names in a list of organisations: "Parlan, Lijn 5, Esdégé-Reigersdaal, GGZ NHN en Triversum".
When two or more items of a list (commas, a last "en" or "of") were found as organisations or
schools, an item of two or more capitalised words or a word and a number that nothing took is
one more organisation of the list ("Lijn 5", "Promens Care"), unless all its words are
dictionary words ("Kinderen en Ouders Samen"). Runs after the overlaps are chosen, since it
needs the organisations found."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, is_stop_word, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.regex_lead import lead_first

_WORD = rf"[{UP}][\w'&-]*"
_ITEM = rf"{_WORD}(?:[ ](?:{_WORD}|\d+))*"
LIST = re.compile(
    lead_first(rf"(?<![\w-]){_ITEM}(?:,[ ]{_ITEM})+(?:,?[ ](?:en|of)[ ]{_ITEM})?(?![\w-])")
)
ITEM = re.compile(_ITEM)
MIN_ITEMS = 3  # items in the list
MIN_ORGS = 2  # of them found as organisations or schools


def listed_org_items(
    text: str, mentions: list[Mention], kept: list[tuple[int, int]]
) -> list[Mention]:
    """Organisations named in a list of organisations that no other rule took (tier 4)."""
    orgs = [(m.start, m.end) for m in mentions if m.type in ("ORGANISATIE", "SCHOOL")]
    if len(orgs) < MIN_ORGS:
        return []
    taken = [(m.start, m.end) for m in mentions] + kept
    found = []
    for run in LIST.finditer(text):
        items = [(run.start() + i.start(), run.start() + i.end()) for i in ITEM.finditer(run[0])]
        if len(items) < MIN_ITEMS:
            continue
        named = sum(any(s <= a < e for s, e in orgs) for a, _ in items)
        if named < MIN_ORGS:
            continue
        for a, b in items:
            if any(s < b and a < e for s, e in taken):
                continue
            words = text[a:b].split()
            if len(words) < 2 or any(is_stop_word(w) or w in places() for w in words):
                continue
            if all(in_dictionary(w) and not w.isdigit() for w in words):
                continue  # "Ouders Samen": ordinary words, a heading's or a topic's
            found.append(Mention(a, b, "ORGANISATIE", text[a:b], 4, "listed-provider"))
            found[-1].key = norm_name(text[a:b])
    return found
