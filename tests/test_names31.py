"""General name rules written after reading real-text round 24 (names31): stacked titles, a place
as surname after a particle, a stop word opening a name line, letterhead words and a heading's
step after a regional branch, an acronym spelled out in brackets after it, a national acronym in
Title Case, a linked plural in a list of topics, a partnership's "&", a facility's name before a
bare street, a role's organisation at a sentence start, two first names joined by a hyphen, an
"-isch" adjective before a kept country, municipalities' joint body, a family by its surname in
the plural, a person's employer after "van", a place after a double surname's particle and a
region after "landsdeel". Exact spans on sentences written for these tests; no
name of the real-text check (bench/realtext/names) is used. Each test fails on the code before
this branch, except the guards of a new rule's limit (an acronym spelled out with a place, a
place after a role and a surname, an adjective and a domain after a name)."""

from __future__ import annotations

from name_spans import spans


def test_a_second_title_without_its_full_stop_is_no_name() -> None:
    text = "Het woord was aan Prof. Dr Kees Jan Wolkema en aan adviseur Dr. Ilonka ter Wolk."
    assert spans(text) == [
        (27, 43, "Kees Jan Wolkema", "[PERSOON-1]"),
        (64, 79, "Ilonka ter Wolk", "[PERSOON-2]"),
    ]


def test_a_place_after_a_name_and_a_particle_is_the_surname() -> None:
    text = "Namens de rechtbank sprak Dr. Marjolka ter Beek met de moeder in Wolfheze."
    assert spans(text) == [
        (30, 47, "Marjolka ter Beek", "[PERSOON-1]"),
        (65, 73, "Wolfheze", "[PLAATS-1]"),
    ]


def test_a_stop_word_opening_a_name_line_is_no_part_of_the_name() -> None:
    text = "Niet naar vragen\n\nOok Sanne (9), die bij ons woont, zit erbij."
    assert spans(text) == [(22, 27, "Sanne", "[PERSOON-1]")]


def test_letterhead_words_and_a_headings_step_end_a_regional_branch() -> None:
    text = (
        "Per Veilig Thuis Twente T.a.v. de directeur Veilig Thuis Postbus BC ENSCHEDE\n\n"
        "De kwaliteit van Veilig Thuis Noordwest-Drenthe Stap 1\n"
    )
    assert spans(text) == [
        (4, 23, "Veilig Thuis Twente", "[ORGANISATIE-1]"),
        (65, 67, "BC", "[POSTCODE-1]"),
        (68, 76, "ENSCHEDE", "[PLAATS-1]"),
        (95, 125, "Veilig Thuis Noordwest-Drenthe", "[ORGANISATIE-2]"),
    ]


def test_an_acronym_spelled_out_in_brackets_after_it_stays_everywhere() -> None:
    text = "Wij spraken een KIM (Kundige Informele Mentor) en een ouder. De KIM vertelde veel."
    assert spans(text) == []


def test_an_acronym_spelled_out_with_a_place_is_left_to_the_other_rules() -> None:
    text = "Bij de JBUA (Jeugdbescherming Utrecht Amersfoort) werkt niemand."
    assert spans(text) == [
        (13, 37, "Jeugdbescherming Utrecht", "[ORGANISATIE-1]"),
        (38, 48, "Amersfoort", "[PLAATS-1]"),
    ]


def test_a_national_acronym_in_title_case_stays() -> None:
    assert spans("Vader stelt ouderverstoting, Rvdk en GI niet op één lijn.") == []


def test_a_linked_plural_in_a_list_of_topics_stays() -> None:
    text = "Onderwerpen zijn de Jeugd- en Gezinsteams, gebiedsgericht werken, sturing en inkoop."
    assert spans(text) == []


def test_two_names_joined_by_an_ampersand_before_their_trade_are_one_firm() -> None:
    text = "Zij is advocaat bij Van Drunkel & Kwarten advocaten en notariaat in Epe."
    assert spans(text) == [
        (20, 41, "Van Drunkel & Kwarten", "[ORGANISATIE-1]"),
        (68, 71, "Epe", "[PLAATS-1]"),
    ]


def test_a_facility_named_before_a_bare_street_ends_before_the_street() -> None:
    text = (
        "In 2003 is de jeugdaccommodatie Kwark Out aan de Kanaalweg geopend. "
        "Jongeren komen graag in Kwark Out."
    )
    assert spans(text) == [
        (32, 41, "Kwark Out", "[ORGANISATIE-1]"),
        (49, 58, "Kanaalweg", "[ADRES-1]"),
        (92, 101, "Kwark Out", "[ORGANISATIE-1]"),
    ]


def test_an_organisations_short_name_before_a_role_and_a_name_at_a_sentence_start() -> None:
    text = (
        "Sinds 2019 werkt Stichting Kompas Jeugdzorg op deze locatie.\n\n"
        "Kompas bestuurder Anna Wolkema opende.\n\nKompas is een woord."
    )
    assert spans(text) == [
        (17, 43, "Stichting Kompas Jeugdzorg", "[ORGANISATIE-1]"),
        (62, 68, "Kompas", "[ORGANISATIE-1]"),
        (80, 92, "Anna Wolkema", "[PERSOON-1]"),
    ]


def test_two_first_names_joined_by_a_hyphen_start_a_name() -> None:
    text = (
        "Op het scherm staan de nieuwe collega's. Anne-Fleur Zomer (26) en Kim Drost (35) "
        "zijn blij. Anne-Fleur lacht."
    )
    assert spans(text) == [
        (41, 57, "Anne-Fleur Zomer", "[PERSOON-1]"),
        (66, 75, "Kim Drost", "[PERSOON-2]"),
        (92, 102, "Anne-Fleur", "[PERSOON-1]"),
    ]


def test_an_isch_adjective_before_a_kept_country_stays() -> None:
    text = "Kwaliteitskader Verantwoorde zorg Caribisch Nederland\n\nDe voorzitter van de Kamer"
    assert spans(text) == []


def test_a_joint_bodys_legal_form_and_field_stay_its_region_is_a_place() -> None:
    text = (
        "Het beleid wordt door de Gemeenschappelijke Regeling Jeugdhulp Twente verder ontwikkeld."
    )
    assert spans(text) == [(63, 69, "Twente", "[PLAATS-1]")]


def test_a_family_by_its_learned_surname_in_the_plural_is_that_person() -> None:
    text = (
        "Kees Zandbergen en Ineke zijn pleegouders. Bij het hoekhuis van de Zandbergens staat "
        "het pad vol met fietsen. Zandbergen lacht."
    )
    assert spans(text) == [
        (0, 15, "Kees Zandbergen", "[PERSOON-1]"),
        (19, 24, "Ineke", "[PERSOON-2]"),
        (67, 78, "Zandbergens", "[PERSOON-1]"),
        (110, 120, "Zandbergen", "[PERSOON-1]"),
    ]


def test_a_word_and_a_domain_after_a_persons_name_and_van_name_her_employer() -> None:
    text = (
        "Daarna namen Bram van der Wolk van Kortom Onderwijs en Anna Bos het woord. "
        "Kortom gezegd was het fijn."
    )
    assert spans(text) == [
        (13, 30, "Bram van der Wolk", "[PERSOON-1]"),
        (35, 51, "Kortom Onderwijs", "[ORGANISATIE-1]"),
        (55, 63, "Anna Bos", "[PERSOON-2]"),
    ]


def test_a_place_after_a_double_surnames_particle_is_part_of_the_surname() -> None:
    text = "29 juli 2016   mw. mr. Kwarts-van Soest\n\nDe ondertoezichtstelling van een kind."
    assert spans(text) == [(23, 39, "Kwarts-van Soest", "[PERSOON-1]")]


def test_a_region_after_landsdeel_is_a_place_also_in_brackets() -> None:
    text = (
        "Impactanalyse Jeugdhulp plus (Noord-Oost)\n\n"
        "De stuurgroep in landsdeel Noord-Oost gaf een opdracht."
    )
    assert spans(text) == [
        (30, 40, "Noord-Oost", "[PLAATS-1]"),
        (70, 80, "Noord-Oost", "[PLAATS-1]"),
    ]


def test_a_place_after_a_role_a_surname_and_van_stays_a_place() -> None:
    text = "Toen sprak wethouder Dijkstra van Leeuwarden over de jeugdzorg."
    assert spans(text) == [
        (21, 29, "Dijkstra", "[PERSOON-1]"),
        (34, 44, "Leeuwarden", "[PLAATS-1]"),
    ]


def test_an_adjective_and_a_domain_after_a_persons_name_are_no_employer() -> None:
    text = "Ook Anna Bos van Passend Onderwijs en Kees Bos van Integrale Jeugdhulp spraken."
    assert spans(text) == [(4, 12, "Anna Bos", "[PERSOON-1]"), (38, 46, "Kees Bos", "[PERSOON-2]")]
