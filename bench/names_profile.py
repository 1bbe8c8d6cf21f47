"""Profile wb's pseudonymiser, warm, on the tune texts of the names check and the dossiers.

One warm-up pass (word lists, lexicon, dictionary load), then one pass under cProfile; prints
the top functions by cumulative and by own time and the tokens per CPU second of the profiled
pass (slower than unprofiled: compare profiles with profiles). Held-out and sealed rounds are
never read (see bench/names_identical.py).

Usage: python bench/names_profile.py [N_TOP] [--out FILE.prof] [--speed] [--ids IDS.txt]
       (--speed: no profiler, tokens per CPU second, best of three warm passes; --ids: only the
       texts listed, see bench/names_identical.py)
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time

from names_identical import DOSSIERS, frozen_ids, tune_texts

import wb
from wb.dossiers.pseudonymise import Pseudonymiser, pseudonymise_corpus


def run(texts: dict[str, str]) -> None:
    """One pass: every tune text alone, then the dossier corpus, with a fresh Pseudonymiser."""
    pseudo = Pseudonymiser()
    for text in texts.values():
        pseudo.dossier([text])
    pseudonymise_corpus(DOSSIERS, pseudonymiser=pseudo)


def main() -> None:
    """Warm up, profile one pass, print the top functions."""
    top = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 40
    texts = tune_texts(frozen_ids())
    tokens = sum(len(t.split()) for t in texts.values())
    tokens += sum(len(p.read_text(encoding="utf-8").split()) for p in DOSSIERS.glob("*.txt"))
    run(texts)
    if "--speed" in sys.argv:  # no profiler: best of three warm passes, CPU time
        cpu = float("inf")
        for _ in range(3):
            c0 = time.process_time()
            run(texts)
            cpu = min(cpu, time.process_time() - c0)
        print(f"{tokens} tokens, {cpu:.2f} s CPU ({tokens / cpu:,.0f} tokens/s CPU), {wb.__file__}")
        return
    profile = cProfile.Profile()
    c0 = time.process_time()
    profile.enable()
    run(texts)
    profile.disable()
    cpu = time.process_time() - c0
    print(f"{tokens} tokens, {cpu:.2f} s CPU under the profiler ({tokens / cpu:,.0f} tokens/s)")
    if "--out" in sys.argv:
        profile.dump_stats(sys.argv[sys.argv.index("--out") + 1])
    stats = pstats.Stats(profile)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
