"""Line shapes a researcher leaves uncoded, learned from the documents they coded (codes36).

A debate's "De voorzitter:", a memorandum's "1. Inleiding", a list of letters ("– de brief van
…"): lines whose role in their document is structure, not content. Which shapes a researcher
leaves uncoded differs (one codes a heading with its passage, another never does), so no shape
is ruled out by a list: :func:`silent_shapes` reads the coded documents, and a shape with at
least :data:`MIN_LINES` lines there, of which at most :data:`MAX_SHARE` have a code, is silent:
the reach of the codings adds no code on a line of that shape.
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


__all__ = ["MAX_SHARE", "MIN_LINES", "SHORT_WORDS", "line_shapes", "silent_shapes"]
