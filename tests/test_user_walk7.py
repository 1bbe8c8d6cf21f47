"""user-walk7: three CLI fixes from user-walk6's "Seen and left".

`wb export --out` makes a missing folder (as `wb themes --out` does) and says so in Dutch.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli


def _project(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("De ouders werkten goed samen.\n", encoding="utf-8")
    project = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)])
    assert result.exit_code == 0, result.output
    return project


def test_export_makes_a_missing_folder_and_says_where_it_wrote(tmp_path: Path) -> None:
    project = _project(tmp_path)
    out = tmp_path / "uit" / "diep" / "x.csv"
    result = CliRunner().invoke(cli, ["export", str(project), "--format", "csv", "--out", str(out)])
    assert (result.exit_code, result.output) == (
        0,
        f"Map {out.parent} aangemaakt.\n"
        f"Geschreven: {out} (nog geen coderingen: alleen de kolomkoppen).\n",
    )
    assert out.read_text(encoding="utf-8-sig") == (
        "corpus,document,code,codeboek,codeur,begin,eind,tekst,memo,herkomst,regel,status,"
        "aangemaakt\n"
    )


def test_export_into_an_existing_folder_says_nothing_about_folders(tmp_path: Path) -> None:
    project = _project(tmp_path)
    out = tmp_path / "x.qdpx"
    result = CliRunner().invoke(
        cli, ["export", str(project), "--format", "qdpx", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "aangemaakt" not in result.output and out.is_file()


def test_export_refuses_a_file_in_the_way_before_making_anything(tmp_path: Path) -> None:
    project = _project(tmp_path)
    afile = tmp_path / "afile"
    afile.write_text("", encoding="utf-8")
    out = afile / "sub" / "x.csv"
    result = CliRunner().invoke(cli, ["export", str(project), "--format", "csv", "--out", str(out)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {out}: {afile} is een bestand, geen map; kies een ander pad. (WB170)\n",
    )
