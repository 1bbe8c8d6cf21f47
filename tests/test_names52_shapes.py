"""names52: shapes from the leaks of names round 37 (tune), on snippets written here."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.person_names import outline_label


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.type) for m in detect_dossier([text])[0]]


def test_a_lettered_outline_is_no_initial_and_surname() -> None:
    text = "INHOUD\nA.\nVoorwaarden\nB.\nUitvoering en toezicht\nC.\nBezwaar\n"
    assert outline_label(text, 7) and outline_label(text, 22) and outline_label(text, 48)
    assert _found(text) == []


def test_an_initial_before_its_surname_on_the_same_line_still_makes_a_person() -> None:
    text = "Verslag\nB. Bakker kwam te laat.\n"
    assert not outline_label(text, 8)
    assert _found(text) == [(8, 17, "PERSOON")]
    text = "Aanwezig:\nde heer J.\nBakker en mevrouw P.\nSmit\n"
    assert not outline_label(text, 18)
    assert _found(text) == [(18, 27, "PERSOON"), (39, 46, "PERSOON")]


def test_a_spaced_hyphen_double_surname_after_initials_is_one_person() -> None:
    text = "Aanwezig: mevrouw A.B. Kamphorst - van Eerde (CDA), de heer P. Bos - Smit en anderen."
    assert _found(text) == [(18, 44, "PERSOON"), (60, 73, "PERSOON")]
    assert text[18:44] == "A.B. Kamphorst - van Eerde" and text[60:73] == "P. Bos - Smit"


def test_a_dash_after_initials_and_a_surname_keeps_a_place_and_a_sentence_apart() -> None:
    text = "Wethouder J. Bakker - Amsterdam heeft gesproken."
    assert _found(text) == [(10, 19, "PERSOON"), (22, 31, "PLAATS")]
    text = "De rit van A. Bakker - Utrecht, Zeist en Baarn."
    assert [(s, e, t) for s, e, t in _found(text) if t == "PERSOON"] == [(11, 20, "PERSOON")]


def test_initials_and_particles_make_a_person_of_a_dictionary_word() -> None:
    text = "Aanwezig: R. Smit, H. van de Berg, K. ter Haar en J.P. Wind (griffier)."
    found = _found(text)
    assert (19, 33, "PERSOON") in found and text[19:33] == "H. van de Berg"
    text = "Aanwezig: R. Smit, H. van de Weg en J.P. Wind (griffier)."
    assert _found(text) == [(10, 17, "PERSOON"), (19, 32, "PERSOON"), (36, 45, "PERSOON")]
    assert _found("Zie bijlage B. van de Raad.") == []
