"""names-places3: a district, hamlet or polder named after "wijk", "buurtschap", "polder"."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.place_names import trigger_places


def _places(text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.text) for m in trigger_places(text)]


def test_district_after_wijk_is_a_place() -> None:
    text = "Het kindcentrum staat in de Alkmaarse wijk Kwarmeerveen. Woensdag was de opening."
    assert _places(text) == [(43, 55, "Kwarmeerveen")]


def test_hamlet_and_polder_are_places() -> None:
    text = "Het feest was op het buurtschap Kwarberg. Het terrein ligt in de polder Kwarenburg."
    assert _places(text) == [(32, 40, "Kwarberg"), (72, 82, "Kwarenburg")]


def test_dictionary_word_after_wijk_stays() -> None:
    text = "De jongeren komen uit de wijk Centrum en de wijk Binnenstad."
    assert _places(text) == []
    assert [m for m in detect_dossier([text])[0] if m.type == "PLAATS"] == []


def test_district_is_replaced_in_the_dossier() -> None:
    text = "In de wijk Kwarmeerveen wonen veel gezinnen."
    found = [(m.start, m.end, m.type) for m in detect_dossier([text])[0]]
    assert (11, 23, "PLAATS") in found
