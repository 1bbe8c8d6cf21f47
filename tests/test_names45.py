"""names45: an acronym in brackets right after a named organisation is that organisation's
short form (the lead's decision of 2026-12-05), on made-up sentences with exact spans.

wb already ties such an acronym to the organisation's placeholder; these tests pin it, and
the limits the decision keeps: bare "Bureau Jeugdzorg (BJZ)" stays readable, and an
acronym that is not the organisation's own stays apart.
"""

from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier(texts)[i]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


def test_generic_acronym_after_a_regional_bureau_is_the_bureau() -> None:
    text = "Het hof bekrachtigt de beschikking. Bureau Jeugdzorg Zeeland (BJZ) verzoekt hetzelfde."
    assert _spans([text]) == [
        ("Bureau Jeugdzorg Zeeland", "[ORGANISATIE-1]"),
        ("BJZ", "[ORGANISATIE-1]"),
    ]


def test_the_short_form_later_in_the_text_keeps_the_placeholder() -> None:
    text = "Bureau Jeugdzorg Drenthe (BJZ) heeft het gezin begeleid. Later nam BJZ de voogdij over."
    assert _spans([text]) == [
        ("Bureau Jeugdzorg Drenthe", "[ORGANISATIE-1]"),
        ("BJZ", "[ORGANISATIE-1]"),
        ("BJZ", "[ORGANISATIE-1]"),
    ]


def test_own_acronym_after_a_local_foundation_is_the_foundation() -> None:
    text = "Volgens Stichting Jeugdwerk Kralingen (SJK) groeit de groep. SJK zoekt vrijwilligers."
    assert _spans([text]) == [
        ("Stichting Jeugdwerk Kralingen", "[ORGANISATIE-1]"),
        ("SJK", "[ORGANISATIE-1]"),
        ("SJK", "[ORGANISATIE-1]"),
    ]


def test_bare_bureau_jeugdzorg_and_its_acronym_stay_readable() -> None:
    # the national kind of institution, not one named regional organisation (names36)
    text = "Het gezin werd begeleid door Bureau Jeugdzorg (BJZ) en later door de gemeente."
    assert _spans([text]) == []


def test_an_acronym_that_is_not_the_organisations_own_stays_apart() -> None:
    text = "Het gesprek met Stichting De Ooievaar (GGD) ging over de wachtlijst."
    assert _spans([text]) == [("Stichting De Ooievaar", "[ORGANISATIE-1]")]


def test_joint_arrangement_keeps_a_field_of_several_words() -> None:
    # legal form and field stay, the region goes (t527's reading, decided for t693 too)
    text = (
        "Zij is voorzitter van de Gemeenschappelijke regeling Publieke Gezondheid & Zorg "
        "Drenthe, een samenwerkingsverband van gemeenten."
    )
    assert _spans([text]) == [("Drenthe", "[PLAATS-1]")]


def test_joint_arrangement_with_a_field_of_one_word_is_as_before() -> None:
    text = "Het bestuur van de Gemeenschappelijke Regeling Jeugdhulp Twente besloot dat."
    assert _spans([text]) == [("Twente", "[PLAATS-1]")]


def test_joint_arrangement_field_words_without_a_region_after_them() -> None:
    from wb.dossiers.kept_mentions import _joint_arrangements

    text = "de Gemeenschappelijke Regeling Publieke Gezondheid & Zorg, zo heet het."
    # no capitalised word after the field's end: it stops at the last word a capital follows
    assert [k.text for k in _joint_arrangements(text)] == ["Gemeenschappelijke Regeling Publieke"]
    text = "de Gemeenschappelijke Regeling Publieke Gezondheid & Zorg Drenthe besloot"
    assert [k.text for k in _joint_arrangements(text)] == [
        "Gemeenschappelijke Regeling Publieke Gezondheid & Zorg"
    ]
