"""Findings and review decisions: stored, changeable, undoable, exportable."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store.findings import (
    current_decisions,
    decide,
    decisions_table,
    findings,
    store_findings,
    withdraw,
)


def _project_with_finding(project, tmp_path: Path) -> int:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "r1.txt").write_text("Er is sprake van ouderverstoting.", encoding="utf-8")
    import_folder(project, folder)
    item = {
        "doc_id": 1,
        "start": 17,
        "end": 32,
        "key": "ouderverstoting",
        "payload": {"label": "ouderverstoting", "voice": "asserted"},
    }
    (finding_id,) = store_findings(project, "label", [item])
    assert store_findings(project, "label", [item]) == [finding_id]  # same finding, same id
    return finding_id


def test_decide_change_withdraw_and_export(project, tmp_path: Path) -> None:
    fid = _project_with_finding(project, tmp_path)
    assert [f.payload["label"] for f in findings(project, "label")] == ["ouderverstoting"]
    first = decide(project, fid, "Mirjam", "terecht")
    decide(
        project,
        fid,
        "Mirjam",
        "niet terecht",
        comment="Moeder zei dit nooit.",
        alternative="Vader zegt dat het kind hem afwijst.",
    )
    now = current_decisions(project)[fid]
    assert (now["decision"], now["comment"]) == ("niet terecht", "Moeder zei dit nooit.")
    table = decisions_table(project)
    assert list(table.columns[:6]) == ["corpus", "document", "soort", "begin", "eind", "label"]
    assert table.iloc[0]["eigen_formulering"] == "Vader zegt dat het kind hem afwijst."
    withdraw(project, now["id"])
    assert current_decisions(project)[fid]["id"] == first


def test_bad_decisions_are_refused(project, tmp_path: Path) -> None:
    fid = _project_with_finding(project, tmp_path)
    with pytest.raises(InputError, match="terecht"):
        decide(project, fid, "Mirjam", "misschien")
    with pytest.raises(InputError, match="beoordelaar"):
        decide(project, fid, " ", "terecht")
    with pytest.raises(InputError, match="bestaat niet"):
        decide(project, 999, "Mirjam", "terecht")
