"""Plural nouns read as verbs: theme keywords take the noun's lemma, never a bare verb
(themes-plurals, issue 11 §3). Made-up snippets only."""

from __future__ import annotations

import pytest

from wb.themes.embed import lemma_pairs, stop_words, tagged_words
from wb.themes.words import is_bare_verb, noun_form, readable_keywords, word_classes


def _boeten(text: str) -> tuple[str, str]:
    """(lemma, UPOS) of the word "boeten" in a text as the themes read it."""
    word = next(w for w in tagged_words([text])[0] if w.text == "boeten")
    return word.lemma, word.pos


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De boeten zijn hoog.", ("boete", "NOUN")),
        ("Ouders krijgen hoge boeten.", ("boete", "NOUN")),
        ("Er zijn drie boeten opgelegd.", ("boete", "NOUN")),  # tagger: AUX "boeten"
        ("Zij boeten voor hun fouten.", ("boeten", "VERB")),
    ],
)
def test_plural_noun_lemma_in_context(text: str, expected: tuple[str, str]) -> None:
    assert _boeten(text) == expected


def test_verb_after_singular_determiner_stays_verb() -> None:
    words = tagged_words(["Het werken met kinderen is zwaar."])[0]
    assert (words[1].lemma, words[1].pos) == ("werken", "VERB")


def test_keywords_of_plural_noun_are_its_lemma() -> None:
    texts = [
        "De school legt de ouders hoge boeten op.",
        "De boeten voor luxeverzuim stijgen.",
        "Zij boeten voor hun fouten.",
    ]
    pairs = lemma_pairs(texts, tags=True)
    assert pairs[0][-1] == ("boete", "boeten", "NOUN")
    assert pairs[2][0] == ("boeten", "boeten", "VERB")
    keywords, lemmas = readable_keywords(
        ["boeten", "boete", "luxeverzuim", "fout"], pairs, stop_words()
    )
    assert keywords == ["boete", "luxeverzuim", "fout"]
    assert lemmas == ["boete", "luxeverzuim", "fout"]


def test_verb_only_keyword_is_left_out() -> None:
    pairs = lemma_pairs(["Zij boeten voor hun fouten."], tags=True)
    keywords, _ = readable_keywords(["boeten", "fout"], pairs, stop_words())
    assert keywords == ["fout"]


def test_noun_form_of_plural_in_n() -> None:
    from collections import Counter

    assert noun_form("boete", Counter({"boeten": 3})) == "boete"
    assert noun_form("ziekte", Counter({"ziekten": 1, "ziektes": 1})) == "ziekte"
    assert noun_form("werk", Counter({"werken": 2})) == "werk"


def test_noun_the_word_list_holds_as_verb_stem() -> None:
    # hunspell holds "zicht" only as a form of "zichten"; wb's lemma tables know the noun
    assert word_classes("zicht") == frozenset({"NOUN", "VERB"})
    assert not is_bare_verb("zicht")
    assert word_classes("huur") == frozenset({"NOUN", "VERB"})
    assert is_bare_verb("boeten")
    assert is_bare_verb("zichten")
    # an irregular past tense the tables happen to hold as a noun stays a bare verb
    assert is_bare_verb("vasthield")


def test_plural_of_a_noun_outside_the_word_list() -> None:
    # "betrokkenen" is not in hunspell; its lemma "betrekken" is a verb, "betrokkene" a noun
    assert word_classes("betrokkenen") == frozenset({"NOUN", "VERB"})
    assert not is_bare_verb("betrokkenen")
