"""Labels and voices read from the round-9 errors (written sentences, not the evaluation texts):
forms of the "klem of verloren" criterion, a modal before "meewerken", children drawn into
conflicts, "geestelijke mishandeling", conditions by inversion, a word that "says" something,
accusations ("van X beschuldigd"), application frames for anyone's child, "de ene ouder ... de
andere" in a case, and a heading with its source."""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the criterion without "raken" right after it, in quotes, and its name
        (  # the judge fears it: attributed
            "De rechter vreest dat Sem klem en verloren zal raken.",
            [(26, 42, "klem en verloren", "klem zitten", "attributed")],
        ),
        (
            "Het gaat om het ‘klem of verloren’ criterium.",
            [(17, 33, "klem of verloren", "klem zitten", "discussed")],
        ),
        (
            "De rechtbank past het klemcriterium toe.",
            [(22, 35, "klemcriterium", "klem zitten", "discussed")],
        ),
        # a modal between "niet" and "meewerken"
        (
            "Vader wilde niet meewerken aan het onderzoek.",
            [(12, 26, "niet meewerken", "niet-meewerkend", "asserted")],
        ),
        (
            "Gebleken is dat de vader niet wilde meewerken aan de hulp.",
            [(25, 45, "niet wilde meewerken", "niet-meewerkend", "asserted")],
        ),
        # children drawn into conflicts (plural, "bij")
        (
            "Moeder betrekt Tim bij de conflicten met vader.",
            [(7, 36, "betrekt Tim bij de conflicten", "kind in de strijd betrekken", "asserted")],
        ),
    ],
)
def test_round9_lexicon(default: LabelFinder, text: str, expected: list) -> None:
    assert [(a, b, t, lab, v) for a, b, t, lab, v in hits(default, text)] == expected


def test_round9_accused_of_is_attributed(rules: LabelFinder, default: LabelFinder) -> None:
    text = "De ouders worden door de school van ‘geestelijke mishandeling’ beschuldigd."
    for finder in (rules, default):
        assert hits(finder, text) == [
            (37, 61, "geestelijke mishandeling", "geestelijke kindermishandeling", "attributed")
        ]


@pytest.mark.parametrize(
    ("text", "term", "voice"),
    [
        # a condition by inversion: the finite verb first, then ", dan"
        ("Raakt een kind in een loyaliteitsconflict, dan helpt een gesprek.", "loyal", "discussed"),
        ("Zit een kind klem tussen de ouders, dan is overleg nodig.", "Zit", "discussed"),
        # not a condition: a plain statement
        ("Sem zit klem tussen zijn ouders.", "klem", "asserted"),
        # "het woord" says nothing on its own; the next sentence is not reported speech
        (
            "Dat zegt het woord klem al. Vaak gaat het dan om een kind dat in een "
            "loyaliteitsconflict verkeert.",
            "loyal",
            "discussed",
        ),
        # application frames: anyone's child against a particular one
        ("De kinderen zijn in een loyaliteitsconflict beland.", "loyal", "asserted"),
        (
            "Het is zorgelijk dat [de minderjarige] zich in een loyaliteitsconflict bevindt.",
            "loyal",
            "asserted",
        ),
        # "de ene ouder ... de andere ouder" in a case that names the child
        (
            "Het is duidelijk dat [de minderjarige] zich in een loyaliteitsconflict bevindt en "
            "geen toestemming ervaart van de ene ouder om bij de andere ouder te zijn.",
            "loyal",
            "asserted",
        ),
        (
            "Bij een loyaliteitsconflict voelt het kind geen toestemming van de ene ouder om bij "
            "de andere ouder te zijn.",
            "loyal",
            "discussed",
        ),
    ],
)
def test_round9_voice(default: LabelFinder, text: str, term: str, voice: str) -> None:
    found = [(t, v) for _, _, t, _, v in hits(default, text) if term in t]
    assert [v for _, v in found] == [voice]


def test_round9_heading_with_source_is_attributed(rules: LabelFinder) -> None:
    text = "Manipulatieve ouders volgens Jeugdzorg Nederland\n\nDe zaken lopen vast."
    assert hits(rules, text) == [(0, 13, "Manipulatieve", "manipulatief", "attributed")]
    plain = "Manipulatieve ouders\n\nDe zaken lopen vast."
    assert [v for *_, v in hits(rules, plain)] == ["discussed"]


def test_round9_inversion_is_a_condition_for_the_rules(rules: LabelFinder) -> None:
    text = "Raakt een kind in een loyaliteitsconflict, dan helpt een gesprek."
    assert hits(rules, text) == [
        (22, 41, "loyaliteitsconflict", "loyaliteitsconflict", "discussed")
    ]
    # the same words as a statement are applied
    plain = "Het kind raakt in een loyaliteitsconflict."
    assert [v for *_, v in hits(rules, plain)] == ["asserted"]


def test_round9_judgement_in_a_relative_clause(rules: LabelFinder) -> None:
    text = "Medewerkers worden lastiggevallen door ouders die boos zijn over de bemoeienis."
    assert hits(rules, text) == [(50, 54, "boos", "negatieve typering", "asserted")]
    assert hits(rules, "Kinderen die blij zijn spelen buiten.") == []
