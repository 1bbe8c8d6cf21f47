"""Voices of terms talked about although a speaker or a source is named (issue 11 §1, labels31):
an example a speaker names ("Ze noemt het voorbeeld van 'X'"), a definition after a source
("Een X is volgens Y iemand die ..."), a topic line ("Leven met een X: een zwaar thema"),
and what "kunnen" says about "een kind" in general. Written sentences, not evaluation
texts.
"""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def voices(text: str, voice_model: str | None = None) -> list[tuple]:
    """(text, voice) of every hit, default voices or the rules alone (voice_model="rules")."""
    return [(h[2], h[4]) for h in found(label_finder(voice_model), text, None)]


BOTH = pytest.mark.parametrize("voice_model", [None, "rules"])


@BOTH
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an example named by a speaker, and its description in the same sentence
        (
            "De therapeut noemt het voorbeeld van ‘verborgen narcisme’ – een moeilijk "
            "herkenbare vorm van manipulatie.",
            [("narcisme", "discussed"), ("manipulatie", "discussed")],
        ),
        (
            "De schrijver geeft het voorbeeld van manipulatie in een gezin.",
            [("manipulatie", "discussed")],
        ),
        # a definition after a source, with or without quotes
        (
            "Een narcist is volgens de auteur iemand die als kind tekort is gekomen.",
            [("narcist", "discussed")],
        ),
        (
            "Een manipulator is volgens haar “iemand die als kind is beschadigd en nu "
            "narcistisch gedrag vertoont.”",
            [("manipulator", "discussed"), ("narcistisch", "discussed")],
        ),
        # a topic line before a colon
        (
            "Wonen met een manipulatieve partner: een zwaar thema dat weinig aandacht krijgt.",
            [("manipulatieve", "discussed")],
        ),
        (
            "Opgroeien bij een narcistische vader: een beladen kwestie, zegt zij.",
            [("narcistische", "discussed")],
        ),
        # controls: a person judged after a source, a speaker's own judgement, a claim
        # before a colon with a finite verb, a case classified as an example (rules)
        ("Vader is volgens moeder iemand die narcistisch is.", [("narcistisch", "attributed")]),
        ("Moeder noemt het gedrag van vader manipulatief.", [("manipulatief", "attributed")]),
        ("Moeder is een narcist: een zwaar onderwerp.", [("narcist", "asserted")]),
    ],
)
def test_voice(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voices(text, voice_model) == expected


def test_classified_example_is_not_a_named_one() -> None:
    """ "Dit ... is een voorbeeld van X" classifies a case: no naming verb, so the rules keep it."""
    assert voices("Dit gedrag van vader is een voorbeeld van manipulatie.", "rules") == [
        ("manipulatie", "asserted")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het kan zijn dat een kind door narcistisch gedrag zichzelf beschermt.",
            [("narcistisch", "discussed")],
        ),
        (
            # labels42: the bare "verwaarlozing" as a phenomenon in general is discussed
            "Ook verwaarlozing kan een kind tot narcistisch gedrag brengen.",
            [("verwaarlozing", "discussed"), ("narcistisch", "discussed")],
        ),
        # controls: a particular child, a case pronoun
        (
            "Het kan zijn dat mijn zoon narcistisch gedrag vertoont.",
            [("narcistisch", "asserted")],
        ),
        ("Zij kan een kind met narcistisch gedrag kwetsen.", [("narcistisch", "asserted")]),
    ],
)
def test_indefinite_person_possibility_rules(text: str, expected: list[tuple]) -> None:
    """What can happen to "een kind" (the rules; the default already held these on main)."""
    assert voices(text, "rules") == expected
