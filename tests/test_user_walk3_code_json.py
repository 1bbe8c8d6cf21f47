"""user-walk3: `wb code --json` holds each passage's sentence ("text"), as its help and the README
promise ("elke suggestie (zin, code, score, reden)"); with --pseudonymise the sentence as shown."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli

CODEBOOK = """name: Proef
codes:
  - name: Wachtlijsten
    patterns:
      - wachtlijst
"""
TEXT = (
    "Verslag van het gesprek.\n\n"
    "Jan de Vries stond een jaar op de wachtlijst van de jeugdzorg. Daarna ging het beter.\n"
)


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "verslag.txt").write_text(TEXT, encoding="utf-8")
    book = tmp_path / "boek.yaml"
    book.write_text(CODEBOOK, encoding="utf-8")
    return folder, book


def _suggestions(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["suggestions"]


def test_folder_json_holds_the_sentence(tmp_path: Path) -> None:
    folder, book = _setup(tmp_path)
    out = tmp_path / "c.json"
    result = CliRunner().invoke(
        cli, ["code", str(folder), "--codebook", str(book), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    [s] = _suggestions(out)
    assert s["text"] == "Jan de Vries stond een jaar op de wachtlijst van de jeugdzorg."
    assert TEXT[s["start"] : s["end"]] == s["text"]
    assert s["match"]["text"] == "wachtlijst"


def test_pseudonymised_json_shows_the_sentence_with_placeholders(tmp_path: Path) -> None:
    folder, book = _setup(tmp_path)
    out = tmp_path / "c.json"
    args = ["code", str(folder), "--codebook", str(book), "--json", str(out), "--pseudonymise"]
    assert CliRunner().invoke(cli, args).exit_code == 0
    [s] = _suggestions(out)
    assert s["text"] == "[PERSOON-1] stond een jaar op de wachtlijst van de jeugdzorg."
    assert "Vries" not in out.read_text(encoding="utf-8")


def test_project_json_holds_the_sentence(tmp_path: Path) -> None:
    folder, book = _setup(tmp_path)
    project = tmp_path / "p.wbproj"
    assert (
        CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)]).exit_code == 0
    )
    out = tmp_path / "c.json"
    args = ["code", str(project), "--codebook", str(book), "--json", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    [s] = _suggestions(out)
    assert s["doc"] == "map/verslag.txt"
    assert s["text"] == "Jan de Vries stond een jaar op de wachtlijst van de jeugdzorg."
