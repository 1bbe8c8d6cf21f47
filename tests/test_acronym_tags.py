"""Acronyms in capitals keep their word class and form in wb's offline pipeline ("volgens het
OM": PROPN, lemma "OM", not the preposition "om"); a heading in capitals is left alone."""

from __future__ import annotations

import pytest

from wb.nlp import load
from wb.nlp.tagger_rules import ACRONYM, KNOWN_ACRONYM, acronym_code, case_code


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def _tags(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in nlp(text)]


def test_known_acronym_after_volgens_het(nlp) -> None:
    assert _tags(nlp, "Volgens het OM is er sprake van ouderverstoting.")[:4] == [
        ("Volgens", "ADP", "volgens"),
        ("het", "DET", "het"),
        ("OM", "PROPN", "OM"),
        ("is", "VERB", "zijn"),
    ]


def test_acronym_inside_the_sentence(nlp) -> None:
    assert _tags(nlp, "Er is volgens het OM geen bewijs.")[2:5] == [
        ("volgens", "ADP", "volgens"),
        ("het", "DET", "het"),
        ("OM", "PROPN", "OM"),
    ]


def test_preposition_om_after_the_acronym_stays(nlp) -> None:
    tags = _tags(nlp, "De moeder stapte naar het OM om aangifte te doen.")
    assert tags[3:7] == [
        ("naar", "ADP", "naar"),
        ("het", "DET", "het"),
        ("OM", "PROPN", "OM"),
        ("om", "ADP", "om"),
    ]


def test_acronyms_after_prepositions(nlp) -> None:
    tags = _tags(nlp, "Hij had last van ADHD en kreeg een PGB.")
    assert tags[4] == ("ADHD", "PROPN", "ADHD")
    assert tags[8] == ("PGB", "PROPN", "PGB")


def test_acronyms_in_mixed_case(nlp) -> None:
    tags = _tags(nlp, "Volgens de RvdK en de GI is het kind in gevaar.")
    assert tags[2] == ("RvdK", "PROPN", "RvdK")
    assert tags[5] == ("GI", "PROPN", "GI")


def test_heading_in_capitals_is_left_alone(nlp) -> None:
    tags = _tags(nlp, "VOLGENS HET OM IS DAT ZO.")
    assert [t[1] for t in tags[:4]] == ["ADP", "PRON", "PROPN", "AUX"]
    assert tags[3][2] == "IS"


def test_abbreviated_common_noun_stays_noun(nlp) -> None:
    assert _tags(nlp, "Hij won goud op het WK in Berlijn.")[5] == ("WK", "NOUN", "WK")


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("OM", KNOWN_ACRONYM),
        ("RvdK", KNOWN_ACRONYM),
        ("KNZB", ACRONYM),
        ("IJsland", 0),
        ("Volgens", 0),
        ("A", 0),
        ("CO2", 0),
    ],
)
def test_acronym_code(word: str, code: int) -> None:
    assert acronym_code(word) == code


def test_case_code() -> None:
    assert [case_code(w) for w in ("OM", "RvdK", "om", ".", "A", "2026")] == [1, 2, 2, 0, 0, 0]
