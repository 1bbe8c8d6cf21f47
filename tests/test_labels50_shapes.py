"""labels50 (issue 11 §1, after round 37): an offence adjective with a behaviour noun is a label
only when the text ties it to a person or group (policy of 2026-12-06); a subordinator the
tagger reads as a preposition still opens the clause of an institution's capacity; a denied care
verb reads no person of the next coordinated clause and no possessive; an abbreviation in
capitals is no person's name; "slecht opgevoede kinderen" is labels37's faulty upbringing with the
inflected participle. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

TYPING = "negatieve typering"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tied: a subject of "vertonen", a possessive, "van" + a determiner or possessive + person
        (
            "Steeds meer tieners vertonen crimineel gedrag.",
            [(29, 45, "crimineel gedrag", TYPING, "discussed")],
        ),
        (
            "Zijn criminele gedrag viel de buren op.",
            [(5, 21, "criminele gedrag", TYPING, "asserted")],
        ),
        (
            "Het criminele gedrag van de vader werd besproken.",
            [(4, 20, "criminele gedrag", TYPING, "asserted")],
        ),
        (
            "De ouders werden aangesproken op het strafbare gedrag van hun zoon.",
            [(37, 53, "strafbare gedrag", TYPING, "asserted")],
        ),
        (  # labels57: "Het gaat om kinderen die ..." names a category (was asserted)
            "Het gaat om kinderen die crimineel gedrag vertonen.",
            [(25, 41, "crimineel gedrag", TYPING, "discussed")],
        ),
        (
            "Volgens de wijkagent is het duidelijk dat deze jongens crimineel gedrag vertonen.",
            [(55, 71, "crimineel gedrag", TYPING, "attributed")],
        ),
        # the category: an approach, prevention with a bare plural, figures, a law's wording
        ("De gemeente werkt aan de aanpak van crimineel gedrag.", []),
        ("Preventie van strafbaar gedrag van jongeren begint thuis.", []),
        ("Het aantal meldingen van crimineel gedrag daalde vorig jaar.", []),
        ("De wet stelt delinquent gedrag strafbaar.", []),
        # another judging adjective still judges behaviour without a tie (labels35)
        (
            "Respectloos gedrag wordt niet getolereerd.",
            [(0, 18, "Respectloos gedrag", TYPING, "discussed")],
        ),
    ],
)
def test_offence_adjectives_need_a_person(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Indien" tagged ADP opens the clause: the institution is the subject (policy 6)
        (
            "Indien de instelling niet in staat is om het meisje de veiligheid te bieden, "
            "volgt een andere plaatsing.",
            [],
        ),
        (
            "Indien de moeder niet in staat is om het meisje de veiligheid te bieden, "
            "volgt een andere plaatsing.",
            [
                (
                    17,
                    71,
                    "niet in staat is om het meisje de veiligheid te bieden",
                    TYPING,
                    "asserted",
                )
            ],
        ),
        # a fronted phrase is followed by its finite verb: still a prepositional phrase
        (
            "Door haar ziekte is de moeder niet in staat om haar kind op te voeden.",
            [(30, 69, "niet in staat om haar kind op te voeden", TYPING, "asserted")],
        ),
    ],
)
def test_capacity_of_an_institution_after_a_subordinator(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the next coordinated clause and a possessive are no person of the verb
        ("Zo werden hun tanden niet verzorgd en woonden zij in een vieze woning.", []),
        ("Zo werden hun tanden niet verzorgd.", []),
        (
            "Zo werden de kinderen niet verzorgd en woonden zij in een vieze woning.",
            [(22, 35, "niet verzorgd", TYPING, "asserted")],
        ),
        (
            "De moeder heeft haar zoontje niet verzorgd en ging uit.",
            [(29, 42, "niet verzorgd", TYPING, "asserted")],
        ),
    ],
)
def test_denied_care_reads_its_own_clause(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation in capitals before a noun is no person's name
        ("Het rapport gaat over de jaloersheid van GGD medewerkers.", []),
        ("Het rapport gaat over de jaloersheid van LHB leerlingen.", []),
        (
            "Het rapport gaat over de jaloersheid van Peter.",
            [(25, 36, "jaloersheid", TYPING, "discussed")],
        ),
    ],
)
def test_an_abbreviation_is_no_person(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the inflected participle before its noun is a form of "opvoeden" too (labels37's shape)
        (
            "Het zijn slecht opgevoede kinderen.",
            [(9, 25, "slecht opgevoede", TYPING, "asserted")],
        ),
        (
            "De buren klaagden over haar verkeerd opgevoede zoon.",
            [(28, 46, "verkeerd opgevoede", TYPING, "attributed")],
        ),
        ("Het zijn goed opgevoede kinderen.", []),
    ],
)
def test_inflected_upbringing_participle(text: str, expected: list) -> None:
    assert found(label_finder(None), text) == expected
