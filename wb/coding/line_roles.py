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

A sentence about the document or the meeting itself (:func:`wb.coding.sentence_kinds.meta_kind`:
"In deze brief ...", "Paragraaf 3 beschrijft ...", "Ik dank de minister ...", "Antwoord") gets no
suggestion beyond its own words (:data:`META_RULES`: no passage, neighbour, reach or nearest coded
sentence carries a code onto it), unless the coded documents show a researcher who codes such
sentences (:func:`meta_silent`, codes41).
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

#: Which suggestions a sentence about the document or meeting itself keeps (codes41): "pattern"
#: (a code's own pattern only), "own" (the sentence's own words: pattern, description, example,
#: exclude), "" (off: every suggestion, as any sentence). codes41 on codes2-codes15: "own" and
#: "pattern" tie in held-out precision, "own" loses fewer right codings (coders code such a
#: sentence when it names its topic: 16 of the 152 such sentences in their gold).
META_RULES = "own"
#: Share of their sentences about the document the coded documents must have coded, of
#: :data:`MIN_LINES` at least, before such a sentence takes suggestions as any other (codes41).
META_SHARE = 0.75
#: The suggestion kinds of :data:`META_RULES` "own" (besides a pattern's own hit).
META_OWN = ("description", "example", "exclude")

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
    return _rarely_coded(lines, with_code, TINY_SHARE)


def meta_silent(lines: int, coded: int) -> bool:
    """True when a sentence about the document or meeting itself keeps only what
    :data:`META_RULES` allows: the coded documents had `lines` such sentences, `coded` of them
    with a code; fewer than :data:`MIN_LINES`, or fewer than :data:`META_SHARE` coded."""
    if not META_RULES:
        return False
    return _rarely_coded(lines, coded, META_SHARE)


def _rarely_coded(lines: int, coded: int, share: float) -> bool:
    """True when the coded documents show too few lines of a kind (under :data:`MIN_LINES`), or
    too few of them coded (under `share`), to let the kind take suggestions as any other."""
    return lines < MIN_LINES or coded / lines < share


__all__ = [
    "MAX_SHARE",
    "META_OWN",
    "META_RULES",
    "META_SHARE",
    "MIN_LINES",
    "SHORT_WORDS",
    "TINY_SHARE",
    "TINY_WORDS",
    "line_shapes",
    "meta_silent",
    "silent_shapes",
    "tiny_silent",
]
