"""Words, paragraphs and spans of one report for copied-passage detection.

:class:`Span` and :class:`Passage` are the results of :mod:`wb.dossiers.reuse`; ``_Doc``
holds a report's tokens (ids, character offsets, paragraph numbers), ``_Vocab`` its word ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from wb.corpus.dossiers import Report
from wb.corpus.paragraphs import BLANK_LINES

_SPLIT_RE = re.compile(r"(\w+)")
_PUNCT_RE = re.compile(r"[^\w\s]*")


@dataclass(frozen=True)
class Span:
    """A character range [start, end) in one document."""

    doc: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The span as a JSON-ready dict."""
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Passage:
    """A passage in `target` copied from `source`, first seen in `origin`."""

    target: Span
    source: Span
    origin: Span
    similarity: float
    boilerplate: bool

    def to_dict(self) -> dict[str, Any]:
        """The passage as a JSON-ready dict (the contract of ``wb reuse --json``)."""
        return {
            "target": self.target.to_dict(),
            "source": self.source.to_dict(),
            "origin": self.origin.to_dict(),
            "similarity": self.similarity,
            "boilerplate": self.boilerplate,
        }


class _Vocab:
    """Word ids: case-sensitive while reading, then lowercased ids, lengths and plainness."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, words: list[str]) -> np.ndarray:
        """Case-sensitive ids of `words`."""
        ids = self.ids
        return np.fromiter((ids.setdefault(w, len(ids)) for w in words), np.int32, len(words))

    def finish(self, docs: list[_Doc]) -> int:
        """Give `docs` lowercased ids, token ends and plain flags; the number of word types."""
        words = list(self.ids)
        lower_id, n_types = self.lower_ids(words)
        length = np.fromiter(map(len, words), np.int32, len(words))
        # plain words: not capitalised, no digits (names, dates, numbers recur without copying)
        plain = np.fromiter((w.isalpha() and w[0].islower() for w in words), bool, len(words))
        for d in docs:
            d.ends = d.starts + length[d.ids]
            d.plain = plain[d.ids]
            d.ids = lower_id[d.ids]
        self.ids = {}
        return n_types

    def lower_ids(self, words: list[str]) -> tuple[np.ndarray, int]:
        """Ids of the lowercased `words` (numbered in order) and the number of them."""
        lower: dict[str, int] = {}
        ids = np.fromiter((lower.setdefault(w.lower(), len(lower)) for w in words), np.int32)
        return ids, len(lower)


class _Doc:
    """Tokens of one report: ids, char offsets, paragraph numbers and shingle hashes."""

    __slots__ = (
        "dossier",
        "ends",
        "ids",
        "name",
        "para",
        "para_bounds",
        "para_chars",
        "plain",
        "starts",
        "text",
    )

    def __init__(self, report: Report, vocab: _Vocab):
        self.name = report.doc
        self.dossier = report.dossier
        self.text = text = report.text
        parts = _SPLIT_RE.split(text)  # separator, word, separator, word, ..., separator
        offsets = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
        self.starts = offsets[0::2][:-1].astype(np.int32)
        self.ids = vocab.encode(parts[1::2])  # case-sensitive ids until vocab.finish
        self.ends = self.plain = None
        found = list(BLANK_LINES.finditer(text))
        breaks = np.array([m.start() for m in found], np.int64)
        self.para = np.searchsorted(breaks, self.starts).astype(np.int32)
        # first token index of each paragraph number (paragraphs without words are empty)
        self.para_bounds = np.searchsorted(self.para, np.arange(len(breaks) + 2))
        # character start and end of each paragraph, whitespace trimmed
        lo = [0] + [m.end() for m in found]
        hi = [m.start() for m in found] + [len(text)]
        self.para_chars = [
            (a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
            for a, b in zip(lo, hi, strict=True)
        ]

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        """Characters of tokens [lo, hi): whole paragraph edges, else attached punctuation."""
        p = int(self.para[lo])
        first, last = self.para_bounds[p], self.para_bounds[p + 1]
        start, end = int(self.starts[lo]), int(self.ends[hi - 1])
        if lo == first:
            start = self.para_chars[p][0]
        else:
            while (
                start > 0
                and not self.text[start - 1].isspace()
                and not (self.text[start - 1].isalnum())
            ):
                start -= 1
        if hi == last:
            end = self.para_chars[p][1]
        else:
            end = _PUNCT_RE.match(self.text, end).end()
        return start, end
