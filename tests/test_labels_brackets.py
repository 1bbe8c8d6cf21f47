"""Letters in brackets inside a word ("(v)echtscheidingen", "manipulatie(f)") and war imagery
about parents ("elkaar de tent uit vechten") are labels too (issue 11 §1, voice7). Written
sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.labels import unbracket


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Steeds meer (v)echtscheidingen in de regio.",
            [(12, 30, "(v)echtscheidingen", "vechtscheiding", "asserted")],
        ),
        (
            "De ouder(s) zijn manipulatie(f).",
            [(17, 31, "manipulatie(f)", "manipulatief", "asserted")],
        ),
        (  # capitals in brackets are an abbreviation, not letters of the word
            "Er is sprake van ouderverstoting(PAS) bij Sem.",
            [
                (17, 32, "ouderverstoting", "ouderverstoting", "asserted"),
                (33, 36, "PAS", "ouderverstoting", "asserted"),
            ],
        ),
        (  # brackets around a whole word change nothing
            "Er is (echt) sprake van ouderverstoting.",
            [(24, 39, "ouderverstoting", "ouderverstoting", "asserted")],
        ),
        (
            "De ouders vochten elkaar de tent uit.",
            [(10, 36, "vochten elkaar de tent uit", "vechtscheiding", "asserted")],
        ),
        (
            "Ouders die elkaar de tent uit vechten, zijn er steeds meer.",
            [(18, 37, "de tent uit vechten", "vechtscheiding", "asserted")],
        ),
        (
            "Vader en moeder staan op voet van oorlog.",
            [(22, 40, "op voet van oorlog", "vechtende ouders (beeldspraak)", "asserted")],
        ),
    ],
)
def test_bracketed_words_and_war_imagery(text: str, expected: list) -> None:
    assert hits(label_finder("rules"), text) == expected


def test_unbracket_keeps_offsets() -> None:
    plain, where = unbracket("een (v)echtscheiding en ouder(s) (echt)")
    assert plain == "een vechtscheiding en ouders (echt)"
    assert where is not None and len(where) == len(plain)
    assert (where[4], where[5], where[27]) == (5, 7, 30)
    assert unbracket("geen haakjes") == ("geen haakjes", None)


def test_a_verb_phrase_about_parents_stays_asserted() -> None:
    """The guard reads a term with a finite verb as a predicate, like an adjective."""
    text = "De ouders vechten elkaar al jaren de tent uit."
    assert hits(label_finder(), text) == [
        (
            10,
            45,
            "vechten elkaar al jaren de tent uit",
            "vechtscheiding",
            "asserted",
        )
    ]
