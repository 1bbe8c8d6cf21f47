"""user-walk7: three CLI fixes from user-walk6's "Seen and left".

`wb export --out` makes a missing folder (as `wb themes --out` does) and says so in Dutch.
`wb pseudonymise` writes a .docx as NAME.txt (was NAME.docx.txt); a .docx and a .txt of one
name stop the command (exit 2) naming both, before anything is written.
The CSV/Excel column `regel` says a pattern as the coding widget does, not as the codebook's JSON.
"""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from wb.cli import cli
from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.exports.tables import export_table
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding


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


def _docx(path: Path, text: str) -> None:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(path)


def test_pseudonymise_writes_a_docx_as_name_txt(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _docx(folder / "klankbordgroep_2024-09-05.docx", "De ouders werkten goed samen.")
    (folder / "b.md").write_text("Het gesprek verliep rustig.\n", encoding="utf-8")
    out = tmp_path / "uit"
    result = CliRunner().invoke(cli, ["pseudonymise", str(folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["b.md", "klankbordgroep_2024-09-05.txt"]
    assert (out / "klankbordgroep_2024-09-05.txt").read_text(encoding="utf-8") == (
        "De ouders werkten goed samen.\n"
    )


def test_pseudonymise_stops_when_a_docx_and_a_txt_would_share_a_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _docx(folder / "verslag.docx", "De ouders werkten goed samen.")
    (folder / "verslag.txt").write_text("Het gesprek verliep rustig.\n", encoding="utf-8")
    out = tmp_path / "uit"
    result = CliRunner().invoke(cli, ["pseudonymise", str(folder), "--out", str(out)])
    assert (result.exit_code, result.stderr) == (
        2,
        f"fout: {folder}: verslag.docx en verslag.txt zouden allebei verslag.txt worden in de "
        "uitvoermap. Hernoem of verplaats een van beide en probeer opnieuw; er is niets "
        "geschreven. (WB190)\n",
    )
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["in"]


def test_the_rule_column_says_a_pattern_as_the_widget_does(project, tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    text = "Ik heb geen contact meer met mijn vader. Ik ben mijn vrienden verloren."
    (folder / "a.txt").write_text(text, encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: Verlies\n"))
    code = code_ids(project, "cb")["Verlies"]
    doc = project.conn.execute("SELECT id FROM documents").fetchone()[0]
    rules = ['{"all": ["geen", "contact"]}', "vrienden verliezen", "(geleerd)", None]
    for k, rule in enumerate(rules):
        origin = "manual" if rule is None else "suggestion"
        add_coding(project, doc, code, "Anna", k, k + 2, origin=origin, rule=rule)
    shown = export_table(project)["regel"].tolist()
    assert shown == [
        "patroon: geen + contact (in één zin)",
        "lemma's na elkaar: vrienden verliezen",
        "(geleerd)",
        None,  # an own coding has no rule: an empty cell
    ]
