"""codes37: infinitives the tagger reads as a function word count as content words."""

from __future__ import annotations

import pytest

from wb.coding import mistagged
from wb.coding.lemmas import content_lemmas
from wb.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("beeldbellen", "beeldbellen"),  # compound head "bellen" is a verb
        ("videobellen", "videobellen"),
        ("appen", "appen"),  # no class in the lexicon, "app" a known word
        ("iedereen", ""),  # "iedere" no lemma of its own
        ("buiten", ""),  # an adposition too
        ("samen", ""),
        ("even", ""),  # four letters
    ],
)
def test_infinitive(word: str, expected: str) -> None:
    assert mistagged.infinitive(word) == expected


def test_content_lemmas_keep_mistagged_infinitives(nlp) -> None:
    doc = nlp("Beeldbellen of appen als vorm van omgang.")
    assert content_lemmas(doc) == ["beeldbellen", "appen", "vorm", "omgang"]
    doc = nlp("Videobellen is voor hele jonge kinderen lastig.")
    assert content_lemmas(doc) == ["videobellen", "jong", "kind", "lastig"]


def test_function_words_stay_out(nlp) -> None:
    doc = nlp("Iedereen was samen alleen met anderen boven en buiten, tegen zeven uur.")
    assert content_lemmas(doc) == ["uur"]


def test_rule_off(nlp, monkeypatch) -> None:
    monkeypatch.setattr(mistagged, "FUNCTION_TAGS", frozenset())
    doc = nlp("Videobellen is voor hele jonge kinderen lastig.")
    assert content_lemmas(doc) == ["jong", "kind", "lastig"]
