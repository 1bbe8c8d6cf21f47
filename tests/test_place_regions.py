"""CBS regions in the gazetteer (COROP-gebieden, jeugd-, GGD-, veiligheids- and
arbeidsmarktregio's; ``gazetteer_regions.txt``): exact spans on sentences written for these tests
(no sentence or name comes from the real-text check)."""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.entity_data import gazetteer
from wb.lang import words


def test_the_region_list_holds_official_names_and_their_parts() -> None:
    regions = words("gazetteer_regions.txt")
    assert len(regions) == 117
    for name in ("IJmond", "Midden Kennemerland", "Zuid-Holland Zuid", "Drechtsteden", "Eemland"):
        assert name in regions, name
    assert "Noord- en Oost-Gelderland" in regions and "Noord-" not in regions
    assert "Gelderland-Midden" in regions  # "Veiligheids- en Gezondheidsregio" prefix dropped
    assert "ZHZ" not in regions and "GGD Twente" not in regions and "omgeving" not in regions
    assert "Lekstroom" in gazetteer()


def test_a_region_with_its_article_is_replaced() -> None:
    text = "Het gezin verhuisde naar de IJmond en later naar de Drechtsteden."
    assert [s[2] for s in spans(text)] == ["IJmond", "Drechtsteden"]
    assert [s[:2] for s in spans(text)] == [(28, 34), (52, 64)]


def test_a_region_of_several_words() -> None:
    text = "Zij kreeg hulp van de jeugdregio Zuid-Holland Zuid."
    assert [s[:3] for s in spans(text)] == [(33, 50, "Zuid-Holland Zuid")]


def test_a_region_after_a_surname_particle_stays_a_surname() -> None:
    text = "Meneer Jan van de Lekstroom belde."
    assert spans(text) == [(7, 27, "Jan van de Lekstroom", "[PERSOON-1]")]


def test_a_region_at_a_sentence_start_with_its_article() -> None:
    text = "De Achterhoek en de IJmond."
    assert [s[:3] for s in spans(text)] == [(3, 13, "Achterhoek"), (20, 26, "IJmond")]


def test_a_region_that_is_an_ordinary_word_stays_without_place_context() -> None:
    text = "Ik gooi de bal naar het Gooi en de Veluwe."  # "gooi" is a word (OpenTaal)
    assert [s[:3] for s in spans(text)] == [(35, 41, "Veluwe")]


def test_two_regions_joined_by_en_are_two_places() -> None:
    regions = words("gazetteer_regions.txt")
    assert "Zuid-Kennemerland" in regions and "Zuid-Kennemerland en IJmond" not in regions
    text = "De gemeenten in Zuid-Kennemerland en IJmond werken samen."
    assert [s[:4] for s in spans(text)] == [
        (16, 33, "Zuid-Kennemerland", "[PLAATS-1]"),
        (37, 43, "IJmond", "[PLAATS-2]"),
    ]
