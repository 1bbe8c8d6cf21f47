"""The one paragraph splitter: a paragraph is a block of text between blank lines.

A blank line may hold spaces or tabs; several blank lines in a row are one break. Every module
that works per paragraph (copied passages, co-occurrence, themes) cuts text here, so they all
agree on where a paragraph starts and ends.
"""

from __future__ import annotations

import re

#: One paragraph break: a newline, then one or more (whitespace-only) blank lines.
BLANK_LINES = re.compile(r"\n(?:[ \t\f\v]*\n)+")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph, outer whitespace trimmed; empty blocks are skipped."""
    spans = []
    pos = 0
    for m in [*BLANK_LINES.finditer(text), None]:
        end = m.start() if m else len(text)
        block = text[pos:end]
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        if m:
            pos = m.end()
    return spans


def paragraph_starts(text: str) -> list[int]:
    """Offsets where paragraphs start, the first always 0 (for bisecting offsets into them)."""
    return [0] + [start for start, _ in paragraph_spans(text)[1:]]
