"""Print the size of .venv and its largest packages, and whether torch is present."""

from __future__ import annotations

import sys
from pathlib import Path


def tree_size(path: Path) -> int:
    """Total bytes of all files under `path` (symlinks not followed)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    """Measure and print."""
    venv = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(".venv")
    site = next(venv.glob("lib/python*/site-packages"))
    total = tree_size(venv)
    print(f"{venv}: {total / 1e9:.2f} GB ({total / 2**30:.2f} GiB)")
    sizes = sorted(((tree_size(p), p.name) for p in site.iterdir() if p.is_dir()), reverse=True)
    for size, name in sizes[:10]:
        print(f"  {name:<30} {size / 1e6:7.0f} MB")
    torch = (site / "torch").exists()
    print(f"torch installed: {'yes' if torch else 'no'}")


if __name__ == "__main__":
    main()
