"""General name rules written after reading real-text round 22 (names28): local parties in a
coordination with national parties, a digit glued before a province, adjectives of places,
service numbers with their area code in brackets, adjectives of nationality and with a doubled
vowel, a portfolio before a first name, a national body's regional branch, a street's first
word, a title's words on a line of their own, a counted plural noun, providers named by their
sector of care or law. Exact spans on sentences written for these tests; no name of the
real-text check (bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_an_acronym_or_camel_case_word_among_national_parties_is_a_local_party() -> None:
    text = "De coalitie bestaat uit CDA, VVD en WolkPartij. Ook PvdA, KLB en D’66 stemden voor."
    assert spans(text) == [
        (36, 46, "WolkPartij", "[ORGANISATIE-1]"),
        (58, 61, "KLB", "[ORGANISATIE-2]"),
    ]


def test_a_digit_glued_before_a_province_names_an_organisation() -> None:
    text = "Dat meldt 1Drenthe vanavond."
    assert spans(text) == [(10, 18, "1Drenthe", "[ORGANISATIE-1]")]


def test_a_service_number_with_its_area_code_in_brackets_is_a_phone_number() -> None:
    text = "Bel gratis (0800) 12 34 tussen 9 en 10 uur."
    assert spans(text) == [(11, 23, "(0800) 12 34", "[TELEFOON-1]")]


def test_the_adjective_of_a_place_is_that_place() -> None:
    text = "In Zwolle vergaderde het Zwolse college over 12 Oost-Groningse gemeenten."
    assert spans(text) == [
        (3, 9, "Zwolle", "[PLAATS-1]"),
        (25, 31, "Zwolse", "[PLAATS-1]"),
        (48, 62, "Oost-Groningse", "[PLAATS-2]"),
    ]


def test_adjectives_of_nationality_and_an_adjective_with_a_doubled_vowel_stay() -> None:
    text = "Hoge kosten. De Franse autoriteiten en de Spaanse rechter spraken in het Spaans."
    assert spans(text) == []


def test_a_portfolio_between_minister_van_and_a_first_name_is_no_name() -> None:
    text = "De minister van Welzijn Anna Wolkema reageerde."
    assert spans(text) == [(24, 36, "Anna Wolkema", "[PERSOON-1]")]


def test_regio_after_a_national_body_and_a_comma_names_its_branch() -> None:
    text = "het verzoek van de Raad voor de Kinderbescherming, Regio Twente (verder: de Raad)"
    assert spans(text) == [(57, 63, "Twente", "[PLAATS-1]")]


def test_an_unknown_word_before_a_street_address_is_the_street_names_first_word() -> None:
    text = "Het adres is Oudezijds Kwarvikwal 12 in Zwolle."
    assert spans(text) == [
        (13, 36, "Oudezijds Kwarvikwal 12", "[ADRES-1]"),
        (40, 46, "Zwolle", "[PLAATS-1]"),
    ]


def test_a_title_of_ordinary_words_after_a_preposition_on_its_own_line_is_no_person() -> None:
    text = "VOORWOORD\n\nIn Zorg Verbonden, het programma van de gemeente, staat centraal."
    assert spans(text) == []


def test_a_place_that_is_a_plural_noun_after_a_number_is_the_noun() -> None:
    text = "De cursus ‘Opvoeden in Twee Huizen’ is nieuw."
    assert spans(text) == []


def test_a_providers_one_word_name_takes_its_sector_of_care() -> None:
    text = (
        "Zij werkt bij Kwarvik Jeugdhulp en bij Wolkema Kinder- en Jeugdpsychiatrie. Kwarvik belde."
    )
    assert spans(text) == [
        (14, 31, "Kwarvik Jeugdhulp", "[ORGANISATIE-1]"),
        (39, 74, "Wolkema Kinder- en Jeugdpsychiatrie", "[ORGANISATIE-2]"),
        (76, 83, "Kwarvik", "[ORGANISATIE-1]"),
    ]


def test_providers_and_law_firms_named_by_a_name_and_their_sector() -> None:
    text = (
        "Wij werken met Kwarvik Care, KWB Advocatuur en Wampie van Wolkema (52, Van Wolkema "
        "Familierecht, Zwolle). Bureau Jeugdzorg en Integrale Jeugdhulp blijven."
    )
    assert spans(text) == [
        (15, 27, "Kwarvik Care", "[ORGANISATIE-1]"),
        (29, 43, "KWB Advocatuur", "[ORGANISATIE-2]"),
        (47, 65, "Wampie van Wolkema", "[PERSOON-1]"),
        (71, 95, "Van Wolkema Familierecht", "[ORGANISATIE-3]"),
        (97, 103, "Zwolle", "[PLAATS-1]"),
    ]


def test_two_sectors_joined_by_en_both_belong_to_the_providers_name() -> None:
    text = "Kwarvik Zorg en Welzijn levert de hulp in Zwolle."
    assert spans(text) == [
        (0, 23, "Kwarvik Zorg en Welzijn", "[ORGANISATIE-1]"),
        (42, 48, "Zwolle", "[PLAATS-1]"),
    ]


def test_a_national_acronym_in_brackets_after_a_name_is_no_local_party() -> None:
    text = "Kwarvik (jeugdhulp) en Wolkema (GGZ) werken samen."
    assert [s[2] for s in spans(text)] == ["Kwarvik", "Wolkema"]


def test_a_title_case_linked_compound_of_people_names_an_organisation() -> None:
    text = (
        "Ik sprak iemand van De Jeugd- & Gezinswerkers, en de Jeugd- en Gezinswerkers belden.\n"
        "Team Familie- en Jeugdrecht"
    )
    assert spans(text) == [
        (23, 45, "Jeugd- & Gezinswerkers", "[ORGANISATIE-1]"),
        (53, 76, "Jeugd- en Gezinswerkers", "[ORGANISATIE-1]"),
    ]


def test_the_heading_intitule_of_a_regulation_stays() -> None:
    text = "Geldend van 01-01-2026 t/m heden\n\nIntitulé\n\nVerordening jeugdhulp Zwolle 2026"
    assert spans(text) == [(66, 72, "Zwolle", "[PLAATS-1]")]


def test_one_part_of_a_double_surname_with_a_particle_is_the_same_person() -> None:
    text = "De voorzitter, M. Kwarvik-van Wolkema, opende. Kwarvik sprak daarna."
    assert spans(text) == [
        (15, 37, "M. Kwarvik-van Wolkema", "[PERSOON-1]"),
        (47, 54, "Kwarvik", "[PERSOON-1]"),
    ]


def test_initials_and_a_double_surname_after_the_full_name_of_its_first_part() -> None:
    text = "Marja van Wolkema was er. Later tekende M. van Wolkema-Kwarvik het verslag."
    assert spans(text) == [
        (0, 17, "Marja van Wolkema", "[PERSOON-1]"),
        (40, 62, "M. van Wolkema-Kwarvik", "[PERSOON-1]"),
    ]


def test_a_places_short_form_with_an_apostrophe_is_that_place() -> None:
    text = "Zij woont in Rotterdam en werkt later in R'dam en A'foort. O'Neil belde."
    assert spans(text)[:3] == [
        (13, 22, "Rotterdam", "[PLAATS-1]"),
        (41, 46, "R'dam", "[PLAATS-1]"),
        (50, 57, "A'foort", "[PLAATS-2]"),
    ]


def test_an_ambiguous_short_form_is_the_place_the_text_names_in_full() -> None:
    text = "Kantoor in Amsterdam. KvK: 12345678 A'dam"
    assert spans(text) == [
        (11, 20, "Amsterdam", "[PLAATS-1]"),
        (36, 41, "A'dam", "[PLAATS-1]"),
    ]
