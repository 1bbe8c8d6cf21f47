"""names-policy6: a school's plain level ("Basisschool", "Scholengemeenschap", "Lyceum") is a
kind word to keep before the school's name, as every other kind word; a house number is part of
an address, so each number of one street is its own address; a bare street is the address of its
one number in the dossier, else its own. Made-up names."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_primary_schools_level_stays_readable_before_its_name():
    text = "De intern begeleider van Basisschool De Kwakelboom belde op maandag."
    assert _replaced(text) == [(37, 50, "De Kwakelboom", "[SCHOOL-1]")]


def test_a_school_level_at_a_sentence_start_stays_readable():
    text = "Basisschool De Kwakelboom meldt dat Sem vaak te laat komt."
    assert _replaced(text) == [
        (12, 25, "De Kwakelboom", "[SCHOOL-1]"),
        (36, 39, "Sem", "[PERSOON-1]"),
    ]


def test_secondary_school_levels_stay_readable_before_their_names():
    assert _replaced("Hij zit op Scholengemeenschap Het Kwelder in de brugklas.") == [
        (30, 41, "Het Kwelder", "[SCHOOL-1]")
    ]
    assert _replaced("Daarna gaat zij naar Lyceum De Kwakelboom.") == [
        (28, 41, "De Kwakelboom", "[SCHOOL-1]")
    ]


def test_a_kind_adjective_before_school_stays_readable():
    text = "Na de zomer start Brede School De Kwakelboom met een nieuwe groep."
    assert _replaced(text) == [(31, 44, "De Kwakelboom", "[SCHOOL-1]")]


def test_two_numbers_of_one_street_are_two_addresses():
    text = (
        "Het gezin woonde aan de Kwartelhoflaan 14 in Sluisdam. Later verhuisde het naar "
        "Kwartelhoflaan 16. De Kwartelhoflaan 14 werd verkocht."
    )
    assert _replaced(text) == [
        (24, 41, "Kwartelhoflaan 14", "[ADRES-1]"),
        (45, 53, "Sluisdam", "[PLAATS-1]"),
        (80, 97, "Kwartelhoflaan 16", "[ADRES-2]"),
        (102, 119, "Kwartelhoflaan 14", "[ADRES-1]"),
    ]


def test_a_bare_street_is_the_address_of_its_one_number():
    text = "Zij woont op Kwartelpad 3 te Sluisdam. Op het Kwartelpad is het rustig."
    assert _replaced(text) == [
        (13, 25, "Kwartelpad 3", "[ADRES-1]"),
        (29, 37, "Sluisdam", "[PLAATS-1]"),
        (46, 56, "Kwartelpad", "[ADRES-1]"),
    ]


def test_a_bare_street_of_two_numbers_is_its_own_address():
    text = "Vader woont aan de Kwartelpad 3 en moeder aan de Kwartelpad 7. Het Kwartelpad is smal."
    assert _replaced(text) == [
        (19, 31, "Kwartelpad 3", "[ADRES-1]"),
        (49, 61, "Kwartelpad 7", "[ADRES-2]"),
        (67, 77, "Kwartelpad", "[ADRES-3]"),
    ]
