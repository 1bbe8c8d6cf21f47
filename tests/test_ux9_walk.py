"""What ux9 tripped over walking through wb as a user (bench/README.md, "ux9")."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import browser_page, needs_chromium
from click.testing import CliRunner

from wb.cli import cli
from wb.errors import InvalidChoiceError
from wb.themes.model import ThemeModel
from wb.themes.stability import fit_with_stability

# Two plain topics, four passages each: enough for two themes, quick to fit.
TWO_TOPICS = [
    "De wachtlijst in de regio groeit, en de wachttijd voor een intake loopt op tot maanden.",
    "Op de wachtlijst staan gezinnen met een urgente vraag; de wachttijd voor een intake is lang.",
    "Een intake kost maanden wachttijd omdat de wachtlijst van de aanbieder vol zit.",
    "De aanbieder meldt dat de wachtlijst en de wachttijd voor een intake opnieuw toenamen.",
    "Op zondag ging de jongen met zijn opa vissen bij de rivier achter de boerderij.",
    "Opa nam de jongen mee naar de rivier om te vissen, zoals elke zondag bij de boerderij.",
    "Bij de boerderij aan de rivier leerde opa de jongen vissen op een rustige zondag.",
    "De rivier achter de boerderij was de plek waar opa en de jongen op zondag visten.",
]


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_a_number_option_with_a_word_says_geheel_getal_not_integer(tmp_path: Path) -> None:
    code, output = _invoke("themes", str(tmp_path), "--seed", "abc")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ongeldige waarde voor '--seed': 'abc' is geen geldig geheel getal."
    )
    code, output = _invoke("review", str(tmp_path / "p.wbproj"), "--port", "1.5")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ongeldige waarde voor '--port': '1.5' is geen geldig geheel getal."
    )


@pytest.mark.parametrize("value", ["veel", "1", "0", "-3", "2.5"])
def test_themes_refuses_a_count_that_is_no_grouping_before_the_work(
    tmp_path: Path, value: str
) -> None:
    out = tmp_path / "uit"
    code, output = _invoke("themes", str(tmp_path), "--themes", value, "--out", str(out))
    assert code == 2
    assert output.splitlines()[-1] == (
        f"fout: Ongeldige waarde voor '--themes': '{value}' kan niet; geef een geheel getal "
        "van 2 of meer, of auto."
    )
    assert "Traceback" not in output and not out.exists()


def test_themes_help_says_what_the_count_is() -> None:
    code, output = _invoke("themes", "--help")
    assert code == 0
    words = " ".join(output.split())
    assert (
        "--themes AANTAL Aantal thema's (2 of meer), of auto: wb kiest het aantal dat het "
        "best scheidt. [standaard: auto]" in words
    )
    assert (
        "Groepeer passages (alinea's of sprekersbeurten) in thema's; zeg hoe stabiel ze "
        "zijn." in words
    )
    assert "seeds" not in words


def test_more_themes_than_passages_is_said_in_dutch_before_the_embedding() -> None:
    model = ThemeModel(n_themes=8, embedder="no such embedder")  # never reached
    with pytest.raises(InvalidChoiceError) as caught:
        model.fit(TWO_TOPICS)
    assert str(caught.value) == (
        "8 thema's kan niet: er zijn 8 passages met genoeg tekst (ten minste 3 "
        "inhoudswoorden); vraag om minder thema's dan passages, of gebruik 'auto'."
    )
    with pytest.raises(InvalidChoiceError) as caught:
        ThemeModel(n_themes=1).fit(TWO_TOPICS)
    assert str(caught.value) == (
        "aantal thema's 1 kan niet; geef een geheel getal van 2 of meer, of 'auto' (wb kiest "
        "dan het aantal dat het best scheidt)."
    )


def test_theme_runs_show_progress_when_asked(capsys) -> None:
    quiet, _ = fit_with_stability(TWO_TOPICS, n_runs=2, n_themes=2)
    assert capsys.readouterr().err == ""
    shown, report = fit_with_stability(TWO_TOPICS, n_runs=2, n_themes=2, progress=True)
    err = capsys.readouterr().err
    assert err.startswith("\rThema's zoeken:   0%|          | 0/2 [")
    assert "| 1/2 [" in err and "| 2/2 [" in err  # every run is shown, however quick
    assert list(shown.labels_) == list(quiet.labels_) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert report.n_themes == [2, 2]


def test_the_themes_table_gives_stability_with_two_decimals_always() -> None:
    from wb.exports.readable import format_table, themes_table

    result = {
        "themes": [
            {"label": "wachtlijst", "keywords": ["wachtlijst"], "size": 5, "stability": 1.0},
            {"label": "opa", "keywords": ["opa", "rivier"], "size": 4, "stability": 0.9},
            {
                "label": "rest",
                "keywords": ["rest"],
                "size": 3,
                "stability": 0.4567,
                "stable": False,
            },
        ]
    }
    assert format_table(themes_table(result)).splitlines() == [
        "thema       trefwoorden  passages  stabiliteit  stabiel",
        "----------  -----------  --------  -----------  -------",
        "wachtlijst  wachtlijst   5         1,00         ja",
        "opa         opa, rivier  4         0,90         ja",
        "rest        rest         3         0,46         nee",
    ]


def test_one_run_says_stability_was_not_measured_everywhere(tmp_path: Path) -> None:
    from wb.exports.theme_summary import overall_stability_sentence, theme_stability_sentence

    folder = tmp_path / "teksten"
    folder.mkdir()
    for i, text in enumerate(TWO_TOPICS):
        (folder / f"t{i}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "uit"
    args = ("themes", str(folder), "--runs", "1", "--themes", "2", "--out", str(out))
    code, output = _invoke(*args)
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == (
        f"Geschreven naar {out}: de samenvatting (themas.md, themas.html, themas.docx) en de "
        "tabellen (themas.csv, passages.csv)."
    )
    assert lines[-1] == (
        "2 thema's (stabiliteit niet gemeten: maar één run) in 8 passages; 0% niet ingedeeld."
    )
    rows = lines[-3:-1]
    assert [row.split()[-3:] for row in rows] == [["-", "niet", "gemeten"]] * 2
    csv_rows = (out / "themas.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [row.rsplit(",", 2)[1:] for row in csv_rows] == [["", "niet gemeten"]] * 2
    summary = (out / "themas.md").read_text(encoding="utf-8")
    assert "De stabiliteit is niet gemeten (maar één run). Passages zonder thema: 0%." in summary
    assert summary.count("- **Stabiliteit**: Niet gemeten: er was maar één run.") == 2
    assert "herhaalde runs" not in summary
    # more runs read as before
    assert overall_stability_sentence(5, 0.9) == (
        "Bij vijf herhaalde runs met een ander startpunt bleef de indeling in thema's vrijwel "
        "gelijk."
    )
    assert theme_stability_sentence(0.9, "stabiel", 5) == (
        "Bij vijf herhaalde runs kwam dit thema steeds terug (stabiel)."
    )


def test_zero_runs_is_refused_in_dutch(tmp_path: Path) -> None:
    code, output = _invoke("themes", str(tmp_path), "--runs", "0")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ongeldige waarde voor '--runs': '0' kan niet; geef een geheel getal van 1 of meer."
    )


def test_the_analysis_behind_review_and_report_shows_progress_when_asked(
    tmp_path: Path, capsys
) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers, ensure_analysed
    from wb.store import open_project
    from wb.store.findings import findings

    lexicon = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.", encoding="utf-8")
    (folder / "b.txt").write_text("Vader is zorgmijdend.", encoding="utf-8")
    dates = "file,dossier,date\na.txt,D,2024-01-01\nb.txt,D,2024-02-01\n"
    (folder / "metadata.csv").write_text(dates, encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        capsys.readouterr()
        assert ensure_analysed(project, lexicon, progress=True)
        err = capsys.readouterr().err  # ux10 put a line before the bar for each silent step
        assert "\rLabels zoeken:   0%|          | 0/2 [" in err
        shown = sorted(f.payload["label"] for f in findings(project) if f.kind == "label")
        analyse_dossiers(project, lexicon)  # quiet unless asked
        assert capsys.readouterr().err == ""
        assert sorted(f.payload["label"] for f in findings(project) if f.kind == "label") == shown
    assert shown == ["niet-meewerkend", "zorgmijdend"]


def test_undo_names_what_the_coder_did_so_ongedaan_gemaakt_reads_right(
    project, tmp_path: Path
) -> None:
    from wb.codebook import parse_codebook
    from wb.coding.session import CodingSession
    from wb.corpus.importer import import_folder
    from wb.widgets.coding import CodingWidget

    book = parse_codebook("name: proef\ncodes:\n  - name: Gehoord\n  - name: Samen\n")
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De kinderen hoorden het nieuws. Daarna praatten ze.", "utf-8")
    import_folder(project, folder)
    session = CodingSession(project, book, "Anna")
    widget = CodingWidget(session)
    first = session.code(0, 31, "Gehoord")
    session.code(32, 51, "Samen")
    session.resize(first, 0, 20)
    session.memo(first, "eerste indruk")
    session.delete(first)
    said = []
    for _ in range(5):
        widget._on_message(widget, {"action": "undo"}, [])
        said.append(widget.message)
    assert said == [
        "Ongedaan gemaakt: verwijderen van codering 'Gehoord'.",
        "Ongedaan gemaakt: memo schrijven.",
        "Ongedaan gemaakt: grenzen aanpassen.",
        "Ongedaan gemaakt: coderen met 'Samen'.",
        "Ongedaan gemaakt: coderen met 'Gehoord'.",
    ]
    assert session.codings() == []


def test_show_writes_a_date_the_dutch_way(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder belde.", encoding="utf-8")
    meta = "file,dossier,date,type\na.txt,D,2023-01-24,verslag\n"
    (folder / "metadata.csv").write_text(meta, encoding="utf-8")
    project = str(tmp_path / "p.wbproj")
    assert _invoke("import", str(folder), "--project", project)[0] == 0
    for extra in ([], ["--pseudonymise"]):
        code, output = _invoke("show", "1", project, *extra)
        assert code == 0, output
        assert output.splitlines()[:5] == [
            "# d/a.txt (versie 1)",
            "date: 24 januari 2023",
            "dossier: D",
            "type: verslag",
            "",
        ]


def test_the_error_code_of_a_list_of_problems_comes_before_the_colon(tmp_path: Path) -> None:
    book = tmp_path / "boek.yaml"
    book.write_text("name: t\ncodes:\n  - name: A\n    patronen: [x]\n  - naam: B\n", "utf-8")
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "--codebook", str(book)])
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == (
        # 2: 'naam: B' for 'name: B' is one problem since user-walk8 (was 3)
        f"fout: {book}: het codeboek heeft 2 problemen; er is niets geladen (WB131):"
    )
    assert result.output.splitlines()[1] == (
        "  - regel 4: onbekende sleutel 'patronen' (toegestaan: codes, color, description, "
        "examples, exclude, include, name, patterns)"
    )


def test_a_missing_choice_lists_the_choices_on_one_line(tmp_path: Path) -> None:
    code, output = _invoke("export", str(tmp_path / "p.wbproj"))
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ontbrekende optie '--format'. Kies uit: qdpx, qdc, csv, xlsx."
    )
    code, output = _invoke("namen")
    assert code == 2
    assert output.splitlines()[-1] == (
        "fout: Ontbrekend argument '{keep|replace}'. Kies uit: keep, replace."
    )


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (
            "--min-words",
            "0",
            "'0' kan niet; geef een geheel getal van 7 of meer, want wb vergelijkt stukjes van "
            "7 woorden.",
        ),
        (
            "--min-words",
            "veel",
            "'veel' kan niet; geef een geheel getal van 7 of meer, want wb vergelijkt stukjes "
            "van 7 woorden.",
        ),
        (
            "--boilerplate-dossiers",
            "1",
            "'1' kan niet; geef een geheel getal van 2 of meer, want standaardtekst staat in "
            "meer dan één dossier.",
        ),
    ],
)
def test_reuse_options_out_of_range_name_the_option_not_the_internal_setting(
    tmp_path: Path, option: str, value: str, expected: str
) -> None:
    code, output = _invoke("reuse", str(tmp_path), option, value)
    assert code == 2
    assert output.splitlines()[-1] == f"fout: Ongeldige waarde voor '{option}': {expected}"
    assert "shingle_words" not in output and "min_words" not in output


def test_the_cli_knows_the_reuse_detectors_shingle_length() -> None:
    from wb.cli.dossiers import SHINGLE_WORDS
    from wb.dossiers.reuse_detector import ReuseDetector

    assert ReuseDetector().shingle_words == SHINGLE_WORDS == 7


@pytest.mark.browser
@needs_chromium
def test_a_kind_filter_opens_a_report_that_shows_items(tmp_path: Path) -> None:
    import threading

    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project

    repo = Path(__file__).resolve().parent.parent
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, repo / "corpora" / "dossiers")
        analyse_dossiers(project, repo / "codebooks" / "labels.yaml")
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page(width=1280) as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("#progress-text:has-text('Dossier D1')")
                page.wait_for_load_state("networkidle")
                opened = "details.report[open]:not([hidden])"
                assert page.locator(opened + " h2").all_inner_texts() == [
                    "Verzoek tot onderzoek, 15 februari 2022"
                ]
                raadsrapport = "details.report:has(h2:text-is('Raadsrapport, 28 juni 2022'))"
                # 11 since labels41 annotated D1-02's "slagen er niet in" (policy line 6); the
                # heading copied as text has a space and brackets between date and count
                assert page.locator(raadsrapport + " > summary").inner_text() == (
                    "Raadsrapport, 28 juni 2022 (0 van 11 beoordeeld)"
                )
                assert (
                    page.locator(raadsrapport + " .count").inner_text() == "(0 van 11 beoordeeld)"
                )
                page.select_option("#kind", "reuse")  # the first report has no copied passage
                assert page.locator(opened + " h2").all_inner_texts() == [
                    "Raadsrapport, 28 juni 2022"
                ]
                shown = page.locator(opened + " section.group:not([hidden]) article.item")
                assert shown.count() == 2 and shown.first.is_visible()
                # the report's count follows the kind shown; the dossier's total stays whole
                assert page.locator(raadsrapport + " .count").inner_text() == "(0 van 2 beoordeeld)"
                assert page.locator("#progress-text").inner_text() == (
                    "Dossier D1: 0 van 39 passages beoordeeld"
                )
                page.select_option("#kind", "")
                assert (
                    page.locator(raadsrapport + " .count").inner_text() == "(0 van 11 beoordeeld)"
                )
        finally:
            server.shutdown()
            server.server_close()
