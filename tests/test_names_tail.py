"""names-tail (2026-12-07): guards against merges found on the develop rounds (<= 58).

* two persons with one surname and initials that start with other letters ("A.R. Kwarthoorn",
  "P.L. Kwarthoorn") are two persons, each with a placeholder of its own;
* a person's residence after "te" ("G.M.J. Kwarters te Joppe") is no part of the name: the
  person ends before "te", the place is a PLAATS; "te" right after initials or a first name
  opens a surname ("J. te Velde", "Jan te Winkel") and stays; an organisation or place run
  that ends in "in <place>" ends before "in".

Made-up names (a real place only where one must be known), exact spans and placeholders."""

from wb.dossiers.mentions import Mention
from wb.dossiers.person_initials_guard import first_initial, other_initials
from wb.dossiers.person_residence import cut_residence
from wb.dossiers.pseudonymise import Pseudonymiser


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_namesakes_with_other_initials_get_two_placeholders():
    text = (
        "Aanwezig: de heer A.R. Kwarthoorn (VVD) en de heer P.L. Kwarthoorn (CDA). "
        "De heer A. Kwarthoorn opent."
    )
    assert _replaced(text) == [
        (18, 33, "A.R. Kwarthoorn", "[PERSOON-1]"),
        (51, 66, "P.L. Kwarthoorn", "[PERSOON-2]"),
        (82, 95, "A. Kwarthoorn", "[PERSOON-1]"),
    ]


def test_the_first_letter_of_initials_decides():
    assert first_initial("Th.H.M.") == "t"
    assert first_initial("A. R.") == "a"
    assert first_initial("") == ""
    earlier = [Mention(0, 5, "PERSOON", "A.R. Bos", 3, initials="A.R.")]
    assert other_initials(Mention(9, 16, "PERSOON", "P. Bos", 3, initials="P."), earlier)
    assert not other_initials(Mention(9, 16, "PERSOON", "A. Bos", 3, initials="A."), earlier)
    assert not other_initials(Mention(9, 16, "PERSOON", "Bos", 3), earlier)  # no initials
    bare = [Mention(0, 3, "PERSOON", "Bos", 3)]
    assert not other_initials(Mention(9, 16, "PERSOON", "P. Bos", 3, initials="P."), bare)


def test_a_residence_after_te_is_a_place_of_its_own():
    text = "De heer G.M.J. Kwarters te Joppe, verzoeker. Kwarters woont sinds 2010 in Joppe."
    assert _replaced(text) == [
        (8, 23, "G.M.J. Kwarters", "[PERSOON-1]"),
        (27, 32, "Joppe", "[PLAATS-1]"),
        (45, 53, "Kwarters", "[PERSOON-1]"),
        (74, 79, "Joppe", "[PLAATS-1]"),
    ]


def test_te_that_opens_a_surname_stays_in_the_name():
    text = "de heer J. te Velde en Jan te Winkel kwamen ook."
    assert _replaced(text) == [
        (8, 19, "J. te Velde", "[PERSOON-1]"),
        (23, 36, "Jan te Winkel", "[PERSOON-2]"),
    ]
    # an unknown word after "te" is no residence: the mention stays as it was
    text = "mevrouw A. Kwarters te Kwarvliet"
    whole = Mention(8, 32, "PERSOON", text[8:32], 3, "title-role", surname="kwarters te kwarvliet")
    assert cut_residence(text, [whole]) == [whole]


def test_an_organisation_or_place_run_ends_before_in_and_a_place():
    text = "Sinds september werkt zij bij Kwarvik Zorg in Rotterdam. In Rotterdam is het druk."
    assert _replaced(text) == [
        (30, 42, "Kwarvik Zorg", "[ORGANISATIE-1]"),
        (46, 55, "Rotterdam", "[PLAATS-1]"),
        (60, 69, "Rotterdam", "[PLAATS-1]"),
    ]
    text = "De gemeente Borger-Odoorn in Drenthe heeft geld. Drenthe betaalt."
    assert _replaced(text) == [
        (12, 25, "Borger-Odoorn", "[PLAATS-1]"),
        (29, 36, "Drenthe", "[PLAATS-2]"),
        (49, 56, "Drenthe", "[PLAATS-2]"),
    ]
