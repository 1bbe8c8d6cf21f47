"""General name rules written after reading real-text round 19 (names23): a capitalised
dictionary word at the end of an organisation's name that opens a phrase with the lowercase word
after it ("Gesloten jeugdzorg" on a title line) is no part of the name.
Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_a_word_opening_a_phrase_ends_the_organisation_name() -> None:
    text = "Jaarverslag 2020 Stichting Kwarvik Gesloten jeugdzorg en ambulante hulp"
    assert spans(text) == [(17, 34, "Stichting Kwarvik", "[ORGANISATIE-1]")]


def test_a_kept_term_typed_without_its_diaeresis_stays() -> None:
    text = "Vragen van het lid Kwarvik aan de minister van Financien over de toeslagen."
    assert spans(text) == [(19, 26, "Kwarvik", "[PERSOON-1]")]


def test_a_heading_in_capitals_with_its_page_number_is_no_address() -> None:
    text = "Inhoud\n2.3 OUDERVERKLARING 4\n2.5 KWALITEITSCODES 6\nHet adres is KERKSTRAAT 14."
    # a street in capitals keeps its strong suffix and stays an address
    assert spans(text) == [(64, 77, "KERKSTRAAT 14", "[ADRES-1]")]


def test_an_abstract_noun_after_an_article_or_initial_is_no_surname() -> None:
    text = (
        "Klaar voor de Transformatie Jeugdhulp?\n"
        "Notitie B. Transformatie Jeugdhulp\n"
        "Gesproken met B. Kwarvik."
    )
    assert spans(text) == [(88, 98, "B. Kwarvik", "[PERSOON-1]")]


def test_a_team_named_for_its_care_domain_after_adjectives_is_no_name() -> None:
    text = (
        "Zij werkt bij het team Maatschappelijk Welzijn van de gemeente en bij team Zorg.\n"
        "Hij gaat naar praktijk Kwarvik Zorg."
    )
    assert spans(text) == [(95, 116, "praktijk Kwarvik Zorg", "[ORGANISATIE-1]")]


def test_a_kept_word_after_a_title_and_initials_is_a_surname() -> None:
    text = "De commissie: mevrouw M. Pools en de heer K. Kwarvik. Zij spreekt Turks en Pools."
    # the language further on stays
    assert spans(text) == [
        (22, 30, "M. Pools", "[PERSOON-1]"),
        (42, 52, "K. Kwarvik", "[PERSOON-2]"),
    ]


def test_a_unit_named_with_its_provider_is_one_name_with_its_acronym() -> None:
    text = (
        "Het jaarverslag van Stichting Kwarvik.\n"
        "Zij woont op het Doorstroomcentrum Kwarvik (DCK) in Assen. Kwarvik groeit."
    )
    assert spans(text) == [
        (20, 37, "Stichting Kwarvik", "[ORGANISATIE-1]"),
        (56, 81, "Doorstroomcentrum Kwarvik", "[ORGANISATIE-2]"),
        (83, 86, "DCK", "[ORGANISATIE-2]"),
        (91, 96, "Assen", "[PLAATS-1]"),
        (98, 105, "Kwarvik", "[ORGANISATIE-1]"),
    ]


def test_an_organisation_name_cut_before_a_phrase_keeps_its_short_form() -> None:
    text = (
        "Jaarverslag 2020 Stichting Kwarvik Gesloten jeugdzorg en hulp. "
        "Het jaar was voor Kwarvik goed."
    )
    # before names23 the later short form became a person of its own
    assert spans(text) == [
        (17, 34, "Stichting Kwarvik", "[ORGANISATIE-1]"),
        (81, 88, "Kwarvik", "[ORGANISATIE-1]"),
    ]
