"""Lists of authors in a bracketed reference: every name is a surname, dictionary words too.

Found by the first measurement of themes round 21 (2026-12-07 17:07 UTC): the last of four
authors in a reference "(A, B, C & D, 2014)", a surname that is also a Dutch word, stayed readable
in a theme quote; the other three were replaced. The snippets here are made up.
"""

from __future__ import annotations

import pytest

from wb.dossiers.pseudonymise import pseudonymise_dossier


def replaced(text: str) -> str:
    return pseudonymise_dossier([text])[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dictionary word last in a list with names no dictionary knows
        (
            "De zorgvraag groeit (Woltering, Pasman, Egberts & Kraai, 2014).",
            "De zorgvraag groeit ([PERSOON-1], [PERSOON-2], [PERSOON-3] & [PERSOON-4], 2014).",
        ),
        # a list of dictionary words with a common surname: all persons, no firm "X, Y & Z"
        (
            "Dat is lastig (De Wit, Schipper & Smit, 2018).",
            "Dat is lastig ([PERSOON-1], [PERSOON-2] & [PERSOON-3], 2018).",
        ),
        # after "; " in a reference with two works
        (
            "Zo blijkt (Kramer, 2020; Kraai & Bos, 2021) uit onderzoek.",
            "Zo blijkt ([PERSOON-1], 2020; [PERSOON-2] & [PERSOON-3], 2021) uit onderzoek.",
        ),
        # "en" joins the last two
        (
            "Eerder onderzoek (Boer, Visser en Smit, 2020a) wijst dat uit.",
            "Eerder onderzoek ([PERSOON-1], [PERSOON-2] en [PERSOON-3], 2020a) wijst dat uit.",
        ),
    ],
)
def test_every_author_of_a_bracketed_list_is_replaced(text: str, expected: str) -> None:
    assert replaced(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only ordinary words: a report's subject, no authors
        "Het rapport (Jeugdzorg & Onderwijs, 2014) zegt dat.",
        # no year: a list of words
        "Het gaat om (Zorg, Onderwijs & Welzijn) in de regio.",
    ],
)
def test_lists_of_ordinary_words_stay(text: str) -> None:
    assert replaced(text) == text


def test_a_service_named_by_an_ampersand_list_stays_one_organisation() -> None:
    # the firm shape is only left out before ", year"
    text = "Ga naar het informatieloket Relatie, Ouders & Scheiding in de stad."
    assert replaced(text) == "Ga naar het informatieloket [ORGANISATIE-1] in de stad."
