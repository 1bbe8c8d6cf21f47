"""ux11 (bench/README.md, "ux11"): one return type for the exports, a step line for `wb report`,
and what a new user tripped over in the README's flows."""

from __future__ import annotations

import pickle
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.exports.written import Written
from wb.store import open_project

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"
BOOK = """\
name: proef
codes:
  - name: School
    patterns: [school]
    codes:
      - name: Leraar
  - name: Thuis
"""


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def _coded_project(tmp_path: Path) -> Path:
    from wb.codebook import parse_codebook
    from wb.coding.session import CodingSession
    from wb.corpus.importer import import_folder

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp het kind. Thuis ging het goed.", "utf-8")
    path = tmp_path / "p.wbproj"
    with open_project(path) as project:
        import_folder(project, folder)
        session = CodingSession(project, parse_codebook(BOOK), "Anna", suggest=False)
        session.code(3, 9, "School")
        session.code(26, 45, "Thuis")
    return path


def test_every_export_returns_the_written_path_with_its_count(tmp_path: Path) -> None:
    from wb.codebook import parse_codebook
    from wb.exports.refi_export import export_qdc, export_qdpx
    from wb.exports.tables import export_codings, export_decisions

    with open_project(_coded_project(tmp_path)) as project:
        written = {
            "qdpx": export_qdpx(project, tmp_path / "uit.qdpx"),
            "qdc": export_qdc(project, str(tmp_path / "uit.qdc")),
            "model": export_qdc(parse_codebook(BOOK), tmp_path / "model.qdc"),
            "csv": export_codings(project, tmp_path / "uit.csv"),
            "xlsx": export_codings(project, tmp_path / "uit.xlsx", pseudonymise=True),
            "oordelen": export_decisions(project, tmp_path / "oordelen.csv"),
        }
    for name, path in written.items():
        assert isinstance(path, Path) and isinstance(path, Written), name
        assert path.is_file() and path.stat().st_size > 0, name
    assert {name: (str(p), p.count) for name, p in written.items()} == {
        "qdpx": (str(tmp_path / "uit.qdpx"), 2),
        "qdc": (str(tmp_path / "uit.qdc"), 3),
        "model": (str(tmp_path / "model.qdc"), 3),
        "csv": (str(tmp_path / "uit.csv"), 2),
        "xlsx": (str(tmp_path / "uit.xlsx"), 2),
        "oordelen": (str(tmp_path / "oordelen.csv"), 0),
    }
    assert {name: p.summary() for name, p in written.items()} == {
        "qdpx": f"Geschreven: {tmp_path / 'uit.qdpx'} (2 coderingen).",
        "qdc": f"Geschreven: {tmp_path / 'uit.qdc'} (3 codes).",
        "model": f"Geschreven: {tmp_path / 'model.qdc'} (3 codes).",
        "csv": f"Geschreven: {tmp_path / 'uit.csv'} (2 coderingen).",
        "xlsx": f"Geschreven: {tmp_path / 'uit.xlsx'} (2 coderingen).",
        "oordelen": (
            f"Geschreven: {tmp_path / 'oordelen.csv'} (nog geen oordelen: alleen de kolomkoppen)."
        ),
    }
    # used as any path: pandas, openpyxl, ==, open(), os.fspath
    assert len(pd.read_csv(written["csv"], encoding="utf-8-sig")) == 2
    assert openpyxl.load_workbook(written["xlsx"])["Coderingen"].max_row == 3
    assert written["csv"] == tmp_path / "uit.csv" and hash(written["csv"]) == hash(
        tmp_path / "uit.csv"
    )
    with open(written["oordelen"], encoding="utf-8-sig") as fh:
        assert fh.readline().startswith("corpus,document,soort,")


def test_the_qdpx_export_keeps_what_its_report_had(tmp_path: Path) -> None:
    from wb.exports.refi_export import export_qdpx

    with open_project(_coded_project(tmp_path)) as project:
        report = export_qdpx(project, tmp_path / "uit.qdpx")
    assert (report.codings, report.orphaned) == (2, 0)
    assert type(report.path) is type(Path()) and report.path == tmp_path / "uit.qdpx"
    assert str(report) == str(tmp_path / "uit.qdpx")  # print() gives the path, as any path
    assert report.path.read_bytes() == report.read_bytes()


def test_paths_made_from_a_written_file_carry_no_count(tmp_path: Path) -> None:
    written = Written.file(tmp_path / "a.csv", 3, "codering", "coderingen")
    assert (written.parent.count, (written.parent / "b").count) == (None, None)
    assert written.with_suffix(".xlsx").summary() == f"Geschreven: {tmp_path / 'a.xlsx'}."
    assert pickle.loads(pickle.dumps(written)) == written  # pickles as a path (count dropped)


def test_a_notebook_shows_the_dutch_line_of_an_export(tmp_path: Path) -> None:
    from IPython.lib.pretty import pretty

    written = Written.file(tmp_path / "a.csv", 1, "codering", "coderingen")
    assert pretty(written) == f"Geschreven: {tmp_path / 'a.csv'} (1 codering)."
    assert pretty(written.parent).startswith("Written(")  # a derived path: no line


def test_the_theme_summary_counts_its_themes(tmp_path: Path) -> None:
    from wb.exports.theme_summary import export_summary
    from wb.themes import save_run, themes_for_folder

    folder = Path(__file__).resolve().parent.parent / "corpora" / "verhalen"
    with open_project(tmp_path / "p.wbproj") as project:
        from wb.corpus.importer import import_folder

        import_folder(project, folder)
        result = themes_for_folder(folder, n_themes=3, n_runs=1)
        save_run(project, result)
        written = export_summary(project, tmp_path / "themas.md")
    assert written.count == 3
    assert written.summary() == f"Geschreven: {tmp_path / 'themas.md'} (3 thema's)."
    assert written.read_text(encoding="utf-8").startswith("#")


def _two_reports(tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.", encoding="utf-8")
    (folder / "b.txt").write_text("Vader is zorgmijdend.", encoding="utf-8")
    dates = "file,dossier,date\na.txt,D,2024-01-01\nb.txt,D,2024-02-01\n"
    (folder / "metadata.csv").write_text(dates, encoding="utf-8")
    return folder


def test_writing_the_dossier_report_says_its_step_when_asked(tmp_path: Path, capsys) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.report import write_dossier_report
    from wb.errors import UnknownItemError

    path = tmp_path / "p.wbproj"
    with open_project(path) as project:
        import_folder(project, _two_reports(tmp_path))
        analyse_dossiers(project, LEXICON)
        capsys.readouterr()
        written = write_dossier_report(project, "D", tmp_path / "D.html", progress=True)
        step = "Dossierrapport D schrijven: 2 rapporten pseudonimiseren…\n"
        assert capsys.readouterr().err == step
        assert written.summary() == f"Geschreven: {tmp_path / 'D.html'} (2 rapporten)."
        write_dossier_report(project, "D", tmp_path / "D.html")  # quiet unless asked
        assert capsys.readouterr().err == ""
        with pytest.raises(UnknownItemError):  # an unknown dossier: the error, no step first
            write_dossier_report(project, "X", tmp_path / "X.html", progress=True)
        assert capsys.readouterr().err == ""
    code, out = _invoke("report", str(path), "--dossier", "D", "--out", str(tmp_path / "R.html"))
    assert (code, out) == (0, f"Geschreven: {tmp_path / 'R.html'} (2 rapporten).\n")


def test_an_unclosed_quote_in_metadata_csv_is_named_with_its_line(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    for name in ("a", "b", "c"):
        (folder / f"{name}.txt").write_text(f"Tekst {name}.", encoding="utf-8")
    csv = 'file,organisation,date\na.txt,"Jeugdzorg,2023-01-01\nb.txt,Raad,2023-02-01\n'
    (folder / "metadata.csv").write_text(csv + "c.txt,Raad,2023-03-01\n", encoding="utf-8")
    project = tmp_path / "p.wbproj"
    code, out = _invoke("import", str(folder), "--project", str(project))
    assert (code, out) == (
        2,
        f"fout: {folder / 'metadata.csv'}, regel 2: een waarde begint met een aanhalingsteken "
        '(") dat nergens wordt gesloten, zodat alle regels erna in die ene cel zouden belanden. '
        'Sluit de waarde af met een tweede " of haal het aanhalingsteken weg. (WB120)\n',
    )
    assert not project.exists()  # before: imported, b and c without metadata, exit 0
    quoted = 'file,organisation\na.txt,"Jeugdzorg, regio ""Noord""\nafdeling 2"\nb.txt,Raad\n'
    (folder / "metadata.csv").write_text(quoted, encoding="utf-8")  # a closed multi-line cell
    assert _invoke("import", str(folder), "--project", str(project))[0] == 0
    from wb.store.documents import documents_table

    with open_project(project) as opened:
        table = documents_table(opened)
    assert list(table["organisation"].fillna("")) == [
        'Jeugdzorg, regio "Noord"\nafdeling 2',
        "Raad",
        "",
    ]


def test_max_mb_takes_a_dutch_decimal_comma_and_refuses_zero(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("Tekst.", encoding="utf-8")
    project = str(tmp_path / "p.wbproj")
    assert _invoke("import", str(folder), "--project", project, "--max-mb", "2,5")[0] == 0
    code, out = _invoke("import", str(folder), "--project", project, "--max-mb", "0")
    assert (code, out.splitlines()[-1]) == (
        2,
        "fout: Ongeldige waarde voor '--max-mb': '0' kan niet; geef een getal groter dan 0, "
        "bijv. 20 of 2,5.",
    )
    help_text = " ".join(_invoke("import", "--help")[1].split())
    assert "--max-mb GETAL Grootste toegestane bestand, in MB (megabyte). [standaard: 20]" in (
        help_text
    )


def test_help_names_what_an_option_takes_and_its_default() -> None:
    def help_of(command: str) -> str:
        return " ".join(_invoke(command, "--help")[1].split())

    assert "--coders NAAM NAAM Vergelijk alleen deze twee codeurs, bijv. --coders Anna Bram." in (
        help_of("agreement")
    )
    assert "--coder NAAM Naam van de codeur" in help_of("code")
    assert "(sprekersbeurt in notulen). [standaard: paragraph]" in help_of("themes")


def test_export_refuses_a_file_name_of_another_format(tmp_path: Path) -> None:
    project = str(_coded_project(tmp_path))
    out = tmp_path / "coderingen.csv"
    code, output = _invoke("export", project, "--format", "xlsx", "--out", str(out))
    assert (code, output) == (
        2,
        f"fout: --out {out} eindigt op .csv, maar --format is xlsx; geef het bestand de extensie "
        ".xlsx of kies --format csv. (WB150)\n",
    )
    assert not out.exists()  # before: an Excel file named .csv, exit 0
    for name, fmt in (("c.XLSX", "xlsx"), ("c.txt", "csv"), ("project", "qdpx")):
        assert _invoke("export", project, "--format", fmt, "--out", str(tmp_path / name))[0] == 0
