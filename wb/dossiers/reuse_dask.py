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
_META = {  # one row per report, no text: what the checks and the date order need
    "name": "string",
    "date_ord": "int64",
    "warnings": "string",
    "src": "int32",  # input partition
    "row": "int32",  # place in the input partition
}
_TEXTS = {"rank": "int32", "dossier": "int64", "name": "string", "text": "string"}
_RANKS = {"row": "int32", "rank": "int32"}


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


def load_meta(spec: tuple, src: int) -> pd.DataFrame:
    """Name, date key and read warnings of each report of input partition `src` (no text)."""
    rows = [
        (r.doc, date_key(r.date), "\n".join(w), src, i)
        for i, (r, _, w) in enumerate(iter_documents(spec))
    ]
    return pd.DataFrame(rows, columns=list(_META)).astype(_META)


def ranked_texts(spec: tuple, ranks: pd.DataFrame) -> pd.DataFrame:
    """The reports of one input partition, read again, with their date rank (on a worker).

    Texts are read where they are needed instead of being kept in the workers' memory for
    the whole run.
    """
    reports = [r for r, _, _ in iter_documents(spec)]
    rank = ranks.sort_values("row")["rank"].to_numpy()
    if len(rank) != len(reports):
        raise RuntimeError(f"input partition read {len(reports)} reports, ranked {len(rank)}")
    df = pd.DataFrame(
        {
            "rank": rank,
            "dossier": dossier_ids([r.dossier for r in reports]),
            "name": [r.doc for r in reports],
            "text": [r.text for r in reports],
        }
    )
    return df.astype(_TEXTS)


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


def _quiet_shuffle_logs() -> None:
    for name in ("distributed.shuffle._scheduler_plugin", "distributed.shuffle"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _by_part(n: int) -> list[int]:
    """Divisions of a dataframe indexed by partition number 0..n-1, one partition each."""
    return [*range(n), n - 1] if n > 1 else [0, 0]


def ranked_reports(client: Any, specs: list[Any]) -> tuple[Any, int, list[str]]:
    """The date rank of every report, per input partition (persisted); count, Dutch warnings.

    Only names and dates are held (no texts): partition i of the result has the (row, rank)
    of the reports of ``specs[i]``.
    """
    import dask
    import dask.dataframe as dd
    from dask import delayed

    _quiet_shuffle_logs()
    if not specs:
        return None, 0, []
    parts = [delayed(load_meta)(s, i) for i, s in enumerate(specs)]
    raw = dd.from_delayed(parts, meta=pd.DataFrame(columns=list(_META)).astype(_META))
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
    return ranks, n, warns


def _first_names(names: pd.Series) -> pd.Series:
    return pd.Series(sorted(names.tolist())[:5], dtype="string")


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
    """Passages of `source` computed with `client`, and the Dutch warnings of reading it."""
    detector._check_params()
    specs = plan_partitions(source, client, partition_size)
    ranks, n, warns = ranked_reports(client, specs)
    if isinstance(source, str | Path) and n == 0:
        raise NotFoundError("bevat geen rapporten (.txt, .md, .docx, .odt, .pdf).", path=source)
    if not n:
        return [], warns
    return find_passages(client, specs, ranks, n, detector, diagnostics), warns


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
    for message in warns:
        warnings.warn(message, UserWarning, stacklevel=2)
    return {"passages": [p.to_dict() for p in passages], "engine": engine}
