"""Authors in literature references whose surname is also an ordinary word.

A surname such as "Voert" or "Braak" is a Dutch word, so the fallback for unknown capitalised
words leaves it. Two shapes of a reference show it is a name all the same:

- a lowercase particle and a capitalised word opening a reference in brackets, before ", year",
  "et al." or "&" ("(Bos, 2013; ter Voert, 2019)"), or after "en" or "volgens" before a year in
  brackets ("volgens van Dijk (2018)");
- a bibliography's inverted name: a capitalised word, a comma, initials and an optional
  trailing particle: "Auteur(s): Voert, M.J. ter, Geurts, T.", also before the year in
  brackets of a reference list in APA style ("Laterveer, B. (2020). De opvoedbeslissing."),
  replaced as a whole (initials and particle too);
- two authors cited in the running text: two capitalised words joined by "&" or "en" before a
  year in brackets ("Huijer & Weijers (2016) benadrukken"), each no dictionary word (a surname
  like "Laterveer" reads as a compound "later" + "veer", so the fallback leaves it);
- a list of authors opening a reference in brackets, before ", year": "(Woittiez, Putman,
  Eggink & Ras, 2014)", "(De Haan, Schrijver & Peters, 2018)". When one of its names is no
  dictionary word or is a common surname, every name of the list is a surname, the dictionary
  words too ("Ras", "Schrijver"), and none is an organisation of the "X, Y & Z" shape of a firm.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    UP,
    is_dutch_word,
    is_stop_word,
    keep_terms,
    places,
)
from wb.dossiers.entity_data import surnames as known_surnames
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import particle_re, person
from wb.dossiers.regex_lead import lead_first
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
        lead_first(
            rf"(?<![\w'’.-])(?P<s>{CAP}),[ ](?P<i>(?:[A-Z]\.[ ]?){{1,4}})(?:[ ]?(?P<p>{part}))?"
            rf"(?=[,;)]|[ ](?:en|&)[ ]|[ ]\({YEAR}\)|[ ]*$)"
        ),
        re.MULTILINE,
    )


# two Title Case words joined by "&" or "en" right before a year in brackets
_PAIR = re.compile(
    lead_first(
        rf"(?<![\w'’.&-])(?P<a>[{UP}][a-zà-ÿ]{{2,}})[ ](?:&|en)[ ](?P<b>[{UP}][a-zà-ÿ]{{2,}})"
        rf"(?=[ ]\({YEAR}[);,])"
    )
)


@cache
def _author_list_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a bracketed list of two or more authors before ", year"; one author of it)."""
    item = rf"(?:(?i:{particle_re()})[ ]+)*{CAP}"
    sep = r"(?:,[ ]|[ ]&[ ]|[ ]en[ ])"
    whole = rf"(?:(?<=\()|(?<=;[ ])){item}(?:{sep}{item})+(?=,[ ]{YEAR}[);,])"
    return re.compile(whole), re.compile(item)


def _surname_word(word: str) -> bool:
    """True for a capitalised word that may be a surname in a citation: no dictionary word,
    stop word, place or term that stays."""
    return not (
        is_dutch_word(word.lower())
        or is_stop_word(word)
        or word in places()
        or word in keep_terms()
    )


def author_citations(text: str) -> list[Mention]:
    """Persons in reference shapes: "(ter Voert, 2019)", "Voert, M.J. ter" and "Huijer &
    Weijers (2016)"."""
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
        mention = person(text, m.start("s"), m.end("s"), 3, "citation-inverted")
        if mention:
            # the whole inverted name, its initials and trailing particle too ("Velde, P.K.
            # ter"): the same person as "P.K. ter Velde", so the same placeholder
            mention.end = m.start("i") + len(m["i"].rstrip())
            if m["p"]:
                mention.end = m.end("p")
                mention.surname = f"{m['p'].lower()} {mention.surname}"
            mention.initials = m["i"].replace(" ", "")
            mention.text = text[mention.start : mention.end]
            found.append(mention)
    whole, item = _author_list_re()
    for m in whole.finditer(text):
        items = list(item.finditer(text, m.start(), m.end()))
        surnames = [i[0].rsplit(" ", 1)[-1] for i in items]
        if any(s in places() for s in surnames):
            continue
        if not any(_surname_word(s) or s in known_surnames() for s in surnames):
            continue
        for i in items:
            mention = person(text, i.start(), i.end(), 4, "citation-list")
            if mention:
                found.append(mention)
    for m in _PAIR.finditer(text):
        if not (_surname_word(m["a"]) and _surname_word(m["b"])):
            continue
        for group in ("a", "b"):
            mention = person(text, m.start(group), m.end(group), 4, "citation-pair")
            if mention:
                found.append(mention)
    return found
