"""How far a researcher's codes reach beyond the codebook's own evidence (codes16).

A researcher codes passages, and each researcher in their own way: one codes a whole text on
the Kinderombudsman once a few of its sentences name it, another only the sentences that do.
After they coded some documents, :class:`ReachModel` learns this from them. For every sentence
and code of a coded document it reads where the codebook's own evidence (patterns, description,
examples, the document's own runs and stretches: a suggester that learned nothing) put that code
in the document — in the sentence before or after, within two or four sentences, on both sides,
with a heading in between or not, on what share of the document's sentences — plus how far the
code's description words reach in the sentence itself, whether another code has the sentence,
whether it is a heading or a short sentence and where it stands in the document. A logistic
regression over these features, pooled over all codes (a code the coded documents never had is
learned from how the others reach), gives the chance that the researcher coded the sentence so.

Only the pairs the codebook's own evidence leaves out are learned and scored: the model only
adds suggestions. Its threshold comes from the coded documents themselves: each is scored by a
model of the other coded documents, and the lowest chance at which those suggestions were right
at least ``PRECISION`` of the time (with at least ``MIN_RIGHT`` right), and so are the last
``WINDOW`` of them, is the threshold; when no chance is, the model's own chance at the goal's
precision is (:data:`FALLBACK`, codes43). A line of a shape the
researcher left uncoded in the coded documents (:mod:`wb.coding.line_roles`) gets nothing, nor
does a tiny line unless the coded documents show the researcher codes those (codes40).
Words of the coded sentences are no features: their lemmas seldom come back in the next
documents (codes11, codes15, codes16 measured it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from wb.coding import line_roles

#: The features of a (sentence, code) pair, in this order.
FEATURES = (
    "anyown",
    "both",
    "desc",
    "dist1",
    "dist2",
    "dist4",
    "heading",
    "next",
    "nohead",
    "other",
    "pos",
    "prev",
    "share",
    "short",
    "win3",
)
#: Share of right suggestions the threshold must reach when each coded document is scored by
#: the others: the goal's .60 on the next documents (codes31; .7, a margin, left most of the
#: reach unused: on the held-out rests of codes2-codes11 its additions went from 24 right / 11
#: wrong to 44 / 23).
PRECISION = 0.6
#: Right suggestions the threshold must bring on the coded documents to be trusted.
MIN_RIGHT = 2
#: Coded documents needed before anything is learned (leave one out needs two).
MIN_DOCS = 2
#: Highest description share counted (a sentence the description finds is found already).
DESC_MAX = 2.0
#: A sentence with fewer content lemmas than this counts as short.
SHORT = 4
#: The last suggestions the threshold adds (the lowest chances at or above it, this many) must
#: be right ``PRECISION`` of the time too, not only all of them together (codes36; 0: off).
WINDOW = 10
#: When leaving one coded document out finds no threshold, the model's own chance at the goal's
#: precision (``PRECISION``) is the threshold (codes43: on codes2-codes15 after a third, tune rests
#: +6 right / +1 wrong, 5 of the right ones of codes the coded third never used, held-out
#: unchanged; leave-one-set-out over off and a chance of .5-.8 picks .6 on all 14 folds; False:
#: nothing is added then).
FALLBACK = True


@dataclass
class ReachDocument:
    """A document as the reach model reads it: per sentence the codes of the codebook's own
    evidence, whether it is a heading, its number of content lemmas, per code its description
    share, (for a coded document) the researcher's codes, its line shapes and its number of
    words."""

    own: list[frozenset[str]]
    headings: list[bool]
    sizes: list[int]
    desc: dict[str, list[float]] = field(default_factory=dict)
    coded: list[frozenset[str]] | None = None
    shapes: list[frozenset[str]] = field(default_factory=list)
    words: list[int] = field(default_factory=list)


def code_rows(doc: ReachDocument, code: str) -> list[dict[str, float]]:
    """The features of every sentence of `doc` for `code` (see :data:`FEATURES`)."""
    n = len(doc.own)
    at = [k for k, codes in enumerate(doc.own) if code in codes]
    heads = [k for k, h in enumerate(doc.headings) if h]
    share = len(at) / max(1, n)
    desc = doc.desc.get(code, [0.0] * n)
    rows = []
    for k in range(n):
        dist = min((abs(k - a) for a in at), default=n + 99)
        open_ = any(
            abs(a - k) <= 4 and not any(min(a, k) < h <= max(a, k) for h in heads) for a in at
        )
        rows.append(
            {
                "anyown": float(bool(at)),
                "both": float(any(a < k for a in at) and any(a > k for a in at)),
                "desc": min(DESC_MAX, desc[k]),
                "dist1": float(dist <= 1),
                "dist2": float(dist <= 2),
                "dist4": float(dist <= 4),
                "heading": float(doc.headings[k]),
                "next": float(k + 1 in at),
                "nohead": float(open_),
                "other": float(bool(doc.own[k] - {code})),
                "pos": k / max(1, n - 1),
                "prev": float(k - 1 in at),
                "share": share,
                "short": float(doc.sizes[k] < SHORT),
                "win3": sum(1 for a in at if abs(a - k) <= 3) / 6,
            }
        )
    return rows


def _pairs(
    docs: Sequence[ReachDocument], codes: Sequence[str]
) -> tuple[list[list[float]], list[bool], list[tuple[int, int, str, dict[str, float]]]]:
    """Feature vectors, labels and (document, sentence, code, features) of the pairs the
    codebook's own evidence leaves out."""
    x, y, keys = [], [], []
    for d, doc in enumerate(docs):
        for code in codes:
            for k, row in enumerate(code_rows(doc, code)):
                if code in doc.own[k]:
                    continue
                x.append([row[f] for f in FEATURES])
                y.append(doc.coded is not None and code in doc.coded[k])
                keys.append((d, k, code, row))
    return x, y, keys


def _classifier(x: list[list[float]], y: list[bool]) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(max_iter=2000).fit(x, y)


class ReachModel:
    """Which sentences a researcher codes around the codebook's own evidence, from coded
    documents; a threshold from leaving one coded document out."""

    def __init__(self, *, precision: float | None = None, min_right: int | None = None):
        self.precision = PRECISION if precision is None else precision
        self.min_right = MIN_RIGHT if min_right is None else min_right

    def fit(self, docs: Sequence[ReachDocument], codes: Sequence[str]) -> ReachModel:
        """Learn from coded documents; returns self (``threshold_`` None: nothing to add)."""
        self.codes_ = list(codes)
        self.threshold_: float | None = None
        self.classifier_: Any = None
        learned = [d for d in docs if d.coded is not None and d.shapes]
        self.silent_ = line_roles.silent_shapes(
            [d.shapes for d in learned], [d.coded or [] for d in learned]
        )
        counted = [d for d in docs if d.coded is not None and d.words]
        self.tiny_silent_ = line_roles.tiny_silent(
            [d.words for d in counted], [d.coded or [] for d in counted]
        )
        if len(docs) < MIN_DOCS:
            return self
        scored: list[tuple[float, bool]] = []
        for k, doc in enumerate(docs):
            x, y, _ = _pairs([d for j, d in enumerate(docs) if j != k], self.codes_)
            if sum(y) < self.min_right or all(y):
                continue
            xt, yt, _ = _pairs([doc], self.codes_)
            if not xt:
                continue
            chances = _classifier(x, y).predict_proba(xt)[:, 1]
            scored += zip((float(p) for p in chances), yt, strict=True)
        self.threshold_ = calibrate(scored, self.precision, self.min_right)
        if self.threshold_ is None and FALLBACK:
            x, y, _ = _pairs(docs, self.codes_)
            if sum(y) >= self.min_right and not all(y):
                self.threshold_ = self.precision
        if self.threshold_ is not None:
            x, y, _ = _pairs(docs, self.codes_)
            self.classifier_ = _classifier(x, y)
        return self

    def predict(self, doc: ReachDocument) -> list[tuple[int, str, float, dict[str, float]]]:
        """(sentence, code, chance, features) of the pairs at or above the threshold."""
        if self.classifier_ is None or self.threshold_ is None:
            return []
        x, _, keys = _pairs([doc], self.codes_)
        if not x:
            return []
        chances = self.classifier_.predict_proba(x)[:, 1]
        return [
            (k, code, float(p), row)
            for (_, k, code, row), p in zip(keys, chances, strict=True)
            if p >= self.threshold_
            and not (doc.shapes and doc.shapes[k] & self.silent_)
            and not (self.tiny_silent_ and doc.words and self._tiny(doc.words[k]))
        ]

    @staticmethod
    def _tiny(words: int) -> bool:
        return 0 < words <= line_roles.TINY_WORDS


def calibrate(
    scored: Sequence[tuple[float, bool]],
    precision: float,
    min_right: int,
    window: int | None = None,
) -> float | None:
    """The lowest chance whose suggestions (all at or above it) are right `precision` of the
    time with at least `min_right` right, and so are the last `window` of them (the lowest
    chances at or above it; :data:`WINDOW` when None, 0: not asked); None when no chance is."""
    window = WINDOW if window is None else window
    ranked = sorted(scored, key=lambda s: -s[0])
    best = None
    right = 0
    for n, (p, ok) in enumerate(ranked, start=1):
        right += ok
        if right < min_right or right / n < precision:
            continue
        last = ranked[max(0, n - window) : n] if window else []
        if last and sum(o for _, o in last) / len(last) < precision:
            continue
        best = p
    return best


__all__ = ["FEATURES", "ReachDocument", "ReachModel", "calibrate", "code_rows"]
