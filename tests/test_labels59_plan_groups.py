"""labels59 (2026-12-06): the group a plan or measure is for is discussed (guide line 17).

Written sentences, not taken from an evaluation text. Each case gives the hits (span text and
voice) of the default finder and of the rules alone. New
(:func:`wb.dossiers.voice_plan_groups.plan_group_phrase`): a term in the bare plural group
after a plan's verb of wanting, including its "van" group ("wil ouders van brutale, spijbelende
tieners een boete geven"), after a measure noun and its preposition ("sancties voor ouders 'die
...'", "geen aanpak meer van ouders die ..."), or after "om" before a "te" infinitive ("om
ouders die tekortschieten, beter aan te spreken"). Controls: a group with determiners, a bare
plural subject of a statement (line 16), a group after "dat" (line 3).
"""

from __future__ import annotations

import pytest
from label_finders import term_voices

from wb.dossiers.voice_plan_groups import plan_group_phrase

# (text, default voices, rules voices); the comment gives main's voice (both alike)
CASES = [
    # main: attributed
    (
        "De gemeente wil ouders van brutale, spijbelende tieners een boete geven.",
        [("brutale, spijbelende tieners", "discussed")],
        [("brutale, spijbelende tieners", "discussed")],
    ),
    # main: attributed
    (
        "De partij wil ouders van criminele jongeren beboeten.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    # main: attributed
    (
        "Ook moeten sancties voor ouders 'die hun kinderen verwaarlozen' niet geschuwd worden, "
        "vindt ze.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # main: attributed
    (
        "De partij wil geen vrijblijvende aanpak meer van ouders die hun kinderen verwaarlozen.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
    # controls. main: attributed (a group with determiners: people of the situation)
    (
        "De partij wil de ouders van de criminele jongeren beboeten.",
        [("criminele jongeren", "attributed")],
        [("criminele jongeren", "attributed")],
    ),
    # main: asserted (line 16: a bare plural subject of a statement); labels-voice5, the lead's
    # decision under guide line 17: the subject of a measure with a modal is its group
    (
        "Ouders die hun kinderen verwaarlozen, moeten worden gestraft.",
        [("verwaarlozen", "discussed")],
        [("verwaarlozen", "discussed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_plan_group_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("De gemeente wil ouders van lastige jongeren beboeten.", "lastige", True),
        ("De gemeente wil ouders van jeugdcriminelen beboeten.", "jeugdcriminelen", True),
        ("Er komen dwangmaatregelen voor ouders die falen.", "falen", True),
        ("De minister wil bekijken om ouders die falen, beter aan te spreken.", "falen", True),
        ("De minister zegt dat ouders die falen, vaak weglopen.", "falen", False),
        ("De gemeente wil de ouders van lastige jongeren beboeten.", "lastige", False),
        ("De gemeente wil hun lastige jongeren beboeten.", "lastige", False),
        ("De buurt klaagt over ouders die falen.", "falen", False),
    ],
)
def test_plan_group_phrase(finder, text: str, term: str, expected: bool) -> None:
    tokens = list(finder.nlp(text))
    low = [t.lower_ for t in tokens]
    assert plan_group_phrase(tokens, low.index(term)) is expected
