"""OCR of scanned PDFs with tesseract: TSV parsing, missing tesseract, a scanned report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF
from report_pdf import HEADER, body_text, make_report_pdf, make_scanned_copy, word_recall

from wb.cli import cli
from wb.corpus.importer import import_folder
from wb.corpus.ocr import OcrPage, find_tesseract, mean_confidence, parse_tsv
from wb.corpus.readers import read_document
from wb.errors import OcrUnavailable
from wb.store import open_project
from wb.store.documents import documents_table, get_document

INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-nld"

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n"
    "4\t1\t1\t1\t1\t0\t10\t10\t500\t30\t-1\t\n"
    "5\t1\t1\t1\t1\t1\t10\t10\t100\t30\t96.5\tDe\n"
    "5\t1\t1\t1\t1\t2\t120\t10\t100\t30\t90.5\tvader\n"
    "5\t1\t1\t1\t2\t1\t10\t50\t100\t30\t80\tzegt\n"
    "5\t1\t2\t1\t1\t1\t10\t90\t100\t30\t95\tdat.\n"
    "5\t1\t2\t1\t1\t2\t10\t90\t100\t30\t-1\t \n"
)


def _tesseract_with_dutch() -> str | None:
    """Why OCR tests cannot run here, or None when they can."""
    program = shutil.which("tesseract")
    if program is None:
        return f"tesseract ontbreekt ({INSTALL})"
    langs = subprocess.run([program, "--list-langs"], capture_output=True, text=True).stdout
    return None if "nld" in langs.split() else f"tesseract mist Nederlands ({INSTALL})"


needs_tesseract = pytest.mark.skipif(
    _tesseract_with_dutch() is not None, reason=_tesseract_with_dutch() or ""
)


def test_parse_tsv_lines_in_order_with_mean_confidence() -> None:
    page = parse_tsv(TSV)
    assert page == OcrPage("De vader\nzegt\ndat.", (96.5 + 90.5 + 80 + 95) / 4, 4)


def test_mean_confidence_weighs_pages_by_words() -> None:
    pages = [OcrPage("a", 90.0, 3), OcrPage("", None, 0), OcrPage("b", 50.0, 1)]
    assert mean_confidence(pages) == 80.0
    assert mean_confidence([OcrPage("", None, 0)]) is None


def _tsv(words: list[tuple[str, float]]) -> str:
    rows = [f"5\t1\t1\t1\t1\t{i}\t0\t0\t9\t9\t{conf}\t{w}" for i, (w, conf) in enumerate(words)]
    return "\n".join([TSV.splitlines()[0], *rows]) + "\n"


def test_a_noisy_page_is_read_again_denoised(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from PIL import Image

    from wb.corpus import ocr

    calls: list[str] = []
    readings = {
        "3": _tsv([("De", 60.0), ("vadr", 40.0)]),
        "6": _tsv([("De", 90.0), ("vader", 85.0), ("zegt", 88.0)]),
    }

    def fake(program: str, image: Path, dpi: int, path: Path, psm: str = "3") -> str:
        calls.append(psm)
        return readings[psm]

    monkeypatch.setattr(ocr, "_tesseract", fake)
    picture = Image.new("L", (20, 20), 255)
    page = ocr._read_page("tesseract", picture, tmp_path / "p.png", 300, tmp_path / "s.pdf")
    assert page.text == "De vader zegt" and calls == ["3", "6"]
    readings["3"] = _tsv([("Helder", 95.0)])
    calls.clear()
    page = ocr._read_page("tesseract", picture, tmp_path / "p.png", 300, tmp_path / "s.pdf")
    assert page.text == "Helder" and calls == ["3"]


def test_missing_tesseract_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WB_TESSERACT", "wb-tesseract-bestaat-niet")
    with pytest.raises(OcrUnavailable, match=INSTALL):
        find_tesseract(Path("scan.pdf"))


def _page_without_text(path: Path, text: str | None = None) -> Path:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if text is not None:
        pdf.add_page()
        pdf.cell(text=text)
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    pdf.output(str(path))
    return path


def test_cli_import_of_a_scan_without_tesseract_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WB_TESSERACT", "wb-tesseract-bestaat-niet")
    folder = tmp_path / "dossier"
    folder.mkdir()
    _page_without_text(folder / "scan.pdf")
    result = CliRunner().invoke(
        cli, ["import", str(folder), "--project", str(tmp_path / "p.wbproj")]
    )
    assert result.exit_code == 2
    assert "'scan.pdf': is een scan zonder tekstlaag en OCR is niet beschikbaar" in result.output
    assert INSTALL in result.output


def test_pages_without_text_are_reported_when_ocr_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WB_TESSERACT", "wb-tesseract-bestaat-niet")
    path = _page_without_text(tmp_path / "gemengd.pdf", "Eerste pagina met tekst.")
    result = read_document(path)
    assert result.text == "Eerste pagina met tekst." and result.source == "text"
    assert result.warnings == [
        f"{path}: pagina 2 zonder tekstlaag is niet gelezen, want OCR is niet beschikbaar. "
        "Installeer tesseract met Nederlandse taaldata (Debian/Ubuntu: "
        f"{INSTALL}; macOS: brew install tesseract tesseract-lang) en importeer opnieuw."
    ]


def test_text_only_projects_show_no_source_column(project, tmp_path: Path) -> None:
    folder = tmp_path / "notities"
    folder.mkdir()
    (folder / "a.txt").write_text("Een notitie.", encoding="utf-8")
    import_folder(project, folder)
    table = documents_table(project)
    assert "bron" not in table.columns and "ocr_zekerheid" not in table.columns


@pytest.fixture(scope="module")
def scanned_project(tmp_path_factory: pytest.TempPathFactory):
    """A project with the generated report's scanned copy imported (OCR runs once)."""
    if _tesseract_with_dutch() is not None:
        pytest.skip(_tesseract_with_dutch())
    tmp = tmp_path_factory.mktemp("scan")
    make_report_pdf(tmp / "origineel.pdf")
    folder = tmp / "dossier"
    folder.mkdir()
    make_scanned_copy(tmp / "origineel.pdf", folder / "raadsrapport-scan.pdf")
    (folder / "brief.txt").write_text("Een brief zonder scan.", encoding="utf-8")
    with open_project(tmp / "p.wbproj") as project:
        report = import_folder(project, folder)
        yield project, report


@pytest.mark.slow
@needs_tesseract
def test_scanned_report_is_read_by_ocr(scanned_project) -> None:
    project, report = scanned_project
    text = get_document(project, "raadsrapport-scan.pdf").text
    assert word_recall(body_text(), text) >= 0.95
    assert HEADER not in text and "Zaaknummer" not in text and "Pagina" not in text
    assert report.warnings[0].endswith(
        "raadsrapport-scan.pdf: pagina 1, 2, 3 zijn met OCR gelezen (gemiddelde zekerheid "
        f"{project.conn.execute('SELECT MAX(ocr_confidence) FROM documents').fetchone()[0]:.0f}%); "
        "controleer de tekst op leesfouten."
    )


@pytest.mark.slow
@needs_tesseract
def test_ocr_source_and_confidence_are_stored_and_listed(scanned_project) -> None:
    project, _ = scanned_project
    rows = project.conn.execute(
        "SELECT path, source, ocr_confidence FROM documents ORDER BY path"
    ).fetchall()
    assert [(p, s) for p, s, _ in rows] == [("brief.txt", "text"), ("raadsrapport-scan.pdf", "ocr")]
    assert rows[0][2] is None and 50 < rows[1][2] <= 100
    table = documents_table(project)
    assert list(table["bron"]) == ["tekst", "OCR"]
    assert table["ocr_zekerheid"].iloc[1] == round(rows[1][2])
