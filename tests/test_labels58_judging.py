"""labels58: guidance withheld with "(te) weinig" ("Die ouders hebben te weinig grenzen
gesteld"), the one shape of the missed other judging of tune batches 1-49 that was added.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_guidance import find_guidance_withheld
from wb.dossiers.descriptions import load_words
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


FOUND = [
    # "te weinig" opens the span; "weinig" alone is a word of lack too
    (
        "Die ouders hebben gewoon te weinig grenzen gesteld voor hun dochter.",
        ["te weinig grenzen gesteld"],
    ),
    (
        "Ouders die hun kinderen te weinig duidelijke regels geven, klagen.",
        ["te weinig duidelijke regels geven"],
    ),
    (
        "De vader stelt weinig duidelijke grenzen aan zijn zoon.",
        ["stelt weinig duidelijke grenzen"],
    ),
]

NOT_FOUND = [
    # a verb of receiving, a professional that gives, a litotes
    "Het kind krijgt te weinig structuur van haar moeder.",
    "De school biedt te weinig structuur aan de leerlingen.",
    "Hij heeft niet weinig grenzen gesteld aan zijn zoon.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_guidance_module_spans_te_weinig(nlp) -> None:
    doc = nlp("Zij hebben te weinig grenzen gesteld, de buren geen enkele.")
    spans = find_guidance_withheld(doc, load_words("person_nouns.txt"))
    assert [doc.text[a:b] for a, b in spans] == ["te weinig grenzen gesteld"]
