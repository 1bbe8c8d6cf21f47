"""One placeholder per entity (names-consistency, after round 29): a capitalised ordinary word
glued before a known person's name ("Voorwoord Anouk Brinkhorst", "Volgens Brinkhorst") is
that person, and an acronym written in capitals whose letters are the initials of an
organisation named in the same text is that organisation. Exact spans on sentences written
for these tests; no name of the real-text check (bench/realtext/names) is used."""

from __future__ import annotations

from name_spans import spans


def test_a_heading_word_before_a_full_name_is_the_same_person() -> None:
    text = (
        "Inhoud\nVoorwoord Anouk Brinkhorst, oprichter\nHoofdstuk 1\n"
        "Anouk Brinkhorst schreef dit boek."
    )
    found = spans(text)
    assert [(t, p) for _, _, t, p in found] == [
        ("Voorwoord Anouk Brinkhorst", "[PERSOON-1]"),
        ("Anouk Brinkhorst", "[PERSOON-1]"),
    ]


def test_an_ordinary_word_before_a_known_surname_is_the_same_person() -> None:
    text = (
        "Kamerlid Anouk Brinkhorst stelde vragen. Anouk Brinkhorst wil antwoord.\n\n"
        "Neffens Brinkhorst is het antwoord nee."
    )
    assert [(t, p) for _, _, t, p in spans(text)] == [
        ("Anouk Brinkhorst", "[PERSOON-1]"),
        ("Anouk Brinkhorst", "[PERSOON-1]"),
        ("Neffens Brinkhorst", "[PERSOON-1]"),
    ]


def test_a_first_name_before_a_known_surname_stays_another_person() -> None:
    text = "Anouk Brinkhorst en haar broer Joris Brinkhorst kwamen samen."
    assert [(t, p) for _, _, t, p in spans(text)] == [
        ("Anouk Brinkhorst", "[PERSOON-1]"),
        ("Joris Brinkhorst", "[PERSOON-2]"),
    ]


def test_an_acronym_of_an_organisation_named_in_the_text_is_that_organisation() -> None:
    text = (
        "Ondersteuningsplan\nSPOKW\n2024-2028\n"
        "Dit is het plan van het Samenwerkingsverband Passend Onderwijs Kennemerland West, "
        "afgekort SPOKW.\nSPOKW heeft veel scholen."
    )
    assert [(t, p) for _, _, t, p in spans(text)] == [
        ("SPOKW", "[ORGANISATIE-1]"),
        ("Samenwerkingsverband Passend Onderwijs Kennemerland West", "[ORGANISATIE-1]"),
        ("SPOKW", "[ORGANISATIE-1]"),
        ("SPOKW", "[ORGANISATIE-1]"),
    ]


def test_capitals_that_are_not_the_initials_stay_another_organisation() -> None:
    text = (
        "Ondersteuningsplan\nSPKN\n2024-2028\n"
        "Dit is het plan van het Samenwerkingsverband Passend Onderwijs Kennemerland West."
    )
    assert [(t, p) for _, _, t, p in spans(text)] == [
        ("SPKN", "[SCHOOL-1]"),
        ("Samenwerkingsverband Passend Onderwijs Kennemerland West", "[ORGANISATIE-1]"),
    ]
