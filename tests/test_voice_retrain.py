"""voice-retrain (2026-12-07): the bundled voice weights stay those of rounds 1-8.

A plain retrain on labels batches <= 64 plus the synthetic dossiers read the dossiers' "moeder
zet de kinderen tegen vader op" (the report's own statement: asserted) as attributed, so the
synthetic check fell to voice .977 and the weights were not shipped (bench/README.md,
"voice-retrain"). Made-up sentences, not from an evaluation text, with the exact voices of the
default finder (rules + bundled weights) and of the rules alone.
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

# (text, default voices, rules voices)
CASES = [
    # a lexicon term about children in general: the model overrules the rules' asserted
    (
        "Veel kinderen komen na een scheiding in een loyaliteitsconflict terecht.",
        [("loyaliteitsconflict", "discussed")],
        [("loyaliteitsconflict", "asserted")],
    ),
    (
        "Ouderverstoting is een omstreden begrip in de jeugdzorg.",
        [("Ouderverstoting", "discussed")],
        [("Ouderverstoting", "discussed")],
    ),
    # about "de moeder": applied
    (
        "De moeder is manipulatief.",
        [("manipulatief", "asserted")],
        [("manipulatief", "asserted")],
    ),
    # the dossiers' line the retrain on batches <= 64 read as attributed ("tegen vader op")
    (
        "Vader ziet de kinderen niet meer. Er is sprake van ouderverstoting: moeder zet de "
        "kinderen tegen vader op.",
        [("ouderverstoting", "asserted"), ("tegen vader op", "asserted")],
        [("ouderverstoting", "asserted"), ("tegen vader op", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_voices_under_the_bundled_weights(
    finder, rules, text: str, default: list, by_rules: list
) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


def test_bundled_weights_are_those_of_rounds_1_to_8() -> None:
    raw = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert (raw["C"], raw["rows"], len(raw["weights"])) == (0.03, 429, 731)


def test_trained_on_names_batches_texts_and_rows() -> None:
    rows = [
        {"round": "held-out-1", "batch": 3, "text": "a"},
        {"round": "held-out-1", "batch": 3, "text": "a"},
        {"round": "tune", "batch": 26, "text": "b"},
        {"round": "synthetic", "batch": 0, "text": "synthetic/x.txt"},
    ]
    assert train_voice.trained_on(rows) == (
        "bench/realtext/labels batches 3-26 (2 texts present, 3 rows) + corpora/dossiers (1 rows)"
    )
    assert train_voice.trained_on(rows[3:]) == "corpora/dossiers (1 rows)"
