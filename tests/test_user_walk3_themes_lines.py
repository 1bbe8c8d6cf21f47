"""user-walk3: too little text for themes, in documents with a paragraph per line (no blank line
between, as text copied from a web page), says what a passage is and what to do (exit 2)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli

TOO_LITTLE = (
    "te weinig tekst om thema's te vinden: 3 passages met ten minste 3 inhoudswoorden (er zijn "
    "er minstens 4 nodig)."
)
HINT = (
    " Een passage is een alinea: tekst tussen lege regels. In 3 documenten staan alinea's op "
    "losse regels zonder lege regel ertussen; wb leest zulke regels samen als één passage. Zet "
    "een lege regel tussen de alinea's, of voeg meer documenten toe."
)
LINES = [
    "De moeder vertelt over het contact met de kinderen op school.",
    "De vader wil meer omgang met zijn dochter in het weekend.",
    "De jeugdbeschermer zoekt een nieuwe school voor de zoon.",
]


def _folder(tmp_path: Path, between: str) -> Path:
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(between.join(LINES) + "\n", encoding="utf-8")
    return folder


def test_paragraphs_on_single_lines_get_the_hint(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["themes", str(_folder(tmp_path, "\n"))])
    assert result.exit_code == 2
    assert result.output == f"fout: {TOO_LITTLE}{HINT} (WB160)\n"


def test_the_hint_is_there_for_a_project_too_and_nothing_is_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "\n")
    project = tmp_path / "p.wbproj"
    assert (
        CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)]).exit_code == 0
    )
    out = tmp_path / "themas"
    result = CliRunner().invoke(cli, ["themes", str(project), "--out", str(out)])
    assert result.exit_code == 2
    assert result.output == f"fout: {TOO_LITTLE}{HINT} (WB160)\n"
    assert not out.exists()


def test_hard_wrapped_lines_without_a_sentence_end_get_no_hint(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(
            "De moeder vertelt over het contact met de kinderen\nop school en over de omgang.\n",
            encoding="utf-8",
        )
    result = CliRunner().invoke(cli, ["themes", str(folder)])
    assert result.exit_code == 2
    assert result.output == f"fout: {TOO_LITTLE} (WB160)\n"
