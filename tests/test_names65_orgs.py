"""names65 (organisations after round 48): a capitalised club or association compound before a
name ("Voetbalvereniging X") is one organisation; "SC" is a club's kind like "VV"; "Stichting X
gemeente <place>" is one name; a party's short form defined by "Partijen zullen hierna ... en X
genoemd" is that party; a quoted name after a club building's compound ("clubhuis ‘De X’") is the
venue; an institution's kind before places at a sentence start ("Bibliotheek X en Y
organiseren") is that institution. Made-up names (real places only where a place must be known)."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_club_compound_and_its_name_are_one_organisation():
    text = (
        "Het toernooi was in Gouda. Voetbalvereniging Gouda was gastheer, met vrijwilligers van "
        "Hockeyclub Kwarstad. De Speeltuinvereniging ’t Kwakkeltje hielp."
    )
    assert _replaced(text) == [
        (20, 25, "Gouda", "[PLAATS-1]"),
        (27, 50, "Voetbalvereniging Gouda", "[ORGANISATIE-1]"),
        (87, 106, "Hockeyclub Kwarstad", "[ORGANISATIE-2]"),
        (134, 144, "Kwakkeltje", "[ORGANISATIE-3]"),
    ]


def test_sc_is_a_clubs_kind_but_not_a_postcodes_letters():
    assert _replaced("Ik speel bij SC Kwarrel en doe dat al zeven jaar.") == [
        (13, 23, "SC Kwarrel", "[ORGANISATIE-1]")
    ]
    assert _replaced("Het adres is 2665 SC GOUDA.") == [(13, 20, "2665 SC", "[POSTCODE-1]")]


def test_a_foundation_named_with_gemeente_and_its_place_is_one_name():
    text = "De buurtsportcoach van de Stichting Welzijn gemeente Gouda begeleidt de werkgroep."
    assert _replaced(text) == [(26, 58, "Stichting Welzijn gemeente Gouda", "[ORGANISATIE-1]")]


def test_the_parties_formula_defines_the_short_form_of_a_party():
    text = (
        "tegen de stichting STICHTING KWB ZEELAND EN DRENTHE, gevestigd te Gouda, verweerster.\n\n"
        "Partijen zullen hierna [verzoekster] en KWB worden genoemd.\n\n"
        "KWB is het bevoegd gezag van de school."
    )
    assert _replaced(text) == [
        (9, 51, "stichting STICHTING KWB ZEELAND EN DRENTHE", "[ORGANISATIE-1]"),
        (66, 71, "Gouda", "[PLAATS-1]"),
        (127, 130, "KWB", "[ORGANISATIE-1]"),
        (148, 151, "KWB", "[ORGANISATIE-1]"),
    ]


def test_a_quoted_name_after_a_club_building_is_the_venue():
    text = (
        "Stichting Kwakgroep gebruikt clubhuis ‘De Kameel’ en Stichting Kwik het clubhuis "
        "‘De Ster’ in Gouda."
    )
    assert _replaced(text) == [
        (0, 19, "Stichting Kwakgroep", "[ORGANISATIE-1]"),
        (42, 48, "Kameel", "[ORGANISATIE-2]"),
        (53, 67, "Stichting Kwik", "[ORGANISATIE-3]"),
        (85, 89, "Ster", "[ORGANISATIE-4]"),
        (94, 99, "Gouda", "[PLAATS-1]"),
    ]


def test_an_institutions_kind_before_places_at_a_sentence_start():
    text = (
        "Regionale voorronde\n\nBibliotheek Ede en Wageningen organiseren op 12 februari een rit."
    )
    assert _replaced(text) == [(21, 50, "Bibliotheek Ede en Wageningen", "[ORGANISATIE-1]")]
