"""Labels after round 13 (issue 11 §1, labels13): other spellings of the words for a parent in
the description pattern and in the voice cues, and verb forms of indoctrination as a form of
brainwashing. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import described, label_finder
from label_finders import hits as found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gisteren stond de boze pappa van Tim weer aan de deur.", ["boze pappa"]),
        ("Die nare mamma's kwamen te laat op het schoolplein.", ["nare mamma's"]),
        ("De boze pappie van Tim riep door de gang.", ["boze pappie"]),
        ("Een lastige mammie belde de juf.", ["lastige mammie"]),
        # a kind word about one's own parent is no typering
        ("Mijn pappie is lief.", []),
    ],
)
def test_parent_spellings_in_descriptions(text: str, expected: list[str]) -> None:
    assert described(text) == expected


def test_a_parent_spelling_is_a_person_for_the_voice() -> None:
    # with the person word known, the learned voice reads the case as a claim about a person
    text = "Gisteren stond de boze pappa van Tim weer aan de deur."
    assert found(label_finder(), text) == [(18, 28, "boze pappa", "negatieve typering", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de vader is het meisje door haar moeder geïndoctrineerd.",
            [(48, 63, "geïndoctrineerd", "hersenspoelen", "attributed")],
        ),
        (
            "De moeder indoctrineert de kinderen tegen hun vader.",
            [(10, 23, "indoctrineert", "hersenspoelen", "asserted")],
        ),
        (
            "Oma zegt dat vader de jongens indoctrineerde.",
            [(30, 44, "indoctrineerde", "hersenspoelen", "attributed")],
        ),
        # the noun of a general practice is not a label
        ("Sekten gebruiken indoctrinatie.", []),
    ],
)
def test_indoctrination_verbs(text: str, expected: list[tuple]) -> None:
    assert found(label_finder(), text) == expected


@pytest.mark.parametrize("voice_model", [None, "rules"])
def test_a_conviction_attributes_the_clause(voice_model: str | None) -> None:
    # "ervan overtuigd (zijn) dat": someone else's conviction, like "denkt dat"
    text = "Hij is ervan overtuigd dat moeder de jongen manipuleert."
    assert found(label_finder(voice_model), text) == [
        (44, 55, "manipuleert", "manipulatief", "attributed")
    ]


def test_the_authors_own_conviction_stays_asserted() -> None:
    text = "Ik ben ervan overtuigd dat moeder de jongen manipuleert."
    assert found(label_finder("rules"), text) == [
        (44, 55, "manipuleert", "manipulatief", "asserted")
    ]
