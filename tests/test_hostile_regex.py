"""Codebook regexes that backtrack exponentially are refused when the codebook loads."""

from __future__ import annotations

import pytest
import spacy

from wb.codebook import Code, Codebook, CodebookError, Pattern, parse_codebook, regex_problem
from wb.coding import suggest
from wb.coding.suggest import Suggester
from wb.errors import PatternTimeoutError

BOOK = """\
name: x
codes:
  - name: A
    patterns:
      - {regex: "geen contact (meer )?met"}
      - {regex: "(a+)+$"}
      - {regex: "(?:\\\\w+\\\\s?)*klem"}
"""


def test_nested_quantifiers_are_refused_with_their_line() -> None:
    with pytest.raises(CodebookError) as err:
        parse_codebook(BOOK, source="boek.yaml")
    assert [line for line, _ in err.value.problems] == [6, 7]
    assert "regel 6: reguliere expressie '(a+)+$' heeft een herhaling binnen een herhaling" in str(
        err.value
    )


@pytest.mark.parametrize(
    ("pattern", "refused"),
    [
        ("(a+)+$", True),
        ("(a*)*b", True),
        ("((ab)*c){2,}", True),
        ("(?=(a+)+)b", True),
        ("(\\w+\\s?){1,20}x", True),
        ("geen contact (meer )?met", False),
        ("(?:\\w+\\s){0,3}verloren", False),
        ("(?:de|het)+ kind", False),
        ("(?>a+)+b", False),
        ("(a++)+b", False),
    ],
)
def test_which_patterns_count_as_nested(pattern: str, refused: bool) -> None:
    problem = regex_problem(pattern)
    assert (problem is not None and "herhaling binnen een herhaling" in problem) == refused


def test_a_pattern_made_in_code_is_checked_by_the_suggester() -> None:
    code = Code(name="A", path="A", patterns=[Pattern("regex", "(a+)+$", 3)])
    with pytest.raises(CodebookError) as err:
        Suggester(Codebook(name="b", codes=[code]), nlp=spacy.blank("nl")).fit()
    assert err.value.problems[0][0] == 3


def test_a_slow_pattern_the_check_lets_through_stops_at_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(suggest, "REGEX_TIMEOUT_S", 0.05)
    book = parse_codebook(
        'name: b\ncodes:\n  - name: A\n    patterns:\n      - {regex: "(a|a)+$"}\n'
    )
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    suggester = Suggester(book, nlp=nlp).fit()
    doc = nlp("a" * 22 + "!")  # exponential: plain `re` needs about a second here, 40 a's: days
    with pytest.raises(PatternTimeoutError) as err:
        suggester.suggest_doc("lang\n.txt", doc)
    assert str(err.value) == (
        'b: de reguliere expressie {"regex": "(a|a)+$"} bij code \'A\' zocht in document '
        "'lang\\n.txt' langer dan 0.05 seconden en is gestopt. Vereenvoudig het patroon "
        "(vermijd herhalingen die elkaar overlappen, zoals (a|a)+ of \\s*\\s*)."
    )
    assert suggester.suggest_doc("kort.txt", nlp("aa!")) == []
