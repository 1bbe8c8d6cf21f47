"""Shapes of text in which a capitalised word at the start of a line or sentence is no name:
a numbered section heading's topic ("1.7. Agenda", "2.3 Bijlagen 45"); and the one in which
it is: a name on a title page between a document's kind and its year."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    first_names,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    place_triggers,
    places,
    surnames,
)
from wb.dossiers.mentions import Mention

# a section number of two or more levels right before the word: "1.7. ", "2.3 ", "3.4.1 ", also
# on a line of its own ("1.7.\nAgenda", a PDF's table of contents)
SECTION_NUMBER = re.compile(r"(?<![\w.,])(\d{1,2})((?:\.\d{1,2})+)(\.?)(?:[ \t]+|[ \t]*\n[ \t]*)$")

NEXT_WORD = re.compile(r"[ ]+(\w+)")


def section_heading_word(text: str, start: int, word: str) -> bool:
    """True for a word right after a section number of two or more levels that no list knows
    as a first name or surname, nor followed by one: the topic of a heading (also in a table of
    contents whose lines ran together), no person."""
    m = SECTION_NUMBER.search(text, max(0, start - 16), start)
    if m is None or word in first_names() or word in surnames():
        return False
    after = NEXT_WORD.match(text, start + len(word))
    if after and (after[1] in surnames() or after[1] in first_names()):
        return False  # "2.2.4 Geerte Kuijpers": a person's name as a heading
    levels = m[2].split(".")[1:]
    # "om 10.30 Jansen": a time of day, not a section number
    return not (len(levels) == 1 and not m[3] and len(levels[0]) == 2 and int(m[1]) <= 23)


# a title page: a document's kind on its own line, a name with its article on the next, a
# (school) year on the line after: "Schoolgids\nDe Regenboog\n2014-2015"
TITLE_PAGE = re.compile(
    r"(?m)^(?P<kind>[A-Z][a-z]+)[ \t]*\n(?:De|Het|'t)[ ](?P<name>[A-Z][a-zà-ÿ'’-]+"
    r"(?:[ ][A-Z][a-zà-ÿ'’-]+){0,2})[ \t]*\n"
    r"[ \t]*(?:19|20)\d\d(?:[ ]?[-/–][ ]?(?:19|20)?\d\d)?[ \t]*$"
)


def title_page_names(text: str) -> list[Mention]:
    """ "Schoolgids\\nDe Vlinderboom\\n2019-2020": on a title page, the name between a line
    naming a plan or guide (a compound ending in a document noun or "gids") and a line with a
    year or school year is the name of the school or organisation it is about (the article
    stays). A school's when the kind names a school's document."""
    found = []
    for m in TITLE_PAGE.finditer(text):
        kind = m["kind"].lower()
        if not kind.endswith(_DOCUMENT_HEADS):
            continue
        name = m["name"]
        if any(w in places() or w in keep_terms() or is_stop_word(w) for w in name.split()):
            continue
        if name.lower() in _triggers() or name in institutions():
            continue  # "Jaarverslag\nDe Gemeente\n2020": the writer's kind, no name
        type_ = "SCHOOL" if kind.startswith(_SCHOOL_DOCUMENTS) else "ORGANISATIE"
        mention = Mention(m.start("name"), m.end("name"), type_, name, 4, "title-page")
        mention.key = norm_name(name)
        found.append(mention)
    return found


_DOCUMENT_HEADS = ("plan", "gids", "verslag", "profiel", "jaarverslag")
# documents a school writes about itself: "Schoolgids", "Schoolplan"
_SCHOOL_DOCUMENTS = ("school",)


def _triggers() -> frozenset[str]:
    strong, weak = place_triggers()
    return frozenset(t.lower() for t in strong | weak)
