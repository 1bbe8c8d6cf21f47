"""Verify and align per dossier partition for :mod:`wb.dossiers.reuse_dask` (workers).

:func:`choose_partition` picks every passage's source, :func:`finish_partition` makes the
passages whose source is a fetched report of another partition; the driver then follows
origins with :func:`follow_origins`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from wb.dossiers.reuse_align import _chain_origin
from wb.dossiers.reuse_dask_index import _tokenize
from wb.dossiers.reuse_detector import ReuseDetector
from wb.dossiers.reuse_shingles import doc_stats
from wb.dossiers.reuse_tokens import Passage, _Doc


def _per_doc(
    stats: pd.DataFrame, table: Mapping[int, _Doc], members: Mapping[int, list[int]]
) -> tuple[dict[int, dict[str, np.ndarray]], dict[int, np.ndarray]]:
    """Per own report the seed input of :func:`reuse.doc_stats`, and its cross seeds' paragraphs."""
    stats = stats.sort_values(["rank", "pos"])
    ranks = stats["rank"].to_numpy()
    cuts = np.flatnonzero(np.r_[True, ranks[1:] != ranks[:-1], True]) if len(ranks) else [0]
    columns = [stats[c].to_numpy() for c in ("pos", "hash", "shared", "boiler")]
    prev = [stats[c].to_numpy() for c in ("prev_rank", "prev_pos")]
    prev_para = stats["prev_para"].to_numpy()
    per_doc: dict[int, dict[str, np.ndarray]] = {}
    cross_para: dict[int, np.ndarray] = {}
    for a, b in itertools.pairwise(np.asarray(cuts).tolist()):
        rank = int(ranks[a])
        if rank not in table:
            raise RuntimeError(f"shingles of rank {rank} without their report in the partition")
        per_doc[rank] = doc_stats(
            len(table[rank].ids), *(c[a:b] for c in columns), *(c[a:b] for c in prev)
        )
        boiler, prev_rank = columns[3][a:b], prev[0][a:b]
        cross_para[rank] = prev_para[a:b][boiler & (prev_rank >= 0)]
    empty = np.zeros(0, np.int64)
    for dossier_ranks in members.values():
        for t in dossier_ranks:
            if t not in per_doc:
                per_doc[t] = doc_stats(
                    len(table[t].ids), empty.astype(np.int32), empty.astype(np.uint64),
                    empty.astype(bool), empty.astype(bool), empty, empty,
                )  # fmt: skip
                cross_para[t] = empty.astype(np.int32)
    return per_doc, cross_para


def choose_partition(
    docs: pd.DataFrame, stats: pd.DataFrame, params: dict[str, Any]
) -> tuple[dict[int, list[Passage | None]], dict[str, Any]]:
    """Step one of verifying the whole dossiers of one partition: every passage's source.

    Only the partition's own reports are tokenised: a run against another dossier's report
    needs its paragraph number, which the index rows carry. Passages whose source is an own
    report are made here; the rest wait (``pending``) for their source report, which
    :func:`finish_partition` gets: only the reports in ``needs`` (the winners) are fetched,
    with the waiting targets (``again``: read again rather than held in memory between the
    two steps). Returns the passages per target rank (None where one waits), which the
    driver takes at once, and what waits. Origins are followed later
    (:func:`follow_origins`).
    """
    detector = ReuseDetector(**params)
    ranks = docs["rank"].tolist()
    tokens = _tokenize(docs["name"].tolist(), docs["text"].tolist())
    table = dict(zip(ranks, tokens, strict=True))
    members: dict[int, list[int]] = defaultdict(list)
    for dossier, rank in sorted(zip(docs["dossier"].tolist(), ranks, strict=True)):
        members[dossier].append(rank)
    per_doc, cross_para = _per_doc(stats, table, members)
    seeds = detector._dossier_seeds(per_doc, members)
    no_origins: defaultdict[int, list[Passage]] = defaultdict(list)
    done: dict[int, list[Passage | None]] = {}
    pending: list[tuple[int, int, tuple]] = []
    for dossier_ranks in members.values():
        for t in dossier_ranks:
            st, found = per_doc[t], seeds.pop(t, None)
            candidates = []
            if found is not None:
                candidates += detector._runs(t, table, found, st["boiler"], same_dossier=True)
            if len(st["cross"]):
                candidates += detector._runs(
                    t, table, st["cross"], st["boiler"], False, s_para=cross_para[t]
                )
            slots: list[Passage | None] = []
            for winner in detector._pick(candidates):
                if winner[3] in table:
                    slots.append(detector._passage(t, table, winner, no_origins))
                else:
                    pending.append((t, len(slots), winner))
                    slots.append(None)
            if slots:
                done[t] = slots
    return done, {
        "own": len(docs),
        "index_rows": len(stats),
        "pending": pending,
        "again": sorted({t for t, _, _ in pending}),
        "needs": sorted({w[3] for _, _, w in pending}),
    }


def needed_sources(waiting: dict[str, Any], part: int) -> pd.DataFrame:
    """(part, rank) of the reports that partition `part`'s waiting passages need."""
    ranks = np.array(sorted({*waiting["needs"], *waiting["again"]}), np.int32)
    return pd.DataFrame({"part": np.full(len(ranks), part, np.int64), "rank": ranks})


def finish_partition(
    waiting: dict[str, Any], fetched: pd.DataFrame, params: dict[str, Any]
) -> dict[str, Any]:
    """Step two: the waiting passages, with their fetched source reports.

    Returns the passages as (target rank, place, passage) (origins not yet followed), the
    number of own reports and index rows, and the names of the fetched source reports.
    """
    filled = []
    fetched = fetched.drop_duplicates("rank")
    ranks = fetched["rank"].tolist()
    if waiting["pending"]:
        detector = ReuseDetector(**params)
        tokens = _tokenize(fetched["name"].tolist(), fetched["text"].tolist())
        table = dict(zip(ranks, tokens, strict=True))
        missing = {*waiting["needs"], *waiting["again"]} - set(table)
        if missing:
            raise RuntimeError(f"source reports of ranks {sorted(missing)} were not fetched")
        no_origins: defaultdict[int, list[Passage]] = defaultdict(list)
        filled = [
            (t, i, detector._passage(t, table, winner, no_origins))
            for t, i, winner in waiting["pending"]
        ]
    sources = set(waiting["needs"])
    names = [n for r, n in zip(ranks, fetched["name"].tolist(), strict=True) if r in sources]
    return {
        "filled": filled,
        "own": waiting["own"],
        "index_rows": waiting["index_rows"],
        "again": len(waiting["again"]),
        "fetched": sorted(names),
    }


def follow_origins(results: Iterable[tuple[int, list[Passage]]]) -> list[Passage]:
    """All passages in date order, each origin followed through earlier copies (A -> B -> C)."""
    final: dict[str, list[Passage]] = {}
    out: list[Passage] = []
    for _, found in sorted(results, key=lambda r: r[0]):
        fixed = [
            replace(p, origin=_chain_origin(p.source, final.get(p.source.doc, []))) for p in found
        ]
        final[found[0].target.doc] = fixed
        out += fixed
    return out
