"""Span alignment helpers of copied-passage detection: stretches, sentence edges, origins."""

from __future__ import annotations

from collections import Counter

import numpy as np

from wb.dossiers.reuse_tokens import Passage, Span, _Doc


def _longest_stretch(run: np.ndarray) -> int:
    """Length of the longest series of consecutive shingle starts in sorted `run`."""
    starts = np.unique(run)
    breaks = np.flatnonzero(np.diff(starts) != 1)
    edges = np.r_[-1, breaks, len(starts) - 1]
    return int(np.diff(edges).max())


def _sentence_end(doc: _Doc, i: int) -> bool:
    """True when token `i` ends a sentence (followed by . ! ? or the end of the text)."""
    end = int(doc.ends[i])
    return end >= len(doc.text) or doc.text[end] in ".!?;:"


def _grow_left(doc: _Doc, lo: int, grow: int, edge: int, reach: int) -> int:
    """Move `lo` back by up to `grow` words, to a sentence start or the paragraph edge."""
    if lo - edge <= reach:
        return edge
    for j in range(lo - grow, lo):
        if _sentence_end(doc, j - 1):
            return j
    return lo - grow


def _grow_right(doc: _Doc, hi: int, grow: int, edge: int, reach: int) -> int:
    """Move `hi` on by up to `grow` words, to a sentence end or the paragraph edge."""
    if edge - hi <= reach:
        return edge
    for j in range(hi + grow - 1, hi - 1, -1):
        if _sentence_end(doc, j):
            return j + 1
    return hi + grow


def _chain_origin(source: Span, earlier: list[Passage]) -> Span:
    """The origin of `source` when it is itself a copy (>= half overlap), else `source`."""
    best, best_overlap = None, 0
    for p in earlier:
        overlap = min(p.target.end, source.end) - max(p.target.start, source.start)
        shorter = min(p.target.end - p.target.start, source.end - source.start)
        if overlap > best_overlap and overlap >= 0.5 * shorter:
            best, best_overlap = p, overlap
    return best.origin if best is not None else source


def _dice(a: np.ndarray, b: np.ndarray) -> float:
    """Dice overlap of two word multisets, rounded to 3 decimals."""
    if not len(a) and not len(b):
        return 1.0
    common = sum((Counter(a.tolist()) & Counter(b.tolist())).values())
    return round(2 * common / (len(a) + len(b)), 3)
