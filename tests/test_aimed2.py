"""Person-aimed descriptions beyond fixed terms (issue 11 §1, aimed2): care or duty denied to a
child, care in excess, inflected capability adjectives, "jij" as the subject of a judging
predicate and child nouns as persons. Written sentences, not evaluation texts; each expectation
of a hit fails with its rule or word taken out."""

from __future__ import annotations

import pytest
from label_finders import described, label_finder

from wb.dossiers.description_care import find_care_denied, find_excess


def care(text: str) -> list[str]:
    """The spans of care or duty denied in `text`."""
    doc = label_finder().nlp(text)
    return [text[a:b] for a, b in find_care_denied(doc)]


def excess(text: str) -> list[str]:
    """The spans of care in excess in `text`."""
    doc = label_finder().nlp(text)
    return [text[a:b] for a, b in find_excess(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zij kan niet voor haar zoon zorgen.", ["niet voor haar zoon zorgen"]),
        (
            "Volgens de buurvrouw zorgt vader niet goed voor de kinderen.",
            ["zorgt vader niet"],
        ),
        ("Hij keek nooit naar zijn dochter om.", ["keek nooit naar zijn dochter om"]),
        ("Het meisje wordt thuis niet opgevoed.", ["niet opgevoed"]),
        ("Moeder heeft de regeling niet nageleefd.", ["niet nageleefd"]),
        ("Vader bekommert zich nauwelijks om de kinderen.", ["bekommert zich nauwelijks"]),
        # no person with the preposition, or the negator denies something else
        ("Vader zorgt niet voor rust in huis.", []),
        ("Zorg er niet voor dat je kind moet kiezen.", []),
        ("Hij zorgt niet alleen voor de kinderen.", []),
        # the verb as a noun or a role, or no person in the clause
        ("Het niet naleven van de regeling heeft gevolgen.", []),
        ("De niet verzorgende ouder krijgt een omgangsregeling.", []),
        ("De regeling wordt niet nageleefd.", []),
        ("De kinderen worden goed opgevoed.", []),
    ],
)
def test_care_denied(text: str, expected: list[str]) -> None:
    assert care(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De vader verwent zijn kinderen teveel.", ["verwent zijn kinderen teveel"]),
        ("Ik vind dat ouders hun kind te veel verwennen.", ["te veel verwennen"]),
        ("Die ouders bemoeien zich veel te veel met school.", ["bemoeien zich veel te veel"]),
        ("Dat bezorgt haar te veel stress.", []),
        ("Het wijkteam luistert te veel naar moeder.", []),
        ("Ik deed haar te veel denken aan mijn vader.", []),
        ("Het opruimen van de kamer is hem te veel.", []),
    ],
)
def test_care_in_excess(text: str, expected: list[str]) -> None:
    assert excess(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the inflected form of a capability adjective ("opvoedbare": opvoedbaar)
        ("Ze heeft een moeilijk opvoedbare zoon.", ["moeilijk opvoedbare zoon"]),
        ("Het zijn slecht aanspreekbare jongens.", ["slecht aanspreekbare jongens"]),
        ("Het is een goed opvoedbare zoon.", []),
        # the stressed second person as subject of a judging predicate
        ("Jij bent onbetrouwbaar!", ["onbetrouwbaar"]),
        ("Jullie zijn gemeen.", ["gemeen"]),
        # a child noun as person
        ("Wat een brutale peuter.", ["brutale peuter"]),
        ("Hij is een agressieve kleuter.", ["agressieve kleuter"]),
        # found through description_care in the pattern
        ("Zij kan niet voor haar zoon zorgen.", ["niet voor haar zoon zorgen"]),
        ("De vader verwent zijn kinderen teveel.", ["verwent zijn kinderen teveel"]),
    ],
)
def test_descriptions_aimed_at_a_person(text: str, expected: list[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vaders gedragen zich als schapen.", ["als schapen"]),
        ("Zijn dochter gedroeg zich als een enorm verwend nest.", ["als een enorm verwend nest"]),
        ("Hij stelt zich op als slachtoffer.", ["als slachtoffer"]),
        ("Het apparaat gedraagt zich als een computer.", []),
        ("Vader gedraagt zich rustig.", []),
    ],
)
def test_conduct_likened(text: str, expected: list[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another party's judgement of the speaker
        ("Ik was volgens haar jaloers.", ["jaloers"]),
        ("Volgens de juf ben ik lui.", ["lui"]),
        ("De buren vinden dat ik onverantwoordelijk ben.", ["onverantwoordelijk"]),
        ("Ze zeiden dat ik geen echte vrouw was.", ["geen echte vrouw"]),
        # the speaker's own judgement is a label too since labels-policy (2026-12-05)
        ("Ik denk dat ik onverantwoordelijk ben.", ["onverantwoordelijk"]),
        ("Ik ben een slechte moeder.", ["slechte moeder"]),
        ("Ik was jaloers.", ["jaloers"]),
    ],
)
def test_judgement_of_the_speaker_by_another(text: str, expected: list[str]) -> None:
    assert described(text) == expected
