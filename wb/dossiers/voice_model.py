"""A learned voice: a linear model over the voice rules' decisions and the words around a term.

:func:`features` describes one label occurrence as named features (all 0/1 except the
position in the document):

* ``rule=``: the voice the hand-written rules give (:meth:`VoiceResolver.voice`), and ``r:``
  each rule's own decision (:meth:`VoiceResolver.trace`);
* ``p-2=``, ``p+1=``, ...: word classes (``pos_``) of the three words before and after the
  term; ``l-1=``, ``l+1=``, ...: lemmas of the two words on each side when they are function
  words or verbs; ``det=``: the determiner or possessive right before the term;
* ``s:``: sentence cues: person nouns, personal pronouns, first person, names, generic
  subjects (iedereen, mensen, men, ...), quotes, question, reporting verbs, negation words,
  present or past tense, term at the start, sentence length; ``v=``: verb lemmas;
* ``d:``: position in the document, first line, a short line (heading);
* ``t:``: the term: a description beyond the lexicon, an abstract noun or acronym, several
  words, capitalised.

:class:`VoiceModel` holds the weights of a multinomial logistic regression trained by
``bench/train_voice.py`` and stored in ``voice_weights.json`` next to this module; it scores
with plain Python (no training and no pickles at run time).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from wb.dossiers.descriptions import LABEL as DESCRIPTION_LABEL
from wb.dossiers.voice import STRONG_VERBS, WEAK_VERBS, VoiceResolver
from wb.dossiers.voice_assertion import assertion_cues, keeps_asserted
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.errors import VoiceModelError
from wb.lang import word_set

WEIGHTS = Path(__file__).with_name("voice_weights.json")
VOICES = ("asserted", "attributed", "discussed", "negated")
PERSONAL = word_set("voice_model_personal.txt")
FIRST = word_set("voice_model_first.txt")
GENERIC = word_set("voice_model_generic.txt")
NEGATION = word_set("voice_model_negation.txt")
_CLOSED = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "ADV", "PUNCT", "VERB"})
_POSSESSIVE = word_set("voice_model_possessives.txt")
DETERMINERS = word_set("voice_model_determiners.txt")
_QUOTES = QUOTE_MARKS
_CONCEPT_ENDINGS = ("ing", "tie", "isme", "ict", "syndroom", "problematiek", "scheiding")


def features(
    resolver: VoiceResolver, start: int, end: int, label: str = "", *, rules: bool = False
) -> dict[str, float]:
    """Named features of the occurrence [start, end) in the resolver's document.

    With ``rules`` the rules' voice and each rule's decision are features too (the bundled
    model does without: see bench/README.md).
    """
    out: dict[str, float] = {}
    if rules:
        out["rule=" + resolver.voice(start, end)] = 1.0
        out.update({"r:" + k: 1.0 for k, v in resolver.trace(start, end).items() if v})
    text = resolver.doc.text
    term = text[start:end]
    out["d:pos"] = start / max(1, len(text))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not text[:line_start].strip():
        out["d:first_line"] = 1.0
    if len(line.split()) <= 12 and line.strip()[-1:] not in ".!?;:,":
        out["d:short_line"] = 1.0
    if label == DESCRIPTION_LABEL:
        out["t:description"] = 1.0
    if " " in term.strip():
        out["t:words"] = 1.0
    if term.isupper() and len(term) >= 2:
        out["t:acronym"] = 1.0
    elif term.isalpha() and term.lower().endswith(_CONCEPT_ENDINGS):
        out["t:concept"] = 1.0
    if term[:1].isupper():
        out["t:cap"] = 1.0
    if not resolver.sents:
        return out
    _, tokens, at, upto = resolver.locate(start, end)
    words = [t for t in tokens if not t.is_space]
    before = [t for t in tokens[:at] if not t.is_space]
    after = [t for t in tokens[upto:] if not t.is_space]
    for d in (1, 2, 3):
        for name, side in (
            (f"-{d}", before[-d] if len(before) >= d else None),
            (f"+{d}", after[d - 1] if len(after) >= d else None),
        ):
            out[f"p{name}=" + (side.pos_ if side is not None else "<s>")] = 1.0
            if d <= 2 and side is not None and side.pos_ in _CLOSED:
                out[f"l{name}=" + side.lemma_.lower()] = 1.0
    prev = before[-1].lower_ if before else ""
    out["det=" + ("poss" if prev in _POSSESSIVE else prev if prev in DETERMINERS else "none")] = 1.0
    low = [t.lower_ for t in words]
    lowset = set(low)
    inside = {t.i for t in tokens[at:upto]}
    cues = {
        "person": bool(lowset & PERSON_WORDS),
        "personal": bool(lowset & PERSONAL),
        "first": bool(lowset & FIRST),
        "generic": bool(lowset & GENERIC),
        "propn": any(t.pos_ == "PROPN" and t.i not in inside for t in words),
        "quote": any(t.text in _QUOTES for t in words),
        "question": bool(low) and low[-1] == "?",
        "report_strong": any(t.lemma_.lower() in STRONG_VERBS for t in words),
        "report_weak": any(t.lemma_.lower() in WEAK_VERBS for t in words),
        "geen": "geen" in lowset,
        "niet": "niet" in lowset,
        "negation_near": any(w in NEGATION for w in [t.lower_ for t in before[-4:]]),
        "present": any("Pres" in t.morph.get("Tense") for t in words),
        "past": any("Past" in t.morph.get("Tense") for t in words),
        "term_first": not before,
        "short": len(words) <= 6,
        "long": len(words) > 25,
        "brackets": "(" in [t.text for t in before[-2:]] or ")" in [t.text for t in after[:2]],
        "colon_before": ":" in [t.text for t in before],
    }
    out.update({"s:" + k: 1.0 for k, v in cues.items() if v})
    out.update({"v=" + t.lemma_.lower(): 1.0 for t in words if t.pos_ == "VERB"})
    cues = assertion_cues(resolver, start, end, label)
    out.update({"a:" + k: 1.0 for k, v in cues.items() if v})
    return out


class VoiceModel:
    """Weights of the linear voice model; :meth:`predict` picks the voice with the top score."""

    def __init__(self, classes: list[str], intercept: list[float], weights: dict[str, list[float]]):
        self.classes = classes
        self.intercept = intercept
        self.weights = weights

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> VoiceModel:
        """Read and check a weights file; a malformed file raises :class:`VoiceModelError`."""
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise VoiceModelError(
                f"het stemmodel kan niet gelezen worden ({err}); zet het bestand terug uit de "
                "wb-installatie of train het opnieuw met bench/train_voice.py",
                path=path,
            ) from err
        return cls(*_checked(raw, Path(path)))

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        """Linear score per voice."""
        totals = list(self.intercept)
        for name, value in feats.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w * value
        return dict(zip(self.classes, totals, strict=True))

    def predict(self, feats: dict[str, float]) -> str:
        """The voice with the highest score."""
        scores = self.scores(feats)
        return max(self.classes, key=lambda c: scores[c])


def _checked(raw: Any, path: Path) -> tuple[list[str], list[float], dict[str, list[float]]]:
    def bad(what: str) -> VoiceModelError:
        return VoiceModelError(
            f"het stemmodel is onbruikbaar: {what}; zet het bestand terug uit de wb-installatie "
            "of train het opnieuw met bench/train_voice.py",
            path=path,
        )

    if not isinstance(raw, dict):
        raise bad("geen JSON-object")
    classes, intercept, weights = raw.get("classes"), raw.get("intercept"), raw.get("weights")
    if not isinstance(classes, list) or sorted(classes) != sorted(VOICES):
        raise bad(f"'classes' moet de vier stemmen {', '.join(VOICES)} noemen")
    n = len(classes)

    def numbers(row: Any) -> bool:
        return (
            isinstance(row, list)
            and len(row) == n
            and all(
                isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)
                for x in row
            )
        )

    if not numbers(intercept):
        raise bad(f"'intercept' moet {n} getallen hebben")
    if not isinstance(weights, dict) or not weights:
        raise bad("'weights' ontbreekt of is leeg")
    for name, row in weights.items():
        if not numbers(row):
            raise bad(f"gewicht {name!r} moet {n} getallen hebben")
    return (
        classes,
        [float(x) for x in intercept],
        {k: [float(x) for x in v] for k, v in weights.items()},
    )


@cache
def default_model() -> VoiceModel:
    """The bundled model (voice_weights.json), read once."""
    return VoiceModel.load(WEIGHTS)


def learned_voice(resolver: VoiceResolver, start: int, end: int, label: str = "") -> str:
    """The rules' voice, except that the bundled model decides where the rules say asserted.

    The rules' errors on unseen text were mostly terms talked about that they read as
    applied (asserted); their attributed, discussed and negated held up (bench/README.md).
    """
    voice = resolver.voice(start, end)
    if voice != "asserted" or keeps_asserted(assertion_cues(resolver, start, end, label)):
        return voice
    return default_model().predict(features(resolver, start, end, label))


__all__ = ["VOICES", "WEIGHTS", "VoiceModel", "default_model", "features", "learned_voice"]
