"""General name rules written after reading real-text round 17 (names21): one part of a double
surname is that person, whichever comes first; a listed organisation glued to a lowercase head
("X-locatie"); an acronym after a council member's role word is a local party; the service a
reader is told to contact; a social media handle; "Dagblad van het <X>"; a school in a plan's
title; a term defined by its acronym in brackets; a surname after a name at a sentence start;
a chair's signing line; participles and dictionary plurals that are no places; a regulation's
title; a listed organisation after a first name; learned names ending in a place; a place's
adjective and a noun; a person after an organisation's name; a school type's abbreviation.
Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_one_part_of_a_double_surname_is_that_person_and_a_member_acronym_a_party() -> None:
    text = (
        "Bijdrage van mevrouw T. Brakveld-Oosterhuis, raadslid LBK. "
        "Daarna vroeg Brakveld het woord."
    )
    assert spans(text) == [
        (21, 43, "T. Brakveld-Oosterhuis", "[PERSOON-1]"),
        (54, 57, "LBK", "[ORGANISATIE-1]"),
        (72, 80, "Brakveld", "[PERSOON-1]"),
    ]


def test_the_part_first_and_the_double_surname_later_is_one_person() -> None:
    text = "Daarna sprak Brakveld. Het woord is aan mevrouw T. Brakveld-Oosterhuis."
    assert spans(text) == [
        (13, 21, "Brakveld", "[PERSOON-1]"),
        (48, 70, "T. Brakveld-Oosterhuis", "[PERSOON-1]"),
    ]


def test_a_listed_organisation_glued_to_a_lowercase_head_is_the_organisation() -> None:
    text = "De jongeren wonen op een Youz-locatie in Ommen. Youz is een aanbieder."
    assert spans(text) == [
        (25, 29, "Youz", "[ORGANISATIE-1]"),
        (41, 46, "Ommen", "[PLAATS-1]"),
        (48, 52, "Youz", "[ORGANISATIE-1]"),
    ]


def test_the_coined_name_after_contact_op_met_is_an_organisation() -> None:
    text = (
        "Neem contact op met Zorgwijzer via telefoonnummer 14 0123. "
        "Bent u vanuit Zorgwijzer doorverwezen?"
    )
    assert spans(text) == [
        (20, 30, "Zorgwijzer", "[ORGANISATIE-1]"),
        (50, 57, "14 0123", "[TELEFOON-1]"),
        (73, 83, "Zorgwijzer", "[ORGANISATIE-1]"),
    ]


def test_a_handle_is_its_organisation_not_a_national_account_nor_a_byline() -> None:
    text = (
        "Volg Youz op @YouzJeugd en lees verder. Volg ook @Jeugdzorg_NL."
        "\n\n@Josselin Gordijn\n\nzaterdag"
    )
    assert spans(text) == [
        (5, 9, "Youz", "[ORGANISATIE-1]"),
        (13, 23, "@YouzJeugd", "[ORGANISATIE-1]"),
        (66, 82, "Josselin Gordijn", "[PERSOON-1]"),
    ]


def test_dagblad_van_het_region_is_a_paper_and_the_word_before_stays() -> None:
    text = (
        "Artikel Dagblad van het Oosten\n25 mei 2012\n\nHet Dagblad van het Oosten schreef erover."
    )
    assert spans(text) == [
        (8, 30, "Dagblad van het Oosten", "[ORGANISATIE-1]"),
        (48, 70, "Dagblad van het Oosten", "[ORGANISATIE-1]"),
    ]


def test_a_school_in_a_plans_title_is_replaced() -> None:
    text = "Schoolplan RKBS Zonnewijzer Leren door Spelen, Samen en Veilig."
    assert spans(text) == [(16, 33, "Zonnewijzer Leren", "[SCHOOL-1]")]


def test_a_term_defined_by_its_acronym_stays() -> None:
    text = "Leven in Balans (LIB)\n\nAls uw kind hulp krijgt, gaat het beter."
    assert spans(text) == []


def test_an_unknown_surname_after_a_name_at_a_sentence_start_belongs_to_it() -> None:
    text = 'Het werd stil." Wendeline Kramsma, voorzitter van de vereniging, is het eens.'
    assert spans(text) == [(16, 33, "Wendeline Kramsma", "[PERSOON-1]")]


def test_the_surname_after_the_comma_of_a_chairs_signing_line_is_a_person() -> None:
    text = (
        "Van dit overleg brengen de commissies verslag uit.\n\n"
        "De voorzitter van de vaste commissie Volksgezondheid, Welzijn en Sport, Kokers\n\n"
        "De griffier van de commissie, Koepel\n\nVoorzitter: Bos\n"
    )
    assert spans(text) == [
        (124, 130, "Kokers", "[PERSOON-1]"),
        (162, 168, "Koepel", "[PERSOON-2]"),
        (182, 185, "Bos", "[PERSOON-3]"),
    ]


def test_a_participle_after_uit_and_a_dictionary_plural_are_no_places() -> None:
    text = (
        "Het rapport 3 uit Samengevat komen de knelpunten. Hij komt uit Gemert. "
        "Burgers vragen zich af hoe het zit. Wethouder Burgers antwoordt in Den Burg."
    )
    assert spans(text) == [
        (63, 69, "Gemert", "[PLAATS-1]"),
        (117, 124, "Burgers", "[PLAATS-2]"),
        (138, 146, "Den Burg", "[PLAATS-2]"),
    ]


def test_a_regulations_title_names_no_organisation_only_its_place() -> None:
    text = "Verordening: Verordening Jeugdhulp Gemeente Lingewaard 2025\n\nHoofdstuk 2"
    assert spans(text) == [(44, 54, "Lingewaard", "[PLAATS-1]")]


def test_a_listed_one_word_organisation_after_a_first_name_is_her_surname() -> None:
    text = "Sanne Curium heeft drie pleegkinderen. Sanne speelt met hen."
    assert spans(text) == [
        (0, 12, "Sanne Curium", "[PERSOON-1]"),
        (39, 44, "Sanne", "[PERSOON-1]"),
    ]


def test_a_learned_name_ending_in_a_place_is_not_split_after_a_legal_form() -> None:
    text = (
        "Er werd vanuit zorgaanbieder Stip Bussum gevraagd of we konden helpen. "
        "Later nam de stichting Stip Bussum het over."
    )
    assert spans(text) == [
        (29, 40, "Stip Bussum", "[ORGANISATIE-1]"),
        (84, 105, "stichting Stip Bussum", "[ORGANISATIE-1]"),
    ]


def test_a_place_adjective_and_one_singular_noun_is_the_place_only() -> None:
    text = (
        "Met de Leidse Methode gaat het beter. "
        "Eerder bleek dat Haagse Scholen, een schoolbestuur, het wist."
    )
    assert spans(text) == [
        (7, 13, "Leidse", "[PLAATS-1]"),
        (55, 69, "Haagse Scholen", "[ORGANISATIE-1]"),
    ]


def test_an_organisation_ends_before_a_first_name_and_surname_before_a_comma() -> None:
    text = "Een onderzoek van Stichting Zonnebloemhuis Anna Verbeek, Kim de Boer en anderen."
    assert spans(text) == [
        (18, 42, "Stichting Zonnebloemhuis", "[ORGANISATIE-1]"),
        (43, 55, "Anna Verbeek", "[PERSOON-1]"),
        (57, 68, "Kim de Boer", "[PERSOON-2]"),
    ]


def test_a_school_types_abbreviation_stays_readable() -> None:
    text = "Ook SBO De Piramide doet mee aan het plan."
    assert spans(text) == [(8, 19, "De Piramide", "[SCHOOL-1]")]


def test_a_one_word_person_that_is_an_organisation_without_its_article_is_it() -> None:
    text = (
        "De jongeren wonen in De Wyldehof in Ommen. "
        "Het bestuur van Wyldehof zegt dat het goed gaat."
    )
    assert spans(text) == [
        (21, 32, "De Wyldehof", "[ORGANISATIE-1]"),
        (36, 41, "Ommen", "[PLAATS-1]"),
        (59, 67, "Wyldehof", "[ORGANISATIE-1]"),
    ]


def test_a_name_spelled_by_its_acronym_keeps_its_trailing_place_everywhere() -> None:
    text = (
        "Jeugdbescherming Utrecht Amersfoort (JBUA) nam het over. "
        "Later sprak Jeugdbescherming Utrecht Amersfoort met de ouders."
    )
    assert spans(text) == [
        (0, 35, "Jeugdbescherming Utrecht Amersfoort", "[ORGANISATIE-1]"),
        (37, 41, "JBUA", "[ORGANISATIE-1]"),
        (69, 104, "Jeugdbescherming Utrecht Amersfoort", "[ORGANISATIE-1]"),
    ]
