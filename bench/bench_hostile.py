"""Hostile input ends fast: time and peak memory until wb refuses each case (issue 9 §3).

Each case runs in its own process and prints seconds and peak RSS. Targets: YAML cases under 1 s
and under 100 MB; a regex stops at the timeout; a .qdpx amplifier is refused before 500 MB.
Usage: python bench/bench_hostile.py [CASE ...]
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def alias_bomb(levels: int) -> str:
    """A 'billion laughs' YAML: each level refers nine times to the one before."""
    lines = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def codebook_alias_bomb() -> None:
    from wb.codebook import parse_codebook

    parse_codebook("name: x\n" + alias_bomb(9) + "codes:\n  - name: A\n    examples: *l9\n")


def lexicon_alias_bomb() -> None:
    from wb.dossiers.lexicon import parse_lexicon

    parse_lexicon(alias_bomb(9) + "labels:\n  - label: dader\n    variants: *l9\n")


def nesting_300() -> None:
    from wb.codebook import parse_codebook

    parse_codebook("name: x\ncodes:\n  - name: A\n    examples: " + "[" * 300 + "]" * 300 + "\n")


def nesting_1m() -> None:
    from wb.codebook import parse_codebook

    n = 1_000_000
    parse_codebook("name: x\ncodes:\n  - name: A\n    examples: " + "[" * n + "]" * n + "\n")


def nested_quantifier() -> None:
    from wb.codebook import parse_codebook

    parse_codebook('name: x\ncodes:\n  - name: A\n    patterns:\n      - {regex: "(a+)+$"}\n')


def overlapping_alternation() -> None:
    import spacy

    from wb.codebook import parse_codebook
    from wb.coding.suggest import Suggester

    book = parse_codebook(
        'name: x\ncodes:\n  - name: A\n    patterns:\n      - {regex: "(a|a)+$"}\n'
    )
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    Suggester(book, nlp=nlp).fit().suggest_doc("a.txt", nlp("a" * 40 + "!"))


def qdpx_amplifier() -> None:
    from wb.exports.refi_import import import_qdpx
    from wb.store import open_project

    rng = random.Random(1)
    words = "moeder vader kind zegt niet meer ziet school jeugdzorg rapport gesprek".split()
    text = " ".join(rng.choice(words) for _ in range(7_000_000)).encode()[: 40 * 1024 * 1024]
    sources = "".join(
        f'<TextSource guid="a0000000-0000-4000-8000-0000000000{i:02d}" name="bron {i}" '
        'plainTextPath="internal://groot.txt"/>'
        for i in range(16)
    )
    qde = (
        '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" '
        f'name="p"><Sources>{sources}</Sources></Project>'
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "versterker.qdpx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("project.qde", qde)
            zf.writestr("sources/groot.txt", text)
        print(f"  archive {path.stat().st_size / 2**20:.1f} MB, 16 sources x 40 MB", flush=True)
        start = time.perf_counter()
        with open_project(Path(tmp) / "p.wbproj") as project:
            try:
                import_qdpx(project, path)
            finally:
                print(f"  import itself: {time.perf_counter() - start:.2f} s", flush=True)


CASES = {
    f.__name__: f
    for f in (
        codebook_alias_bomb,
        lexicon_alias_bomb,
        nesting_300,
        nesting_1m,
        nested_quantifier,
        overlapping_alternation,
        qdpx_amplifier,
    )
}


def run(name: str) -> None:
    """Run one case in this process and print how it ended, its time and peak memory."""
    from wb.errors import WbError

    start, cpu = time.perf_counter(), time.process_time()
    try:
        CASES[name]()
        outcome = "NOT REFUSED"
    except WbError as exc:
        outcome = f"{type(exc).__name__}: {str(exc).splitlines()[-1][:90]}"
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{name}: {seconds:.2f} s ({cpu:.2f} s CPU), peak {peak:.0f} MB, {outcome}", flush=True)


def main() -> None:
    """Run each case (or those named) in a fresh process."""
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        run(sys.argv[2])
        return
    for name in sys.argv[1:] or CASES:
        subprocess.run([sys.executable, __file__, "--one", name], check=False)


if __name__ == "__main__":
    main()
