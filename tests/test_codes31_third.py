"""codes31: learning from the coded first third (wb.coding.coder_reach, wb.coding.nearest).

Made-up documents and sentences, exact expectations: the reach of the codings is calibrated at
the goal's precision (.6) on the coded documents; the nearest coded sentences give a code only
when the agreeing sentences stand in two coded documents (or are single decisions).
"""

from __future__ import annotations

import math

import pytest
from test_codes16 import A, B, _doc

from wb.coding import coder_reach, nearest
from wb.coding.coder_reach import ReachModel
from wb.coding.nearest import NearestCoded


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Plain cosine of two word sets."""
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def test_the_defaults():
    assert coder_reach.PRECISION == 0.6
    assert nearest.DOCS == 2


def _three_of_five() -> list:
    """Five coded documents: in three the researcher coded the sentence after the codebook's
    evidence too, in two only the evidence."""
    return [
        _doc(10, {1: A}),
        _doc(10, {2: B}),
        _doc(10, {3: A}),
        _doc(10, {5: B}, after=False),
        _doc(10, {4: A}, after=False),
    ]


def test_the_reach_is_trusted_at_the_goals_precision():
    docs = _three_of_five()
    model = ReachModel().fit(docs, [A, B])
    assert model.threshold_ == pytest.approx(0.2169, abs=1e-3)
    found = [
        (k, code, round(p, 3)) for k, code, p, _ in model.predict(_doc(10, {4: A}, after=False))
    ]
    assert found == [(5, A, 0.311)]
    # the old margin (.7) trusted no chance when leaving one document out; since codes43 the
    # model's own chance at that precision is the threshold then, and nothing here reaches it
    old = ReachModel(precision=0.7).fit(docs, [A, B])
    assert old.threshold_ == 0.7
    assert old.predict(_doc(10, {4: A}, after=False)) == []


def _one_document(near: NearestCoded) -> None:
    """A coded document whose three sentences on the school all carry Schoolkeuze."""
    near.add_document(
        [
            ("s1", words("school kiezen vader")),
            ("s2", words("school kiezen moeder")),
            ("s3", words("school kiezen kind")),
        ],
        [{"Schoolkeuze"}, {"Schoolkeuze"}, {"Schoolkeuze"}],
        "d1",
    )


def test_three_sentences_of_one_coded_document_do_not_agree_alone():
    near = NearestCoded(overlap, threshold=0.5, agree=3)
    _one_document(near)
    assert near.suggest(words("school kiezen vader")) == []


def test_with_one_document_allowed_they_do(monkeypatch):
    monkeypatch.setattr(nearest, "DOCS", 1)
    near = NearestCoded(overlap, threshold=0.5, agree=3)
    _one_document(near)
    (found,) = near.suggest(words("school kiezen vader"))
    assert (found.code, round(found.likeness, 3), found.text) == ("Schoolkeuze", 0.667, "s3")


def test_a_second_source_lets_them_agree():
    near = NearestCoded(overlap, threshold=0.5, agree=3)
    _one_document(near)
    # a single decision of a coding session is a source of its own
    near.add_decision("s4", words("school kiezen oma"), "Schoolkeuze", accepted=True, group="d1")
    (found,) = near.suggest(words("school kiezen vader"))
    assert (found.code, round(found.likeness, 3), found.text) == ("Schoolkeuze", 0.667, "s4")


def test_one_agreeing_sentence_needs_one_source():
    near = NearestCoded(overlap, threshold=0.5)
    near.add_decision("a", words("klacht commissie ongegrond"), "Klacht", accepted=True, group=1)
    (found,) = near.suggest(words("klacht commissie gegrond"))
    assert (found.code, round(found.likeness, 3)) == ("Klacht", 0.667)
