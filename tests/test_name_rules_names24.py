"""General name rules written after reading the tune rounds 1-19 (names24): regional services
named with their region and their short forms, a regional body named "...regio", a school
board's acronym, headings after a care domain, plural role words, English abstract nouns, the
noun "Belang" in a heading, plural headings with a page number, a heading's list of nouns, a
surname that is a guessed compound before a colon, an elided region, a title before a school.
Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch (main 96db96f)."""

from __future__ import annotations

from name_spans import spans


def test_a_regional_service_with_a_digit_acronym_and_a_glued_form_is_one_organisation() -> None:
    text = (
        "Buiten kantoortijden helpt Hulp voor Gezin Drenthe (H4GD) u verder. "
        "Kijk op de site van Hulp4gezin of bel H4GD."
    )
    assert spans(text) == [
        (27, 50, "Hulp voor Gezin Drenthe", "[ORGANISATIE-1]"),
        (52, 56, "H4GD", "[ORGANISATIE-1]"),
        (88, 98, "Hulp4gezin", "[ORGANISATIE-1]"),
        (106, 110, "H4GD", "[ORGANISATIE-1]"),
    ]


def test_a_compound_ending_in_regio_before_a_region_is_a_regional_body() -> None:
    text = "Afkortingen: VZUM, OPP, ADHD.\nVeiligheids- en Zorgregio Utrecht Midden Ontwikkeling"
    # its acronym in the glossary fits the initials of the name found
    assert spans(text) == [
        (13, 17, "VZUM", "[ORGANISATIE-1]"),
        (30, 70, "Veiligheids- en Zorgregio Utrecht Midden", "[ORGANISATIE-1]"),
    ]


def test_an_unknown_acronym_glued_to_scholen_is_a_school_board() -> None:
    text = (
        "De vier KWPO-scholen in de regio werken samen. KWPO betaalt de extra hulp. "
        "Ook de SBO-scholen en CBS-scholen doen mee."
    )
    # school types ("SBO", "CBS") stay
    assert spans(text) == [(8, 12, "KWPO", "[ORGANISATIE-1]"), (47, 51, "KWPO", "[ORGANISATIE-1]")]


def test_an_ordinary_word_after_a_care_domain_is_a_heading() -> None:
    text = "Pilot Jeugdhulp Tussenrapportage\n\nDe gemeente sprak met Jeugdhulp Kwarvik."
    assert spans(text) == [(56, 73, "Jeugdhulp Kwarvik", "[ORGANISATIE-1]")]


def test_a_plural_role_word_before_coordinated_names_opens_no_organisation() -> None:
    text = "Dat willen Kamerleden Kwarvik en Bontekoe graag weten."
    assert spans(text) == [(22, 29, "Kwarvik", "[PERSOON-1]"), (33, 41, "Bontekoe", "[PERSOON-2]")]


def test_an_english_abstract_noun_is_no_person() -> None:
    assert spans("Het rapport noemt de Accountability van het bestuur.") == []


def test_belang_before_a_lowercase_phrase_is_no_local_party() -> None:
    assert spans("3. AANPAK Achtergrond Belang van het kind en de rol van de leraar") == []


def test_a_plural_heading_with_its_page_number_is_no_address() -> None:
    assert spans("Overzicht Voorwoord 2 Werksituaties 3 Bijlagen 4") == []


def test_a_name_that_opens_a_list_of_nouns_after_a_head_word_is_a_heading() -> None:
    assert spans("Hoofdstuk 2 over de organisatie Koers, waarden en ambities") == []


def test_a_surname_that_is_a_guessed_compound_stays_before_a_colon() -> None:
    text = "Minister Ebbo Roetwind: 'Vertrouwen herstellen is mijn opdracht'"
    assert spans(text) == [(9, 22, "Ebbo Roetwind", "[PERSOON-1]")]


def test_a_compass_word_before_a_region_with_a_compass_word_is_an_elided_region() -> None:
    assert spans("de regio Oost en Zuidoost-Brabant") == [
        (9, 33, "Oost en Zuidoost-Brabant", "[PLAATS-1]")
    ]


def test_a_royal_title_before_a_school_is_part_of_its_name() -> None:
    text = "Zij zit op de Kon. Wilhelminaschool in groep 5. Hij zit op de Prins Clausschool."
    assert spans(text) == [
        (14, 35, "Kon. Wilhelminaschool", "[SCHOOL-1]"),
        (62, 79, "Prins Clausschool", "[SCHOOL-2]"),
    ]


def test_an_acronym_with_en_between_its_capitals_is_an_organisation() -> None:
    text = "In overleg met GenW en het ministerie van JenV is besloten. GenW start in mei."
    # a ministry's acronym of the same shape is listed and stays
    assert spans(text) == [(15, 19, "GenW", "[ORGANISATIE-1]"), (60, 64, "GenW", "[ORGANISATIE-1]")]


def test_english_country_names_in_a_case_citation_stay() -> None:
    text = (
        "Zie de arresten Kwarvik vs. Sweden en Bontekoe vs. The Netherlands Internationaal "
        "Verdrag inzake de Rechten van het Kind."
    )
    assert spans(text) == [(16, 23, "Kwarvik", "[PERSOON-1]"), (38, 46, "Bontekoe", "[PERSOON-2]")]


def test_the_first_word_of_a_name_with_care_domains_is_its_short_form() -> None:
    text = (
        "Hij werkt bij Stichting Zonnebloem Jeugdzorg in Assen. Er ging een melding naar "
        "Zonnebloem, maar niemand reageerde."
    )
    assert spans(text) == [
        (14, 44, "Stichting Zonnebloem Jeugdzorg", "[ORGANISATIE-1]"),
        (48, 53, "Assen", "[PLAATS-1]"),
        (80, 90, "Zonnebloem", "[ORGANISATIE-1]"),
    ]


def test_the_name_after_a_merger_is_an_organisation_also_a_dictionary_word() -> None:
    text = "Na de fusie met Kompas gaat het werk door bij Kompas. De gemeente fuseerde met Ede."
    # a place after "met" stays a place
    assert spans(text) == [
        (16, 22, "Kompas", "[ORGANISATIE-1]"),
        (46, 52, "Kompas", "[ORGANISATIE-1]"),
        (79, 82, "Ede", "[PLAATS-1]"),
    ]
