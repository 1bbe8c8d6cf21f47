"""General name rules written after reading real-text round 14 (names14): minutes and
attendance lists. Particles written short ("v.d.", "van t"), five or six initials, a title
written with a capital after a place trigger ("naar Mw. ..."), and an abbreviated label before
a colon ("Aanw.:", "Afw.:"). Exact spans on sentences written for these tests; no name of the
real-text check (bench/realtext/names) is used. The first case of each rule fails on the code
before it; the others are guards."""

from __future__ import annotations

from name_spans import spans


def test_a_short_particle_belongs_to_the_name() -> None:
    text = "Aanwezig: mw. K. v.d. Berg en dhr. P. van t Hof."
    assert spans(text) == [
        (14, 26, "K. v.d. Berg", "[PERSOON-1]"),
        (35, 47, "P. van t Hof", "[PERSOON-2]"),
    ]


def test_five_initials_before_a_surname() -> None:
    text = "Aanwezig: mr. A.B.C.D.E. van Dommelen, advocaat."
    assert spans(text) == [(14, 37, "A.B.C.D.E. van Dommelen", "[PERSOON-1]")]


def test_a_capitalised_title_after_a_place_trigger_is_no_place() -> None:
    text = "Zij hebben vragen gemaild naar Mw. Derksen. Mw. Derksen licht toe."
    assert spans(text) == [
        (35, 42, "Derksen", "[PERSOON-1]"),
        (48, 55, "Derksen", "[PERSOON-1]"),
    ]


def test_a_place_after_a_trigger_stays_a_place() -> None:
    text = "De brief is gemaild naar Dordrecht."
    assert spans(text) == [(25, 34, "Dordrecht", "[PLAATS-1]")]


def test_an_abbreviated_label_before_a_colon_is_no_name() -> None:
    text = "Verslag van 3 maart 2020 Aanw.: dhr. B. Jansen\nAfw.: mw. T. Smeets"
    assert spans(text) == [
        (37, 46, "B. Jansen", "[PERSOON-1]"),
        (57, 66, "T. Smeets", "[PERSOON-2]"),
    ]


def test_a_name_before_a_colon_is_still_a_name() -> None:
    text = "Verslag van het gesprek. Yasmina: ik wil naar huis."
    assert [s[2] for s in spans(text)] == ["Yasmina"]


def test_one_capital_without_a_full_stop_at_a_line_start_is_the_initial() -> None:
    text = "Voorzitter\nD Logemann\nGriffier\nU Verbeek"
    assert spans(text) == [
        (11, 21, "D Logemann", "[PERSOON-1]"),
        (31, 40, "U Verbeek", "[PERSOON-2]"),
    ]


def test_a_capital_in_mid_line_or_before_an_ordinary_word_stays() -> None:
    text = "Na afloop zei A Jansen iets.\nBijlage\nB Overzicht van de kosten"
    assert spans(text) == [(16, 22, "Jansen", "[PERSOON-1]")]


def test_a_street_without_a_number_after_aan_de_is_an_address() -> None:
    text = "Zij openen een gezinshuis aan de Molenstraat, in het centrum van Ede."
    assert spans(text) == [
        (33, 44, "Molenstraat", "[ADRES-1]"),
        (65, 68, "Ede", "[PLAATS-1]"),
    ]


def test_a_numbered_address_stays_one_span_and_a_bare_suffix_stays() -> None:
    text = "Het kantoor aan de Kerklaan 12 is dicht. Zij liepen in de Straat."
    assert spans(text) == [(19, 30, "Kerklaan 12", "[ADRES-1]")]
