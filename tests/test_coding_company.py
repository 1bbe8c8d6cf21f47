"""The company a code keeps in the project's corpus (wb.coding.company): lemmas co-occurring
with its patterns' hits, across documents, supporting the code's own words.

Corpora are feature sets built by hand (the lemmas a sentence would give), so each count is
known; each test fails with its rule off.
"""

from __future__ import annotations

import pytest

from wb.codebook import parse_codebook
from wb.coding.company import company_lemmas, company_sentences, whole_words
from wb.coding.rank import CodeModel
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Uithuisplaatsing
    description: Het kind gaat ergens anders wonen.
    patterns: [uithuisplaatsing]
  - name: School
    description: Lessen en de klas.
    patterns: [school]
"""
)
PLACED = "uithuisplaatsing"


def _corpus() -> tuple[list[frozenset[str]], list[set[str]], list[int]]:
    """60 sentences in 6 documents; 2 placement sentences in each of 3, one naming the internaat."""
    feats, hits, docs = [], [], []
    for d in range(6):
        for k in range(10):
            f = {f"woord{d}x{k}", "dag"}
            h: set[str] = set()
            if k == 0 and d < 3:
                f |= {PLACED, "internaat", f"plek{d}"}
                h = {"Uithuisplaatsing"}
            if k == 1 and d < 3:
                f |= {PLACED}
                h = {"Uithuisplaatsing"}
            feats.append(frozenset(f))
            hits.append(h)
            docs.append(d)
    return feats, hits, docs


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def test_company_sentences_with_a_window_stay_in_their_document() -> None:
    hits = [set(), {"A"}, set(), set(), {"A"}]
    docs = [0, 0, 1, 1, 2]
    assert company_sentences(5, hits, docs, "A") == [1, 4]
    assert company_sentences(5, hits, docs, "A", window=1) == [0, 1, 4]


def test_company_lemmas_need_several_documents_and_count_a_repeated_line_once() -> None:
    feats, _, docs = _corpus()
    df = {}
    for f in feats:
        for x in f:
            df[x] = df.get(x, 0) + 1
    own = [0, 1, 10, 11, 20, 21]
    found = company_lemmas(feats, own, docs, df, skip=lambda x: x == PLACED)
    assert sorted(found) == ["internaat"]  # "plek0" is in one document only
    assert round(found["internaat"], 1) == 10.0
    assert sorted(company_lemmas(feats, own, docs, df, skip=lambda x: False, min_docs=1)) == [
        "internaat",
        PLACED,
    ]
    same = [feats[0]] * 6  # one line in six documents: seen once
    apart = [0, 1, 2, 3, 4, 5, *docs[6:]]
    assert company_lemmas(same + feats[6:], list(range(6)), apart, df, skip=lambda x: False) == {}


def test_whole_words_leave_out_a_compounds_parts() -> None:
    assert sorted(whole_words(frozenset({"jeugdbescherming", "jeugd", "bescherming"}))) == [
        "jeugdbescherming"
    ]


def test_the_company_supports_the_codes_own_words(nlp) -> None:
    feats, hits, docs = _corpus()
    model = CodeModel(BOOK, nlp).fit()
    model.count_corpus(feats, hits, docs)
    assert model.codes_["Uithuisplaatsing"].company == {"internaat": 0.8}
    assert model.codes_["School"].company == {}
    found = {s.code: s.reason for s in model.score(frozenset({"wonen", "internaat"}))}
    assert found == {
        "Uithuisplaatsing": "past bij de beschrijving: wonen; "
        "staat in uw documenten vaak bij deze code: internaat"
    }
    assert model.score(frozenset({"internaat", "plek9"})) == []  # never the company alone
    off = CodeModel(BOOK, nlp, company_patterns=False).fit()
    off.count_corpus(feats, hits, docs)
    assert off.codes_["Uithuisplaatsing"].company == {}
    assert off.score(frozenset({"wonen", "internaat"})) == []


def test_with_company_coded_the_codings_of_coded_documents_are_evidence_too(nlp) -> None:
    feats, hits, docs = _corpus()
    model = CodeModel(BOOK, nlp, company_coded=True).fit()
    model.count_corpus(feats, hits, docs)
    assert model.codes_["School"].company == {}
    for d in (0, 1):  # two coded documents: a sentence about the juf coded School in each
        told = frozenset({"juf", f"les{d}"})
        sentences = [("De juf.", told), ("Iets anders.", frozenset({"dag"}))]
        model.learn_document(sentences, [{"School"}, set()])
    model.learn_document([("De juf.", frozenset({"juf", "les2"}))], [{"School"}])
    assert model.codes_["School"].company == {"juf": 0.8}
    model.forget()
    assert model.codes_["School"].company == {}
