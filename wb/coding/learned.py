"""Learning a code from the documents a researcher coded: which lemmas mark its sentences.

After a researcher coded whole documents, each code has sentences that carry it and sentences
that do not. :class:`CodeLearner` weighs every lemma by how much more often it stands in the
code's sentences than in the others (smoothed log-odds, only lemmas seen with the code count),
and sets a threshold per code from the coded documents themselves: each coded document is scored
by a model learned from the other coded documents, and the lowest score at which those
suggestions were right at least `precision` of the time is the code's threshold. A code whose
coded documents show no such score gets no learned suggestions: wb does not guess where the
researcher's own codings say it would be wrong.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from wb.coding.word_classes import is_class

#: A coded document: per sentence its features and the codes the researcher gave it.
CodedDocument = Sequence[tuple[frozenset[str], frozenset[str]]]
#: Smoothing of the counts.
ALPHA = 0.5
#: Share of right suggestions a threshold must reach on the coded documents.
PRECISION = 0.8
#: Right suggestions a threshold must bring on the coded documents to be trusted.
MIN_RIGHT = 2
#: Coded sentences a code needs before it is learned.
MIN_CODED = 3
#: Times a lemma must stand in a code's sentences to count for it, and in how many documents:
#: a lemma that marks a code in one document only is that document's topic, not the code's.
MIN_COUNT = 2
MIN_DOCS = 2


@dataclass
class _Counts:
    docs: Counter[str] = field(default_factory=Counter)  # coded documents with the lemma coded
    pos: Counter[str] = field(default_factory=Counter)
    neg: Counter[str] = field(default_factory=Counter)
    n_pos: int = 0
    n_neg: int = 0


class CodeLearner:
    """Per-code lemma weights and a calibrated threshold from fully coded documents."""

    def __init__(self, *, precision: float = PRECISION, min_right: int = MIN_RIGHT):
        self.precision = precision
        self.min_right = min_right

    def fit(self, documents: Sequence[CodedDocument]) -> CodeLearner:
        """Learn from coded documents; returns self (``thresholds_`` holds the trusted codes)."""
        self.documents_ = list(documents)
        self.counts_ = _count(self.documents_)
        self.thresholds_: dict[str, float] = {}
        if len(self.documents_) < 2:
            return self
        for code, counts in self.counts_.items():
            if counts.n_pos < MIN_CODED:
                continue
            threshold = self._calibrate(code)
            if threshold is not None:
                self.thresholds_[code] = threshold
        return self

    def weights(self, code: str) -> dict[str, float]:
        """Lemma -> weight for a code: positive where the lemma marks the code's sentences."""
        return _weights(self.counts_.get(code))

    def _calibrate(self, code: str) -> float | None:
        """The lowest score right `precision` of the time when each coded document is scored
        by what the other coded documents teach (None when no score is)."""
        scored: list[tuple[float, bool]] = []
        for k, doc in enumerate(self.documents_):
            others = self.documents_[:k] + self.documents_[k + 1 :]
            w = _weights(_count(others).get(code))
            if not w:
                continue
            for feats, codes in doc:
                s = sum(w.get(x, 0.0) for x in feats)
                if s > 0:
                    scored.append((s, code in codes))
        scored.sort(key=lambda x: -x[0])
        best = None
        right = 0
        for n, (s, ok) in enumerate(scored, start=1):
            right += ok
            if right >= self.min_right and right / n >= self.precision:
                best = s
        return best

    def score(self, code: str, feats: frozenset[str]) -> tuple[float, list[str]]:
        """(score / threshold, the lemmas that made it) for a trusted code; (0, []) otherwise."""
        threshold = self.thresholds_.get(code)
        if threshold is None:
            return 0.0, []
        w = self._weights_cache(code)
        hits = sorted((x for x in feats if x in w), key=lambda x: (-w[x], x))
        return sum(w[x] for x in hits) / threshold, hits

    def _weights_cache(self, code: str) -> dict[str, float]:
        cache = self.__dict__.setdefault("_weights", {})
        if code not in cache:
            cache[code] = self.weights(code)
        return cache[code]


def _weights(c: _Counts | None) -> dict[str, float]:
    """Lemma -> smoothed log-odds of standing in the code's sentences, where positive."""
    if c is None or not c.n_pos:
        return {}
    out = {}
    for lemma, p in c.pos.items():
        if p < MIN_COUNT or c.docs[lemma] < MIN_DOCS or is_class(lemma):
            continue
        q = c.neg.get(lemma, 0)
        w = math.log((p + ALPHA) / (c.n_pos + 2 * ALPHA)) - math.log(
            (q + ALPHA) / (c.n_neg + 2 * ALPHA)
        )
        if w > 0:
            out[lemma] = w
    return out


def _count(documents: Sequence[CodedDocument]) -> dict[str, _Counts]:
    """Per code: lemma counts in its sentences and in the other sentences."""
    codes = {c for doc in documents for _, cs in doc for c in cs}
    out = {c: _Counts() for c in codes}
    for doc in documents:
        seen: dict[str, set[str]] = {}
        for feats, cs in doc:
            for code, counts in out.items():
                if code in cs:
                    seen.setdefault(code, set()).update(feats)
                    counts.pos.update(feats)
                    counts.n_pos += 1
                else:
                    counts.neg.update(feats)
                    counts.n_neg += 1
        for code, lemmas in seen.items():
            out[code].docs.update(lemmas)
    return out


__all__ = ["CodeLearner"]
