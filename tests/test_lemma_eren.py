"""Plurals in -eren: nominalised adjectives (zwangeren) against real -eren plurals (kinderen)."""

from __future__ import annotations

import pytest

from wb.nlp import lemmatize
from wb.nlp.lemmatizer import DutchLemmatizer


@pytest.fixture(scope="module")
def lemmatizer() -> DutchLemmatizer:
    return DutchLemmatizer()


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # a nominalised adjective whose -er stem is only an adjective: the -e form, as the
        # tables give it for zieken -> zieke, daklozen -> dakloze
        ("zwangeren", "zwangere"),
        ("dapperen", "dappere"),
        ("stoeren", "stoere"),
        # the tables' readings stay
        ("anderen", "ander"),
        ("zieken", "zieke"),
        ("daklozen", "dakloze"),
        # real -eren plurals keep their noun
        ("kinderen", "kind"),
        ("eieren", "ei"),
        ("liederen", "lied"),
        ("raderen", "rad"),
        # a verb form whose stem is an adjective is no nominalisation
        ("sikkeren", "sikker"),
        # a compound no table knows: its head is the nominalised adjective
        ("hoogzwangeren", "hoogzwangere"),
    ],
)
def test_untagged_lemma(form: str, lemma: str) -> None:
    assert lemmatize(form) == lemma


@pytest.mark.parametrize(
    ("form", "noun", "adjective"),
    [
        ("zwangeren", "zwangere", "zwanger"),
        ("dapperen", "dappere", "dapper"),
        ("daklozen", "dakloze", "dakloos"),
        ("kinderen", "kind", "kind"),
        ("eieren", "ei", "ei"),
        ("liederen", "lied", "lied"),
        ("bladeren", "blad", "bladeren"),
        ("raderen", "rad", "rad"),
        ("lammeren", "lam", "lammeren"),
        # material adjectives in -en keep their reading (rubber is also a noun)
        ("rubberen", "rubber", "rubber"),
    ],
)
def test_tagged_lemma(lemmatizer: DutchLemmatizer, form: str, noun: str, adjective: str) -> None:
    assert lemmatizer.tagged_lemma(form, "NOUN", plural=True) == noun
    assert lemmatizer.tagged_lemma(form, "ADJ") == adjective


def test_gemoederen_noun(lemmatizer: DutchLemmatizer) -> None:
    assert lemmatizer.tagged_lemma("gemoederen", "NOUN", plural=True) == "gemoed"


def test_capitalised_sentence_start(lemmatizer: DutchLemmatizer) -> None:
    assert lemmatizer.tagged_lemma("Zwangeren", "NOUN", plural=True) == "zwangere"
    assert lemmatizer.cased_lemma("Zwangeren") == "zwangere"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("gemoederen", "gemoed"), ("hertogen", "hertog"), ("sloten", "slot")],
)
def test_table_lemmas_with_a_trailing_space_are_stripped(
    lemmatizer: DutchLemmatizer, form: str, lemma: str
) -> None:
    # spaCy's lookup and exception tables give "gemoed ", "hertog " and noun "slot "
    assert lemmatize(form) == lemma
    assert lemmatizer.tagged_lemma(form, "NOUN") == lemma
