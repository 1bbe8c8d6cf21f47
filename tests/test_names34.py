"""General name rules for shapes that occur in two or more tune rounds of the real-text check
(names34): an ordinary noun before a known place ("Ombudscommissie X": the place goes alone),
a bare "Veiligheidshuis" (the kind, kept), a name written once with one letter more or less
(one placeholder), an item nothing took in a list of organisations, and a place as a part of a
web address. Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. Each test fails on the code before this branch, except the
guards of a rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_an_ordinary_noun_before_a_place_leaves_the_place_alone() -> None:
    text = "De klacht ging naar de Ombudscommissie Zwolle en werd afgewezen."
    assert spans(text) == [(39, 45, "Zwolle", "[PLAATS-1]")]


def test_a_care_domain_before_a_place_stays_an_organisation() -> None:
    text = "Ze werken bij Welzijn Zwolle sinds 2020."
    assert spans(text) == [(14, 28, "Welzijn Zwolle", "[ORGANISATIE-1]")]


def test_a_compass_word_before_a_place_stays_in_the_name() -> None:
    text = "De markt trekt mensen uit Westelijk Brabant en verder."
    assert spans(text) == [(26, 43, "Westelijk Brabant", "[ORGANISATIE-1]")]


def test_a_bare_veiligheidshuis_is_the_kind_and_stays() -> None:
    assert spans("Afspraken in het Veiligheidshuis worden vastgelegd.") == []


def test_a_veiligheidshuis_with_its_name_is_an_organisation() -> None:
    text = "Het Veiligheidshuis Kwarland opende in 2012."
    assert spans(text) == [(4, 28, "Veiligheidshuis Kwarland", "[ORGANISATIE-1]")]


def test_an_organisation_written_with_one_letter_more_gets_one_placeholder() -> None:
    text = "Wij spraken met GGD Kwarland Midden. Later schreef GGD Kwarlands Midden ons terug."
    assert spans(text) == [
        (16, 35, "GGD Kwarland Midden", "[ORGANISATIE-1]"),
        (51, 71, "GGD Kwarlands Midden", "[ORGANISATIE-1]"),
    ]


def test_a_one_word_person_one_letter_from_a_place_is_that_place() -> None:
    text = "Wij wonen in Hardinxveld-Giessendam. Hardinxvel-Giessendam is klein."
    assert spans(text) == [
        (13, 35, "Hardinxveld-Giessendam", "[PLAATS-1]"),
        (37, 58, "Hardinxvel-Giessendam", "[PLAATS-1]"),
    ]


def test_names_that_differ_in_a_digit_stay_apart() -> None:
    text = "Wij spraken met Jeugdteam Kwarland 1. Later schreef Jeugdteam Kwarland 2 ons."
    found = spans(text)
    assert [s[2] for s in found] == ["Jeugdteam Kwarland 1", "Jeugdteam Kwarland 2"]
    assert found[0][3] != found[1][3]


def test_an_item_nothing_took_in_a_list_of_organisations_is_one() -> None:
    text = "Betrokken zijn Kwarvik Zorg, Lindevast Care en Zonnedal Zorg."
    assert spans(text) == [
        (15, 27, "Kwarvik Zorg", "[ORGANISATIE-1]"),
        (29, 43, "Lindevast Care", "[ORGANISATIE-2]"),
        (47, 60, "Zonnedal Zorg", "[ORGANISATIE-3]"),
    ]


def test_a_word_and_a_number_in_a_list_of_organisations_is_one() -> None:
    text = "Betrokken zijn Kwarvik Zorg, Route 12 en Zonnedal Zorg."
    assert spans(text) == [
        (15, 27, "Kwarvik Zorg", "[ORGANISATIE-1]"),
        (29, 37, "Route 12", "[ORGANISATIE-2]"),
        (41, 54, "Zonnedal Zorg", "[ORGANISATIE-3]"),
    ]


def test_a_list_item_of_dictionary_words_stays() -> None:
    text = "Betrokken zijn Kwarvik Zorg, Zonnedal Zorg, Kinderen en Ouders Samen."
    assert spans(text) == [
        (15, 27, "Kwarvik Zorg", "[ORGANISATIE-1]"),
        (29, 42, "Zonnedal Zorg", "[ORGANISATIE-2]"),
    ]


def test_a_place_in_a_web_address_is_replaced() -> None:
    text = "Kijk op www.alphenaandenrijn.nl voor meer."
    assert spans(text) == [(12, 28, "alphenaandenrijn", "[PLAATS-1]")]


def test_a_place_that_is_a_word_in_a_web_address_stays() -> None:
    assert spans("Zie www.best.nl voor meer.") == []
