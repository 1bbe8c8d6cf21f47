"""names66 (after round 48): an inflected adjective after a capital particle before a capitalised
word is a title's, no surname ("De Nationale Sportdag"); a bylaw defined with a short form is no
organisation; a lowercase royal title opens a school's compound; a registry code after a case
number is no name; schools named by their teams in a tournament's results; a trigger's place
ends before a first name; a one-word fallback person right after a person with a first name ends
that name. Made-up names."""

from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_an_adjective_after_a_capital_particle_opens_a_title_not_a_surname():
    text = (
        "Het is de regionale voorronde van De Nationale Sportdag. "
        "Wij gaan in mei naar De Nationale Sportdag."
    )
    assert _replaced(text) == []


def test_a_known_surname_after_a_capital_particle_stays_a_name():
    text = "Het gesprek met Hans De Jonge ging goed."
    assert _replaced(text) == [(16, 29, "Hans De Jonge", "[PERSOON-1]")]


def test_a_bylaw_defined_with_a_short_form_is_kept_and_its_place_replaced():
    text = (
        "Dit is op grond van artikel 2.3 van de Algemene Plaatselijke Verordening Utrecht "
        "(hierna: APV) verleend. De APV geldt."
    )
    assert _replaced(text) == [(73, 80, "Utrecht", "[PLAATS-1]")]


def test_a_lowercase_royal_title_opens_a_school_compound():
    text = "De winnaar was Sanne Kwarts van de prinses Kwarviaschool, die voorlas."
    assert _replaced(text) == [
        (15, 27, "Sanne Kwarts", "[PERSOON-1]"),
        (35, 56, "prinses Kwarviaschool", "[SCHOOL-1]"),
    ]


def test_a_registry_code_after_a_case_number_is_no_name():
    text = "Reg.nrs.: AWB 07/1234 WW44, 07/5678 BSTPL; reg. nr. 07/1234 WW44."
    assert _replaced(text) == []


def test_schools_named_by_their_teams_in_a_tournament_result():
    text = (
        "De winnaars: Groep 5 jongens: Kwikvink 2, Groep 6 meiden: De Kwarvelaar 1, "
        "Groep 7/8 jongens: Het Kwartet 3."
    )
    assert _replaced(text) == [
        (30, 38, "Kwikvink", "[SCHOOL-1]"),
        (61, 71, "Kwarvelaar", "[SCHOOL-2]"),
        (98, 105, "Kwartet", "[SCHOOL-3]"),
    ]


def test_a_trigger_place_ends_before_a_first_name():
    text = '"Het is mooi", laat sportcoach gemeente Oosterhout Lieke Kwarts weten.'
    assert _replaced(text) == [
        (40, 50, "Oosterhout", "[PLAATS-1]"),
        (51, 63, "Lieke Kwarts", "[PERSOON-1]"),
    ]


def test_a_fallback_word_after_a_named_person_ends_that_name():
    text = (
        "Het team wordt begeleid door buurtsportcoach Bart Brandts Kwerps van de stichting. "
        "Later zei Kwerps dat het goed ging."
    )
    assert _replaced(text) == [
        (45, 64, "Bart Brandts Kwerps", "[PERSOON-1]"),
        (93, 99, "Kwerps", "[PERSOON-1]"),
    ]
