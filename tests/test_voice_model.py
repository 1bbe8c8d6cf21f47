"""The learned voice (wb.dossiers.voice_model): bundled weights, exact voices, malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.dossiers.labels import LabelFinder
from wb.dossiers.voice import self_terms
from wb.dossiers.voice_model import VOICES, WEIGHTS, VoiceModel
from wb.errors import InvalidChoiceError, VoiceModelError

LEXICON = Path(__file__).resolve().parent.parent / "codebooks" / "labels.yaml"


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(LEXICON, voice_model="learned").fit()


def voices(finder: LabelFinder, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.voice) for h in finder.find("t.txt", text, self_terms=self_terms(None))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generic statements about the phenomenon (round-4 texts; the rules say asserted)
        (
            "Iedereen die met ouderverstoting te maken heeft, weet hoe zwaar dat is.",
            [("ouderverstoting", "discussed")],
        ),
        # both discussed, as annotated in telegraaf-ouderverstoting-ex (bench/realtext/labels)
        (
            "Bij ouderverstoting zet de ene ouder het kind tegen de andere ouder op.",
            [("ouderverstoting", "discussed"), ("tegen de andere ouder op", "discussed")],
        ),
        # applied to a person: stays asserted (lexboost-rblim-2025-3242)
        (
            "De vader heeft de moeder negatief beïnvloed en het contact tussen moeder en kind "
            "belemmerd.",
            [("beïnvloed", "asserted"), ("contact tussen moeder en kind belemmerd", "asserted")],
        ),
        # the rules' attributed and negated are kept
        ("Vader stelt ouderverstoting.", [("ouderverstoting", "attributed")]),
        ("Er is geen sprake van ouderverstoting.", [("ouderverstoting", "negated")]),
    ],
)
def test_learned_voices_on_real_snippets(finder: LabelFinder, text: str, expected: list) -> None:
    assert voices(finder, text) == expected


def test_bundled_weights_load() -> None:
    model = VoiceModel.load(WEIGHTS)
    assert sorted(model.classes) == sorted(VOICES)
    assert len(model.weights) > 100
    assert not any(k.startswith(("rule=", "r:")) for k in model.weights)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{not json", "kan niet gelezen worden"),
        ('["asserted"]', "geen JSON-object"),
        (
            '{"classes": ["asserted", "discussed"], "intercept": [0, 0], "weights": {"a": [1, 2]}}',
            "'classes'",
        ),
        (
            '{"classes": ["asserted", "attributed", "discussed", "negated"], '
            '"intercept": [0, 0, 0, 0], "weights": {"s:person": [1, 2, 3]}}',
            "gewicht 's:person' moet 4 getallen",
        ),
        (
            '{"classes": ["asserted", "attributed", "discussed", "negated"], '
            '"intercept": [0, 0, 0, "x"], "weights": {"a": [1, 2, 3, 4]}}',
            "'intercept' moet 4 getallen",
        ),
    ],
)
def test_malformed_weights_name_the_file(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "voice_weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(VoiceModelError) as err:
        VoiceModel.load(path)
    assert str(err.value).startswith(f"{path}: ")
    assert says in str(err.value)
    assert "bench/train_voice.py" in str(err.value)


def test_missing_weights_file(tmp_path: Path) -> None:
    path = tmp_path / "weg.json"
    with pytest.raises(VoiceModelError, match=r"weg\.json: het stemmodel kan niet gelezen worden"):
        VoiceModel.load(path)


def test_unknown_voice_model_is_refused() -> None:
    with pytest.raises(InvalidChoiceError, match="onbekend stemmodel 'bert'"):
        LabelFinder(LEXICON, voice_model="bert")
