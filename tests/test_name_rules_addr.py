"""names-addr: address shapes and parts of persons' names left readable, in made-up Dutch
snippets, with their exact spans and placeholders (each test but the last gives other spans on
main; the last and the hours in the range test guard the limits of the rules)."""

from __future__ import annotations

from name_spans import spans


def test_an_addition_after_the_house_number_is_part_of_the_address() -> None:
    text = "Vader woont sinds 2019 op Kwarvikweg 12 bis in Deventer."
    assert spans(text) == [
        (26, 43, "Kwarvikweg 12 bis", "[ADRES-1]"),
        (47, 55, "Deventer", "[PLAATS-1]"),
    ]
    assert spans("De woning aan de Kwarvikstraat 12-II te Amsterdam.")[0] == (
        17,
        36,
        "Kwarvikstraat 12-II",
        "[ADRES-1]",
    )
    assert spans("Het huis aan de Kwarvikweg 5a-b in Zwolle.")[0] == (
        16,
        31,
        "Kwarvikweg 5a-b",
        "[ADRES-1]",
    )


def test_a_range_of_house_numbers_but_not_of_hours() -> None:
    text = "Het inloophuis aan de Kwarvikstraat 8 - 10 is van 19 - 21 uur open."
    assert spans(text) == [(22, 42, "Kwarvikstraat 8 - 10", "[ADRES-1]")]
    assert spans("Groep 7 - 8 speelde op het plein.") == []


def test_a_cue_word_makes_a_street_without_a_suffix_an_address() -> None:
    text = "Moeder verhuisde naar de Zwarmink 22 in Almere."
    assert spans(text) == [
        (25, 36, "Zwarmink 22", "[ADRES-1]"),
        (40, 46, "Almere", "[PLAATS-1]"),
    ]


def test_a_street_after_gevestigd_te_and_its_place() -> None:
    text = "De stichting is gevestigd te Utrecht, Zwarmink 14."
    assert spans(text) == [
        (29, 36, "Utrecht", "[PLAATS-1]"),
        (38, 49, "Zwarmink 14", "[ADRES-1]"),
    ]


def test_a_street_before_a_separated_postcode_in_a_letterhead() -> None:
    assert spans("Kantoor: Zwarmink 14 | 3511 AA Utrecht") == [
        (9, 20, "Zwarmink 14", "[ADRES-1]"),
        (23, 30, "3511 AA", "[POSTCODE-1]"),
        (31, 38, "Utrecht", "[PLAATS-1]"),
    ]
    assert spans("Zwarmink 14 - 3511 AA Utrecht") == [
        (0, 11, "Zwarmink 14", "[ADRES-1]"),
        (14, 21, "3511 AA", "[POSTCODE-1]"),
        (22, 29, "Utrecht", "[PLAATS-1]"),
    ]


def test_an_ordinal_opens_the_street_name() -> None:
    assert spans("Tweede Kwarvikstraat 5 te Zwolle") == [
        (0, 22, "Tweede Kwarvikstraat 5", "[ADRES-1]"),
        (26, 32, "Zwolle", "[PLAATS-1]"),
    ]


def test_a_surname_that_is_a_word_after_a_first_name_and_its_particle() -> None:
    text = "Dat meldt wethouder Peter de Vrij in de raadscommissie."
    assert spans(text) == [(20, 33, "Peter de Vrij", "[PERSOON-1]")]
    text = "Frans van der Haar, Raad voor de Kinderbescherming"
    assert spans(text) == [(0, 18, "Frans van der Haar", "[PERSOON-1]")]


def test_an_abbreviated_first_name_and_its_full_stop_join_the_surname() -> None:
    text = "Staand Adr. Kwarvikma, Jan Daemen en Piet Bos."
    assert spans(text) == [
        (7, 21, "Adr. Kwarvikma", "[PERSOON-1]"),
        (23, 33, "Jan Daemen", "[PERSOON-2]"),
        (37, 45, "Piet Bos", "[PERSOON-3]"),
    ]


def test_a_capitalised_van_and_initials_before_a_found_surname_in_a_list() -> None:
    text = "Aanwezig: T. Jansen, E. Van Bakker, K. de Vries en J. Smit."
    assert spans(text) == [
        (10, 19, "T. Jansen", "[PERSOON-1]"),
        (21, 34, "E. Van Bakker", "[PERSOON-2]"),
        (36, 47, "K. de Vries", "[PERSOON-3]"),
        (51, 58, "J. Smit", "[PERSOON-4]"),
    ]


def test_an_article_before_a_name_does_not_join_a_first_name_before_it() -> None:
    text = "Foto: afscheid juf Ellen van De Kwarhoeve."
    assert spans(text) == [
        (19, 24, "Ellen", "[PERSOON-1]"),
        (32, 41, "Kwarhoeve", "[PERSOON-2]"),
    ]
