"""Input of :mod:`wb.dossiers.reuse_dask`: partition planning (driver) and reading (workers).

The driver only plans input partitions (chunks of file names, subfolders listed on a worker,
byte ranges of a file list); the workers read the reports, their metadata and date keys.
"""

from __future__ import annotations

import datetime
import functools
import os
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from wb.corpus.dossiers import Report, dossier_of, report_date
from wb.corpus.folder import skipped_message
from wb.corpus.importer import IGNORED_STEMS, scan_folder
from wb.corpus.metadata import read_metadata_csv
from wb.corpus.readers import SUPPORTED_SUFFIXES, read_document
from wb.dossiers.reuse_detector import _as_report
from wb.errors import EmptyDocumentError, NotFoundError

PARTITION_SIZE = 250  # reports per input partition
UNDATED = 2**62  # date key of undated reports: after every date
SKIPPED_ROW = -1  # row of an empty file in load_meta: it only carries its warning
LIST_SUFFIXES = (".lst", ".list", ".txt")
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
    """(report, metadata, read warnings) of each report of one input partition (on a worker);
    empty files are left out (:func:`read_each` says them)."""
    for report, meta, warns in read_each(spec):
        if report is not None:
            yield report, meta, warns


def read_each(spec: tuple) -> Iterator[tuple[Report | None, Mapping[str, Any], list[str]]]:
    """As :func:`iter_documents`, but an empty file gives (None, {}, [the Dutch warning that it
    is skipped, naming it as in `spec`]), as the one folder reader skips it
    (:mod:`wb.corpus.folder`; :func:`wb.corpus.folder.warn_notes` raises it on the driver)."""
    if spec[0] == "reports":
        for r in spec[1]:
            yield r, {"dossier": r.dossier}, []
        return
    folder, names = _names(spec)
    table = _table(folder)
    for name in names:
        path = Path(name) if Path(name).is_absolute() else Path(folder) / name
        try:
            result = read_document(path)
        except EmptyDocumentError as exc:
            yield None, {}, [skipped_message(name, exc.why)]  # the driver knows the folder
            continue
        meta = {str(k).lower(): v for k, v in table.get(name, {}).items()}
        meta.update({str(k).lower(): v for k, v in result.front_matter.items()})
        report = Report(name, dossier_of(meta), report_date(meta, name), result.text)
        yield report, meta, result.warnings


def dossier_ids(dossiers: Iterable[str]) -> np.ndarray:
    """A fixed 64-bit id per dossier name (the same on every worker)."""
    values = np.array(list(dossiers), dtype=object)
    return pd.util.hash_array(values).view(np.int64) if len(values) else np.zeros(0, np.int64)


def date_key(date: datetime.date | None) -> int:
    """Sort key of a report date: its ordinal, undated after every date."""
    return date.toordinal() if date is not None else UNDATED


def load_meta(spec: tuple, src: int) -> pd.DataFrame:
    """Name, date key and read warnings of each report of input partition `src` (no text); an
    empty file skipped is a row with only its warning and row SKIPPED_ROW."""
    rows, i = [], 0
    for r, _, w in read_each(spec):
        if r is None:
            rows.append(("", UNDATED, "\n".join(w), src, SKIPPED_ROW))
            continue
        rows.append((r.doc, date_key(r.date), "\n".join(w), src, i))
        i += 1
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


def source_folder(source: str | Path | Iterable[Any]) -> Path | None:
    """The folder the report names of `source` are relative to: the folder itself, or the
    folder of a file list; None for reports in memory."""
    if not isinstance(source, str | Path):
        return None
    path = Path(source)
    return path if path.is_dir() else path.parent


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
