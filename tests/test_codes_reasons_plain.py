"""codes-reasons: every suggestion's reason in plain Dutch, one line, the evidence kept.

Made-up codebooks and sentences, exact reason strings (wb.coding.reasons; the exclude reason of
wb.coding.suggest, the subcode reason of wb.coding.specific).
"""

from __future__ import annotations

import pytest

from wb.codebook import Pattern, parse_codebook
from wb.coding.reasons import cut, describe_rule, exclude_reason, subcode_reason
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Raad
    description: Het werk van de Raad voor de Kinderbescherming.
    patterns:
      - - {LOWER: {IN: [de, van]}}
        - {ORTH: Raad}
  - name: Meldingen
    description: Hoe vaak er gemeld werd.
    patterns:
      - - {LIKE_NUM: true, LOWER: {NOT_IN: [een, één]}}
        - {LEMMA: melding}
  - name: Sociaal netwerk
    description: Vrienden, buren en familie om het kind heen.
    exclude: Vriendschap in de klas op school (zie School).
    patterns: [vriendin]
  - name: School
    description: De school van het kind.
"""
)


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester(BOOK, load(), expand=True).fit()


def _reasons(suggester: Suggester, text: str) -> list[tuple[str, str]]:
    return [(s.code, s.why) for s in suggester.suggest_doc("x.txt", suggester.nlp(text))]


def test_token_patterns_read_as_words_without_code() -> None:
    cases = [
        ([{"LOWER": {"IN": ["de", "van"]}}, {"ORTH": "Raad"}], "woorden na elkaar: … Raad"),
        ([{"ORTH": "Veilig"}, {"ORTH": "Thuis"}], "woorden na elkaar: Veilig Thuis"),
        (
            [{"LOWER": "raad"}, {"LOWER": "voor"}, {"LOWER": "de"}, {"LOWER": "kinderbescherming"}],
            "woorden na elkaar: raad voor de kinderbescherming",
        ),
        (
            [{"LIKE_NUM": True, "LOWER": {"NOT_IN": ["een", "één"]}}, {"LEMMA": "melding"}],
            "woorden na elkaar: een getal, dan melding",
        ),
        ([{"LOWER": "de"}, {"LOWER": "van"}], "woorden na elkaar: de van"),
        (
            [{"LOWER": "thuis"}, {"LOWER": {"IN": ["en", "of"]}, "OP": "?"}, {"POS": "NOUN"}],
            "woorden na elkaar: thuis, dan en/of (mag ontbreken), dan een zelfstandig naamwoord",
        ),
    ]
    got = [describe_rule(Pattern("tokens", tokens).rule) for tokens, _ in cases]
    assert got == [text for _, text in cases]


def test_long_pattern_words_are_cut_after_a_whole_alternative() -> None:
    names = "Jeugdbeschermer|Wijkteammedewerker|Raadsonderzoeker|Gedragswetenschapper|Mentor"
    rule = Pattern("regex", rf"(?m)^(?:{names}|Medewerker Veilig Thuis)\b[^:\n]{{0,45}}:").rule
    assert describe_rule(rule) == (
        "patroon: Jeugdbeschermer/Wijkteammedewerker/Raadsonderzoeker/Gedragswetenschapper/Mentor …"
    )
    assert cut("kort genoeg") == "kort genoeg"
    assert cut("een twee drie vier", 12) == "een twee …"


def test_exclude_reason_is_one_flat_line() -> None:
    assert exclude_reason("Jeugd/Sociaal netwerk", "school (zie School)", "Onderwijs/School") == (
        "niet bij Sociaal netwerk: de beschrijving sluit 'school' uit (zie code School)"
    )
    assert exclude_reason("Veiligheid", "Contact met de school (School)", "School") == (
        "niet bij Veiligheid: de beschrijving sluit 'Contact met de school' uit (zie code School)"
    )
    long = "Een opsomming van instanties waar het gezin mee te maken had, zonder meer (zie Hulp)"
    assert exclude_reason("Veiligheid", long, "Hulp") == (
        "niet bij Veiligheid: de beschrijving sluit 'Een opsomming van instanties waar het "
        "gezin …' uit (zie code Hulp)"
    )


def test_subcode_reason_without_nested_brackets() -> None:
    why = "patroon: informatie + delen (in één zin)"
    assert subcode_reason("Informatie delen", "Informatie delen/Privacy", "privacy", why) == (
        "subcode van Informatie delen, die dit document zelf noemt («privacy»); "
        "patroon: informatie + delen (in één zin)"
    )


def test_reasons_of_suggestions_in_a_document(suggester: Suggester) -> None:
    text = (
        "Het rapport van de Raad kwam in maart. "
        "Er kwamen drie meldingen binnen. "
        "Haar vriendin zit bij haar in de klas op school."
    )
    assert _reasons(suggester, text) == [
        ("Raad", "woorden na elkaar: … Raad"),
        ("Meldingen", "woorden na elkaar: een getal, dan melding"),
        (
            "School",
            "niet bij Sociaal netwerk: de beschrijving sluit 'Vriendschap in de klas op school' "
            "uit (zie code School)",
        ),
    ]


def test_a_long_list_opening_is_cut_with_an_ellipsis() -> None:
    book = parse_codebook(
        """
name: proef
codes:
  - name: Verhuizing
    description: Een ouder die met het kind naar een andere stad wil verhuizen.
    patterns: [verhuizen]
"""
    )
    text = (
        "Moeder wil na de zomer verhuizen naar een andere stad en regelt daarvoor:\n"
        "een nieuwe school\n"
        "een huurcontract\n"
        "\n"
        "Het weer was mooi."
    )
    suggester = Suggester(book, load(), expand=True).fit()
    found = [(s.match_text, s.why) for s in suggester.suggest_doc("d", suggester.nlp(text))]
    listed = "in een opsomming na «Moeder wil na de zomer verhuizen naar …»"
    assert found[1:] == [("een nieuwe school", listed), ("een huurcontract", listed)]
