"""How does "Document klaar" scale with the number of documents in a project?

Usage: python bench/bench_learning_note.py [--sizes 50,200,500]

For each size N, a project of N synthetic documents: the bundled stories (``corpora/verhalen``)
repeated, each copy with one sentence of its own at the end (so the import keeps every copy and
the gold offsets of ``corpora/coding_gold.jsonl`` stay right). Coder "Anna" opens a session with
the learning network's codebook, codes the first two documents as the gold says and marks each
done ("Document klaar"). Printed per N, in seconds: opening the session, the relearn after the
second document is marked done (``mark_done``), the learning note (``learning_note``), and the
first suggestions of the next open document (``next_open`` + ``suggestions``), as CPU time of
this process (``time.process_time``: on a shared machine the wall clock mostly measures the
others) and wall time, with the note itself, the peak of Python's memory during those three
steps (tracemalloc) and the process's peak resident size (``resource``). No timed test.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

from wb import (
    CodingSession,
    corpora_dir,
    find_repo_dir,
    import_folder,
    load_codebook,
    load_gold,
    open_project,
)

NAMES = ["Anouk", "Bas", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ilse", "Joost"]


class Clock:
    """CPU and wall seconds since the last lap."""

    def __init__(self) -> None:
        self.cpu, self.wall = time.process_time(), time.perf_counter()

    def lap(self) -> str:
        """'CPU s (wall s)' since the last lap, and start a new one."""
        cpu, wall = time.process_time(), time.perf_counter()
        out = f"{cpu - self.cpu:.2f} ({wall - self.wall:.1f})"
        self.cpu, self.wall = cpu, wall
        return out


def build_folder(folder: Path, n: int) -> None:
    """Write `n` copies of the bundled stories into `folder`, each with its own last sentence."""
    stories = sorted((corpora_dir() / "verhalen").glob("*.md"))
    folder.mkdir(parents=True)
    for k in range(n):
        source = stories[k % len(stories)]
        extra = f"\n\nAanvulling {k}: {NAMES[k % len(NAMES)]} las dit verhaal in ronde {k}.\n"
        text = source.read_text(encoding="utf-8").rstrip("\n") + extra
        (folder / f"v{k:04d}_{source.name}").write_text(text, encoding="utf-8")


def measure(n: int) -> dict[str, object]:
    """Build a project of `n` documents, mark two done, time the steps after the second."""
    book = load_codebook(find_repo_dir("codebooks") / "leernetwerk.yaml")
    gold = load_gold(corpora_dir() / "coding_gold.jsonl")
    work = Path(tempfile.mkdtemp(prefix="wb-note-"))
    build_folder(work / "verhalen", n)
    project = open_project(work / "p.wbproj")
    import_folder(project, work / "verhalen")
    clock = Clock()
    session = CodingSession(project, book, coder="Anna", corpus="verhalen")
    opened = clock.lap()
    for number in (0, 1):
        document = session.open(number)
        original = "verhalen/" + document.path.split("_", 1)[1]
        for sentence in gold[original]:
            for code in sorted(sentence.codes):
                session.code(sentence.start, sentence.end, code)
        if number == 0:
            session.mark_done()
    tracemalloc.start()
    clock = Clock()
    session.mark_done()
    relearn = clock.lap()
    note = session.learning_note()
    noted = clock.lap()
    session.next_open()
    first = len(session.suggestions())
    nexted = clock.lap()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    project.close()
    return {
        "n": len(session.documents),
        "open": opened,
        "relearn": relearn,
        "note": noted,
        "next": nexted,
        "suggestions": first,
        "peak_mb": peak / 2**20,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "text": note,
    }


def main() -> None:
    """Measure each size and print one line per size, then the notes."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,200,500")
    args = parser.parse_args()
    rows = [measure(int(n)) for n in args.sizes.split(",")]
    print(
        "N | sessie openen | relearn | notitie | volgende document | suggesties | "
        "piek tracemalloc MB | max RSS MB   (CPU s (wand s))"
    )
    for r in rows:
        print(
            f"{r['n']} | {r['open']} | {r['relearn']} | {r['note']} | "
            f"{r['next']} | {r['suggestions']} | {r['peak_mb']:.0f} | {r['rss_mb']:.0f}"
        )
    for r in rows:
        print(f"{r['n']}: {r['text']}")


if __name__ == "__main__":
    main()
