"""codes22: numbers 13-20 and digit ordinals as number words; a list's lines take the code of
the line that opens the list.

Made-up sentences, the two-code codebook of the coding tests plus one code whose pattern is a
number word, exact expectations (wb.coding.spelled, wb.coding.list_items, Suggester option
``list_items``).
"""

from __future__ import annotations

import pytest
from proef_codebook import A, V, proef_book

from wb.coding.list_items import LIST_ITEMS, list_items
from wb.coding.spelled import number_word
from wb.coding.suggest import Suggester
from wb.nlp import load

N = "Volwassen"
BOOK = proef_book(
    """
  - name: Volwassen
    description: Jongeren die volwassen worden.
    patterns: [achttien, dertien, {all: ["21", jaar]}]
"""
)
LIST = (
    "Moeder wil verhuizen en regelt daarvoor:\n"
    "een nieuwe school\n"
    "een huurcontract\n"
    "de sleutels\n"
    "\n"
    "Het weer was mooi."
)
REASON = "in een opsomming na «Moeder wil verhuizen en regelt daarvoor:»"
ITEMS = [
    ("een nieuwe school", V, "(passage)", REASON, 0.3),
    ("een huurcontract", V, "(passage)", REASON, 0.3),
    ("de sleutels", V, "(passage)", REASON, 0.3),
]


@pytest.fixture(scope="module")
def nlp():
    return load()


def _suggested(nlp, text: str, **options) -> list[tuple[str, str, str, str, float]]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    return [
        (s.match_text, s.code, s.rule, s.reason, s.score)
        for s in suggester.suggest_doc("d", nlp(text))
    ]


def _hits(nlp, text: str) -> list[tuple[str, str]]:
    suggester = Suggester(BOOK, nlp).fit()
    return [(s.match_text, s.code) for s in suggester.suggest_doc("d", nlp(text))]


def test_numbers_up_to_twenty_are_number_words() -> None:
    assert [number_word(d) for d in ("12", "13", "18", "20", "21", "18e")] == [
        "twaalf",
        "dertien",
        "achttien",
        "twintig",
        "",
        "",
    ]


def test_a_pattern_number_word_finds_digits_and_digit_ordinals(nlp) -> None:
    assert _hits(nlp, "Als je 18 wordt, ben je voor de wet volwassen.") == [("18", N)]
    assert _hits(nlp, "Na de 18e verjaardag stopt de hulp.") == [("18e", N)]
    assert _hits(nlp, "Hij was toen 13 en woonde thuis.") == [("13", N)]
    assert _hits(nlp, "Op zijn achttiende ging hij op kamers.") == [("achttiende", N)]
    # a pattern written in digits still finds its digits; 19 is no pattern word here
    assert _hits(nlp, "De hulp loopt door tot 21 jaar.") == [("21 jaar", N)]
    assert _hits(nlp, "Zij was toen 19 en woonde thuis.") == []


def test_list_items_are_the_lines_of_the_block_after_a_colon(nlp) -> None:
    doc = nlp(LIST)
    sents = list(doc.sents)
    items = list_items(sents)
    assert [LIST[i.start : i.end] for i in items] == [
        "een nieuwe school",
        "een huurcontract",
        "de sleutels",
    ]
    # the three lines run into one sentence (small letters: a soft wrap); the opening is 0
    assert {(i.index, i.opening) for i in items} == {(1, 0)}
    assert sents[0].text.strip() == "Moeder wil verhuizen en regelt daarvoor:"


def test_a_lists_lines_take_the_code_of_its_opening_line(nlp) -> None:
    assert LIST_ITEMS == "single"
    found = _suggested(nlp, LIST)
    assert found[0][:3] == ("verhuizen", V, "verhuizen")
    assert [f for f in found if f[2] == "(passage)"] == ITEMS
    assert [f for f in _suggested(nlp, LIST, list_items=False) if f[2] == "(passage)"] == []


def test_an_empty_line_ends_the_list(nlp) -> None:
    text = LIST.replace("een huurcontract\n", "\neen huurcontract\n")
    assert [f[0] for f in _suggested(nlp, text) if f[2] == "(passage)"] == ["een nieuwe school"]


def test_an_opening_with_two_codes_gives_none_unless_all(nlp) -> None:
    text = LIST.replace("en regelt daarvoor:", "en vraagt alimentatie voor:")
    assert [f for f in _suggested(nlp, text) if f[2] == "(passage)"] == []
    found = [f[:2] for f in _suggested(nlp, text, list_items="all") if f[2] == "(passage)"]
    assert found == [
        ("een nieuwe school", A),
        ("een nieuwe school", V),
        ("een huurcontract", A),
        ("een huurcontract", V),
        ("de sleutels", A),
        ("de sleutels", V),
    ]


def test_a_line_with_another_code_of_its_own_takes_none(nlp) -> None:
    text = LIST.replace("de sleutels\n", "de sleutels.\nDe alimentatie.\n")
    passages = [f[0] for f in _suggested(nlp, text) if f[2] == "(passage)"]
    assert passages == ["een nieuwe school", "een huurcontract", "de sleutels."]
