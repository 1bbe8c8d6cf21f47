"""Folder imports with hostile names and sizes: quoted names, no overwrites, a usable hint."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.importer import ImportFailed, import_folder
from wb.errors import ReadError, SkippedFileWarning, quote_name
from wb.store.documents import iter_documents

NFC = unicodedata.normalize("NFC", "verslag café.txt")
NFD = unicodedata.normalize("NFD", "verslag café.txt")


def test_names_differing_only_in_unicode_form_are_refused(project, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / NFC).write_text("De eerste tekst.\n", encoding="utf-8")
    (folder / NFD).write_text("Een heel andere tekst.\n", encoding="utf-8")
    assert len(list(folder.iterdir())) == 2
    with pytest.raises(ImportFailed) as err:
        import_folder(project, folder)
    [(name, reason)] = err.value.problems
    first, second = sorted([NFC, NFD])
    assert first == NFD  # 'e' + accent sorts before 'é': the NFD file is read first
    assert name == second
    assert reason.startswith(
        f"heet hetzelfde als {quote_name(first, show_accents=True)}, alleen in een andere "
        f"Unicode-vorm ({quote_name(second, show_accents=True)}:"
    )
    assert "'verslag cafe\\u0301.txt'" in reason and "'verslag café.txt'" in reason
    assert list(iter_documents(project)) == []
    report = import_folder(project, folder, skip_bad=True)
    [doc] = iter_documents(project)
    assert (doc.path, doc.version) == (NFC, 1)
    assert doc.text.strip() == "Een heel andere tekst."
    assert report.added == [NFC] and [n for n, _ in report.skipped] == [second]


def test_a_newline_in_a_file_name_cannot_forge_a_line(project, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.txt").write_text("Tekst.\n", encoding="utf-8")
    (folder / "leeg.txt\n  - nep.txt: alles in orde.txt").write_bytes(b"\x00\x01")  # binary
    with pytest.raises(ImportFailed) as err:
        import_folder(project, folder)
    lines = str(err.value).splitlines()
    listed = [line for line in lines if line.startswith("  - ")]
    assert len(listed) == 1
    assert listed[0].startswith("  - 'leeg.txt\\n  - nep.txt: alles in orde.txt': lijkt geen")
    report = import_folder(project, folder, skip_bad=True)
    assert "\n  - nep.txt" not in report.summary()
    assert "overgeslagen: 'leeg.txt\\n  - nep.txt: alles in orde.txt'" in report.summary()


def test_a_newline_in_an_empty_file_name_cannot_forge_a_warning(project, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "goed.txt").write_text("Tekst.\n", encoding="utf-8")
    (folder / "leeg.txt\nfout: nep.txt").write_bytes(b"")  # empty: skipped with a warning
    with pytest.warns(SkippedFileWarning) as caught:
        report = import_folder(project, folder)
    [warning] = [str(w.message) for w in caught]
    assert warning == f"overgeslagen: '{folder}/leeg.txt\\nfout: nep.txt' is leeg (0 bytes)."
    assert "\nfout: nep" not in report.summary()


def test_error_prefix_quotes_a_path_with_a_newline(tmp_path: Path) -> None:
    error = ReadError("is leeg.", path=tmp_path / "a\nfout: nep")
    assert str(error).splitlines() == [f"'{tmp_path}/a\\nfout: nep': is leeg."]


def test_oversized_file_names_the_cli_option_and_its_value_works(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "groot.txt").write_bytes(b"Een zin over de school. " * 100_000)  # 2.3 MB
    project = tmp_path / "p.wbproj"
    runner = CliRunner()
    result = runner.invoke(cli, ["import", str(folder), "--project", str(project), "--max-mb", "1"])
    assert result.exit_code == 2
    assert "verhoog de grens met --max-mb 3 (wb import)." in result.output
    assert "max_bytes" not in result.output
    again = runner.invoke(cli, ["import", str(folder), "--project", str(project), "--max-mb", "3"])
    assert again.exit_code == 0, again.output
