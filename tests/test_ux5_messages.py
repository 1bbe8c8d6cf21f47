"""What a user met in ux5's walk-through: Dutch words for one, a project where a folder is asked,
--coder on a folder or with a name in other capitals, dates in `wb documents`."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.cli.coding import FOLDER_CODER_NOTE, done_line
from wb.codebook import parse_codebook
from wb.coding.session import CodingSession
from wb.dossiers.pseudonymise import WriteReport
from wb.store import open_project
from wb.store.done import done_coders

BOOK = """\
name: proef
codes:
  - name: School
    patterns: [school]
"""


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="wb")
    return result.exit_code, result.output


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp het kind.", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,date\na.txt,2022-02-15\n", encoding="utf-8")
    p = tmp_path / "p.wbproj"
    assert _invoke("import", str(folder), "--project", str(p))[0] == 0
    return p


def test_done_line_says_dat_for_one_document_and_die_for_more() -> None:
    assert done_line("Anna", "proef", 1) == (
        "De suggesties leerden van 1 document dat 'Anna' klaar meldde "
        "(dat krijgt zelf geen suggesties)."
    )
    assert done_line("Anna", "proef", 3) == (
        "De suggesties leerden van 3 documenten die 'Anna' klaar meldde "
        "(die krijgen zelf geen suggesties)."
    )


def test_a_coder_without_documents_done_hears_who_did_mark_some(tmp_path: Path) -> None:
    p = _project(tmp_path)
    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    with open_project(p) as project:
        session = CodingSession(project, parse_codebook(BOOK), "Anna")
        session.mark_done()
        assert done_coders(project, "proef") == ["Anna"]
        assert done_coders(project, "ander") == []
    code, out = _invoke("code", str(p), "--codebook", str(book), "--coder", "anna")
    assert code == 0
    assert out.splitlines()[0] == (
        "'anna' heeft nog geen document klaar gemeld met codeboek 'proef'; de suggesties komen "
        "alleen uit het codeboek. Wel klaar gemeld met dit codeboek door: 'Anna' (de naam moet "
        "precies gelijk zijn, ook in hoofdletters)."
    )
    code, out = _invoke("code", str(p), "--codebook", str(book), "--coder", "Anna")
    assert out.splitlines()[0] == done_line("Anna", "proef", 1)


def test_coder_on_a_folder_says_it_does_not_learn(tmp_path: Path) -> None:
    _project(tmp_path)
    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    code, out = _invoke("code", str(tmp_path / "c"), "--codebook", str(book), "--coder", "Anna")
    assert code == 0
    assert out.splitlines()[0] == FOLDER_CODER_NOTE
    code, out = _invoke("code", str(tmp_path / "c"), "--codebook", str(book))
    assert FOLDER_CODER_NOTE not in out


def test_a_project_where_a_folder_is_asked_gets_a_dutch_hint(tmp_path: Path) -> None:
    p = str(_project(tmp_path))
    hint = (
        f"fout: {p}: is een project, geen map. Geef de map met de documenten op (bijv. "
        "corpora/dossiers). "
    )
    review = (
        "De labels en overgenomen passages van een project ziet u met `wb review PROJECT` of "
        "`wb report PROJECT --dossier NAAM`. (WB150)\n"
    )
    assert _invoke("labels", p) == (2, hint + review)
    assert _invoke("reuse", p) == (2, hint + review)
    assert _invoke("pseudonymise", p, "--out", str(tmp_path / "uit")) == (
        2,
        hint
        + "Een document van een project gepseudonimiseerd: "
        + "`wb show ID PROJECT --pseudonymise`. (WB150)\n",
    )
    assert not (tmp_path / "uit").exists()
    other = tmp_path / "c" / "a.txt"
    assert _invoke("labels", str(other)) == (
        2,
        f"fout: {other}: is geen map. Geef de map met rapporten op (bijv. corpora/dossiers). "
        "(WB101)\n",
    )


def test_one_document_pseudonymised_is_singular(tmp_path: Path) -> None:
    one = WriteReport(out=tmp_path, json_map=None, documents=["a.txt"], replacements=1)
    assert one.summary() == f"1 document gepseudonimiseerd naar {tmp_path} (1 vervanging)."
    two = WriteReport(out=tmp_path, json_map=None, documents=["a", "b"], replacements=5)
    assert two.summary() == f"2 documenten gepseudonimiseerd naar {tmp_path} (5 vervangingen)."


def test_documents_shows_dates_the_dutch_way(tmp_path: Path) -> None:
    code, out = _invoke("documents", str(_project(tmp_path)))
    assert code == 0
    assert out.splitlines()[2].split() == [
        "1", "c", "a.txt", "5", "25", "txt", "1", "15", "februari", "2022"
    ]  # fmt: skip
    assert "00:00:00" not in out


def test_the_why_of_a_judging_description_fits_a_reported_act_too() -> None:
    from wb.dossiers.labels import LabelFinder
    from wb.dossiers.lexicon import load_lexicon

    lexicon_path = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
    hits = LabelFinder(lexicon_path).fit().find("t.txt", "Moeder zegt dat vader haar kleineert.")
    assert [(h.text, h.label) for h in hits] == [("kleineert", "negatieve typering")]
    why = {t.label: t.why for t in load_lexicon(lexicon_path).terms}["negatieve typering"]
    assert why == (
        'Een oordeel over een ouder of kind in eigen woorden ("de boze moeder", "een nare vrouw", '
        '"zijn vijandige houding", "hij kleineert haar", "ze stellen geen grenzen", "een verkeerde '
        'opvoeding", of een terechtwijzing als "doe niet zo moeilijk") vat een persoon of wat hij '
        "doet samen in één oordeel, zonder te zeggen wat er gebeurde, en kleurt elk volgend "
        "rapport."
    )


def test_two_runs_compared_read_as_one_comparison_not_as_repeated_runs() -> None:
    from wb import comparison_sentence

    assert comparison_sentence(0.7, 0) == (
        "Vergeleken met de run met startpunt 0 bleef de indeling in thema's grotendeels gelijk."
    )
    assert comparison_sentence(0.3, 1) == (
        "Vergeleken met de run met startpunt 1 veranderde de indeling in thema's sterk; lees de "
        "thema's als een eerste schets."
    )


def test_edit_times_read_like_every_other_view(monkeypatch) -> None:
    import time

    from wb import when_text

    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        assert when_text("2026-12-05T02:20:31+00:00") == "5 december 2026, 03:20"
        assert when_text("niet een tijd") == "niet een tijd"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_labels_show_progress_per_report_when_asked(tmp_path: Path, capsys) -> None:
    from wb.dossiers.labels import label_corpus

    lexicon_path = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.", encoding="utf-8")
    (folder / "b.txt").write_text("Vader is zorgmijdend.", encoding="utf-8")
    dates = "file,dossier,date\na.txt,D,2024-01-01\nb.txt,D,2024-02-01\n"
    (folder / "metadata.csv").write_text(dates, encoding="utf-8")
    quiet = label_corpus(folder, lexicon_path)
    assert capsys.readouterr().err == ""
    shown = label_corpus(folder, lexicon_path, progress=True)
    assert capsys.readouterr().err.startswith(  # after ux10's step line for the pipeline
        "Taalmodel en labellijst laden…\n\rLabels zoeken:   0%|          | 0/2 ["
    )
    assert shown == quiet
    assert [h["text"] for h in shown["labels"]] == ["niet-meewerkend", "zorgmijdend"]


def test_review_on_a_port_in_use_says_so_in_dutch(tmp_path: Path) -> None:
    import socket

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D,2024-01-01\n", "utf-8")
    p = str(tmp_path / "p.wbproj")
    assert _invoke("import", str(folder), "--project", p)[0] == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, out = _invoke("review", p, "--port", str(port))
    assert code == 2
    assert out.splitlines()[-1] == (
        f"fout: poort {port} is al in gebruik (draait de beoordelingspagina al? Open dan "
        f"http://127.0.0.1:{port}/); kies anders een andere poort met --port, bijvoorbeeld "
        f"--port {port + 1}. (WB000)"
    )


def test_labels_table_names_the_words_a_pattern_found(tmp_path: Path) -> None:
    from wb.exports.readable import label_with_words

    assert label_with_words("negatieve typering", "treitert") == "negatieve typering («treitert»)"
    assert label_with_words("niet-meewerkend", "niet meewerkend") == "niet-meewerkend"
    assert label_with_words("loyaliteitsconflict", "loyaliteitsconflicten") == (
        "loyaliteitsconflict"
    )
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Vader treitert haar volgens moeder al jaren. Moeder is niet-meewerkend.", "utf-8"
    )
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D,2024-01-01\n", "utf-8")
    code, out = _invoke("labels", str(folder))
    assert code == 0
    cells = [[c.strip() for c in line.split("  ") if c] for line in out.splitlines()[2:4]]
    assert [row[1] for row in cells] == [
        "negatieve typering («treitert»)",
        "niet-meewerkend",
    ]


def test_reports_without_a_date_are_counted_in_plain_dutch() -> None:
    from wb.dossiers.reuse_detector import undated_warning

    assert undated_warning(1, ["a.txt"]) == (
        "1 rapport zonder datum (a.txt); dat wordt na de gedateerde rapporten geordend. "
        "Vul de kolom 'date' in metadata.csv in."
    )
    names = [f"{k}.txt" for k in range(6)]
    assert undated_warning(6, names) == (
        "6 rapporten zonder datum (0.txt, 1.txt, 2.txt, 3.txt, 4.txt …); die worden na de "
        "gedateerde rapporten op naam geordend. Vul de kolom 'date' in metadata.csv in."
    )


def test_namen_lists_read_well_when_empty_or_one(tmp_path: Path) -> None:
    p = str(tmp_path / "p.wbproj")
    open_project(p).close()
    assert _invoke("namen", "keep", "--project", p) == (
        0,
        "Nog geen termen die nooit vervangen worden; voeg er een toe met --add 'Kinderen Eerst'.\n",
    )
    assert _invoke("namen", "replace", "--project", p, "--add", "Bolletje;persoon") == (
        0,
        "1 term altijd vervangen:\n  Bolletje;PERSOON\n",
    )
    assert _invoke("namen", "replace", "--project", p, "--add", "De Regenboog;SCHOOL")[1] == (
        "2 termen altijd vervangen:\n  Bolletje;PERSOON\n  De Regenboog;SCHOOL\n"
    )


def test_export_says_how_many_rows_it_wrote(tmp_path: Path) -> None:
    p = _project(tmp_path)
    out = tmp_path / "oordelen.csv"
    assert _invoke("export", str(p), "--format", "csv", "--decisions", "--out", str(out)) == (
        0,
        f"Geschreven: {out} (nog geen oordelen: alleen de kolomkoppen).\n",
    )
    with open_project(p) as project:
        session = CodingSession(project, parse_codebook(BOOK), "Anna", suggest=False)
        session.code(3, 9, "School")
    out = tmp_path / "c.csv"
    assert _invoke("export", str(p), "--format", "csv", "--out", str(out)) == (
        0,
        f"Geschreven: {out} (1 codering).\n",
    )


def test_pseudonymise_shows_progress_per_document_when_asked(tmp_path: Path, capsys) -> None:
    from wb.dossiers.pseudonymise import write_pseudonymised

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Mevrouw De Vries belde.", encoding="utf-8")
    (folder / "b.txt").write_text("Meneer Jansen belde.", encoding="utf-8")
    write_pseudonymised(folder, tmp_path / "stil")
    assert capsys.readouterr().err == ""
    report = write_pseudonymised(folder, tmp_path / "uit", progress=True)
    assert capsys.readouterr().err.startswith("\rPseudonimiseren:   0%|          | 0/2 [")
    assert (tmp_path / "uit" / "a.txt").read_text(encoding="utf-8") == (
        (tmp_path / "stil" / "a.txt").read_text(encoding="utf-8")
    )
    assert report.documents == ["a.txt", "b.txt"]
