"""user-walk3: `wb report`/`wb review` with --lexicon on a project already searched passed the
list over in silence (even a wrong file); now the list is read and a notice says it is not used."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli

ROOT = Path(__file__).resolve().parents[1]
NOTICE = (  # review4: the notice points to --opnieuw (a clean re-search)
    "Let op: dit project is al doorzocht; --lexicon {} is niet gebruikt. Wilt u de rapporten met "
    "deze labellijst doorzoeken, voeg dan --opnieuw toe: wb zoekt dan opnieuw en vervangt de "
    "vorige vondsten; passages met een oordeel blijven staan.\n"
)


@pytest.fixture
def searched(tmp_path: Path) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "r1.txt").write_text("Moeder is niet-meewerkend.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,date,dossier\nr1.txt,2023-01-05,R1\n")
    project = tmp_path / "p.wbproj"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(folder), "--project", str(project)]).exit_code == 0
    out = tmp_path / "r.html"
    first = runner.invoke(cli, ["report", str(project), "--dossier", "R1", "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[0] == (
        "Labels en overgenomen passages gezocht en opgeslagen in het project."
    )
    return project


def test_a_wrong_lexicon_file_is_said_even_when_searched_before(
    searched: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "labels.xlsx"
    bad.write_bytes(b"PK\x03\x04")
    out = tmp_path / "r2.html"
    args = ["report", str(searched), "--dossier", "R1", "--out", str(out), "--lexicon", str(bad)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"fout: {bad}: is een Excel-bestand, geen labellijst in YAML.")
    assert not out.exists()


def test_a_good_lexicon_on_a_searched_project_gets_a_notice(searched: Path, tmp_path: Path) -> None:
    lexicon = ROOT / "codebooks" / "labels.yaml"
    out = tmp_path / "r2.html"
    args = [
        "report",
        str(searched),
        "--dossier",
        "R1",
        "--out",
        str(out),
        "--lexicon",
        str(lexicon),
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    assert result.stderr == NOTICE.format(lexicon)
    assert result.stdout == f"Geschreven: {out} (1 rapport).\n"


def test_no_lexicon_given_no_notice(searched: Path, tmp_path: Path) -> None:
    out = tmp_path / "r2.html"
    result = CliRunner().invoke(
        cli, ["report", str(searched), "--dossier", "R1", "--out", str(out)]
    )
    assert result.exit_code == 0
    assert result.stderr == ""
