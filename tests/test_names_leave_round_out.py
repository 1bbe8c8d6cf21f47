"""The leave-one-round-out script of the learned names model never reads a sealed round."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_names
import names_leave_round_out as loro


def test_load_opens_no_text_after_the_last_round(tmp_path: Path, monkeypatch, capsys) -> None:
    (tmp_path / "texts").mkdir()
    text = "Jan woont hier."
    (tmp_path / "texts" / "t1.txt").write_text(text, encoding="utf-8")
    sha = hashlib.sha256(text.encode()).hexdigest()
    items = [
        {"id": "t1", "round": 1, "licence": "public", "sha256": sha},
        {"id": "t2", "round": 2, "licence": "public", "sha256": sha},  # absent on disk
    ]
    (tmp_path / "annotations.json").write_text(json.dumps(items), encoding="utf-8")
    rounds = "rounds:\n- {round: 1, split: tune}\n- {round: 2, split: sealed}\n"
    (tmp_path / "manifest.yaml").write_text(rounds, encoding="utf-8")
    monkeypatch.setattr(bench_names, "HERE", tmp_path)
    assert [i["id"] for i in bench_names.load(1)] == ["t1"]
    assert capsys.readouterr().out == ""  # round 2 was not even looked for
    assert [i["id"] for i in bench_names.load()] == ["t1"]
    assert "skipped t2" in capsys.readouterr().out


def test_the_test_rounds_stop_at_the_last_tune_round(monkeypatch) -> None:
    assert (loro.FIRST_TEST, loro.LAST) == (31, 38)
    monkeypatch.setattr(sys, "argv", ["names_leave_round_out.py", "--rounds", "38-39"])
    with pytest.raises(SystemExit, match="31-38"):
        loro.main()
