"""codes24: a description match yields to the code its neighbours carry.

A sentence that takes code X from the sentence next to it sits in a stretch about X; an
unrelated code found there only by a few words of its description yields
(``wb.coding.stray_descriptions``). A code's own name word, a pattern, a parent or child of X
stay. Made-up suggestions and a made-up codebook, exact expectations.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import suggest
from wb.coding.stray_descriptions import related, stray_descriptions
from wb.coding.suggest import Suggester
from wb.coding.suggestion import BEYOND_RULES, Suggestion
from wb.nlp import load

TEXT = "Vader ziet de kinderen om de week. De man en de vrouw spraken dat af."
FIRST, SECOND = (0, 34), (35, 70)


def _s(span: tuple[int, int], code: str, rule: str, reason: str, score: float) -> Suggestion:
    start, end = span
    return Suggestion("d", start, end, code, start, end, TEXT[start:end], rule, None, score, reason)


NEIGHBOUR = _s(
    SECOND,
    "Omgang",
    BEYOND_RULES["neighbour"],
    "past bij de beschrijving: afspreken, net als de zin ervoor",
    0.35,
)
STRAY = _s(
    SECOND, "Opvang", BEYOND_RULES["description"], "past bij de beschrijving: man, vrouw", 0.52
)
PATTERN = _s(FIRST, "Omgang", "zien", "", 1.0)


def test_span_of_the_sentences():
    assert TEXT[slice(*FIRST)] == "Vader ziet de kinderen om de week."
    assert TEXT[slice(*SECOND)] == "De man en de vrouw spraken dat af."


def test_a_description_beside_a_neighbours_code_yields():
    kept = stray_descriptions([PATTERN, NEIGHBOUR, STRAY], [0, 35])
    assert [(s.code, s.rule, s.match_text) for s in kept] == [
        ("Omgang", "zien", "Vader ziet de kinderen om de week."),
        ("Omgang", "(naastliggende zin)", "De man en de vrouw spraken dat af."),
    ]


def test_without_a_neighbour_the_description_stays():
    assert stray_descriptions([PATTERN, STRAY], [0, 35]) == [PATTERN, STRAY]


def test_a_description_in_another_sentence_stays():
    first = _s(FIRST, "Opvang", BEYOND_RULES["description"], "past bij de beschrijving: man", 0.6)
    assert stray_descriptions([first, NEIGHBOUR], [0, 35]) == [first, NEIGHBOUR]


def test_a_name_word_a_pattern_and_a_child_stay():
    name = _s(SECOND, "Opvang", BEYOND_RULES["description"], "staat in de naam van de code: x", 0.5)
    pattern = _s(SECOND, "Opvang", "vrouw", "", 1.0)
    child = _s(
        SECOND, "Omgang/Regeling", BEYOND_RULES["description"], "past bij de beschrijving: af", 0.6
    )
    for other in (name, pattern, child):
        assert stray_descriptions([NEIGHBOUR, other], [0, 35]) == [NEIGHBOUR, other]


def test_related_codes():
    assert related("Omgang", "Omgang/Regeling") and related("Omgang/Regeling", "Omgang")
    assert related("Omgang", "Omgang")
    assert not related("Omgang", "Omgangsregeling") and not related("Opvang", "Omgang")


BOOK = parse_codebook("""
name: proef
codes:
  - name: Omgang
    description: De omgangsregeling tussen het kind en de vader, de bezoeken en het weekend.
    patterns: [omgangsregeling]
  - name: Opvang
    description: Een vrouw of man die moet vluchten naar de opvang, het blijf-van-mijn-lijfhuis.
    patterns: [blijf-van-mijn-lijfhuis]
  - name: School
    description: De school van het kind.
    patterns: [school]
""")
STORY = (
    "De rechter stelde een omgangsregeling vast. "
    "De omgangsregeling begon in januari. "
    "De vrouw en de man vluchtten na de bezoeken in het weekend. "
    "Daarna volgde een nieuwe omgangsregeling."
)
MIDDLE = "De vrouw en de man vluchtten na de bezoeken in het weekend."
CARRIED = (
    MIDDLE,
    "Omgang",
    "(naastliggende zin)",
    0.5,
    "past bij de beschrijving: bezoek, weekend, net als de zin ervoor",
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _got(nlp, monkeypatch, on: bool) -> list[tuple[str, str, str, float, str]]:
    monkeypatch.setattr(suggest, "STRAY_DESCRIPTIONS", on)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    return [
        (s.match_text, s.code, s.rule, round(s.score, 2), s.reason)
        for s in suggester.suggest([("d", STORY)])
    ]


def test_the_story_keeps_the_neighbours_code_only(nlp, monkeypatch):
    pattern = ("omgangsregeling", "Omgang", "omgangsregeling", 1.0, "")
    assert _got(nlp, monkeypatch, True) == [pattern, pattern, CARRIED, pattern]


def test_before_codes24_the_description_stayed_too(nlp, monkeypatch):
    got = _got(nlp, monkeypatch, False)
    assert got[2:4] == [
        CARRIED,
        (MIDDLE, "Opvang", "(beschrijving)", 0.6, "past bij de beschrijving: man, vluchten, vrouw"),
    ]
    assert len(got) == 5
