"""General name rules written after reading real-text round 24 (names31): stacked titles, a place
as surname after a particle, a stop word opening a name line, letterhead words and a heading's
step after a regional branch, an acronym spelled out in brackets after it, a national acronym in
Title Case, a linked plural in a list of topics, a partnership's "&", a facility's name before a
bare street, a role's organisation at a sentence start, two first names joined by a hyphen and an
"-isch" adjective before a kept country. Exact spans on sentences written for these tests; no
name of the real-text check (bench/realtext/names) is used. Each test fails on the code before
this branch, except the acronym spelled out with a place, which guards the new rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_a_second_title_without_its_full_stop_is_no_name() -> None:
    text = "Het woord was aan Prof. Dr Kees Jan Wolkema en aan adviseur Dr. Ellis ter Wolk."
    assert spans(text) == [
        (27, 43, "Kees Jan Wolkema", "[PERSOON-1]"),
        (64, 78, "Ellis ter Wolk", "[PERSOON-2]"),
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
        "Op het scherm staan de nieuwe collega's. Anne-Fleur Zomer (26) en Kim Gouw (35) "
        "zijn blij. Anne-Fleur lacht."
    )
    assert spans(text) == [
        (41, 57, "Anne-Fleur Zomer", "[PERSOON-1]"),
        (66, 74, "Kim Gouw", "[PERSOON-2]"),
        (91, 101, "Anne-Fleur", "[PERSOON-1]"),
    ]


def test_an_isch_adjective_before_a_kept_country_stays() -> None:
    text = "Kwaliteitskader Verantwoorde zorg Caribisch Nederland\n\nDe voorzitter van de Kamer"
    assert spans(text) == []
