"""labels63: descriptions aimed at a parent beyond the lexicon (tune batches up to 54).

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* a problem phrase with only describing adjectives ("persoonlijke problematiek") named as the
  cause of a failing: a cause word before it ("vanwege", "gelegen in") or after its comma
  (", waardoor", ", wat heeft geleid tot"); a care need or a neutral condition stays out;
* bare "inzicht" lacked into one's own conduct or a child's needs; information stays out;
* "(open)staan" denied with "voor" and a person subject; a thing as subject stays out;
* "dreigend" judges a person's conduct ("dreigende houding", "dreigende uitlatingen");
* blame laid on a person ("de schuld van mamma", "krijgen de kinderen de schuld", "Het is haar
  schuld"); a debt ("schuld bij de bank", a money word) and a thing blamed stay out.
"""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.description_blame import find_blame
from wb.dossiers.description_heeding import find_not_open
from wb.dossiers.description_insight import insight_end
from wb.dossiers.description_problem_causes import named_as_cause

T = "negatieve typering"

FOUND = [
    (
        "Vanwege zijn persoonlijke problematiek is de vader niet in staat om de kinderen rust "
        "te bieden.",
        [
            ("persoonlijke problematiek", T, "asserted"),
            ("niet in staat om de kinderen rust te bieden", T, "asserted"),
        ],
    ),
    (
        "Er is sprake van persoonlijke problematiek bij de vader, waardoor hij de kinderen uit "
        "het oog verliest.",
        [("persoonlijke problematiek", T, "asserted"), ("uit het oog verliest", T, "asserted")],
    ),
    (
        "De moeder kampt met persoonlijke problematiek, wat heeft geleid tot een onveilige "
        "thuissituatie.",
        [("persoonlijke problematiek", T, "asserted")],
    ),
    (
        "De oorzaak van de plaatsing was gelegen in de persoonlijke problematiek van zijn ouders.",
        [("persoonlijke problematiek", T, "asserted")],
    ),
    (
        "De jeugdbeschermer schrijft dat de vader onvoldoende inzicht heeft in de gevolgen van "
        "zijn handelen.",
        [("onvoldoende inzicht heeft in de gevolgen van zijn handelen", T, "attributed")],
    ),
    (
        "Moeder heeft weinig inzicht in de behoeften van haar zoon.",
        [("weinig inzicht in de behoeften", T, "asserted")],
    ),
    ("De vader staat niet open voor kritiek.", [("staat niet open voor kritiek", T, "asserted")]),
    (
        "Volgens de raad stond de moeder nauwelijks open voor de adviezen van de school.",
        [("stond de moeder nauwelijks open voor de adviezen", T, "attributed")],
    ),
    (
        "Zijn dreigende uitlatingen maakten de kinderen bang.",
        [("dreigende uitlatingen", T, "asserted")],
    ),
    ("De vader had een dreigende houding.", [("dreigende houding", T, "asserted")]),
    (
        "Jullie moeder wil dat niet, het is de schuld van mamma.",
        [("de schuld van mamma", T, "attributed")],
    ),
    (
        "In veel gezinnen krijgen de kinderen de schuld van de ruzies.",
        [("de schuld", T, "asserted")],
    ),
    ("De school geeft de ouders de schuld.", [("de schuld", T, "asserted")]),
    ("De buren leggen de schuld bij de moeder.", [("de schuld bij de moeder", T, "asserted")]),
]

# look-alikes: no label
KEPT = [
    ("Zij werkt aan haar persoonlijke problematiek.", []),  # a care need
    ("De vader heeft te kampen met persoonlijke problematiek.", []),  # a condition, no cause
    ("De gemeente heeft geen inzicht in de kosten van de opvang.", []),  # information
    ("De school staat niet open voor nieuwe leerlingen.", []),  # no person subject
    ("De kinderen staan open voor contact met hun vader.", []),  # no denial
    ("Er dreigt een uithuisplaatsing en de dreigende situatie blijft.", []),  # no person
    ("De moeder heeft een schuld bij de bank van vijfduizend euro.", []),  # a debt
    ("De schuld van de vader bij de Belastingdienst liep op.", []),  # a money word
    ("De schuld van de crisis ligt bij de banken.", []),  # no person
    ("Zijn ouders leggen de schuld van dit alles bij mij, bleek uit ons gesprek.", []),  # "bij mij"
]


@pytest.mark.parametrize(("text", "expected"), FOUND + KEPT)
def test_spans_labels_and_voices(finder, text: str, expected: list) -> None:
    assert [(t, label, voice) for _, _, t, label, voice in hits(finder, text)] == expected


def test_exact_offsets(finder) -> None:
    text = "De vader staat niet open voor kritiek."
    assert [(a, b) for a, b, *_ in hits(finder, text)] == [(9, 37)]


def test_module_functions(finder) -> None:
    doc = finder.nlp("Vanwege haar persoonlijke problematiek faalt zij.")
    assert named_as_cause(doc, 2, 3)
    doc = finder.nlp("Zij werkt aan haar persoonlijke problematiek.")
    assert not named_as_cause(doc, 4, 5)
    doc = finder.nlp("Moeder heeft geen inzicht in haar eigen aandeel.")
    assert insight_end(doc, 3, frozenset({"moeder"})) == 7
    doc = finder.nlp("De moeder staat niet open voor de feiten.")
    assert [doc.text[a:b] for a, b in find_not_open(doc)] == ["staat niet open voor de feiten"]
    doc = finder.nlp("Het is allemaal haar schuld.")
    assert [doc.text[a:b] for a, b in find_blame(doc)] == ["haar schuld"]
