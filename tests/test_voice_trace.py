"""VoiceResolver.trace: each voice rule's own decision for a span (bench/train_voice.py)."""

from __future__ import annotations

import pytest

from wb.dossiers.voice import VoiceResolver, self_terms
from wb.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def fired(nlp, text: str, term: str) -> tuple[set[str], str]:
    resolver = VoiceResolver(nlp(text), self_terms(None))
    start = text.index(term)
    trace = resolver.trace(start, start + len(term))
    return {k for k, v in trace.items() if v}, resolver.voice(start, start + len(term))


def test_trace_names_the_rules_that_fire_without_short_circuit(nlp) -> None:
    # negated and, in the same sentence, a reporting cue of another speaker: voice() stops at
    # the negation, trace() shows both
    text = "Volgens de rechtbank is er geen sprake van ouderverstoting."
    rules, voice = fired(nlp, text, "ouderverstoting")
    assert voice == "negated"
    assert rules == {"negated", "cue_other"}


def test_trace_of_quoted_term_and_question(nlp) -> None:
    rules, voice = fired(nlp, "Wat is ‘ouderverstoting’?", "ouderverstoting")
    assert voice == "discussed"
    # a question alone on its line is a heading as well
    assert rules == {"quoted", "short_quote", "generic_question", "defined", "heading"}
    rules, voice = fired(nlp, "Moeder zegt: ‘Vader manipuleert de kinderen.’", "manipuleert")
    assert voice == "attributed"
    assert {"quoted", "speech", "cue_other"} <= rules
