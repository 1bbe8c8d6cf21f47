"""General organisation rules written after reading real-text round 12 (names10): a capitalised
stop word in mid-sentence before a name starts a local organisation's name ("bij Rondom
Ugchelen"), and a capitalised head word before ordinary words and a region is part of the name
("Inkooporganisatie Jeugd Noord Veluwe"). Exact spans on sentences written for these tests; no
name of the real-text check (bench/realtext/names) is used. The first two cases of each rule
fail on the code before it; the others are the guards that keep it from reaching too far."""

from __future__ import annotations

from name_spans import spans


def test_a_capitalised_preposition_before_a_place_in_mid_sentence_is_one_organisation() -> None:
    text = "De wethouder zei dat Rondom Ugchelen een tekort heeft op de jeugdhulp."
    assert spans(text) == [(21, 36, "Rondom Ugchelen", "[ORGANISATIE-1]")]


def test_the_organisation_stops_before_an_institution_word_after_it() -> None:
    text = "Er is een tekort bij Rondom Ugchelen Jeugdzorg, zegt de raad."
    assert spans(text) == [(21, 36, "Rondom Ugchelen", "[ORGANISATIE-1]")]


def test_a_capitalised_word_after_a_dateline_dash_is_no_organisation() -> None:
    text = "APELDOORN – Een Apeldoornse vader heeft geld gekregen."
    # the place and its adjective go; "Een" stays: a dash is no mid-sentence
    assert [s[2] for s in spans(text)] == ["APELDOORN", "Apeldoornse"]


def test_a_sentence_start_preposition_before_a_place_stays() -> None:
    text = "De school sluit. Rondom Ugchelen liggen veel bossen."
    assert [s[2] for s in spans(text)] == ["Ugchelen"]


def test_a_capitalised_head_word_before_a_regional_name_is_replaced_with_it() -> None:
    text = "De begroting van Inkooporganisatie Jeugd Noord Veluwe West stijgt."
    assert spans(text) == [(17, 58, "Inkooporganisatie Jeugd Noord Veluwe West", "[ORGANISATIE-1]")]


def test_a_capitalised_head_word_before_an_ordinary_word_and_a_place_is_replaced_with_it() -> None:
    text = "Zij werkt bij Dienstorganisatie Jeugd Apeldoorn sinds mei."
    assert spans(text) == [(14, 47, "Dienstorganisatie Jeugd Apeldoorn", "[ORGANISATIE-1]")]


def test_a_head_word_in_lowercase_stays_readable_before_the_name() -> None:
    text = "Zij werkt bij dienstorganisatie Jeugd Apeldoorn sinds mei."
    assert [s[2] for s in spans(text)] == ["Jeugd Apeldoorn"]
