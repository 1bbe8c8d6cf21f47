"""ux13 (bench/README.md, "ux13: a user's walk-through"): what a user tripped over in the
README's workflow, the notebooks, the pages and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pandas as pd
import pytest
from browser import browser_page, needs_chromium
from click.testing import CliRunner

from wb.cli import cli
from wb.exports.theme_summary import overview_svg

ROOT = Path(__file__).resolve().parent.parent
FOLDER_AS_PROJECT = (
    "'{folder}' is een map; geef een projectbestand (.wbproj). Van een map met documenten maakt "
    "u een project met: wb import {folder} --project dossiers.wbproj"
)


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="wb")
    return result.exit_code, result.output


def _error_line(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("fout: "))


def test_a_folder_given_as_project_says_how_to_make_one(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder belde.", encoding="utf-8")
    hint = FOLDER_AS_PROJECT.format(folder=folder)
    for args in (["review", str(folder)], ["report", str(folder), "--dossier", "D1", "--out", "x"]):
        code, out = _invoke(*args)
        assert code == 2
        assert _error_line(out) == f"fout: Ongeldige waarde voor 'PROJECT': {hint}"
    code, out = _invoke("documents", "--project", str(folder))
    assert (code, _error_line(out)) == (2, f"fout: Ongeldige waarde voor '--project': {hint}")
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]


def test_a_folder_with_projects_names_one_and_a_new_project_asks_for_a_file_name(
    tmp_path: Path,
) -> None:
    (tmp_path / "anna.wbproj").write_bytes(b"")
    code, out = _invoke("review", str(tmp_path))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor 'PROJECT': '{tmp_path}' is een map; geef een projectbestand "
        f"(.wbproj), bijv. {tmp_path / 'anna.wbproj'}.",
    )
    code, out = _invoke("import", str(ROOT / "corpora" / "notulen"), "--project", str(tmp_path))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--project': '{tmp_path}' is een map; geef de bestandsnaam "
        f"van het project, bijv. {tmp_path / 'project.wbproj'}.",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anna.wbproj"]


def test_a_folder_given_as_codebook_or_label_list_lists_its_yaml_files(tmp_path: Path) -> None:
    (tmp_path / "leernetwerk.yaml").write_text("name: x\n", encoding="utf-8")
    (tmp_path / "labels.yml").write_text("labels: []\n", encoding="utf-8")
    (tmp_path / "notities.txt").write_text("x\n", encoding="utf-8")
    notulen = str(ROOT / "corpora" / "notulen")
    code, out = _invoke("code", notulen, "--codebook", str(tmp_path))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--codebook': '{tmp_path}' is een map; geef een codeboek "
        "(.yaml); in die map staan: labels.yml, leernetwerk.yaml.",
    )
    empty = tmp_path / "leeg"
    empty.mkdir()
    code, out = _invoke("labels", notulen, "--lexicon", str(empty))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--lexicon': '{empty}' is een map; geef een labellijst "
        "(.yaml).",
    )


@pytest.mark.browser
@needs_chromium
def test_theme_names_in_the_overview_chart_stay_inside_the_picture() -> None:
    names = [
        "jeugdbeschermers in complexe scheidingen",  # cut by 2 letters at the left before
        "verantwoordelijkheden in een systeem",
        "samenwerking tussen wijkteam en gecertificeerde instelling",
        "tafel",
    ]
    table = pd.DataFrame({"notulen": [4, 10, 3, 5], "verhalen": [1, 0, 2, 0]}, index=names)
    svg = overview_svg(table)
    with browser_page() as page:
        page.set_content(f"<!doctype html><html><body>{svg}</body></html>")
        shown = page.evaluate(
            "() => [...document.querySelectorAll('svg text[text-anchor=end]')].map("
            "t => [t.textContent.replace(t.querySelector('title').textContent, ''), "
            "t.getBBox().x])"
        )
    assert [text for text, _ in shown] == [
        "jeugdbeschermers in complexe scheidingen"[:35] + "…",
        "verantwoordelijkheden in een systeem",
        "samenwerking tussen wijkteam en gec…",
        "tafel",
    ]
    assert min(x for _, x in shown) >= 0


def test_an_empty_folder_says_where_the_documents_should_be(tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    (empty / "README.md").write_text("# uitleg\n", encoding="utf-8")  # no document
    kinds = "(.docx, .md, .odt, .pdf, .txt)"
    where = "in deze map (submappen tellen mee), of geef de map waar ze staan"
    project = tmp_path / "p.wbproj"
    code, out = _invoke("import", str(empty), "--project", str(project))
    assert (code, _error_line(out)) == (
        2,
        f"fout: {empty}: bevat geen documenten om te importeren {kinds}. Zet de documenten "
        f"{where} (bijv. corpora/notulen). (WB101)",
    )
    assert not project.exists()
    reports = f"fout: {empty}: bevat geen rapporten om te lezen {kinds}. Zet de rapporten {where}"
    for command in ("labels", "reuse"):
        code, out = _invoke(command, str(empty))
        assert (code, _error_line(out)) == (2, f"{reports} (bijv. corpora/dossiers). (WB101)")
    code, out = _invoke("pseudonymise", str(empty), "--out", str(tmp_path / "uit"))
    assert (code, _error_line(out)) == (2, f"{reports} (bijv. corpora/dossiers). (WB101)")
    assert not (tmp_path / "uit").exists()
    code, out = _invoke("themes", str(empty))
    assert (code, _error_line(out)) == (
        2,
        f"fout: {empty}: bevat geen documenten om te lezen {kinds}. Zet de documenten {where} "
        "(bijv. corpora/notulen). (WB101)",
    )


def test_a_folder_of_unreadable_files_lists_them_for_the_dossier_commands(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "rapport.doc").write_bytes(b"\xd0\xcf")
    code, out = _invoke("labels", str(folder))
    assert code == 2
    assert out.splitlines()[-2:] == [
        f"fout: {folder}: bevat geen rapporten om te lezen (.docx, .md, .odt, .pdf, .txt). (WB101)",
        "  - 'rapport.doc': sla .doc op als .docx (Word: Opslaan als > Word-document)",
    ]


@pytest.mark.browser
@needs_chromium
def test_a_project_without_findings_explains_the_empty_review_page(tmp_path: Path) -> None:
    import threading

    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project

    folder = tmp_path / "schoon"
    folder.mkdir()
    (folder / "metadata.csv").write_text("file,dossier,date\nr1.txt,D7,2023-02-01\n", "utf-8")
    (folder / "r1.txt").write_text(
        "Verslag van het gesprek.\n\nDe ouders spraken af dat het kind om het weekend bij vader "
        "is. Het kind gaat graag naar school.\n",
        encoding="utf-8",
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        assert analyse_dossiers(project, ROOT / "codebooks" / "labels.yaml")["labels"] == 0
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page() as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("#items p.empty")
                shown = page.locator("#items p").all_inner_texts()
        finally:
            server.shutdown()
            server.server_close()
    assert shown == [
        "Er is niets te beoordelen: wb vond in de rapporten van dit project geen labels, "
        "besproken of ontkende termen en geen overgenomen passages.",
        "Dat betekent niet dat de rapporten vrij zijn van labelende taal: wb vindt de meeste "
        "termen uit de labellijst, maar oordelende beschrijvingen buiten de lijst veel minder "
        "vaak. Lees de rapporten daarom ook zelf.",
        "Breder zoeken kan met de geleerde detector van oordelende taal: stop wb met Ctrl+C in "
        "het venster waarin het draait en start het opnieuw met wb review PROJECT --learned. "
        "Oordelen die al gegeven zijn, blijven staan.",
    ]


def _code_cells(name: str) -> list[str]:
    cells = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def test_notebook_00_shows_metadata_as_lines_with_a_dutch_date_not_a_dict() -> None:
    import contextlib
    import datetime
    import io

    from wb import dutch_date

    cell = next(c for c in _code_cells("00_start.ipynb") if "doc.metadata" in c)
    loop = cell[cell.index("for sleutel") : cell.index("print()")]

    class Doc:
        metadata: ClassVar[dict[str, object]] = {
            "date": datetime.date(2023, 1, 24),
            "title": "Verslag",
        }

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(loop, {"doc": Doc, "dutch_date": dutch_date})  # the notebook's own loop
    assert printed.getvalue() == "date: 24 januari 2023\ntitle: Verslag\n"
    assert not any(c.rstrip().endswith("\nproject") for c in _code_cells("00_start.ipynb"))


def test_every_notebook_shows_long_cells_in_tables_whole() -> None:
    for name in ("00_start.ipynb", "01_coderen.ipynb", "02_dossiers.ipynb", "03_themas.ipynb"):
        first = _code_cells(name)[0]
        assert 'pd.set_option("display.max_colwidth", 120)' in first, name
    three = "\n".join(_code_cells("03_themas.ipynb"))
    assert 'pd.set_option("display.precision", 2)' in three
    assert '[f"{aandeel:.0%}" for aandeel in t["aandeel"]]' in three


def test_notebook_01_says_so_when_done_documents_add_no_suggestion() -> None:
    cell = next(c for c in _code_cells("01_coderen.ipynb") if "mark_done()" in c)
    # user-walk5: the learning note itself says when nothing was added (tests/test_user_walk5.py)
    assert "print(sessie.learning_note())" in cell
    assert "niets nieuws" not in cell


def test_json_says_where_the_whole_result_went(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "metadata.csv").write_text("file,dossier,date\nr1.txt,D1,2023-02-01\n", "utf-8")
    (folder / "r1.txt").write_text("Volgens vader is moeder overbezorgd.\n", encoding="utf-8")
    written = "Geschreven: {} (het volledige resultaat als JSON)."
    for command in ("labels", "reuse"):
        target = tmp_path / f"{command}.json"
        code, out = _invoke(command, str(folder), "--json", str(target))
        assert (code, out.splitlines()[-1]) == (0, written.format(target))
        assert json.loads(target.read_text(encoding="utf-8"))
        code, out = _invoke(command, str(folder))
        assert "Geschreven" not in out
    book = tmp_path / "b.yaml"
    book.write_text("name: B\ncodes:\n  - name: Zorg\n    patterns: [overbezorgd]\n", "utf-8")
    target = tmp_path / "code.json"
    code, out = _invoke("code", str(folder), "--codebook", str(book), "--json", str(target))
    assert (code, out.splitlines()[-2:]) == (
        0,
        [
            "1 treffer in 1 passage (zin + code), in 1 document voor 1 code. Een zin met meer "
            "treffers voor één code is één passage; --apply slaat per passage één codering op.",
            written.format(target),
        ],
    )


def test_a_project_whose_reports_hold_nothing_is_not_searched_again_at_every_start(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "schoon"
    folder.mkdir()
    (folder / "metadata.csv").write_text("file,dossier,date\nr1.txt,D7,2023-02-01\n", "utf-8")
    (folder / "r1.txt").write_text("Het kind gaat graag naar school.\n", encoding="utf-8")
    project = str(tmp_path / "p.wbproj")
    assert _invoke("import", str(folder), "--project", project)[0] == 0
    searched = "Labels en overgenomen passages gezocht en opgeslagen in het project."
    out_file = str(tmp_path / "D7.html")
    report = ("report", project, "--dossier", "D7", "--out", out_file)
    assert _invoke(*report) == (0, f"{searched}\nGeschreven: {out_file} (1 rapport).\n")
    assert _invoke(*report) == (0, f"Geschreven: {out_file} (1 rapport).\n")  # was searched again
    (folder / "metadata.csv").write_text(
        "file,dossier,date\nr1.txt,D7,2023-02-01\nr2.txt,D7,2023-03-01\n", "utf-8"
    )
    (folder / "r2.txt").write_text("Volgens vader is moeder overbezorgd.\n", encoding="utf-8")
    assert _invoke("import", str(folder), "--project", project)[0] == 0
    assert _invoke(*report) == (0, f"{searched}\nGeschreven: {out_file} (2 rapporten).\n")


def test_out_naming_a_folder_gives_a_file_name_in_it(tmp_path: Path) -> None:
    project = str(tmp_path / "p.wbproj")
    assert _invoke("import", str(ROOT / "corpora" / "notulen"), "--project", project)[0] == 0
    folder = tmp_path / "uit"
    folder.mkdir()
    code, out = _invoke("export", project, "--format", "xlsx", "--out", str(folder))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--out': '{folder}' is een map; geef de naam van het "
        f"bestand, bijv. {folder / 'export.xlsx'}.",
    )
    code, out = _invoke("export", project, "--out", str(folder), "--format", "csv")
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--out': '{folder}' is een map; geef de naam van het "
        f"bestand, bijv. {folder / 'export.qdpx'} (of .qdc, .csv, .xlsx).",
    )
    code, out = _invoke("report", project, "--dossier", "D2", "--out", str(folder))
    assert (code, _error_line(out)) == (
        2,
        f"fout: Ongeldige waarde voor '--out': '{folder}' is een map; geef de naam van het "
        f"bestand, bijv. {folder / 'D2.html'}.",
    )
    assert list(folder.iterdir()) == []


def test_code_apply_on_a_missing_project_says_how_to_make_it(tmp_path: Path) -> None:
    missing = tmp_path / "nieuw.wbproj"
    book = str(ROOT / "codebooks" / "leernetwerk.yaml")
    code, out = _invoke("code", str(missing), "--codebook", book, "--apply", "--coder", "A")
    assert (code, _error_line(out)) == (
        2,
        f"fout: {missing}: bestaat niet. Controleer het pad, of maak het project met: wb import "
        f"MAP --project {missing} (WB200)",
    )
    assert not missing.exists()
