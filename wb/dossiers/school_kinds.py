"""The acronyms of school kinds that stand before a school's name ("IKC De Linde", "OBS
't Klaverblad"): read from the [SCHOOL] section of ``organisations.txt`` ("IKC {NAAM}"). Such an
acronym names a kind of school, never one school or organisation on its own."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import norm_name
from wb.dossiers.mentions import Mention
from wb.lang import word_set, words


@cache
def school_kind_acronyms() -> frozenset[str]:
    """The acronyms of school kinds before a name in organisations.txt ("RKBS {NAAM}")."""
    found, section = set(), ""
    for line in words("organisations.txt"):
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "SCHOOL" and re.fullmatch(r"[A-Z]{2,5} \{NAAM\}", line):
            found.add(line.split()[0])
    return frozenset(found)


@cache
def care_kind_acronyms() -> frozenset[str]:
    """The acronyms of kinds of child care before a provider's name (``care_kinds.txt``: BSO)."""
    return word_set("care_kinds.txt")


def bracket_school(org: Mention) -> Mention:
    """ "(OBS de Linde)" after a person: the school's kind acronym stays readable and the name
    after it is the school (names69); any other organisation is returned as it is."""
    kind, _, rest = org.text.partition(" ")
    if not rest or kind.upper() not in school_kind_acronyms():
        return org
    org.start = org.end - len(rest)
    org.text = org.extra["short"] = rest
    org.type, org.key = "SCHOOL", norm_name(rest)
    return org
