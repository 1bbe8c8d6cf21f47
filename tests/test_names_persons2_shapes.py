"""names-persons: shapes of missed persons and replaced words that recur across rounds, on
snippets written here (made-up names)."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier
from wb.dossiers.person_outline import cum_suis, outline_item, surname_after_particle


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_cum_suis_after_a_member_is_no_initials_of_the_next_line() -> None:
    text = "Nr. 7\nMOTIE VAN HET LID WOLTERINK C.S.\nVoorgesteld 3 maart 2021\nDe Kamer,"
    assert _found(text) == [("WOLTERINK", "PERSOON")]
    assert cum_suis(text, text.index("C.S."))


def test_initials_c_s_before_a_surname_on_the_same_line_stay_a_person() -> None:
    text = "Aanwezig: C.S. Brouwersma en dhr. P. Lint."
    assert _found(text) == [("C.S. Brouwersma", "PERSOON"), ("P. Lint", "PERSOON")]
    assert not cum_suis(text, text.index("C.S."))


def test_a_lettered_outline_item_is_no_initial_and_its_heading_is_not_learned() -> None:
    text = (
        "3. Actiepunten, mededelingen en stukken\n\nA. Actiepunten\n\n- Joost belt.\n\n"
        "C. Mededelingen:\n\n- geen"
    )
    assert _found(text) == [("Joost", "PERSOON")]
    assert outline_item(text, text.index("A. Actiepunten"))
    assert outline_item(text, text.index("C. Mededelingen"))


def test_initials_and_a_listed_surname_alone_on_a_line_stay_a_person() -> None:
    text = "Ondertekend:\nA. Visser\n"
    assert _found(text) == [("A. Visser", "PERSOON")]
    assert not outline_item(text, text.index("A. Visser"))


def test_a_motion_signer_line_with_a_first_name_does_not_end_the_list() -> None:
    text = (
        "en gaat over tot de orde van de dag.\n\nBakkerman\n\nPieter van Kwartel\n\nKroos\n\n"
        "Westerling\n\nNr. 8"
    )
    assert _found(text) == [
        ("Bakkerman", "PERSOON"),
        ("Pieter van Kwartel", "PERSOON"),
        ("Kroos", "PERSOON"),
        ("Westerling", "PERSOON"),
    ]


def test_a_signer_list_still_ends_at_a_line_that_is_no_name() -> None:
    text = "en gaat over tot de orde van de dag.\n\nPieter van Kwartel\n\nDe Kamer besluit\n"
    assert _found(text) == [("Pieter van Kwartel", "PERSOON")]


def test_a_first_name_after_a_name_and_its_particle_is_the_surname() -> None:
    text = "vertelt Mirelle van Wiebe van de kwekerij. Zo legt Van Wiebe uit."
    assert _found(text) == [("Mirelle van Wiebe", "PERSOON"), ("Van Wiebe", "PERSOON")]
    assert surname_after_particle(text, text.index("Wiebe"))
    text = "de dochter van Marieke zei dat."
    assert _found(text) == [("Marieke", "PERSOON")]
    assert not surname_after_particle(text, text.index("Marieke"))


def test_a_common_first_name_added_from_general_knowledge_opens_a_name() -> None:
    text = "Het woord is aan Tjeerd Molen. Tjeerd zegt dat het klopt."
    assert _found(text) == [("Tjeerd Molen", "PERSOON"), ("Tjeerd", "PERSOON")]


def test_a_first_name_right_after_an_unknown_opening_name_is_its_surname() -> None:
    text = "Toen kwam Zarina Wiebe binnen."
    assert _found(text) == [("Zarina Wiebe", "PERSOON")]
    assert surname_after_particle(text, text.index("Wiebe"))
    text = "Ouders MR Tom Kwast Bram Ter Hooge Henk van Kwartel Afwezig"
    assert not surname_after_particle(text, text.index("Henk"))
