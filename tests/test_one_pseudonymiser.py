"""One pseudonymisation per dossier in every view (issue 10 §2): the review page, the dossier
report (its timeline's titles and organisations too), theme quotes in the Markdown and Word
summary, and CSV/XLSX exports of passages show one person, and one organisation, under one
placeholder; no view shows the original name."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.pseudonymise import pseudonymise_for_project
from wb.dossiers.report import dossier_report_html
from wb.dossiers.review import ReviewSession
from wb.exports.tables import export_codings
from wb.exports.theme_summary import export_summary
from wb.store import open_project
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding, set_memo
from wb.store.documents import iter_documents
from wb.store.project import Project
from wb.themes.store import save_run

REPO = Path(__file__).resolve().parent.parent
A = (
    "Gesprek met mevrouw Anja de Vries van Wijkteam Zaanstad-Oost.\n\n"
    "Volgens vader is Anja zorgmijdend en moeder zegt dat het goed gaat.\n"
)
B = (
    "Mevrouw De Vries belde met het wijkteam.\n\n"
    "Anja vertelde dat zij weer werkt bij de bakker en dat het goed gaat.\n"
)
NAMES = ("Anja", "Vries", "Zaanstad")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,dossier,date,organisation,title\n"
        "a.txt,D7,2024-01-10,Wijkteam Zaanstad-Oost,Gesprek met Anja de Vries\n"
        "b.txt,D7,2024-02-12,Wijkteam Zaanstad-Oost,\n",
        encoding="utf-8",
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        yield project


def test_review_page_and_report_show_one_placeholder_for_texts_and_metadata(project) -> None:
    session = ReviewSession(project)
    (item,) = session.items("D7")
    assert (item["label"], item["before"] + item["text"]) == (
        "zorgmijdend",
        "Gesprek met mevrouw [PERSOON-1] van [ORGANISATIE-1].\n\n"
        "Volgens vader is [PERSOON-1] zorgmijdend",
    )
    assert item["title"] == "Gesprek met [PERSOON-1]"
    html = dossier_report_html(project, "D7", session)
    assert ">Gesprek met [PERSOON-1], 10 januari 2024</td>" in html
    assert "— Gesprek met [PERSOON-1] ([ORGANISATIE-1]) <span class='small'>1 label, " in html
    assert "— B ([ORGANISATIE-1])" in html
    assert not [name for name in NAMES if name in html]


def test_exports_and_theme_quotes_use_the_same_placeholders(project, tmp_path: Path) -> None:
    ids = {d.path: d.id for d in iter_documents(project)}
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: Contact\n"))
    code = code_ids(project, "cb")["Contact"]
    for path, text in (("a.txt", A), ("b.txt", B)):
        start = text.index("\n\n") + 2
        coding = add_coding(project, ids[path], code, "Anna", start, len(text) - 1)
        set_memo(project, "coding", coding, "Anja werkt.", "Anna")
    csv = pd.read_csv(
        export_codings(project, tmp_path / "c.csv", pseudonymise=True), encoding="utf-8-sig"
    )
    xlsx = pd.read_excel(
        export_codings(project, tmp_path / "c.xlsx", pseudonymise=True), sheet_name="Coderingen"
    )
    expected = [
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt dat het goed gaat.",
        "[PERSOON-1] vertelde dat zij weer werkt bij de bakker en dat het goed gaat.",
    ]
    assert csv["tekst"].tolist() == expected and xlsx["tekst"].tolist() == expected
    for table in (csv, xlsx):  # memos and metadata as the texts show them
        assert table["memo"].tolist() == ["[PERSOON-1] werkt."] * 2
        assert table["organisation"].tolist() == ["[ORGANISATIE-1]"] * 2
        assert table["title"].tolist()[0] == "Gesprek met [PERSOON-1]"
        assert not [n for n in NAMES if n in table.to_csv()]
    segments = [
        {
            "doc": f"dossier/{path}",
            "start": text.index("\n\n") + 2,
            "end": len(text) - 1,
            "theme": 0,
        }
        for path, text in (("a.txt", A), ("b.txt", B))
    ]
    theme = {"id": 0, "label": "goed gaan", "keywords": ["goed", "gaan"], "size": 2}
    theme |= {"stability": 1.0, "stable": True}
    save_run(project, {"themes": [theme], "segments": segments, "parameters": {}})
    markdown = export_summary(project, tmp_path / "t.md").read_text(encoding="utf-8")
    for quote in expected:
        assert quote in markdown
    from docx import Document

    docx = "\n".join(
        p.text for p in Document(export_summary(project, tmp_path / "t.docx")).paragraphs
    )
    for quote in expected:
        assert quote in docx
    assert not [name for name in NAMES if name in markdown + docx]


def test_a_dossier_column_written_with_a_capital_groups_like_the_review_page(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Mevrouw Anja de Vries belde.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Anja kwam.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,Dossier,Datum\na.txt,D1,2024-01-01\nb.txt,D1,2024-02-01\n", encoding="utf-8"
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        texts = [
            p.text
            for p in pseudonymise_for_project(project).documents(project).values()  # KeyError
        ]
    assert texts == ["Mevrouw [PERSOON-1] belde.", "[PERSOON-1] kwam."]


def test_cli_export_pseudonymise_writes_the_same_placeholders(project, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wb.cli import cli

    ids = {d.path: d.id for d in iter_documents(project)}
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: Contact\n"))
    code = code_ids(project, "cb")["Contact"]
    start = B.index("Anja")
    add_coding(project, ids["b.txt"], code, "Anna", start, len(B) - 1)
    out = tmp_path / "c.csv"
    args = ["export", str(tmp_path / "p.wbproj"), "--format", "csv", "--out", str(out)]
    result = CliRunner().invoke(cli, [*args, "--pseudonymise"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert table["tekst"].tolist() == [
        "[PERSOON-1] vertelde dat zij weer werkt bij de bakker en dat het goed gaat."
    ]
    assert table["organisation"].tolist() == ["[ORGANISATIE-1]"]
    assert not [name for name in NAMES if name in out.read_text(encoding="utf-8-sig")]
