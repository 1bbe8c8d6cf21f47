"""Import 2,000 generated Dutch text files of about 10 KB into a new project; print the time.

Target (issue 3): at most 20 s. Usage: python bench/bench_import.py [N_FILES] [KB_PER_FILE]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from wb.corpus.importer import import_folder
from wb.store import open_project

SENTENCES = [
    "De kinderen hoorden pas later dat het contact met hun vader was verloren.",
    "Moeder geeft aan dat zij zich niet gehoord voelt door de jeugdbeschermer.",
    "Het wijkteam en de school stemden de gesprekken onderling af.",
    "Volgens de Raad voor de Kinderbescherming is er sprake van een loyaliteitsconflict.",
    "De ouders werkten in het begin goed samen, maar de omgangsregeling liep vast.",
    "Ervaringsdeskundigen vertelden over de verantwoordelijkheden die kinderen meedragen.",
    "Grootouders werden niet betrokken bij het plan van aanpak.",
    "In het verslag staat dat vader niet meewerkt, maar dat is nooit met hem besproken.",
]


def make_corpus(folder: Path, n_files: int, kb: int, seed: int = 7) -> None:
    """Write `n_files` text files of about `kb` kilobytes each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_files):
        parts, size = [], 0
        while size < kb * 1024:
            paragraph = " ".join(rng.choice(SENTENCES) for _ in range(5)) + f" ({i})"
            parts.append(paragraph)
            size += len(paragraph) + 2
        (folder / f"doc_{i:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def main() -> None:
    """Generate, import, and print the figures."""
    n_files = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    kb = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        make_corpus(folder, n_files, kb)
        with open_project(Path(tmp) / "bench.wbproj") as project:
            t0 = time.perf_counter()
            report = import_folder(project, folder)
            first = time.perf_counter() - t0
            t0 = time.perf_counter()
            again = import_folder(project, folder)
            second = time.perf_counter() - t0
        size = (Path(tmp) / "bench.wbproj").stat().st_size / 1e6
    print(f"import of {len(report.added)} files of ~{kb} KB: {first:.2f} s")
    print(f"re-import (all unchanged: {len(again.unchanged)}): {second:.2f} s")
    print(f"project file: {size:.1f} MB")


if __name__ == "__main__":
    main()
