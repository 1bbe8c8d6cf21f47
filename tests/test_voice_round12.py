"""Read from the round-12 errors (written sentences, not the evaluation texts): the generic
subject "men" naming a term, a bare singular parent in a headline, and other forms of known
terms (klem geraken, in de verdrukking, als pion/wisselgeld gebruikt, kinderen weghouden,
problemen ontkennen, adviezen niet opvolgen)."""

from __future__ import annotations

import pytest
from label_finders import hits, voices

from wb.dossiers.labels import LabelFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "men" names the term in general: discussed
        (
            "Of men nu spreekt van vechtscheiding of van conflictscheiding, de kinderen lijden.",
            [("vechtscheiding", "discussed"), ("conflictscheiding", "discussed")],
        ),
        (
            "Wat men tegenwoordig ouderverstoting noemt, heette vroeger anders.",
            [("ouderverstoting", "discussed")],
        ),
        # a particular speaker still attributes; "men" with a verb that is no naming verb too
        ("Moeder spreekt van ouderverstoting.", [("ouderverstoting", "attributed")]),
        ("Men zegt dat de moeder manipulatief is.", [("manipulatief", "attributed")]),
    ],
)
def test_round12_generic_naming(rules: LabelFinder, text: str, expected: list) -> None:
    assert voices(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare singular parent in headline style: a case title, asserted
        (
            "Slachtofferrol vader\n\nDe vader hulde zich in de slachtofferrol.",
            [("Slachtofferrol", "asserted"), ("slachtofferrol", "asserted")],
        ),
        # a general heading (a term alone, or a bare plural) stays discussed
        (
            "Ouderverstoting\n\nWat is ouderverstoting precies?",
            [("Ouderverstoting", "discussed"), ("ouderverstoting", "discussed")],
        ),
        (
            "Kinderen in een vechtscheiding\n\nVeel kinderen lijden eronder.",
            [("vechtscheiding", "discussed")],
        ),
    ],
)
def test_round12_headline_parent(rules: LabelFinder, text: str, expected: list) -> None:
    assert voices(rules, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Volgens de school dreigt Sem klem te geraken tussen zijn ouders.",
            ("klem te geraken", "klem zitten", "attributed"),
        ),
        (
            "De leerkracht vertelt dat Noor in de verdrukking zit.",
            ("in de verdrukking zit", "klem zitten", "attributed"),
        ),
        (
            "De grootmoeder zegt dat de dochter als pion gebruikt wordt.",
            ("als pion gebruikt", "kind als wapen", "attributed"),
        ),
        (
            "Volgens de buurvrouw werd het meisje als wisselgeld door haar vader gebruikt.",
            ("als wisselgeld door haar vader gebruikt", "kind als wapen", "attributed"),
        ),
        (
            "Moeder houdt de kinderen weg bij vader.",
            ("houdt de kinderen weg", "belemmert het contact", "asserted"),
        ),
        (
            "Het jeugdteam schrijft dat moeder de problemen ontkent.",
            ("problemen ontkent", "gebrek aan probleembesef", "attributed"),
        ),
        (
            "De gezinscoach meldt dat vader de adviezen niet opvolgt.",
            ("adviezen niet opvolgt", "niet-meewerkend", "attributed"),
        ),
    ],
)
def test_round12_other_forms(rules: LabelFinder, text: str, expected: tuple) -> None:
    found = [(h[2], h[3], h[4]) for h in hits(rules, text)]
    assert found == [expected]
    start = text.index(expected[0])
    assert [(h[0], h[1]) for h in hits(rules, text)] == [(start, start + len(expected[0]))]


@pytest.mark.parametrize(
    "text",
    [
        "De waarheid komt vaak in de verdrukking.",  # no child: no label
        "Wij houden de cijfers bij en houden de zaal weg van de straat.",
    ],
)
def test_round12_no_label(rules: LabelFinder, text: str) -> None:
    assert hits(rules, text) == []
