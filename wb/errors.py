"""Named exceptions with Dutch messages for users.

Every error a user can cause is a subclass of :class:`WbError`. The message is
Dutch (users read it), names the file (and line where there is one) and says
what to do. The CLI prints ``str(error)`` on one line and exits with code 2.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path


def one_line(text: str | Path, *, show_accents: bool = False) -> str:
    """Text with control characters (newlines, tabs, ...) escaped, so it stays on one line.

    With `show_accents`, combining accents are escaped too (``cafe\\u0301.txt``), so names that
    differ only in Unicode form look different.
    """
    out = []
    for ch in str(text):
        if ch.isprintable() and not (show_accents and unicodedata.combining(ch)):
            out.append(ch)
        else:
            out.append(repr(ch)[1:-1] if ch.isascii() else f"\\u{ord(ch):04x}")
    return "".join(out)


def quote_name(name: str | Path, *, show_accents: bool = False) -> str:
    """A file name in quotes for a message, on one line (see :func:`one_line`)."""
    return "'" + one_line(name, show_accents=show_accents) + "'"


def shown_path(path: str | Path) -> str:
    """A path as shown before a message: as is, or quoted when it holds control characters."""
    text = str(path)
    return text if text.isprintable() else quote_name(text)


class WbError(Exception):
    """Base class of all errors a user of wb can cause; `code` names the kind (e.g. WB101)."""

    exit_code = 2
    code = "WB000"

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        super().__init__(self._format())

    def _format(self) -> str:
        where = ""
        if self.path is not None:
            shown = shown_path(self.path)
            where = shown if self.line is None else f"{shown}, regel {self.line}"
            where += ": "
        return where + self.message


# -- input: files, folders, values a user gives ------------------------------------------------
class InputError(WbError):
    """A file, folder or value given by the user cannot be used."""

    code = "WB100"


class NotFoundError(InputError):
    """A file or folder does not exist, is not what was asked, or holds nothing usable."""

    code = "WB101"


class ReadError(InputError):
    """A document cannot be read (corrupt, empty, binary, too large, unknown type, encoding)."""

    code = "WB110"


class EmptyDocumentError(ReadError):
    """A document holds no text: 0 bytes, only whitespace (or front matter), or no text at all.

    Named on its own it is an error like any ReadError; in a folder the one folder reader
    (:mod:`wb.corpus.folder`) skips it with a :class:`SkippedFileWarning`. `why` says in a few
    Dutch words why it counts as empty (e.g. "0 bytes").
    """

    code = "WB113"

    def __init__(self, message: str, *, path: str | Path, why: str):
        self.why = why
        super().__init__(message, path=path)


class OcrUnavailable(ReadError):
    """A scanned PDF needs OCR, but tesseract (with Dutch) or the page renderer is missing."""

    code = "WB112"


class MetadataError(InputError):
    """metadata.csv or front matter is malformed."""

    code = "WB120"


class ProblemsError(InputError):
    """A data file (codebook, lexicon) has problems; all are listed with their line numbers."""

    code = "WB130"
    #: What the file is, as the subject of the Dutch message ("het codeboek").
    subject = "het bestand"

    def __init__(self, source: str, problems: list[tuple[int | None, str]]):
        self.problems = problems
        listed = "\n".join(
            f"  - regel {line}: {msg}" if line else f"  - {msg}" for line, msg in problems
        )
        n = len(problems)
        super().__init__(
            f"{self.subject} heeft {n} {'probleem' if n == 1 else 'problemen'}; "
            f"er is niets geladen:\n{listed}",
            path=source,
        )


class CodebookError(ProblemsError):
    """A codebook has one or more problems; all are listed with their line numbers."""

    code = "WB131"
    subject = "het codeboek"


class LexiconError(ProblemsError):
    """A label lexicon has one or more problems; all are listed with their line numbers."""

    code = "WB132"
    subject = "de labellijst"


class ImportFailed(InputError):
    """Some files of a folder could not be read; nothing was imported."""

    code = "WB111"

    def __init__(self, folder: str | Path, problems: list[tuple[str, str]]):
        self.problems = problems
        listed = "\n".join(f"  - {quote_name(name)}: {reason}" for name, reason in problems)
        n = len(problems)
        super().__init__(
            f"import gestopt, er is niets geïmporteerd: {n} "
            f"{'bestand kon' if n == 1 else 'bestanden konden'} niet worden gelezen:\n{listed}\n"
            "Herstel of verwijder deze bestanden, of importeer de rest met --skip-bad.",
            path=folder,
        )


class PatternTimeoutError(InputError):
    """A codebook pattern took too long on a document (catastrophic backtracking)."""

    code = "WB135"


class LanguageDataError(InputError):
    """A word list (wb's own under wb/lang/, or a user's keep/replace list) has a malformed line."""

    code = "WB136"


class UnknownItemError(InputError):
    """A document, code, coder, dossier, theme or finding named by the user is not there."""

    code = "WB140"


class InvalidChoiceError(InputError):
    """A setting or choice does not fit (unknown format, value out of range, empty name)."""

    code = "WB150"


class NothingToDoError(InputError):
    """There is nothing to work on yet (no documents, no codings, no codes, too little text)."""

    code = "WB160"


class OutputError(InputError):
    """An output file or folder cannot be written where asked."""

    code = "WB170"


class RefiError(InputError):
    """A REFI-QDA file (.qdpx, .qdc) cannot be imported: not an archive, unsafe, or invalid."""

    code = "WB180"


class ConflictError(InputError):
    """Doing this would overwrite or mix up data (same name twice, other text at the same name)."""

    code = "WB190"


# -- the project file --------------------------------------------------------------------------
class ProjectError(WbError):
    """A project file cannot be opened or is not a wb project."""

    code = "WB200"


class NewerProjectError(ProjectError):
    """The project was written by a newer version of wb."""

    code = "WB201"


class SchemaError(ProjectError):
    """The project's schema bookkeeping is unreadable or names migrations this wb does not know."""

    code = "WB202"


class ReadOnlyProjectError(ProjectError):
    """The project file (or its folder) cannot be written; reading still works."""

    code = "WB203"


# -- language pipeline and models --------------------------------------------------------------
class PipelineError(WbError):
    """The Dutch language pipeline (or an optional backend) cannot be built."""

    code = "WB300"


class EmbeddingUnavailable(PipelineError):
    """An optional embedding backend is not installed."""

    code = "WB301"


class FrogNotInstalledError(PipelineError):
    """Frog was asked for as the Dutch pipeline but is not installed."""

    code = "WB302"


class PipelineNotInstalledError(PipelineError):
    """Neither nl_core_news_sm nor wb's own pipeline package wb_offline_nl is installed."""

    code = "WB304"


class VoiceModelError(PipelineError):
    """wb's own voice model (wb/dossiers/voice_weights.json) is missing or malformed."""

    code = "WB303"


class ClusterError(WbError):
    """A Dask cluster cannot be used (not installed, unreachable, wrong option)."""

    code = "WB400"


# -- warnings ----------------------------------------------------------------------------------
class SkippedFileWarning(UserWarning):
    """A file of a folder was skipped (it is empty); the Dutch message names it and says why."""

    def __init__(self, message: str, *, path: str | Path):
        self.path = str(path)
        super().__init__(message)
