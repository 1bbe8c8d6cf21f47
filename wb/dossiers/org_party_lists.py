"""Local parties named in a list beside national ones: "(Samen Vooruit, CDA, D66, VVD)",
"gesteund door Progressief Kwarland en CDA". In a list of capitalised names joined by commas and
"en" that holds a national party (``parties.txt``), another name is a party too, a local one,
when it is no kept name, place, person's first name or role; beside one national party only it
needs a word no dictionary knows or a place ("Progressief Kwarland"), beside two or more it may
be ordinary words ("Samen Vooruit")."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, first_names, gazetteer, is_dutch_word, is_stop_word, places
from wb.dossiers.mentions import Mention
from wb.dossiers.org_slots import _kept_name, _org, national_parties
from wb.dossiers.regex_lead import lead_first

ITEM = rf"[{UP}0-9][\w!’'-]*(?:[ ][{UP}][\w!’'-]*){{0,2}}"
PARTY_LIST = re.compile(lead_first(rf"(?<![\w'’-]){ITEM}(?:(?:,[ ]|[ ]en[ ]){ITEM})+(?![\w'’-])"))
SEPARATOR = re.compile(r",[ ]|[ ]en[ ]")
# initials or a title right before a list: its first name is a person's
PERSON_BEFORE = re.compile(r"(?:(?:[A-Z]\.)+[ ]?|(?i:\bheer|\bmevrouw|\bmw\.|\bdhr\.)[ ])$")


def party_list_mentions(text: str) -> list[Mention]:
    """Local parties in a list of names that holds a national party."""
    found = []
    parties = national_parties()
    for m in PARTY_LIST.finditer(text):
        items, at = [], m.start()
        for part in SEPARATOR.split(m[0]):
            at = text.index(part, at)
            items.append((at, part))
            at += len(part)
        if PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            items = items[1:]  # "mevrouw D.C.G. Lo Pizzo, GroenLinks": a person's surname first
        national = sum(part in parties for _, part in items)
        if not national:
            continue
        if re.match(r"[ ][a-zà-ÿ]", text[m.end() : m.end() + 2]) and items[-1][1] not in parties:
            items = items[:-1]  # "CDA en Partij voor ...": the last name goes on after the list
        for start, name in items:
            while " " in name and is_stop_word(name.split()[0]):  # "Ook Lokaal Kwarland"
                skip = len(name.split()[0]) + 1
                start, name = start + skip, name[skip:]
            if name in parties or not _local_party(name, national):
                continue
            found.append(_org(start, start + len(name), text, "party-list"))
    return found


def _local_party(name: str, national: int) -> bool:
    """True when a name beside ``national`` national parties in a list is a local party."""
    words = name.split()
    if _kept_name(name) or words[0] in first_names() or name in gazetteer():
        return False
    if any(w[0].isdigit() for w in words):
        return False
    if national >= 2:
        return len(words) > 1 or not is_dutch_word(name.lower())
    return len(words) > 1 and any(w in places() or not is_dutch_word(w.lower()) for w in words[1:])
