"""themes13: a theme name holds a keyword in its head, not only in its complement ("lunch op het
kantoor" is a scene of one story). Made-up passages, written for this test."""

from __future__ import annotations

from wb.themes.lead_nouns import keyword_phrase

KANTOOR = [
    "De pleegouders kregen een lunch op het kantoor en praatten over hun pleegkind.",
    "Het contact met gemeenten verloopt via de relatiemanager van de pleegzorg.",
    "Elke pleegouder volgt scholing voordat het pleegkind komt.",
]


def test_the_keyword_in_the_head_before_a_better_keyword_in_the_complement():
    keywords = ["kantoor", "contact", "scholing"]
    assert keyword_phrase(KANTOOR, keywords, keywords) == "contact met gemeenten"


def test_a_keyword_only_in_a_complement_still_names_the_theme_when_no_head_holds_one():
    keywords = ["kantoor", "relatiemanager"]
    assert keyword_phrase(KANTOOR[:1], keywords, keywords) == "lunch op het kantoor"
