"""labels60: a parent judged unable ("niet in staat om ... te VERB") with a long complement, and
in a coordinated clause without its own subject after a noun that is a professional body.

Written sentences only (no phrase of a real text); exact spans and labels."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_capability_unable import professional_subject
from wb.dossiers.descriptions import load_words
from wb.nlp import load

LABEL = "negatieve typering"


@pytest.fixture(scope="module")
def nlp():
    return load()


FOUND = [
    # a complement longer than sixteen words: a time phrase before the object
    (
        "De rechter vond dat de vader niet in staat was om binnen een redelijke periode de zorg "
        "voor de opvoeding en verzorging van zijn twee jonge kinderen op zich te nemen.",
        [
            "niet in staat was om binnen een redelijke periode de zorg voor de opvoeding en "
            "verzorging van zijn twee jonge kinderen op zich te nemen"
        ],
    ),
    # ", maar" + a finite verb: the subject is the first clause's, not the body before it
    (
        "De vader kreeg jarenlang jeugdzorg, maar bleek niet in staat om de kinderen op te voeden.",
        ["niet in staat om de kinderen op te voeden"],
    ),
]

NOT_FOUND = [
    # the first clause's subject is a professional body: its incapacity judges no parent
    "De jeugdzorg kreeg het dossier, maar was niet in staat om de kinderen op te voeden.",
    # a professional as subject, without an elided clause
    "De gezinsvoogd was niet in staat om de kinderen op te voeden.",
]


@pytest.mark.parametrize(("text", "spans"), FOUND)
def test_found_with_exact_spans(finder, text: str, spans: list[str]) -> None:
    assert found_labels(finder, text) == [(s, LABEL) for s in spans]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_found(finder, text: str) -> None:
    assert found_labels(finder, text) == []


def test_elided_subject_reads_the_first_clause(nlp) -> None:
    persons = load_words("person_nouns.txt")
    doc = nlp("De moeder kreeg hulpverlening, maar was niet in staat om te veranderen.")
    niet = next(t.i for t in doc if t.text == "niet")
    assert professional_subject(doc, niet, persons) is False
    doc = nlp("De moeder kreeg hulpverlening. Hulpverlening was niet in staat om te helpen.")
    niet = next(t.i for t in doc if t.text == "niet")
    assert professional_subject(doc, niet, persons) is True
