"""Name rules after round 30 of the real-text check (names39), each for a shape of text: a
known place after a trigger that runs on into an ordinary word, initials that end their
paragraph, a name after initials followed by a university's head or an office and its place,
the members of a body, lists of first names and surnames, a surname written before its first
name, a role word in brackets, the members who sign a motion, a news dateline before a quote,
a place in brackets after a name, a compass word cut off by a line break, capitals glued to a
place, a camel-case name that defines its acronym, a region's acronym, a street without a
number, inhabitants of a province, a colophon without colons and a heading in capitals before
a capitalised article. Exact spans on sentences written for these tests; no name of the
real-text check (bench/realtext/names) is used. Each test fails on the code before this
branch, except the guards of a rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_a_place_after_gemeente_ends_before_a_month() -> None:
    text = "Dit rapport is gemaakt door de gemeente Zwolle Juni 2011 en daarna herzien."
    assert spans(text) == [(40, 46, "Zwolle", "[PLAATS-1]")]


def test_a_place_after_gemeente_ends_before_a_post_box() -> None:
    text = "Uitgave gemeente Zwolle Postbus AB Zwolle."
    assert spans(text) == [
        (17, 23, "Zwolle", "[PLAATS-1]"),
        (32, 34, "AB", "[POSTCODE-1]"),  # a postcode (the lead's decision of 2026-12-05)
        (35, 41, "Zwolle", "[PLAATS-1]"),
    ]


def test_a_place_with_a_compass_word_stays_whole() -> None:
    text = "Het stadsdeel ligt in de gemeente Amsterdam Zuidoost en is groot."
    assert spans(text) == [(34, 52, "Amsterdam Zuidoost", "[PLAATS-1]")]


def test_initials_end_at_a_blank_line_and_a_member_in_capitals_is_a_person() -> None:
    text = "MOTIE VAN HET LID DEKKER C.S.\n\nVoorgesteld 3 maart 2021\n\nDe Kamer,"
    assert spans(text) == [(18, 24, "DEKKER", "[PERSOON-1]")]


def test_a_name_after_initials_ends_before_a_university() -> None:
    text = "Auteurs: drs. K.L. Hofstra Vrije Universiteit, afdeling Pedagogiek."
    assert spans(text) == [(14, 26, "K.L. Hofstra", "[PERSOON-1]")]


def test_a_name_after_initials_ends_before_an_office_and_its_place() -> None:
    text = "Officier van Justitie mw mr A.B. Jansen-de Wit Arrondissementsparket Zwolle heeft het."
    assert spans(text) == [
        (28, 46, "A.B. Jansen-de Wit", "[PERSOON-1]"),
        (69, 75, "Zwolle", "[PLAATS-1]"),
    ]


def test_the_members_of_a_body_name_no_member() -> None:
    text = "Een van de leden van de Bezwaarcommissie gaf zijn mening."
    assert spans(text) == []


def test_an_item_of_a_list_of_names_with_an_ordinary_surname_is_a_person() -> None:
    text = "Wij werken met Anna Bakker, Zorvan Boter, Karin Smit en mijzelf in het team."
    assert spans(text) == [
        (15, 26, "Anna Bakker", "[PERSOON-1]"),
        (28, 40, "Zorvan Boter", "[PERSOON-2]"),
        (42, 52, "Karin Smit", "[PERSOON-3]"),
    ]


def test_a_surname_before_its_first_name_is_one_person_and_a_code_no_name() -> None:
    text = "PORTEFEUILLEHOUDER Wiersma, Anneke ADV-KB"
    assert spans(text) == [(19, 34, "Wiersma, Anneke", "[PERSOON-1]")]


def test_a_list_of_surnames_is_not_read_surname_first() -> None:
    text = "Aanwezig: Hakstra, Hamid, Kolk en Bos."
    assert spans(text) == [(19, 24, "Hamid", "[PERSOON-1]"), (34, 37, "Bos", "[PERSOON-2]")]


def test_a_name_before_a_role_in_brackets_is_a_person() -> None:
    text = "Lente van der Kamp (onderzoeker bij de hogeschool) zegt dat het beter kan."
    assert spans(text) == [(0, 18, "Lente van der Kamp", "[PERSOON-1]")]


def test_ordinary_words_before_a_role_in_brackets_stay() -> None:
    text = "Volgens Portefeuille Jeugd (wethouder) is er geld."
    assert spans(text) == []


def test_the_members_who_sign_a_motion_are_persons() -> None:
    text = (
        "verzoekt de regering om een plan,\n\nen gaat over tot de orde van de dag.\n\n"
        "Bakker\n\nVogel\n\nDekker\n"
    )
    assert spans(text) == [
        (73, 79, "Bakker", "[PERSOON-1]"),
        (81, 86, "Vogel", "[PERSOON-2]"),
        (88, 94, "Dekker", "[PERSOON-3]"),
    ]


def test_a_dateline_before_a_quote_is_a_place() -> None:
    text = 'HOORN "We zijn blij met de nieuwe aanpak," zegt de wethouder.'
    assert spans(text) == [(0, 5, "HOORN", "[PLAATS-1]")]


def test_a_place_in_brackets_after_a_name_is_a_place() -> None:
    text = "Bel Anna Visser (Hoorn) of Karin Smit (Putten)."
    assert spans(text) == [
        (4, 15, "Anna Visser", "[PERSOON-1]"),
        (17, 22, "Hoorn", "[PLAATS-1]"),
        (27, 37, "Karin Smit", "[PERSOON-2]"),
        (39, 45, "Putten", "[PLAATS-2]"),
    ]


def test_a_compass_word_cut_off_by_a_line_break_belongs_to_the_place() -> None:
    text = "Het gaat om de regio's Twente en Noord- Limburg in dit verslag."
    assert spans(text) == [
        (23, 29, "Twente", "[PLAATS-1]"),
        (33, 47, "Noord- Limburg", "[PLAATS-2]"),
    ]


def test_capitals_glued_to_a_place_name_an_organisation() -> None:
    text = "De klacht ging over TEAMdelft en de aanpak."
    assert spans(text) == [(20, 29, "TEAMdelft", "[ORGANISATIE-1]")]


def test_the_ij_of_a_place_is_no_brand() -> None:
    text = "Zij woont in IJmuiden aan de IJssel."
    assert spans(text) == [(13, 21, "IJmuiden", "[PLAATS-1]")]


def test_a_camel_case_name_defines_its_acronym() -> None:
    text = "Het werk wordt gedaan door ZorgSamenLeven (ZSL) sinds 2015. ZSL heeft een plan."
    assert spans(text) == [
        (27, 41, "ZorgSamenLeven", "[ORGANISATIE-1]"),
        (43, 46, "ZSL", "[ORGANISATIE-1]"),
        (60, 63, "ZSL", "[ORGANISATIE-1]"),
    ]


def test_the_acronym_of_a_region_is_that_region() -> None:
    text = "De regio Zuid-Holland-zuid (ZHZ) koopt in. ZHZ stuurt een brief."
    assert spans(text) == [
        (9, 26, "Zuid-Holland-zuid", "[PLAATS-1]"),
        (28, 31, "ZHZ", "[PLAATS-1]"),
        (43, 46, "ZHZ", "[PLAATS-1]"),
    ]


def test_a_street_without_a_number_with_a_weak_suffix() -> None:
    text = "Het kantoor aan de Kwarvikdijk gaat dicht."
    assert spans(text) == [(19, 30, "Kwarvikdijk", "[ADRES-1]")]


def test_inhabitants_of_a_province_are_the_place() -> None:
    text = "Veel Groningers en Brabanders kwamen naar de bijeenkomst."
    assert spans(text) == [
        (5, 15, "Groningers", "[PLAATS-1]"),
        (19, 29, "Brabanders", "[PLAATS-2]"),
    ]


def test_a_printer_in_a_colophon_without_colons_stays() -> None:
    text = "foto omslag Anna Visser drukwerk KPG Hoorn, Zwolle bronvermelding"
    assert spans(text) == [(12, 23, "Anna Visser", "[PERSOON-1]"), (44, 50, "Zwolle", "[PLAATS-1]")]


def test_an_article_after_a_heading_in_capitals_opens_a_sentence() -> None:
    text = "JEUGDZORG Het Kinderhuis over de nieuwe regels van het rijk."
    assert spans(text) == []
