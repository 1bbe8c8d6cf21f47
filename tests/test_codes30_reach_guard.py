"""codes30: the reach of the codings only for a code the codebook finds twice in a document.

Made-up documents (the codebook and coded documents of tests/test_codes16.py), exact
expectations (wb.coding.reaching.MIN_OWN).
"""

from __future__ import annotations

import pytest
from test_codes16 import BOOK, CODED, FILL, A

from wb.coding import reaching
from wb.coding.suggest import Suggester
from wb.nlp import load

ONCE = "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. " + (
    " ".join(FILL[3:])
)
TWICE = (
    "Vader wil verhuizen naar Utrecht. Daar woont zijn vriendin. De bus was te laat. "
    "De verhuizing is in mei. Het huis is al gekocht. De kat slaapt op de bank."
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _reach(nlp, text: str) -> list[tuple[str, str, float, str]]:
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(text)]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(CODED):
        suggester.learn_document(f"c{k}", docs[k], codes)
    return [
        (s.match_text, s.code, s.score, s.reason)
        for s in suggester.suggest_doc("nieuw", docs[-1])
        if s.rule == "(zoals uw coderingen)"
    ]


def test_a_code_the_codebook_finds_once_does_not_reach(nlp):
    assert reaching.MIN_OWN == 2
    assert _reach(nlp, ONCE) == []


def test_with_min_own_one_the_single_sentence_reaches_again(nlp, monkeypatch):
    monkeypatch.setattr(reaching, "MIN_OWN", 1)
    assert _reach(nlp, ONCE) == [
        (
            "Daar woont zijn vriendin.",
            A,
            0.239,
            "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
            "en in 1 van de 5 zinnen van dit document",
        )
    ]


def test_a_code_the_codebook_finds_in_four_sentences_reaches(nlp):
    assert _reach(nlp, TWICE) == [
        (
            "Het huis is al gekocht.",
            A,
            0.244,
            "zoals in de documenten die u codeerde: Verhuizing in de zin ervoor, "
            "en in 4 van de 6 zinnen van dit document",
        )
    ]
