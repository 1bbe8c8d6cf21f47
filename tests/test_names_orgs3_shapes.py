"""names-orgs3: organisation shapes missed or leaked across the names tune rounds (bench/README.md,
names-orgs3), on made-up snippets: a national party's cut short form in a member list ("GrLi",
"GrL", "ChrU") is kept, while a local party's acronym in the same slot is still replaced."""

from wb.dossiers.entities import detect_dossier
from wb.dossiers.org_party_short_forms import national_short_form


def _spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.type, m.text) for m in detect_dossier([text])[0]]


def test_cut_national_party_in_a_member_list_is_kept():
    text = "Aanwezig: mr. L.J. Kwarvink (LKP), drs. R.W. Doppenberg (GrLi), H. Smeets (VVD)."
    assert _spans(text) == [
        (14, 27, "PERSOON", "L.J. Kwarvink"),
        (29, 32, "ORGANISATIE", "LKP"),
        (40, 55, "PERSOON", "R.W. Doppenberg"),
        (64, 73, "PERSOON", "H. Smeets"),
    ]


def test_cut_national_party_after_a_first_name_is_kept():
    text = (
        "Lian Kwarvink (ChrU) betoogde dat het anders moet. Sjoerd Doppenberg (GrL) prees de "
        "jongeren."
    )
    assert _spans(text) == [
        (0, 13, "PERSOON", "Lian Kwarvink"),
        (51, 68, "PERSOON", "Sjoerd Doppenberg"),
    ]


def test_local_party_beside_a_cut_national_party_is_replaced():
    text = "Raadslid Anna Kwarvink (SLK) en raadslid Bert Doppenberg (GrLi) stelden vragen."
    assert _spans(text) == [
        (9, 22, "PERSOON", "Anna Kwarvink"),
        (24, 27, "ORGANISATIE", "SLK"),
        (41, 56, "PERSOON", "Bert Doppenberg"),
    ]


def test_which_forms_are_cut_national_parties():
    cut = ("GrLi", "GrL", "ChrU", "ChU", "GroenLi")
    assert [national_short_form(a) for a in cut] == [True] * 5
    # too short, listed already, in capitals, the whole party, or no party's parts
    other = ("Gr", "GL", "CU", "GroenLinks", "LB", "GrB", "KwLi")
    assert [national_short_form(a) for a in other] == [False] * 7
