"""Fit a readable table into a terminal of a given width, as :func:`format_table` prints it.

A table that is too wide first loses the columns whose value is the same in every row (a note
names them with that value, so nothing is lost), then its widest columns are cut with '…' until
the table fits; a note says how to see a cell in full. Only for what people read: the data the
table came from stays as it is.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

#: A column cut to fit keeps at least this many characters (or its header's length).
MIN_CELL = 8
GAP = 2  # spaces between columns in format_table


def table_width(table: pd.DataFrame) -> int:
    """The width of `table` as :func:`wb.exports.readable.format_table` prints it."""
    widths = _widths(table)
    return sum(widths.values()) + GAP * max(len(widths) - 1, 0)


def fit_table(
    table: pd.DataFrame,
    width: int,
    *,
    keep: Iterable[str] = (),
    full: str = "",
    uncut: Iterable[str] = (),
) -> tuple[pd.DataFrame, list[str]]:
    """`table` (cells as text) narrowed to `width` characters, and the Dutch notes on what
    changed: columns equal in every row left out (never those in `keep`), long cells cut with
    '…' (never those in `uncut`; `full` says where to read them whole, e.g. "wb show ID");
    notes wrap at `width`."""
    table = table.astype(str)
    notes: list[str] = []
    if table_width(table) <= width:
        return table, notes
    kept = set(keep)
    same = [
        c
        for c in table.columns
        if c not in kept and len(table) > 1 and table[c].nunique(dropna=False) == 1
    ]
    if same:
        shown = ", ".join(f"{c} {table[c].iloc[0] or '(leeg)'}" for c in same)
        end = "" if shown.endswith((".", "!", "?", "…")) else "."
        notes.append(f"In elke rij gelijk, daarom geen kolom: {shown}{end}")
        table = table.drop(columns=same)
    limits = _widths(table)
    whole = set(uncut)
    floor = {c: limits[c] if c in whole else max(len(str(c)), MIN_CELL) for c in table.columns}
    excess = table_width(table) - width
    while excess > 0:
        widest = max(
            (c for c in limits if limits[c] > floor[c]), key=lambda c: limits[c], default=None
        )
        if widest is None:
            break
        limits[widest] -= 1
        excess -= 1
    cut = [c for c in table.columns if limits[c] < _widths(table)[c]]
    for c in cut:
        table[c] = [_cut(v, limits[c]) for v in table[c]]
    if cut:
        where = f"; volledig: {full}" if full else ""
        notes.append(f"Ingekort met '…': {', '.join(map(str, cut))}{where}.")
    return table, [line for note in notes for line in textwrap.wrap(note, width)]


def _cut(text: str, width: int) -> str:
    """`text` on one line, at most `width` characters: cut with '…', inside a word if need be
    (a narrow column keeps more that way than cut on a word boundary)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip(" ,;:") + "…"


def _widths(table: pd.DataFrame) -> dict[str, int]:
    return {
        c: max(len(str(c)), *(len(str(v)) for v in table[c])) if len(table) else len(str(c))
        for c in table.columns
    }
