"""bench/names_rule_spans.py never runs the rules on a sealed round of the names set."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))


def test_main_leaves_sealed_rounds_out(monkeypatch, capsys) -> None:
    import bench_names
    import names_rule_spans

    items = [
        {"id": "t1", "round": 40, "split": "tune", "text": "x"},
        {"id": "t2", "round": 41, "split": "sealed", "text": "y"},
        {"id": "t3", "round": 42, "split": "sealed", "text": "z"},
    ]
    monkeypatch.setattr(bench_names, "load", lambda last_round=None: items)
    asked: list[list[str]] = []

    def fake_spans(commit, chosen):
        asked.append([i["id"] for i in chosen])
        return {i["id"]: [] for i in chosen}

    monkeypatch.setattr(names_rule_spans, "spans", fake_spans)
    for argv, expected in ((["current"], ["t1"]), (["current", "41", "40"], ["t1"])):
        monkeypatch.setattr(sys, "argv", ["names_rule_spans.py", *argv])
        names_rule_spans.main()
        assert asked.pop() == expected
    assert "rounds 41, 42 sealed: left out" in capsys.readouterr().out
