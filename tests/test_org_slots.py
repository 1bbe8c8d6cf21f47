"""Local organisations found by their slot (wb/dossiers/org_slots.py): an affiliation in
brackets after a person in an attendance list, the party column of a member list. Exact spans
on sentences written for these tests; no name of the real-text check (bench/realtext/names) is
used. The first case of each rule fails on the code before it; the others are guards."""

from __future__ import annotations

from name_spans import spans


def test_an_affiliation_in_brackets_after_a_person_is_an_organisation() -> None:
    text = (
        "Aanwezig: mw. K. Smit (voorzitter), dhr. P. Bakker (Zorgpunt Assen), "
        "mw. T. de Wit (KVPG) en dhr. R. Mol (Notulenbureau Assen, verslag)."
    )
    assert spans(text) == [
        (14, 21, "K. Smit", "[PERSOON-1]"),
        (41, 50, "P. Bakker", "[PERSOON-2]"),
        (52, 66, "Zorgpunt Assen", "[ORGANISATIE-1]"),
        (73, 82, "T. de Wit", "[PERSOON-3]"),
        (84, 88, "KVPG", "[ORGANISATIE-2]"),
        (98, 104, "R. Mol", "[PERSOON-4]"),
        (106, 125, "Notulenbureau Assen", "[ORGANISATIE-3]"),
    ]


def test_a_national_party_institution_or_place_in_brackets_stays() -> None:
    text = (
        "Kamerlid J. Smit (VVD), mw. A. Bos (Raad voor de Kinderbescherming) "
        "en dhr. K. Mol (Groningen)."
    )
    assert spans(text) == [
        (9, 16, "J. Smit", "[PERSOON-1]"),
        (28, 34, "A. Bos", "[PERSOON-2]"),
        (76, 82, "K. Mol", "[PERSOON-3]"),
        (84, 93, "Groningen", "[PLAATS-1]"),
    ]


def test_the_party_column_of_a_member_list_names_local_parties() -> None:
    text = (
        "Aanwezig:\nVVD P. Smit\nCDA J.K. Bakker\nDorpsbelang R. Mol\nSterkAZ T de Wit\nD66 A Kok"
    )
    assert spans(text) == [
        (14, 21, "P. Smit", "[PERSOON-1]"),
        (26, 37, "J.K. Bakker", "[PERSOON-2]"),
        (38, 49, "Dorpsbelang", "[ORGANISATIE-1]"),
        (50, 56, "R. Mol", "[PERSOON-3]"),
        (57, 64, "SterkAZ", "[ORGANISATIE-2]"),
        (65, 73, "T de Wit", "[PERSOON-4]"),
        (78, 83, "A Kok", "[PERSOON-5]"),
    ]


def test_a_role_or_ordinary_word_in_the_party_column_is_no_party() -> None:
    text = "VVD P. Smit\nCDA J. Bakker\nGriffier U. Kos\nNotulist A. Kok\nKoffie A. Bos"
    assert [s[3] for s in spans(text)] == [f"[PERSOON-{n}]" for n in range(1, 6)]


def test_a_mixed_case_word_where_an_organisation_stands() -> None:
    text = (
        "De opdracht gaat aan MetZorg voor de jeugdhulp. MetZorg begint in mei. "
        "Ik sprak vanuit ExKid – Expertise Kinderen. Zie ook JeugdzorgPlus."
    )
    assert spans(text) == [
        (21, 28, "MetZorg", "[ORGANISATIE-1]"),
        (48, 55, "MetZorg", "[ORGANISATIE-1]"),
        (87, 113, "ExKid – Expertise Kinderen", "[ORGANISATIE-2]"),
    ]


def test_a_mixed_case_word_outside_an_organisations_slot_stays() -> None:
    assert spans("Het project heet KlasKracht en loopt tot mei.") == []


def test_a_name_in_brackets_after_a_title_or_role_and_a_surname_is_a_party() -> None:
    text = "De heer De Wit (Lijst Pim) vraagt het woord. Wethouder Jansen (Lokaal Sterk) antwoordt."
    assert spans(text) == [
        (8, 14, "De Wit", "[PERSOON-1]"),
        (16, 25, "Lijst Pim", "[ORGANISATIE-1]"),
        (55, 61, "Jansen", "[PERSOON-2]"),
        (63, 75, "Lokaal Sterk", "[ORGANISATIE-2]"),
    ]


def test_a_role_a_member_group_or_a_national_body_in_brackets_stays() -> None:
    text = (
        "Mevrouw Kok (Voorzitter) en dhr. Mol (Inspreker) en mevrouw Bos (Raad van State).\n"
        "De heer Smit (Lid Smit):\nDank u wel."
    )
    assert [(s[2], s[3]) for s in spans(text)] == [
        ("Kok", "[PERSOON-1]"),
        ("Mol", "[PERSOON-2]"),
        ("Bos", "[PERSOON-3]"),
        ("Smit", "[PERSOON-4]"),
        ("Smit", "[PERSOON-4]"),
    ]


def test_the_party_after_fractie_van() -> None:
    text = "De fractie van Samen voor Oss en de fractie van LOS zijn tegen, de VVD-fractie niet."
    assert spans(text) == [
        (15, 29, "Samen voor Oss", "[ORGANISATIE-1]"),
        (48, 51, "LOS", "[ORGANISATIE-2]"),
    ]


def test_a_national_party_after_fractie_van_stays() -> None:
    assert spans("De fractie van de VVD en de fractie van GroenLinks stemden tegen.") == []


def test_other_items_of_a_vote_list_with_a_national_party_are_local_parties() -> None:
    text = "Aangenomen met de stemmen van VVD, CDA, Wij Oss en D66 voor. Tegen: Sterk Oss en SP."
    assert spans(text) == [
        (40, 47, "Wij Oss", "[ORGANISATIE-1]"),
        (68, 77, "Sterk Oss", "[ORGANISATIE-2]"),
    ]


def test_items_after_aanbieders_als_are_organisations() -> None:
    text = "Zorgaanbieders als Lunet Zorg en Reinaerde helpen, net als de GGD en Jeugdzorg."
    assert spans(text) == [
        (19, 29, "Lunet Zorg", "[ORGANISATIE-1]"),
        (33, 42, "Reinaerde", "[ORGANISATIE-2]"),
    ]


def test_a_dictionary_word_after_aanbieders_zoals_but_no_domain_word() -> None:
    text = "Inkoop bij aanbieders zoals Horizon en Dichterbij; organisaties als Jeugdzorg."
    assert spans(text) == [
        (28, 35, "Horizon", "[ORGANISATIE-1]"),
        (39, 49, "Dichterbij", "[ORGANISATIE-2]"),
    ]


def test_a_vote_list_of_persons_stays_persons() -> None:
    text = "Voor: Jansen, Bos en Smit. Tegen: de heer Kok."
    assert [s[3] for s in spans(text)] == [f"[PERSOON-{n}]" for n in range(1, 5)]


def test_an_affiliation_after_a_first_name_and_surname() -> None:
    text = "Aanwezig: Piet Smit (Leergeld Oss), Anna Bos (Gemeente Oss) en Kees Kok (Raadslid)."
    assert spans(text) == [
        (10, 19, "Piet Smit", "[PERSOON-1]"),
        (21, 33, "Leergeld Oss", "[ORGANISATIE-1]"),
        (36, 44, "Anna Bos", "[PERSOON-2]"),
        (55, 58, "Oss", "[PLAATS-1]"),
        (63, 71, "Kees Kok", "[PERSOON-3]"),
    ]


def test_a_bare_acronym_after_namens_vanuit_or_het_bestuur_van() -> None:
    text = (
        "Het bestuur van SWOO besloot. Namens KPO sprak zij. De rol van ICT groeit. Namens VWS ook."
    )
    assert spans(text) == [
        (16, 20, "SWOO", "[ORGANISATIE-1]"),
        (37, 40, "KPO", "[ORGANISATIE-2]"),
    ]


def test_en_de_before_a_capitalised_name_starts_a_second_organisation() -> None:
    text = "Stichting Leergeld Oss en de Voedselbank Oss helpen gezinnen."
    # names34: an ordinary noun before a known place leaves the place alone (as the real-text
    # annotations have it, "Ombudscommissie X"); no span runs across "en de"
    assert spans(text) == [
        (0, 22, "Stichting Leergeld Oss", "[ORGANISATIE-1]"),
        (41, 44, "Oss", "[PLAATS-1]"),
    ]


def test_a_party_after_namens_or_glued_to_fractie() -> None:
    text = (
        "Namens Samen voor Oss spreekt Kok, namens Jan Smit zijn broer. "
        "De LOS-fractie en de VVD-fractie."
    )
    assert spans(text) == [
        (7, 21, "Samen voor Oss", "[ORGANISATIE-1]"),
        (30, 33, "Kok", "[PERSOON-1]"),
        (42, 50, "Jan Smit", "[PERSOON-2]"),
        (66, 69, "LOS", "[ORGANISATIE-2]"),
    ]


def test_a_list_in_brackets_after_organisaties_and_a_hyphened_item() -> None:
    text = "Drie organisaties in Zeeland (Kompas, Jeugd- en Gezinshelpers en het Leger des Heils)."
    assert spans(text) == [
        (21, 28, "Zeeland", "[PLAATS-1]"),
        (30, 36, "Kompas", "[ORGANISATIE-1]"),
        (38, 61, "Jeugd- en Gezinshelpers", "[ORGANISATIE-2]"),
    ]


def test_a_list_with_an_international_body_stays() -> None:
    text = "Organisaties als de Europese Commissie, Plan en Staal helpen."
    assert spans(text) == []


def test_a_mixed_case_product_or_channel_stays() -> None:
    text = "Ze stuurde het via PowerPoint en via ParnasSys; de zorg bij ZorgPlus loopt door."
    # products and channels after "via" stay; a camel-case name after "bij" is a local
    # organisation since names-orgs4 (wb/dossiers/org_camel_names.py), as the policy replaces them
    assert [(s[2], s[3]) for s in spans(text)] == [("ZorgPlus", "[ORGANISATIE-1]")]


def test_a_degree_or_an_editorial_mark_in_brackets_is_no_organisation() -> None:
    text = "Zie J. Smit (red.) en A. de Bos (MSc) en P. Kok (PhD)."
    assert [(s[2], s[3]) for s in spans(text)] == [
        ("J. Smit", "[PERSOON-1]"),
        ("A. de Bos", "[PERSOON-2]"),
        ("P. Kok", "[PERSOON-3]"),
    ]


def test_a_party_after_fractie_without_van_and_after_ingediend_door() -> None:
    text = (
        "Fractie Sterk Oss: de heer Mol. Ingediend door de fracties van CDA, Wij Oss en "
        "GroenLinks. De fractie Jan Smit niet."
    )
    assert [(s[2], s[3]) for s in spans(text)] == [
        ("Sterk Oss", "[ORGANISATIE-1]"),
        ("Mol", "[PERSOON-1]"),
        ("Wij Oss", "[ORGANISATIE-2]"),
        ("Jan Smit", "[PERSOON-2]"),
    ]
