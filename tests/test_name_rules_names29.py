"""General name rules written after reading real-text round 23 (names29): surnames after a
plural title, an agenda's numbered items, an ordinary word numbered twice in brackets, a
lowercase compound after a name. Exact spans on sentences written for these tests; no name of
the real-text check (bench/realtext/names) is used. Each test fails on the code before this
branch."""

from __future__ import annotations

from name_spans import spans


def test_surnames_after_a_plural_title_are_persons() -> None:
    text = "Afwezig met bericht zijn de heren Bok en Van de Wolkema.\n\nDe voorzitter opent."
    assert spans(text) == [
        (34, 37, "Bok", "[PERSOON-1]"),
        (41, 55, "Van de Wolkema", "[PERSOON-2]"),
    ]


def test_an_agenda_item_followed_by_the_next_number_is_no_address() -> None:
    text = "Agenda\n\n1. Opening 2. Mededelingen 3. Vragenkwartier 4. Rondvraag\n"
    assert spans(text) == []


def test_an_ordinary_word_numbered_twice_in_brackets_is_no_child() -> None:
    text = "Stukken: Voorstel (1) over de lijst. Verslag: Voorstel (2) over het verslag."
    assert spans(text) == []


def test_a_lowercase_compound_after_initials_and_surname_is_no_part_of_the_name() -> None:
    text = "De voorzitter, drs. A.B. Kwarvik Concept-agenda Nr. Onderwerp"
    assert spans(text) == [(20, 32, "A.B. Kwarvik", "[PERSOON-1]")]
