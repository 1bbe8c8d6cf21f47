"""judging2: the word-free judging signal and its leave-one-round-out harness (bench only).

Made-up sentences, exact candidates and features. The signal was measured leave one round out
over rounds 16-27 and not kept in wb (bench/README.md, "judging2"); these tests pin what the
experiment measured, so a rerun measures the same thing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from label_finders import label_finder

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import judging2_data  # noqa: E402
import judging2_features  # noqa: E402
import train_judging2  # noqa: E402
from bench_labels import SEALED_BATCHES  # noqa: E402

from wb.dossiers import judging  # noqa: E402


def _candidates(text: str, lexical: bool = False) -> list[tuple[str, dict]]:
    doc = label_finder().nlp(text)
    return [(doc[i].text, f) for i, f in judging2_features.candidates(doc, "plain", lexical)]


def test_polarity_comes_from_clips_directly_or_through_a_derived_adjective() -> None:
    assert judging2_features.polarity("afgunstig") == (-0.6, 1.0, "d")
    assert judging2_features.polarity("afgunst") == (-0.6, 1.0, "v")  # afgunst + ig
    assert judging2_features.polarity("jaloersheid") == (-0.6, 1.0, "v")  # jaloers + heid
    assert judging2_features.polarity("zorgzaam") == (0.7, 0.9, "d")
    assert judging2_features.polarity("tafel") is None


def test_a_negative_noun_is_a_candidate_without_a_person_in_the_sentence() -> None:
    text = "Het regent hard vandaag. Er heerst veel afgunst in de klas."
    doc = label_finder().nlp(text)
    assert judging.candidates(doc) == []  # labels21's candidates need a person
    found = _candidates(text)
    assert [w for w, _ in found] == ["afgunst"]
    feats = found[0][1]
    assert {"pol:v", "polneg&NOUN", "shape=none", "t:none", "degree"} <= set(feats)
    assert feats["pol"] == -0.6


def test_the_features_name_no_word_unless_asked() -> None:
    found = dict(_candidates("Ik vond hem lui."))
    assert list(found) == ["vond", "lui"]
    feats = found["lui"]
    assert {"shape=compl", "shape=compl&polneg", "t:pron3", "t:dist1", "s:report"} <= set(feats)
    assert {"s:first", "pol:d", "opentaal"} <= set(feats)
    assert not [
        k for k in feats if "lui" in k or "vind" in k or k.startswith(("l=", "c-", "c+", "e3"))
    ]
    lexical = dict(_candidates("Ik vond hem lui.", lexical=True))["lui"]
    assert {"l=lui", "e3=lui", "l-1=hem"} <= set(lexical)


def test_the_target_is_the_nearest_person_word_before_the_candidate() -> None:
    found = dict(_candidates("Zij is erg koppig."))
    assert {"shape=pred", "t:pron3", "t:dist3", "degree", "end=ig"} <= set(found["koppig"])
    found = dict(_candidates("Jij bent echt onbeschoft."))
    assert "t:pron2" in found["onbeschoft"]
    found = dict(_candidates("Die vervelende moeder belde."))
    assert {"shape=attr", "t:after"} <= set(found["vervelende"])


def test_the_threshold_inside_training_weighs_right_against_wrong() -> None:
    scored = [(0.95, 1), (0.88, 1), (0.86, 0), (0.82, 1), (0.72, 0), (0.66, 1), (0.62, 0)]
    # ratio 3: .80 keeps three right and one wrong (gain 0), lower thresholds lose
    assert train_judging2.choose_threshold(scored, 3) == 0.9
    assert train_judging2.choose_threshold(scored, 1) == 0.8
    assert train_judging2.choose_threshold(scored, 0.5) == 0.65  # four right, two wrong
    assert train_judging2.choose_threshold([(0.2, 0)], 3) == 0.9  # nothing: the highest


def test_the_rounds_left_out_are_16_to_27_and_none_is_sealed() -> None:
    assert sorted(judging2_data.ROUNDS) == list(range(16, 28))
    assert sorted(judging2_data.ROUNDS.values()) == [19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31]
    assert not set(judging2_data.ROUNDS.values()) & SEALED_BATCHES
