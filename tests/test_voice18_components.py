"""voice18: which part of the default voice decides (rules, the guard's cue, or the model).

Written sentences, not taken from an evaluation text. Each case gives the hit, the default's
voice, the rules' voice and the component that decided the default's voice
(bench/voice_components.py), so a change of the hand-over between rules, guard and model shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from voice_components import component, decided  # noqa: E402

from wb.dossiers.labels import LabelFinder  # noqa: E402
from wb.dossiers.voice import VoiceResolver, self_terms  # noqa: E402
from wb.dossiers.voice_document import document_kind  # noqa: E402
from wb.dossiers.voice_model import default_model  # noqa: E402

CODEBOOK = ROOT / "codebooks" / "labels.yaml"


@pytest.fixture(scope="module")
def finders() -> tuple[LabelFinder, LabelFinder]:
    return LabelFinder(CODEBOOK).fit(), LabelFinder(CODEBOOK, voice_model="rules").fit()


# (text, term, default voice, rules voice, component)
CASES = [
    # the rules' own voices: a cue, a type as subject, a question to the reader
    (
        "Volgens de moeder is vader erg manipulatief.",
        "manipulatief",
        "attributed",
        "attributed",
        "rules",
    ),
    (
        "Ouderverstoting komt vaak voor na een scheiding.",
        "Ouderverstoting",
        "discussed",
        "discussed",
        "rules",
    ),
    (
        "Helikopterouders zijn altijd in de buurt van hun kind.",
        "Helikopterouders",
        "discussed",
        "discussed",
        "rules",
    ),
    ("Wat doe je met een verwend kind?", "verwend kind", "discussed", "discussed", "rules"),
    # the guard keeps asserted: a predicate about a particular person
    (
        "Mijn ex is erg manipulatief.",
        "manipulatief",
        "asserted",
        "asserted",
        "guard:predicate+particular",
    ),
    ("Moeder is overbezorgd.", "overbezorgd", "asserted", "asserted", "guard:predicate+particular"),
    # ... and about people without a type as subject (voice18: the guard's largest error group
    # on the tune rows, 12 of 23 wrong there; the model was right on as many, so it stays)
    (
        "Daarom zijn ouders soms overbezorgd.",
        "overbezorgd",
        "asserted",
        "asserted",
        "guard:predicate+people",
    ),
    # the model decides where the rules say asserted and no cue of the guard holds
    (
        "Vader toont weinig empathie voor het kind.",
        "weinig empathie",
        "asserted",
        "asserted",
        "model",
    ),
    (
        "Het kind zit in een loyaliteitsconflict.",
        "loyaliteitsconflict",
        "asserted",
        "asserted",
        "model",
    ),
    ("Veel ouders zijn tegenwoordig overbezorgd.", "overbezorgd", "asserted", "asserted", "model"),
]


@pytest.mark.parametrize(("text", "term", "default", "rules", "part"), CASES)
def test_the_part_that_decides(
    finders: tuple[LabelFinder, LabelFinder],
    text: str,
    term: str,
    default: str,
    rules: str,
    part: str,
) -> None:
    learned, by_rules = finders
    doc = learned.nlp(text)
    hits = learned.find("t", doc)
    hit = next(h for h in hits if h.text == term)
    rule_hit = next(h for h in by_rules.find("t", doc) if h.text == term)
    resolver = VoiceResolver(doc, self_terms(None), document_kind(None, text))
    assert (hit.voice, rule_hit.voice) == (default, rules)
    assert component(resolver, hit.start, hit.end, hit.label) == part


def test_rows_are_split_as_the_default_applies_them() -> None:
    rows = [
        {"rule": "attributed", "guard": False, "why": "", "appos": False, "text": "a", "f": {}},
        {
            "rule": "asserted",
            "guard": True,
            "why": "guard:owned",
            "appos": False,
            "text": "a",
            "f": {},
        },
        {"rule": "discussed", "guard": False, "why": "", "appos": True, "text": "a", "f": {}},
        {"rule": "asserted", "guard": False, "why": "", "appos": False, "text": "b", "f": {}},
    ]
    out = decided(rows, default_model())
    assert out[:3] == [
        ("rules", "attributed"),
        ("guard:owned", "asserted"),
        ("guard:owned", "asserted"),
    ]
    assert out[3] == ("model", default_model().predict({}))
