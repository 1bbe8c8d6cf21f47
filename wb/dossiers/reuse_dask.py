"""Copied-passage detection on a Dask cluster, with the results of :mod:`wb.dossiers.reuse`.

The single-machine detector holds every shingle of the corpus in one process. Here the same
steps run as one Dask dataframe pipeline, so that no worker holds the whole index:

1. **Read** (workers): the driver only plans partitions of about ``partition_size`` reports: a
   chunk of top-level file names, a subfolder (listed on a worker and sliced there) or a byte
   range of a file list. Workers read the reports and their metadata (``metadata.csv`` next to
   them, front matter) into rows (name, dossier, date, text).
2. **Order**: a distributed sort by (date, name), undated last, gives every report its rank:
   the position it has in the single-machine date order.
3. **Shingles** (workers, per report): the word-shingle hashes of :func:`reuse.shingle_hashes`.
   Word keys are a fixed 64-bit hash of the lowercased word (not a corpus vocabulary), so a
   worker needs no global state; only equality of hashes matters to the result.
4. **Index** (shuffle by shingle hash): each partition holds every occurrence of its hashes
   and computes, with :func:`reuse.hash_flags`, what the single-machine index computes:
   shared within a dossier, boilerplate, previous report of another dossier. Hashes that occur
   once are dropped here.
5. **Verify and align** (shuffle by dossier): each partition gets whole dossiers: their reports,
   their repeated shingles and the reports of other dossiers their boilerplate refers to (a
   join on rank). The detector's own seed, run and choice steps make the passages.
6. **Origins** (driver): following the chain A -> B -> C needs the passages of the source, in
   date order across dossiers; the driver does this one linear pass over the passages (the
   result it writes anyway).

Dask schedules the tasks, moves the shuffles (peer-to-peer, spilling to disk) and reruns the
tasks of a worker that dies.
"""

from __future__ import annotations

import datetime
import functools
import itertools
import logging
import os
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wb.corpus.dossiers import dossier_of, report_date
from wb.corpus.importer import IGNORED_STEMS, scan_folder
from wb.corpus.metadata import read_metadata_csv
from wb.corpus.readers import SUPPORTED_SUFFIXES, read_document
from wb.dossiers.reuse import (
    Passage,
    Report,
    ReuseDetector,
    _as_report,
    _chain_origin,
    _Doc,
    _Vocab,
    doc_stats,
    hash_flags,
    repeated_shingles,
    shingle_hashes,
)
from wb.errors import ConflictError, NotFoundError

PARTITION_SIZE = 250  # reports per input partition
UNDATED = 2**62  # date key of undated reports: after every date
LIST_SUFFIXES = (".lst", ".list", ".txt")
_MULT_SEED = 20240612
_DOCS_META = {
    "name": "string",
    "dossier": "string",
    "dossier_id": "int64",
    "date_ord": "int64",
    "text": "string",
    "warnings": "string",
}


# --- reading on the workers ------------------------------------------------------------------


def _visible(rel: Path) -> bool:
    return not any(part.startswith(".") for part in rel.parts)


def _is_report_file(path: Path) -> bool:
    return (
        path.is_file()
        and path.suffix.lower() in SUPPORTED_SUFFIXES
        and not path.stem.lower().startswith(IGNORED_STEMS)
        and path.name != "metadata.csv"
    )


def _list_tree(root: str, sub: str) -> list[str]:
    """Report names (relative to `root`) under the subfolder `sub`, sorted (on a worker)."""
    base = Path(root)
    return [
        unicodedata.normalize("NFC", p.relative_to(base).as_posix())
        for p in scan_folder(base / sub)
        if p.name != "metadata.csv"
    ]


def _list_block(list_file: str, start: int, end: int) -> list[str]:
    """The lines of `list_file` that start in bytes [start, end) (on a worker)."""
    out = []
    with open(list_file, "rb") as fh:
        if start:
            fh.seek(start - 1)
            if fh.read(1) != b"\n":
                fh.readline()  # the line that started before `start` belongs to the block before
        while fh.tell() < end:
            line = fh.readline()
            if not line:
                break
            name = line.decode("utf-8").strip()
            if name and not name.startswith("#"):
                out.append(unicodedata.normalize("NFC", name))
    return out


@functools.lru_cache(maxsize=4)
def _metadata(folder: str, stamp: tuple[int, int]) -> dict[str, dict[str, object]]:
    """metadata.csv of `folder`, read once per worker process (`stamp`: mtime, size)."""
    return read_metadata_csv(Path(folder))


def _table(folder: str) -> Mapping[str, Mapping[str, object]]:
    path = Path(folder) / "metadata.csv"
    if not path.is_file():
        return {}
    st = path.stat()
    return _metadata(folder, (st.st_mtime_ns, st.st_size))


def _slice(root: str, listing: list[str], start: int, stop: int) -> tuple:
    """The input partition of names [start, stop) of a subfolder listing."""
    return ("files", root, listing[start:stop])


def _names(spec: tuple) -> tuple[str, list[str]]:
    """The folder the names are relative to and the report names of one input partition."""
    kind = spec[0]
    if kind == "files":
        return spec[1], list(spec[2])
    if kind == "list":
        _, list_file, start, end = spec
        return str(Path(list_file).parent), _list_block(list_file, start, end)
    raise ValueError(spec)


def iter_documents(spec: tuple) -> Iterator[tuple[Report, Mapping[str, Any], list[str]]]:
    """(report, metadata, read warnings) of each report of one input partition (on a worker)."""
    if spec[0] == "reports":
        for r in spec[1]:
            yield r, {"dossier": r.dossier}, []
        return
    folder, names = _names(spec)
    table = _table(folder)
    for name in names:
        path = Path(name) if Path(name).is_absolute() else Path(folder) / name
        result = read_document(path)
        meta = {str(k).lower(): v for k, v in table.get(name, {}).items()}
        meta.update({str(k).lower(): v for k, v in result.front_matter.items()})
        report = Report(name, dossier_of(meta), report_date(meta), result.text)
        yield report, meta, result.warnings


def dossier_ids(dossiers: Iterable[str]) -> np.ndarray:
    """A fixed 64-bit id per dossier name (the same on every worker)."""
    values = np.array(list(dossiers), dtype=object)
    return pd.util.hash_array(values).view(np.int64) if len(values) else np.zeros(0, np.int64)


def date_key(date: datetime.date | None) -> int:
    """Sort key of a report date: its ordinal, undated after every date."""
    return date.toordinal() if date is not None else UNDATED


def load_partition(spec: tuple) -> pd.DataFrame:
    """The reports of one input partition as rows (name, dossier, date key, text)."""
    rows = [
        (r.doc, r.dossier, date_key(r.date), r.text, "\n".join(w))
        for r, _, w in iter_documents(spec)
    ]
    df = pd.DataFrame(rows, columns=["name", "dossier", "date_ord", "text", "warnings"])
    df.insert(2, "dossier_id", dossier_ids(df["dossier"]))
    return df.astype(_DOCS_META)


# --- partition planning on the driver --------------------------------------------------------


def plan_partitions(
    source: str | Path | Iterable[Any], client: Any, partition_size: int = PARTITION_SIZE
) -> list[Any]:
    """Input partitions: specs the workers read, or futures of them; names stay on workers."""
    if isinstance(source, str | Path):
        path = Path(source)
        if path.is_file() and path.suffix.lower() in LIST_SUFFIXES:
            size = path.stat().st_size
            block = 64 * partition_size  # about 64 bytes a line
            return [
                ("list", str(path.resolve()), a, min(a + block, size))
                for a in range(0, size, block)
            ]
        if not path.is_dir():
            raise NotFoundError(
                "is geen map en geen lijst met bestanden (.lst, .txt: één pad per regel). "
                "Geef de map met rapporten op.",
                path=path,
            )
        return _plan_folder(path, client, partition_size)
    reports = [_as_report(r) for r in source]
    return [
        ("reports", reports[i : i + partition_size]) for i in range(0, len(reports), partition_size)
    ]


def _plan_folder(folder: Path, client: Any, partition_size: int) -> list[Any]:
    root = str(folder.resolve())
    files, subdirs = [], []
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                subdirs.append(entry.name)
            elif _is_report_file(Path(entry.path)):
                files.append(unicodedata.normalize("NFC", entry.name))
    specs: list[Any] = [
        ("files", root, files[i : i + partition_size]) for i in range(0, len(files), partition_size)
    ]
    if subdirs:
        from dask import delayed

        listings = client.map(_list_tree, [root] * len(subdirs), subdirs, pure=False)
        counts = client.gather(client.map(len, listings))
        for listing, n in zip(listings, counts, strict=True):
            specs += [
                delayed(_slice)(root, listing, i, min(i + partition_size, n))
                for i in range(0, n, partition_size)
            ]
    return specs


# --- the pipeline ----------------------------------------------------------------------------


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
    """(hash, rank, dossier, pos) of every shingle of the reports in `df` (on a worker)."""
    mults = _mults(shingle_words)
    docs = _tokenize(df["name"].tolist(), df["text"].tolist())
    parts = []
    for d, rank, dossier in zip(docs, df["rank"].tolist(), df["dossier_id"].tolist(), strict=True):
        h = shingle_hashes(d.ids, d.para, mults)
        pos = np.flatnonzero(h).astype(np.int32)
        parts.append((h[pos], np.full(len(pos), rank, np.int32), dossier, pos))
    if not parts:
        return _empty_shingles()
    return pd.DataFrame(
        {
            "hash": np.concatenate([p[0] for p in parts]),
            "rank": np.concatenate([p[1] for p in parts]),
            "dossier": np.concatenate([np.full(len(p[3]), p[2], np.int64) for p in parts]),
            "pos": np.concatenate([p[3] for p in parts]),
        }
    )


def _empty_shingles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "hash": np.zeros(0, np.uint64),
            "rank": np.zeros(0, np.int32),
            "dossier": np.zeros(0, np.int64),
            "pos": np.zeros(0, np.int32),
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
}


def index_partition(
    df: pd.DataFrame, n_reports: int, boilerplate_dossiers: int, boilerplate_share: float
) -> pd.DataFrame:
    """Flags of the repeated shingles of one hash partition (every occurrence of its hashes)."""
    order = np.lexsort((df["pos"].to_numpy(), df["rank"].to_numpy()))
    idx, hs = repeated_shingles(df["hash"].to_numpy()[order])
    idx = order[idx]
    rank = df["rank"].to_numpy()[idx]
    dossier = df["dossier"].to_numpy()[idx]
    pos = df["pos"].to_numpy()[idx]
    shared, boiler, prev_rank, prev_pos = hash_flags(
        hs,
        rank,
        dossier,
        pos,
        n_reports=n_reports,
        boilerplate_dossiers=boilerplate_dossiers,
        boilerplate_share=boilerplate_share,
    )
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
        }
    )
    return out.astype(_STATS_META)


def verify_partition(
    docs: pd.DataFrame, stats: pd.DataFrame, params: dict[str, Any]
) -> list[tuple[int, list[Passage]]]:
    """The passages of the whole dossiers in one partition, origins not yet followed."""
    detector = ReuseDetector(**params)
    docs = docs.drop_duplicates("rank")  # a report can be both own and another's source
    by_rank = dict(zip(docs["rank"].tolist(), range(len(docs)), strict=True))
    tokens = _tokenize(docs["name"].tolist(), docs["text"].tolist())
    table = {rank: tokens[i] for rank, i in by_rank.items()}
    own = docs.loc[docs["own"]]
    members: dict[int, list[int]] = defaultdict(list)
    for dossier, rank in sorted(zip(own["dossier"].tolist(), own["rank"].tolist(), strict=True)):
        members[dossier].append(rank)
    stats = stats.sort_values(["rank", "pos"])
    ranks = stats["rank"].to_numpy()
    cuts = np.flatnonzero(np.r_[True, ranks[1:] != ranks[:-1], True]) if len(ranks) else [0]
    columns = [stats[c].to_numpy() for c in ("pos", "hash", "shared", "boiler")]
    prev = [stats[c].to_numpy() for c in ("prev_rank", "prev_pos")]
    per_doc: dict[int, dict[str, np.ndarray]] = {}
    for a, b in itertools.pairwise(np.asarray(cuts).tolist()):
        rank = int(ranks[a])
        if rank not in table:
            raise RuntimeError(f"shingles of rank {rank} without their report in the partition")
        per_doc[rank] = doc_stats(
            len(table[rank].ids), *(c[a:b] for c in columns), *(c[a:b] for c in prev)
        )
    empty = np.zeros(0, np.int64)
    for dossier_ranks in members.values():
        for t in dossier_ranks:
            if t not in per_doc:
                per_doc[t] = doc_stats(
                    len(table[t].ids), empty.astype(np.int32), empty.astype(np.uint64),
                    empty.astype(bool), empty.astype(bool), empty, empty,
                )  # fmt: skip
    seeds = detector._dossier_seeds(per_doc, members)
    passages: dict[int, list[Passage]] = defaultdict(list)
    out = []
    for dossier_ranks in members.values():
        for t in dossier_ranks:
            found = detector._passages_for(t, table, per_doc[t], seeds.pop(t, None), passages)
            if found:
                passages[t] = found
                out.append((t, found))
    return out


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


def _quiet_shuffle_logs() -> None:
    for name in ("distributed.shuffle._scheduler_plugin", "distributed.shuffle"):
        logging.getLogger(name).setLevel(logging.ERROR)


def ranked_reports(client: Any, specs: list[Any]) -> tuple[Any, int, list[str]]:
    """The reports as a persisted dataframe with their date rank; count and Dutch warnings."""
    import dask
    import dask.dataframe as dd
    from dask import delayed

    _quiet_shuffle_logs()
    if not specs:
        return None, 0, []
    parts = [delayed(load_partition)(s) for s in specs]
    raw = dd.from_delayed(parts, meta=pd.DataFrame(columns=list(_DOCS_META)).astype(_DOCS_META))
    raw = client.persist(raw)
    counts = raw["name"].value_counts()
    undated = raw.loc[raw["date_ord"] == UNDATED, "name"]
    n, double, warned, n_undated, first = dask.compute(
        raw.map_partitions(len).sum(),
        counts[counts > 1].index.to_series(),
        raw["warnings"][raw["warnings"] != ""],
        undated.count(),
        undated.map_partitions(_first_names, meta=pd.Series(dtype="string")),
    )
    if n == 0:
        return None, 0, []
    if len(double):
        double = ", ".join(sorted(double.tolist()))
        raise ConflictError(f"documentnamen komen dubbel voor: {double}. Maak ze uniek.")
    warns = [w for ws in warned.tolist() for w in ws.split("\n")]
    if n_undated:
        shown = ", ".join(sorted(first.tolist())[:5])
        shown += " …" if n_undated > 5 else ""
        warns.append(
            f"{n_undated} rapport(en) zonder datum ({shown}); die worden na de gedateerde "
            "rapporten op naam geordend. Vul de kolom 'date' in metadata.csv in."
        )
    order = raw[["date_ord", "name"]].sort_values(["date_ord", "name"])
    lengths = order.map_partitions(len).compute().tolist()
    offsets = np.r_[0, np.cumsum(lengths)].tolist()
    ranks = dd.from_delayed(
        [
            delayed(_number)(part, offset)
            for part, offset in zip(order.to_delayed(), offsets, strict=False)
        ],
        meta=pd.DataFrame({"name": pd.Series(dtype="string"), "rank": pd.Series(dtype="int32")}),
    )
    docs = raw.drop(columns=["warnings"]).merge(ranks, on="name", how="inner")
    docs = client.persist(docs)
    del raw
    return docs, n, warns


def _first_names(names: pd.Series) -> pd.Series:
    return pd.Series(sorted(names.tolist())[:5], dtype="string")


def _number(part: pd.DataFrame, offset: int) -> pd.DataFrame:
    return pd.DataFrame(
        {"name": part["name"], "rank": np.arange(offset, offset + len(part), dtype=np.int32)}
    )


def find_passages(client: Any, docs: Any, n_reports: int, detector: ReuseDetector) -> list[Passage]:
    """Passages of the ranked reports `docs` (a Dask dataframe) with the detector's settings."""
    import dask.dataframe as dd
    from dask import delayed

    _quiet_shuffle_logs()
    params = detector.get_params()
    n_parts = max(1, docs.npartitions)
    shingles = docs.map_partitions(
        shingle_rows, detector.shingle_words, meta=_empty_shingles()
    ).shuffle("hash", npartitions=n_parts)
    stats = shingles.map_partitions(
        index_partition,
        n_reports,
        detector.boilerplate_dossiers,
        detector.boilerplate_share,
        meta=pd.DataFrame(columns=list(_STATS_META)).astype(_STATS_META),
    )
    # reports of other dossiers that a dossier's boilerplate points at: joined on rank
    # (one copy per dossier partition, however many of its dossiers point at the report)
    needs = stats.loc[stats["boiler"] & (stats["prev_rank"] >= 0), ["dossier", "prev_rank"]]
    needs = needs.assign(part=needs["dossier"] % n_parts)[["part", "prev_rank"]]
    needs = needs.drop_duplicates().astype({"prev_rank": "int32"})
    texts = docs[["rank", "name", "text"]]
    external = needs.merge(texts, left_on="prev_rank", right_on="rank", how="inner")
    external = external[["part", "rank", "name", "text"]].assign(dossier=np.int64(0), own=False)
    own = docs[["dossier_id", "rank", "name", "text"]].rename(columns={"dossier_id": "dossier"})
    own = own.assign(part=own["dossier"] % n_parts, own=True)
    columns = ["part", "dossier", "rank", "name", "text", "own"]
    together = dd.concat([own[columns], external[columns]])
    divisions = [*range(n_parts), n_parts - 1] if n_parts > 1 else [0, 0]
    by_dossier = together.set_index("part", divisions=divisions)
    stats_by_dossier = stats.assign(part=stats["dossier"] % n_parts).set_index(
        "part", divisions=divisions
    )
    tasks = [
        delayed(verify_partition)(a, b, params)
        for a, b in zip(by_dossier.to_delayed(), stats_by_dossier.to_delayed(), strict=True)
    ]
    results = client.gather(client.compute(tasks))
    return follow_origins(r for part in results for r in part)


def passages_on(
    client: Any, source: str | Path | Iterable[Any], detector: ReuseDetector, partition_size: int
) -> tuple[list[Passage], list[str]]:
    """Passages of `source` computed with `client`, and the Dutch warnings of reading it."""
    detector._check_params()
    specs = plan_partitions(source, client, partition_size)
    docs, n, warns = ranked_reports(client, specs)
    if isinstance(source, str | Path) and n == 0:
        raise NotFoundError("bevat geen rapporten (.txt, .md, .docx, .odt, .pdf).", path=source)
    return (find_passages(client, docs, n, detector) if n else []), warns


def detect_reuse_dask(
    source: str | Path | Iterable[Any],
    cluster: Any,
    *,
    workers: int | None = None,
    partition_size: int = PARTITION_SIZE,
    **params: Any,
) -> dict[str, Any]:
    """``wb reuse --json`` document computed on a Dask cluster (address, "local" or Client).

    `source` is a folder tree, a file list (.lst/.txt, one path a line, relative to its
    folder) or reports in memory (as for :meth:`ReuseDetector.fit`).
    """
    from wb.cluster import connect, engine_record

    detector = ReuseDetector(**params)
    detector._check_params()
    with connect(cluster, workers=workers) as client:
        engine = engine_record(client)
        passages, warns = passages_on(client, source, detector, partition_size)
    for message in warns:
        warnings.warn(message, UserWarning, stacklevel=2)
    return {"passages": [p.to_dict() for p in passages], "engine": engine}
