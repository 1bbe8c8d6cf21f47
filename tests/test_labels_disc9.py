"""labels-disc9 (2026-12-07): a condition about people in general is discussed, whoever says it.

Guide line 3: a term in a condition about people in general ("als een kind zich agressief
gedraagt", "als ouders hun kind manipuleren") is talked about, not applied. The rules read it so
without a cue (:func:`wb.dossiers.voice_conditions.condition_predicate`,
:func:`wb.dossiers.voice_generic.generic_condition`); labels-disc9 reads the same two shapes
inside a quote and under someone else's cue too. Written sentences, not taken from an evaluation
text, with the exact voices of the default finder and of the rules alone. Controls: a condition
about a definite person, a quoted statement without a condition, a condition after "volgens"
about a particular mother, "als" of a role ("wij als ouders": :func:`role_as`).
"""

from __future__ import annotations

import pytest
from label_finders import term_tokens, term_voices

from wb.dossiers.voice_conditions import role_as

# (text, default voices, rules voices); the comment gives main's voices (default / rules)
CASES = [
    # main: attributed / attributed
    (
        "Het is makkelijk om naar ouders te wijzen als een kind zich agressief gedraagt, vindt "
        "de schrijfster.",
        [("agressief", "discussed")],
        [("agressief", "discussed")],
    ),
    # main: attributed / attributed
    (
        "“Als ouders hun kind manipuleren, moet de rechter ingrijpen,” zegt de advocaat.",
        [("manipuleren", "discussed")],
        [("manipuleren", "discussed")],
    ),
    # main: attributed / attributed
    (
        "“Als kinderen verwaarloosd worden, merkt de school dat vaak pas laat,” zegt de juf.",
        [("verwaarloosd", "discussed")],
        [("verwaarloosd", "discussed")],
    ),
    # controls, as on main
    (
        "“Wanneer de moeder manipulatief is, zie ik dat meteen,” zegt de vader.",
        [("manipulatief", "attributed")],
        [("manipulatief", "attributed")],
    ),
    (
        "“Mijn ex is manipulatief,” zegt de vader.",
        [("manipulatief", "attributed")],
        [("manipulatief", "attributed")],
    ),
    (
        "Volgens de vader is de moeder manipulatief als ze het kind ophaalt.",
        [("manipulatief", "attributed")],
        [("manipulatief", "attributed")],
    ),
    (  # "als" of a role after a pronoun, no condition
        "“Wij als ouders vinden hem verwend,” zegt de moeder.",
        [("verwend", "attributed")],
        [("verwend", "attributed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_general_condition_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Wat wij als ouders allemaal niet goed doen.", "goed", True),
        ("Hij als vader is verwend.", "verwend", True),
        ("Maar als je als ouders geen grenzen stelt, is het kind verwend.", "grenzen", False),
        ("Als kinderen verwaarloosd worden, merkt de school het.", "verwaarloosd", False),
        ("De moeder is verwend.", "verwend", False),
    ],
)
def test_role_as(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, _ = term_tokens(finder, text, term)
    assert role_as(tokens, at) is expected
