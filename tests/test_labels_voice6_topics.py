"""labels-voice6 (2026-12-06): gold `discussed` read as applied (asserted or attributed), tune.

Written sentences, not taken from an evaluation text, with the exact voices of the default
finder and of the rules alone (:mod:`wb.dossiers.voice_topics`): a bare plural group after
"over" that follows a verb of talking ("sprak over criminele jongeren"), the topic noun
"problematiek" before "rondom", the content of an idea ("het idee dat vaders incompetent
zijn") and an item of a catalogue ("zaken als roddelen, stoken en manipuleren", "brutaliteit,
pesten, ... enz."). Controls: a group with a possessive, someone who has the idea, a list of
finite verbs, a list without an opener or closer, "over" that is no topic.
"""

from __future__ import annotations

import pytest
from label_finders import term_tokens, term_voices

from wb.dossiers.voice_topics import catalogue_item, idea_content, image_of, spoken_about

# (text, default voices, rules voices); the comment gives main's voices (default / rules)
CASES = [
    # main: attributed / attributed
    (
        "Het Kamerlid sprak gisteren over criminele jongeren in de wijk.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    # main: attributed / attributed
    (
        "Zij sprak in de Kamer over Marokkaanse probleemjongeren.",
        [("probleemjongeren", "discussed")],
        [("probleemjongeren", "discussed")],
    ),
    # main: discussed / asserted
    (
        "De wethouder praatte met de buurt over overlastgevende jongeren.",
        [("overlastgevende jongeren", "discussed")],
        [("overlastgevende jongeren", "discussed")],
    ),
    # main: discussed / asserted
    (
        "De partij is blij dat de problematiek rondom criminele jongeren aandacht krijgt.",
        [("criminele jongeren", "discussed")],
        [("criminele jongeren", "discussed")],
    ),
    # main: attributed / attributed
    (
        "Ze is klaar met het idee dat vaders incompetent zijn.",
        [("incompetent", "discussed")],
        [("incompetent", "discussed")],
    ),
    # main: discussed / asserted
    (
        "De groep houdt zich bezig met zaken als roddelen, stoken en manipuleren.",
        [("manipuleren", "discussed")],
        [("manipuleren", "discussed")],
    ),
    # main: asserted / asserted
    (
        "Het onbehagen groeit: brutaliteit, pesten, spijbelen, vandalisme enz. overvallen ons.",
        [("brutaliteit", "discussed")],
        [("brutaliteit", "discussed")],
    ),
    # controls, as on main
    (
        "De vader sprak over zijn manipulatieve ex.",
        [("manipulatieve", "attributed")],
        [("manipulatieve", "attributed")],
    ),
    (
        "Ze heeft het idee dat vaders incompetent zijn.",
        [("incompetent", "attributed")],
        [("incompetent", "attributed")],
    ),
    (
        "De moeder stookte, loog en manipuleerde.",
        [("manipuleerde", "asserted")],
        [("manipuleerde", "asserted")],
    ),
    (
        "Zijn zoon deed aan roddelen, stoken en manipuleren.",
        [("roddelen", "asserted"), ("manipuleren", "asserted")],
        [("roddelen", "asserted"), ("manipuleren", "asserted")],
    ),
    (
        "De moeder sprak met de jeugdzorg over haar verwaarlozende vader.",
        [("verwaarlozende", "attributed")],
        [("verwaarlozende", "attributed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), CASES)
def test_topic_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Zij sprak in de Kamer over Marokkaanse probleemjongeren.", "probleemjongeren", True),
        ("Het Kamerlid sprak gisteren over criminele jongeren.", "criminele jongeren", True),
        ("Ze debatteerden lang over agressieve ouders.", "agressieve", True),
        ("De vader sprak over zijn manipulatieve ex.", "manipulatieve", False),
        ("Hij liep met criminele jongeren over straat.", "criminele jongeren", False),
        ("Zij sprak. Over agressieve ouders schreef ze niets.", "agressieve", False),
    ],
)
def test_spoken_about(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, upto = term_tokens(finder, text, term)
    assert spoken_about(tokens, at, upto) is expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Ze is klaar met het idee dat vaders incompetent zijn.", "incompetent", True),
        ("Weg met het vooroordeel dat moeders overbezorgd zijn.", "overbezorgd", True),
        ("Ze heeft het idee dat vaders incompetent zijn.", "incompetent", False),
        ("Het idee dat de vader incompetent is, klopt niet.", "incompetent", False),
        ("Hij zegt dat vaders incompetent zijn.", "incompetent", False),
    ],
)
def test_idea_content(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, _ = term_tokens(finder, text, term)
    assert idea_content(tokens, at) is expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Ze doen aan zaken als roddelen, stoken en manipuleren.", "manipuleren", True),
        ("Het gaat om brutaliteit, pesten, spijbelen, vandalisme enz.", "brutaliteit", True),
        ("Zijn zoon deed aan roddelen, stoken en manipuleren.", "manipuleren", False),
        ("Ze doen aan zaken als roddelen en manipuleren.", "manipuleren", False),
        ("De moeder stookte, loog en manipuleerde.", "manipuleerde", False),
    ],
)
def test_catalogue_item(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, upto = term_tokens(finder, text, term)
    assert catalogue_item(tokens, at, upto) is expected


@pytest.mark.parametrize(
    ("text", "term", "expected"),
    [
        ("Volgens haar is het beeld van de narcist vaak misleidend.", "narcist", True),
        ("Hoe verkeerd was mijn beeld van een alcoholist.", "alcoholist", True),
        ("Hij voldoet aan het beeld van een narcist.", "narcist", False),
        ("Zij schetst een beeld van de narcist.", "narcist", False),
    ],
)
def test_image_of(finder, text: str, term: str, expected: bool) -> None:
    tokens, at, upto = term_tokens(finder, text, term)
    assert image_of(tokens, at, upto) is expected


IMAGE_CASES = [
    # main: attributed / attributed
    (
        "Volgens de therapeut is het beeld van de narcist vaak misleidend.",
        [("narcist", "discussed")],
        [("narcist", "discussed")],
    ),
    # control, as on main
    (
        "Volgens de therapeut voldoet hij aan het beeld van een narcist.",
        [("narcist", "attributed")],
        [("narcist", "attributed")],
    ),
]


@pytest.mark.parametrize(("text", "default", "by_rules"), IMAGE_CASES)
def test_image_voices(finder, rules, text: str, default: list, by_rules: list) -> None:
    assert term_voices(finder, text) == default
    assert term_voices(rules, text) == by_rules
