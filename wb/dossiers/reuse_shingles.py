"""Shingle hashes and the flags of repeated shingles (numpy), shared by both detectors.

Used by :class:`wb.dossiers.reuse.ReuseDetector` on one machine and per hash partition by
:mod:`wb.dossiers.reuse_dask`.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def shingle_hashes(keys: np.ndarray, para: np.ndarray, mults: np.ndarray) -> np.ndarray:
    """Hash of the ``len(mults)`` words from every position (uint64 word `keys`); 0 = none.

    A shingle that crosses a paragraph (`para` numbers) or runs past the end has hash 0.
    """
    n, k = len(keys), len(mults)
    h = np.zeros(n, dtype=np.uint64)
    if n >= k:
        for j in range(k):
            h[: n - k + 1] += keys[j : j + n - k + 1] * mults[j]
        h[: n - k + 1][para[: n - k + 1] != para[k - 1 :]] = 0  # 0 = no shingle
    h[max(n - k + 1, 0) :] = 0
    return h


def repeated_shingles(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices into `h` of the hashes that occur twice or more (not 0), by hash then index."""
    order = np.argsort(h)
    hs = h[order]
    same = hs[1:] == hs[:-1]
    keep = (np.r_[same, False] | np.r_[False, same]) & (hs != 0)
    rows, hs = order[keep], hs[keep]
    del order, same, keep
    by_row = np.lexsort((rows, hs))  # by hash, then doc (date) order, then position
    return rows[by_row], hs[by_row]


def hash_flags(
    hs: np.ndarray,
    doc: np.ndarray,
    dos: np.ndarray,
    pos: np.ndarray,
    *,
    n_reports: int,
    boilerplate_dossiers: int,
    boilerplate_share: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per occurrence of a repeated shingle: shared, boilerplate, previous other doc and pos.

    The occurrences (hash `hs`, doc rank `doc`, dossier `dos`, position `pos`) are sorted by
    hash, doc, position and hold *every* occurrence of their hashes. ``shared``: another doc
    of the same dossier has the hash; ``boiler``: the hash is in at least
    `boilerplate_dossiers` dossiers or in at least `boilerplate_share` of the `n_reports`
    reports (and at least 3); ``prev_doc``/``prev_pos``: the previous doc (date order) with
    the hash and its last position there, when that doc is in another dossier (else -1).
    """
    m = len(hs)
    if m == 0:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, bool), np.zeros(0, bool), empty, empty
    new_h = np.r_[True, hs[1:] != hs[:-1]]
    new_hd = new_h | np.r_[True, doc[1:] != doc[:-1]]
    h_group = np.cumsum(new_h) - 1
    n_docs = np.bincount(h_group, weights=new_hd)[h_group]
    # distinct dossiers per hash and distinct docs per (hash, dossier)
    by_dos = np.lexsort((doc, dos, h_group))
    g2, s2, d2 = h_group[by_dos], dos[by_dos], doc[by_dos]
    new_hs = np.r_[True, (g2[1:] != g2[:-1]) | (s2[1:] != s2[:-1])]
    new_hsd = new_hs | np.r_[True, d2[1:] != d2[:-1]]
    hs_group = np.cumsum(new_hs) - 1
    n_dossiers = np.empty(m)
    n_dossiers[by_dos] = np.bincount(g2, weights=new_hs)[g2]
    shared = np.empty(m, dtype=bool)
    shared[by_dos] = np.bincount(hs_group, weights=new_hsd)[hs_group] >= 2
    del by_dos, g2, s2, d2, new_hs, new_hsd, hs_group
    threshold = max(3.0, boilerplate_share * n_reports)
    boiler = (n_dossiers >= boilerplate_dossiers) | (n_docs >= threshold)
    # previous doc (by date) holding the hash, when it is in another dossier
    group_start = np.maximum.accumulate(np.where(new_hd, np.arange(m), 0))
    before = np.maximum(group_start - 1, 0)
    prev_ok = (group_start > 0) & ~new_h[group_start] & (dos[before] != dos)
    prev_doc = np.where(prev_ok, doc[before], -1).astype(np.int64)
    prev_pos = pos[before].astype(np.int64)
    return shared, boiler, prev_doc, prev_pos


def doc_stats(
    n_tokens: int,
    pos: np.ndarray,
    hs: np.ndarray,
    shared: np.ndarray,
    boiler: np.ndarray,
    prev_doc: np.ndarray,
    prev_pos: np.ndarray,
) -> dict[str, np.ndarray]:
    """The per-doc seed input from its repeated shingles (all arrays in position order)."""
    flags = np.zeros(n_tokens, dtype=bool)
    flags[pos] = boiler
    cross = boiler & (prev_doc >= 0)
    return {
        "pos": pos[shared],
        "hash": hs[shared],
        "boiler": flags,
        "cross": np.stack([pos[cross], prev_doc[cross], prev_pos[cross]], axis=1).astype(np.int64),
    }


def source_paras(docs: Any, src: np.ndarray, sp: np.ndarray) -> np.ndarray:
    """Paragraph numbers of source positions `sp` in docs `src` (docs: list or dict)."""
    out = np.empty(len(src), dtype=np.int32)
    for s in np.unique(src).tolist():
        mask = src == s
        out[mask] = docs[s].para[sp[mask]]
    return out
