"""What a long command shows on stderr while it works: a Dutch line per silent step, a bar per item.

Only when asked (the CLI asks when stderr is a terminal); notebooks and ``--json`` runs stay quiet.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any


def step(message: str, shown: bool) -> None:
    """Say on stderr which step starts (one Dutch line ending in '…'), when `shown`."""
    if shown:
        print(message, file=sys.stderr, flush=True)


def per_item(items: Iterable[Any], desc: str, unit: str, shown: bool) -> Iterable[Any]:
    """`items`, with a bar on stderr (gone when done) when `shown`."""
    if not shown:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, unit=unit, leave=False)


def reports(n: int) -> str:
    """'1 rapport' or 'n rapporten', for a step line."""
    return f"{n} {'rapport' if n == 1 else 'rapporten'}"
