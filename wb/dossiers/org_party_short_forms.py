"""A national party's short form in a member list: "GrLi" and "GrL" (GroenLinks), "ChrU"
(ChristenUnie). Council minutes shorten a party of two capitalised parts by cutting each part;
such a form is the national party (kept), not a local party's acronym. General knowledge:
derived from the national parties of ``parties.txt``, no short form is listed."""

from __future__ import annotations

import re
from functools import cache

from wb.lang import words

PART = re.compile(r"[A-Z][a-z]*")


@cache
def _two_part_parties() -> tuple[tuple[str, ...], ...]:
    """National parties written as one word of two or more capitalised parts ("GroenLinks")."""
    found = []
    for party in words("parties.txt"):
        parts = PART.findall(party)
        if len(parts) >= 2 and "".join(parts) == party and all(len(p) > 1 for p in parts):
            found.append(tuple(parts))
    return tuple(found)


def national_short_form(acronym: str) -> bool:
    """True when ``acronym`` cuts each part of a national party of two capitalised parts
    ("GrLi", "GrL", "ChrU"), with at least one lowercase letter kept ("GL" is listed already)."""
    parts = PART.findall(acronym)
    if "".join(parts) != acronym or acronym.isupper():
        return False
    for party in _two_part_parties():
        if len(party) == len(parts) and all(
            full.startswith(cut) for full, cut in zip(party, parts, strict=True)
        ):
            return acronym != "".join(party)
    return False
