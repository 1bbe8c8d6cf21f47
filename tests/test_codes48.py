"""codes48: a child code the document names in one sentence only leaves its parent its places.

A made-up codebook and sentences, exact expectations (wb.coding.specific.document_children,
``Suggester(..., child_sentences=...)``).
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.specific import MIN_SENTENCES, document_children
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load

OTHERS = (
    "Het weer was mooi in mei.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De trein vertrekt om acht uur.",
)

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Vrije tijd
    patterns: [sport]
    codes:
      - name: Muziek
        patterns: [gitaar]
  - name: Verhuizing
    patterns: [verhuizen]
"""
)
ONE = (
    "Na school doet Sem veel aan sport. "
    "In de zomer koopt hij een gitaar. "
    "Moeder wil verhuizen naar Utrecht."
)
TWO = ONE + " Op zaterdag speelt hij gitaar bij een vriend."


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggest(nlp, text: str, **options) -> list[tuple[str, str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    doc = nlp(text)
    suggester.fit_corpus([doc, *(nlp(x) for x in OTHERS)])
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", doc)]


def test_two_sentences_are_needed_by_default() -> None:
    assert MIN_SENTENCES == 2


def test_a_child_named_in_one_sentence_leaves_the_parent_its_places(nlp) -> None:
    assert _suggest(nlp, ONE) == [
        ("sport", "Vrije tijd", "sport"),
        ("gitaar", "Vrije tijd/Muziek", "gitaar"),
        ("verhuizen", "Verhuizing", "verhuizen"),
    ]
    # as before codes48: one sentence was enough
    assert _suggest(nlp, ONE, child_sentences=1)[0] == (
        "sport",
        "Vrije tijd/Muziek",
        "(subcode in dit document)",
    )


def test_a_child_named_in_two_sentences_takes_them(nlp) -> None:
    assert _suggest(nlp, TWO) == [
        ("sport", "Vrije tijd/Muziek", "(subcode in dit document)"),
        ("gitaar", "Vrije tijd/Muziek", "gitaar"),
        ("verhuizen", "Verhuizing", "verhuizen"),
        ("gitaar", "Vrije tijd/Muziek", "gitaar"),
    ]


def _s(start: int, code: str, rule: str) -> Suggestion:
    return Suggestion("d", start, start + 10, code, start, start + 5, "woord", rule)


ORDER = ["A", "A/B", "A/C"]


def test_sentences_count_not_hits() -> None:
    # A/B: three hits in one sentence; A/C: one hit in each of two sentences
    found = [
        _s(0, "A", "a"),
        _s(20, "A/B", "b"),
        _s(20, "A/B", "bb"),
        _s(20, "A/B", "bbb"),
        _s(40, "A/C", "c"),
        _s(60, "A/C", "c"),
    ]
    out = [(s.start, s.code, s.rule) for s in document_children(found, ORDER)]
    assert out[0] == (0, "A/C", "(subcode in dit document)")
    # with one sentence enough, the child with the most hits wins as before
    one = [(s.start, s.code, s.rule) for s in document_children(found, ORDER, min_sentences=1)]
    assert one[0] == (0, "A/B", "(subcode in dit document)")
    # a child in one sentence only: nothing moves
    assert document_children(found[:4], ORDER) == found[:4]
