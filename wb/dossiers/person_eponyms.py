"""Surnames glued to a body, cabinet or bill by a hyphen: "de commissie-Deetman", "het
kabinet-Van Agt", "de fractie-Wilders".

Learned names are searched as whole words that no hyphen precedes ("Noord-Holland" holds no
name "Holland"), so "de fractie-X" stayed readable even when "de heer X" was replaced, and a
surname seen only in this shape was never found. After a word of
``name_eponym_heads.txt`` and a hyphen, a capitalised word (after any particles) is the
surname of the body's chair, the cabinet's leader or the bill's author; a place, a kept term
or a stop word stays ("de regering-Nederland" is no name).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import CAP, keep_terms
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import good_surname, particle_re, person
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


@cache
def _eponym_re() -> re.Pattern[str]:
    name = rf"(?:(?i:{particle_re()})[ ]+)*{CAP}"  # "kabinet-Van Agt"
    return re.compile(lead_first(rf"(?<![\w-])(?P<head>[A-Za-z]+)-(?P<name>{name})"))


def eponym_persons(text: str) -> list[Mention]:
    """Persons named in "commissie-Deetman", "kabinet-Van Agt": a surname after a body's,
    cabinet's or bill's word and a hyphen."""
    heads = word_set("name_eponym_heads.txt")
    found = []
    for m in _eponym_re().finditer(text):
        if m["head"].lower() not in heads:
            continue
        last = m["name"].split()[-1]
        if not good_surname(last) or last in keep_terms():
            continue
        mention = person(text, m.start("name"), m.end("name"), 4, "eponym")
        if mention:
            found.append(mention)
    return found
