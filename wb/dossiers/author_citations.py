"""Authors in literature references whose surname is also an ordinary word.

A surname such as "Voert" or "Braak" is a Dutch word, so the fallback for unknown capitalised
words leaves it. Two shapes of a reference show it is a name all the same:

- a lowercase particle and a capitalised word opening a reference in brackets, before ", year",
  "et al." or "&" ("(Bos, 2013; ter Voert, 2019)"), or after "en" or "volgens" before a year in
  brackets ("volgens van Dijk (2018)");
- a bibliography's inverted name: a capitalised word, a comma, initials and an optional
  trailing particle: "Auteur(s): Voert, M.J. ter, Geurts, T.".
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import CAP, places
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import particle_re, person
from wb.lang import word_set

# particles that are also ordinary prepositions ("in Nederland, 2019") open no reference name
_PREPOSITIONS = word_set("name_particle_prepositions.txt")

YEAR = r"(?:19|20)\d\d[a-z]?(?!\d)"


@cache
def _cited_re() -> re.Pattern[str]:
    name = rf"(?:{particle_re()})(?:[ ](?:{particle_re()}))*[ ]{CAP}"
    return re.compile(
        rf"(?:(?<=[(;&][ ])|(?<=[(;&])){name}(?=,[ ]{YEAR}|[ ]et[ ]al\b|[ ]&[ ])"
        rf"|(?:(?<=\ben[ ])|(?<=\b[Vv]olgens[ ])){name}(?=[ ]\({YEAR})"
    )


@cache
def _inverted_re() -> re.Pattern[str]:
    part = particle_re()
    return re.compile(
        rf"(?<![\w'’.-])(?P<s>{CAP}),[ ](?P<i>(?:[A-Z]\.[ ]?){{1,4}})(?:[ ]?(?P<p>{part}))?"
        rf"(?=[,;)]|[ ](?:en|&)[ ]|[ ]*$)",
        re.MULTILINE,
    )


def author_citations(text: str) -> list[Mention]:
    """Persons in reference shapes: "(ter Voert, 2019)" and "Voert, M.J. ter"."""
    found = []
    for m in _cited_re().finditer(text):
        particle, surname = m[0].rsplit(" ", 1)
        if particle.lower() in _PREPOSITIONS or surname in places():
            continue
        mention = person(text, m.start(), m.end(), 4, "citation")
        if mention:
            found.append(mention)
    for m in _inverted_re().finditer(text):
        if m["s"] in places():
            continue
        # the surname alone: initials and a trailing particle say little on their own
        mention = person(text, m.start("s"), m.end("s"), 4, "citation-inverted")
        if mention:
            found.append(mention)
    return found
