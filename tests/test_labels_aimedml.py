"""labels-aimedml: clauses aimed at a person judged by a learned model (wb.dossiers.aimed_clauses).

Made-up Dutch sentences; exact clause bounds, spans and features; a hand-made model for the
finder (no weights ship with wb); the training script's refusal of sealed batches, and a weights
file it writes loaded back."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from wb.dossiers.aimed_clauses import (
    candidates,
    clause_features,
    clause_span,
    clauses,
    find_aimed_clauses,
    marked,
)
from wb.dossiers.judging import LABEL, JudgingModel
from wb.dossiers.labels import LabelFinder
from wb.errors import VoiceModelError

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

# a model that judges every clause with a degree word before an adjective aimed
DEGREE = JudgingModel({"b": -5.0, "degree+adj": 10.0}, 0.5)


@pytest.fixture(scope="module")
def nlp():
    from wb.nlp import load

    return load()


@pytest.fixture(scope="module")
def finder(nlp):
    return LabelFinder(REPO / "codebooks" / "labels.yaml", nlp=nlp).fit()


def _spans(doc, model, skip=()):
    return [doc.text[a:b] for a, b in find_aimed_clauses(doc, model, skip)]


def test_clauses_split_at_punctuation_and_conjunctions(nlp):
    doc = nlp("De vader is erg onbeleefd tegen de juf, maar hij komt wel op tijd.")
    assert clauses(doc) == [(0, 8), (10, 15)]
    assert [doc[a:b].text for a, b in clauses(doc)] == [
        "De vader is erg onbeleefd tegen de juf",
        "hij komt wel op tijd",
    ]


def test_sentence_without_a_person_gives_no_clause(nlp):
    assert clauses(nlp("Het weer is slecht vandaag.")) == []


def test_subordinate_clause_after_dat(nlp):
    doc = nlp("Mijn buurman vindt dat zijn dochter te brutaal is.")
    assert [doc[a:b].text for a, b in clauses(doc)] == [
        "Mijn buurman vindt",
        "zijn dochter te brutaal is",
    ]
    feats = clause_features(doc, 4, 9)
    assert {"te+adj", "degree+adj", "cop+adj", "ev=brutaal", "opener=dat"} <= set(feats)
    assert clause_span(doc, 4, 9) == (36, 46)
    assert doc.text[36:46] == "te brutaal"


def test_span_runs_from_first_to_last_marked_word(nlp):
    doc = nlp("De vader is erg onbeleefd tegen de juf, maar hij komt wel op tijd.")
    assert clause_span(doc, 0, 8) == (12, 25)
    assert doc.text[12:25] == "erg onbeleefd"
    assert clause_span(doc, 10, 15) is None  # no marked word
    assert marked(doc, 3) and marked(doc, 4) and not marked(doc, 1)


def test_negated_capability(nlp):
    doc = nlp("Zij was niet in staat om haar zoon te troosten.")
    [((a, b), feats)] = candidates(doc)
    assert {"neg", "in_staat", "niet_in_staat", "person=subj3"} <= set(feats)
    assert doc.text[slice(*clause_span(doc, a, b))] == "niet in staat om haar zoon te troosten"


def test_features_name_no_ordinary_word(nlp):
    doc = nlp("De buurvrouw fietst elke ochtend naar haar werk.")
    feats = [f for _, fs in candidates(doc) for f in fs]
    assert not any("fiets" in f or "ochtend" in f for f in feats)


def test_find_with_a_model_and_skip(nlp):
    doc = nlp("De vader is erg onbeleefd tegen de juf. De moeder is heel vriendelijk.")
    assert _spans(doc, DEGREE) == ["erg onbeleefd", "heel vriendelijk"]
    # a hit already found in the clause keeps the clause out
    assert _spans(doc, DEGREE, skip=[(4, 9)]) == ["heel vriendelijk"]
    assert _spans(doc, JudgingModel({"b": -5.0}, 0.5)) == []


def test_label_finder_adds_clause_hits_only_when_asked(nlp, finder):
    text = "De opa is vaak erg kortaf."
    plain = finder.find("d1", nlp(text))
    assert [h.text for h in plain] == []
    finder.aimed_clauses = DEGREE
    try:
        hits = finder.find("d1", nlp(text))
    finally:
        finder.aimed_clauses = None
    assert [(h.start, h.end, h.text, h.label, h.voice) for h in hits] == [
        (15, 25, "erg kortaf", LABEL, "asserted")
    ]


def test_training_script_refuses_sealed_batches(monkeypatch):
    import train_aimed_clauses
    import train_judging
    from bench_labels import SEALED_BATCHES

    assert train_aimed_clauses.SEALED_BATCHES is SEALED_BATCHES
    sealed = min(SEALED_BATCHES)
    monkeypatch.setattr(
        train_judging, "tune_entries", lambda: [{"id": "x", "batch": sealed, "labels": []}]
    )
    with pytest.raises(AssertionError):
        train_aimed_clauses.prepare(None, None)


def test_written_weights_load_back(tmp_path):
    import train_aimed_clauses

    path = tmp_path / "clauses.json"
    entries = [{"id": "b2"}, {"id": "a1"}]
    weights = {"b": -2.5, "degree+adj": 3.25}
    train_aimed_clauses.write_weights(path, "about", "training", entries, 0.3, 0.6, weights)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["texts"] == ["a1", "b2"] and data["C"] == 0.3
    model = JudgingModel.load(path)
    assert model.threshold == 0.6 and model.weights == weights
    path.write_text("{", encoding="utf-8")
    with pytest.raises(VoiceModelError, match=r"clauses\.json"):
        JudgingModel.load(path)


def test_no_clause_model_by_default(finder):
    assert finder.aimed_clauses is None
    assert not (REPO / "wb" / "lang" / "nl" / "aimed_clause_weights.json").exists()
