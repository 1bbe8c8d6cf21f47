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
