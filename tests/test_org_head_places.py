"""A head word or an acronym next to a place trigger (wb/dossiers/name_context.py) and a place
named after a head and a lowercase article (wb/dossiers/org_names.py): organisations' names,
no places. Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. The first case of each rule fails on the code before it."""

from __future__ import annotations

from name_spans import spans


def test_a_head_word_before_a_name_after_a_place_trigger_is_no_place() -> None:
    text = "Alle groepen fietsen naar Sportcentrum de Vaart. Daarna gaan ze naar Groningen."
    assert spans(text) == [
        (42, 47, "Vaart", "[ORGANISATIE-1]"),
        (69, 78, "Groningen", "[PLAATS-1]"),
    ]


def test_an_acronym_in_a_dictionary_word_is_a_name_and_no_place() -> None:
    assert spans("Oproep: PO in Actie heeft een staking georganiseerd.") == []


def test_a_place_after_a_head_and_a_lowercase_article_names_the_home() -> None:
    text = "Vanaf januari gaat Gezinshuis de Veluwe van start."
    assert spans(text) == [(33, 39, "Veluwe", "[ORGANISATIE-1]")]


def test_a_second_description_after_a_head_then_the_name() -> None:
    text = "Zorgboerderij en Paardenhouderij de Hoeve heeft geen verslag ingediend."
    assert spans(text) == [(36, 41, "Hoeve", "[ORGANISATIE-1]")]
