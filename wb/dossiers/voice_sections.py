"""Sections of a ruling that give a party's account (rule E of wb.dossiers.voice).

A ruling sets out each party's position under its own heading ("Het standpunt van de moeder",
"De stellingen van partijen", "2.1 Het verweer van de vader") before the court's own
assessment ("De beoordeling", "Het oordeel van het hof"). A label in the paragraphs under such
a heading, up to the next heading, is the party's word: attributed.
"""

from __future__ import annotations

import re

from wb.lang import word_set

POSITION_NOUNS = word_set("voice_position_nouns.txt")
MAX_HEADING_WORDS = 8
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\)|[IVX]+\.?)\s+")
_WORD = re.compile(r"[^\W\d_]+")


def heading_line(line: str) -> bool:
    """True for a line that reads as a heading: short, without sentence punctuation at its end
    (a ":" may end it), standing alone."""
    bare = _NUMBER.sub("", line).strip()
    if not bare or bare[-1] in ".!?;,":
        return False
    return 0 < len(_WORD.findall(bare)) <= MAX_HEADING_WORDS


def position_section(text: str, start: int, author: frozenset[str] | set[str]) -> bool:
    """True when the nearest heading above offset start names a party's position (see the
    module) and not the author's own ("Het standpunt van de rechtbank" in its own ruling).

    Only a line after a blank line (or the text's start) counts as a heading, so a short last
    line of a wrapped paragraph does not; the label's own line is never its heading.
    """
    lines = text[: text.rfind("\n", 0, start) + 1].split("\n")
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        alone = i == 0 or not lines[i - 1].strip()
        if not line.strip() or not alone or not heading_line(line):
            continue
        words = {w.lower() for w in _WORD.findall(line)}
        return bool(words & POSITION_NOUNS) and not words & set(author)
    return False


__all__ = ["POSITION_NOUNS", "heading_line", "position_section"]
