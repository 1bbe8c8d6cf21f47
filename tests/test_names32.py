"""General name rules written after reading real-text round 25 (names32): a domain run does not
start inside a place that opens with an article, a cut compound ("Onderzoeks- en") after a
name opens a new name instead of making the surname the head of a longer one, and a known place
in lowercase is that place when the text also writes it with its capital. Exact spans on
sentences written for these tests; no name of the real-text check (bench/realtext/names) is
used. Each test fails on the code before this branch, except the guards of a rule's limit
(a lowercase ordinary word, an address, a name's head before a capitalised word)."""

from __future__ import annotations

from name_spans import spans


def test_a_domain_run_does_not_start_inside_a_place_with_an_article() -> None:
    text = "Op 3 mei kwamen (gemeente De Bilt en Welzijn De Bilt) bij elkaar in het stadhuis."
    # names-orgs: a care domain before a place in mid-sentence names its provider
    # (org_kinds.domain_place_mentions); no span starts inside the first place
    assert spans(text) == [
        (26, 33, "De Bilt", "[PLAATS-1]"),
        (37, 52, "Welzijn De Bilt", "[ORGANISATIE-1]"),
    ]


def test_a_domain_run_does_not_start_inside_a_place_with_het() -> None:
    text = "Samen met de gemeente Het Hogeland en Jeugdzorg Het Hogeland werd een plan gemaakt."
    assert spans(text) == [
        (22, 34, "Het Hogeland", "[PLAATS-1]"),
        (38, 60, "Jeugdzorg Het Hogeland", "[ORGANISATIE-1]"),
    ]


def test_a_cut_compound_after_a_name_keeps_the_surname() -> None:
    text = "Opgesteld door: Marieke van Kruisberen Onderzoeks- en Advies Bureau\n\nvoor de raad"
    assert spans(text) == [(16, 38, "Marieke van Kruisberen", "[PERSOON-1]")]


def test_a_capitalised_word_after_a_name_still_makes_it_a_head() -> None:
    text = "Het rapport van de Fractie Smit werd besproken."
    assert spans(text) == [(19, 31, "Fractie Smit", "[ORGANISATIE-1]")]


def test_a_place_in_lowercase_beside_its_capital_is_that_place() -> None:
    text = (
        "Rapport van de rekenkamer van gemeente Zaltbommel\n\ng e m e e n t e zaltbommel\n\n"
        "Meer op www.zaltbommel.nl of via info@zaltbommel.nl."
    )
    assert spans(text) == [
        (39, 49, "Zaltbommel", "[PLAATS-1]"),
        (67, 77, "zaltbommel", "[PLAATS-1]"),
        (91, 101, "zaltbommel", "[PLAATS-1]"),  # names34: a place in a web address
        (112, 130, "info@zaltbommel.nl", "[EMAIL-1]"),
    ]


def test_a_place_in_lowercase_without_its_capital_stays() -> None:
    text = "Op de kaart stond zaltbommel zonder hoofdletter, verder niets."
    assert spans(text) == []


def test_a_place_that_is_an_ordinary_word_stays_in_lowercase() -> None:
    text = "In Best is het best; in Haren wonen haren."
    assert spans(text) == [(3, 7, "Best", "[PLAATS-1]"), (24, 29, "Haren", "[PLAATS-2]")]
