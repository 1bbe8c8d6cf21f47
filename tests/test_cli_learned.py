"""`wb review --learned` and `wb report --learned`: the learned detector of judging language
reaches the dossier analysis (made-up sentences, as in tests/test_judging.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.dossiers.judging import LABEL, method_line
from wb.store import open_project
from wb.store.findings import current_decisions, decide, findings

FOUND = "Labels en overgenomen passages gezocht en opgeslagen in het project."


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A one-report dossier: a lexicon term, and a word only the learned detector marks."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Moeder is manipulatief volgens het rapport. Vader gedraagt zich tegenwerkend.\n",
        encoding="utf-8",
    )
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D,2024-01-02\n", "utf-8")
    path = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(path)])
    assert result.exit_code == 0, result.output
    return path


def labels_found(path: Path) -> list[tuple[int, str, str, str]]:
    """(id, label, text, voice) of each label finding in the project."""
    with open_project(path) as p:
        return [
            (f.id, f.payload["label"], f.payload["text"], f.payload["voice"])
            for f in findings(p, "label")
        ]


def test_report_learned_adds_the_learned_hits_and_keeps_decisions(
    project: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    first = tmp_path / "r1.html"
    plain = runner.invoke(cli, ["report", str(project), "--dossier", "D", "--out", str(first)])
    assert plain.exit_code == 0, plain.output
    assert plain.output.splitlines() == [FOUND, f"Geschreven: {first} (1 rapport)."]
    assert LABEL not in first.read_text(encoding="utf-8")
    [(term_id, *term)] = labels_found(project)
    assert term == ["manipulatief", "manipulatief", "attributed"]
    with open_project(project) as p:
        decide(p, term_id, "Kees", "terecht")

    out = tmp_path / "r2.html"
    learned = runner.invoke(
        cli, ["report", str(project), "--dossier", "D", "--out", str(out), "--learned"]
    )
    assert learned.exit_code == 0, learned.output
    assert learned.output.splitlines() == [
        FOUND,
        method_line(True),
        f"Geschreven: {out} (1 rapport).",
    ]
    assert labels_found(project)[0] == (term_id, "manipulatief", "manipulatief", "attributed")
    assert [f[1:] for f in labels_found(project)[1:]] == [(LABEL, "tegenwerkend", "asserted")]
    with open_project(project) as p:
        assert current_decisions(p)[term_id]["decision"] == "terecht"
    html = out.read_text(encoding="utf-8")
    assert html.count(f"<td data-head='Label'>{LABEL}<br>") == 1
    assert '<span class="hit">tegenwerkend</span>' in html


class FakeServer:
    """Stands in for the review server: bound before the analysis, given its session after it;
    records what the page would show, then 'Ctrl+C'."""

    server_port = 8765
    session: Any = None

    def serve_forever(self) -> None:
        self.items = self.session.items("D")
        raise KeyboardInterrupt

    def server_close(self) -> None:
        pass


def test_review_learned_shows_the_learned_hits(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.dossiers.review_server

    servers: list[FakeServer] = []

    def fake_open_port(port: int) -> FakeServer:
        servers.append(FakeServer())
        return servers[-1]

    monkeypatch.setattr(wb.dossiers.review_server, "open_port", fake_open_port)
    runner = CliRunner()
    plain = runner.invoke(cli, ["review", str(project)])
    assert plain.exit_code == 0, plain.output
    assert plain.output.splitlines()[0] == FOUND
    assert plain.output.splitlines()[-1] == "Gestopt."
    again = runner.invoke(cli, ["review", str(project)])  # analysed already: not again
    assert again.exit_code == 0 and FOUND not in again.output
    learned = runner.invoke(cli, ["review", str(project), "--learned"])
    assert learned.exit_code == 0, learned.output
    assert learned.output.splitlines()[:2] == [FOUND, method_line(True)]
    shown = [[(i["label"], i["text"]) for i in s.items] for s in servers]
    assert shown == [
        [("manipulatief", "manipulatief")],
        [("manipulatief", "manipulatief")],
        [("manipulatief", "manipulatief"), (LABEL, "tegenwerkend")],
    ]
