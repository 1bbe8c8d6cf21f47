"""The coding commands end to end: code --apply, export, import .qdpx/.qdc, agreement."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.store import open_project
from wb.store.codings import codings_table

BOOK = """name: proef
codes:
  - name: Gehoord
    color: "#4e79a7"
    patterns: [kind horen, {all: [kind, horen]}]
  - name: Samenwerking
    patterns: [samenwerken]
"""


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_code_export_import_agreement(tmp_path: Path) -> None:
    folder = tmp_path / "verslagen"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "De kinderen hoorden het nieuws.\n\nDaarna werkten de ouders samen.", encoding="utf-8"
    )
    (tmp_path / "book.yaml").write_text(BOOK, encoding="utf-8")
    p = str(tmp_path / "p.wbproj")
    book = str(tmp_path / "book.yaml")
    _run("import", str(folder), "--project", p)
    # two rules match the same sentence: one coding, and applying again adds nothing
    assert "2 coderingen opgeslagen voor codeur 'Anna'" in _run(
        "code", p, "--codebook", book, "--apply", "--coder", "Anna"
    )
    assert "0 coderingen opgeslagen" in _run(
        "code", p, "--codebook", book, "--apply", "--coder", "Anna"
    )
    with open_project(p) as project, project.transaction() as conn:
        conn.execute("INSERT INTO coders (name) VALUES ('Bram')")
        conn.execute(
            'INSERT INTO codings (doc_id, code_id, coder_id, start, "end", created_at) '
            'SELECT doc_id, code_id, 2, start, "end", created_at FROM codings WHERE start = 0'
        )
    out = tmp_path / "a.json"
    text = _run("agreement", p, "--json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["coders"] == ["Anna", "Bram"]
    rows = {r["code"]: r for r in data["per_code"]}
    assert rows["Gehoord"]["kappa"] == 1.0
    # "Daarna werkten de ouders samen." = 31 of 64 characters coded by Anna only
    assert rows["Samenwerking"]["percent_agreement"] == round(100 * 33 / 64, 4)
    assert "totaal" in text
    qdpx = tmp_path / "p.qdpx"
    _run("export", p, "--format", "qdpx", "--out", str(qdpx))
    _run("export", p, "--format", "qdc", "--out", str(tmp_path / "p.qdc"))
    _run("export", p, "--format", "csv", "--out", str(tmp_path / "p.csv"))
    q = str(tmp_path / "q.wbproj")
    assert "2 documenten" not in _run("import", str(qdpx), "--project", q)
    with open_project(p) as a, open_project(q) as b:
        cols = ["document", "code", "coder", "start", "end", "text"]
        left = codings_table(a)[cols].reset_index(drop=True)
        right = codings_table(b)[cols].reset_index(drop=True)
    assert left.equals(right)
    # a .qdc has no name of its own: the codebook is named after the file
    assert "Codeboek 'p' geïmporteerd: 2 codes." in _run(
        "import", str(tmp_path / "p.qdc"), "--project", str(tmp_path / "r.wbproj")
    )


def test_agreement_with_unknown_coder_exits_2(tmp_path: Path) -> None:
    p = tmp_path / "p.wbproj"
    open_project(p).close()
    result = CliRunner().invoke(cli, ["agreement", str(p), "--coders", "A", "B"])
    assert result.exit_code == 2
    assert result.output.startswith("fout: ")
