"""Official place names joined by "en" after a place trigger ("gemeente Heel en Panheel"),
when the gazetteer lacks them: the whole name is one place. Exact spans on sentences written
for these tests; none of these names is in a word list or in the real-text check. The guards
keep lists of known places, a first name after "en" and a new "X in Y" item apart."""

from __future__ import annotations

from name_spans import spans


def test_joined_name_after_gemeente_holds_against_a_person_guess() -> None:
    assert spans("De rechter verwees naar de gemeente Heel en Panheel.") == [
        (36, 51, "Heel en Panheel", "[PLAATS-1]"),
    ]


def test_joined_name_after_in_and_a_known_place_after_it() -> None:
    text = "Het gezin woont in Haarlemmerliede en Spaarnwoude, vlak bij Haarlem."
    assert spans(text) == [
        (19, 49, "Haarlemmerliede en Spaarnwoude", "[PLAATS-1]"),
        (60, 67, "Haarlem", "[PLAATS-2]"),
    ]


def test_gazetteer_names_with_joining_words_stay_whole() -> None:
    text = (
        "Zij verhuisde van Bergen op Zoom naar Capelle aan den IJssel en toen naar Gilze en Rijen."
    )
    assert spans(text) == [
        (18, 32, "Bergen op Zoom", "[PLAATS-1]"),
        (38, 60, "Capelle aan den IJssel", "[PLAATS-2]"),
        (74, 88, "Gilze en Rijen", "[PLAATS-3]"),
    ]


def test_two_known_places_stay_two() -> None:
    assert spans("Ze werkt in Apeldoorn en Zwolle.") == [
        (12, 21, "Apeldoorn", "[PLAATS-1]"),
        (25, 31, "Zwolle", "[PLAATS-2]"),
    ]


def test_first_name_or_new_list_item_after_en_is_no_part_of_the_place() -> None:
    assert spans("Hij woont in Haarlemmerliede en Jan woont in Roermond.") == [
        (13, 28, "Haarlemmerliede", "[PLAATS-1]"),
        (32, 35, "Jan", "[PERSOON-1]"),
        (45, 53, "Roermond", "[PLAATS-2]"),
    ]
    text = "Zorgboerderij Akkerhof in Haarlemmerliede en Weidehof in Bergen op Zoom sluiten."
    assert [s[2] for s in spans(text) if s[3].startswith("[PLAATS")] == [
        "Haarlemmerliede",
        "Bergen op Zoom",
    ]
