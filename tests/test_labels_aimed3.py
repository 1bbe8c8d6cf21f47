"""labels-aimed3: hyphenated compounds that type a parent or child, "niet in staat" / "bij
machte" with a complement of change or reflection, and more verbs of mistreatment.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_capability_unable import find_unable
from wb.dossiers.description_mistreatment import mistreatment_verbs
from wb.dossiers.description_type_compounds import find_type_compounds
from wb.dossiers.descriptions import load_words
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(scope="module")
def persons() -> frozenset[str]:
    return load_words("person_nouns.txt")


FOUND = [
    # hyphenated type compounds with a parent or child head
    ("Op het plein stonden weer de voetbal-vaders te roepen.", ["voetbal-vaders"]),
    ("Die sushi-kinderen eten thuis niets anders meer.", ["sushi-kinderen"]),
    ("Zij werd in de krant een sekte-moeder genoemd.", ["sekte-moeder"]),
    ("De school klaagt over de Instagram-ouders van groep acht.", ["Instagram-ouders"]),
    # "niet in staat" / "bij machte" with a complement of change or reflection
    (
        "De rechtbank oordeelt dat de vader niet in staat is om zijn gedrag te veranderen.",
        ["niet in staat is om zijn gedrag te veranderen"],
    ),
    (
        "Volgens de Raad is de moeder niet bij machte te reflecteren op haar rol.",
        ["niet bij machte te reflecteren"],
    ),
    (
        "De ouders zijn niet altijd in staat de kinderen rust te bieden.",
        ["niet altijd in staat de kinderen rust te bieden"],
    ),
    (
        "Hij bleek niet in staat om de thuissituatie te verbeteren.",
        ["niet in staat om de thuissituatie te verbeteren"],
    ),
    # verbs of mistreatment in the active voice
    ("De vader belast de kinderen met zijn eigen zorgen.", ["belast"]),
    ("Het meisje commandeert haar moeder de hele dag.", ["commandeert"]),
    ("Ik wist dat hij me niet alleen bedroog.", ["bedroog"]),
]

NOT_FOUND = [
    # kinship, care and stage prefixes, a person as first part, no person head
    "Haar ex-man en de co-ouders kwamen samen naar school.",
    "De gast-ouder haalt het pleeg-kind om drie uur op.",
    "Er is een goede ouder-kind relatie en het moeder-kind-huis helpt.",
    "De mede-ouders van de klas organiseren een feest.",
    "Het voetbal-veld ligt naast de school.",
    # practical incapacity, a bare "bij machte", a thing changed
    "Door ziekte is de vader niet in staat te werken.",
    "Het bestuur was niet bij machte hier iets aan te doen.",
    "Hij is niet in staat om zijn auto te verbeteren.",
    # passive, legal and denied uses of the mistreatment verbs
    "De moeder is van rechtswege belast met het gezag.",
    "De rechter wil de kinderen niet meer belasten.",
    "Hij bedroog haar nooit.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_type_compound_module_spans_the_word(nlp, persons) -> None:
    doc = nlp("Twee tablet-kinderen en een pleeg-kind.")
    assert [doc.text[a:b] for a, b in find_type_compounds(doc, persons)] == ["tablet-kinderen"]


def test_unable_module_reads_bij_machte(nlp, persons) -> None:
    doc = nlp("De moeder is niet bij machte haar houding te veranderen.")
    spans = [doc.text[a:b] for a, b in find_unable(doc, persons)]
    assert spans == ["niet bij machte haar houding te veranderen"]


def test_new_mistreatment_verbs_are_listed() -> None:
    assert {"belasten", "bedriegen", "commanderen"} <= mistreatment_verbs()
