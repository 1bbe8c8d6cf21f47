"""Offline OCR of PDF pages in Dutch: pages rendered with pypdfium2, read by tesseract.

tesseract runs as a program (Debian: ``apt-get install tesseract-ocr tesseract-ocr-nld``); its
TSV output gives the words by line with a confidence (0-100) per word. Nothing is downloaded.
A page read with low confidence (a noisy scan) is read again after a light blur, as one block
of text (``--psm 6``); the reading with the larger sum of word confidences is kept.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from wb.errors import OcrUnavailable, ReadError

LANGUAGE = "nld"
DPI = 300
TIMEOUT_SECONDS = 300
RETRY_BELOW = 80.0  # a page read with less mean confidence is read again, denoised
INSTALL_HINT = (
    "Installeer tesseract met Nederlandse taaldata (Debian/Ubuntu: "
    "sudo apt-get install tesseract-ocr tesseract-ocr-nld; macOS: brew install tesseract "
    "tesseract-lang) en importeer opnieuw."
)


@dataclass(frozen=True)
class OcrPage:
    """The text of one page read by OCR: lines, mean word confidence (0-100) and word count."""

    text: str
    confidence: float | None
    words: int


def parse_tsv(tsv: str) -> OcrPage:
    """A page from tesseract's TSV output: one line of text per OCR line, in reading order."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    rows = tsv.splitlines()
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        word = cols[11].strip()
        if not word:
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))  # block, paragraph, line
        lines.setdefault(key, []).append(word)
        conf = float(cols[10])
        if conf >= 0:
            confidences.append(conf)
    text = "\n".join(" ".join(words) for words in lines.values())
    mean = sum(confidences) / len(confidences) if confidences else None
    return OcrPage(text, mean, len(confidences))


def mean_confidence(pages: Iterable[OcrPage]) -> float | None:
    """Word-weighted mean confidence of pages (None when no page has words)."""
    pages = [p for p in pages if p.words and p.confidence is not None]
    total = sum(p.words for p in pages)
    if not total:
        return None
    return sum(p.confidence * p.words for p in pages) / total


@lru_cache(maxsize=4)
def _languages(program: str) -> frozenset[str]:
    try:
        done = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def find_tesseract(path: Path | None = None) -> str:
    """The tesseract program with Dutch; raises OcrUnavailable with install instructions."""
    program = shutil.which(os.environ.get("WB_TESSERACT", "tesseract"))
    if program is None:
        raise OcrUnavailable(
            "is een scan zonder tekstlaag en OCR is niet beschikbaar: het programma tesseract "
            f"ontbreekt. {INSTALL_HINT}",
            path=path,
        )
    if LANGUAGE not in _languages(program):
        raise OcrUnavailable(
            "is een scan zonder tekstlaag en tesseract mist de Nederlandse taaldata (nld). "
            "Installeer die (Debian/Ubuntu: sudo apt-get install tesseract-ocr-nld) en "
            "importeer opnieuw.",
            path=path,
        )
    return program


def ocr_pdf_pages(path: Path, pages: list[int], *, dpi: int = DPI) -> dict[int, OcrPage]:
    """OCR the given pages (0-based) of the PDF at `path`; page number -> OcrPage."""
    program = find_tesseract(path)
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise OcrUnavailable(
            "is een scan zonder tekstlaag; voor OCR ontbreekt het pakket pypdfium2. "
            "Installeer wb opnieuw (pip install pypdfium2) en importeer opnieuw.",
            path=path,
        ) from None
    result: dict[int, OcrPage] = {}
    doc = pdfium.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory(prefix="wb-ocr-") as tmp:
            image = Path(tmp) / "page.png"
            for number in pages:
                bitmap = doc[number].render(scale=dpi / 72, grayscale=True)
                result[number] = _read_page(program, bitmap.to_pil(), image, dpi, path)
    finally:
        doc.close()
    return result


def _read_page(program: str, picture: Any, image: Path, dpi: int, path: Path) -> OcrPage:
    """OCR one rendered page; a noisy page is read again, denoised, as one block of text."""
    from PIL import ImageFilter

    picture.save(image)
    page = parse_tsv(_tesseract(program, image, dpi, path))
    if page.confidence is not None and page.confidence >= RETRY_BELOW:
        return page
    picture.filter(ImageFilter.GaussianBlur(1)).save(image)
    again = parse_tsv(_tesseract(program, image, dpi, path, "6"))
    return max((page, again), key=lambda p: (p.confidence or 0.0) * p.words)


def _tesseract(program: str, image: Path, dpi: int, path: Path, psm: str = "3") -> str:
    try:
        done = subprocess.run(
            [program, str(image), "stdout", "-l", LANGUAGE, "--dpi", str(dpi), "--psm", psm, "tsv"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
            env={
                **os.environ,
                "OMP_THREAD_LIMIT": "1",
            },  # threads are much slower on a busy machine
        )
    except subprocess.TimeoutExpired:
        raise ReadError(
            f"OCR van een pagina duurde langer dan {TIMEOUT_SECONDS} seconden en is gestopt. "
            "Splits de PDF of maak de scan kleiner en importeer opnieuw.",
            path=path,
        ) from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()[-1:] or ["onbekende fout"]
        raise ReadError(
            f"OCR met tesseract is mislukt ({detail[0]}). Controleer de scan en importeer opnieuw.",
            path=path,
        )
    return done.stdout
