"""Themes7: fixed expressions, nouns for any person, compounds of a kind of text, present
participles and names an earlier theme holds (issue 11 §3, after round 4)."""

from __future__ import annotations

import pytest

from wb.lang import word_set, words
from wb.themes.lead_nouns import lead_nouns
from wb.themes.phrase_names import theme_label
from wb.themes.words import (
    VAGUE_HEADS,
    content_words,
    is_vague,
    is_vague_head,
    noun_phrases,
)

# Written for this test (not from any text of the theme checks).
VERBAND = [
    "Het gaat om personen in verband met de erkenning van een kind.",
    "Het register noemt personen in verband met het gezag over het kind.",
    "Na de erkenning krijgen beide ouders gezamenlijk gezag.",
    "Gezamenlijk gezag na erkenning is het doel.",
]
LEDEN = [
    "De wet van de leden gaat over de omgangsregeling bij een scheiding.",
    "De wet van de leden regelt de omgangsregeling bij een scheiding.",
    "De wet van de leden is ingediend.",
]
TAAK = [
    "De raad heeft een toezichthoudende taak bij de jeugdreclassering.",
    "Met de toezichthoudende taak bewaakt de raad de termijnen.",
    "Als deze taak niet goed wordt uitgevoerd, lopen jongeren risico.",
    "De minister stuurde een brief over kinderalimentatie.",
]
KAMERBRIEF = [
    "De kamerbrief over de pleegzorg kwam in mei.",
    "In de kamerbrief over de pleegzorg staat weinig nieuws.",
    "De pleegzorg zoekt meer pleeggezinnen.",
]


def test_fixed_expression_is_no_phrase_part() -> None:
    text = (
        "Het wetsvoorstel regelt de registratie van personen in verband met de erkenning van een "
        "kind."
    )
    assert noun_phrases(text) == [
        "wetsvoorstel",
        "registratie van personen",
        "personen",
        "erkenning van een kind",
        "kind",
    ]


def test_nouns_of_other_fixed_expressions_are_dropped() -> None:
    text = "Met betrekking tot de omgangsregeling besliste de rechter ten aanzien van de vader."
    assert noun_phrases(text) == ["omgangsregeling", "rechter", "vader"]


def test_fixed_expression_noun_does_not_lead() -> None:
    lead = [form for form, _ in lead_nouns(VERBAND, ["erkenning", "verband", "gezag"])]
    assert "verband" not in lead
    assert lead[:2] == ["erkenning", "gezag"]


def test_name_is_no_remnant_of_a_fixed_expression() -> None:
    keywords = ["erkenning", "verband", "personen", "gezag"]
    lemmas = ["erkenning", "verband", "persoon", "gezag"]
    assert theme_label(VERBAND, keywords, lemmas) == "erkenning van een kind"


@pytest.mark.parametrize(
    ("word", "vague"),
    [
        ("persoon", True),
        ("personen", True),  # a halved vowel
        ("mensen", True),
        ("leden", True),  # an irregular plural, written out
        ("betrokkenen", True),  # lemma + n
        ("individuen", True),
        ("lidmaatschap", False),
        ("grootouder", False),  # a kind of person of the field is specific
        ("kamerbrief", True),  # a compound of a kind of text
        ("kamerbrieven", True),
        ("evaluatierapport", True),
        ("jaarverslagen", True),
        ("beleidsreactie", True),
        ("wetsvoorstel", True),
        ("ouderbijdrage", False),  # "bijdrage" keeps no compound vague
        ("wachttijd", False),  # nor does a time unit
        ("relatieproblemen", False),  # nor a problem noun
        ("huisartsenpraktijk", False),
        ("kinderalimentatie", False),
    ],
)
def test_vague_words(word: str, vague: bool) -> None:
    assert is_vague(word) is vague


def test_person_noun_heads_no_name() -> None:
    assert is_vague_head("persoon in verband", "personen in verband")
    assert is_vague_head("mens met een beperking", "mensen met een beperking")
    assert not is_vague_head("registratie van persoon", "registratie van personen")


def test_person_noun_is_no_content_word_after_a_head() -> None:
    assert content_words("wet van de leden") == ["wet"]
    assert content_words("leden") == ["leden"]
    assert content_words("wachtlijst van een halfjaar") == ["wachtlijst", "halfjaar"]


def test_person_keyword_weighs_no_phrase() -> None:
    keywords = ["leden", "omgangsregeling", "scheiding"]
    lemmas = ["lid", "omgangsregeling", "scheiding"]
    assert theme_label(LEDEN, keywords, lemmas) == "omgangsregeling bij een scheiding"


def test_present_participle_modifies_a_noun() -> None:
    text = "De raad voert de toezichthoudende taak uit en meldt dat aan de jeugdreclassering."
    assert noun_phrases(text) == ["raad", "toezichthoudende taak", "jeugdreclassering"]


def test_broad_noun_is_named_with_its_participle() -> None:
    keywords = ["kinderalimentatie", "termijn", "brief"]
    assert theme_label(TAAK, keywords, keywords) == "toezichthoudende taak"


def test_compound_of_a_kind_of_text_heads_no_name() -> None:
    assert theme_label(KAMERBRIEF, ["kamerbrief", "pleegzorg"], ["kamerbrief", "pleegzorg"]) == (
        "pleegzorg"
    )


def test_name_of_an_earlier_theme_gives_way() -> None:
    keywords = ["kinderalimentatie", "termijn", "brief"]
    assert theme_label(TAAK, keywords, keywords, taken=["toezichthoudende taak"]) == "taak"
    assert theme_label(TAAK, keywords, keywords, taken=["iets anders"]) == "toezichthoudende taak"


def test_list_files() -> None:
    fixed = words("theme_fixed_expressions.txt")
    assert fixed[:3] == ("in verband met", "met betrekking tot", "ten aanzien van")
    assert "in het belang van" not in fixed  # "belang van het kind" is a topic of the field
    assert len(fixed) == 22
    persons = word_set("theme_person_nouns.txt")
    assert persons == {"persoon", "mens", "individu", "betrokkene", "lid", "leden"}
    assert persons <= VAGUE_HEADS
    ends = word_set("theme_vague_compound_ends.txt")
    assert "bijdrage" not in ends and "tijd" not in ends and "probleem" not in ends
    assert len(ends) == 14
