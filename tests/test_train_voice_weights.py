"""bench/train_voice.py's row weights and genre classes (voice15)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
import train_voice  # noqa: E402


@pytest.mark.parametrize(
    ("genre", "kind", "expected"),
    [
        ("rechtspraak (inhoudsindicatie)", "ruling", "ruling"),
        ("samenvatting uitspraak (website)", "case", "case"),
        ("Kamerstuk (brief minister)", "plain", "report"),
        ("rapport (pilot specialist contactverlies, samenvatting)", "plain", "report"),
        ("ervaringsverhaal (blog)", "plain", "story"),
        ("nieuws (dagblad, vraag van een moeder als citaat)", "plain", "story"),
        ("blog (mediator)", "plain", "web"),
        ("", "plain", "web"),
    ],
)
def test_genre_class(genre: str, kind: str, expected: str) -> None:
    assert train_voice.genre_class(genre, kind) == expected


def test_weights_of_the_keys_a_row_has_multiply(monkeypatch: pytest.MonkeyPatch) -> None:
    row = {"round": "tune", "kind": "ruling", "genre": "ruling", "rule": "asserted", "gold": "x"}
    synthetic = dict(row, round="synthetic", kind="case", genre="case")
    assert train_voice.weight_of(row) == 1.0
    weights = {"ruling": 3.0, "rule:asserted": 2.0, "synthetic": 10.0, "g:web": 0.5}
    monkeypatch.setattr(train_voice, "WEIGHTS", weights)
    assert train_voice.weight_of(row) == 6.0
    assert train_voice.weight_of(synthetic) == 20.0
    assert train_voice.weight_of(dict(row, kind="plain", genre="web", rule="discussed")) == 0.5


def test_blend_with_the_bundled_weights_and_a_shift(monkeypatch: pytest.MonkeyPatch) -> None:
    from wb.dossiers.voice_model import VOICES, VoiceModel

    old = VoiceModel(list(VOICES), [1.0, 0.0, 0.0, 0.0], {"s:quote": [0.0, 4.0, 0.0, 0.0]})
    monkeypatch.setattr(train_voice, "_bundled", lambda: old)
    monkeypatch.setattr(train_voice, "BLEND", 0.5)
    monkeypatch.setattr(train_voice, "SHIFT", 1.0)
    new = {"asserted": 0.0, "attributed": 0.0, "discussed": 2.0, "negated": -2.0}
    assert train_voice._mixed(new, {"s:quote": 1.0}) == {
        "asserted": 1.5,
        "attributed": 2.0,
        "discussed": 1.0,
        "negated": -1.0,
    }
