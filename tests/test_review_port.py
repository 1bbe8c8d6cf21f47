"""`wb review` on a port in use: said at once, in one Dutch line, before any analysis."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import wb.cli.dossiers
from wb.cli import cli
from wb.store import open_project
from wb.store.findings import findings


def test_a_port_in_use_stops_review_before_the_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is manipulatief volgens het rapport.", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D,2024-01-02\n", "utf-8")
    project = tmp_path / "p.wbproj"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(folder), "--project", str(project)]).exit_code == 0
    analysed: list[Any] = []
    monkeypatch.setattr(wb.cli.dossiers, "analyse_first", lambda *args: analysed.append(args))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["review", str(project), "--port", str(port)])
    assert result.exit_code == 2
    assert result.output == (
        f"fout: poort {port} is al in gebruik (draait de beoordelingspagina al? Open dan "
        f"http://127.0.0.1:{port}/); kies anders een andere poort met --port, bijvoorbeeld "
        f"--port {port + 1}. (WB000)\n"
    )
    assert analysed == []
    with open_project(project) as p:
        assert findings(p, "label") == []
