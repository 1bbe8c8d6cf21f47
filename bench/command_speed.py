"""Whole-command timing: ``wb code`` and ``wb info`` against spaCy's bare tokenizer (issue 10).

Usage::

    python bench/command_speed.py [--copies 14] [--runs 3]

Copies the bundled corpus texts (``corpora/**/*.txt``) ``--copies`` times into a temporary
folder, then runs, alternately and after one warm-up round, each as a new process (process
start included): spaCy's bare tokenizer over the same files (``spacy.blank("nl")``, then
``nlp.tokenizer(text)`` per file), ``wb code FOLDER --codebook codebooks/leernetwerk.yaml
--json OUT`` and ``wb info``. Prints the median wall and CPU seconds (``getrusage`` of the
child) of each and the ratio ``wb code`` / bare tokenizer (issue 10: at most 4).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank("nl")
n = 0
for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
    n += len(nlp.tokenizer(p.read_text(encoding="utf-8")))
print(n)
"""


def run(cmd: list[str]) -> tuple[float, float, str]:
    """(wall s, CPU s, stdout) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, out


def main(argv: list[str] | None = None) -> int:
    """Time the three commands and print medians."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=14)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    texts = sorted(p for p in (ROOT / "corpora").rglob("*.txt") if "_build" not in p.parts)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        for k in range(args.copies):
            for p in texts:
                dest = folder / f"c{k:03d}" / p.relative_to(ROOT / "corpora")
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(p, dest)
        out = str(Path(tmp) / "out.json")
        commands = {
            "bare tokenizer": [py, "-c", BARE, str(folder)],
            "wb code": [
                py,
                "-m",
                "wb.cli",
                "code",
                str(folder),
                "--codebook",
                str(ROOT / "codebooks" / "leernetwerk.yaml"),
                "--json",
                out,
            ],
            "wb info": [py, "-m", "wb.cli", "info"],
        }
        tokens = run(commands["bare tokenizer"])[2].strip()
        print(f"{len(texts) * args.copies} files, {tokens} tokens (bare tokenizer)")
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in commands}
        for round_ in range(args.runs + 1):
            for name, cmd in commands.items():
                wall, cpu, _ = run(cmd)
                if round_:  # the first round warms caches
                    times[name].append((wall, cpu))
    med = {
        k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v))
        for k, v in times.items()
    }
    for name, (wall, cpu) in med.items():
        print(f"{name:15} wall {wall:6.2f} s  CPU {cpu:6.2f} s")
    bare, code = med["bare tokenizer"], med["wb code"]
    print(f"wb code / bare tokenizer: CPU {code[1] / bare[1]:.2f}, wall {code[0] / bare[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
