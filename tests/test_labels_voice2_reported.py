"""labels-voice (2026-12-06): reports the rules missed, with exact voices.

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone (``voice_model="rules"``): a speech tag
inserted before a "dat"-clause, the reportative perfect ("zou hebben verwaarloosd"), the
perfect passive of a labelling participle ("ben voor X uitgescholden"), "volgens" + a source
noun and "het aantal X", with controls that must stay as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from label_finders import found_voices

from wb.dossiers.voice_reportative import reportative_perfect

ROOT = Path(__file__).resolve().parent.parent


# (text, default voices, rules voices)
CASES = [
    # a speech tag inserted before the "dat"-clause it reports: "dat" is no relative pronoun
    (
        "Het is zorgwekkend, zegt wethouder Bakker, dat tieners steeds vaker crimineel gedrag "
        "vertonen.",
        [("crimineel gedrag", "attributed")],
        [("crimineel gedrag", "attributed")],
    ),
    # control: a relative clause about the speaker ("die ...") is the author's description
    (
        "Dat ziet wethouder Bakker, die zelf ouderverstoting heeft meegemaakt.",
        [("ouderverstoting", "discussed")],
        [("ouderverstoting", "asserted")],
    ),
    # the reportative perfect: someone's claim, no speaker named
    (
        "Een man uit Zwolle staat terecht, omdat hij zijn kinderen ernstig zou hebben "
        "verwaarloosd.",
        [("verwaarloosd", "attributed")],
        [("verwaarloosd", "attributed")],
    ),
    (
        "De ouders zouden hun dochter jarenlang hebben verwaarloosd, meldt de officier.",
        [("verwaarloosd", "attributed")],
        [("verwaarloosd", "attributed")],
    ),
    # controls: a condition, one's own counterfactual, a question, a plain perfect
    (
        "Als de vader zijn kinderen verwaarloosd zou hebben, was de zorg eerder ingeschakeld.",
        [("verwaarloosd", "asserted")],
        [("verwaarloosd", "asserted")],
    ),
    (
        "Ik zou mijn kinderen nooit hebben verwaarloosd.",
        [("verwaarloosd", "negated")],
        [("verwaarloosd", "negated")],
    ),
    (
        "Zou zij haar kinderen hebben verwaarloosd?",
        [("verwaarloosd", "asserted")],
        [("verwaarloosd", "asserted")],
    ),
    (
        "De moeder heeft haar kinderen ernstig verwaarloosd.",
        [("verwaarloosd", "asserted")],
        [("verwaarloosd", "asserted")],
    ),
    # the perfect passive of a labelling participle: someone else called her that
    (
        "Op het schoolplein ben ik een keer voor slechte moeder uitgescholden.",
        [("slechte moeder", "attributed")],
        [("slechte moeder", "attributed")],
    ),
    (
        "Zij is door de buren voor rotmoeder uitgescholden.",
        [("rotmoeder", "attributed")],
        [("rotmoeder", "attributed")],
    ),
    # control: "zijn" + a participle of becoming is no labelling
    (
        "Hij is een slechte vader geworden.",
        [("slechte vader", "asserted")],
        [("slechte vader", "asserted")],
    ),
    # "volgens" + a noun phrase of a source no agent rule knows
    (
        "Volgens de officier van justitie wijst dit op verwaarlozing van de kinderen.",
        [("verwaarlozing", "attributed")],
        [("verwaarlozing", "attributed")],
    ),
    # controls: the text's own study, a law
    (
        "Volgens dit onderzoek is ouderverstoting zeldzaam.",
        [("ouderverstoting", "discussed")],
        [("ouderverstoting", "asserted")],
    ),
    (
        "Volgens artikel 1:247 BW moeten ouders hun kinderen niet verwaarlozen.",
        [("verwaarlozen", "negated")],
        [("verwaarlozen", "negated")],
    ),
    # "het aantal X" counts a category (policy line 8), whoever gives the figure
    (
        "Volgens de woordvoerder kan bemiddeling het aantal vechtscheidingen met de helft "
        "terugbrengen.",
        [("vechtscheidingen", "discussed")],
        [("vechtscheidingen", "discussed")],
    ),
    # control: "een aantal X" is some X
    (
        "Een aantal narcistische ouders weigert mee te werken.",
        [("narcistische", "asserted"), ("weigert mee te werken", "asserted")],
        [("narcistische", "asserted"), ("weigert mee te werken", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def testfound_voices(finder, rules, text, default, by_rules) -> None:
    assert found_voices(finder, text) == default
    assert found_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij zou haar kinderen hebben verwaarloosd.", True),
        ("De kinderen zouden zijn mishandeld.", True),
        ("Zij zou haar kinderen verwaarlozen.", False),  # no perfect
        ("Indien zij haar kinderen zou hebben verwaarloosd, volgt straf.", False),
        ("We zouden dat anders hebben gedaan.", False),
    ],
)
def test_reportative_perfect(finder, text: str, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    at = next(i for i, t in enumerate(tokens) if t.lower_ in ("kinderen", "dat"))
    assert reportative_perfect(tokens, at, at + 1) is expected


def test_leave_round_out_scheme_rows() -> None:
    """The bench's model rows: the rules say asserted and no guard cue holds."""
    sys.path.insert(0, str(ROOT / "bench"))
    from voice_leave_round_out import HELD, model_rows

    assert HELD == tuple(range(31, 44))
    assert model_rows({"rule": "asserted", "guard": False})
    assert not model_rows({"rule": "asserted", "guard": True})
    assert not model_rows({"rule": "discussed", "guard": False})
