"""Generated report PDFs (header with case number, "Pagina N van M", hyphenation, page breaks):
words recovered in order from the text layer and from scanned copies by OCR; prints figures.

Goals (issue 12 §5): text layer at least 98% of the body's words in order, no header/footer
lines, no broken hyphenations; scanned copy at least 95%.
Usage: python bench/bench_pdf.py [--no-ocr]
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from report_pdf import (
    CASE_NUMBER,
    HEADER,
    body_text,
    make_report_pdf,
    make_scanned_copy,
    word_recall,
    words,
)

from wb.corpus.readers import read_document

LAYOUTS = [(100, 12), (120, 11), (140, 10), (90, 11)]  # (text width mm, font size pt)
SCANS = [  # (dpi of the scan, rotation in degrees, blur radius in pixels, noise sd in grey levels)
    (300, 0.6, 0.7, 18),
    (200, 0.6, 0.7, 18),
    (200, 1.5, 1.0, 30),
    (150, 2.0, 1.2, 40),
]


def _raw_pypdf(path: Path) -> str:
    """The text as wb read PDFs before the cleanup: pypdf's page texts joined by blank lines."""
    from pypdf import PdfReader

    return "\n\n".join((p.extract_text() or "").strip() for p in PdfReader(path).pages)


def _furniture(text: str) -> int:
    return sum(text.count(s) for s in (HEADER, CASE_NUMBER)) + len(re.findall(r"Pagina \d", text))


def _broken(text: str, pairs: list[tuple[str, str]]) -> int:
    """Hyphenated line ends that did not come out as the whole word (counted per occurrence)."""
    want, have = Counter(words(body_text())), Counter(words(text))
    split = {
        (left if left == "ex-" else left[:-1]) + re.match(r"\w+", right).group()
        for left, right in pairs
    }
    return sum(max(0, want[w] - have[w]) for w in split)


def main() -> None:
    """Print one line per layout (text layer) and per scan (OCR)."""
    ocr = "--no-ocr" not in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        print("text layer: layout | pages | words in order (before -> after) | furniture lines")
        print("  (before -> after) | hyphenations split (of n) | read time")
        for width, size in LAYOUTS:
            path = tmp / f"report_{width}_{size}.pdf"
            stats = make_report_pdf(path, width_mm=width, font_size=size)
            raw = _raw_pypdf(path)
            started = time.perf_counter()
            text = read_document(path).text
            seconds = time.perf_counter() - started
            print(
                f"  {width} mm, {size} pt | {stats.pages} | "
                f"{word_recall(body_text(), raw):.2%} -> {word_recall(body_text(), text):.2%} | "
                f"{_furniture(raw)} -> {_furniture(text)} | "
                f"{_broken(raw, stats.hyphenated)} -> {_broken(text, stats.hyphenated)} "
                f"(of {len(stats.hyphenated)}) | {seconds:.2f} s"
            )
        if not ocr:
            return
        print("scanned copy (100 mm, 12 pt): scan | words in order | confidence |")
        print("  furniture lines | OCR time per page")
        source = tmp / "report.pdf"
        stats = make_report_pdf(source)
        for dpi, angle, blur, noise in SCANS:
            scan = tmp / f"scan_{dpi}_{angle}.pdf"
            make_scanned_copy(source, scan, dpi=dpi, angle=angle, blur=blur, noise=noise)
            started = time.perf_counter()
            result = read_document(scan)
            seconds = time.perf_counter() - started
            recall = word_recall(body_text(), result.text)
            print(
                f"  {dpi} dpi, {angle} deg, blur {blur}, noise {noise} | {recall:.2%} | "
                f"{result.ocr_confidence:.1f} | {_furniture(result.text)} | "
                f"{seconds / stats.pages:.1f} s"
            )
            for line in result.text.split("\n\n"):
                if _furniture(line):
                    print(f"    furniture left: {line[:100]!r}")


if __name__ == "__main__":
    main()
