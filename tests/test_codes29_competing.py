"""codes29: two unrelated codes' pattern hits in one sentence, the one the other's evidence
covers goes (wb.coding.competing; Suggester options ``competing_whole``, ``competing_covered``,
``competing_named``, ``competing_stop``).

A made-up codebook and made-up sentences, exact expectations.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding import competing
from wb.coding.suggest import Suggester
from wb.coding.suggestion import Suggestion
from wb.nlp import load

TEXT = """
name: proef
codes:
  - name: Begeleiding
    description: Wie een team begeleidt op het veld.
    patterns: [trainer]
  - name: Contracten
    description: Afspraken op papier over werk en loon.
    patterns: [{all: [trainer, contract]}]
  - name: FIRST
    description: Waar een gezin woont.
    patterns: [woning]
  - name: Huurtoeslag
    description: Geld van de overheid voor de huur van een woning.
    patterns: [toeslag]
"""
BOOK = parse_codebook(TEXT.replace("FIRST", "Wonen"))
NAMED = parse_codebook(TEXT.replace("FIRST", "Woning"))
SIBLINGS = parse_codebook(
    """
name: proef
codes:
  - name: Thuis
    description: Alles over thuis.
    codes:
      - name: Wonen
        description: Waar een gezin woont.
        patterns: [woning]
      - name: Huurtoeslag
        description: Geld van de overheid voor de huur van een woning.
        patterns: [toeslag]
"""
)
CONTRACT = "De trainer tekende een nieuw contract."
TOESLAG = "De toeslag voor de woning kwam te laat."


@pytest.fixture(scope="module")
def nlp():
    return load()


def _codes(nlp, book, text: str, **options) -> list[tuple[str, str, str]]:
    suggester = Suggester(book, nlp, expand=True, **options).fit()
    return [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("d", nlp(text))]


def _hit(code: str, rule: str) -> Suggestion:
    return Suggestion("d", 0, 10, code, 0, 5, "x", rule)


def test_the_defaults() -> None:
    assert (competing.WHOLE, competing.COVERED, competing.NAMED) == (True, True, True)
    assert (competing.SIBLINGS, competing.STOP) == (True, True)


def test_pattern_words_of_phrases_and_all_of_patterns() -> None:
    assert competing.pattern_words(BOOK) == {
        ("Begeleiding", "trainer"): frozenset({"trainer"}),
        ("Contracten", '{"all": ["trainer", "contract"]}'): frozenset({"trainer", "contract"}),
        ("Wonen", "woning"): frozenset({"woning"}),
        ("Huurtoeslag", "toeslag"): frozenset({"toeslag"}),
    }


def test_related_codes() -> None:
    assert competing.related("A", "A/B")
    assert competing.related("A/B/C", "A")
    assert competing.related("A/B", "A/C")
    assert not competing.related("A/B", "A/C", siblings=False)
    assert not competing.related("A", "B")
    assert not competing.related("A/B", "AB")


def test_a_hit_whose_pattern_another_holds_whole_goes(nlp) -> None:
    both = [
        ("trainer", "Begeleiding", "trainer"),
        ("trainer tekende een nieuw contract", "Contracten", '{"all": ["trainer", "contract"]}'),
    ]
    assert _codes(nlp, BOOK, CONTRACT, competing_whole=False, competing_covered=False) == both
    assert _codes(nlp, BOOK, CONTRACT, competing_covered=False) == both[1:]
    assert _codes(nlp, BOOK, CONTRACT) == both[1:]
    # a code named for the word keeps it
    named = parse_codebook(TEXT.replace("Begeleiding", "Trainer").replace("FIRST", "Wonen"))
    assert [c for _, c, _ in _codes(nlp, named, CONTRACT)] == ["Trainer", "Contracten"]


def test_a_hit_the_other_codes_text_covers_goes(nlp) -> None:
    both = [("toeslag", "Huurtoeslag", "toeslag"), ("woning", "Wonen", "woning")]
    assert _codes(nlp, BOOK, TOESLAG, competing_covered=False) == both
    assert _codes(nlp, BOOK, TOESLAG) == both[:1]


def test_a_word_of_the_codes_own_name_stands(nlp) -> None:
    both = [("toeslag", "Huurtoeslag", "toeslag"), ("woning", "Woning", "woning")]
    assert _codes(nlp, NAMED, TOESLAG) == both
    assert _codes(nlp, NAMED, TOESLAG, competing_named=False) == both[:1]


def test_siblings_do_not_compete(nlp) -> None:
    both = [("toeslag", "Thuis/Huurtoeslag", "toeslag"), ("woning", "Thuis/Wonen", "woning")]
    assert _codes(nlp, SIBLINGS, TOESLAG) == both


def test_outdone_on_hits() -> None:
    words = competing.pattern_words(BOOK)
    own = {"Huurtoeslag": {"toeslag", "woning", "huur", "geld"}, "Wonen": {"woning", "gezin"}}
    toeslag, woning = _hit("Huurtoeslag", "toeslag"), _hit("Wonen", "woning")
    assert competing.outdone([toeslag, woning], words, own) == {"Wonen"}
    assert competing.outdone([toeslag, woning], words, own, covered=False) == set()
    assert competing.outdone([woning], words, own) == set()
    # the other code's text writes both hits' words: neither goes
    both = {**own, "Wonen": {"woning", "toeslag"}}
    assert competing.outdone([toeslag, woning], words, both) == set()
    # a second hit of its own that nothing outdoes keeps the code
    regex = _hit("Wonen", '{"regex": "thuis"}')
    assert competing.outdone([toeslag, woning, regex], words, own) == set()
    named = {"Wonen": {"woning"}}
    assert competing.outdone([toeslag, woning], words, own, named=named) == set()


def test_the_lost_code_is_stopped_in_its_sentence(nlp) -> None:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    toeslag, woning = _hit("Huurtoeslag", "toeslag"), _hit("Wonen", "woning")
    stopped: set[tuple[int, str]] = set()
    assert suggester._without_outdone(3, [toeslag, woning], set(), stopped) == [toeslag]
    assert stopped == {(3, "Wonen")}
    # who speaks (a perspective code) does not compete
    stopped.clear()
    assert suggester._without_outdone(3, [toeslag, woning], {"Huurtoeslag"}, stopped) == [
        toeslag,
        woning,
    ]
    assert stopped == set()
    plain = Suggester(BOOK, nlp, expand=True, competing_stop=False).fit()
    assert plain._without_outdone(3, [toeslag, woning], set(), stopped) == [toeslag]
    assert stopped == set()
