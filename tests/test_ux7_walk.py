"""What a user met in ux7's walk-through: the review page on a phone, a non-UTF-8 file given to
`wb pseudonymise`, the why of the newest description rules, and raw Python in notebooks."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli

REPO = Path(__file__).resolve().parent.parent
LABELS = REPO / "codebooks" / "labels.yaml"


def test_pseudonymise_says_which_file_it_read_as_windows_1252(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_bytes("De coördinator belde.\n".encode("cp1252"))
    (folder / "b.txt").write_text("Vader belde.\n", encoding="utf-8")
    out = tmp_path / "uit"
    result = CliRunner().invoke(cli, ["pseudonymise", str(folder), "--out", str(out)])
    assert result.exit_code == 0
    assert result.stderr == (
        f"let op: {folder / 'a.txt'}: is geen UTF-8; gelezen als Windows-1252 (cp1252). "
        "Controleer letters als ë, é en € in de tekst en sla het bestand bij voorkeur op als "
        "UTF-8.\n"
    )
    assert result.stdout == f"2 documenten gepseudonimiseerd naar {out} (0 vervangingen).\n"
    assert (out / "a.txt").read_text(encoding="utf-8") == "De coördinator belde.\n"


def test_the_why_of_negatieve_typering_names_the_newest_shapes() -> None:
    """Guidance withheld, a faulty upbringing and a rebuke are found as `negatieve typering`; the
    reason a reviewer reads names each of those shapes, not only adjectives and acts."""
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.lexicon import load_lexicon

    finder = LabelFinder(LABELS).fit()
    found = [
        (h.text, h.label)
        for text in (
            'Moeder zei tegen hem: "Doe niet zo moeilijk."',
            "De ouders stellen hem geen grenzen.",
            "Vader vindt dat hij een verkeerde opvoeding krijgt.",
        )
        for h in finder.find("t.txt", text)
    ]
    assert found == [
        ("Doe niet zo moeilijk", "negatieve typering"),
        ("stellen hem geen grenzen", "negatieve typering"),
        ("verkeerde opvoeding", "negatieve typering"),
    ]
    why = {t.label: t.why for t in load_lexicon(LABELS).terms}["negatieve typering"]
    for shape in ('"ze stellen geen grenzen"', '"een verkeerde opvoeding"', "terechtwijzing"):
        assert shape in why


NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def _code(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_print_no_python_dict(notebook: Path) -> None:
    """A reader without Python saw "{'lemma': 422, 'patroon': 308, ...}" in notebook 01."""
    assert ".to_dict()" not in _code(notebook)


def test_notebook_tables_have_dutch_headings() -> None:
    """English names of index and columns (perspective, coding_id, seed, thema_id) are renamed
    where a notebook shows them."""
    coding = _code(REPO / "notebooks" / "01_coderen.ipynb")
    assert 'rename_axis(columns="perspectief")' in coding
    assert 'rename_axis("codering")' in coding
    dossiers = _code(REPO / "notebooks" / "02_dossiers.ipynb")
    assert 'tabel[~tabel["standaardtekst"]].drop(columns="standaardtekst")' in dossiers  # no False
    themes = _code(REPO / "notebooks" / "03_themas.ipynb")
    assert 'set_index("startpunt")' in themes
    assert '"thema_id": "thema-nummer"' in themes


@pytest.mark.browser
def test_review_page_fits_a_phone_screen(tmp_path: Path) -> None:
    """At 360 px the voice list and the text fields of a card stayed 405 px wide: the page
    scrolled sideways."""
    from browser import CHROMIUM, browser_page

    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed")
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Volgens vader is moeder zorgmijdend.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier\na.txt,V\n", encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, LABELS)
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page(width=360) as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("article.item select.voice")
                wide = page.evaluate(
                    """() => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.tagName)"""
                )
                width = page.evaluate("() => document.documentElement.scrollWidth")
        finally:
            server.shutdown()
            server.server_close()
    assert wide == []
    assert width == 360


def test_a_missing_folder_is_said_to_be_missing_not_a_project_to_make(tmp_path: Path) -> None:
    """`wb code corpora/nope` told the user to make a project named corpora/nope; `wb labels`,
    `wb reuse` and `wb pseudonymise` said "is geen map" of a folder that is not there."""
    nope = tmp_path / "nope"
    runner = CliRunner()
    book = str(REPO / "codebooks" / "leernetwerk.yaml")
    result = runner.invoke(cli, ["code", str(nope), "--codebook", book])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {nope}: bestaat niet. Geef een map met documenten (bijv. corpora/notulen) of een "
        "project (.wbproj); controleer het pad. (WB101)\n",
    )
    rapporten = "Geef de map met rapporten op (bijv. corpora/dossiers). (WB101)\n"
    for command in ("labels", "reuse"):
        result = runner.invoke(cli, [command, str(nope)])
        assert (result.exit_code, result.stderr) == (
            2,
            f"fout: {nope}: bestaat niet. {rapporten}",
        )
    result = runner.invoke(cli, ["pseudonymise", str(nope), "--out", str(tmp_path / "uit")])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {nope}: bestaat niet. Geef de map met documenten op. (WB101)\n",
    )
    assert not (tmp_path / "uit").exists()
    project = tmp_path / "p.wbproj"
    result = runner.invoke(cli, ["code", str(project), "--codebook", book])
    assert result.stderr.startswith(f"fout: {project}: bestaat niet. Controleer het pad, of maak")


@pytest.mark.browser
def test_an_attributed_label_asks_whether_it_labels_not_whether_the_report_says_it(
    tmp_path: Path,
) -> None:
    """ "Gebruikt het rapport hier …" over a label the report passes on invited a "Nee": the
    report does not say it itself. The question for an attributed label says it still counts."""
    from browser import CHROMIUM, browser_page

    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed")
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Volgens vader is moeder zorgmijdend.\n\nMoeder is manipulatief.\n", encoding="utf-8"
    )
    (folder / "metadata.csv").write_text("file,dossier\na.txt,V\n", encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, LABELS)
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page(width=1280) as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("article.item")
                questions = page.locator("article.item[data-group=label] .question")
                shown = questions.all_inner_texts()
        finally:
            server.shutdown()
            server.server_close()
    assert shown == [
        "Wordt “zorgmijdend” hier als etiket op een ouder of kind gebruikt? Ook als het rapport "
        "alleen weergeeft wat iemand anders zegt, is het labelende taal.",
        "Gebruikt het rapport hier “manipulatief” als etiket op een ouder of kind?",
    ]


def test_a_name_list_with_two_bad_lines_names_both(tmp_path: Path) -> None:
    """The first bad line stopped the reading, so a user fixed one line per run."""
    lijst = tmp_path / "altijd.txt"
    lijst.write_text("Bolletje\nDe Regenboog;SCHOOOL\nfoo;bar;baz\n# opmerking\n", "utf-8")
    out = tmp_path / "uit"
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Vader belde.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["pseudonymise", str(folder), "--out", str(out), "--replace", str(lijst)]
    )
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {lijst}: de lijst heeft 2 problemen; er is niets geladen (WB136):\n"
        "  - regel 2: onbekend soort 'SCHOOOL'; kies uit PERSOON, PLAATS, ORGANISATIE, SCHOOL, "
        "ADRES.\n"
        "  - regel 3: verwacht term;SOORT per regel, niet 'foo;bar;baz'.\n",
    )
    assert not out.exists()


def test_a_file_where_a_folder_is_needed_is_called_a_file(tmp_path: Path) -> None:
    """`--json afile/x.json` said "de map afile bestaat niet" of a file that is there."""
    afile = tmp_path / "afile"
    afile.write_text("", encoding="utf-8")
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is manipulatief.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,date\na.txt,2024-01-02\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["labels", str(folder), "--json", str(afile / "x.json")])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {afile / 'x.json'}: {afile} is een bestand, geen map; kies een ander pad. "
        "(WB170)\n",
    )
    result = runner.invoke(cli, ["labels", str(folder), "--json", str(tmp_path / "nee" / "x")])
    assert result.stderr == (
        f"fout: {tmp_path / 'nee' / 'x'}: de map {tmp_path / 'nee'} bestaat niet; maak die eerst "
        "aan. (WB170)\n"
    )


@pytest.mark.browser
def test_a_stopped_server_is_said_in_dutch(tmp_path: Path) -> None:
    """A click after `wb review` was stopped showed "Niet opgeslagen: Failed to fetch"."""
    from browser import CHROMIUM, browser_page

    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed")
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project
    from wb.store.findings import current_decisions

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is manipulatief.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier\na.txt,V\n", encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, LABELS)
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with browser_page(width=1280) as page:
            page.goto(f"http://127.0.0.1:{server.server_port}/")
            page.wait_for_selector("article.item")
            page.fill("#reviewer", "Mirjam")
            page.dispatch_event("#reviewer", "change")
            page.wait_for_load_state("networkidle")
            server.shutdown()
            server.server_close()
            page.locator("article.item button.yes").first.click()
            page.wait_for_selector("#status:has-text('Niet opgeslagen')")
            status = page.inner_text("#status")
        assert current_decisions(project, "Mirjam") == {}
    assert status == (
        "Niet opgeslagen: wb is niet te bereiken. Draait `wb review` nog? Start het opnieuw (of "
        "vraag het de onderzoeker) en laad daarna deze pagina opnieuw; wat al is opgeslagen, "
        "blijft bewaard."
    )


def test_themes_of_a_missing_folder_is_one_dutch_line(tmp_path: Path) -> None:
    """`wb themes corpora/nope` printed click's usage block and "Ongeldige waarde voor 'BRON'"."""
    nope = tmp_path / "nope"
    result = CliRunner().invoke(cli, ["themes", str(nope), "--out", str(tmp_path / "uit")])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {nope}: bestaat niet. Geef een map met documenten (bijv. corpora/verhalen) of een "
        "project (.wbproj); controleer het pad. (WB101)\n",
    )
    assert not (tmp_path / "uit").exists()
