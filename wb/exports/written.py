"""What every export returns: the written file as a `Path` that also says how much is in it.

``export_qdpx``, ``export_qdc``, ``export_codings``, ``export_decisions``, ``export_summary`` and
``write_dossier_report`` all return a :class:`Written`. It is a ``pathlib.Path`` (open it, read
it, compare it, hand it to pandas or openpyxl), with ``count`` and one Dutch line,
``summary()``: "Geschreven: werk/coderingen.xlsx (796 coderingen).". The CLI prints that line;
a notebook shows it when the call is the last line of a cell. ``str()`` and ``print()`` give the
path, as for every path.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Self

_ConcretePath = type(Path())  # PosixPath or WindowsPath: Python 3.11 cannot subclass Path itself


def written_line(path: str | Path, n: int, one: str, many: str, *, empty: str = "") -> str:
    """'Geschreven: PAD (3 coderingen).'; for none 'nog geen coderingen' and `empty` after it."""
    count = f"{n} {one if n == 1 else many}" if n else f"nog geen {many}{empty}"
    return f"Geschreven: {path} ({count})."


class Written(_ConcretePath):
    """A file an export wrote: a Path with `count` (how many `one`/`many` it holds) and
    `summary()`. Paths derived from it (``.parent``, ``/ "x"``) carry no count."""

    count: int | None = None
    one: str = ""
    many: str = ""
    empty: str = ""
    note: str = ""

    @classmethod
    def file(
        cls, path: str | Path, count: int, one: str, many: str, *, empty: str = "", note: str = ""
    ) -> Self:
        """The written `path` holding `count` items ('codering'/'coderingen'); `empty` follows
        'nog geen …' when there are none, `note` is a second line of the summary."""
        written = cls(path)
        written.count, written.one, written.many = count, one, many
        written.empty, written.note = empty, note
        return written

    @property
    def path(self) -> Path:
        """The plain path (as the report ``export_qdpx`` returned before had it)."""
        return _ConcretePath(self)

    def summary(self) -> str:
        """'Geschreven: PAD (3 coderingen).', and the note on a second line if there is one."""
        if self.count is None:
            return f"Geschreven: {self}."
        line = written_line(self, self.count, self.one, self.many, empty=self.empty)
        return f"{line}\n{self.note}" if self.note else line

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """In a notebook, the Dutch line instead of Written('…')."""
        printer.text(self.summary() if self.count is not None else repr(self))
