"""Move codings with the text when a document is re-imported with edits (diff-based)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wb.store.project import Project

_PIECES = re.compile(r"\w+|\s+|[^\w\s]")


def _pieces(text: str) -> tuple[list[str], list[int]]:
    """Words, whitespace runs and single punctuation marks, with their start offsets."""
    pieces, starts = [], []
    for m in _PIECES.finditer(text):
        pieces.append(m.group())
        starts.append(m.start())
    starts.append(len(text))
    return pieces, starts


@dataclass(frozen=True)
class OffsetMap:
    """Maps character offsets of an old text onto an edited new text."""

    old_starts: list[int]
    new_starts: list[int]
    opcodes: list[tuple[str, int, int, int, int]]
    old_is_word: list[bool]

    @classmethod
    def between(cls, old: str, new: str) -> OffsetMap:
        """Diff two texts on words and build the map."""
        old_pieces, old_starts = _pieces(old)
        new_pieces, new_starts = _pieces(new)
        matcher = SequenceMatcher(None, old_pieces, new_pieces, autojunk=False)
        is_word = [p[0].isalnum() or p[0] == "_" for p in old_pieces]
        return cls(old_starts, new_starts, matcher.get_opcodes(), is_word)

    def _block(self, piece: int) -> tuple[str, int, int, int, int]:
        for op in self.opcodes:
            if op[1] <= piece < op[2]:
                return op
        return self.opcodes[-1]

    def kept(self, start: int, end: int) -> bool:
        """True when some word of old [start, end) survives unchanged in the new text."""
        first = bisect_right(self.old_starts, start) - 1
        last = bisect_right(self.old_starts, end - 1) - 1
        return any(
            tag == "equal" and any(self.old_is_word[max(i1, first) : min(i2, last + 1)])
            for tag, i1, i2, _, _ in self.opcodes
        )

    def map(self, offset: int, *, is_end: bool) -> int:
        """New offset of an old one; inside changed text, the edge of the replacement."""
        piece = bisect_right(self.old_starts, offset) - 1
        if piece >= len(self.old_starts) - 1:
            return self.new_starts[-1]
        tag, i1, _, j1, j2 = self._block(piece)
        if tag == "equal":
            j = j1 + (piece - i1)
            return self.new_starts[j] + (offset - self.old_starts[piece])
        if is_end and offset == self.old_starts[i1]:
            return self.new_starts[j1]
        return self.new_starts[j2] if is_end else self.new_starts[j1]


def remap_codings(project: Project, doc_id: int, old: str, new: str) -> list[dict]:
    """Move a document's codings onto its new text; returns the codings whose text is gone."""
    conn = project.conn
    rows = conn.execute(
        'SELECT codings.id, codes.path, coders.name, start, "end" FROM codings '
        "JOIN codes ON codes.id = code_id JOIN coders ON coders.id = coder_id "
        "WHERE doc_id = ? AND status = 'active'",
        (doc_id,),
    ).fetchall()
    if not rows:
        return []
    mapping = OffsetMap.between(old, new)
    orphaned = []
    for coding_id, code, coder, start, end in rows:
        new_start = mapping.map(start, is_end=False)
        new_end = mapping.map(end, is_end=True)
        if not mapping.kept(start, end) or new_end <= new_start:
            conn.execute("UPDATE codings SET status = 'orphaned' WHERE id = ?", (coding_id,))
            orphaned.append(
                {"coding": coding_id, "code": code, "coder": coder, "text": old[start:end]}
            )
        else:
            conn.execute(
                'UPDATE codings SET start = ?, "end" = ? WHERE id = ?',
                (new_start, new_end, coding_id),
            )
    return orphaned
