"""names-orgs4: a local organisation's capitalised words that end in its place, then its acronym
in brackets whose letters fit them (bench/README.md, names-orgs4), on made-up names."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_acronym_runs import bracket_run_mentions


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def test_party_ending_in_its_place_before_its_acronym_is_one_name():
    text = (
        "Volgens de Bewonerspartij Kwarlust Zwolle (BKZ) moet de speeltuin blijven. "
        "BKZ dient een motie in."
    )
    assert _spans(text) == [
        (11, 41, "ORGANISATIE", "Bewonerspartij Kwarlust Zwolle"),
        (43, 46, "ORGANISATIE", "BKZ"),
        (75, 78, "ORGANISATIE", "BKZ"),
    ]


def test_foundation_with_gemeente_and_its_place_before_its_acronym():
    text = (
        "Het college geeft een bedrag aan de Stichting Speelruimte gemeente Deventer (SSD) "
        "voor haar lokalen."
    )
    assert _spans(text) == [
        (36, 75, "ORGANISATIE", "Stichting Speelruimte gemeente Deventer"),
        (77, 80, "ORGANISATIE", "SSD"),
    ]


def test_national_bodies_and_acronyms_that_do_not_fit_stay_as_before():
    national = (
        "De Vereniging van Nederlandse Gemeenten (VNG) is het niet eens met de Raad voor de "
        "Kinderbescherming (RvdK)."
    )
    assert bracket_run_mentions(national) == []
    assert _spans(national) == []
    other = "De Stichting Speelruimte gemeente Deventer (XQ) voor haar lokalen."
    assert bracket_run_mentions(other) == []
    # the bracket rule does not fit ("XQ"); names65's "Stichting X gemeente <place>" reads the
    # foundation whole since
    assert _spans(other) == [(3, 42, "ORGANISATIE", "Stichting Speelruimte gemeente Deventer")]


def test_the_whole_name_is_learned_for_its_mentions_without_the_acronym():
    from wb.dossiers.pseudonymise import Pseudonymiser

    text = (
        "De Bewonerspartij Kwarlust Zwolle (BKZ) wil een speeltuin. Bewonerspartij Kwarlust "
        "Zwolle vindt dat de wethouder moet kiezen."
    )
    rows = Pseudonymiser().dossier([text])[0].replacements
    assert [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in rows] == [
        (3, 33, "Bewonerspartij Kwarlust Zwolle", "[ORGANISATIE-1]"),
        (35, 38, "BKZ", "[ORGANISATIE-1]"),
        (59, 89, "Bewonerspartij Kwarlust Zwolle", "[ORGANISATIE-1]"),
    ]


def test_two_names_defining_the_same_acronym_share_one_placeholder():
    from wb.dossiers.pseudonymise import Pseudonymiser

    text = (
        "De gemeente steunt de Stichting Speelruimte gemeente Deventer (SSD) met een bedrag. "
        "Later bleek dat de Stichting Speelcentrum Deventer (SSD) meer ruimte nodig had."
    )
    rows = Pseudonymiser().dossier([text])[0].replacements
    assert [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in rows] == [
        (22, 61, "Stichting Speelruimte gemeente Deventer", "[ORGANISATIE-1]"),
        (63, 66, "SSD", "[ORGANISATIE-1]"),
        (103, 134, "Stichting Speelcentrum Deventer", "[ORGANISATIE-1]"),
        (136, 139, "SSD", "[ORGANISATIE-1]"),
    ]
