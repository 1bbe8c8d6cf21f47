"""labels-voice6 (2026-12-07): discussed terms read as applied, tune (batches <= 55 developed on).

Written sentences, not taken from an evaluation text, with the exact voices of the default
finder and of the rules alone (:mod:`wb.dossiers.voice_named_terms`): a bare plural group after
"over" with "het" and "hebben"/"gaan" ("als we het hebben over vechtscheidingen"), a term in a
page title before " | " and the site's name, a term in a quoted programme name after a
programme noun ("het traject “Kinderen uit de knel”"). Controls: a group with a possessive, a
definite singular after "over", a quoted statement with a finite verb, a "|" after a sentence.
"""

from __future__ import annotations

import pytest
from label_finders import term_tokens, term_voices

from wb.dossiers.voice_named_terms import page_title, programme_name, topic_with_it

LONG_TITLE = (
    "Vechtende ouders op school: wat kunnen leraren en directeuren het beste doen in zo'n geval "
    "| Site voor Leraren\n\nTekst."
)

# (text, default voices, rules voices); the comment gives main's voices (default / rules)
CASES = [
    # main: attributed / attributed
    (
        "„Als we het hebben over vechtscheidingen, dan gaat het om een kleine groep,” zegt ze.",
        [("vechtscheidingen", "discussed")],
        [("vechtscheidingen", "discussed")],
    ),
    # main: discussed / asserted
    (
        "Het gaat in dit stuk over verwaarloosde kinderen en hun kansen.",
        [("verwaarloosde kinderen", "discussed")],
        [("verwaarloosde kinderen", "discussed")],
    ),
    # main: attributed / attributed
    (
        "De rechter raadde de cursus „Kinderen uit de knel” aan.",
        [("uit de knel", "discussed")],
        [("uit de knel", "discussed")],
    ),
    # main: attributed / attributed
    (
        "De ouders volgden het traject “Ouderschap na scheiding” en “Kinderen uit de knel”.",
        [("uit de knel", "discussed")],
        [("uit de knel", "discussed")],
    ),
    # controls, as on main
    (
        "Het gaat over zijn manipulatieve ex.",
        [("manipulatieve", "discussed")],
        [("manipulatieve", "asserted")],
    ),
    (
        "We hebben het over de vechtscheiding van mijn ouders gehad.",
        [("vechtscheiding", "discussed")],
        [("vechtscheiding", "asserted")],
    ),
    (
        "De vader zei: „Kinderen uit de knel zijn blij.”",
        [("uit de knel", "attributed")],
        [("uit de knel", "attributed")],
    ),
    (
        "Zij is een manipulatieve moeder | dat zegt iedereen.",
        [("manipulatieve", "asserted")],
        [("manipulatieve", "asserted")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_named_term_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Als we het hebben over vechtscheidingen, is er veel mis.", "vechtscheidingen", True),
        ("Als we het over manipulatieve ouders hebben, is er veel mis.", "manipulatieve", True),
        ("Het gaat vandaag over verwaarloosde kinderen.", "verwaarloosde", True),
        ("Het gaat over zijn manipulatieve ex.", "manipulatieve", False),
        ("We hebben het over de vechtscheiding gehad.", "vechtscheiding", False),
        ("Zij sprak over vechtscheidingen.", "vechtscheidingen", False),
    ],
)
def test_topic_with_it(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, upto = term_tokens(finder, text, term)
    assert topic_with_it(tokens, at, upto) is expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Ze volgen de cursus “Kinderen uit de knel” samen.", "uit de knel", True),
        ("Het traject van ‘Ouderschap blijft’ en ‘Kinderen uit de knel’ helpt.", "uit", True),
        ("De vader zei: „Kinderen uit de knel zijn blij.”", "uit de knel", False),
        ("Ze volgen de cursus “kinderen uit de knel” samen.", "uit de knel", False),
        ("De moeder “Kinderen uit de knel” helpt.", "uit de knel", False),
    ],
)
def test_programme_name(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, upto = term_tokens(finder, text, term)
    assert programme_name(tokens, at, upto) is expected


def test_page_title(finder) -> None:
    doc = finder.nlp(LONG_TITLE)
    assert page_title(doc, 0, len("Vechtende ouders")) is True
    bar = LONG_TITLE.index("|")
    assert page_title(doc, bar + 2, bar + 6) is False  # after the separator: the site's name
    sentence = finder.nlp("Zij is een manipulatieve moeder | dat zegt iedereen.")
    assert page_title(sentence, 11, 24) is False  # a sentence with final punctuation
    long = finder.nlp(" ".join(["woord"] * 17) + " vechtende ouders | Site")
    assert page_title(long, 17 * 6, 17 * 6 + 9) is False  # too long for a title


def test_page_title_voice(finder, rules) -> None:
    """main: discussed (the learned model) / asserted (rules: too long a line for a heading)."""
    assert term_voices(finder, LONG_TITLE)[:1] == [("Vechtende ouders", "discussed")]
    assert term_voices(rules, LONG_TITLE)[:1] == [("Vechtende ouders", "discussed")]
