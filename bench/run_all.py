"""Run every benchmark script in this folder and print their figures (`make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    ("venv_size.py", []),
    ("bench_import.py", []),
    ("lemma_speed.py", []),
    ("bench_suggest.py", []),
    ("bench_pdf.py", []),
    ("bench_hostile.py", []),
    ("bench_pseudonymise.py", ["--no-deduce"]),
    ("bench_names.py", []),
]


def main() -> None:
    """Run each script in turn; UD-based evaluations need data, see README.md."""
    for name, args in SCRIPTS:
        if not (HERE / name).exists():
            continue
        print(f"== {name}", flush=True)
        subprocess.run([sys.executable, str(HERE / name), *args], check=False)


if __name__ == "__main__":
    main()
