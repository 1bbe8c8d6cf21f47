"""Suggestion reasons in words: every kind of codebook pattern."""

from __future__ import annotations

from wb.codebook import Pattern
from wb.coding.reasons import describe_rule


def test_each_pattern_kind_in_words() -> None:
    tokens = [{"LOWER": "toen"}, {"LOWER": {"IN": ["acht", "negen"]}}, {"POS": "VERB", "OP": "?"}]
    cases = [
        (Pattern("phrase", "verliezen"), "lemma: verliezen"),
        (Pattern("phrase", "contact verliezen"), "lemma's na elkaar: contact verliezen"),
        (Pattern("all", ["contact", "verliezen"]), "patroon: contact + verliezen (in één zin)"),
        (Pattern("regex", r"\bniet meer\b"), r"reguliere expressie: \bniet meer\b"),
        (Pattern("tokens", tokens), "woordreeks: toen · acht/negen · pos=VERB (mag ontbreken)"),
    ]
    assert [describe_rule(p.rule) for p, _ in cases] == [text for _, text in cases]
