"""General name rules written after reading real-text round 21 (names26): initials whose last
full stop is missing, regional services named by a care domain and a region (with "regio" or as
a short capitalised run without an acronym in brackets). Exact spans on sentences written for
these tests; no name of the real-text check (bench/realtext/names) is used. Each test fails on
the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_initials_whose_last_full_stop_is_missing_without_a_title() -> None:
    text = "Het verslag is geschreven door K.P Wolkema in mei.\nDe secretaris, B.D.F Kwarvik"
    assert spans(text) == [
        (31, 42, "K.P Wolkema", "[PERSOON-1]"),
        (66, 79, "B.D.F Kwarvik", "[PERSOON-2]"),
    ]


def test_open_initials_before_an_ordinary_word_make_no_person() -> None:
    text = "Het rapport van de P.W.C Groep is klaar."
    assert spans(text) == []


def test_a_care_domain_or_acronym_before_regio_and_a_region_is_one_organisation() -> None:
    text = (
        "Wij werken met Jeugdhulp regio Drenthe en met de GGZ-regio Twente. In regio Utrecht niet."
    )
    assert spans(text) == [
        (15, 38, "Jeugdhulp regio Drenthe", "[ORGANISATIE-1]"),
        (49, 65, "GGZ-regio Twente", "[ORGANISATIE-2]"),
        (76, 83, "Utrecht", "[PLAATS-1]"),
    ]


def test_a_capitalised_run_with_a_care_domain_ending_in_a_region_is_a_service() -> None:
    text = (
        "Hulp bij Gezin Friesland is opgezet door de gemeenten. "
        "Het Beleidsplan Jeugd Friesland ook."
    )
    assert spans(text) == [
        (0, 24, "Hulp bij Gezin Friesland", "[ORGANISATIE-1]"),
        (77, 86, "Friesland", "[PLAATS-1]"),
    ]


def test_a_heading_word_repeated_down_a_table_stays() -> None:
    text = (
        "Overzicht: Taak en inzet scholen Taak en inzet wijkteams Taak en inzet huisartsen "
        "Taak en inzet gemeenten."
    )
    assert spans(text) == []


def test_a_roman_numbered_heading_after_a_capitalised_word_is_no_person() -> None:
    text = "INHOUD I. Samenvatting 3 II. Werkwijze 7"
    assert spans(text) == []


def test_an_initial_glued_to_an_ampersand_is_no_initial() -> None:
    text = "Partners: Zorg J&G. Gemeente. Provincie."
    assert [s[2] for s in spans(text)] == []


def test_a_meeting_label_after_a_role_word_is_no_name() -> None:
    text = "Verder de heer P. Kwarvik, griffier Aanwezig zijn de leden: mevrouw T. Wolkema"
    assert spans(text) == [
        (15, 25, "P. Kwarvik", "[PERSOON-1]"),
        (68, 78, "T. Wolkema", "[PERSOON-2]"),
    ]


def test_a_head_word_before_a_national_institution_stays_and_is_no_surname() -> None:
    text = (
        "Jaarverslag De Stichting Leger des Heils Jeugdbescherming & Reclassering. "
        "De Stichting werkt."
    )
    assert spans(text) == []


def test_a_service_head_and_two_policy_domains_is_one_organisation_with_its_acronym() -> None:
    text = (
        "De GR Dienst Onderwijs en Sport (DO&S) vergadert. "
        "Later schreef Dienst Onderwijs & Sport ons."
    )
    assert spans(text) == [
        (6, 31, "Dienst Onderwijs en Sport", "[ORGANISATIE-1]"),
        (33, 37, "DO&S", "[ORGANISATIE-1]"),
        (64, 88, "Dienst Onderwijs & Sport", "[ORGANISATIE-1]"),
    ]
