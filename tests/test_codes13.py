"""codes13: a document's own runs carry a code, and learning from codings only adds.

Made-up sentences and codebooks, exact expectations (wb.coding.doc_runs, Suggester options
``doc_runs`` and ``learning_adds``, ``prefer_children_keeping``).
"""

from __future__ import annotations

import pytest
from proef_codebook import A, V, proef_book

from wb.codebook import parse_codebook
from wb.coding.code_scores import prefer_children, prefer_children_keeping
from wb.coding.doc_runs import document_runs
from wb.coding.suggest import Suggester, sentence_features
from wb.coding.word_family import ing_verb
from wb.nlp import load

BOOK = proef_book(
    """  - name: Omgang
    patterns: [omgang]
    codes:
      - name: Begeleid
        patterns: [omgangshuis]
"""
)
TWO = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. "
    "Die andere stad ligt ver van het kind. Het weer was mooi."
)
ONE = (
    "Moeder wil verhuizen naar Groningen. Die andere stad ligt ver van het kind. Het weer was mooi."
)
TURNS = (
    "Moeder: Ik wil verhuizen naar Groningen.\nVader: De verhuizing is in mei.\n"
    "Jeugdarts: Die andere stad ligt ver van het kind."
)
OTHERS = (
    "Het weer was mooi in mei.",
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "Het team bespreekt het plan.",
    "Een vriendin verkoopt haar fiets.",
)
CARRIED = (
    "Die andere stad ligt ver van het kind.",
    V,
    "(naastliggende zin)",
    "past bij de beschrijving: kind, stad, net als de zin ervoor",
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, text: str, **options) -> list[tuple[str, str, str, str | None]]:
    options.setdefault("passage_paragraph", 0)  # the rest of a paragraph: test_codes34_*.py
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    suggester.fit_corpus([nlp(t) for t in (TWO, ONE, TURNS)])
    return [(s.match_text, s.code, s.rule, s.reason) for s in suggester.suggest_doc("d", nlp(text))]


def test_document_runs_are_codes_given_to_two_sentences() -> None:
    given = [{V}, {V, A}, set(), {A, "Omgang"}]
    assert document_runs(given) == frozenset({V, A})
    assert document_runs(given, min_sentences=3) == frozenset()
    assert document_runs([{V}, set(), set()]) == frozenset()


def test_a_code_the_document_runs_carries_to_the_next_sentence(nlp) -> None:
    found = _found(nlp, TWO)
    assert found == [
        ("verhuizen", V, "verhuizen", ""),
        ("verhuizing", V, "verhuizing", ""),
        CARRIED,
    ]
    # off, or a code given to one sentence only: nothing carries
    assert CARRIED not in _found(nlp, TWO, doc_runs=0)
    assert _found(nlp, ONE) == [("verhuizen", V, "verhuizen", "")]
    # two words of the sentence are needed ("kind", "stad"); with three nothing carries
    assert CARRIED not in _found(nlp, TWO, doc_runs_words=3)


def test_nothing_carries_across_a_speakers_turn(nlp) -> None:
    assert _found(nlp, TURNS) == [
        ("verhuizen", V, "verhuizen", ""),
        ("verhuizing", V, "verhuizing", ""),
    ]


def test_prefer_children_keeping_the_codebooks_own_parent() -> None:
    codes = {"Omgang", "Omgang/Begeleid", V}
    assert prefer_children(codes) == {"Omgang/Begeleid", V}
    # the child came from the codings alone: the parent of the codebook's own evidence stays
    assert prefer_children_keeping(codes, {"Omgang/Begeleid"}) == codes
    # the parent came from the codings alone: the child wins as before
    assert prefer_children_keeping(codes, {"Omgang"}) == {"Omgang/Begeleid", V}
    assert prefer_children_keeping(codes, set()) == {"Omgang/Begeleid", V}


def _learned(nlp, coded, new: str, **options):
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    first, doc = nlp(" ".join(t for t, _ in coded)), nlp(new)
    suggester.fit_corpus([first, doc, *(nlp(t) for t in OTHERS)])
    before = [(s.code, s.rule) for s in suggester.suggest_doc("n", doc)]
    sents = [(s.text.strip(), sentence_features(s)) for s in first.sents]
    assert [t for t, _ in sents] == [t for t, _ in coded]
    suggester.model_.learn_document(sents, [c for _, c in coded])
    return before, [(s.code, s.rule) for s in suggester.suggest_doc("n", doc)]


GUARD = [
    ("De alimentatie is verhoogd.", {A}),
    ("Vader betaalt geen geld voor de kinderen meer.", set()),
    ("Moeder wil verhuizen.", {V}),
]


def test_an_uncoded_look_alike_does_not_take_the_descriptions_suggestion_away(nlp) -> None:
    new = "Vader betaalt geen geld voor de kinderen."
    before, after = _learned(nlp, GUARD, new)
    assert before == after == [(A, "(beschrijving)")]
    # as before codes13: the guard took it away
    before, after = _learned(nlp, GUARD, new, learning_adds=False)
    assert (before, after) == ([(A, "(beschrijving)")], [])


CHILD = [
    ("De omgang met vader vond elke zaterdag plaats in de speeltuin.", {"Omgang/Begeleid"}),
    ("Moeder wil verhuizen.", {V}),
]


def test_a_learned_child_does_not_take_the_patterns_parent_away(nlp) -> None:
    new = "De omgang met vader vond elke zondag plaats in de speeltuin."
    # a whole coded document's passages as examples (off by default since codes19)
    before, after = _learned(nlp, CHILD, new, document_examples=True)
    assert before == [("Omgang", "omgang")]
    assert after == [("Omgang/Begeleid", "(voorbeeld)"), ("Omgang", "omgang")]
    assert _learned(nlp, CHILD, new)[1] == [("Omgang", "omgang")]
    before, after = _learned(nlp, CHILD, new, learning_adds=False, document_examples=True)
    assert after == [("Omgang/Begeleid", "(voorbeeld)")]


def test_a_codebook_noun_in_ing_brings_its_verb_when_asked(nlp) -> None:
    assert [ing_verb(w) for w in ("verdeling", "regeling", "ding", "kring", "zorg")] == [
        "verdelen",
        "regelen",
        "",
        "",
        "",
    ]
    book = parse_codebook(
        """
name: proef
codes:
  - name: Verdeling
    description: De verdeling van de zorg.
"""
    )
    plain = Suggester(book, nlp, expand=True).fit().model_.codes_["Verdeling"].seeds
    more = Suggester(book, nlp, expand=True, ing_verbs=True).fit().model_.codes_["Verdeling"].seeds
    assert "verdelen" not in plain
    # the name's "verdeling" (weight 1.0) gives its verb 0.7, as a compound's part
    assert more == {**plain, "verdelen": pytest.approx(0.7)}
