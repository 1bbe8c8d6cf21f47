"""Name rules after round 31 of the real-text check (names40), each for a shape of text: the
letters of a post box's postcode without its digits (a postcode, the lead's decision of
2026-12-05), two woonplaatsen joined by "en", a run that alternates places and ordinary nouns,
a place written without the apostrophe of "'s-", a speaker's employer after "van", a first name
beside a known one, an organisation named as part of another, an organisation's name ending in
"Regio" before a place and a school's kind before a title-page name. Exact spans on sentences
written for these tests; no name of the real-text check (bench/realtext/names) is used. Each
test fails on the code before this branch, except the guards of a rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_post_box_letters_without_digits_are_a_postcode() -> None:
    text = "Gemeente Zwolle, Postbus AB ZWOLLE, kantoor open."
    assert spans(text) == [
        (9, 15, "Zwolle", "[PLAATS-1]"),
        (25, 27, "AB", "[POSTCODE-1]"),
        (28, 34, "ZWOLLE", "[PLAATS-1]"),
    ]


def test_two_woonplaatsen_joined_by_en_are_two_places() -> None:
    text = "De twee locaties, in Wekerom en Harskamp, gaan in juni dicht."
    assert spans(text) == [(21, 28, "Wekerom", "[PLAATS-1]"), (32, 40, "Harskamp", "[PLAATS-2]")]


def test_a_former_municipality_of_two_words_after_en_stays_whole() -> None:
    text = "Hij woont in Mill en Sint Hubert sinds 2010."
    assert spans(text) == [(13, 32, "Mill en Sint Hubert", "[PLAATS-1]")]


def test_places_and_nouns_alternating_are_places_not_one_organisation() -> None:
    text = (
        "In opdracht van: Adviesraad Zwolle Rekenkamercommissie Deventer Rekenkamercommissie "
        "Almelo."
    )
    assert spans(text) == [
        (28, 34, "Zwolle", "[PLAATS-1]"),
        (55, 63, "Deventer", "[PLAATS-2]"),
        (84, 90, "Almelo", "[PLAATS-3]"),
    ]


def test_a_place_without_the_apostrophe_of_s_is_that_place() -> None:
    text = "De raden van Zwolle, s-gravenzande en Almelo en s Gravenzande."
    assert spans(text) == [
        (13, 19, "Zwolle", "[PLAATS-1]"),
        (21, 34, "s-gravenzande", "[PLAATS-2]"),
        (38, 44, "Almelo", "[PLAATS-3]"),
        (48, 61, "s Gravenzande", "[PLAATS-2]"),
    ]


def test_an_article_s_before_a_time_of_day_stays() -> None:
    assert spans("Het is 's Avonds laat en s avonds ook.") == []


def test_a_speaker_and_her_employer_after_van() -> None:
    text = (
        '"Het moet beter," zegt Jorien Kwarvik van Wolkemahuis. Later vertelt Jorien Kwarvik meer.'
    )
    assert spans(text) == [
        (23, 37, "Jorien Kwarvik", "[PERSOON-1]"),
        (42, 53, "Wolkemahuis", "[ORGANISATIE-1]"),
        (69, 83, "Jorien Kwarvik", "[PERSOON-1]"),
    ]


def test_a_speaker_of_a_care_domain_keeps_the_domain() -> None:
    text = "Het klopt, zegt Jan de Vries van Jeugdzorg."
    assert spans(text) == [(16, 28, "Jan de Vries", "[PERSOON-1]")]


def test_a_word_beside_a_known_first_name_is_a_first_name() -> None:
    text = "Zij sprak met de begeleiders Femke en Kwarlijn. Kwarlijn bleef."
    assert spans(text) == [
        (29, 34, "Femke", "[PERSOON-1]"),
        (38, 46, "Kwarlijn", "[PERSOON-2]"),
        (48, 56, "Kwarlijn", "[PERSOON-2]"),
    ]


def test_a_first_name_of_a_pair_learned_keeps_its_surname_elsewhere() -> None:
    text = "Femke en Kwarlijn, ouders van Tim. Snel pakt Kwarlijn Wolkema de tas."
    assert spans(text) == [
        (0, 5, "Femke", "[PERSOON-1]"),
        (9, 17, "Kwarlijn", "[PERSOON-2]"),
        (30, 33, "Tim", "[PERSOON-3]"),
        (45, 61, "Kwarlijn Wolkema", "[PERSOON-2]"),
    ]


def test_a_first_name_before_a_surname_is_not_cut_by_the_pair() -> None:
    text = "Toen kwamen Marly Kiewak en Inge binnen."
    assert spans(text) == [(12, 24, "Marly Kiewak", "[PERSOON-1]"), (28, 32, "Inge", "[PERSOON-2]")]


def test_an_organisation_named_as_part_of_another() -> None:
    text = (
        "Toen raakte Samen Sterk Verder (onderdeel van Jeugdbescherming Regio Zwolle) betrokken. "
        "Later belde Samen Sterk Verder weer."
    )
    assert spans(text) == [
        (12, 30, "Samen Sterk Verder", "[ORGANISATIE-1]"),
        (46, 75, "Jeugdbescherming Regio Zwolle", "[ORGANISATIE-2]"),
        (100, 118, "Samen Sterk Verder", "[ORGANISATIE-1]"),
    ]


def test_a_schools_kind_stays_out_of_its_title_page_name() -> None:
    text = "2020\nSchoolgids\nOBS Wolkemadonk\nBeste ouders, welkom op Wolkemadonk."
    assert spans(text) == [
        (20, 31, "Wolkemadonk", "[SCHOOL-1]"),
        (56, 67, "Wolkemadonk", "[SCHOOL-1]"),
    ]


def test_a_first_name_after_van_of_a_kinship_word_is_that_person() -> None:
    text = (
        "Een gesprek met Femke en Kwarlijn, de ouders van Tim. Tim is de zoon van Kwarlijn en "
        "Femke."
    )
    assert spans(text) == [
        (16, 21, "Femke", "[PERSOON-1]"),
        (25, 33, "Kwarlijn", "[PERSOON-2]"),
        (49, 52, "Tim", "[PERSOON-3]"),
        (54, 57, "Tim", "[PERSOON-3]"),
        (69, 81, "van Kwarlijn", "[PERSOON-2]"),
        (85, 90, "Femke", "[PERSOON-1]"),
    ]
