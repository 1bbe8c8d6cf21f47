"""The place gazetteer (all Dutch municipalities and BAG woonplaatsen), lists of places after a
trigger and region codes: exact spans on sentences written for these tests (no sentence or
name comes from the real-text check). A place that is also an ordinary word ("Made", "Heide",
"Echten") is replaced only in place context."""

from __future__ import annotations

from name_spans import PLAIN, spans

from wb.dossiers.entity_data import gazetteer
from wb.dossiers.place_names import place_is_word
from wb.lang import words


def test_the_gazetteer_is_the_complete_official_list() -> None:
    municipalities = words("gazetteer_municipalities.txt")
    places = words("gazetteer_places.txt")
    assert len(municipalities) == 341  # 342 municipalities, two of them named Bergen
    assert len(places) == 2410
    for name in ("Súdwest-Fryslân", "'s-Hertogenbosch", "Nuenen, Gerwen en Nederwetten"):
        assert name in municipalities
    for name in ("Ellertshaar", "'t Goy", "Den Haag", "Bergen", "Bavel"):
        assert name in places  # BAG's "Bergen (NH)", "Bavel AC" without their suffix
    assert "Ellertshaar" in gazetteer() and "Amsterdam" not in gazetteer()  # hand list first


def test_which_places_are_also_words() -> None:
    for name in ("Made", "Heide", "Echten", "Vries", "Lies", "De Hoeve"):
        assert place_is_word(name), name
    for name in ("Ellertshaar", "Beverwijk", "Berg en Dal", "Etten-Leur", "Den Haag", "Bodegraven"):
        assert not place_is_word(name), name


def test_a_list_of_places_after_a_trigger() -> None:
    assert spans("Zij woont in Zundert, Rucphen en Etten-Leur.") == [
        (13, 20, "Zundert", "[PLAATS-1]"),
        (22, 29, "Rucphen", "[PLAATS-2]"),
        (33, 43, "Etten-Leur", "[PLAATS-3]"),
    ]
    assert spans("De gemeenten Aa en Hunze, Assen en Tynaarlo werken samen.") == [
        (13, 24, "Aa en Hunze", "[PLAATS-1]"),
        (26, 31, "Assen", "[PLAATS-2]"),
        (35, 43, "Tynaarlo", "[PLAATS-3]"),
    ]


def test_a_place_that_is_a_word_counts_in_a_list_and_after_a_trigger() -> None:
    assert spans("De stichting heeft locaties in Uden en Made.") == [
        (31, 35, "Uden", "[PLAATS-1]"),
        (39, 43, "Made", "[PLAATS-2]"),
    ]
    assert spans("Het gezin verhuisde naar Echten.") == [(25, 31, "Echten", "[PLAATS-1]")]


def test_a_place_that_is_a_word_stays_without_place_context() -> None:
    assert spans("Heide en bos wisselen af.") == []
    assert spans("Het project Groene Heide liep af in mei.") == []


def test_a_village_that_is_no_word_is_replaced_anywhere() -> None:
    assert spans("Ellertshaar ligt in Drenthe.") == [
        (0, 11, "Ellertshaar", "[PLAATS-1]"),
        (20, 27, "Drenthe", "[PLAATS-2]"),
    ]


def test_a_village_after_a_surname_particle_is_a_surname() -> None:
    assert spans("Dat zei Piet van Bemmel gisteren.") == [
        (8, 23, "Piet van Bemmel", "[PERSOON-1]"),
    ]


def test_something_located_in_a_place_ends_the_list() -> None:
    assert spans("Kompas in Beuningen en Ewijk helpt gezinnen.") == [
        (10, 19, "Beuningen", "[PLAATS-1]"),
        (23, 28, "Ewijk", "[PLAATS-2]"),
    ]


def test_region_names_and_codes() -> None:
    assert spans("De jeugdregio Foodvalley koopt zorg in.") == [
        (14, 24, "Foodvalley", "[PLAATS-1]"),
    ]
    assert spans("Binnen de gemeenschappelijke regeling K12 zijn de wachtlijsten lang.") == [
        (38, 41, "K12", "[PLAATS-1]"),
    ]
    assert spans("De GGD-regio Hollands Noorden en de veiligheidsregio Twente werken samen.") == [
        (3, 29, "GGD-regio Hollands Noorden", "[ORGANISATIE-1]"),  # names26: a regional body
        (53, 59, "Twente", "[PLAATS-1]"),
    ]


def test_a_role_word_then_in_and_a_place_is_no_name() -> None:
    assert spans("Vader woont in Made, moeder in Echten.") == [
        (15, 19, "Made", "[PLAATS-1]"),
        (31, 37, "Echten", "[PLAATS-2]"),
    ]


def test_a_listed_place_that_is_a_word_stays_in_title_case() -> None:
    assert spans("Zij gaat naar de Echt Gebeurd avond.") == []
    assert spans("Het college van Best besloot anders.") == [(16, 20, "Best", "[PLAATS-1]")]


def test_a_place_found_in_context_is_learned_for_the_dossier() -> None:
    first, second = PLAIN.dossier(["Vader woont in Uden en Echten.", "Over Echten zei hij niets."])
    assert [(r[0], r[1], r[5]) for r in second.replacements] == [(5, 11, "[PLAATS-2]")]
    assert [(r[0], r[1], r[5]) for r in first.replacements] == [
        (15, 19, "[PLAATS-1]"),
        (23, 29, "[PLAATS-2]"),
    ]


def test_places_that_are_words_in_a_list_with_a_place_that_is_none() -> None:
    assert spans("Hoogeveen, Zetten en Made kregen geld.") == [
        (0, 9, "Hoogeveen", "[PLAATS-1]"),
        (11, 17, "Zetten", "[PLAATS-2]"),
        (21, 25, "Made", "[PLAATS-3]"),
    ]


def test_a_village_in_capitals_opening_a_news_item() -> None:
    assert spans("ZETTEN - Het dorp krijgt een nieuwe school.") == [
        (0, 6, "ZETTEN", "[PLAATS-1]"),
    ]


def test_places_in_capitals() -> None:
    assert spans("WONENDE TE ELLERTSHAAR EN DE HEIDE") == [(11, 22, "ELLERTSHAAR", "[PLAATS-1]")]
    assert spans("GEMEENTE BEST") == [(9, 13, "BEST", "[PLAATS-1]")]
    assert spans("ECHT GEBEURD") == []
