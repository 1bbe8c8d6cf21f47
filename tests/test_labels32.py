"""Voices and lexicon terms after labels round 25 (issue 11 §1, labels32): a definition by
condition ("Er is sprake van X wanneer ..."), an existential sentence with an adverb of always,
an adverb of how often before an indefinite subject, a counted group's situation, a yes/no
question to the reader with "hebben", a heading inside a quoted story, an exclamation; the terms
"staat ... in de weg", "verwend", "grote mond" and "manipulatie" in compounds. Written
sentences, not evaluation texts.
"""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder


def voices(text: str, voice_model: str | None = None) -> list[tuple]:
    """(text, voice) of every hit, default voices or the rules alone (voice_model="rules")."""
    return [(h[2], h[4]) for h in found(label_finder(voice_model), text, None)]


def spans(text: str) -> list[tuple]:
    """(start, end, text, label) of every hit with the default finder."""
    return [h[:4] for h in found(label_finder(), text, None)]


BOTH = pytest.mark.parametrize("voice_model", [None, "rules"])


@BOTH
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definition by condition: the term and the terms of its condition
        (
            "Er is sprake van een vechtscheiding wanneer ouders jarenlang blijven procederen "
            "over de kinderen.",
            [("vechtscheiding", "discussed")],
        ),
        (
            "Van ouderverstoting is pas sprake als een kind een ouder afwijst omdat de andere "
            "ouder het kind manipuleert.",
            [("ouderverstoting", "discussed"), ("manipuleert", "discussed")],
        ),
        # controls: "als gevolg van" and "als het gaat om" set no condition, a named person, no
        # condition at all
        (
            "Er is sprake van een loyaliteitsconflict als gevolg van de scheiding.",
            [("loyaliteitsconflict", "asserted")],
        ),
        (
            "Er is sprake van een niet-meewerkende moeder als het gaat om de school.",
            [("niet-meewerkende moeder", "asserted")],
        ),
        (
            "Er is sprake van ouderverstoting wanneer de moeder van Sanne het contact blokkeert.",
            [("ouderverstoting", "asserted")],
        ),
        ("Er is sprake van ouderverstoting.", [("ouderverstoting", "asserted")]),
        # an existential sentence with an adverb of always; without one it stays applied
        (
            "Er is altijd een manipulatieve ouder en een ouder die wordt afgewezen.",
            [("manipulatieve", "discussed")],
        ),
        ("Er is een manipulatieve ouder in dit gezin.", [("manipulatieve", "asserted")]),
        # an adverb of how often, a present verb and an indefinite subject
        (
            "Vaak zal een narcistische ouder het kind manipuleren.",
            [("narcistische", "discussed"), ("manipuleren", "discussed")],
        ),
        ("Soms staat een ex in de weg.", [("staat een ex in de weg", "discussed")]),
        (
            "Soms staat haar ex het contact in de weg.",
            [("staat haar ex het contact in de weg", "asserted")],
        ),
        # a counted group's situation; a few children are no statistic
        (
            "Jaarlijks belanden 12.000 kinderen in een vechtscheiding.",
            [("vechtscheiding", "discussed")],
        ),
        ("Twee kinderen zitten in een vechtscheiding.", [("vechtscheiding", "asserted")]),
        # a yes/no question to the reader with "hebben", also quoted; a statement is applied
        ("Heeft u een narcistische ex?", [("narcistische", "discussed")]),
        ("Zij vroeg: “Heb jij manipulatieve ouders?”", [("manipulatieve", "discussed")]),
    ],
)
def test_voice(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voices(text, voice_model) == expected


def test_statement_to_the_reader_stays_applied() -> None:
    """ "U heeft een X." is no question: the rules keep it applied."""
    assert voices("U heeft een narcistische ex.", "rules") == [("narcistische", "asserted")]


def test_past_habit_is_a_case() -> None:
    """ "Vaak manipuleerde een ... vader": a past habit of someone, not a statement in general."""
    assert voices("Vaak manipuleerde een narcistische vader het kind.", "rules") == [
        ("manipuleerde", "asserted"),
        ("narcistische", "discussed"),
    ]


STORY = (
    "„Mijn schoonmoeder belt elke dag en zegt dat ik het verkeerd doe.\n\n"
    "Manipulatie\n\n"
    "Zo noemt mijn man wat zij doet. Ik vind het te hard, maar soms heeft hij gelijk."
)


@BOTH
def test_heading_inside_a_quoted_story(voice_model: str | None) -> None:
    """A heading between two paragraphs of a story printed as one quote is the story's."""
    hit = [h for h in found(label_finder(voice_model), STORY, None) if h[2] == "Manipulatie"]
    assert [(h[0], h[1], h[4]) for h in hit] == [(67, 78, "attributed")]


def test_heading_outside_a_quote_is_discussed() -> None:
    """The same heading over a text that is no quote is a title: discussed."""
    text = STORY.replace("„", "")
    hit = [h for h in found(label_finder(), text, None) if h[2] == "Manipulatie"]
    assert [(h[0], h[1], h[4]) for h in hit] == [(66, 77, "discussed")]


def test_exclamation_is_kept_asserted() -> None:
    """A term that is a whole exclamation is the writer's own cry: the model does not turn it."""
    assert voices("Narcist! Manipulatieve moeder!") == [
        ("Narcist", "asserted"),
        ("Manipulatieve", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soms staat een ex in de weg.",
            [(5, 27, "staat een ex in de weg", "staat het contact in de weg")],
        ),
        # no parent word in the sentence, or the verb last: no hit
        ("Soms staan problemen de ontwikkeling in de weg.", []),
        ("Vader zegt dat moeder het contact in de weg staat.", []),
        ("Ze is een verwend kind.", [(10, 22, "verwend kind", "verwend")]),
        ("Het jongetje had een grote bek.", [(21, 30, "grote bek", "grote mond")]),
        (
            "De vader sprak over manipulatietechnieken van de moeder.",
            [(20, 41, "manipulatietechnieken", "manipulatief")],
        ),
        # a verb term ends a description: what follows is its object, no description
        ("Hij verwent zijn dochter te veel.", [(4, 11, "verwent", "verwend")]),
    ],
)
def test_lexicon(text: str, expected: list[tuple]) -> None:
    assert spans(text) == expected


@BOTH
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "volgens mijn schoonmoeder": the writer's relative says it, not the writer
        (
            "Die mensen hebben volgens mijn schoonmoeder een grote mond.",
            [("grote mond", "attributed")],
        ),
        (
            "Ik kom uit het noorden en die mensen hebben volgens mijn schoonmoeder een ‘te grote "
            "mond’.",
            [("grote mond", "attributed")],
        ),
        # control: the writer herself
        ("Volgens mij is vader manipulatief.", [("manipulatief", "asserted")]),
    ],
)
def test_source_is_the_writers_relative(
    text: str, expected: list[tuple], voice_model: str | None
) -> None:
    assert voices(text, voice_model) == expected
