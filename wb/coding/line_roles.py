"""Line shapes a researcher leaves uncoded, learned from the documents they coded (codes36).

A debate's "De voorzitter:", a memorandum's "1. Inleiding", a list of letters ("– de brief van
…"): lines whose role in their document is structure, not content. Which shapes a researcher
leaves uncoded differs (one codes a heading with its passage, another never does), so no shape
is ruled out by a list: :func:`silent_shapes` reads the coded documents, and a shape with at
least :data:`MIN_LINES` lines there, of which at most :data:`MAX_SHARE` have a code, is silent:
the reach of the codings adds no code on a line of that shape.

A tiny line (at most :data:`TINY_WORDS` words: a label, a heading, a speaker's name, a one-word
answer) is the other way round (:func:`tiny_silent`): it has no words of its own for the reach to
go by, and across the gold of codes2-codes14 such a line next to a coded sentence is coded 102 of
321 times (longer ones 87%), so it is silent unless the coded documents show a researcher who
codes them (codes40).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wb.coding.sentence_kinds import is_heading

#: Lines of a shape in the coded documents before its share is trusted.
MIN_LINES = 3
#: Highest share of coded lines of a shape for it to be silent (-1: no shape is).
MAX_SHARE = 0.2
#: Words of a line, at most, for the shape "short".
SHORT_WORDS = 4
#: Words of a line, at most, for a tiny line (codes40).
TINY_WORDS = 3
#: Share of their tiny lines the coded documents must have coded, of :data:`MIN_LINES` at least,
#: before the reach adds a code on a tiny line (codes40; 0: off, tiny lines as any other).
TINY_SHARE = 0.75

_NUMBERED = re.compile(r"^(\d+(\.\d+)*[.)]\s|[a-z][.)]\s|[–\-•*·]\s)")


def line_shapes(text: str) -> frozenset[str]:
    """The shapes of a sentence's text: "heading", "numbered" (a number, letter or dash opens
    it), "colon" (it ends in a colon), "short" (at most :data:`SHORT_WORDS` words)."""
    line = text.strip()
    shapes = set()
    if line and is_heading(line):
        shapes.add("heading")
    if _NUMBERED.match(line):
        shapes.add("numbered")
    if line.endswith(":"):
        shapes.add("colon")
    if len(line.split()) <= SHORT_WORDS:
        shapes.add("short")
    return frozenset(shapes)


def silent_shapes(
    shapes: Sequence[Sequence[frozenset[str]]], coded: Sequence[Sequence[frozenset[str]]]
) -> frozenset[str]:
    """The shapes the researcher left uncoded: per coded document the shapes and the codes of
    each sentence; a shape with :data:`MIN_LINES` lines or more, at most :data:`MAX_SHARE` of
    them coded."""
    lines: dict[str, int] = {}
    with_code: dict[str, int] = {}
    for doc_shapes, doc_codes in zip(shapes, coded, strict=True):
        for sent_shapes, codes in zip(doc_shapes, doc_codes, strict=True):
            for shape in sent_shapes:
                lines[shape] = lines.get(shape, 0) + 1
                with_code[shape] = with_code.get(shape, 0) + bool(codes)
    return frozenset(
        s for s, n in lines.items() if n >= MIN_LINES and with_code[s] / n <= MAX_SHARE
    )


def tiny_silent(words: Sequence[Sequence[int]], coded: Sequence[Sequence[frozenset[str]]]) -> bool:
    """True when the reach adds no code on a tiny line: per coded document the number of words and
    the codes of each sentence; fewer than :data:`MIN_LINES` tiny lines there, or fewer than
    :data:`TINY_SHARE` of them coded."""
    if TINY_SHARE <= 0:
        return False
    lines = with_code = 0
    for doc_words, doc_codes in zip(words, coded, strict=True):
        for n, codes in zip(doc_words, doc_codes, strict=True):
            if 0 < n <= TINY_WORDS:
                lines += 1
                with_code += bool(codes)
    return lines < MIN_LINES or with_code / lines < TINY_SHARE


__all__ = [
    "MAX_SHARE",
    "MIN_LINES",
    "SHORT_WORDS",
    "TINY_SHARE",
    "TINY_WORDS",
    "line_shapes",
    "silent_shapes",
    "tiny_silent",
]
