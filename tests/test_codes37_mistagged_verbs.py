"""codes37: infinitives the tagger reads as a function word count as content words, a compound
infinitive gives its verb head as a part, a compound's head counts as the word writes it."""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import lemmas, mistagged
from wb.coding.lemmas import _parts, content_lemmas, features
from wb.coding.suggest import Suggester
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


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("videobellen", ("video", "bellen")),
        ("beeldbellen", ("beeld", "bellen")),
        ("vertrouwen", ()),  # a verb the lexicon knows whole
        ("kennisnemen", ()),
        ("geleden", ()),
    ],
)
def test_verb_head(word: str, expected: tuple[str, ...]) -> None:
    assert mistagged.verb_head(word) == expected


def test_compound_infinitive_gives_its_verb_head_as_a_part() -> None:
    # wb's compound split clips the head ("video" + "bel"): the infinitive's parts instead
    assert features(["videobellen"]) == {"videobellen", "video", "bellen"}


BOOK = parse_codebook(
    """name: proef
codes:
  - name: Contact op afstand
    description: Contact tussen een kind en de ouder bij wie het niet woont, via beeldbellen of
      appen.
    patterns: [beeldbellen]
  - name: Schoolreis
    description: Een reis met de klas naar een andere stad.
    patterns: [schoolreis]
"""
)
TEXT = (
    "Ze appen en videobellen met haar moeder, die in Spanje woont. De klas gaat naar Parijs. "
    "Het weer was mooi."
)


def _suggestions(nlp) -> list[tuple[str, int, int, str]]:
    doc = nlp(TEXT)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    suggester.fit_corpus([doc])
    return [(s.code, s.start, s.end, s.rule) for s in suggester.suggest_doc("d", doc)]


def test_description_reaches_a_mistagged_compound_infinitive(nlp) -> None:
    assert _suggestions(nlp) == [("Contact op afstand", 0, 61, "(beschrijving)")]


def test_without_the_rule_the_description_misses_it(nlp, monkeypatch) -> None:
    monkeypatch.setattr(mistagged, "FUNCTION_TAGS", frozenset())
    monkeypatch.setattr(mistagged, "HEADS", False)
    mistagged.verb_head.cache_clear()
    _parts.cache_clear()
    try:
        assert _suggestions(nlp) == []
    finally:
        monkeypatch.undo()
        mistagged.verb_head.cache_clear()
        _parts.cache_clear()


def test_compound_head_as_the_word_writes_it() -> None:
    # the split lemmatises the head ("rechter" -> "recht"): the written head counts too
    assert _parts("familierechter") == ("familie", "recht", "rechter")
    assert _parts("kinderarbeid") == ("arbeid", "kind", "kinder")


def test_compound_head_as_written_off(monkeypatch) -> None:
    monkeypatch.setattr(lemmas, "LITERAL_TAIL", False)
    _parts.cache_clear()
    try:
        assert _parts("familierechter") == ("familie", "recht")
    finally:
        monkeypatch.undo()
        _parts.cache_clear()


def test_a_plural_head_as_written_is_no_extra_part() -> None:
    assert _parts("wachtlijsten") == ("lijst", "wacht")
