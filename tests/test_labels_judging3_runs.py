"""labels-judging3: a list of two or more judging adjectives that stands by itself
("ongeïnteresseerd, brutaal en soms zelfs leugenachtig", "Koppig. Dwars. Ongehoorzaam."), with
its guards: "te", a denial, a feeling that tells a state, a verdict on an act ("... om te"), an
attributive run, a pair with just "en". Made-up sentences, exact spans (the module) and labels
(the whole finder)."""

from __future__ import annotations

import pytest

from wb.dossiers.description_adjective_runs import find_adjective_runs
from wb.dossiers.labels import LabelFinder

TYPING = "negatieve typering"


def runs(finder: LabelFinder, text: str) -> list[str]:
    return [text[a:b] for a, b in find_adjective_runs(finder.nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zijn vriendinnen vond ik ongeïnteresseerd, brutaal en soms zelfs leugenachtig.",
            ["ongeïnteresseerd", "brutaal", "leugenachtig"],
        ),
        (
            "Koppig. Dwars. Ongehoorzaam. Zo beschrijven ouders hun puber.",
            ["Koppig", "Dwars", "Ongehoorzaam"],
        ),
        (
            "De buurvrouw is vals, heel achterbaks en zeer manipulatief.",
            ["vals", "achterbaks", "manipulatief"],
        ),
        # a pair with just "en" is an ordinary predicate, not a list
        ("Iedereen vindt die aanpak hinderlijk en onterecht.", []),
        ("De buurvrouw is heel achterbaks en zeer manipulatief.", []),
        # guards
        ("Het was te duur. Te saai. Vermoeiend ook.", []),
        ("Het is gevaarlijk en ongepast om mensen te typeren.", []),
        ("Is het ouderwets of bekrompen om kinderen aan te spreken?", []),
        ("De dochter bleef boos en opstandig.", []),
        ("Hij is niet brutaal en ook niet lui.", []),
        ("Ze waren brutale en luie kinderen.", []),
        ("De zoon is brutaal.", []),
        ("Hij was brutaal. Daarna ging hij naar huis en was hij lui.", []),
    ],
)
def test_runs(finder: LabelFinder, text: str, expected: list[str]) -> None:
    assert runs(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Koppig. Dwars. Ongehoorzaam. Zo beschrijven ouders hun puber.",
            [("Koppig", TYPING), ("Dwars", TYPING), ("Ongehoorzaam", TYPING)],
        ),
        (
            "Zijn vriendinnen vond ik ongeïnteresseerd, brutaal en soms zelfs leugenachtig.",
            [("ongeïnteresseerd", TYPING), ("brutaal", TYPING), ("leugenachtig", "onbetrouwbaar")],
        ),
        ("Het is gevaarlijk en ongepast om mensen te typeren.", []),
        ("Het was te duur. Te saai. Vermoeiend ook.", []),
    ],
)
def test_labels(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(h.text, h.label) for h in finder.find("t", text)] == expected
