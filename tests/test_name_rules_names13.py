"""Name rules from reading round 13 (names13): exact spans on made-up sentences."""

from wb.dossiers.entities import detect_dossier


def spans(text: str) -> list[tuple[str, str]]:
    """(text, type) of every mention found in one text."""
    return [(m.text, m.type) for m in detect_dossier([text])[0]]


def test_province_at_sentence_start_whose_lowercase_is_only_a_misspelling():
    text = "Zeeland kiest een nieuwe aanpak. De gemeenten in Zeeland werken samen."
    assert spans(text) == [("Zeeland", "PLAATS"), ("Zeeland", "PLAATS")]


def test_capitalised_preposition_before_particle_and_learned_surname_stays():
    text = "Wethouder Piet de Graaf sprak. In de Graaf zijn rapport staat weinig."
    found = detect_dossier([text])[0]
    assert [(m.text, m.type) for m in found] == [
        ("Piet de Graaf", "PERSOON"),
        ("de Graaf", "PERSOON"),
    ]
    assert found[1].start == text.index("de Graaf zijn")


def test_role_word_before_member_with_party_is_not_part_of_the_name():
    text = "De vragen van het Kamerlid Jorritsma (VVD) worden later beantwoord."
    found = detect_dossier([text])[0]
    assert [(m.text, m.type) for m in found] == [("Jorritsma", "PERSOON")]
    assert found[0].start == text.index("Jorritsma")


def test_short_capitalised_head_before_lowercase_word_is_an_ordinary_compound():
    text = "Ze vindt het jammer dat het Wmo-onderwerp nog niet af is, zegt Ans-Marie."
    assert spans(text) == [("Ans-Marie", "PERSOON")]


def test_abbreviations_of_legal_sources_and_the_jeugdwet_stay():
    text = (
        "Zie Stb. 2014, 105 en Rb. Den Haag 22 oktober 2019; een aanwijzing op grond van de "
        "Jeugdwet (Jw) aan mevrouw Verhoef."
    )
    assert spans(text) == [("Den Haag", "PLAATS"), ("Verhoef", "PERSOON")]
