"""Themes10: a surname glued to a body, cabinet or bill by a hyphen ("de commissie-X", "de
fractie-X") stayed readable in quotes of a theme summary, and a name cut before its second
party ("contact tussen ouder" of "contact tussen ouder en kind"). Snippets written for this test
(not from any text of the checks)."""

from __future__ import annotations

from wb.dossiers.person_eponyms import eponym_persons
from wb.dossiers.pseudonymise import Pseudonymiser
from wb.themes.words import tagged_noun_phrases


def _masked(*texts: str) -> list[str]:
    return [p.text for p in Pseudonymiser().dossier(list(texts))]


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.source) for m in eponym_persons(text)]


def test_a_surname_after_a_body_word_and_a_hyphen() -> None:
    assert _found("Het rapport van de zogenaamde commissie-Zandveer kwam in 2001.") == [
        ("Zandveer", "eponym")
    ]
    assert _found("Het kabinet-Van Steenkamer viel.") == [("Van Steenkamer", "eponym")]
    assert _found("De Motie-Brouwersgracht werd aangenomen.") == [("Brouwersgracht", "eponym")]


def test_no_name_after_other_words_or_for_a_place_or_stop_word() -> None:
    assert _found("De oud-Zandveer en het Noord-Holland van toen.") == []
    assert _found("De regering-Utrecht en de commissie-De kwamen.") == []


def test_a_learned_surname_glued_to_fractie_is_replaced_too() -> None:
    text = "Mede ondertekend door de heer Zandveer van de fractie-Zandveer."
    assert _masked(text) == [
        "Mede ondertekend door de heer [PERSOON-1] van de fractie-[PERSOON-1]."
    ]


def test_a_surname_seen_only_after_commissie_is_replaced_everywhere() -> None:
    text = "De commissie-Zandveer schreef het rapport. Zandveer zelf zweeg."
    assert _masked(text) == [
        "De commissie-[PERSOON-1] schreef het rapport. [PERSOON-1] zelf zweeg."
    ]


def test_tussen_keeps_both_parties() -> None:
    keys = [
        k for k, _, _ in tagged_noun_phrases("Het contact tussen ouder en kind wordt hersteld.")
    ]
    assert keys == ["contact tussen ouder en kind", "ouder", "kind"]
    found = tagged_noun_phrases("De samenwerking tussen gemeenten en rechters is goed.")
    assert found[0] == (
        "samenwerking tussen gemeente en rechter",
        "samenwerking tussen gemeenten en rechters",
        ("samenwerking", "gemeente", "rechter"),
    )


def test_tussen_with_a_second_party_that_is_no_noun_is_no_cut_phrase() -> None:
    text = "Na een scheiding wordt het contact tussen kind en een van de ouders verbroken."
    assert [k for k, _, _ in tagged_noun_phrases(text)] == ["scheiding", "contact", "kind", "ouder"]


def test_tussen_without_a_second_party_stays_as_it_was() -> None:
    keys = [k for k, _, _ in tagged_noun_phrases("Het contact tussen ouders is goed.")]
    assert keys == ["contact tussen ouder", "ouder"]
