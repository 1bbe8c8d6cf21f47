"""What a long command shows on stderr while it works: a Dutch line per silent step, a bar per item.

Only when asked (the CLI asks when stderr is a terminal); notebooks and ``--json`` runs stay quiet.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from typing import Any


def step(message: str, shown: bool) -> None:
    """Say on stderr which step starts (one Dutch line ending in '…'), when `shown`."""
    if shown:
        print(message, file=sys.stderr, flush=True)


# tqdm's own format shows "?document/s" and "<?" until the first item is done; this bar shows
# the count, its total and the time, and the time left once it is known (themes18)
_WITH_TOTAL = "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}{left}]"
_WITHOUT_TOTAL = "{desc}: {n_fmt} [{elapsed}]"


def bar(total: int | None, desc: str, unit: str, **options: Any) -> Any:
    """A tqdm bar on stderr (gone when done) over `total` items, with no "?" before the first."""
    options.setdefault("leave", False)
    shape = _WITH_TOTAL if total else _WITHOUT_TOTAL
    return _bar_class()(total=total, desc=desc, unit=unit, bar_format=shape, **options)


@functools.cache
def _bar_class() -> type:
    """tqdm's bar (the notebook one in a notebook) whose format knows the time left, "{left}"."""
    from tqdm.auto import tqdm

    class Bar(tqdm):  # type: ignore[misc, valid-type]
        @property
        def format_dict(self) -> dict[str, Any]:
            d = super().format_dict
            n, total, elapsed = d["n"], d["total"], d["elapsed"]
            known = n and total and elapsed and n < total
            d["left"] = f"<{tqdm.format_interval((total - n) * elapsed / n)}" if known else ""
            return d

    return Bar


def per_item(items: Iterable[Any], desc: str, unit: str, shown: bool) -> Iterable[Any]:
    """`items`, with a bar on stderr (gone when done) when `shown`; its total is their number
    when they have one."""
    if not shown:
        return items
    total = len(items) if hasattr(items, "__len__") else None  # type: ignore[arg-type]
    return bar(total, desc, unit, iterable=items)


def reports(n: int) -> str:
    """'1 rapport' or 'n rapporten', for a step line."""
    return f"{n} {'rapport' if n == 1 else 'rapporten'}"
