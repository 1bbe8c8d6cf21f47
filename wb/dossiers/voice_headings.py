"""A heading that repeats the words of a quoted story, or stands inside one: the story's voice,
not a title's.

A column, letter or story printed as one quote often has headings that repeat its own words
("Omhooggevallen patser" over "„... vind ik het een omhooggevallen patser ..."). Such a heading
is attributed like the quote: a hit in a heading line of two words or more whose words (case
aside) stand again, as whole words, inside a quote longer than the words themselves. A heading
that repeats a term only quoted as a word ("'Verstandelijk beperkt'" over "als 'verstandelijk
beperkt'") keeps the rules' voice.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from wb.dossiers.voice_discussed import heading


def repeats_quote(doc: Doc, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether the hit [start, end) in a heading repeats words of a longer quote elsewhere."""
    text = doc.text
    if not heading(doc, start, end):
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    term = text[a : len(text) if b < 0 else b].strip(" \t'\"‘’“”„«».:!?")
    if len(term.split()) < 2:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(text):
        if m.start() == start:
            continue
        if any(a <= m.start() and m.end() <= b and b - a > len(term) + 2 for a, b in quotes):
            return True
    return False


def inside_story(doc: Doc, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether the hit [start, end) in a heading stands inside a quote that opens before the
    heading's line and closes after it: a story printed as one quote, whose headings are the
    story's own words (attributed like the quote), not a title over a text about the term
    (labels32). One word is enough here (a one-word heading between two paragraphs of the story)."""
    if not heading(doc, start, end):
        return False
    text = doc.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return any(qa < a and b < qb for qa, qb in quotes)


__all__ = ["inside_story", "repeats_quote"]
