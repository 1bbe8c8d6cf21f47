"""names41: a learned name in quotes, and a name written once with a plural ending."""

from wb.dossiers.pseudonymise import Pseudonymiser
from wb.dossiers.word_index import alone_in_quotes, opening_quote


def _spans(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier(texts)[i]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


PARENT = "Mevrouw Jansje Kloosterboer is de moeder van Daan."


def test_learned_surname_in_straight_quotes() -> None:
    spans = _spans([PARENT, "Later sprak 'Kloosterboer' met de school."])
    assert spans == [("Kloosterboer", "[PERSOON-1]")]


def test_learned_first_name_in_straight_quotes() -> None:
    spans = _spans([PARENT, "Ouders vinden 'Jansje' een goede keuze."])
    assert spans == [("Jansje", "[PERSOON-1]")]


def test_place_in_straight_quotes() -> None:
    spans = _spans(["Het gezin woont in Zoeterwoude.", "Wij vinden 'Zoeterwoude' een fijn dorp."])
    assert spans == [("Zoeterwoude", "[PLAATS-1]")]


def test_school_title_name_alone_in_curly_quotes() -> None:
    text = "Schoolgids\nRKBS Mariadonk\nOuders beslissen of ‘Mariadonk’ een goede school is."
    spans = _spans([text])
    assert spans == [("Mariadonk", "[SCHOOL-1]"), ("Mariadonk", "[SCHOOL-1]")]


def test_school_title_name_alone_in_double_quotes() -> None:
    spans = _spans(["Schoolgids\nRKBS Mariadonk\nWelkom.", 'Ouders vinden "Mariadonk" fijn.'])
    assert spans == [("Mariadonk", "[SCHOOL-1]")]


def test_elision_apostrophe_still_joins() -> None:
    # "d'Kloosterboer" is no quote: the apostrophe glues the word to the letter before it
    assert not opening_quote("d'Kloosterboer", 1)
    assert opening_quote(" 'Kloosterboer'", 1)
    assert opening_quote("'Kloosterboer'", 0)


def test_alone_in_quotes_needs_the_closing_quote() -> None:
    text = "‘Zorg dat je komt’, zei ze. ‘Zorg’ is een woord."
    assert not alone_in_quotes(text, 1, 5)
    assert alone_in_quotes(text, 29, 33)


def test_plural_of_a_name_is_the_same_entity() -> None:
    text = (
        "Goelema stelt vragen over Flevostate. De gemeente heeft een nieuw contract "
        "afgesloten met Flevostaten."
    )
    assert _spans([text]) == [
        ("Goelema", "[PERSOON-1]"),
        ("Flevostate", "[PERSOON-2]"),
        ("Flevostaten", "[PERSOON-2]"),
    ]


def test_two_known_surnames_stay_two_persons() -> None:
    # "Jansen" is a surname of its own, no plural of "Jans"
    text = "Meneer Piet Jans en mevrouw Anna Jansen kwamen. Jans en Jansen waren boos."
    spans = _spans([text])
    assert spans == [
        ("Piet Jans", "[PERSOON-1]"),
        ("Anna Jansen", "[PERSOON-2]"),
        ("Jans", "[PERSOON-1]"),
        ("Jansen", "[PERSOON-2]"),
    ]
