"""Compound splits keep noun-making endings whole (compound-splits, issue 10 §1 / 11 §2)."""

from __future__ import annotations

import pytest

from wb.coding.compounds import compound_ends
from wb.coding.distinctive import is_compound
from wb.nlp import compound_parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        # the -ing noun of a verb is no compound with a fragment or an English head
        ("beslissing", ["beslissing"]),  # was beslis + sing
        ("beslissingen", ["beslissing"]),
        ("beschikking", ["beschikking"]),  # was beschik + king
        ("plaatsing", ["plaatsing"]),  # was plaat + sing
        ("overplaatsing", ["overplaatsing"]),  # was overplaat + sing
        ("scheiding", ["scheiding"]),  # was schei + ding
        ("houding", ["houding"]),  # was hou + ding
        ("verwachting", ["verwachting"]),  # was verwacht + ing
        ("behandeling", ["behandeling"]),  # was behandel + ing
        ("herinneringen", ["herinnering"]),  # was herinne + ring
        # -heid and -schap are endings, not heads (nor their tail "chap")
        ("ouderschap", ["ouderschap"]),  # was ouder + schap
        ("wetenschap", ["wetenschap"]),  # was weten + schap
        ("gemeenschappen", ["gemeenschap"]),
        # compounds whose head is itself a word stay split
        ("echtscheiding", ["echt", "scheiding"]),
        ("jeugdbescherming", ["jeugd", "bescherming"]),
        ("leerplichtwet", ["leerplicht", "wet"]),
        ("loyaliteitsconflicten", ["loyaliteit", "conflict"]),
    ],
)
def test_compound_parts(word: str, parts: list[str]) -> None:
    assert compound_parts(word) == parts


def test_a_whole_ing_noun_is_no_compound_of_the_codebook() -> None:
    # codes46: "beslissing" passed is_compound as beslis + sing, 12 wrong suggestions
    assert not is_compound("beslissing")
    assert not is_compound("beschikking")
    assert is_compound("echtscheiding")
    assert compound_ends("overplaatsing") == frozenset()
