"""Acronyms in capitals keep their word class and form in wb's offline pipeline ("volgens het
OM": PROPN, lemma "OM", not the preposition "om"); a heading in capitals is left alone."""

from __future__ import annotations

import pytest
from label_finders import voiced_spans

from wb.nlp import load
from wb.nlp.acronyms import AcronymFix, fix_sentence
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


def _other_tagger(nlp, text: str, tags: dict[int, tuple[str, str]]):
    """A document of the offline pipeline with some tokens retagged as another tagger would."""
    doc = nlp(text)
    for i, (pos, lemma) in tags.items():
        doc[i].pos_ = pos
        doc[i].lemma_ = lemma
    return doc


def test_component_fixes_another_taggers_acronym(nlp) -> None:
    doc = _other_tagger(
        nlp,
        "Volgens het OM is er sprake van ouderverstoting.",
        {1: ("PRON", "het"), 2: ("ADP", "om")},
    )
    assert AcronymFix()(doc) is doc
    assert [(t.text, t.pos_, t.lemma_) for t in doc[:3]] == [
        ("Volgens", "ADP", "volgens"),
        ("het", "DET", "het"),
        ("OM", "PROPN", "OM"),
    ]


def test_component_leaves_heading_and_nouns(nlp) -> None:
    doc = _other_tagger(nlp, "VOLGENS HET OM IS DAT ZO.", {2: ("ADP", "om")})
    assert fix_sentence(doc[:]) == []
    assert (doc[2].pos_, doc[2].lemma_) == ("ADP", "om")
    doc = nlp("Hij won goud op het WK in Berlijn.")
    assert fix_sentence(doc[:]) == []
    assert doc[5].pos_ == "NOUN"


def test_component_only_after_opener_for_unknown_acronym(nlp) -> None:
    doc = _other_tagger(
        nlp, "Toen kwam KNZB bij de XYZ langs.", {2: ("VERB", "knzb"), 5: ("ADJ", "xyz")}
    )
    assert fix_sentence(doc[:]) == [5]
    assert [(t.pos_, t.lemma_) for t in (doc[2], doc[5])] == [("VERB", "knzb"), ("PROPN", "XYZ")]


def test_load_adds_the_component_to_nl_core_news_sm(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from wb.nlp import pipeline

    monkeypatch.setattr(pipeline, "model_installed", lambda: True)
    monkeypatch.setattr(pipeline, "load_package", lambda name: spacy.blank("nl"))
    assert pipeline.load.__wrapped__(prefer_model=True).pipe_names == ["wb_acronyms"]


@pytest.mark.parametrize(
    "text",
    [
        "Volgens het OM is er sprake van ouderverstoting.",
        "Er is volgens het OM sprake van ouderverstoting.",
    ],
)
def test_acronym_after_volgens_is_the_speaker(text: str) -> None:
    assert voiced_spans(text) == [(32, 47, "ouderverstoting", "attributed")]
