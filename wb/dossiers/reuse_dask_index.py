"""Shingles and the hash-partitioned shingle index of :mod:`wb.dossiers.reuse_dask` (workers).

Word keys are a fixed 64-bit hash of the lowercased word, so a worker needs no global state;
each hash partition computes the flags of :func:`wb.dossiers.reuse.hash_flags`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from wb.corpus.dossiers import Report
from wb.dossiers.reuse_shingles import hash_flags, repeated_shingles, shingle_hashes
from wb.dossiers.reuse_tokens import _Doc, _Vocab

_MULT_SEED = 20240612


class _HashVocab(_Vocab):
    """Word ids that are a fixed 64-bit hash of the lowercased word (no corpus vocabulary).

    The words of all reports are factorised at once (pandas, in C) instead of one dict lookup
    per word.
    """

    def __init__(self) -> None:
        super().__init__()
        self.words: list[list[str]] = []

    def encode(self, words: list[str]) -> np.ndarray:
        """Keep `words`; their ids are given in :meth:`finish`."""
        self.words.append(words)
        return np.zeros(0, np.int32)

    def finish(self, docs: list[_Doc]) -> int:
        """Give `docs` (in encode order) hashed lowercase ids, token ends and plain flags."""
        if not docs:
            return 0
        sizes = [len(w) for w in self.words]
        codes, uniques = pd.factorize(pd.Series([w for ws in self.words for w in ws], dtype=object))
        words = uniques.tolist()
        keys, n_types = self.lower_ids(words)
        length = np.fromiter(map(len, words), np.int32, len(words))
        plain = np.fromiter((w.isalpha() and w[0].islower() for w in words), bool, len(words))
        for d, ids in zip(docs, np.split(codes, np.cumsum(sizes)[:-1]), strict=True):
            d.ends = d.starts + length[ids]
            d.plain = plain[ids]
            d.ids = keys[ids]
        self.words = []
        return n_types

    def lower_ids(self, words: list[str]) -> tuple[np.ndarray, int]:
        """Hash keys of the lowercased `words`."""
        lowered = np.array([w.lower() for w in words], dtype=object)
        keys = pd.util.hash_array(lowered) if len(words) else np.zeros(0, np.uint64)
        return keys, len(words)


def _tokenize(names: list[str], texts: list[str]) -> list[_Doc]:
    vocab = _HashVocab()
    docs = [_Doc(Report(n, "", None, t), vocab) for n, t in zip(names, texts, strict=True)]
    vocab.finish(docs)
    return docs


def _mults(k: int) -> np.ndarray:
    rng = np.random.default_rng(_MULT_SEED)
    return np.frombuffer(rng.bytes(8 * k), dtype=np.uint64) | np.uint64(1)


def shingle_rows(df: pd.DataFrame, shingle_words: int) -> pd.DataFrame:
    """(hash, rank, dossier, pos, para) of every shingle of the reports in `df` (on a worker)."""
    mults = _mults(shingle_words)
    docs = _tokenize(df["name"].tolist(), df["text"].tolist())
    parts = []
    for d, rank, dossier in zip(docs, df["rank"].tolist(), df["dossier"].tolist(), strict=True):
        h = shingle_hashes(d.ids, d.para, mults)
        pos = np.flatnonzero(h).astype(np.int32)
        parts.append((h[pos], rank, dossier, pos, d.para[pos]))
    if not parts:
        return _empty_shingles()
    sizes = [len(p[3]) for p in parts]
    return pd.DataFrame(
        {
            "hash": np.concatenate([p[0] for p in parts]),
            "rank": np.repeat(np.array([p[1] for p in parts], np.int32), sizes),
            "dossier": np.repeat(np.array([p[2] for p in parts], np.int64), sizes),
            "pos": np.concatenate([p[3] for p in parts]),
            "para": np.concatenate([p[4] for p in parts]).astype(np.int32),
        }
    )


def _empty_shingles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "hash": np.zeros(0, np.uint64),
            "rank": np.zeros(0, np.int32),
            "dossier": np.zeros(0, np.int64),
            "pos": np.zeros(0, np.int32),
            "para": np.zeros(0, np.int32),
        }
    )


_STATS_META = {
    "rank": "int32",
    "dossier": "int64",
    "pos": "int32",
    "hash": "uint64",
    "shared": "bool",
    "boiler": "bool",
    "prev_rank": "int64",
    "prev_pos": "int64",
    "prev_para": "int32",
}


def _previous_rows(hs: np.ndarray, rank: np.ndarray) -> np.ndarray:
    """Per occurrence (sorted by hash, rank, pos): the row of the hash's previous report.

    The same row :func:`reuse.hash_flags` takes ``prev_pos`` from (checked by the caller).
    """
    m = len(hs)
    new_hd = np.r_[True, (hs[1:] != hs[:-1]) | (rank[1:] != rank[:-1])]
    group_start = np.maximum.accumulate(np.where(new_hd, np.arange(m), 0))
    return np.maximum(group_start - 1, 0)


def index_partition(
    df: pd.DataFrame, n_reports: int, boilerplate_dossiers: int, boilerplate_share: float
) -> pd.DataFrame:
    """Flags of the repeated shingles of one hash partition (every occurrence of its hashes).

    Each row that points at the previous report of another dossier also carries that
    report's paragraph (``prev_para``), so verifying needs no text of other dossiers until
    their passage has won. Only the rows verifying uses are kept (shared or boilerplate).
    """
    order = np.lexsort((df["pos"].to_numpy(), df["rank"].to_numpy()))
    idx, hs = repeated_shingles(df["hash"].to_numpy()[order])
    idx = order[idx]
    rank = df["rank"].to_numpy()[idx]
    dossier = df["dossier"].to_numpy()[idx]
    pos = df["pos"].to_numpy()[idx]
    para = df["para"].to_numpy()[idx]
    shared, boiler, prev_rank, prev_pos = hash_flags(
        hs,
        rank,
        dossier,
        pos,
        n_reports=n_reports,
        boilerplate_dossiers=boilerplate_dossiers,
        boilerplate_share=boilerplate_share,
    )
    before = _previous_rows(hs, rank)
    if len(hs) and not np.array_equal(pos[before], prev_pos):
        raise RuntimeError("previous occurrences differ from reuse.hash_flags")
    out = pd.DataFrame(
        {
            "rank": rank,
            "dossier": dossier,
            "pos": pos,
            "hash": hs,
            "shared": shared,
            "boiler": boiler,
            "prev_rank": prev_rank,
            "prev_pos": prev_pos,
            "prev_para": para[before] if len(hs) else para,
        }
    )
    return out.loc[shared | boiler].astype(_STATS_META)
