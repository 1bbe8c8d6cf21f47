"""A user's own keep/replace list files, as a researcher on Windows or Linux writes them:
`wb pseudonymise --keep/--replace FILE`, `wb namen ... --from FILE` and the Python equivalent
(`wb.read_name_list`) read the same files and give one Dutch error naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb import Pseudonymiser, read_name_list
from wb.cli import cli
from wb.errors import LanguageDataError

TEXT = "Bolletje zit op De Regenboog en doet mee aan Kinderen Eerst Samen."


def test_a_list_saved_with_a_byte_order_mark_replaces_its_first_term(tmp_path: Path) -> None:
    listed = tmp_path / "altijd.txt"  # Notepad's "UTF-8 met BOM"
    listed.write_bytes("Bolletje\r\nDe Regenboog;school\r\n".encode("utf-8-sig"))
    terms = read_name_list(listed, "replace")
    assert terms == {"Bolletje": "PERSOON", "De Regenboog": "SCHOOL"}
    assert Pseudonymiser(replace=terms).dossier([TEXT])[0].text == (
        "[PERSOON-1] zit op [SCHOOL-1] en doet mee aan Kinderen Eerst Samen."
    )


def test_a_list_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    listed = tmp_path / "nooit.txt"
    listed.write_bytes("Kinderen Eerst\nCaf\xe9 Samen\n".encode("latin-1"))
    with pytest.raises(LanguageDataError) as info:
        read_name_list(listed, "keep")
    assert info.value.line == 2
    assert str(info.value).startswith(f"{listed}, regel 2: is geen UTF-8-tekst.")


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: None, "bestaat niet."),
        (lambda p: p.mkdir(), "is een map, geen bestand."),
    ],
)
def test_a_list_that_cannot_be_read_says_why_in_dutch(tmp_path: Path, make, says: str) -> None:
    listed = tmp_path / "lijst.txt"
    make(listed)
    with pytest.raises(LanguageDataError) as info:
        read_name_list(listed, "keep")
    assert str(info.value) == f"{listed}: {says} Controleer het pad."


def test_cli_bad_list_files_exit_2_with_file_and_line(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes(b"Bolletje\n\xe9\n")
    (tmp_path / "stad.txt").write_text("Bolletje\nZaandam;STAD\n", encoding="utf-8")
    (tmp_path / "keep.txt").write_text("Kinderen Eerst;Samen\n", encoding="utf-8")
    runner = CliRunner()
    for option, name, line, says in [
        ("--replace", "latin1.txt", 2, "is geen UTF-8-tekst"),
        ("--replace", "stad.txt", 2, "onbekend soort 'STAD'"),
        ("--keep", "keep.txt", 1, "verwacht één term (zonder ;)"),
        ("--keep", "geen.txt", None, "bestaat niet"),
    ]:
        out = tmp_path / f"uit-{name}"
        result = runner.invoke(
            cli, ["pseudonymise", str(corpus), "--out", str(out), option, str(tmp_path / name)]
        )
        where = name if line is None else f"{name}, regel {line}:"
        assert result.exit_code == 2, result.output
        assert where in result.output and says in result.output, result.output
        assert not out.exists()  # nothing half-written


def test_cli_and_python_read_the_same_bom_file(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "altijd.txt").write_bytes("Bolletje\n".encode("utf-8-sig"))
    (tmp_path / "nooit.txt").write_bytes("Kinderen Eerst Samen\n".encode("utf-8-sig"))
    result = CliRunner().invoke(
        cli,
        [
            "pseudonymise",
            str(corpus),
            "--out",
            str(tmp_path / "uit"),
            "--replace",
            str(tmp_path / "altijd.txt"),
            "--keep",
            str(tmp_path / "nooit.txt"),
        ],
    )
    assert result.exit_code == 0, result.output
    shown = (tmp_path / "uit" / "a.txt").read_text(encoding="utf-8")
    assert shown.startswith("[PERSOON-1] zit op ")
    assert shown.rstrip().endswith("Kinderen Eerst Samen.")
    python = Pseudonymiser(
        keep=read_name_list(tmp_path / "nooit.txt", "keep"),
        replace=read_name_list(tmp_path / "altijd.txt", "replace"),
    )
    assert python.dossier([TEXT])[0].text == shown.rstrip("\n")


def test_cli_namen_keep_refuses_a_type_instead_of_dropping_it(tmp_path: Path) -> None:
    from wb.store import open_project
    from wb.store.name_lists import name_lists

    path = tmp_path / "p.wbproj"
    open_project(path).close()
    result = CliRunner().invoke(cli, ["namen", "keep", "--project", str(path), "--add", "Eerst;X"])
    assert result.exit_code == 2 and "geen ';SOORT'" in result.output, result.output
    with open_project(path) as project:
        assert name_lists(project).keep == frozenset()  # not 'Eerst'
