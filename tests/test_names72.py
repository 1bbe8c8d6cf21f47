"""names72 (themes round 16): two capitalised words before ", " and a role noun phrase are a
person also when an adjective or article opens the phrase ("bijzonder hoogleraar"), the role is
an academic position or a compound on a professional role, or a family role before "van"; the
learned surname then catches the bare surname after a speech verb. Made-up names."""

from wb.dossiers.person_appositions import apposition_persons
from wb.dossiers.pseudonymise import Pseudonymiser

LEAD = "Voor de kinderen is het belangrijk. "


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_an_adjective_before_an_academic_position_and_the_surname_after_zegt():
    text = (
        LEAD
        + "Kaas Wesp, bijzonder hoogleraar pedagogiek, onderzocht het. Het is zwaar, zegt Wesp."
    )
    assert _replaced(text) == [
        (36, 45, "Kaas Wesp", "[PERSOON-1]"),
        (115, 119, "Wesp", "[PERSOON-1]"),
    ]


def test_an_academic_position_and_the_surname_after_volgens():
    text = LEAD + "Kaas Wesp, hoogleraar pedagogiek, onderzocht het. Volgens Wesp is het zwaar."
    assert _replaced(text) == [
        (36, 45, "Kaas Wesp", "[PERSOON-1]"),
        (94, 98, "Wesp", "[PERSOON-1]"),
    ]


def test_a_family_role_before_van_and_the_surname_after_aldus():
    text = LEAD + "Kaas Wesp, moeder van twee kinderen, vertelt. Het is zwaar, aldus Wesp."
    assert _replaced(text) == [
        (36, 45, "Kaas Wesp", "[PERSOON-1]"),
        (102, 106, "Wesp", "[PERSOON-1]"),
    ]


def test_an_article_and_an_adjective_before_a_professional_role():
    text = LEAD + "Kaas Wesp, de klinisch psycholoog van het team, vertelt."
    assert _replaced(text) == [(36, 45, "Kaas Wesp", "[PERSOON-1]")]


def test_a_compound_on_a_professional_role():
    text = LEAD + "Kaas Wesp, kinderpsycholoog, vertelt."
    assert [(m.start, m.end, m.source) for m in apposition_persons(text)] == [
        (36, 45, "apposition")
    ]


def test_a_verb_after_the_comma_is_no_role():
    text = LEAD + "Kaas Wesp, zegt de psycholoog, vertelt."
    assert apposition_persons(text) == []


def test_a_family_role_without_van_and_an_institution_are_no_person():
    assert apposition_persons(LEAD + "Kaas Wesp, moeder en vader praten.") == []
    text = LEAD + "Jeugdzorg Nederland, het ministerie van Justitie en de wethouder praten."
    assert _replaced(text) == []
