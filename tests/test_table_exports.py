"""Exports of codings as CSV and XLSX: round trips, Excel types, atomic writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.exports.tables import export_codings
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding, set_memo

BOOK = parse_codebook(
    "name: cb\ncodes:\n  - name: Kind\n    description: Het kind in beeld\n    color: '#1f77b4'\n"
    "    codes:\n      - name: Stem\n  - name: Ouder\n  - name: Wachten\n"
)
A_TEXT = "Het gesprek in het café was kort.\n\nDe kinderen hoorden het nieuws.\nZe waren bang."
B_TEXT = "# Verhaal\n\nNiemand vroeg naar mijn ideeën over de financiële kant."
HEADER = [
    "corpus",
    "document",
    "code",
    "codeboek",
    "codeur",
    "begin",
    "eind",
    "tekst",
    "memo",
    "herkomst",
    "regel",
    "status",
    "aangemaakt",
    "date",
    "organisation",
    "perspective",
]


def build(project, tmp_path: Path) -> None:
    """Two documents (metadata.csv and front matter), a codebook, three codings, a memo."""
    folder = tmp_path / "verhalen"
    folder.mkdir()
    (folder / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (folder / "b.md").write_text(
        "---\nperspective: jongere\ndate: 2023-05-12\n---\n" + B_TEXT, encoding="utf-8"
    )
    (folder / "metadata.csv").write_text(
        "file,date,perspective,organisation\na.txt,14 maart 2023,professional,Leernetwerk\n",
        encoding="utf-8",
    )
    import_folder(project, folder)
    save_codebook(project, BOOK)
    ids = code_ids(project, "cb")
    docs = dict(project.conn.execute("SELECT path, id FROM documents"))
    passage = "De kinderen hoorden het nieuws.\nZe waren bang."
    start = A_TEXT.index(passage)
    first = add_coding(project, docs["a.txt"], ids["Kind"], "Anna", start, start + len(passage))
    start = A_TEXT.index("het café")
    add_coding(project, docs["a.txt"], ids["Ouder"], "Bram", start, start + len("het café"))
    passage = "mijn ideeën over de financiële kant"
    start = B_TEXT.index(passage)
    add_coding(project, docs["b.md"], ids["Kind/Stem"], "Anna", start, start + len(passage))
    set_memo(
        project, "coding", first, 'Eén zin,\nover twee regels; met "aanhalingstekens".', "Anna"
    )


def test_csv_round_trip(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    out = export_codings(project, tmp_path / "coderingen.csv")
    assert out == tmp_path / "coderingen.csv"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert table.columns.tolist() == HEADER
    rows = table[["document", "code", "codeur", "begin", "eind", "tekst", "memo"]]
    assert [tuple(r) for r in rows.itertuples(index=False)] == [
        ("a.txt", "Ouder", "Bram", 15, 23, "het café", ""),
        (
            "a.txt",
            "Kind",
            "Anna",
            35,
            81,
            "De kinderen hoorden het nieuws.\nZe waren bang.",
            'Eén zin,\nover twee regels; met "aanhalingstekens".',
        ),
        ("b.md", "Kind/Stem", "Anna", 30, 65, "mijn ideeën over de financiële kant", ""),
    ]
    assert table["date"].tolist() == ["2023-03-14", "2023-03-14", "2023-05-12"]
    assert table["perspective"].tolist() == ["professional", "professional", "jongere"]
    assert table["organisation"].tolist() == ["Leernetwerk", "Leernetwerk", ""]
    assert table["herkomst"].tolist() == ["eigen codering"] * 3
    assert table["status"].tolist() == ["actief"] * 3
    created = dt.datetime.fromisoformat(table["aangemaakt"][0].replace("Z", "+00:00"))
    assert abs(dt.datetime.now(dt.UTC) - created) < dt.timedelta(minutes=5)


def test_csv_with_semicolons_and_explicit_format(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    out = export_codings(project, tmp_path / "coderingen.txt", format="CSV", sep=";")
    table = pd.read_csv(out, sep=";", encoding="utf-8-sig")
    assert len(table) == 3 and table.columns.tolist() == HEADER


def test_xlsx_sheets_header_types_and_widths(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    out = export_codings(project, tmp_path / "coderingen.xlsx")
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Coderingen", "Codes"]
    sheet = book["Coderingen"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADER
    assert len(rows) == 1 + 3
    assert all(cell.font.bold for cell in sheet[1])
    record = dict(zip(HEADER, rows[2], strict=True))
    assert record["tekst"] == "De kinderen hoorden het nieuws.\nZe waren bang."
    assert record["memo"].startswith("Eén zin,\n")
    assert record["date"] == dt.datetime(2023, 3, 14)
    assert isinstance(record["aangemaakt"], dt.datetime)
    assert (record["begin"], record["eind"]) == (35, 81)
    assert dict(zip(HEADER, rows[3], strict=True))["organisation"] is None
    assert sheet.column_dimensions["H"].width > 20  # tekst
    codes = list(book["Codes"].iter_rows(values_only=True))
    assert codes[0] == ("codeboek", "code", "beschrijving", "kleur")
    assert [r[1] for r in codes[1:]] == ["Kind", "Kind/Stem", "Ouder", "Wachten"]
    assert codes[1][2:] == ("Het kind in beeld", "#1f77b4")


def test_xlsx_keeps_formula_like_text_as_text(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    set_memo(project, "coding", 2, "=SOM(A1:A3)", "Bram")
    out = export_codings(project, tmp_path / "coderingen.xlsx")
    sheet = openpyxl.load_workbook(out)["Coderingen"]
    memo = sheet.cell(row=2, column=HEADER.index("memo") + 1)
    assert memo.value == "=SOM(A1:A3)" and memo.data_type == "s"


def test_unknown_format_and_missing_folder(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    with pytest.raises(InputError, match=r"onbekend exportformaat '\.pdf'; kies csv of xlsx"):
        export_codings(project, tmp_path / "coderingen.pdf")
    with pytest.raises(InputError, match="exportformaat 'ods'"):
        export_codings(project, tmp_path / "coderingen.csv", format="ods")
    with pytest.raises(InputError, match="scheidingsteken"):
        export_codings(project, tmp_path / "coderingen.csv", sep=";;")
    with pytest.raises(InputError, match="bestaat niet"):
        export_codings(project, tmp_path / "nergens" / "coderingen.csv")
    assert not list(tmp_path.glob("coderingen*"))


def _fail_midway(path: object, *args: object, **kwargs: object) -> None:
    Path(str(path)).write_bytes(b"half")
    raise OSError("schijf vol")


def test_failed_xlsx_write_leaves_the_old_file(project, tmp_path: Path, monkeypatch) -> None:
    build(project, tmp_path)
    target = tmp_path / "uit" / "coderingen.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"oude versie")
    monkeypatch.setattr(openpyxl.Workbook, "save", lambda self, path: _fail_midway(path))
    with pytest.raises(OSError, match="schijf vol"):
        export_codings(project, target)
    assert target.read_bytes() == b"oude versie"
    assert [p.name for p in target.parent.iterdir()] == ["coderingen.xlsx"]


def test_failed_csv_write_leaves_no_file(project, tmp_path: Path, monkeypatch) -> None:
    build(project, tmp_path)
    target = tmp_path / "uit" / "coderingen.csv"
    target.parent.mkdir()
    monkeypatch.setattr(pd.DataFrame, "to_csv", lambda self, path, **kw: _fail_midway(path))
    with pytest.raises(OSError, match="schijf vol"):
        export_codings(project, target)
    assert list(target.parent.iterdir()) == []


def test_export_replaces_an_old_file_with_a_normal_mode(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    target = tmp_path / "coderingen.csv"
    target.write_text("oud", encoding="utf-8")
    export_codings(project, target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfcorpus,document")
    assert target.stat().st_mode & 0o044  # readable by others, like any new file


def test_csv_cells_cannot_start_a_formula(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    first = project.conn.execute("SELECT min(id) FROM codings").fetchone()[0]
    set_memo(project, "coding", first, '=HYPERLINK("http://evil.example","klik")', "Anna")
    table = pd.read_csv(
        export_codings(project, tmp_path / "c.csv"), encoding="utf-8-sig", keep_default_na=False
    )
    assert '\'=HYPERLINK("http://evil.example","klik")' in table["memo"].tolist()
    cells = [str(v) for v in table.to_numpy().ravel()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    sheet = openpyxl.load_workbook(export_codings(project, tmp_path / "c.xlsx"))["Coderingen"]
    memos = [c for c in sheet["I"] if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert [(c.value[0], c.data_type) for c in memos] == [("=", "s")]  # text, never a formula
