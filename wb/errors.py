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
    """Base class of all errors a user of wb can cause."""

    exit_code = 2

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


class InputError(WbError):
    """A file or folder given by the user cannot be used."""


class ReadError(InputError):
    """A document cannot be read (corrupt, empty, binary, too large, unknown type)."""


class MetadataError(InputError):
    """metadata.csv or front matter is malformed."""


class ProblemsError(InputError):
    """A data file (codebook, lexicon) has problems; all are listed with their line numbers."""

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


class PatternTimeoutError(InputError):
    """A codebook pattern took too long on a document (catastrophic backtracking)."""


class ProjectError(WbError):
    """A project file cannot be opened or is not a wb project."""


class NewerProjectError(ProjectError):
    """The project was written by a newer version of wb."""


class SchemaError(ProjectError):
    """The project's schema bookkeeping is unreadable or names migrations this wb does not know."""


class ReadOnlyProjectError(ProjectError):
    """The project file (or its folder) cannot be written; reading still works."""


class PipelineError(WbError):
    """The Dutch language pipeline cannot be built."""


class FrogNotInstalledError(PipelineError):
    """Frog was asked for as the Dutch pipeline but is not installed."""
