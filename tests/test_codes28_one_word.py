"""codes28: one word of the code carries a document's run to the next sentence, two in minutes.

Made-up sentences on the shared two-code codebook, exact expectations (wb.coding.doc_runs,
Suggester options ``doc_runs_words`` and ``doc_runs_minutes_words``), and the bench helper that
sets a module constant for one variant (bench/codes_alone_sets.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from proef_codebook import V, proef_book

from wb.coding import doc_runs
from wb.coding.suggest import Suggester
from wb.nlp import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

BOOK = proef_book()
TEXT = (
    "Moeder wil verhuizen naar Groningen. De verhuizing is in mei. De stad ligt ver weg. "
    "Het weer was mooi."
)
MINUTES = "Aanwezig: Jan, Piet en Marie\n\n" + TEXT
OTHERS = (
    "Het weer was mooi in mei.",
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
)
HITS = [("verhuizen", V, "verhuizen", "", 1.0), ("verhuizing", V, "verhuizing", "", 1.0)]
CARRIED = (
    "De stad ligt ver weg.",
    V,
    "(naastliggende zin)",
    "past bij de beschrijving: stad, net als de zin ervoor",
    0.368,
)


@pytest.fixture(scope="module")
def nlp():
    return load()


def _found(nlp, text: str, **options) -> list[tuple[str, str, str, str, float]]:
    options.setdefault("passage_paragraph", 0)  # the rest of a paragraph: test_codes34_*.py
    suggester = Suggester(BOOK, nlp, expand=True, **options).fit()
    suggester.fit_corpus([nlp(t) for t in (TEXT, *OTHERS)])
    return [
        (s.match_text, s.code, s.rule, s.reason, round(s.score, 3))
        for s in suggester.suggest_doc("d", nlp(text))
    ]


def test_the_defaults_are_one_word_and_two_in_minutes() -> None:
    assert (doc_runs.MIN_WORDS, doc_runs.MINUTES_WORDS) == (1, 2)


def test_one_word_of_the_code_carries_the_run_to_the_next_sentence(nlp) -> None:
    # "stad" (in Verhuizing's description) beside two Verhuizing sentences; the sentence after
    # it takes nothing (a carried code does not carry further)
    assert _found(nlp, TEXT) == [*HITS, CARRIED]
    # two words, as before codes28: nothing carries
    assert _found(nlp, TEXT, doc_runs_words=2) == HITS


def test_in_minutes_one_word_is_not_enough(nlp) -> None:
    assert _found(nlp, MINUTES) == HITS
    assert _found(nlp, MINUTES, doc_runs_minutes_words=1) == [*HITS, CARRIED]


def test_a_variants_module_constant_is_set_and_put_back() -> None:
    from codes_alone_sets import with_constants

    old = with_constants({"doc_runs.MIN_WORDS": 3})
    assert doc_runs.MIN_WORDS == 3
    assert old == {(doc_runs, "MIN_WORDS"): 1}
    with_constants({"doc_runs.MIN_WORDS": 1})
    assert doc_runs.MIN_WORDS == 1


def test_a_childs_voice_code_is_carried_by_one_word_too(nlp) -> None:
    # a known cost: the parent's "Mijn kinderen missen hun vader." after a child's line takes the
    # experience code by its one word "kind"; carrying.RUNS_VOICE = False would skip it (measured:
    # codes2 tune -2 right / -2 wrong, codes5 held-out -2 / -3, so it stays on)
    from test_coding_voice import BOOK as VOICE_BOOK
    from test_coding_voice import STORY

    suggester = Suggester(VOICE_BOOK, nlp, expand=True).fit()
    found = [
        (s.match_text, s.rule, s.reason)
        for s in suggester.suggest_doc("d", nlp(STORY))
        if s.code == "Ervaring van het kind" and s.rule == "(naastliggende zin)"
    ]
    assert found == [
        (
            "Mijn kinderen missen hun vader.",
            "(naastliggende zin)",
            "past bij de beschrijving: kind, net als de zin ervoor",
        )
    ]
