"""names-persons2: persons caught in part, widened over a neighbour that the shape of the
sentence shows is part of the name (made-up names)."""

from __future__ import annotations

from wb.dossiers.entities import detect_dossier


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in detect_dossier([text])[0]]


def test_a_capitalised_dictionary_word_before_a_surname_inside_a_sentence_is_its_first_name() -> (
    None
):
    text = (
        "Elke ochtend zwaait Joke Kwartelsma uit Hoogezand haar zoon uit. "
        "Volgens mevrouw Kwartelsma is het spannend."
    )
    assert _found(text) == [
        ("Joke Kwartelsma", "PERSOON"),
        ("Hoogezand", "PLAATS"),
        ("Kwartelsma", "PERSOON"),
    ]


def test_a_capitalised_word_after_a_one_word_name_inside_a_sentence_is_its_surname() -> None:
    text = (
        "Een samenwerking is aangegaan. Dico Baars van de partij heeft de verhalen gelezen. "
        "Baars vond het goed."
    )
    assert _found(text) == [("Dico Baars", "PERSOON"), ("Baars", "PERSOON")]


def test_a_noun_after_a_determiner_a_role_compound_and_a_language_stay_outside_the_name() -> None:
    text = "De eerste spreker is de heer Wolterink van de Groep Wolterink."
    assert _found(text) == [("Wolterink", "PERSOON"), ("Wolterink", "PERSOON")]
    text = "Sprekers waren Anouk de Kwartel, Regiomoeder Zuid-Holland-West bij de stichting."
    assert ("Anouk de Kwartel", "PERSOON") in _found(text)
    assert all("Regiomoeder" not in span for span, _ in _found(text))
    assert _found("Dat zegt Marianne Duits uit Leerdam.") == [
        ("Marianne", "PERSOON"),
        ("Leerdam", "PLAATS"),
    ]


def test_initials_before_a_name_taken_without_them_join_it() -> None:
    text = (
        "Aanwezig: D.C. Kwartel (GroenLinks), H.L.G. Moïze de Kwartelaar (D66), H.G. Bulten (CDA)."
    )
    assert _found(text) == [
        ("D.C. Kwartel", "PERSOON"),
        ("H.L.G. Moïze de Kwartelaar", "PERSOON"),
        ("H.G. Bulten", "PERSOON"),
    ]


def test_a_listed_name_after_initials_keeps_its_last_capitalised_word() -> None:
    text = "Leden: S. Brouwer, J. Kwartel Slot, E. van Heugten."
    assert _found(text) == [
        ("S. Brouwer", "PERSOON"),
        ("J. Kwartel Slot", "PERSOON"),
        ("E. van Heugten", "PERSOON"),
    ]


def test_a_surname_in_capitals_after_a_title_in_ordinary_case_is_a_person() -> None:
    text = "De heer DE KWARTEL is bevreesd, dat het niet lukt. Mevrouw KWAK-BOS stelt voor."
    assert _found(text) == [("DE KWARTEL", "PERSOON"), ("KWAK-BOS", "PERSOON")]
    assert _found("Aanwezig: de heer CDA en mevrouw Lint.") == [("Lint", "PERSOON")]


def test_an_abbreviated_first_name_counts_as_initials() -> None:
    text = "een voorstel van de heer Fr. van Dommelsteijn over het zwemmen."
    assert _found(text) == [("Fr. van Dommelsteijn", "PERSOON")]


def test_a_signature_line_with_a_role_after_the_comma_takes_the_first_name() -> None:
    text = (
        "Indiener\nC.G. van der Kwak, Tweede Kamerlid -\nMedeindiener\nDon Kwartel, Kamerlid\n"
        "Stemmingsuitslagen\nDe heer Kwartel stemde voor."
    )
    assert _found(text) == [
        ("C.G. van der Kwak", "PERSOON"),
        ("Don Kwartel", "PERSOON"),
        ("Kwartel", "PERSOON"),
    ]
