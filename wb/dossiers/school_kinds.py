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


def concept_after_kind(text: str, school: Mention) -> None:
    """ "basisschool Jenaplan de Vlieger", "OBS Montessori De Linde": an educational concept
    (``school_concepts.txt``) that opens a school's span, or follows its lowercase kind, before
    more words of a name stays readable; the name after it is the school (names71)."""
    words = list(re.finditer(r"\S+", school.text))
    at = 1 if len(words) > 1 and words[0][0].islower() else 0
    concepts = word_set("school_concepts.txt")
    if len(words) < at + 2 or words[at][0].lower() not in concepts:
        return
    if not any(ch.isupper() for w in words[at + 1 :] for ch in w[0]):
        return  # "basisschool Montessori": the concept is all there is to read
    school.start += words[at + 1].start()
    school.text = text[school.start : school.end]
    school.key = norm_name(school.text)
    if "short" in school.extra:
        school.extra = {**school.extra, "short": school.text}  # a copy's extra is shared
