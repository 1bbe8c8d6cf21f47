"""Organisations named after their kind (names-orgs, after round 26): an acronym of a kind of
provider before a local name, a legal form at the end of a name or before a quoted name, and a
childcare kind code after a name in an inspection report's title. Exact spans on sentences
written for these tests; no name of the real-text check (bench/realtext/names) is used. Each
test fails on the code before this branch, except the guards of a rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_an_acronym_before_two_names_is_the_kind_of_both() -> None:
    text = "De teams van KBZ De Hoge Linde en KBZ Zonnedauw werken samen."
    assert spans(text) == [
        (13, 30, "KBZ De Hoge Linde", "[ORGANISATIE-1]"),
        (34, 47, "KBZ Zonnedauw", "[ORGANISATIE-2]"),
    ]


def test_an_acronym_before_a_hyphenated_place_is_a_branch() -> None:
    text = "Zij werkt bij KBZ Noord-Oost en woont in Zwolle."
    assert spans(text) == [
        (14, 28, "KBZ Noord-Oost", "[ORGANISATIE-1]"),
        (41, 47, "Zwolle", "[PLAATS-1]"),
    ]


def test_an_acronym_and_a_name_after_a_person_and_a_comma() -> None:
    text = "Voorzitter: Anna Smit, KBZ Zonnedauw\n\nDe vergadering begon om negen uur."
    assert spans(text) == [
        (12, 21, "Anna Smit", "[PERSOON-1]"),
        (23, 36, "KBZ Zonnedauw", "[ORGANISATIE-1]"),
    ]


def test_a_list_of_persons_and_their_organisations_is_cut_between_them() -> None:
    text = "Deelnemers: Anna Smit, KBZ Zonnedauw Kim Bakker, KBZ Maas en Waal\n"
    assert spans(text) == [
        (12, 21, "Anna Smit", "[PERSOON-1]"),
        (23, 36, "KBZ Zonnedauw", "[ORGANISATIE-1]"),
        (37, 47, "Kim Bakker", "[PERSOON-2]"),
        (49, 65, "KBZ Maas en Waal", "[ORGANISATIE-2]"),
    ]


def test_an_acronym_before_one_name_without_a_slot_is_left() -> None:
    assert spans("Het rapport kwam van KBZ Zonnedauw.") == []


def test_a_name_with_a_lost_full_stop_is_no_second_name() -> None:
    text = "Namens de GR Dienst Jeugd Hierbij vraag ik u om advies aan GR Dienst Jeugd."
    assert spans(text) == []


def test_a_street_and_a_unit_after_an_acronym_are_no_names_of_a_kind() -> None:
    text = "Adres: KBZ Kerkstraat 12 en KBZ Werkgroep Jeugd."
    assert spans(text) == [(11, 24, "Kerkstraat 12", "[ADRES-1]")]


def test_a_legal_form_ends_a_name_and_leaves_the_person_before_it() -> None:
    text = "Auteur: Anna van Dijk Beleids- en Zorg Advies B.V.\n\nIn opdracht van de gemeente."
    assert spans(text) == [
        (8, 21, "Anna van Dijk", "[PERSOON-1]"),
        (22, 50, "Beleids- en Zorg Advies B.V.", "[ORGANISATIE-1]"),
    ]


def test_a_name_with_its_legal_form_is_also_found_without_it() -> None:
    text = (
        "Inspectierapport\n\nZonnedauw Opvang B.V. (GOB) Dorpsstraat 1\n\nDe toezichthouder "
        "bezocht gastouderbureau Zonnedauw Opvang in mei. Het GOB heeft een houder."
    )
    assert spans(text) == [
        (18, 39, "Zonnedauw Opvang B.V.", "[ORGANISATIE-1]"),
        (46, 59, "Dorpsstraat 1", "[ADRES-1]"),
        (103, 119, "Zonnedauw Opvang", "[ORGANISATIE-1]"),
    ]


def test_a_name_before_a_childcare_code_is_the_provider() -> None:
    text = "Inspectierapport\n\nKinderparadijs (KDV) Dorpsstraat 1\n\nDe houder van het KDV was er."
    assert spans(text) == [
        (18, 32, "Kinderparadijs", "[ORGANISATIE-1]"),
        (39, 52, "Dorpsstraat 1", "[ADRES-1]"),
    ]


def test_a_quoted_name_after_a_legal_form() -> None:
    text = "Daarom is de vzw ‘Huis van Herstel’ opgericht om ouders te helpen."
    assert spans(text) == [(18, 34, "Huis van Herstel", "[ORGANISATIE-1]")]


def test_a_care_domain_before_a_place_in_mid_sentence_is_its_provider() -> None:
    text = "We werkten samen (gemeente De Bilt en Welzijn De Bilt) aan een plan."
    assert spans(text) == [
        (27, 34, "De Bilt", "[PLAATS-1]"),
        (38, 53, "Welzijn De Bilt", "[ORGANISATIE-1]"),
    ]
    assert spans("Zij belde met Welzijn Zwolle over de aanvraag.") == [
        (14, 28, "Welzijn Zwolle", "[ORGANISATIE-1]")
    ]


def test_a_care_domain_at_a_sentence_start_is_left() -> None:
    text = "Welzijn Zwolle is een thema van de raad."
    assert spans(text) == [(8, 14, "Zwolle", "[PLAATS-1]")]


def test_a_care_domain_inside_a_longer_name_is_no_name_of_its_own() -> None:
    text = "Zij vroeg hulp bij Spoed voor Jeugd Drenthe in Assen."
    assert ("Jeugd Drenthe") not in [s[2] for s in spans(text)]


def test_words_joined_by_commas_and_an_ampersand_in_mid_sentence_are_one_name() -> None:
    text = "De gemeente opende het loket Wonen, Werk & Zorg in het stadhuis."
    assert spans(text) == [(29, 47, "Wonen, Werk & Zorg", "[ORGANISATIE-1]")]


def test_a_committee_field_with_a_capitalised_word_after_it_stays() -> None:
    assert spans("Verslag van de commissie Wonen, Werk & Sociaal Beleid van dinsdag.") == []


def test_a_document_after_an_organisation_s_trigger_is_no_name() -> None:
    text = "GGD Inspectierapporten\n\nGGD Inspectierapport, 1 maart 2016, link\n"
    assert spans(text) == []


def test_a_compound_after_een_is_one_of_a_kind() -> None:
    assert spans("Voor de invoering is een Opvoedbureau opgericht. Dit bureau helpt.") == []
    text = "Zij ging naar het Kwartelcollege in de stad."
    assert spans(text) == [(18, 32, "Kwartelcollege", "[SCHOOL-1]")]


def test_an_institution_with_an_adjective_before_a_place() -> None:
    text = "Het loket staat in de Centrale Bibliotheek Deventer."
    assert spans(text) == [(22, 51, "Centrale Bibliotheek Deventer", "[ORGANISATIE-1]")]


def test_a_plan_s_title_before_a_domain_and_a_place_is_no_adjective() -> None:
    text = "Zij lazen de Regiovisie Jeugdhulp Zwolle nog eens door."
    assert "Regiovisie Jeugdhulp Zwolle" not in [s[2] for s in spans(text)]


def test_the_line_after_a_school_document_on_a_title_page_is_the_school() -> None:
    text = "Schoolgids\nDe Zonnewijzer\n2024-2025\n\nInleiding\nWelkom op onze school."
    assert spans(text) == [(14, 25, "Zonnewijzer", "[SCHOOL-1]")]


def test_a_heading_after_a_school_document_is_no_school() -> None:
    assert spans("Schoolondersteuningsprofiel\n\nInleiding\nDit profiel beschrijft de zorg.") == []
