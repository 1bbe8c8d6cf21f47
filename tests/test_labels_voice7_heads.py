"""labels-voice7 (2026-12-06): the voice of a compound with a judging person head, tune.

Written sentences, not taken from an evaluation text. labels-aimed5 finds compounds whose head
types a person by a judgement ("straatterroristen"); the rules read them as asserted, but the
learned voice model turned them to discussed (a bare plural read as a general category). Such a
compound now counts as ``aimed`` (:func:`wb.dossiers.voice_assertion.assertion_cues`), which
keeps the rules' asserted unless the sentence has a generic subject (labels24's guard).
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

# (text, default voices); the comment gives main's voices
CASES = [
    # main: discussed
    (
        "Onze wijk wordt al jaren geteisterd door Turkse straatterroristen.",
        [("straatterroristen", "negatieve typering", "asserted")],
    ),
    # main: discussed
    (
        "De stad is in de greep van straatterroristen.",
        [("straatterroristen", "negatieve typering", "asserted")],
    ),
    # main: discussed
    (
        "Wij hebben thuis twee kleine winkelterroristen.",
        [("winkelterroristen", "negatieve typering", "asserted")],
    ),
    # main: discussed
    (
        "Vorig jaar werd het feest verstoord door straatterroristen.",
        [("straatterroristen", "negatieve typering", "asserted")],
    ),
    # main: discussed, discussed (the participle is no compound: unchanged)
    (
        "Het dorp wordt geterroriseerd door een stel huistirannen.",
        [
            ("geterroriseerd", "negatieve typering", "discussed"),
            ("huistirannen", "negatieve typering", "asserted"),
        ],
    ),
    # control, main the same: a generic subject keeps the model's discussed
    (
        "Iedereen weet dat straatterroristen overal het leven zuur maken.",
        [("straatterroristen", "negatieve typering", "discussed")],
    ),
]


@pytest.fixture(scope="module")
def finder():
    return label_finder()


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_judging_head_voices(finder, text: str, expected: list) -> None:
    assert [(h[2], h[3], h[4]) for h in hits(finder, text)] == expected
