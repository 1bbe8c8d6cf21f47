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
        (Pattern("regex", r"\bniet meer\b"), "patroon: niet meer"),
        (
            Pattern("tokens", tokens),
            "woorden na elkaar: toen, dan acht/negen, dan een werkwoord (mag ontbreken)",
        ),
    ]
    assert [describe_rule(p.rule) for p, _ in cases] == [text for _, text in cases]


def test_regex_reads_as_words() -> None:
    cases = [
        (
            r"\bduurzaam samenwerken(?: na scheiding)?\b",
            "patroon: duurzaam samenwerken (na scheiding)",
        ),
        (
            r"\bik (?:ben|was) (?:een |de )?(?:moeder|vader)\b",
            "patroon: ik ben/was (een/de) moeder/vader",
        ),
        (r"\b(?:zag|zien)\b[^.?!\n]{0,90}\bniet meer\b", "patroon: zag/zien … niet meer"),
        (r"\b(?:iemand|ouder) (?:\w+ ){0,2}bang\b", "patroon: iemand/ouder … bang"),
        (
            r"\bik heb (?:een|twee) (?:zoons?|dochters?)\b",
            "patroon: ik heb een/twee zoon(s)/dochter(s)",
        ),
        (r"\bgehoord\s+(?:ge)?voel(?:d|de|den)\b", "patroon: gehoord (ge)voel(d/de/den)"),
        (
            r"\b(?:negen|\d+) (?:andere )?instanties\b",
            "patroon: negen/een getal (andere) instanties",
        ),
        (r"\bis de (?:derde|vierde)(?=[,.?!]| (?:in|had)\b)", "patroon: is de derde/vierde"),
        (r"(?m)^(?:Mentor|Docent)\b[^:\n]{0,45}:", "patroon: Mentor/Docent …:"),
        (r"contact verloren|geen contact meer", "patroon: contact verloren of geen contact meer"),
        (r"[a-z]+heid\b", "patroon: …heid"),
        (r"[^\s]+", "patroon zonder vaste woorden"),
    ]
    assert [describe_rule(Pattern("regex", rx).rule) for rx, _ in cases] == [t for _, t in cases]


def test_many_alternatives_are_cut_short() -> None:
    rule = Pattern("regex", r"\b(?:" + "|".join(f"w{i}" for i in range(12)) + r")\b").rule
    assert describe_rule(rule) == "patroon: w0/w1/w2/w3/w4/w5/w6/enz."
