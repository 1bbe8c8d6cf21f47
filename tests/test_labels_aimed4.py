"""labels-aimed4 (2026-12-07): descriptions aimed at a person, tune batches up to 59.

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* depriving a person (``description_depriving``): "ontnemen" with a person and a thing taken in
  its clause; "ontzeggen" (a judge's decision in rulings), a thing deprived and a denial stay out;
* shaming idioms join the harm idioms (``description_harm_idioms.txt``): "voor gek zetten", "voor
  schut zetten", "aan de schandpaal nagelen", "te kijk zetten"; a passive without an agent and a
  thing stay out;
* "weigeraar" and "twijfelaar" name a person by a judgement, also as a compound head
  (``description_person_judgements.txt``).
"""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.description_depriving import find_depriving

T = "negatieve typering"

FOUND = [
    (
        "Zij ontnemen hun kinderen de kans om vrienden te maken.",
        [(4, 33, "ontnemen hun kinderen de kans", T, "asserted")],
    ),
    (
        "Volgens de school ontneemt de moeder haar dochter elke vorm van vrijheid.",
        [(18, 59, "ontneemt de moeder haar dochter elke vorm", T, "attributed")],
    ),
    (
        "Hij zette haar steeds voor gek waar de hele klas bij was.",
        [(4, 30, "zette haar steeds voor gek", T, "asserted")],
    ),
    (
        "Ze vinden dat de moeder haar dochters zo voor schut zet.",
        [(24, 55, "haar dochters zo voor schut zet", T, "attributed")],
    ),
    ("De weigeraars kregen een boete.", [(3, 13, "weigeraars", T, "discussed")]),
    (
        "Het gaat om een groep vaccinatieweigeraars in het dorp.",
        [(22, 42, "vaccinatieweigeraars", T, "asserted")],
    ),
    ("Zij is een echte twijfelaar.", [(11, 27, "echte twijfelaar", T, "asserted")]),
]

KEPT = [
    "Het voelt alsof je aan de schandpaal wordt genageld.",
    "Hij zette de vaas voor gek op de kast.",
    "De rechter ontzegt de vader het recht op omgang.",
    "Het bestuur ontnam het huis de status van monument.",
    "Hij wil zijn zoon niet de kans ontnemen.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found_with_spans_and_voices(finder, text: str, expected: list) -> None:
    assert hits(finder, text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_not_found(finder, text: str) -> None:
    assert hits(finder, text) == []


def test_module_functions(finder) -> None:
    def person(t) -> bool:
        return t.lower_ in {"zoon", "moeder", "kinderen"}

    doc = finder.nlp("Zij ontnemen hun kinderen de kans.")
    assert find_depriving(doc, person) == [(4, 33)]
    doc = finder.nlp("Zij ontnemen het huis de status.")
    assert find_depriving(doc, person) == []
