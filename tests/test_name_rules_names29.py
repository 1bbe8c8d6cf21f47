"""General name rules written after reading real-text round 23 (names29): surnames after a
plural title, an agenda's numbered items, an ordinary word numbered twice in brackets, a
lowercase compound after a name, a place with spaced letters, the first word of an English
sentence, a place after "in heel", a venue before an address, an inflected adjective and a noun
in Title Case after "de". Exact spans on sentences written for these tests; no name of the
real-text check (bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_surnames_after_a_plural_title_are_persons() -> None:
    text = "Afwezig met bericht zijn de heren Kwak en Van de Wolkema.\n\nDe voorzitter opent."
    assert spans(text) == [
        (34, 38, "Kwak", "[PERSOON-1]"),
        (42, 56, "Van de Wolkema", "[PERSOON-2]"),
    ]


def test_an_agenda_item_followed_by_the_next_number_is_no_address() -> None:
    text = "Agenda\n\n1. Opening 2. Mededelingen 3. Inspreekkwartier 4. Rondvraag\n"
    assert spans(text) == []


def test_an_ordinary_word_numbered_twice_in_brackets_is_no_child() -> None:
    text = "Stukken: Besluit (1) over de lijst. Verslag: Besluit (2) over het verslag."
    assert spans(text) == []


def test_a_lowercase_compound_after_initials_and_surname_is_no_part_of_the_name() -> None:
    text = "De voorzitter, drs. A.B. Kwarvik Concept-besluit Nr. Onderwerp"
    assert spans(text) == [(20, 32, "A.B. Kwarvik", "[PERSOON-1]")]


def test_a_known_place_written_with_spaced_letters_is_that_place() -> None:
    text = "Aan de leden van de gemeente Z w o l l e.\nIn Zwolle vergaderen wij."
    assert spans(text) == [
        (29, 40, "Z w o l l e", "[PLAATS-1]"),
        (45, 51, "Zwolle", "[PLAATS-1]"),
    ]


def test_an_unknown_word_starting_an_english_sentence_is_no_name() -> None:
    text = "Knowledge is the key to change.\n\nRecently, there were children who are in care."
    assert spans(text) == []


def test_a_place_after_in_heel_is_a_place() -> None:
    text = "Er zijn zes meldpunten in heel Wolkemaland en twee in heel Nederland."
    assert spans(text) == [(31, 42, "Wolkemaland", "[PLAATS-1]")]


def test_a_venue_before_an_address_with_its_place_is_an_organisation() -> None:
    text = "We vergaderen in het Kwarvikhuis, zaal 2, Dorpsweg 14 te Epe. Niet in het Gemeentehuis."
    assert spans(text) == [
        (21, 32, "Kwarvikhuis", "[ORGANISATIE-1]"),
        (42, 53, "Dorpsweg 14", "[ADRES-1]"),
        (57, 60, "Epe", "[PLAATS-1]"),
    ]


def test_an_inflected_adjective_and_a_noun_in_title_case_after_de_name_an_organisation() -> None:
    text = "Ga naar een vaste plek, de Kleine Kwark, of schrijf naar de Tweede Kamer."
    assert spans(text) == [(27, 39, "Kleine Kwark", "[ORGANISATIE-1]")]
