"""`wb themes`: JSON contract, tables and the summary for the leernetwerk."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.store import open_project
from wb.themes.store import load_run

REPO = Path(__file__).resolve().parent.parent


def test_themes_on_a_project_writes_json_summary_and_stores_the_run(tmp_path: Path) -> None:
    p = tmp_path / "p.wbproj"
    runner = CliRunner()
    runner.invoke(cli, ["import", str(REPO / "corpora" / "verhalen"), "--project", str(p)])
    out = tmp_path / "uit"
    args = ["themes", str(p), "--json", str(tmp_path / "t.json"), "--out", str(out), "--runs", "2"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert {"id", "label", "keywords", "size", "stability"} <= set(data["themes"][0])
    # the contract's fields, plus the document id for a project's passages
    assert set(data["segments"][0]) == {"doc", "start", "end", "theme", "doc_id"}
    assert sum(t["size"] for t in data["themes"]) + sum(
        1 for s in data["segments"] if s["theme"] == -1
    ) == len(data["segments"])
    for name in ("themas.md", "themas.html", "themas.docx", "themas.csv", "passages.csv"):
        assert (out / name).stat().st_size > 0
    assert "# Thema's voor de onderzoeksagenda" in (out / "themas.md").read_text(encoding="utf-8")
    lines = result.output.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("thema "))
    assert lines[head].split() == ["thema", "trefwoorden", "passages", "stabiliteit", "stabiel"]
    biggest = max(data["themes"], key=lambda t: t["size"])
    assert lines[head + 2].startswith(biggest["label"] + "  ")
    assert len(lines) == head + 2 + len(data["themes"]) + 2  # user-walk4: + where --json went
    assert lines[-1] == f"Geschreven: {tmp_path / 't.json'} (het volledige resultaat als JSON)."
    with open_project(p) as project:
        run = load_run(project)
    assert len(run.themes) == len(data["themes"])
