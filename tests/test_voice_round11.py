"""Voices read from the round-11 errors (written sentences, not the evaluation texts): a
"dat"-clause that says what may happen ("de kans dat", "het risico bestaat dat", "het kan zover
gaan dat") and a condition addressed to the reader are said of no one in particular; the noun
form of not keeping the contact arrangement is found."""

from __future__ import annotations

import pytest
from label_finders import hits, voices

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possibility, of anyone's child: discussed
        (
            "Hoe langer de ruzie duurt, hoe groter de kans dat een kind in een "
            "loyaliteitsconflict raakt.",
            [("loyaliteitsconflict", "discussed")],
        ),
        (
            "Het risico bestaat dat kinderen in een loyaliteitsconflict terechtkomen.",
            [("loyaliteitsconflict", "discussed")],
        ),
        (
            "Soms kan het zelfs zo ver komen dat er sprake is van parentificatie.",
            [("parentificatie", "discussed")],
        ),
        (
            "In het ergste geval kan het gebeuren dat er sprake is van parentificatie.",
            [("parentificatie", "discussed")],
        ),
        # a condition addressed to the reader: discussed
        (
            "Als uw ruzie met de ander zo oploopt dat uw kind in een loyaliteitsconflict komt, "
            "zoek dan hulp.",
            [("loyaliteitsconflict", "discussed")],
        ),
        # a particular child, or a case pointed back at: the author applies it
        (
            "De kans is groot dat Noor in een loyaliteitsconflict raakt.",
            [("loyaliteitsconflict", "asserted")],
        ),
        (
            "Er is sprake van parentificatie bij Noor.",
            [("parentificatie", "asserted")],
        ),
        # the possibility word more than four words before "dat" frames nothing
        (
            "De kans op herstel is klein, nu duidelijk is dat er sprake is van parentificatie.",
            [("parentificatie", "asserted")],
        ),
    ],
)
def test_round11_possibility_or_fact(rules: LabelFinder, text: str, expected: list) -> None:
    assert voices(rules, text) == expected


def test_round11_possibility_with_a_pointing_determiner(rules: LabelFinder) -> None:
    # "die parentificatie" points back at the case told before: the author applies it
    text = (
        "Noor zorgt al jaren voor haar moeder. Het risico bestaat dat die parentificatie nog "
        "lang doorwerkt."
    )
    assert voices(rules, text)[-1] == ("parentificatie", "asserted")
    generic = "Het risico bestaat dat parentificatie nog lang doorwerkt."
    assert voices(rules, generic) == [("parentificatie", "discussed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun form of "de omgangsregeling niet nakomen", hyphenated or not
        (
            "De gemeente bekijkt het niet-nakomen van omgangsregelingen.",
            [(24, 58, "niet-nakomen van omgangsregelingen", "discussed")],
        ),
        (
            "Het niet nakomen van de omgangsregeling door vader kostte hem een boete.",
            [(4, 39, "niet nakomen van de omgangsregeling", "asserted")],
        ),
    ],
)
def test_round11_not_keeping_the_arrangement(rules: LabelFinder, text: str, expected: list) -> None:
    label = "houdt zich niet aan afspraken"
    assert [(s, e, t, v) for s, e, t, lab, v in hits(rules, text) if lab == label] == expected
