"""codes34: the rest of a paragraph takes the code that two and more than a third of its
sentences have on their own evidence (wb.coding.passages, ``Suggester(..., passage_paragraph=)``).

Made-up sentences, the shared two-code codebook, exact expectations.
"""

from __future__ import annotations

import pytest
from proef_codebook import A, V, proef_book

from wb.coding.passages import PARAGRAPH_SCORE, is_paragraph_rest, paragraph_ids
from wb.coding.reaching import reach_document
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = proef_book()
REST = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. Daar is vader boos over. "
    "Ook de school merkt het.\nHet weer was mooi. De bus was te laat."
)
BEFORE = (
    "Het was een koude winter. Moeder wil verhuizen naar Groningen. De verhuizing is in mei. "
    "Daar is vader boos over.\nHet weer was mooi."
)
ONE = "Moeder wil verhuizen naar Groningen. Daar is vader boos over.\nHet weer was mooi."
BREAK = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei.\n"
    "Daar is vader boos over. Ook de school merkt het."
)
OWN = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. "
    "Vader betaalt geen alimentatie. Daar is vader boos over."
)
QUOTE = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. "
    "Zoon Tim: „Ik vind het vreselijk.”"
)
THIRD = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. Daar is vader boos over. "
    "Ook de school merkt het. De oma woont ver weg. De bus was te laat. Het weer was mooi."
)
TEXTS = (REST, BEFORE, ONE, BREAK, OWN, QUOTE, THIRD)


def reason(k: int, m: int) -> str:
    return f"hoort bij de passage ervoor over Verhuizing ({k} van de {m} zinnen van deze alinea)"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _rest(nlp, text: str, **options) -> list[tuple[str, str, str, float, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    suggester.fit_corpus([nlp(t) for t in TEXTS])
    return [
        (s.match_text, s.code, s.rule, s.score, s.reason)
        for s in suggester.suggest_doc("d", nlp(text))
        if s.reason.startswith("hoort bij de passage")
    ]


def test_the_rest_of_the_paragraph_takes_the_code(nlp) -> None:
    assert _rest(nlp, REST) == [
        ("Daar is vader boos over.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 4)),
        ("Ook de school merkt het.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 4)),
    ]
    assert PARAGRAPH_SCORE == 0.25
    assert _rest(nlp, REST, passage_paragraph=0) == []
    assert _rest(nlp, REST, passage_gap=0) == []  # no passages at all


def test_every_suggestion_of_the_document(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    suggester.fit_corpus([nlp(t) for t in TEXTS])
    found = suggester.suggest_doc("d", nlp(REST))
    assert [(s.start, s.end, s.code, s.rule) for s in found] == [
        (0, 36, V, "verhuizen"),
        (37, 61, V, "verhuizing"),
        (62, 86, V, "(passage)"),
        (87, 111, V, "(passage)"),
    ]
    assert found[3].to_json()["reason"] == reason(2, 4)


def test_only_after_the_first_sentence_with_the_code(nlp) -> None:
    assert _rest(nlp, BEFORE) == [
        ("Daar is vader boos over.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 4))
    ]


def test_one_sentence_with_the_code_is_not_enough(nlp) -> None:
    assert _rest(nlp, ONE) == []
    assert _rest(nlp, THIRD) == []  # 2 of 7: not more than a third
    assert _rest(nlp, THIRD, passage_paragraph=0.25) == [
        ("Daar is vader boos over.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 7)),
        ("Ook de school merkt het.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 7)),
        ("De oma woont ver weg.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 7)),
        ("De bus was te laat.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 7)),
        ("Het weer was mooi.", V, "(passage)", PARAGRAPH_SCORE, reason(2, 7)),
    ]


def test_a_line_break_ends_the_paragraph(nlp) -> None:
    assert _rest(nlp, BREAK) == []
    assert paragraph_ids(list(nlp(BREAK).sents)) == [0, 0, 1, 1]
    assert paragraph_ids(list(nlp(REST).sents)) == [0, 0, 0, 0, 1, 1]
    assert paragraph_ids([]) == []


def test_a_sentence_with_a_code_of_its_own_keeps_it(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    suggester.fit_corpus([nlp(t) for t in TEXTS])
    found = suggester.suggest_doc("d", nlp(OWN))
    assert [(s.match_text, s.code, s.rule) for s in found] == [
        ("verhuizen", V, "verhuizen"),
        ("verhuizing", V, "verhuizing"),
        ("alimentatie", A, "alimentatie"),
        ("Daar is vader boos over.", V, "(passage)"),
    ]


def test_a_quote_in_the_paragraph_goes_on_with_it(nlp) -> None:
    assert _rest(nlp, QUOTE) == [
        ("Zoon Tim: „Ik vind het vreselijk.”", V, "(passage)", PARAGRAPH_SCORE, reason(2, 3))
    ]


def test_the_reach_of_the_codings_reads_without_the_rest(nlp) -> None:
    """The reach model reads the codebook's evidence as before codes34 (with the rest of a
    paragraph it lost right codings on codes5)."""
    assert is_paragraph_rest(reason(2, 4))
    assert not is_paragraph_rest("tussen zinnen over Verhuizing, in hetzelfde stuk tekst")
    plain = Suggester(BOOK, nlp, expand=True).fit()
    plain.fit_corpus([nlp(t) for t in TEXTS])
    read = reach_document(plain, "d", nlp(REST))
    assert read.own == [frozenset({V}), frozenset({V}), *[frozenset()] * 4]
