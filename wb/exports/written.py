"""The one line every export ends with: which file, and how much is in it (Dutch)."""

from __future__ import annotations

from pathlib import Path


def written_line(path: str | Path, n: int, one: str, many: str, *, empty: str = "") -> str:
    """'Geschreven: PAD (3 coderingen).'; for none 'nog geen coderingen' and `empty` after it."""
    count = f"{n} {one if n == 1 else many}" if n else f"nog geen {many}{empty}"
    return f"Geschreven: {path} ({count})."
