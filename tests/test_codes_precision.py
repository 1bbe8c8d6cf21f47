"""codes-precision: a list in small letters ends at a line that begins with a capital.

A made-up report opening in the shape of a parliamentary report ("... overleg gevoerd ... over:",
two items in small letters, then the text goes on without an empty line), the two-code codebook
of the coding tests, exact expectations (wb.coding.list_items, ``CASE_ENDS``).
"""

from __future__ import annotations

import pytest
from proef_codebook import V, proef_book

from wb.coding import list_items as items_module
from wb.coding.list_items import CASE_ENDS, list_items
from wb.coding.suggest import Suggester
from wb.nlp import load

REPORT = (
    "De commissie heeft overleg gevoerd over verhuizen van kinderen over:\n"
    "de brief van de minister over de reiskosten;\n"
    "het verslag van de hoorzitting over de school.\n"
    "Van het overleg brengt de commissie dit verslag uit.\n"
    "Voorzitter: Jansen\n"
    "Aanvang 13.00 uur."
)
REASON = "in een opsomming na «De commissie heeft overleg gevoerd over …»"


@pytest.fixture(scope="module")
def nlp():
    return load()


def _passages(nlp, text: str) -> list[tuple[str, str, str, float]]:
    suggester = Suggester(proef_book(), nlp, expand=True).fit()
    return [
        (s.match_text, s.code, s.reason, s.score)
        for s in suggester.suggest_doc("d", nlp(text))
        if s.rule == "(passage)"
    ]


def test_a_capital_after_items_in_small_letters_ends_the_list(nlp) -> None:
    assert CASE_ENDS is True
    found = list_items(list(nlp(REPORT).sents))
    assert [REPORT[i.start : i.end] for i in found] == [
        "de brief van de minister over de reiskosten;",
        "het verslag van de hoorzitting over de school.",
    ]
    assert _passages(nlp, REPORT) == [
        ("de brief van de minister over de reiskosten;", V, REASON, 0.3),
        ("het verslag van de hoorzitting over de school.", V, REASON, 0.3),
    ]


def test_without_the_rule_every_line_of_the_block_is_an_item(nlp, monkeypatch) -> None:
    monkeypatch.setattr(items_module, "CASE_ENDS", False)
    found = [text for text, *_ in _passages(nlp, REPORT)]
    assert found == [
        "de brief van de minister over de reiskosten;",
        "het verslag van de hoorzitting over de school.",
        "Van het overleg brengt de commissie dit verslag uit.",
        "Voorzitter: Jansen",
        "Aanvang 13.00 uur.",
    ]


def test_a_list_that_begins_with_a_capital_keeps_its_lines(nlp) -> None:
    text = REPORT.replace("de brief", "De brief").replace("het verslag", "Het verslag")
    found = [x.start for x in list_items(list(nlp(text).sents))]
    assert len(found) == 5


def test_a_new_opening_after_the_end_starts_a_new_list(nlp) -> None:
    text = REPORT.replace("Voorzitter: Jansen\n", "Aanwezig waren:\nJansen\nde griffier\n")
    found = [text[i.start : i.end] for i in list_items(list(nlp(text).sents))]
    assert found == [
        "de brief van de minister over de reiskosten;",
        "het verslag van de hoorzitting over de school.",
        "Jansen",
        "de griffier",
        "Aanvang 13.00 uur.",
    ]
