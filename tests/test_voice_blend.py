"""voice-blend (2026-12-07): the training options of bench/train_voice.py and the bundled voices.

The blended retrain (C 0.03, --blend 0.7, batches <= 64 + the synthetic dossiers) kept the
synthetic check but read two pinned asserted sentences as discussed and gained nothing on batch
65, so the bundled weights (rounds 1-8) stay (bench/README.md, "voice-blend"). Made-up
sentences, not from an evaluation text, with the exact voices of the default finder (rules +
bundled weights) and of the rules alone; the training options on tiny made-up rows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from label_finders import term_voices

from wb.dossiers.voice_model import WEIGHTS

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import train_voice  # noqa: E402

# (text, default voices, rules voices): one or two of each kind
CASES = [
    # a particular person of the case as subject: applied
    (
        "De vader is erg manipulatief naar zijn zoon.",
        [("manipulatief", "asserted")],
        [("manipulatief", "asserted")],
    ),
    (
        "Haar dochter zit klem tussen beide ouders.",
        [("zit klem", "asserted")],
        [("zit klem", "asserted")],
    ),
    # someone else's words
    (
        "Volgens de moeder is de vader manipulatief.",
        [("manipulatief", "attributed")],
        [("manipulatief", "attributed")],
    ),
    (
        "De advocaat stelt dat er sprake is van ouderverstoting.",
        [("ouderverstoting", "attributed")],
        [("ouderverstoting", "attributed")],
    ),
    # children in general, a question about the term
    (
        "Kinderen in een vechtscheiding raken vaak in een loyaliteitsconflict.",
        [("vechtscheiding", "discussed"), ("loyaliteitsconflict", "discussed")],
        [("vechtscheiding", "discussed"), ("loyaliteitsconflict", "discussed")],
    ),
    ("Wat is ouderverstoting precies?", [("ouderverstoting", "discussed")], None),
    # denied
    ("Er is geen sprake van ouderverstoting.", [("ouderverstoting", "negated")], None),
    ("De vader is niet manipulatief.", [("manipulatief", "negated")], None),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_voices_of_each_kind(finder, rules, text: str, default: list, by_rules) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == (default if by_rules is None else by_rules)


def test_bundled_weights_still_those_of_rounds_1_to_8() -> None:
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert (raw["C"], raw["rows"], len(raw["weights"])) == (0.03, 429, 731)
    assert "settings" not in raw


def _row(text: str, batch: int, gold: str, cue: str, synthetic: bool = False) -> dict:
    return {
        "f": {cue: 1.0},
        "gold": gold,
        "rule": "asserted",
        "text": text,
        "round": "synthetic" if synthetic else "held-out-1",
        "batch": 0 if synthetic else batch,
        "appos": False,
        "guard": False,
    }


# the real rows say a "s:x" sentence is discussed (3 to 1), the synthetic row says asserted;
# a "s:y" sentence is asserted in the real rows
ROWS = [
    _row("a", 1, "discussed", "s:x"),
    _row("b", 2, "discussed", "s:x"),
    _row("c", 3, "discussed", "s:x"),
    _row("d", 4, "asserted", "s:y"),
    _row("e", 5, "asserted", "s:y"),
    _row("f", 6, "asserted", "s:y"),
    _row("syn", 0, "asserted", "s:x", synthetic=True),
]


@pytest.fixture
def plain(monkeypatch):
    """train_voice's globals as without options."""
    monkeypatch.setattr(train_voice, "WEIGHTS", {})
    monkeypatch.setattr(train_voice, "BLEND", 0.0)
    monkeypatch.setattr(train_voice, "SHIFT", 0.0)
    monkeypatch.setattr(train_voice, "UPTO_BATCH", None)
    monkeypatch.setattr(train_voice, "OVERRIDE_ONLY", set())
    monkeypatch.setattr(train_voice, "POPULATION", set())
    return monkeypatch


def test_weighting_the_synthetic_rows_lets_them_win_a_tiny_fit(plain) -> None:
    probe = [_row("p", 9, "discussed", "s:x")]
    vec, model = train_voice.fit(ROWS, 10.0)
    assert train_voice.predict(vec, model, probe) == ["discussed"]
    plain.setattr(train_voice, "WEIGHTS", {"synthetic": 10.0})
    assert train_voice.weight_of(ROWS[-1]) == 10.0
    assert train_voice.weight_of(ROWS[0]) == 1.0
    vec, model = train_voice.fit(ROWS, 10.0)
    assert train_voice.predict(vec, model, probe) == ["asserted"]
    assert train_voice.settings() == "row weights {'synthetic': 10.0}"


def test_upto_batch_keeps_later_batches_out_of_training(plain) -> None:
    assert train_voice.training_rows(ROWS) == ROWS
    plain.setattr(train_voice, "UPTO_BATCH", 3)
    kept = train_voice.training_rows(ROWS)
    assert [r["text"] for r in kept] == ["a", "b", "c", "syn"]
    assert train_voice.unseen(ROWS[3:6], kept)
    assert not train_voice.unseen(ROWS[2:4], kept)


def test_leave_one_batch_out_counts_per_gold_voice(plain) -> None:
    assert list(train_voice.batch_range("4-6")) == [4, 5, 6]
    assert list(train_voice.batch_range("5")) == [5]
    right, n = train_voice.lobo(ROWS, train_voice.batch_range("1-6"), 10.0)
    assert n == {"discussed": 3, "asserted": 3}
    assert right == {"discussed": 3, "asserted": 3}
    assert train_voice.gold_line("x", right, n) == (
        "  x: stem 1.000 (6/6); asserted 3/3, discussed 3/3"
    )


def test_settings_name_the_blend_and_the_shift(plain) -> None:
    plain.setattr(train_voice, "BLEND", 0.7)
    plain.setattr(train_voice, "SHIFT", 0.5)
    assert train_voice.settings() == (
        "rows unweighted; scores blended 0.7 with the weights shipped before (rounds 1-8); "
        "asserted shifted by 0.5"
    )
