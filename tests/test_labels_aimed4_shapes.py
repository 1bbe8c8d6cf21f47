"""labels-aimed4: a person or conduct judged with "vinden", a duty failed ("te kort schieten",
"falen") and a reflexive verb of misconduct ("zich misdragen").

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_duty_failing import find_duty_failing
from wb.dossiers.description_opinions import find_opinions
from wb.dossiers.description_reflexive_conduct import find_reflexive_conduct
from wb.dossiers.descriptions import evaluative_words, load_words
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


FOUND = [
    # "vinden" with a first- or second-person object, a person noun after adjectives, conduct
    ("De juf vond mij brutaal.", ["brutaal"]),
    ("Iedereen vindt ons lastig.", ["lastig"]),
    ("Zijn moeder vindt haar jongste zoon maar egoïstisch.", ["egoïstisch"]),
    ("De leerkrachten vinden dat gedrag onacceptabel.", ["onacceptabel"]),
    ("Opa vond zijn houding hinderlijk.", ["hinderlijk"]),
    # a duty failed: the split spelling "te kort" and "falen"
    (
        "De rechter oordeelt dat de moeder te kort is geschoten in haar zorg.",
        ["te kort is geschoten"],
    ),
    ("Schiet de vader te kort?", ["Schiet de vader te kort"]),
    ("Ouders die falen in de opvoeding krijgen hulp.", ["falen"]),
    ("De vader faalde als opvoeder.", ["faalde"]),
    # a reflexive verb of misconduct, "zich" before or after the verb
    ("Ik zie dat ze zich misdragen.", ["zich misdragen"]),
    (
        "Jongens die zich op het plein misdragen worden naar huis gestuurd.",
        ["zich op het plein misdragen"],
    ),
    ("De zoon misdraagt zich op school.", ["misdraagt zich"]),
    ("Ze stelt zich altijd aan.", ["stelt zich"]),
    ("Hij sloofde zich uit voor de juf.", ["sloofde zich"]),
]

NOT_FOUND = [
    # "vinden" with a thing, "het" or "dat" as object, or a reason after the adjective
    "Ze vindt haar nieuwe fiets maar lelijk.",
    "De vader vindt het spel schadelijk.",
    "Ik vind het vervelend dat het regent.",
    "Vond je dat stom?",
    # a thing that falls short or fails
    "Het plan faalde.",
    "Het geld schiet te kort.",
    "Het water komt een paar centimeter te kort.",
    # the verbs without "zich", or another reflexive verb
    "De school stelt een nieuwe leraar aan.",
    "Ze kleedt zich snel aan.",
    "De moeder gedraagt zich keurig.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_opinion_module_reads_coordinated_conduct(nlp) -> None:
    doc = nlp("De buren vinden deze houding hinderlijk en onbeleefd.")
    spans = find_opinions(doc, evaluative_words(), load_words("person_nouns.txt"))
    assert [doc.text[a:b] for a, b in spans] == ["hinderlijk", "onbeleefd"]


def test_duty_module_spans_the_split_idiom(nlp) -> None:
    doc = nlp("Soms schoot de vader te kort, soms het geld.")
    assert [doc.text[a:b] for a, b in find_duty_failing(doc)] == ["schoot de vader te kort"]


def test_reflexive_module_needs_zich(nlp) -> None:
    doc = nlp("Zij misdragen zich, maar de buren stellen een nieuwe buurman aan.")
    assert [doc.text[a:b] for a, b in find_reflexive_conduct(doc)] == ["misdragen zich"]
