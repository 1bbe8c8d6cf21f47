"""Opt-in ways beyond the codebook's words (codes6): word classes a description names, and a
per-code model learned from fully coded documents with a threshold set on those documents.

Both are off by default (measured on the tune rows of the real sets and the synthetic tune
documents, bench/README.md "codes6"); these tests pin what each does when it is switched on.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.learned import CodeLearner
from wb.coding.rank import CodeModel, with_classes
from wb.coding.suggest import Suggester
from wb.coding.word_classes import class_features, describe
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Beleving
    description: Hoe een kind de uithuisplaatsing beleeft.
  - name: Rechtspraak
    description: De zitting bij de kinderrechter.
    patterns: [kinderrechter]
"""
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _codes(model_options: dict, text: str, nlp) -> list[tuple[str, str]]:
    suggester = Suggester(BOOK, nlp, expand=True, **model_options).fit()
    found = suggester.suggest([("d", text)])
    return [(s.code, s.why) for s in found]


def test_a_feeling_word_falls_in_the_class_a_description_names() -> None:
    assert class_features(["kind", "bang"]) == {"~gevoel", "~gevoel~kind"}
    assert class_features(["verdriet"]) == {"~gevoel"}
    assert class_features(["kind", "school"]) == frozenset()
    assert describe("~gevoel", {"bang", "kind"}) == "gevoelswoorden (bang)"


def test_a_word_only_inside_a_compound_is_no_feeling() -> None:
    # "ervaringsdeskundige" holds "ervaring" as a part: it names a role, not an experience
    assert with_classes(frozenset({"ervaringsdeskundige", "ervaring", "deskundige"})) == {
        "ervaringsdeskundige",
        "ervaring",
        "deskundige",
    }
    assert "~gevoel" in with_classes(frozenset({"ervaring", "kind"}))


def test_the_class_brings_a_code_only_when_switched_on(nlp) -> None:
    text = "Het meisje was bang en verdrietig na de uithuisplaatsing."
    assert _codes({}, text, nlp) == []
    found = _codes({"class_weight": 0.7}, text, nlp)
    assert [c for c, _ in found] == ["Beleving"]
    assert found[0][1] == (
        "gevoelswoorden (bang, verdrietig), past bij de beschrijving: uithuisplaatsing"
    )


def _doc(*rows: tuple[set[str], set[str]]) -> list[tuple[frozenset[str], frozenset[str]]]:
    return [(frozenset(f), frozenset(c)) for f, c in rows]


CODED = [
    _doc(
        ({"klacht", "commissie"}, {"Klachten"}),
        ({"klacht", "ongegrond"}, {"Klachten"}),
        ({"commissie", "oordeel"}, {"Klachten"}),
        ({"zitting", "rechter"}, set()),
        ({"school", "kind"}, set()),
    ),
    _doc(
        ({"klacht", "commissie", "brief"}, {"Klachten"}),
        ({"commissie", "klacht"}, {"Klachten"}),
        ({"kind", "huis"}, set()),
        ({"brief", "minister"}, set()),
    ),
    _doc(
        ({"klacht", "ombudsman"}, {"Klachten"}),
        ({"commissie", "klacht", "uitspraak"}, {"Klachten"}),
        ({"school", "huis"}, set()),
    ),
]


def test_the_learner_sets_a_threshold_from_the_coded_documents() -> None:
    learner = CodeLearner(precision=0.8, min_right=2).fit(CODED)
    assert set(learner.thresholds_) == {"Klachten"}
    score, lemmas = learner.score("Klachten", frozenset({"klacht", "commissie", "tuchtrecht"}))
    assert score >= 1.0 and lemmas == ["klacht", "commissie"]
    assert learner.score("Klachten", frozenset({"brief", "kind"}))[0] < 1.0
    # a lemma must mark the code in two documents, so two coded documents are too few to
    # check a threshold on (each is scored by what the other one teaches)
    assert CodeLearner().fit(CODED[:2]).thresholds_ == {}


def test_a_code_the_coded_documents_cannot_vouch_for_gets_no_threshold() -> None:
    # the lemma that marks the code in one document marks nothing in the other
    docs = [
        _doc(({"wacht", "lijst"}, {"Werkdruk"}), ({"wacht", "lijst"}, {"Werkdruk"})),
        _doc(({"wacht", "lijst"}, {"Werkdruk"}), ({"wacht", "lijst"}, {"Werkdruk"})),
        _doc(
            ({"wacht", "lijst"}, set()),
            ({"wacht", "lijst"}, set()),
            ({"wacht", "lijst"}, set()),
            ({"tijd"}, {"Werkdruk"}),
        ),
    ]
    assert CodeLearner(precision=0.8, min_right=2).fit(docs).thresholds_ == {}


def test_the_model_suggests_from_the_learner_with_its_reason(nlp) -> None:
    model = CodeModel(BOOK, nlp, use_learner=True, use_examples=False).fit()
    assert model.learner() is None
    for doc in CODED:
        model.learn_document(
            [(" ".join(sorted(f)), f) for f, _ in doc],
            [{"Rechtspraak"} if c else set() for _, c in doc],
        )
    found = model.score(frozenset({"klacht", "commissie", "tuchtrecht"}))
    learned = [s for s in found if s.source == "learned"]
    assert [(s.code, s.reason) for s in learned] == [
        ("Rechtspraak", "lijkt op eerder gecodeerde zinnen: klacht, commissie")
    ]
    model.forget()
    assert model.learner() is None
