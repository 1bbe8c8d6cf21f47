"""Copied-passage detection on a Dask cluster, with the results of :mod:`wb.dossiers.reuse`.

The single-machine detector holds every shingle of the corpus in one process. Here the same
steps run as one Dask dataframe pipeline, so that no worker holds the whole index:

1. **Read** (workers): the driver only plans partitions of about ``partition_size`` reports: a
   chunk of top-level file names, a subfolder (listed on a worker and sliced there) or a byte
   range of a file list. Workers read the reports and their metadata (``metadata.csv`` next to
   them, front matter); only name and date are kept.
2. **Order**: a distributed sort by (date, name), undated last, gives every report its rank:
   the position it has in the single-machine date order. The ranks go back to their input
   partition (a small shuffle); texts are read again where they are needed, never held for the
   whole run.
3. **Shingles** (workers, per report): the word-shingle hashes of :func:`reuse.shingle_hashes`
   with their paragraph number. Word keys are a fixed 64-bit hash of the lowercased word (not
   a corpus vocabulary), so a worker needs no global state; only equality of hashes matters.
4. **Index** (shuffle by shingle hash): each partition holds every occurrence of its hashes
   and computes, with :func:`reuse.hash_flags`, what the single-machine index computes:
   shared within a dossier, boilerplate, previous report of another dossier (with the
   paragraph it has the shingle in). Hashes that occur once are dropped here.
5. **Verify and align** (shuffle by dossier): each partition gets whole dossiers: their
   reports and their repeated shingles. The detector's own seed, run and choice steps pick
   every passage's source; the runs against other dossiers' reports need only the source
   paragraph, which the index rows carry. Only the reports of other partitions that won as a
   source are then fetched (a join on rank), with the targets that wait for them.
6. **Origins** (driver): following the chain A -> B -> C needs the passages of the source, in
   date order across dossiers; the driver does this one linear pass over the passages (the
   result it writes anyway).

Dask schedules the tasks, moves the shuffles (peer-to-peer, spilling to disk) and reruns the
tasks of a worker that dies.

Parts: :mod:`wb.dossiers.reuse_dask_read` (planning and reading, step 1),
:mod:`wb.dossiers.reuse_dask_index` (steps 3 and 4) and :mod:`wb.dossiers.reuse_dask_verify`
(steps 5 and 6); this module drives them (step 2 and the Dask graph).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wb.corpus.folder import warn_notes
from wb.dossiers.reuse_dask_index import _STATS_META, _empty_shingles, index_partition, shingle_rows
from wb.dossiers.reuse_dask_read import (
    _META,
    _RANKS,
    _TEXTS,
    PARTITION_SIZE,
    SKIPPED_ROW,
    UNDATED,
    date_key,
    dossier_ids,
    iter_documents,
    load_meta,
    plan_partitions,
    ranked_texts,
    source_folder,
)
from wb.dossiers.reuse_dask_verify import (
    choose_partition,
    finish_partition,
    follow_origins,
    needed_sources,
)
from wb.dossiers.reuse_detector import ReuseDetector
from wb.dossiers.reuse_tokens import Passage
from wb.errors import ConflictError, NotFoundError

__all__ = [  # also the names callers import from here
    "PARTITION_SIZE",
    "date_key",
    "detect_reuse_dask",
    "dossier_ids",
    "find_passages",
    "iter_documents",
    "passages_on",
    "plan_partitions",
    "ranked_reports",
]


def _quiet_shuffle_logs() -> None:
    for name in ("distributed.shuffle._scheduler_plugin", "distributed.shuffle"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _by_part(n: int) -> list[int]:
    """Divisions of a dataframe indexed by partition number 0..n-1, one partition each."""
    return [*range(n), n - 1] if n > 1 else [0, 0]


def ranked_reports(client: Any, specs: list[Any]) -> tuple[Any, int, list[str], Any]:
    """The date rank of every report, per input partition (persisted); count, Dutch warnings
    of reading; the names of the undated reports (a Dask series, not computed; None if none).

    Only names and dates are held (no texts): partition i of the result has the (row, rank)
    of the reports of ``specs[i]``.
    """
    import dask
    import dask.dataframe as dd
    from dask import delayed

    _quiet_shuffle_logs()
    if not specs:
        return None, 0, [], None
    parts = [delayed(load_meta)(s, i) for i, s in enumerate(specs)]
    raw = dd.from_delayed(parts, meta=pd.DataFrame(columns=list(_META)).astype(_META))
    raw = client.persist(raw)
    warned = raw["warnings"][raw["warnings"] != ""]
    raw = raw[raw["row"] != SKIPPED_ROW]  # an empty file: only its warning
    counts = raw["name"].value_counts()
    undated = raw.loc[raw["date_ord"] == UNDATED, "name"]
    n, double, warned, n_undated = dask.compute(
        raw.map_partitions(len).sum(),
        counts[counts > 1].index.to_series(),
        warned,
        undated.count(),
    )
    warns = [w for ws in warned.tolist() for w in ws.split("\n")]
    if n == 0:
        return None, 0, warns, None
    if len(double):
        double = ", ".join(sorted(double.tolist()))
        raise ConflictError(f"documentnamen komen dubbel voor: {double}. Maak ze uniek.")
    order = raw[["date_ord", "name", "src", "row"]].sort_values(["date_ord", "name"])
    lengths = order.map_partitions(len).compute().tolist()
    offsets = np.r_[0, np.cumsum(lengths)].tolist()
    numbered = dd.from_delayed(
        [
            delayed(_number)(part, offset)
            for part, offset in zip(order.to_delayed(), offsets, strict=False)
        ],
        meta=pd.DataFrame(columns=["src", *_RANKS]).astype({"src": "int32", **_RANKS}),
    )
    ranks = client.persist(numbered.set_index("src", divisions=_by_part(len(specs))))
    del raw
    return ranks, n, warns, (undated if n_undated else None)


def undated_shared(
    undated: Any, passages: list[Passage], source: str | Path | Iterable[Any]
) -> list[str]:
    """The one Dutch warning for the undated reports (`undated`: names, a Dask series) that share
    a passage, as the single-machine run gives it (only there the order decides the source);
    [] when none does. What to do is said for the folder of `source` (a folder or file list)."""
    from wb.corpus.dossiers import Report, date_fix
    from wb.dossiers.reuse_detector import DATE_FIX, undated_in_passages

    if undated is None or not passages:
        return []
    involved = sorted({p.target.doc for p in passages} | {p.source.doc for p in passages})
    names = undated[undated.isin(involved)].compute().tolist()
    folder = source_folder(source)
    fix = DATE_FIX if folder is None else date_fix(folder)
    return undated_in_passages([Report(n, "", None, "") for n in names], passages, fix)


def _number(part: pd.DataFrame, offset: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "src": part["src"].to_numpy(np.int32),
            "row": part["row"].to_numpy(np.int32),
            "rank": np.arange(offset, offset + len(part), dtype=np.int32),
        }
    )


def find_passages(
    client: Any,
    specs: list[Any],
    ranks: Any,
    n_reports: int,
    detector: ReuseDetector,
    diagnostics: dict[str, Any] | None = None,
) -> list[Passage]:
    """Passages of the reports of `specs` ranked by `ranks` with the detector's settings.

    `diagnostics`, when given, gets per dossier partition the number of own reports
    (``own``), of index rows (``index_rows``), of own reports read again for a waiting passage
    (``again``) and the names of the other partitions' reports it fetched (``fetched``).
    """
    import dask.dataframe as dd
    from dask import delayed
    from distributed import as_completed

    _quiet_shuffle_logs()
    params = detector.get_params()
    n_parts = len(specs)
    divisions = _by_part(n_parts)
    texts = dd.from_delayed(
        [delayed(ranked_texts)(s, r) for s, r in zip(specs, ranks.to_delayed(), strict=True)],
        meta=pd.DataFrame(columns=list(_TEXTS)).astype(_TEXTS),
    )
    shingles = texts.map_partitions(
        shingle_rows, detector.shingle_words, meta=_empty_shingles()
    ).shuffle("hash", npartitions=n_parts)
    stats = shingles.map_partitions(
        index_partition,
        n_reports,
        detector.boilerplate_dossiers,
        detector.boilerplate_share,
        meta=pd.DataFrame(columns=list(_STATS_META)).astype(_STATS_META),
    )
    own = texts.assign(part=texts["dossier"] % n_parts).set_index("part", divisions=divisions)
    stats_by_dossier = stats.assign(part=stats["dossier"] % n_parts).set_index(
        "part", divisions=divisions
    )
    chosen = [
        delayed(choose_partition, nout=2)(a, b, params)
        for a, b in zip(own.to_delayed(), stats_by_dossier.to_delayed(), strict=True)
    ]
    done = [c[0] for c in chosen]  # to the driver at once: workers do not hold them
    waiting = [c[1] for c in chosen]
    # the winning source reports of other partitions: joined on rank, by partition
    needs = dd.from_delayed(
        [delayed(needed_sources)(w, i) for i, w in enumerate(waiting)],
        meta=pd.DataFrame({"part": pd.Series(dtype="int64"), "rank": pd.Series(dtype="int32")}),
    )
    fetched = needs.merge(texts[["rank", "name", "text"]], on="rank", how="inner")
    fetched = fetched.set_index("part", divisions=divisions)
    finished = [
        delayed(finish_partition)(w, f, params)
        for w, f in zip(waiting, fetched.to_delayed(), strict=True)
    ]
    futures = client.compute(done + finished)
    place = {f.key: i for i, f in enumerate(futures)}
    results: list[Any] = [None] * len(futures)
    for future in as_completed(futures):  # results leave the workers one by one
        results[place[future.key]] = future.result()
        future.release()
    del futures
    passages, rest = results[:n_parts], results[n_parts:]
    for part, more in zip(passages, rest, strict=True):
        for t, i, p in more["filled"]:
            part[t][i] = p
    if diagnostics is not None:
        for key in ("own", "index_rows", "again", "fetched"):
            diagnostics[key] = [more[key] for more in rest]
    return follow_origins(item for part in passages for item in part.items())


def passages_on(
    client: Any,
    source: str | Path | Iterable[Any],
    detector: ReuseDetector,
    partition_size: int,
    diagnostics: dict[str, Any] | None = None,
) -> tuple[list[Passage], list[str]]:
    """Passages of `source` computed with `client`, and the Dutch warnings of reading it (with
    the one for undated reports that share a passage)."""
    detector._check_params()
    specs = plan_partitions(source, client, partition_size)
    ranks, n, warns, undated = ranked_reports(client, specs)
    if isinstance(source, str | Path) and n == 0:
        from wb.corpus.importer import no_documents

        if Path(source).is_dir():
            raise NotFoundError(no_documents(Path(source), "rapporten", "om te lezen"), path=source)
        raise NotFoundError("bevat geen rapporten (.txt, .md, .docx, .odt, .pdf).", path=source)
    if not n:
        return [], warns
    passages = find_passages(client, specs, ranks, n, detector, diagnostics)
    return passages, warns + undated_shared(undated, passages, source)


def detect_reuse_dask(
    source: str | Path | Iterable[Any],
    cluster: Any,
    *,
    workers: int | None = None,
    partition_size: int = PARTITION_SIZE,
    diagnostics: dict[str, Any] | None = None,
    **params: Any,
) -> dict[str, Any]:
    """``wb reuse --json`` document computed on a Dask cluster (address, "local" or Client).

    `source` is a folder tree, a file list (.lst/.txt, one path a line, relative to its
    folder) or reports in memory (as for :meth:`ReuseDetector.fit`). `diagnostics`: see
    :func:`find_passages`.
    """
    from wb.cluster import connect, engine_record

    detector = ReuseDetector(**params)
    detector._check_params()
    with connect(cluster, workers=workers) as client:
        engine = engine_record(client)
        passages, warns = passages_on(client, source, detector, partition_size, diagnostics)
    warn_notes(warns, folder=source_folder(source), stacklevel=3)
    return {"passages": [p.to_dict() for p in passages], "engine": engine}
