"""names44: a region's name of a point of the compass and a part (the synthetic notulen's
invented region in headings), on made-up sentences with exact spans."""

from wb.dossiers.entity_data import is_ordinary
from wb.dossiers.place_names import compass_places
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(texts: list[str], i: int = -1) -> list[tuple[str, str]]:
    result = Pseudonymiser().dossier(texts)[i]
    return [(result.original[r[0] : r[1]], r[5]) for r in result.replacements]


def test_compass_word_and_a_part_is_no_guessed_compound() -> None:
    # "zuider" + "braak" made it ordinary; no dictionary knows the word as written
    assert not is_ordinary("Zuiderbraak") and not is_ordinary("OOSTERKWELM")
    assert not is_ordinary("Westerkolk")


def test_dictionary_compass_words_stay_ordinary() -> None:
    assert is_ordinary("Noorderlicht") and is_ordinary("Westerse") and is_ordinary("Noordkant")
    assert is_ordinary("zuiderbraak")  # in lowercase: no name is written so
    assert is_ordinary("Noordgemeenten")  # a plural after the point: the municipalities there


def test_region_at_the_end_of_a_heading_in_capitals() -> None:
    text = "LEERGROEP OUDERS & OPVOEDING OOSTERKWELM\nVerslag van de bijeenkomst op 3 maart."
    assert _spans([text]) == [("OOSTERKWELM", "[PLAATS-1]")]


def test_region_at_the_end_of_a_title_case_heading() -> None:
    text = "Werkgroep Jeugd – Leergroep Kind & Ouder Oosterkwelm\nWe spraken over de wachtlijst."
    assert _spans([text]) == [("Oosterkwelm", "[PLAATS-1]")]


def test_plain_noun_then_the_region_leaves_the_noun_readable() -> None:
    # "Leernetwerk X": no organisation's name of a run; the region goes alone
    text = "Verslag Leernetwerk Oosterkwelm\nWe spraken over de wachtlijst."
    assert _spans([text]) == [("Oosterkwelm", "[PLAATS-1]")]


def test_adjective_of_a_compass_place_is_that_place() -> None:
    text = "Zij woont in Zuiderbraak. De Zuiderbraakse scholen zijn goed."
    assert _spans([text]) == [("Zuiderbraak", "[PLAATS-1]"), ("Zuiderbraakse", "[PLAATS-1]")]


def test_capitals_and_title_case_share_the_placeholder() -> None:
    text = "OVERLEG ZUIDERBRAAK\nHet overleg in Zuiderbraak begon om negen uur."
    assert _spans([text]) == [("ZUIDERBRAAK", "[PLAATS-1]"), ("Zuiderbraak", "[PLAATS-1]")]


def test_compass_places_leaves_dictionary_words_and_known_names() -> None:
    text = "Het Noorderlicht, de Westerse landen, de Noordwijken en de Noordkant bij Oosterpoort."
    assert compass_places(text) == []
    found = compass_places("de kinderen uit Westerkolk en Noorderhaam")
    assert [(m.start, m.end, m.type) for m in found] == [(16, 26, "PLAATS"), (30, 41, "PLAATS")]
