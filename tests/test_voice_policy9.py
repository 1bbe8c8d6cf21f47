"""Policy line 9 of the labels annotation (bench/realtext/labels/README.md, labels-policy9): a
bare plural that names a type, as the subject of a generic statement, is discussed whatever is
said of the type and whoever says it; a judging word said of the type, a counted or possessed
group, a predicate and a past event keep the voice of who applies the term. Written sentences,
not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.voice import VoiceResolver


@pytest.mark.parametrize(
    ("text", "term", "voice"),
    [
        # the bare plural type as the subject of a present-tense clause: discussed
        (
            "Vervreemde kinderen denken dat ze het zonder die ouder niet redden.",
            "Vervreemde",
            "discussed",
        ),
        ("Verwende kinderen worden later vaak ongelukkige volwassenen.", "Verwende", "discussed"),
        (
            "Omdat helikopterouders alles voor hun kind regelen, leert het kind niets.",
            "helikopterouders",
            "discussed",
        ),
        ("Volgens de juf hebben verwende kinderen geen grenzen.", "verwende", "discussed"),
        # ... in a quote too, whoever speaks (as policy 7)
        ("‘Narcisten veranderen nooit,’ zegt de therapeut.", "Narcisten", "discussed"),
        # a counted or possessed group, a predicate, a past event: not the type's name
        ("Veel narcisten zijn charmant.", "narcisten", "asserted"),
        ("Onze verwende kinderen zeuren de hele dag.", "verwende", "asserted"),
        ("Dit zijn verwende kinderen.", "verwende", "asserted"),
        ("Verwende kinderen zeurden gisteren de hele dag in de winkel.", "Verwende", "asserted"),
        ("De verwende kinderen van de buren zeurden de hele dag.", "verwende", "asserted"),
        # a completed event ("hebben" with a participle) and a focus word that singles out part
        # of a group: a group of the situation, not the type
        ("Verwende kinderen hebben de hele winkel op stelten gezet.", "Verwende", "asserted"),
        ("Vooral verwende kinderen zeuren in de winkel.", "verwende", "asserted"),
    ],
)
def test_policy_9_rules(text: str, term: str, voice: str) -> None:
    doc = label_finder().nlp(text)
    start = text.index(term)
    assert VoiceResolver(doc).voice(start, start + len(term)) == voice


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the type is discussed, the judging word said of it follows policy 3 (the author: asserted)
        (
            "Narcistische ouders manipuleren hun kinderen voortdurend.",
            [("Narcistische", "discussed"), ("manipuleren", "asserted")],
        ),
        (
            "Vervreemde kinderen denken dat ze het zonder die ouder niet redden.",
            [("Vervreemde", "discussed")],
        ),
        # policy 3 as before: a judging word said of a group the term does not name
        (
            "Vaders die hun kinderen manipuleren, beseffen niet wat ze aanrichten.",
            [("manipuleren", "asserted")],
        ),
    ],
)
def test_policy_9_voices(text: str, expected: list) -> None:
    assert [(h[2], h[4]) for h in hits(label_finder(), text)] == expected
