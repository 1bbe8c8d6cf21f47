"""General name rules written after reading real-text rounds 13-14 (names17): a surname that
is a compound naming a person after a role word ("Wethouder Bouwman"), an abstract noun after a
capitalised role word in a Title Case heading, a municipality's short number (14 + area code)
and a label before a colon cut off a name. Exact spans on sentences written for these tests; no
name of the real-text check (bench/realtext/names) is used. The first case of each rule fails on
the code before it; the others are guards."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser

PLAIN = Pseudonymiser()


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, placeholder) of every replacement, in order."""
    pseudo = PLAIN.dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def test_a_surname_compound_of_a_person_word_after_a_role_is_a_name() -> None:
    text = "Het voorstel ging terug. Wethouder Kuipman mag volgende maand terugkomen."
    assert spans(text) == [(35, 42, "Kuipman", "[PERSOON-1]")]


def test_a_portfolio_after_a_role_stays() -> None:
    text = "Wethouder Armoedebeleid en wethouder Zorgbeleid waren er niet."
    assert spans(text) == []


def test_an_abstract_noun_after_a_capitalised_role_word_is_no_name() -> None:
    text = "Nota voor de raad\n\nHet Kind Centraal Samenvatting van de nota\n\nMoeder Visser belde."
    assert spans(text) == [(70, 76, "Visser", "[PERSOON-1]")]


def test_a_municipal_short_number_with_a_call_word_is_a_phone_number() -> None:
    text = "Neem contact op met de griffie via 140321 of bel 14 020. Kosten: 14 050 euro."
    assert spans(text) == [
        (35, 41, "140321", "[TELEFOON-1]"),
        (49, 55, "14 020", "[TELEFOON-2]"),
    ]


def test_fourteen_and_a_number_without_a_call_word_stays() -> None:
    assert spans("Er kwamen 14 020 reacties binnen.") == []


def test_an_ordinary_word_before_a_colon_is_a_label_not_part_of_a_place() -> None:
    text = "Uitgeverij Pluim\nKerkstraat 4\n8911 AB Leeuwarden Telefoon: 058 - 289 48 57"
    assert spans(text) == [
        (17, 29, "Kerkstraat 4", "[ADRES-1]"),
        (30, 37, "8911 AB", "[POSTCODE-1]"),
        (38, 48, "Leeuwarden", "[PLAATS-1]"),
        (59, 74, "058 - 289 48 57", "[TELEFOON-1]"),
    ]


def test_a_place_of_two_words_before_a_colon_stays_whole() -> None:
    text = "Den Haag: de Kamer vergadert."
    assert spans(text) == [(0, 8, "Den Haag", "[PLAATS-1]")]
