"""General name rules written after reading real-text round 18 (names22): a numbered section
heading's topic is no person, also in a table of contents whose numbers stand on lines of their
own; a compound of three parts with a linking -s- is an ordinary word; a noun with "nr" for
"nummer" is an abbreviated label; a role word before a Title Case heading with an abstract noun
("Aanleiding") opens no name; a head word ("Centrum") opens an organisation at a sentence start;
an ordinary word before a label of two words ("Tweede lezer:") ends a name; an acronym of all
words of an organisation's name but the last ends the name before that word; a run of more than
seven capitalised words is no organisation name (a list of terms whose line breaks were lost);
a word between "in" and "aan de" + a street names a building.
Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch."""

from __future__ import annotations

from name_spans import spans


def test_a_numbered_section_heading_names_a_topic_not_a_person() -> None:
    text = "Inhoud\n2.2. Trivanto\n2.3 Bijlagen 14\n\nOm 10.30 Kwarvik belde. Zie 2.1 Marieke Bos."
    # a time of day and a known first name after a section number stay names
    assert spans(text) == [
        (47, 54, "Kwarvik", "[PERSOON-1]"),
        (70, 81, "Marieke Bos", "[PERSOON-2]"),
    ]


def test_a_table_of_contents_with_numbers_on_their_own_lines() -> None:
    text = "Inhoud\n1.6.\nBijlagen\n12\n1.7.\nTrivanto\n14\n"
    assert spans(text) == []


def test_a_compound_of_three_parts_with_a_linking_s_is_an_ordinary_word() -> None:
    text = "Gezinsbegeleidingsrapport van de jeugdzorg. Het Gezinsbegeleidingsrapport is klaar."
    assert spans(text) == []


def test_a_noun_with_nr_is_an_abbreviated_number_label() -> None:
    text = "Conclusie\n\nZorgnr. 12/345\n\nDe moeder kwam."
    assert spans(text) == []


def test_a_role_word_before_a_heading_with_an_abstract_noun_opens_no_name() -> None:
    text = "Een verhaal over de rechter Aanleiding Korte schets. De rechter Van Dam sprak."
    assert spans(text) == [(64, 71, "Van Dam", "[PERSOON-1]")]


def test_an_acronym_of_all_words_but_the_last_ends_the_name_before_it() -> None:
    text = (
        "Het profiel van Stichting Christelijk Onderwijs Rivierenland Werken aan een veilige "
        "school. Scholen van SCOR werken samen."
    )
    assert spans(text) == [
        (16, 60, "Stichting Christelijk Onderwijs Rivierenland", "[ORGANISATIE-1]"),
        (104, 108, "SCOR", "[ORGANISATIE-1]"),
    ]


def test_a_long_run_of_capitalised_terms_is_no_organisation_name() -> None:
    text = (
        "Begrippen: Interne begeleider Remedial teacher Leerlingvolgsysteem Brandweerregio "
        "Noord Veluwe Autisme Spectrum Stoornis Taal Ontwikkelings Stoornis Handelingsplan ____"
    )
    # the regional body's name before its region is one organisation (names24: a compound
    # ending in "regio" before a region); the run of terms around it is no name
    assert spans(text) == [(67, 94, "Brandweerregio Noord Veluwe", "[ORGANISATIE-1]")]


def test_a_head_word_opens_an_organisation_at_a_sentence_start() -> None:
    text = "Centrum Groot is de plek voor ouders. Centrum Groot denkt mee. Centrum Utrecht groeit."
    assert spans(text) == [
        (0, 13, "Centrum Groot", "[ORGANISATIE-1]"),
        (38, 51, "Centrum Groot", "[ORGANISATIE-1]"),
        (71, 78, "Utrecht", "[PLAATS-1]"),
    ]


def test_an_ordinary_word_before_a_lowercase_label_ends_the_name() -> None:
    text = "Begeleider: Prof. mr. P. Kwarvik Tweede lezer: dr. A. Bakker Datum ondertekening: 3 mei"
    assert spans(text) == [
        (22, 32, "P. Kwarvik", "[PERSOON-1]"),
        (51, 60, "A. Bakker", "[PERSOON-2]"),
    ]


def test_a_word_between_in_and_a_street_names_a_building() -> None:
    text = "De inloop in Buurtpunt aan de Lindelaan is open. Mensen die bij Buurtpunt iets volgen."
    assert spans(text) == [
        (13, 22, "Buurtpunt", "[ORGANISATIE-1]"),
        (30, 39, "Lindelaan", "[ADRES-1]"),
        (64, 73, "Buurtpunt", "[ORGANISATIE-1]"),
    ]
