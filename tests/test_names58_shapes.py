"""names58: shapes after round 43 (tune), with made-up names: a court's code before a case
number, a compound on "dag", a place's inhabitants in "-aar"/"-aren", a capitalised "Van"
before a particle chain, a first name with a diaeresis."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.entity_data import is_ordinary
from wb.dossiers.name_compounds import day_compound
from wb.dossiers.place_adjectives import place_of_adjective


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in detect_dossier([text])[0]]


def test_court_code_before_a_case_number_is_no_name() -> None:
    # "KIM" in capitals would be a first name; before "23/1234" it is a case number's code
    text = "RECHTBANK GELDERLAND\n\nBestuursrecht\nzaaknummer: KIM 23/1234\n\nuitspraak"
    assert _found(text) == [("GELDERLAND", "PLAATS")]
    # the same word in capitals elsewhere stays a name
    assert _found("Getuige: KIM HOLTKAMP\n") == [("KIM HOLTKAMP", "PERSOON")]


def test_compound_on_dag_is_a_day() -> None:
    text = "Het feest was op 21 september, Burendag. Daarna kwam Wietske Haaksma langs."
    assert _found(text) == [("Wietske Haaksma", "PERSOON")]
    text = "De kinderboerderij opende op Werelddierendag. Toen kwam Sjoukje Brandsema."
    assert _found(text) == [("Sjoukje Brandsema", "PERSOON")]
    assert day_compound("Werelddierendag")
    assert day_compound("Koningsdag")
    assert not day_compound("Dinsdag")  # no compound of words before "dag"
    assert not day_compound("Middag")  # too short: a word, or a surname


def test_inhabitants_of_a_known_place_are_the_place() -> None:
    text = "Veel Zwollenaren zijn blij. Ook Houtenaren komen graag naar Zwolle."
    assert _found(text) == [
        ("Zwollenaren", "PLAATS"),
        ("Houtenaren", "PLAATS"),
        ("Zwolle", "PLAATS"),
    ]
    found = detect_dossier([text])[0]
    assert found[0].key == found[2].key  # the inhabitants share the place's placeholder
    assert place_of_adjective("Houtenaar") == "Houten"
    assert place_of_adjective("Zwollenaar") == "Zwolle"
    assert place_of_adjective("Zeistenaar") == "Zeist"


def test_capital_van_before_a_particle_chain_opens_the_surname() -> None:
    text = "Het Leidse bureau Van Ostayen van der Heijden maakte gratis een ontwerp."
    assert _found(text) == [("Leidse", "PLAATS"), ("Van Ostayen van der Heijden", "PERSOON")]
    # a sentence's "Van" is a preposition; before a first name it is no particle either
    assert _found("Van Pieter van der Heijden hoorde ik niets.") == [
        ("Pieter van der Heijden", "PERSOON")
    ]
    assert _found("Wij spraken met Van Jan van der Heijden.") == [
        ("Jan van der Heijden", "PERSOON")
    ]


def test_first_name_with_a_diaeresis_is_a_name() -> None:
    text = "Zoals u las ben ik (Juliëtte Wybenga) een ouder.\n\nJuliëtte\n\nNu over mezelf."
    assert _found(text) == [("Juliëtte Wybenga", "PERSOON"), ("Juliëtte", "PERSOON")]
    assert not is_ordinary("Juliëtte")
    assert is_ordinary("Wóédend")  # an ordinary word with stray accents stays one
