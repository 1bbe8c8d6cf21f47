"""codes45: the wrong suggestions after a third, by source (bench/codes_third_wrong.py).

A made-up dump of ``codes_third_gain.py``: one split with a coded third (d1) and a rest (d2).
The codebook alone suggests *Omgang* on two sentences of the rest (one right) and, in the third,
*Verhuizing* on two sentences the researcher coded otherwise; after the third the reach adds
*Verhuizing* next to it (wrong: the sentence is coded *Omgang*) and *Omgang* on an uncoded
sentence (wrong), and a neighbour adds *Omgang* rightly.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from codes_third_wrong import (
    added_by_third,
    added_status,
    by_source,
    read_dump,
    source_of,
    third_precision,
)


def _row(row, doc, sent, code, kind, right, gold, suggested=True, third=False):
    return {
        "set": "codesX",
        "split": "held-out",
        "row": row,
        "doc": doc,
        "sent": sent,
        "code": code,
        "kind": kind,
        "reason": "",
        "right": right,
        "suggested": suggested,
        "gold": gold,
        "third": third,
        "text": "",
    }


ROWS = [
    # the codebook alone on the whole split: two wrong *Verhuizing* in the third, one right *Omgang*
    _row("alone, split", "d1", 0, "Verhuizing", "patroon", False, ["Omgang"], third=True),
    _row("alone, split", "d1", 2, "Verhuizing", "description", False, [], third=True),
    _row("alone, split", "d1", 3, "Omgang", "patroon", True, ["Omgang"], third=True),
    # the codebook alone on the rest
    _row("alone", "d2", 0, "Omgang", "patroon", True, ["Omgang"]),
    _row("alone", "d2", 1, "Omgang", "description", False, []),
    _row("alone", "d2", 4, "Verhuizing", "patroon", False, ["Omgang"]),
    # after the third: all of the codebook alone's, plus three additions
    _row("main", "d2", 0, "Omgang", "patroon", True, ["Omgang"]),
    _row("main", "d2", 1, "Omgang", "description", False, []),
    _row("main", "d2", 4, "Verhuizing", "patroon", False, ["Omgang"]),
    _row("main", "d2", 5, "Verhuizing", "reach", False, ["Omgang"]),
    _row("main", "d2", 6, "Omgang", "reach", False, []),
    _row("main", "d2", 4, "Omgang", "neighbour", True, ["Omgang"]),
    # a missed gold coding: not a suggestion
    _row("main", "d2", 7, "Omgang", "", False, ["Omgang"], suggested=False),
]


def test_the_source_is_the_codebook_when_the_codebook_alone_suggests_it_too():
    alone = {("codesX", "held-out", "d2", 4): {"Verhuizing"}}
    assert source_of(ROWS[8], alone) == "codebook"
    assert source_of(ROWS[11], alone) == "neighbour"


def test_right_and_wrong_by_source():
    assert by_source(ROWS) == {
        ("codesX", "held-out", "codebook", True): 1,
        ("codesX", "held-out", "codebook", False): 2,
        ("codesX", "held-out", "reach", False): 2,
        ("codesX", "held-out", "neighbour", True): 1,
    }
    # the codebook alone's own row: every suggestion is the codebook's
    assert by_source(ROWS, "alone") == {
        ("codesX", "held-out", "codebook", True): 1,
        ("codesX", "held-out", "codebook", False): 2,
    }


def test_what_the_additions_stand_on():
    assert added_status(ROWS) == {
        # sentence 5: no codebook suggestion, coded *Omgang* by the researcher
        ("reach", "none", "other code"): 1,
        # sentence 6: nothing, uncoded
        ("reach", "none", "uncoded"): 1,
        # sentence 4: the codebook alone has *Verhuizing* there; the neighbour's *Omgang* is right
        ("neighbour", "other code", "right"): 1,
    }


def test_the_thirds_verdict_on_the_codebook_evidence():
    assert third_precision(ROWS) == {
        ("codesX", "held-out", "Verhuizing"): (0, 2),
        ("codesX", "held-out", "Omgang"): (1, 1),
    }
    assert added_by_third(ROWS) == {
        ("reach", "imprecise", False): 1,
        ("reach", "precise", False): 1,
        ("neighbour", "precise", True): 1,
    }


def test_the_dump_is_read_back(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS[:3]) + "\n", encoding="utf-8")
    assert read_dump(path) == ROWS[:3]
