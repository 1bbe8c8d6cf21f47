"""General name rules written after reading real-text round 20 (names25): persons told by the
edges of their spelling, national firms, institutes, university heads and national bodies that
stay, colophon words, streets in a bracketed list and phone numbers with an en dash.
Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_a_phone_number_with_spaces_around_an_en_dash() -> None:
    text = "Het secretariaat is bereikbaar op 030 – 123 45 67 of per mail."
    assert spans(text) == [(34, 49, "030 – 123 45 67", "[TELEFOON-1]")]


def test_a_national_acronym_after_a_head_word_names_no_local_team() -> None:
    text = (
        "De jeugdgezondheidszorg (JGZ) hoort bij de GGD. Ons team JGZ doet de controles. "
        "Zij werkt in team Kwarvik."
    )
    assert spans(text) == [(98, 105, "Kwarvik", "[ORGANISATIE-1]")]


def test_an_initial_without_its_full_stop_before_a_particle_and_surname() -> None:
    text = "Aanwezig:\nP. Kwarvik (voorzitter)\nT de Wolkema, (hoofd afdeling Financiën)\n"
    assert spans(text) == [
        (10, 20, "P. Kwarvik", "[PERSOON-1]"),
        (34, 46, "T de Wolkema", "[PERSOON-2]"),
    ]


def test_a_camel_case_pen_name_is_a_person_dutch_words_written_together_stay() -> None:
    text = (
        "Bij: NightOwl – een lang verhaal\n"
        "Ik vind dat NightOwl zich beter kan verdiepen in JeugdzorgPlus en DeMonitor."
    )
    assert spans(text) == [
        (5, 13, "NightOwl", "[PERSOON-1]"),
        (45, 53, "NightOwl", "[PERSOON-1]"),
    ]


def test_a_particle_at_a_line_end_belongs_to_the_surname_on_the_next_line() -> None:
    text = "De gemeente las het verslag van Van\nWolkema over de wachtlijsten."
    assert spans(text) == [(32, 43, "Van\nWolkema", "[PERSOON-1]")]


def test_a_double_surname_broken_after_its_hyphen_is_one_name() -> None:
    text = "Als oud-pleegkind weet Femke Kwarvik- Dijkstra hoe het voelt."
    assert spans(text) == [(23, 46, "Femke Kwarvik- Dijkstra", "[PERSOON-1]")]


def test_a_national_research_bureau_stays_but_not_as_a_surname_after_a_title() -> None:
    text = "Het onderzoek is uitgevoerd door Regioplan en Movisie. Mevrouw Movisie is niet bekend."
    assert spans(text) == [(63, 70, "Movisie", "[PERSOON-1]")]


def test_a_firm_after_a_research_bureau_cue_stays_at_every_mention() -> None:
    text = (
        "Het onderzoek is gedaan door onderzoeks- en adviesbureau KWARTEL, in opdracht van de "
        "provincie.\nColofon: St. KWARTEL, Postadres. Directeur is mevrouw Kwarvik."
    )
    assert spans(text) == [(150, 157, "Kwarvik", "[PERSOON-1]")]


def test_a_firm_or_institute_before_an_english_suffix_stays() -> None:
    text = (
        "Auteurs: Anna Kwarvik en Bo Smit (Wolkema Consulting). "
        "Zie ook het Kwarvik Adoption Institute."
    )
    assert spans(text) == [
        (9, 21, "Anna Kwarvik", "[PERSOON-1]"),
        (25, 32, "Bo Smit", "[PERSOON-2]"),
    ]


def test_a_university_head_stays_and_its_place_is_replaced() -> None:
    text = (
        "Met dank aan prof. dr. Anna Kwarvik (Rijksuniversiteit Utrecht) en de "
        "Universiteit van Maastricht."
    )
    assert spans(text) == [
        (23, 35, "Anna Kwarvik", "[PERSOON-1]"),
        (55, 62, "Utrecht", "[PLAATS-1]"),
        (87, 97, "Maastricht", "[PLAATS-2]"),
    ]


def test_a_national_body_before_a_place_is_that_place_s_organisation() -> None:
    # names-orgs6: a regional CJG is an organisation by the names policy ("CJG Kennemerland",
    # round 58's "Centrum voor Jeugd en Gezin <dorp>"); before, only the place was replaced
    text = "Het Centrum voor Jeugd en Gezin Assen is er voor alle ouders."
    assert spans(text) == [(4, 37, "Centrum voor Jeugd en Gezin Assen", "[ORGANISATIE-1]")]


def test_a_month_before_a_year_is_no_name_and_post_box_letters_are_a_postcode() -> None:
    # the post box's letters: a postcode since the lead's decision of 2026-12-05 (names40)
    text = "Eindrapport wijkaanpak stad Utrecht Maart 2015\nPostadres: Postbus AB Utrecht"
    assert spans(text) == [
        (28, 35, "Utrecht", "[PLAATS-1]"),
        (66, 68, "AB", "[POSTCODE-1]"),
        (69, 76, "Utrecht", "[PLAATS-1]"),
    ]


def test_streets_without_a_number_in_brackets_after_a_place() -> None:
    text = (
        "Het team werkt op drie locaties in Delft (dr. van Wolkemalaan, Kwarvikstraat), "
        "Zwolle en Assen."
    )
    assert spans(text) == [
        (35, 40, "Delft", "[PLAATS-1]"),
        (42, 61, "dr. van Wolkemalaan", "[ADRES-1]"),
        (63, 76, "Kwarvikstraat", "[ADRES-2]"),
        (79, 85, "Zwolle", "[PLAATS-2]"),
        (89, 94, "Assen", "[PLAATS-3]"),
    ]


def test_a_one_word_name_after_a_role_takes_the_word_ending_the_phrase_as_surname() -> None:
    text = "Minister Dirk Weerlicht: het gaat goed.\n • Lodo Wolkema, Directeur van de afdeling\n"
    assert spans(text) == [
        (9, 23, "Dirk Weerlicht", "[PERSOON-1]"),
        (43, 55, "Lodo Wolkema", "[PERSOON-2]"),
    ]


def test_an_abbreviated_first_name_before_a_street_is_part_of_the_address() -> None:
    text = "Het servicepunt zit aan de Fred. Wolkemastraat 12 1234 AB Assen"
    assert spans(text) == [
        (27, 49, "Fred. Wolkemastraat 12", "[ADRES-1]"),
        (50, 57, "1234 AB", "[POSTCODE-1]"),
        (58, 63, "Assen", "[PLAATS-1]"),
    ]


def test_a_regional_organisation_named_by_a_national_name_stays_one_name() -> None:
    # a guard: it fails when every national institution before a place is kept (tried first)
    text = "De melding ging naar Veilig Thuis Drenthe en naar Veilig Thuis."
    assert [s[2] for s in spans(text)] == ["Veilig Thuis Drenthe"]


def test_a_firm_after_colophon_labels_joined_by_en_stays_without_a_colon() -> None:
    text = "Ontwerp, opmaak en druk Kwarvikdrukkers, Zwolle\nRedactie: Anna Kwarvik"
    assert spans(text) == [
        (41, 47, "Zwolle", "[PLAATS-1]"),
        (58, 70, "Anna Kwarvik", "[PERSOON-1]"),
    ]


def test_an_image_bank_in_a_photo_credit_stays_the_photographer_is_replaced() -> None:
    text = "Een moeder op weg naar de zitting. © Unsplash / Anna Kwarvik"
    assert spans(text) == [(48, 60, "Anna Kwarvik", "[PERSOON-1]")]


def test_a_field_ending_in_tie_after_a_role_word_is_a_job_title_no_name() -> None:
    text = "Anna Kwarvik werkt als medewerker Crisisinterventie. Medewerker Kwarvik belde ook."
    assert spans(text) == [
        (0, 12, "Anna Kwarvik", "[PERSOON-1]"),
        (64, 71, "Kwarvik", "[PERSOON-1]"),
    ]


def test_the_second_word_of_a_name_before_en_and_a_first_name_is_no_first_name() -> None:
    text = "Auteurs: Anita Wolkema, Marly Kiewak en Inge Kwarvik (adviesbureau)"
    assert spans(text) == [
        (9, 22, "Anita Wolkema", "[PERSOON-1]"),
        (24, 36, "Marly Kiewak", "[PERSOON-2]"),
        (40, 52, "Inge Kwarvik", "[PERSOON-3]"),
    ]


def test_two_places_joined_by_a_hyphen_are_two_places_a_letterhead_run_too() -> None:
    text = (
        "Maart 2015 KWARTEL Utrecht-Rotterdam\n"
        "Postadres: Postbus AB Utrecht Kantoor Utrecht: Kantoor Delft: Telefoon"
    )
    assert spans(text) == [
        (19, 26, "Utrecht", "[PLAATS-1]"),
        (27, 36, "Rotterdam", "[PLAATS-2]"),
        (56, 58, "AB", "[POSTCODE-1]"),
        (59, 66, "Utrecht", "[PLAATS-1]"),
        (75, 82, "Utrecht", "[PLAATS-1]"),
        (92, 97, "Delft", "[PLAATS-3]"),
    ]


def test_a_publisher_before_uitgevers_stays() -> None:
    text = "Het boek van Anna Kwarvik is verschenen bij Wolkema Uitgevers in 2020."
    assert spans(text) == [(13, 25, "Anna Kwarvik", "[PERSOON-1]")]
