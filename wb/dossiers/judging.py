"""A learned detector of judging language aimed at a person, beyond the lexicon and patterns.

Candidates are content words (``ADJ``, ``NOUN``, ``VERB``, ``ADV`` of three letters or more;
a capitalised ``PROPN`` only when it is an ordinary Dutch word or an acronym) in sentences that
mention a person (a person noun, a name or a personal pronoun). :func:`features` describes each
candidate by named 0/1 features: its lemma, word class, morphology and ending; the word classes
two words around it and the lemmas right before and after it; for an adjective the noun it
describes; a person noun or pronoun right before or after it, a copula before it; whether it is
on the evaluative and judging lists of ``wb/lang/nl`` (the lists the description pattern reads)
and its polarity and subjectivity in the CLiPS lexicon (``subjectivity_adjectives.txt``);
negation and quotation cues; a question, a short line (heading).

:class:`JudgingModel` holds the weights of a binary logistic regression trained by
``bench/train_judging.py`` on the tune texts of ``bench/realtext/labels`` and shipped as
``wb/lang/nl/judging_weights.json`` (weights and feature names only, no text); it scores with
plain Python. :func:`find_judging` returns the spans whose probability reaches the threshold,
adjacent candidate words merged into one span. :class:`wb.dossiers.labels.LabelFinder` adds
them with the label :data:`LABEL` where no other hit overlaps them, and gives them a voice
like every other hit.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.errors import VoiceModelError
from wb.lang import resource, table, word_set
from wb.nlp import is_known

LABEL = "oordelende taal (geleerd)"
REASON = (
    "Gevonden door de geleerde detector van oordelende taal, buiten de labellijst: beoordeel "
    "zelf of het woord een ouder of kind labelt."
)
WEIGHTS = resource("judging_weights.json")
POS = frozenset({"ADJ", "NOUN", "VERB", "ADV"})
_CLOSED = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "ADV", "PUNCT"})
_QUOTES = frozenset("'\"“”„«»‘’")
_PERSONS = word_set("person_nouns.txt") | word_set("voice_person_words.txt")
_PRONOUNS = word_set("voice_personal_pronouns.txt")
_FIRST = word_set("voice_first_person.txt")
_NEGATORS = word_set("voice_negators.txt") | {"niet"}
_COPULAS = word_set("voice_assertion_copulas.txt")
_LISTS = {
    "eval": ("evaluative_adjectives.txt", "evaluative_adjectives_lexicon.txt"),
    "jnoun": ("description_judging_nouns.txt", "description_judging_compounds.txt"),
    "jverb": ("description_judging_transitive.txt", "description_judging_intransitive.txt"),
    "problem": ("description_problem_adjectives.txt", "description_problem_heads.txt"),
    "conduct": ("description_conduct_nouns.txt", "description_conduct_verbs.txt"),
    "capab": ("description_capability_adjectives.txt",),
}


@cache
def _lists() -> dict[str, frozenset[str]]:
    """The folded words of each list group (read once)."""
    return {
        name: frozenset(fold(w) for f in files for w in word_set(f))
        for name, files in _LISTS.items()
    }


@cache
def _subjectivity() -> dict[str, tuple[float, float]]:
    """Polarity and subjectivity of the adjectives of the CLiPS lexicon (by word)."""
    return {w: (float(p), float(s)) for w, p, s in table("subjectivity_adjectives.txt", 3)}


def _lemma(token: Any) -> str:
    return fold(token.lemma_ or token.text)


def _is_person(token: Any) -> bool:
    return token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and bool({fold(token.text), _lemma(token)} & _PERSONS)
    )


def _is_pronoun(token: Any) -> bool:
    return token.pos_ == "PRON" and token.lower_ in _PRONOUNS and token.lower_ not in _FIRST


def candidates(doc: Doc) -> list[int]:
    """Token indices of the candidate words: content words in sentences that mention a person."""
    if not doc.has_annotation("SENT_START"):
        return []  # no sentences (a pipeline without a sentencizer): nothing to judge by
    out = []
    for sent in doc.sents:
        if not any(_is_person(t) or _is_pronoun(t) for t in sent):
            continue
        out += [t.i for t in sent if _candidate(t)]
    return out


def _candidate(token: Any) -> bool:
    """A content word of three letters or more that is no person noun; a capitalised word
    the tagger calls a name only when it is an ordinary Dutch word or an acronym."""
    if not token.is_alpha or len(token.text) < 3:
        return False
    if token.pos_ in ("PROPN", "X"):
        return token.text.isupper() or is_known(token.text.lower())
    return token.pos_ in POS and not _is_person(token)


def features(doc: Doc, i: int) -> dict[str, float]:
    """Named features of candidate token i (all 0/1)."""
    token = doc[i]
    sent = token.sent
    lemma = _lemma(token)
    word = fold(token.text)
    out = {"b": 1.0, "l=" + lemma: 1.0, "p=" + token.pos_: 1.0}
    out["e3=" + lemma[-3:]] = 1.0
    out["e4=" + lemma[-4:]] = 1.0
    if lemma.startswith(("on", "ont", "wan")) and len(lemma) > 6:
        out["pre=" + lemma[:3]] = 1.0
    for key, value in token.morph.to_dict().items():
        if key in ("Degree", "VerbForm", "Number", "Tense"):
            out[f"m:{key}={value}"] = 1.0
    if token.pos_ == "ADJ" and word.endswith("e"):
        out["m:attr"] = 1.0
    if token.i != sent.start and token.text[:1].isupper():
        out["cap"] = 1.0
    out["len=" + str(min(len(word) // 4, 4))] = 1.0
    for off in (-2, -1, 1, 2):
        j = i + off
        if not sent.start <= j < sent.end:
            out[f"p{off:+d}=EDGE"] = 1.0
            continue
        other = doc[j]
        out[f"p{off:+d}={other.pos_}"] = 1.0
        if abs(off) == 1:
            kind = "l" if other.pos_ in _CLOSED else "c"  # function word or content word
            out[f"{kind}{off:+d}={_lemma(other)}"] = 1.0
        if _is_person(other):
            out[f"person{off:+d}"] = 1.0
        if _is_pronoun(other):
            out[f"pron{off:+d}"] = 1.0
    if token.pos_ == "ADJ":  # the noun it describes: "drukke gedrag", "boze moeder"
        head = next((t for t in doc[i + 1 : min(i + 3, sent.end)] if t.pos_ == "NOUN"), None)
        if head is not None:
            out["head=" + _lemma(head)] = 1.0
    before = doc[max(sent.start, i - 3) : i]
    if any(_lemma(t) in _COPULAS for t in before):
        out["cop"] = 1.0
    if any(t.lower_ in _NEGATORS for t in before):
        out["neg"] = 1.0
    if any(_is_person(t) for t in sent):
        out["s:person"] = 1.0
    if any(_is_pronoun(t) for t in sent):
        out["s:pron"] = 1.0
    if any(t.lower_ in _FIRST for t in sent):
        out["s:first"] = 1.0
    quotes = sum(1 for t in doc[sent.start : i] if t.text in _QUOTES)
    if quotes % 2 or (i > 0 and doc[i - 1].text in _QUOTES):
        out["quote"] = 1.0
    if sent.text.rstrip().endswith("?"):
        out["s:question"] = 1.0
    if len(sent) <= 8 and sent.text.rstrip()[-1:] not in ".!?;:":
        out["s:short"] = 1.0
    forms = (word, lemma, word.removesuffix("e"))
    for name, words in _lists().items():
        if any(f in words for f in forms):
            out["list:" + name] = 1.0
    value = next((_subjectivity()[f] for f in forms if f in _subjectivity()), None)
    if value is not None:
        polarity, subjective = value
        out["clips"] = 1.0
        out["clips:pol=" + ("neg" if polarity <= -0.2 else "pos" if polarity >= 0.2 else "0")] = 1.0
        if polarity <= -0.5:
            out["clips:strongneg"] = 1.0
        if subjective >= 0.7:
            out["clips:subjective"] = 1.0
            if polarity <= -0.2:
                out["clips:neg_subjective"] = 1.0
    return out


class JudgingModel:
    """A binary logistic regression over :func:`features`: weights by feature name."""

    def __init__(self, weights: dict[str, float], threshold: float = 0.5):
        self.weights = weights
        self.threshold = threshold

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> JudgingModel:
        """The model in a weights file written by bench/train_judging.py."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            return cls(dict(data["weights"]), float(data["threshold"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise VoiceModelError(
                f"het model voor oordelende taal ({Path(path).name}) is onleesbaar: {exc}. "
                "Maak het opnieuw met bench/train_judging.py --write."
            ) from exc

    def score(self, feats: dict[str, float]) -> float:
        """Probability that the candidate is judging language."""
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def default_model() -> JudgingModel:
    """The bundled model (wb/lang/nl/judging_weights.json)."""
    return JudgingModel.load()


def find_judging(
    doc: Doc,
    model: JudgingModel | None = None,
    threshold: float | None = None,
    skip: Iterable[tuple[int, int]] = (),
    skip_words: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Character spans of judging language: candidates scored at or above the threshold,
    outside the skip spans and not a skip word (by folded form or lemma); neighbouring words
    are merged into one span."""
    model = model or default_model()
    limit = model.threshold if threshold is None else threshold
    taken = sorted(skip)
    chosen = []
    for i in candidates(doc):
        a, b = doc[i].idx, doc[i].idx + len(doc[i])
        if any(x < b and a < y for x, y in taken):
            continue
        if {fold(doc[i].text), _lemma(doc[i])} & skip_words:
            continue
        if model.score(features(doc, i)) >= limit:
            chosen.append(i)
    return token_runs(doc, chosen)


def token_runs(doc: Doc, chosen: list[int]) -> list[tuple[int, int]]:
    """Character spans of the runs of neighbouring token indices (ascending) in `chosen`."""
    spans: list[list[int]] = []
    for i in chosen:
        if spans and spans[-1][1] == i - 1:
            spans[-1][1] = i
        else:
            spans.append([i, i])
    return [(doc[a].idx, doc[b].idx + len(doc[b])) for a, b in spans]


def method_line(learned: bool) -> str:
    """Which detectors `wb labels` used, as one Dutch sentence."""
    if not learned:
        return (
            "Gevonden met de labellijst en de patronen (de geleerde detector van oordelende taal "
            "staat uit; zet hem aan met --learned)."
        )
    from wb.corpus.display import dutch_number
    from wb.dossiers.aimed import default_model as aimed_model

    judging = dutch_number(default_model().threshold, 2)
    aimed = dutch_number(aimed_model().threshold, 2)
    return (
        "Gevonden met de labellijst, de patronen en de geleerde detector van oordelende taal "
        f"(drempel {judging}; label '{LABEL}'), die ook elk woord "
        "beoordeelt dat in een vorm staat die op een persoon gericht is "
        f"(drempel {aimed})."
    )


__all__ = [
    "LABEL",
    "REASON",
    "JudgingModel",
    "candidates",
    "default_model",
    "features",
    "find_judging",
    "method_line",
    "token_runs",
]
