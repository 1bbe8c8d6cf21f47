"""The `wb` command: thin, Dutch, exit codes 0 (ok) and 2 (bad usage or input)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.store import open_project

REPO = Path(__file__).resolve().parent.parent


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notities"
    folder.mkdir()
    (folder / "a.txt").write_text("De ouders werkten goed samen.\n", encoding="utf-8")
    (folder / "b.md").write_text(
        "---\ndate: 4 juli 2023\nperspective: jongere\n---\nIk werd niet gehoord.\n",
        encoding="utf-8",
    )
    return folder


def test_import_documents_and_show(tmp_path: Path) -> None:
    runner = CliRunner()
    project = tmp_path / "p.wbproj"
    result = runner.invoke(cli, ["import", str(_folder(tmp_path)), "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert (
        "Corpus 'notities': 2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen." in result.output
    )
    again = runner.invoke(cli, ["import", str(tmp_path / "notities"), "--project", str(project)])
    assert "0 nieuw, 0 bijgewerkt, 2 ongewijzigd" in again.output
    listing = runner.invoke(cli, ["documents", "--project", str(project)])
    assert listing.exit_code == 0
    assert "a.txt" in listing.output and "b.md" in listing.output and "jongere" in listing.output
    shown = runner.invoke(cli, ["show", "b.md", "--project", str(project)])
    assert shown.exit_code == 0
    assert shown.output.splitlines() == [
        "# notities/b.md (versie 1)",
        "date: 4 juli 2023",
        "perspective: jongere",
        "",
        "Ik werd niet gehoord.",
    ]


def test_bad_input_exits_2_with_one_clear_line(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["import", str(tmp_path / "nergens"), "--project", str(tmp_path / "p.wbproj")]
    )
    assert result.exit_code == 2
    assert result.output.startswith("fout: ")
    assert "nergens" in result.output and "bestaat niet" in result.output  # user-walk8


def test_not_a_project_exits_2(tmp_path: Path) -> None:
    other = tmp_path / "lijst.csv"
    other.write_text("a,b\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["documents", "--project", str(other)])
    assert result.exit_code == 2
    assert "lijst.csv" in result.output and "geen wb-project" in result.output
    assert other.read_text(encoding="utf-8") == "a,b\n"


def test_unknown_document_exits_2(tmp_path: Path) -> None:
    open_project(tmp_path / "p.wbproj").close()
    result = CliRunner().invoke(cli, ["show", "x.txt", "--project", str(tmp_path / "p.wbproj")])
    assert result.exit_code == 2
    assert "x.txt" in result.output and "wb documents" in result.output


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["import"])
    assert result.exit_code == 2


def test_info_names_the_pipeline_via_console_script() -> None:
    wb = Path(sys.executable).parent / "wb"
    result = subprocess.run([str(wb), "info"], capture_output=True, text=True, check=True)
    assert "Taalpijplijn: " in result.stdout
    name = result.stdout.split("Taalpijplijn: ")[1].split()[0]
    assert name in ("wb-offline-nl", "nl_core_news_sm")
    assert "spacy: 3.8" in result.stdout
    assert "wb downloadt niets" in result.stdout
    if name == "wb-offline-nl":
        assert "wb_tagger" in result.stdout and "woordsoorten: wb:" in result.stdout


def test_pipeline_line_says_in_dutch_which_pipeline_runs() -> None:
    from wb.info import pipeline_line

    assert pipeline_line({"name": "wb-offline-nl", "version": "2.0.0"}) == (
        "Taalpijplijn: wb-offline-nl 2.0.0 (wb's eigen offline pijplijn; het spaCy-model "
        "nl_core_news_sm is niet geïnstalleerd)"
    )
    assert pipeline_line({"name": "nl_core_news_sm", "version": "3.8.0"}) == (
        "Taalpijplijn: nl_core_news_sm 3.8.0 (het Nederlandse spaCy-model)"
    )
