"""The codebook's own wrong suggestions by reason and shape (bench/codes_own_wrong.py, codes46).

Made-up rows in the shape of a ``codes_third_gain.py --dump`` (codebook alone on a whole split).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from codes_own_wrong import reason_group, shape, table
from codes_third_wrong import read_dump


def _row(code: str, kind: str, reason: str, gold: list[str], text: str) -> dict:
    return {
        "set": "codesX",
        "split": "tune",
        "row": "alone, split",
        "doc": "d1",
        "sent": 0,
        "code": code,
        "kind": kind,
        "reason": reason,
        "right": code in gold,
        "suggested": True,
        "gold": gold,
        "third": False,
        "text": text,
    }


ROWS = [
    _row("Omgang", "patroon", "omgangsregeling", ["Omgang"], "De omgangsregeling werkt goed."),
    _row(
        "Omgang", "patroon", "omgangsregeling", ["Conflict"], "Zij houdt zich niet aan de regeling."
    ),
    _row("Omgang", "patroon", "lemma: omgang, in een kop of agendapunt", [], "Omgang"),
    _row(
        "Gezag",
        "patroon",
        '{"all": ["gezag", "ouder"]}',
        ["Gezag/Voogdij"],
        "Het gezag van de ouder.",
    ),
    _row(
        "Gezag/Voogdij",
        "child",
        "subcode van Gezag, die dit document zelf noemt",
        ["Gezag"],
        "Hij kreeg het gezag.",
    ),
    _row(
        "Hulp/Wijkteam",
        "description",
        "past bij de beschrijving: wijk, team, gemeente",
        ["Hulp/Jeugdarts"],
        "Het team van de gemeente in de wijk.",
    ),
    _row(
        "Hulp",
        "description",
        "past bij de beschrijving: echtscheiding, echt, scheiding",
        [],
        "Morgen volgt de echtscheiding.",
    ),
    _row(
        "Hulp",
        "description",
        "staat in de naam van de code: hulp",
        ["Hulp"],
        "Zij vroeg om hulp bij het opvoeden.",
    ),
    _row(
        "Hulp",
        "neighbour",
        "past bij de beschrijving: hulp, net als de zin erna",
        [],
        "Dat was in mei.",
    ),
    _row(
        "Gezag",
        "description",
        "past bij de beschrijving: gezag",
        ["Gezag"],
        "Zie art. 1:253 BW over het gezag.",
    ),
]


def test_reason_groups() -> None:
    groups = [reason_group(r["kind"], r["reason"]) for r in ROWS]
    assert groups == [
        "pattern, one word",
        "pattern, one word",
        "pattern, one word",
        "pattern, more words",
        "child",
        "description, 2+ sentence words",
        "description, one sentence word",
        "description, a word of the code's name",
        "carried (neighbour, passage)",
        "description, one sentence word",
    ]


def test_shapes_of_the_wrong_ones() -> None:
    wrong = [(r["code"], shape(r)) for r in ROWS if not r["right"]]
    assert wrong == [
        ("Omgang", "other code"),
        ("Omgang", "no sentence"),  # a heading the pattern matched
        ("Gezag", "parent"),
        ("Gezag/Voogdij", "child"),
        ("Hulp/Wijkteam", "sibling"),
        ("Hulp", "uncoded"),
        ("Hulp", "uncoded"),
    ]
    citation = dict(ROWS[-1], right=False, gold=["Voogdij"])
    assert shape(citation) == "no sentence"


def test_table_counts_right_wrong_and_shapes(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    counts = table(read_dump(path))
    assert dict(counts["pattern, one word"]) == {
        "right": 1,
        "wrong": 2,
        "other code": 1,
        "no sentence": 1,
    }
    assert dict(counts["description, 2+ sentence words"]) == {"wrong": 1, "sibling": 1}
    # "echtscheiding, echt, scheiding" is one word of the sentence (compound-splits keeps
    # "beslissing" whole, so its old reason "beslis, sing" is no longer one)
    assert dict(counts["description, one sentence word"]) == {
        "right": 1,
        "wrong": 1,
        "uncoded": 1,
    }
    assert sum(c["wrong"] for c in counts.values()) == 7
