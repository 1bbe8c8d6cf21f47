"""``wb labels`` on a Dask cluster: labels found per report on the workers, same result.

Reading and label finding (the Dutch pipeline, the expensive part) run per input partition on
the workers, planned as in :mod:`wb.dossiers.reuse_dask`; copied passages come from the
distributed detector. ``first_seen`` and ``copied_from`` depend only on the reports of one
dossier, so :func:`wb.dossiers.labels.label_report` runs per dossier; the records are merged
per dossier, each in date order, as in one process.
"""

from __future__ import annotations

import functools
import pickle
from collections import defaultdict
from pathlib import Path
from typing import Any

from wb.corpus.folder import warn_notes
from wb.dossiers.labels import LabelFinder, label_report, labels_json, per_dossier
from wb.dossiers.lexicon import Lexicon
from wb.dossiers.reuse import ReuseDetector
from wb.dossiers.reuse_dask import (
    PARTITION_SIZE,
    date_key,
    iter_documents,
    passages_on,
    plan_partitions,
)
from wb.dossiers.reuse_dask_read import source_folder


@functools.lru_cache(maxsize=2)
def _finder(lexicon: str | bytes) -> LabelFinder:
    """One compiled finder per worker process (`lexicon`: a path or a pickled Lexicon)."""
    source = pickle.loads(lexicon) if isinstance(lexicon, bytes) else lexicon
    return LabelFinder(source).fit()


def label_partition(spec: tuple, lexicon: str | bytes) -> list[tuple[str, str, int, list[dict]]]:
    """(name, dossier, date key, hits) of each report of one input partition (on a worker)."""
    from wb.dossiers.voice import self_terms

    finder = _finder(lexicon)
    out = []
    for report, meta, _ in iter_documents(spec):
        terms = self_terms(meta, report.text)
        hits = finder.find(report.doc, report.text, self_terms=terms, metadata=meta)
        out.append((report.doc, report.dossier, date_key(report.date), [h.to_json() for h in hits]))
    return out


def label_corpus_dask(
    folder: str | Path,
    lexicon: Lexicon | str | Path,
    cluster: Any,
    *,
    workers: int | None = None,
    passages: list[dict] | None = None,
    by: str = "label",
    partition_size: int = PARTITION_SIZE,
) -> dict[str, Any]:
    """The ``wb labels --json`` document of `folder`, computed on a Dask cluster."""
    from dask import delayed

    from wb.cluster import connect, engine_record

    key = pickle.dumps(lexicon) if isinstance(lexicon, Lexicon) else str(Path(lexicon).resolve())
    with connect(cluster, workers=workers) as client:
        engine = engine_record(client)
        specs = plan_partitions(folder, client, partition_size)
        tasks = [delayed(label_partition)(s, key) for s in specs]
        found = [row for part in client.gather(client.compute(tasks)) for row in part]
        if passages is None:
            result, warns = passages_on(client, folder, ReuseDetector(), partition_size)
            passages = [p.to_dict() for p in result]
            warn_notes(warns, folder=source_folder(folder), stacklevel=3)
    found.sort(key=lambda row: (row[2], row[0]))
    rank = {row[0]: i for i, row in enumerate(found)}
    members: dict[str, list[str]] = defaultdict(list)
    for name, dossier, _, _ in found:
        members[dossier].append(name)
    hits = {name: h for name, _, _, h in found}
    copies: dict[str, list[dict]] = defaultdict(list)
    for p in passages:
        copies[p["target"]["doc"]].append(p)
    records = []
    for dossier, names in members.items():
        dossier_of = dict.fromkeys(names, dossier)
        mine = [p for n in names for p in copies.get(n, ())]
        records += label_report({n: hits[n] for n in names}, names, dossier_of, mine, by=by)
    records.sort(key=lambda r: (rank[r["doc"]], r["doc"], r["start"], r["end"]))
    dossiers = {name: dossier for name, dossier, _, _ in found}
    return {**labels_json(per_dossier(records, dossiers)), "engine": engine}
