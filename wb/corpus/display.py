"""How documents, dates and numbers are shown to people: Dutch dates, decimal commas and
readable document titles."""

from __future__ import annotations

import datetime
import re
from pathlib import PurePosixPath
from typing import Any

from wb.lang import words

MONTH_NAMES = list(words("months.txt"))
_PREFIX = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|[A-Z]{0,3}\d+(?:-\d+)?)[_\- ]+")


def dutch_date(day: datetime.date | datetime.datetime | None, *, empty: str = "onbekend") -> str:
    """A date the Dutch way ('8 november 2021'; with a time '3 december 2026, 09:15')."""
    if day is None:
        return empty
    text = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if isinstance(day, datetime.datetime):
        text += f", {day:%H:%M}"
    return text


def dutch_number(value: float, decimals: int | None = None) -> str:
    """A number the Dutch way, with a decimal comma ('0,87', '100,00'); no thousands separator.

    With `decimals` None, as many decimals as the number has ('2,5', '3'). Only for what people
    read in the terminal or a notebook; JSON, CSV and REFI-QDA keep the decimal point.
    """
    text = f"{value}" if decimals is None else f"{value:.{decimals}f}"
    return text.replace(".", ",")


def dutch_float(value: float, decimals: int = 10) -> str:
    """A float for a table people read: decimal comma, no trailing zeros ('98,1', '0,291', '1')."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text.replace(".", ",")


def dutch_tables() -> None:
    """Show floats in pandas tables with a decimal comma from now on (CSV keeps the point).

    At most `display.precision` decimals (pandas' own option, 6 unless a notebook sets it).
    """
    import pandas as pd

    pd.set_option(
        "display.float_format", lambda v: dutch_float(v, pd.get_option("display.precision"))
    )


def document_title(path: str, metadata: dict[str, Any]) -> str:
    """A title for people: metadata title, else the document type, else the file name in words."""
    meta = {str(k).lower(): v for k, v in metadata.items()}
    for key in ("title", "titel"):
        if meta.get(key):
            return str(meta[key])
    if meta.get("type") or meta.get("soort"):
        kind = str(meta.get("type") or meta.get("soort"))
        return kind[:1].upper() + kind[1:]
    stem = _PREFIX.sub("", PurePosixPath(path).stem) or PurePosixPath(path).stem
    words = stem.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]
