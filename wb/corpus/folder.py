"""The one folder reader: every command that reads a folder of documents reads it here.

`wb import`, `wb code`, `wb themes`, `wb labels`, `wb reuse` and `wb pseudonymise` on a folder
(and the Python functions behind them: :func:`wb.corpus.importer.import_folder`, the dossier
reader :func:`wb.corpus.dossiers.read_folder`, :func:`wb.themes.segments.read_folder_texts`,
:func:`wb.coding.apply.suggest_folder`) read its documents with :func:`read_folder_documents`,
so they all treat a folder alike:

* the documents are those of :func:`wb.corpus.importer.scan_folder` (supported types, no hidden
  files, READMEs or licences), read by :func:`wb.corpus.readers.read_document`, sorted by path;
* an empty document (0 bytes, only whitespace or front matter, a .docx/.odt/.pdf without text)
  is skipped: one :class:`wb.errors.SkippedFileWarning` per file ("overgeslagen:
  docs/leeg.txt is leeg (0 bytes)."), the rest is read. When every document is empty, or there
  is none, that is an error naming the folder (:class:`wb.errors.NotFoundError`);
* any other document that cannot be read (binary, an unknown encoding, damaged, too large)
  stops the reading with the ReadError naming the file, as a user must fix it; only
  `wb import` collects them (``keep_going``) to list them all or skip them with --skip-bad;
* two files whose names differ only in Unicode form (NFC/NFD) are refused: one would replace
  the other.

A document named on its own (not in a folder) is read by ``read_document`` directly: an empty
one stays an error there.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wb.corpus.readers import DEFAULT_MAX_BYTES, ReadResult, read_document
from wb.errors import (
    ConflictError,
    EmptyDocumentError,
    NotFoundError,
    SkippedFileWarning,
    WbError,
    quote_name,
    shown_path,
)


@dataclass(frozen=True)
class FolderDocument:
    """One document read from a folder: its name (NFC, '/'-separated, relative to the folder),
    its path on disk and what the reader read."""

    name: str
    path: Path
    read: ReadResult


@dataclass
class FolderDocuments:
    """The documents of a folder that hold text, the empty ones skipped and (only with
    ``keep_going``) the ones that could not be read, each as (name, Dutch reason)."""

    documents: list[FolderDocument] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def skipped_message(path: str | Path, why: str) -> str:
    """The Dutch warning for an empty file of a folder that is skipped."""
    return f"{SKIPPED}{shown_path(path)} is leeg ({why})."


SKIPPED = "overgeslagen: "  # how the warning for a skipped empty file starts


_SKIPPED_NOTE = re.compile(rf"{SKIPPED}(?P<name>.+) is leeg \((?P<why>[^()]*)\)\.")


def warn_notes(
    notes: Iterable[str], *, folder: str | Path | None = None, stacklevel: int = 2
) -> None:
    """Raise each Dutch note of reading a folder as a warning: a skipped empty file (worded by
    :func:`skipped_message`, e.g. on a Dask worker with its name relative to `folder`) as
    SkippedFileWarning naming the path under `folder`, any other note as UserWarning."""
    for note in notes:
        match = _SKIPPED_NOTE.fullmatch(note)
        if match is None:
            warnings.warn(note, UserWarning, stacklevel=stacklevel + 1)
            continue
        path = Path(match["name"])
        if folder is not None and not path.is_absolute():
            path = Path(folder) / path
        message = skipped_message(path, match["why"])
        warnings.warn(SkippedFileWarning(message, path=path), stacklevel=stacklevel + 1)


def skipped_note(n: int) -> str:
    """The sentence a command's summary ends with when `n` empty files were skipped ('' if 0)."""
    if n == 0:
        return ""
    return f" {n} {'leeg bestand' if n == 1 else 'lege bestanden'} overgeslagen."


def same_name(first: str, second: str) -> str:
    """Why `second` is refused: its name equals `first` in another Unicode form (NFC/NFD)."""
    return (
        f"heet hetzelfde als {quote_name(first, show_accents=True)}, alleen in een andere "
        f"Unicode-vorm ({quote_name(second, show_accents=True)}: letters met losse accenttekens "
        "of juist niet); wb zou het ene document over het andere schrijven. Hernoem een van "
        "beide en importeer opnieuw."
    )


def read_folder_documents(
    folder: str | Path,
    *,
    noun: str = "documenten",
    purpose: str = "om te lezen",
    required: bool = True,
    keep_going: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> FolderDocuments:
    """Read every document of `folder`, skipping empty ones with a Dutch warning each.

    Raises NotFoundError naming the folder when it holds no document with text (none at all,
    or all empty), unless not `required`. `noun` and `purpose` word that error ("bevat geen
    rapporten om te lezen"). With `keep_going`, documents that cannot be read are collected
    in ``problems`` instead of raised. `folder` must be a folder (callers say what else it is).
    """
    from wb.corpus.importer import no_documents, scan_folder
    from wb.progress import per_item

    folder = Path(folder)
    files = scan_folder(folder)
    if not files and required:
        raise NotFoundError(no_documents(folder, noun, purpose), path=folder)
    out = FolderDocuments()
    empty: list[tuple[Path, EmptyDocumentError]] = []
    seen: dict[str, str] = {}  # NFC name -> name as on disk
    for path in per_item(files, "Bestanden lezen", "bestand", progress):
        raw = path.relative_to(folder).as_posix()
        name = unicodedata.normalize("NFC", raw)
        if name in seen:
            if not keep_going:
                raise ConflictError(same_name(seen[name], raw), path=path)
            out.problems.append((raw, same_name(seen[name], raw)))
            continue
        seen[name] = raw
        try:
            read = read_document(path, max_bytes=max_bytes)
        except EmptyDocumentError as exc:
            empty.append((path, exc))
            out.skipped.append((name, f"is leeg ({exc.why})"))
            continue
        except WbError as exc:  # unreadable, or front matter that is not valid YAML
            if not keep_going:
                raise
            where = "" if exc.line is None else f"regel {exc.line}: "
            out.problems.append((name, where + exc.message))
            continue
        out.documents.append(FolderDocument(name, path, read))
    if empty and not out.documents and not out.problems and required:
        raise NotFoundError(_all_empty(noun, purpose, out.skipped), path=folder)
    for path, exc in empty:
        warnings.warn(SkippedFileWarning(skipped_message(path, exc.why), path=path), stacklevel=2)
    return out


def _all_empty(noun: str, purpose: str, skipped: list[tuple[str, str]]) -> str:
    n = len(skipped)
    which = "het enige bestand is leeg" if n == 1 else f"alle {n} bestanden zijn leeg"
    listed = "".join(f"\n  - {quote_name(name)}: {why}" for name, why in skipped)
    return (
        f"bevat geen {noun} met tekst {purpose}: {which}.{listed}\n"
        f"Zet tekst in de bestanden, of geef de map waar de {noun} staan."
    )
