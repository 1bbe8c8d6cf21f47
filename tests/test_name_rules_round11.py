"""General name rules written after reading real-text round 11 (names7): a coined name in mixed
case, a regional body ("Regio ..."), a label or title next to a person's name, a first name the
dictionary knows before a known surname, a kept institution after an organisation's name, a Title
Case term before "in", a quoted foreign saying and a reference number. Exact spans on sentences
written for these tests; no name of the real-text check (bench/realtext/names) is used. Each case
fails on the code before these rules, except the guards that keep them from reaching too far."""

from __future__ import annotations

from name_spans import spans


def test_a_mixed_case_short_form_is_replaced_in_quotes_and_at_a_sentence_start() -> None:
    text = (
        "De moeder klaagt over de stichting ZIJzwolle (hierna: “ZIJzwolle”). "
        "ZIJzwolle reageert niet."
    )
    assert spans(text) == [
        (25, 44, "stichting ZIJzwolle", "[ORGANISATIE-1]"),
        (55, 64, "ZIJzwolle", "[ORGANISATIE-1]"),
        (68, 77, "ZIJzwolle", "[ORGANISATIE-1]"),
    ]


def test_regio_before_a_region_is_one_regional_body() -> None:
    text = "De gemeenten werken samen in de Regio Rivierenland.\nRegio Rivierenland koopt in.\n"
    assert spans(text) == [
        (32, 50, "Regio Rivierenland", "[ORGANISATIE-1]"),
        (52, 70, "Regio Rivierenland", "[ORGANISATIE-1]"),
    ]


def test_lowercase_regio_before_a_region_stays_a_place() -> None:
    text = "Het gezin woont in de regio Rivierenland."
    assert spans(text) == [(28, 40, "Rivierenland", "[PLAATS-1]")]


def test_a_label_after_a_name_and_a_title_before_it_stay() -> None:
    text = "Naam: Mevr. B.A. Kortekaas Datum: mei 2020 Steller: Drs. K.L. Boomsma\n"
    assert spans(text) == [
        (12, 26, "B.A. Kortekaas", "[PERSOON-1]"),
        (57, 69, "K.L. Boomsma", "[PERSOON-2]"),
    ]


def test_a_first_name_the_dictionary_knows_before_a_known_surname() -> None:
    text = "Hanne Wesselink is leerkracht. „Het gaat goed”, vertelt Wesselink."
    assert spans(text) == [
        (0, 15, "Hanne Wesselink", "[PERSOON-1]"),
        (56, 65, "Wesselink", "[PERSOON-1]"),
    ]


def test_a_word_before_a_known_surname_that_is_dutch_stays() -> None:
    text = "„Het gaat goed”, vertelt Wesselink. Volgens Wesselink is dat zo."
    assert spans(text) == [
        (25, 34, "Wesselink", "[PERSOON-1]"),
        (44, 53, "Wesselink", "[PERSOON-1]"),
    ]


def test_an_organisations_name_ends_before_a_kept_institution() -> None:
    text = "Onderzoek bij Stichting Dwarskijker Inspectie jeugdzorg, mei 2005."
    assert spans(text) == [(14, 35, "Stichting Dwarskijker", "[ORGANISATIE-1]")]


def test_a_title_case_term_before_in_is_no_place() -> None:
    text = "De gemeente biedt de hulp aan als Begeleiding in Groepsverband, zei de moeder."
    assert spans(text) == []


def test_after_a_named_organisation_in_still_names_a_place() -> None:
    text = "Zij woont op de zorgboerderij De Hoge Linde in Molendijk."
    found = spans(text)
    assert (47, 56, "Molendijk", found[-1][3]) == found[-1]
    assert found[-1][3].startswith("[PLAATS")


def test_a_quoted_foreign_saying_keeps_its_first_word() -> None:
    text = "“Every child needs a home” – een oud gezegde dat de moeder vaak noemt."
    assert spans(text) == []


def test_a_reference_number_is_no_organisation() -> None:
    text = "Gelezen het voorstel van het college, nummer BW24.117, besluit de raad."
    assert spans(text) == []


def test_generic_care_services_without_a_name_stay() -> None:
    text = (
        "Het gezin kreeg hulp van de GGD, het Centrum voor Jeugd en Gezin en later JeugdzorgPlus."
    )
    assert spans(text) == []


def test_a_named_ggd_is_still_an_organisation() -> None:
    text = "Het consultatiebureau van GGD Zeeveld belde de moeder."
    assert spans(text) == [(26, 37, "GGD Zeeveld", "[ORGANISATIE-1]")]


def test_an_ordinary_word_of_a_place_keeps_the_word() -> None:
    text = "Onderzoekers van de Universiteit van Leiden keken mee."
    assert spans(text) == [(37, 43, "Leiden", "[PLAATS-1]")]


def test_a_first_names_possessive_without_apostrophe_is_that_person() -> None:
    text = "Svens moeder belde. Gisteren kwam Sven langs."
    assert spans(text) == [(0, 5, "Svens", "[PERSOON-1]"), (34, 38, "Sven", "[PERSOON-1]")]


def test_a_surname_with_a_title_is_no_possessive_of_a_first_name() -> None:
    text = "Jan Bakker kwam langs. Mevrouw Jans belde later."
    assert spans(text) == [(0, 10, "Jan Bakker", "[PERSOON-1]"), (31, 35, "Jans", "[PERSOON-2]")]


def test_a_place_in_capitals_is_the_place_of_the_dossier() -> None:
    text = "Het hof in Veenwolde-Zuid besliste.\n\nLocatie VEENWOLDE-ZUID\n"
    assert spans(text) == [
        (11, 25, "Veenwolde-Zuid", "[PLAATS-1]"),
        (45, 59, "VEENWOLDE-ZUID", "[PLAATS-1]"),
    ]


def test_an_adjective_of_a_place_of_the_dossier_is_that_place() -> None:
    text = "Het gezin woont in Blijdorpveen. Een Blijdorpveense vader vertelt."
    assert spans(text) == [
        (19, 31, "Blijdorpveen", "[PLAATS-1]"),
        (37, 51, "Blijdorpveense", "[PLAATS-1]"),
    ]


def test_an_unknown_village_after_a_title_case_word_is_still_a_place() -> None:
    text = "Hij werkt bij Jeugdzorg in Molenwijkerveen, zei de moeder."
    found = spans(text)
    assert found[-1][:3] == (27, 42, "Molenwijkerveen") and found[-1][3].startswith("[PLAATS")


def test_family_of_a_first_name_is_that_person() -> None:
    text = "Sanne woont bij haar vader. De familie van Sanne is groot."
    assert spans(text) == [(0, 5, "Sanne", "[PERSOON-1]"), (43, 48, "Sanne", "[PERSOON-1]")]


def test_a_bare_first_word_of_an_organisations_name_is_that_organisation() -> None:
    text = "Het schoolbestuur Petrus Onderwijs telt 40 scholen. Petrus is groot."
    assert spans(text) == [
        (18, 34, "Petrus Onderwijs", "[ORGANISATIE-1]"),
        (52, 58, "Petrus", "[ORGANISATIE-1]"),
    ]


def test_a_person_named_in_full_keeps_the_first_name_as_a_person() -> None:
    text = (
        "Het schoolbestuur Petrus Onderwijs telt 40 scholen. Petrus Bakker is leerling. "
        "Petrus lacht."
    )
    found = spans(text)
    assert found[-1] == (79, 85, "Petrus", "[PERSOON-1]")
