"""labels64: the voice of discussed terms (tune, after round 52).

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* an open question in the present asks whether or how a term applies: discussed
  (:mod:`wb.dossiers.voice_questions`); a statement before "maar", a past question and a
  statement keep their voice;
* a bare plural group of people "met" a term names a kind of people, whoever says it:
  discussed (:mod:`wb.dossiers.voice_group_with`); a group with a determiner, a possessive
  after "met" or one person keep theirs.
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

CASES = [
    (
        "Hij is druk en eigenwijs, maar is dat daarmee een probleemkind?",
        [
            (7, 11, "druk", "negatieve typering", "asserted"),
            (15, 24, "eigenwijs", "negatieve typering", "asserted"),
            (50, 62, "probleemkind", "negatieve typering", "discussed"),
        ],
    ),
    (
        "Hoe krijg ik het agressieve gedrag van mijn zoon onder controle?",
        [(17, 27, "agressieve", "agressief", "discussed")],
    ),
    (
        "Waarom was mijn ex zo manipulatief?",
        [(22, 34, "manipulatief", "manipulatief", "asserted")],
    ),
    (
        "Mijn zoon is een probleemkind.",
        [(17, 29, "probleemkind", "negatieve typering", "asserted")],
    ),
    (
        "Vaders met bijvoorbeeld een drankprobleem zoeken vaak geen hulp.",
        [(28, 41, "drankprobleem", "verslaafd", "discussed")],
    ),
    (
        "Deze ouders met een drankprobleem zoeken geen hulp.",
        [(20, 33, "drankprobleem", "verslaafd", "asserted")],
    ),
    (
        "Mijn vader met zijn drankprobleem zocht geen hulp.",
        [(20, 33, "drankprobleem", "verslaafd", "asserted")],
    ),
    (
        "“Veel moeders met narcistische trekken lijken heel lief”, zegt de psycholoog.",
        [(18, 38, "narcistische trekken", "narcistisch", "discussed")],
    ),
    (
        "“Mijn man heeft narcistische trekken”, zegt de vrouw.",
        [(16, 36, "narcistische trekken", "narcistisch", "attributed")],
    ),
    (
        "Het wordt weer een verhaal over pleegkinderen met hechtingsproblemen, zei mijn moeder.",
        [(50, 68, "hechtingsproblemen", "hechtingsproblematiek", "discussed")],
    ),
]


@pytest.mark.parametrize("voice_model", [None, "rules"])
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_voices(voice_model: str | None, text: str, expected: list) -> None:
    assert hits(label_finder(voice_model), text) == expected


def test_open_question_shape() -> None:
    from wb.dossiers.voice_questions import open_question

    nlp = label_finder().nlp
    doc = nlp("Is dat een probleemkind?")
    assert open_question(list(doc), 3, 4)
    doc = nlp("Is Pieter een probleemkind?")  # a name: about someone in particular
    assert not open_question(list(doc), 3, 4)
    doc = nlp("Was hij een probleemkind?")  # a past event
    assert not open_question(list(doc), 3, 4)
    doc = nlp("Is de moeder een probleemkind?")  # a particular person
    assert not open_question(list(doc), 4, 5)
    doc = nlp("Hij is een probleemkind.")
    assert not open_question(list(doc), 3, 4)


def test_group_with_shape() -> None:
    from wb.dossiers.voice_group_with import group_with

    nlp = label_finder().nlp
    doc = nlp("Sommige adoptiekinderen met hechtingsproblemen")
    assert group_with(list(doc), 3)
    doc = nlp("De kinderen met hechtingsproblemen")
    assert not group_with(list(doc), 3)
    doc = nlp("Ouders met hun hechtingsproblemen")
    assert not group_with(list(doc), 3)
