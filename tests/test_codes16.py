"""codes16: how far a researcher's codes reach beyond the codebook's own evidence.

Made-up documents, exact expectations (wb.coding.coder_reach, wb.coding.reaching, Suggester
options ``reach`` and ``reach_precision``, ``Suggester.learn_document``).
"""

from __future__ import annotations

import json

import pytest
from proef_codebook import CODED, FILL, proef_book

from wb.coding import reaching
from wb.coding.coder_reach import FEATURES, ReachDocument, ReachModel, calibrate, code_rows
from wb.coding.reaching import reach_reason, text_sentences
from wb.coding.suggest import Suggester, suggestions_json
from wb.nlp import load

A, B = "Verhuizing", "Alimentatie"


def _doc(n: int, anchors: dict[int, str], *, after: bool = True, heading: int = -1):
    """A document of n sentences with the codebook's own evidence at `anchors`; the researcher
    coded each anchor and (with `after`) the sentence after it."""
    own = [frozenset({anchors[k]}) if k in anchors else frozenset() for k in range(n)]
    coded = [set(o) for o in own]
    if after:
        for k, code in anchors.items():
            if k + 1 < n and k + 1 != heading:
                coded[k + 1].add(code)
    return ReachDocument(
        own=own,
        headings=[k == heading for k in range(n)],
        sizes=[6] * n,
        coded=[frozenset(c) for c in coded],
    )


def test_code_rows_give_the_features_of_each_sentence():
    doc = ReachDocument(
        own=[frozenset(), frozenset({A}), frozenset(), frozenset({B}), frozenset(), frozenset()],
        headings=[False, False, False, False, True, False],
        sizes=[6, 6, 2, 6, 3, 6],
        desc={A: [0.0, 1.0, 0.4, 0.0, 0.0, 3.0]},
    )
    rows = code_rows(doc, A)
    assert set(rows[0]) == set(FEATURES)
    assert rows[2] == {
        "anyown": 1.0,
        "both": 0.0,
        "desc": 0.4,
        "dist1": 1.0,
        "dist2": 1.0,
        "dist4": 1.0,
        "heading": 0.0,
        "next": 0.0,
        "nohead": 1.0,
        "other": 0.0,
        "pos": 0.4,
        "prev": 1.0,
        "share": pytest.approx(1 / 6),
        "short": 1.0,
        "win3": pytest.approx(1 / 6),
    }
    # a heading between the sentence and the code's evidence closes the stretch
    assert rows[5]["nohead"] == 0.0 and rows[5]["dist4"] == 1.0 and rows[5]["desc"] == 2.0
    assert rows[0]["next"] == 1.0 and rows[0]["prev"] == 0.0
    assert rows[3]["other"] == 1.0 and rows[3]["both"] == 0.0
    # a code the document has nowhere
    assert code_rows(doc, "Elders")[1]["anyown"] == 0.0
    assert code_rows(doc, "Elders")[1]["dist4"] == 0.0


def test_calibrate_takes_the_lowest_chance_right_often_enough():
    scored = [(0.9, True), (0.8, True), (0.7, False), (0.6, True), (0.5, False), (0.4, False)]
    assert calibrate(scored, 0.7, 2) == 0.6  # 3 of 4 right at .6
    assert calibrate(scored, 0.8, 2) == 0.8
    assert calibrate(scored, 0.7, 4) is None
    assert calibrate([], 0.7, 2) is None


def test_one_coded_document_teaches_nothing():
    model = ReachModel().fit([_doc(8, {1: A})], [A, B])
    assert model.threshold_ is None
    assert model.predict(_doc(8, {2: A})) == []


def test_the_sentence_after_the_evidence_is_learned():
    docs = [
        _doc(10, {1: A, 6: B}),
        _doc(10, {2: B, 7: A}),
        _doc(10, {3: A}),
        _doc(10, {5: B}),
    ]
    model = ReachModel().fit(docs, [A, B])
    assert model.threshold_ is not None
    new = _doc(10, {4: A}, after=False)
    assert [(k, code) for k, code, _, _ in model.predict(new)] == [(5, A)]
    # the sentences before the evidence were not coded: nothing there
    assert model.predict(_doc(10, {}, after=False)) == []


def test_a_researcher_who_codes_only_the_evidence_gets_nothing_added():
    docs = [_doc(10, {1: A, 6: B}, after=False), _doc(10, {2: B}, after=False)]
    docs.append(_doc(10, {3: A}, after=False))
    model = ReachModel().fit(docs, [A, B])
    assert model.threshold_ is None
    assert model.predict(_doc(10, {4: A}, after=False)) == []


def test_the_reason_says_where_the_code_stands():
    row = dict.fromkeys(FEATURES, 0.0) | {"prev": 1.0, "share": 0.2, "dist4": 1.0}
    assert reach_reason("Ouder/Verhuizing", row, 10) == (
        "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
        "en in 2 van de 10 zinnen van dit document"
    )
    row = dict.fromkeys(FEATURES, 0.0) | {"dist4": 1.0, "share": 0.1}
    assert reach_reason(A, row, 10).startswith(
        "zoals in de documenten die u codeerde: Verhuizing een paar zinnen verderop"
    )


BOOK = proef_book()
NEW = "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. " + (
    " ".join(FILL[3:])
)


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(autouse=True)
def _reach_from_one_sentence(monkeypatch):
    """These documents have the codebook's own evidence in one sentence (codes30: MIN_OWN 2)."""
    monkeypatch.setattr(reaching, "MIN_OWN", 1)


def _suggested(nlp, **options):
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(NEW)]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(CODED):
        assert len(text_sentences(docs[k])) == len(codes)
        suggester.learn_document(f"c{k}", docs[k], codes)
    return suggester, suggester.suggest_doc("nieuw", docs[-1])


def test_a_suggester_learns_the_reach_from_coded_documents(nlp):
    _, found = _suggested(nlp)
    reach = [(s.match_text, s.code, s.rule, s.reason) for s in found if s.rule.startswith("(z")]
    assert reach == [
        (
            "Daar woont zijn vriendin.",
            A,
            "(zoals uw coderingen)",
            "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
            "en in 1 van de 5 zinnen van dit document",
        )
    ]
    assert [s.score for s in found if s.rule == "(zoals uw coderingen)"] == [0.239]


def test_without_reach_nothing_is_added(nlp):
    _, found = _suggested(nlp, reach=False)
    assert [s.code for s in found] == [A]


def test_the_json_contract_keeps_score_and_reason(nlp):
    _, found = _suggested(nlp)
    rows = json.loads(json.dumps(suggestions_json(found)))["suggestions"]
    assert {tuple(sorted(r)) for r in rows} == {
        ("code", "doc", "end", "match", "reason", "rule", "score", "start")
    }
    added = [r for r in rows if r["rule"] == "(zoals uw coderingen)"]
    assert [(r["match"]["text"], r["score"] < 0.5) for r in added] == [
        ("Daar woont zijn vriendin.", True)
    ]


def test_learn_document_needs_codes_for_every_sentence(nlp):
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    doc = nlp(CODED[0][0])
    with pytest.raises(ValueError):
        suggester.learn_document("c0", doc, [{A}])
