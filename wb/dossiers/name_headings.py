"""Shapes of text in which a capitalised word at the start of a line or sentence is no name:
a numbered section heading's topic ("1.7. Agenda", "2.3 Bijlagen 45")."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import first_names, surnames

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
