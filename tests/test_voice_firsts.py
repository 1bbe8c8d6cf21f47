"""The voice path trace of voice-firsts (bench/voice_trace.py): which rule or model path set a
hit's voice, on made-up sentences, without changing any voice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from voice_trace import traced  # noqa: E402

import wb.dossiers.label_voices as label_voices  # noqa: E402
import wb.dossiers.labels as labels_mod  # noqa: E402
import wb.dossiers.voice as voice_mod  # noqa: E402
from wb.dossiers.labels import LabelFinder  # noqa: E402
from wb.dossiers.voice import self_terms  # noqa: E402


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(ROOT / "codebooks" / "labels.yaml").fit()


CASES = [
    ("Wat is ouderverstoting?", "ouderverstoting", "discussed", "rule:heading"),
    (
        "Volgens de moeder is er sprake van ouderverstoting bij het kind.",
        "ouderverstoting",
        "attributed",
        "rule:cue",
    ),
    ("Er is geen sprake van ouderverstoting.", "ouderverstoting", "negated", "rule:negated"),
    ("De moeder is manipulatief.", "manipulatief", "asserted", "kept[predicate+particular]"),
    (
        "Veel kinderen komen in een loyaliteitsconflict terecht.",
        "loyaliteitsconflict",
        "discussed",
        "model:discussed(rule:default)",
    ),
    (
        "Het kind zit in een loyaliteitsconflict.",
        "loyaliteitsconflict",
        "asserted",
        "model:asserted(rule:default)",
    ),
]


@pytest.mark.parametrize(("text", "term", "voice", "path"), CASES)
def test_path_of_each_voice(finder: LabelFinder, text: str, term: str, voice: str, path: str):
    with traced() as trace:
        hits = finder.find("x", text, self_terms=self_terms(None))
        paths = list(trace.paths)
    assert [(h.text, h.voice) for h in hits] == [(term, voice)]
    assert paths == [path]


def test_trace_changes_no_voice_and_is_undone(finder: LabelFinder):
    text = "\n\n".join(c[0] for c in CASES)
    plain = [(h.start, h.end, h.voice) for h in finder.find("x", text, self_terms=self_terms(None))]
    before = (voice_mod.heading, voice_mod.VoiceResolver.voice, labels_mod.hit_voices)
    with traced() as trace:
        found = finder.find("x", text, self_terms=self_terms(None))
        assert len(trace.paths) == len(found) == 6
    assert [(h.start, h.end, h.voice) for h in found] == plain
    assert (voice_mod.heading, voice_mod.VoiceResolver.voice, labels_mod.hit_voices) == before
    assert label_voices.learned_voice.__module__ == "wb.dossiers.voice_model"
