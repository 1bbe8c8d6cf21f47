"""Person-aimed candidates judged by a learned model (labels27): the shapes that propose, the
model that decides, the opt-in in LabelFinder. Written sentences, not evaluation texts."""

from __future__ import annotations

import json
import socket
from functools import cache
from pathlib import Path

import pytest
from label_finders import LEXICON, label_finder
from label_finders import hits as found

from wb.dossiers.aimed import WEIGHTS, aimed_features, candidates, default_model, find_aimed, shapes
from wb.dossiers.judging import LABEL, JudgingModel
from wb.dossiers.labels import LabelFinder

REPO = Path(__file__).resolve().parent.parent


@cache
def aimed_finder() -> LabelFinder:
    """The lexicon's finder with the person-aimed judge switched on (labels21's detector off)."""
    return LabelFinder(LEXICON, aimed=True).fit()


def shaped(text: str) -> dict[str, list[str]]:
    """Word -> its shapes in text."""
    doc = label_finder().nlp(text)
    return {doc[i].text: sorted(s) for i, s in shapes(doc).items()}


def test_shapes_propose_any_word_in_a_person_aimed_position() -> None:
    # an adjective before a person noun, whatever the word
    assert shaped("De boze moeder belde weer.") == {"boze": ["adj", "attr"], "belde": ["verb"]}
    # predicate after a copula with a person subject; the degree word is no candidate; a noun
    # in a clause with a copula is proposed too ("boel"): the model decides
    assert shaped("Zij is erg manipulatief en traineert de boel.") == {
        "manipulatief": ["pred"],
        "traineert": ["verb"],
        "boel": ["pred"],
    }
    # what a person object is said to be
    assert shaped("Ik vond hem saai.") == {"saai": ["adj", "compl"], "vond": ["verb"]}
    # type nouns for people: an -ist head, a compound on a person noun
    assert shaped("Mijn vader is een egoïst.") == {"egoïst": ["pred", "type"]}
    assert shaped("Die loedermoeder kwam niet.") == {"loedermoeder": ["type"], "kwam": ["verb"]}


def test_no_shape_no_candidate() -> None:
    # no person in the clause: nothing is proposed, however judging the word
    assert shaped("Het weer was vreselijk slecht.") == {}
    assert shaped("De procedure is chaotisch.") == {}


def test_features_name_the_shape_degree_negation_and_genre() -> None:
    doc = label_finder().nlp("Vader is niet erg behulpzaam.")
    feats = aimed_features(doc, 4, {"pred"}, "ruling")
    assert {"shape=pred", "shape=pred&ADJ", "degree", "neg8", "g=ruling", "opentaal"} <= set(feats)


def test_the_model_decides_with_any_weights() -> None:
    doc = label_finder().nlp("De boze moeder belde weer.")
    model = JudgingModel({"b": -5.0, "shape=attr": 6.0}, 0.5)
    assert find_aimed(doc, model) == [(3, 7)]
    assert find_aimed(doc, model, skip=[(0, 14)]) == []
    assert find_aimed(doc, model, skip_words=frozenset({"boos"})) == []
    assert find_aimed(doc, JudgingModel({"b": -5.0, "shape=attr": 6.0}, 0.8)) == []


def test_the_shipped_weights_load_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network")

    monkeypatch.setattr(socket, "socket", no_network)
    model = JudgingModel.load(WEIGHTS)
    assert WEIGHTS == REPO / "wb" / "lang" / "nl" / "aimed_weights.json"
    # judging-retrain: retrained on rounds 1-27 and batch 26, threshold chosen on tune rows by CV
    assert model.threshold == 0.85 and "shape=attr" in model.weights
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["licence"].startswith("MIT") and "batches 1-31" in data["training"]
    assert len(data["texts"]) == 416 and data["texts"] == sorted(data["texts"])
    assert len(data["weights"]) == 7966 and data["C"] == 1.0


def test_the_bundled_model_judges_words_on_a_person() -> None:
    model = default_model()
    doc = label_finder().nlp("Een perverse vader kwam langs.")
    scores = {doc[i].text: round(model.score(f), 2) for i, f in candidates(doc)}
    assert scores == {"perverse": 0.88, "kwam": 0.03}
    assert scores["perverse"] >= model.threshold > scores["kwam"]
    kind = label_finder().nlp("Zij is een zorgzame moeder.")
    assert [round(model.score(f), 2) for _, f in candidates(kind)] == [0.06]
    # a mild word in a person-aimed shape stays below the threshold chosen by CV
    mild = label_finder().nlp("Ik vond hem saai.")
    assert {mild[i].text: round(model.score(f), 2) for i, f in candidates(mild)} == {
        "vond": 0.0,
        "saai": 0.51,
    }


def test_the_finder_adds_aimed_hits_only_when_asked() -> None:
    text = "Zij is een vreemde vrouw."
    assert found(label_finder(), text) == []
    assert found(aimed_finder(), text) == [(11, 18, "vreemde", LABEL, "asserted")]
    # a rule hit stays the rules' ("perverse vader" is a description of the pattern)
    assert [h[2:4] for h in found(aimed_finder(), "Een perverse vader kwam langs.")] == [
        ("perverse vader", "negatieve typering")
    ]
    assert found(aimed_finder(), "De vader werkt in Utrecht.") == []


def test_a_pipeline_without_sentences_gives_no_shapes() -> None:
    import spacy

    doc = spacy.blank("nl")("Een perverse vader.")
    assert shapes(doc) == {} and find_aimed(doc) == []


def test_wb_labels_learned_switches_the_aimed_judge_on(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from wb.cli import cli
    from wb.dossiers.judging import method_line

    (tmp_path / "a.txt").write_text("Zij is een vreemde vrouw.\n", encoding="utf-8")
    off = CliRunner().invoke(cli, ["labels", str(tmp_path)])
    assert off.exit_code == 0, off.output
    assert not [line for line in off.output.splitlines() if "a.txt  " in line]
    on = CliRunner().invoke(cli, ["labels", str(tmp_path), "--learned"])
    assert on.exit_code == 0, on.output
    lines = on.output.splitlines()
    # the table names the flagged words when they do not spell the label (ux5)
    cells = [
        [c.strip() for c in line.split("  ") if c.strip()] for line in lines if "a.txt  " in line
    ]
    assert [row[0] for row in cells] == [f"{LABEL} («vreemde»)"]  # no dossier: first column empty
    assert lines[-1] == method_line(True)
    assert lines[-1].endswith("in een vorm staat die op een persoon gericht is (drempel 0,85).")


def test_the_training_script_never_holds_out_or_reads_a_sealed_batch() -> None:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    import train_aimed
    from bench_labels import SEALED_BATCHES

    assert train_aimed.SEALED_BATCHES is SEALED_BATCHES
    assert set(train_aimed.ROUNDS) == set(range(16, 26))
    assert not set(train_aimed.ROUNDS.values()) & SEALED_BATCHES


def test_the_inner_threshold_weighs_three_right_against_one_wrong(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import math
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    import train_aimed

    monkeypatch.setattr(train_aimed, "fit", lambda rows, c: {"x": 1.0})

    def row(k: int, score: float, gold: int, open_: bool = True) -> dict:
        return {
            "id": f"t{k}",
            "gold": gold,
            "open": open_,
            "f": {"x": math.log(score / (1 - score))},
        }

    rows = [row(0, 0.95, 0), *(row(k, 0.87, 1) for k in range(1, 5)), row(5, 0.82, 1)]
    rows += [row(6, 0.75, 0), row(7, 0.72, 0), row(8, 0.99, 0, open_=False)]
    # .90: -3; .85: 4 - 3 = 1; .80: 5 - 3 = 2; .70: 5 - 9 = -4; a closed row never counts
    assert train_aimed.inner_threshold(rows, 1.0) == 0.8
    rows.append(row(9, 0.81, 0))  # one more wrong at .80: .85 wins (1 against -1)
    assert train_aimed.inner_threshold(rows, 1.0) == 0.85
