"""The learned detector of judging language (labels21): made-up sentences, the shipped weights,
the opt-in in LabelFinder and `wb labels`. Written sentences, not evaluation texts."""

from __future__ import annotations

import json
import socket
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner
from label_finders import LEXICON, label_finder
from label_finders import hits as found

from wb.cli import cli
from wb.dossiers.judging import (
    LABEL,
    WEIGHTS,
    JudgingModel,
    candidates,
    default_model,
    features,
    find_judging,
    method_line,
)
from wb.dossiers.labels import LabelFinder, label_corpus
from wb.errors import ClusterError, VoiceModelError

REPO = Path(__file__).resolve().parent.parent


@cache
def learned_finder() -> LabelFinder:
    """The lexicon's finder with the learned detector switched on."""
    return LabelFinder(LEXICON, judging=True).fit()


def judged(text: str) -> list[str]:
    """The words the bundled detector alone marks in text."""
    doc = label_finder().nlp(text)
    return [text[a:b] for a, b in find_judging(doc)]


def test_the_shipped_weights_load_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network")

    monkeypatch.setattr(socket, "socket", no_network)
    model = JudgingModel.load()
    assert WEIGHTS == REPO / "wb" / "lang" / "nl" / "judging_weights.json"
    # judging-retrain: all tune texts, threshold chosen on them by grouped CV (aimed4's rule)
    assert model.threshold == 0.9
    assert len(model.weights) > 1000 and "b" in model.weights
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["licence"].startswith("MIT") and "every batch but 32, 33, 34" in data["training"]
    assert len(data["texts"]) == 416 and data["texts"] == sorted(data["texts"])


def test_a_malformed_weights_file_says_how_to_remake_it(tmp_path: Path) -> None:
    bad = tmp_path / "judging_weights.json"
    bad.write_text('{"weights": {}}', encoding="utf-8")
    with pytest.raises(VoiceModelError, match=r"bench/train_judging\.py --write"):
        JudgingModel.load(bad)


def test_judging_adjectives_before_a_parent_and_not_the_kind_ones() -> None:
    assert judged("Het is een manipulatieve moeder.") == ["manipulatieve"]
    assert judged("Het is een betrokken moeder.") == []
    assert judged("De moeder is een zorgzame vrouw.") == []
    assert judged("Het kind is erg vrolijk en sportief.") == []


def test_candidates_are_content_words_in_sentences_about_a_person() -> None:
    doc = label_finder().nlp("Het regent hard vandaag. Vader gedraagt zich tegenwerkend.")
    assert [doc[i].text for i in candidates(doc)] == ["gedraagt", "tegenwerkend"]


def test_scores_are_probabilities_of_named_features() -> None:
    doc = label_finder().nlp("Vader gedraagt zich tegenwerkend.")
    feats = features(doc, 3)
    # a present participle: word class VERB, lemma tegenwerken, on the list of judging verbs
    assert {"l=tegenwerken", "p=VERB", "m:VerbForm=Part", "list:jverb", "l-1=zich"} <= set(feats)
    model = default_model()
    assert model.score(feats) >= model.threshold > model.score(features(doc, 1))


def test_the_finder_adds_learned_hits_only_when_asked() -> None:
    text = "Vader gedraagt zich tegenwerkend."
    assert found(label_finder(), text) == []
    assert found(learned_finder(), text) == [(20, 32, "tegenwerkend", LABEL, "asserted")]


def test_learned_hits_take_their_voice_from_the_voice_machinery() -> None:
    said = "Volgens de buurvrouw gedraagt vader zich tegenwerkend."
    denied = "Vader gedraagt zich niet tegenwerkend."
    assert found(learned_finder(), said) == [(41, 53, "tegenwerkend", LABEL, "attributed")]
    assert found(learned_finder(), denied) == [(25, 37, "tegenwerkend", LABEL, "negated")]


def test_rule_hits_and_lexicon_words_stay_with_the_rules() -> None:
    # "manipulatieve" is a lexicon term, "egoïstische man" a description: no second hit
    assert [h[3] for h in found(learned_finder(), "Het is een manipulatieve moeder.")] == [
        "manipulatief"
    ]
    text = "De vader is een egoïstische man die nooit luistert."
    # "nooit luistert" is the rules' own (not listening, labels45), no learned hit either
    assert [h[2:4] for h in found(learned_finder(), text)] == [
        ("egoïstische man", "negatieve typering"),
        ("nooit luistert", "negatieve typering"),
    ]
    # "gefrustreerd" scores high, but its lemma frustreren is a lexicon word: the rules decided
    doc = label_finder().nlp("Vader komt gefrustreerd over.")
    assert default_model().score(features(doc, 2)) >= default_model().threshold
    assert found(learned_finder(), "Vader komt gefrustreerd over.") == []


def test_a_lower_threshold_finds_more() -> None:
    doc = label_finder().nlp("Moeder is achterdochtig tegenover iedereen.")
    assert find_judging(doc) == []
    assert find_judging(doc, threshold=0.1) == [(10, 23)]


def test_wb_labels_says_which_detectors_it_used(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Vader gedraagt zich tegenwerkend.\n", encoding="utf-8")
    off = CliRunner().invoke(cli, ["labels", str(tmp_path)])
    assert off.exit_code == 0, off.output
    assert off.output.splitlines()[-1] == method_line(False)
    assert "staat uit; zet hem aan met --learned" in method_line(False)
    on = CliRunner().invoke(cli, ["labels", str(tmp_path), "--learned"])
    assert on.exit_code == 0, on.output
    lines = on.output.splitlines()
    assert lines[-1] == method_line(True)
    assert "(drempel 0,90; label 'oordelende taal (geleerd)')" in lines[-1]
    # the table names the flagged words when they do not spell the label (ux5)
    cells = [
        [c.strip() for c in line.split("  ") if c.strip()] for line in lines if "a.txt  " in line
    ]
    assert [row[0] for row in cells] == [  # no dossier: the first column is empty
        f"{LABEL} («tegenwerkend»)"
    ]


def test_learned_and_cluster_do_not_go_together(tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match="--learned werkt nog niet samen met --cluster"):
        label_corpus(tmp_path, LEXICON, cluster="local", judging=True)


def test_a_pipeline_without_sentences_gives_no_candidates() -> None:
    import spacy

    doc = spacy.blank("nl")("Vader is tegenwerkend.")
    assert candidates(doc) == [] and find_judging(doc) == []


def test_the_review_findings_say_why_a_learned_hit_is_there(tmp_path: Path) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.judging import REASON
    from wb.store import open_project
    from wb.store.findings import findings

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Vader gedraagt zich tegenwerkend.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D,2024-01-02\n", "utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, LEXICON)
        assert findings(project, "label") == []
        analyse_dossiers(project, LEXICON, judging=True)
        items = [f.payload for f in findings(project, "label")]
    assert [(i["label"], i["text"], i["why"]) for i in items] == [(LABEL, "tegenwerkend", REASON)]
