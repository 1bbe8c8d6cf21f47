"""codes-thirdprec: learning from the coded third without losing precision.

Made-up snippets, exact expectations: a code the coded documents run carries by a neighbour
only to a sentence without a code of its own evidence (wb.coding.carrying.RUNS_SILENT).
"""

from __future__ import annotations

import pytest
from proef_codebook import CODED, A, V, proef_book

from wb.coding import carrying
from wb.coding.reaching import text_sentences
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = proef_book()


@pytest.fixture(scope="module")
def nlp():
    return load()


def _learned(nlp, *docs: str, **options) -> tuple[Suggester, list]:
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    parsed = [nlp(t) for t, _ in CODED] + [nlp(t) for t in docs]
    suggester.fit_corpus(parsed)
    for k, (_, codes) in enumerate(CODED):
        assert len(text_sentences(parsed[k])) == len(codes)
        suggester.learn_document(f"c{k}", parsed[k], codes)
    return suggester, parsed[len(CODED) :]


BESIDE = "Vader wil verhuizen naar Utrecht. Die stad is duur want hij betaalt alimentatie."
SILENT = "Vader wil verhuizen naar Utrecht. Die stad is duur."


def _found(nlp, text: str) -> list[tuple[str, str, str, str]]:
    suggester, (doc,) = _learned(nlp, text, reach=False)
    return [(s.match_text, s.code, s.rule, s.reason) for s in suggester.suggest_doc("n", doc)]


def test_a_learned_run_does_not_carry_to_a_sentence_with_its_own_code(nlp):
    assert _found(nlp, BESIDE) == [
        ("verhuizen", V, "verhuizen", ""),
        ("alimentatie", A, "alimentatie", ""),
    ]


def test_a_learned_run_carries_to_a_silent_sentence(nlp):
    assert _found(nlp, SILENT) == [
        ("verhuizen", V, "verhuizen", ""),
        (
            "Die stad is duur.",
            V,
            "(naastliggende zin)",
            "past bij de beschrijving: stad, net als de zin ervoor",
        ),
    ]


def test_without_runs_silent_the_run_carries_beside_another_code(nlp, monkeypatch):
    monkeypatch.setattr(carrying, "RUNS_SILENT", False)
    assert _found(nlp, BESIDE) == [
        ("verhuizen", V, "verhuizen", ""),
        (
            "Die stad is duur want hij betaalt alimentatie.",
            V,
            "(naastliggende zin)",
            "past bij de beschrijving: stad, net als de zin ervoor",
        ),
        ("alimentatie", A, "alimentatie", ""),
    ]


@pytest.mark.parametrize("silent", [True, False])
def test_the_codebook_alone_does_not_carry_either_way(nlp, monkeypatch, silent):
    monkeypatch.setattr(carrying, "RUNS_SILENT", silent)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    doc = nlp(BESIDE)
    suggester.fit_corpus([doc])
    assert [(s.match_text, s.code) for s in suggester.suggest_doc("n", doc)] == [
        ("verhuizen", V),
        ("alimentatie", A),
    ]
