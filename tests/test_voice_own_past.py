"""voice16: denials the rules missed (a fronted object denied at the clause's end, "niet" after
a subject and an adverb before "een X") and the guard's `own_past` cue (the writer's own past)."""

from __future__ import annotations

import pytest
from label_finders import found_voices

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ze wil iedereen helpen, maar een alcoholprobleem heeft ze niet.",
            [("alcoholprobleem", "negated")],
        ),
        ("Een alcoholprobleem heeft ze niet meer.", [("alcoholprobleem", "negated")]),
        ("Een narcist is hij niet, zegt ze.", [("narcist", "negated")]),
        (
            "Zit het niet altijd mee, dan ben je echt niet meteen een slechte moeder.",
            [("slechte moeder", "negated")],
        ),
    ],
)
def test_denied(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_voices(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hij is echt een narcist.", [("narcist", "asserted")]),
        ("Ik ben niet zomaar een slechte moeder.", [("slechte moeder", "asserted")]),
        ("Een alcoholprobleem heeft ze niet lang gehad.", [("alcoholprobleem", "discussed")]),
    ],
)
def test_not_denied(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_voices(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Op elke vraag kreeg ik een grote bek terug, in dat kleine uurtje.",
            [("grote bek", "asserted")],
        ),
        (
            "Het vreemde is dat ik veel meer tijgervaders dan tijgermoeders ben tegengekomen.",
            [("tijgervaders", "asserted"), ("tijgermoeders", "asserted")],
        ),
        (
            "Ik heb beloofd wat te schrijven voor en over verstoten moeders.",
            [("verstoten moeders", "discussed")],
        ),
        ("Ik heb veel gelezen over ouderverstoting.", [("ouderverstoting", "discussed")]),
    ],
)
def test_own_past(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    """The writer's own past meets the people the term names: the guard keeps asserted."""
    assert found_voices(finder, text) == expected
