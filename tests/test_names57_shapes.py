"""names57: shapes after round 42 (tune), with made-up names: compounds take the kind of their
last part, one abbreviation before another, a role's "van" before a joined place, no age across
a line break, a title + initials + a function word, a double surname with "-te"."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.name_compounds import noun_headed_compound, role_compound
from wb.dossiers.person_double_surnames import double_surnames
from wb.dossiers.role_places import joined_place_at


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in detect_dossier([text])[0]]


def test_role_compound_before_a_known_name_is_no_first_name() -> None:
    # an unknown first name, learned as a surname after a title: the role compound before it
    # stays readable
    text = (
        "Voorzitter Sieuwke opent.\n- Sieuwke Kleinsmaat -\n"
        "Jeugdburgemeester Sieuwke Kleinsmaat is ook voorzitter."
    )
    assert _found(text) == [
        ("Sieuwke", "PERSOON"),
        ("Sieuwke Kleinsmaat", "PERSOON"),
        ("Sieuwke Kleinsmaat", "PERSOON"),
    ]
    assert role_compound("Kinderburgemeester")
    assert role_compound("Regiomoeder")
    assert not role_compound("Kooiman")  # a surname on "man": no role noun
    assert not role_compound("Wethouder")  # no compound: the role itself


def test_role_compound_before_a_region_stays_readable() -> None:
    text = "Sprekers waren Ilse Vennegoor, Regiomoeder Zuid-Holland-West bij ons, en Teun Olthof."
    found = _found(text)
    assert ("Ilse Vennegoor", "PERSOON") in found
    assert ("Teun Olthof", "PERSOON") in found
    assert not any("Regiomoeder" in t for t, _ in found)


def test_capitalised_word_hyphen_lowercase_noun_is_no_name() -> None:
    assert _found("Inmiddels is er een Instagram-pagina en er zijn al vrijwilligers.") == []
    assert _found("Op de groep staat de Kesteloo-methode centraal.") == []
    assert noun_headed_compound("Facebook-pagina")
    assert not noun_headed_compound("Kuiper-van")  # a double surname's particle
    assert not noun_headed_compound("Noord-Holland")


def test_one_abbreviation_before_another_is_no_name() -> None:
    assert _found("RECHTBANK\n\nReg. nr.: AWB 09/1234\n\nUITSPRAAK") == []
    assert _found("Uitspraak\n\nReg.nr.: AWB 09/1234") == []


def test_role_van_joined_place_is_the_place() -> None:
    text = "De ambtsketen van de burgemeester van Bergen op Zoom. Ook Bergen op Zoom doet mee."
    assert _found(text) == [("Bergen op Zoom", "PLAATS"), ("Bergen op Zoom", "PLAATS")]
    assert _found("De wethouder van Alphen aan den Rijn zegt het.") == [
        ("Alphen aan den Rijn", "PLAATS")
    ]
    assert joined_place_at("van Wijk bij Duurstede.", 4)
    assert not joined_place_at("van Bergen op Zoomweg", 4)
    assert _found("De wethouder van der Kwelder zegt het.") == [("van der Kwelder", "PERSOON")]


def test_number_in_brackets_on_a_later_line_is_no_age() -> None:
    assert _found("2 Bevindingen 9\n\nBijlagen\n\n(4)\n\nPagina 3") == []
    assert _found("Wij zagen Sanne (12) spelen.") == [("Sanne", "PERSOON")]


def test_title_and_two_initials_before_a_function_word_surname() -> None:
    assert _found("bijgestaan door mr. K.W. Vrij, advocaat.") == [("K.W. Vrij", "PERSOON")]
    # one initial after "mevrouw" and a sentence going on: an anonymised name, then "Ze"
    assert _found("de maat is vol voor mevrouw R. Ze verzoekt daarom hulp.") == []


def test_double_surname_with_te_after_the_hyphen_is_a_person() -> None:
    text = (
        "Voorzitter\n- Aukje van Dalfsen-te Wolde\n- Toelichting\n"
        "Kim is naast Aukje van Dalfsen-te Wolde ook voorzitter."
    )
    assert _found(text) == [
        ("Aukje van Dalfsen-te Wolde", "PERSOON"),
        ("Kim", "PERSOON"),
        ("Aukje van Dalfsen-te Wolde", "PERSOON"),
    ]
    text = "Het lid De Wijer-van der Kolk (CDA) stelde vragen."
    assert ("De Wijer-van der Kolk", "PERSOON") in _found(text)
    assert double_surnames("mevrouw Dalfsen-te Wolde zei", 0, 28) == [(8, 24)]
