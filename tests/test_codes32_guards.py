"""codes32: label lines ("Vraag 1", "Zie antwoord vraag 1.") are page structure, never coded.

Made-up lines and documents, exact expectations (wb.coding.sentence_kinds.is_label_line, the
reach of the codings in wb.coding.reaching, Suggester.suggest_doc).
"""

from __future__ import annotations

import pytest
from test_codes16 import BOOK, CODED, FILL

from wb.coding import line_roles, reaching
from wb.coding.sentence_kinds import is_label_line
from wb.coding.suggest import Suggester
from wb.nlp import load


@pytest.mark.parametrize(
    "line",
    [
        "Vraag 1",
        "Vraag 2\n",
        "Antwoord 12:",
        "Bijlage 2.",
        "Stap 3a",
        "12.",
        "Zie antwoord vraag 1.",
    ],
)
def test_label_lines(line):
    assert is_label_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Groepsbezoeken",
        "Vraag 1: Bent u bekend met het bericht?",
        "Zie de website van de gemeente.",
        "In 2012 was dat zo.",
        "Artikel 1:377a BW",
        "Drie kinderen van 12 jaar",
    ],
)
def test_sentences_and_headings_are_no_label_lines(line):
    assert not is_label_line(line)


NEW = (
    "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht.\n\nVraag 2\n\n"
    "Daar woont zijn vriendin. " + " ".join(FILL[3:])
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, monkeypatch, text: str) -> list[tuple[str, str, str, float]]:
    monkeypatch.setattr(reaching, "MIN_OWN", 1)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(text)]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(CODED):
        suggester.learn_document(f"c{k}", docs[k], codes)
    return [(s.match_text, s.code, s.rule, s.score) for s in suggester.suggest_doc("n", docs[-1])]


def test_the_reach_passes_a_label_line(nlp, monkeypatch):
    assert _found(nlp, monkeypatch, NEW) == [("verhuizen", "Verhuizing", "verhuizen", 1.0)]


def test_without_the_guard_the_reach_took_it(nlp, monkeypatch):
    monkeypatch.setattr(reaching, "is_label_line", lambda text: False)
    monkeypatch.setattr(line_roles, "TINY_SHARE", 0)  # codes40: a tiny line is silent too
    monkeypatch.setattr(line_roles, "META_RULES", "")  # codes41: "Vraag 2" is a meta label too
    assert _found(nlp, monkeypatch, NEW) == [
        ("verhuizen", "Verhuizing", "verhuizen", 1.0),
        ("Vraag 2", "Verhuizing", "(zoals uw coderingen)", 0.197),
    ]


def test_a_pattern_word_on_a_label_line_is_no_coding(nlp, monkeypatch):
    found = _found(nlp, monkeypatch, "Verhuizing 1\n\nVader wil verhuizen naar Utrecht.")
    assert found == [("verhuizen", "Verhuizing", "verhuizen", 1.0)]


def test_without_the_guard_the_pattern_word_coded_it(nlp, monkeypatch):
    from wb.coding import sentence_ranking

    monkeypatch.setattr(sentence_ranking, "_is_label_line", lambda text: False)
    found = _found(nlp, monkeypatch, "Verhuizing 1\n\nVader wil verhuizen naar Utrecht.")
    assert [f[0] for f in found] == ["Verhuizing", "verhuizen"]
