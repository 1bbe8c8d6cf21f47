"""labels-aimed: person-judging adjectives, conduct after "zich gedragen", "te" + adjective of a
person, and a parent who does not know what the child does or leaves the upbringing undone.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest

from wb.dossiers.description_parent_neglect import find_parent_neglect
from wb.dossiers.description_person_adjectives import (
    find_person_adjectives,
    person_judging_adjectives,
)
from wb.dossiers.descriptions import evaluative_words, load_words
from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import self_terms
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder("codebooks/labels.yaml").fit()


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.label) for h in finder.find("x", text, self_terms=self_terms(None))]


FOUND = [
    ("Mijn schoonmoeder is een betweterige vrouw.", ["betweterige vrouw"]),
    ("Volgens de buurvrouw zijn het ongemanierde kinderen.", ["ongemanierde kinderen"]),
    ("De vader is laks.", ["laks"]),
    ("Zijn zus is heel soft.", ["soft"]),
    (
        "De gemeente wil ouders van criminele, overlastgevende jongeren aanpakken.",
        ["criminele", "overlastgevende jongeren"],
    ),
    (
        "Er is overlast van overlast veroorzakende pubers in de wijk.",
        ["overlast veroorzakende pubers"],
    ),
    (
        "Een klas vol drukke, eigenwijze en soms brutale kinderen.",
        ["drukke", "eigenwijze", "brutale kinderen"],
    ),
    ("Onze zoon gedraagt zich ronduit onbeschoft tegen zijn oma.", ["onbeschoft"]),
    ("Ze begon zich vreemd te gedragen.", ["vreemd"]),
    ("Kun je je niet normaal gedragen?", ["niet normaal"]),
    ("De partij vindt dat de ouders van deze kinderen te onzichtbaar zijn.", ["te onzichtbaar"]),
    ("Veel mensen vinden sommige ouders té streng.", ["té streng"]),
    ("De vader is te toegeeflijk.", ["te toegeeflijk"]),
    (
        "Veel ouders hebben geen idee wat hun kind na school op straat doet.",
        ["geen idee wat hun kind na school op straat doet"],
    ),
    (
        "Ze is acht en ze heeft geen idee hoe ze zich moet gedragen.",
        ["geen idee hoe ze zich moet gedragen"],
    ),
    (
        "Ouders weten vaak niet wat hun kinderen online uitspoken.",
        ["weten vaak niet wat hun kinderen online uitspoken"],
    ),
    ("Het gaat om ouders die een goede opvoeding laten liggen.", ["opvoeding laten liggen"]),
    (
        "Het gaat om ouders die het laten afweten bij de opvoeding.",
        ["laten afweten bij de opvoeding"],
    ),
    ("Sommige ouders vergeten hun kinderen op te voeden.", ["vergeten hun kinderen op te voeden"]),
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder: LabelFinder, text: str, spans: list[str]) -> None:
    assert _found(finder, text) == [(s, LABEL) for s in spans]


NOT_FOUND = [
    "Hij gedraagt zich netjes.",
    "Hij is te jong om alleen te reizen.",
    "Mijn moeder is te moe.",
    "Maar de grootouders blijven veel te lief.",
    "Ik heb geen idee wat mijn zoon wil.",
    "Stiefouders weten vaak niet waar ze aan beginnen.",
    "We mogen niet vergeten dat opvoeden tijd kost.",
    "De moeder was bang en moe.",
    "De prijzen zijn te hoog.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_facts_states_and_doubts_are_no_label(finder: LabelFinder, text: str) -> None:
    assert _found(finder, text) == []


def test_module_spans_directly(nlp) -> None:
    persons = load_words("person_nouns.txt")
    doc = nlp("Ze gedraagt zich alleen maar boos naar haar broer.")
    assert find_person_adjectives(doc, persons, evaluative_words()) == []  # a feeling
    doc = nlp("Ouders die vergeten dat opvoeden tijd kost.")
    assert find_parent_neglect(doc) == []  # the omission governs another clause
    doc = nlp("Hij heeft geen idee van hoe zijn zoon vroeger was.")
    assert find_parent_neglect(doc) == []  # "geen idee van": no question word right after


def test_the_hand_list_holds_no_feeling_and_no_phrase() -> None:
    words = person_judging_adjectives()
    assert {"eigenwijs", "betweterig", "laks", "overlastgevend"} <= words
    assert not words & {"bang", "verdrietig", "moe", "ziek", "boos"}
    assert all(" " not in w for w in words)
