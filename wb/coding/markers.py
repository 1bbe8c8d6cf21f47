"""Marker words of a code, learned from the codings a researcher accepted or rejected.

A marker of code X is a content lemma that stands in at least `min_pos` sentences the researcher
coded X, in few sentences left without X or rejected for X (a rejected one counts
`REJECTED_WEIGHT` times), and rarely elsewhere in the project: its sentences in the whole corpus
are at most `spread` times its X sentences. A sentence with `min_hits` markers of X gets X as
extra evidence next to the codebook (it never removes a codebook suggestion, codes13).

How many markers a sentence needs is set per code on the coded documents themselves: each
sentence of them is read with the markers all other decisions give, and the smallest count of
markers whose suggestions there are right at least `precision` of the time (and at least
`min_right` times) is the code's count; a code whose coded documents show no such count gets no
marker suggestions (:meth:`Markers.fit`). So every new accepted or rejected coding changes the
markers and the counts for what comes next.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import Any

from wb.coding.word_classes import is_class

#: Accepted sentences of a code a lemma must stand in to mark it.
MIN_POS = 2
#: Most sentences of the project per accepted sentence a marker may stand in ("rarely elsewhere").
SPREAD = 3.0
#: How many times more often a marker stands in the code's sentences than in the project's.
LIFT = 3.0
#: Coded sentences of the code in which two of a sentence's markers must stand together (0: none).
TOGETHER = 0
#: Least share of a marker's decided sentences that carry the code (smoothed by one).
PURITY = 0.6
#: Markers a sentence needs at least, and at most (the calibrated count lies in between).
MIN_HITS = 2
MAX_HITS = 3
#: Share of right suggestions on the coded documents the count must reach, and right ones.
PRECISION = 0.6
MIN_RIGHT = 1
#: A sentence the researcher rejected for a code counts this often against its lemmas.
REJECTED_WEIGHT = 2
#: Score of a marker suggestion (below the description threshold's 0.5).
SCORE = 0.45

#: A coded document: per sentence its features and the codes the researcher gave it.
CodedDocument = Sequence[tuple[frozenset[str], frozenset[str]]]
#: What is kept of the decisions on a code: lemma counts of its accepted sentences and of the
#: decided sentences without it, its rejected sentences, and how many were accepted.
Decided = tuple[Mapping[str, int], Mapping[str, int], Sequence[frozenset[str]], int]


def markers(
    pos: Mapping[str, int],
    neg: Mapping[str, int],
    df: Mapping[str, int],
    rate: float,
    **options: Any,
) -> frozenset[str]:
    """The lemmas that mark a code: counts in its sentences (`pos`), in the decided sentences
    without it (`neg`) and in the project's sentences (`df`); `rate`: the code's accepted
    sentences per sentence of the project."""
    return frozenset(
        x
        for x, p in pos.items()
        if p >= options["min_pos"] and _marks(x, p, neg.get(x, 0), df, rate, **options)
    )


def _marks(lemma: str, p: int, q: int, df: Mapping[str, int], rate: float, **options: Any) -> bool:
    """True when a lemma in `p` sentences with the code and `q` decided ones without it marks
    the code: mostly with it, and rarely elsewhere in the project (at most `spread` times its
    sentences with the code, and `lift` times more often with the code than in the project)."""
    if is_class(lemma) or p / (p + q + 1) < options["purity"]:
        return False
    n = df.get(lemma, p)
    return n <= options["spread"] * p and n * rate * options["lift"] <= p


class Markers:
    """Per code its marker lemmas and the number of them a sentence needs."""

    def __init__(
        self,
        *,
        min_pos: int = MIN_POS,
        spread: float = SPREAD,
        purity: float = PURITY,
        lift: float = LIFT,
        together: int = TOGETHER,
        precision: float = PRECISION,
        min_right: int = MIN_RIGHT,
    ):
        self.options = {"min_pos": min_pos, "spread": spread, "purity": purity, "lift": lift}
        self.together = together
        self.precision = precision
        self.min_right = min_right

    def fit(
        self,
        documents: Sequence[CodedDocument],
        decided: Mapping[str, Decided],
        df: Mapping[str, int],
        n_sentences: int,
    ) -> Markers:
        """Learn from coded documents (for the counts) and every decision per code (lemma
        counts of accepted sentences, of sentences left without it, rejected sentences, the
        number accepted); `df` and `n_sentences`: the project's sentences."""
        self.words_: dict[str, frozenset[str]] = {}
        self.hits_: dict[str, int] = {}
        self.seen_: dict[str, list[frozenset[str]]] = {}
        for code, (pos, neg, rejected, n_pos) in decided.items():
            if not pos:
                continue
            against = Counter(neg)
            for feats in rejected:
                for lemma in feats:
                    against[lemma] += REJECTED_WEIGHT
            rate = n_pos / max(1, n_sentences, n_pos)
            words = markers(pos, against, df, rate, **self.options)
            if len(words) < MIN_HITS:
                continue
            need = self._calibrate(code, documents, (pos, against), df, rate)
            if need is not None:
                self.words_[code] = words
                self.hits_[code] = need
                self.seen_[code] = [
                    feats & words for doc in documents for feats, cs in doc if code in cs
                ]
        return self

    def _calibrate(
        self,
        code: str,
        documents: Sequence[CodedDocument],
        counts: tuple[Mapping[str, int], Mapping[str, int]],
        df: Mapping[str, int],
        rate: float,
    ) -> int | None:
        """The fewest markers right `precision` of the time when each sentence of the coded
        documents is read with the markers of all other decisions (None when no count is)."""
        pos, against = counts
        least = self.options["min_pos"]
        right: Counter[int] = Counter()
        wrong: Counter[int] = Counter()
        for doc in documents:
            for feats, codes in doc:
                y = code in codes
                found = [
                    x
                    for x in feats
                    if pos.get(x, 0) - y >= least
                    and _marks(x, pos[x] - y, against.get(x, 0) - (not y), df, rate, **self.options)
                ]
                for need in range(MIN_HITS, min(len(words(found)), MAX_HITS) + 1):
                    (right if y else wrong)[need] += 1
        for need in range(MIN_HITS, MAX_HITS + 1):
            r, w = right[need], wrong[need]
            if r >= self.min_right and r / (r + w) >= self.precision:
                return need
        return None

    def score(self, code: str, feats: frozenset[str]) -> list[str]:
        """The markers of `code` in the sentence when there are enough of them, else []."""
        found = self.words_.get(code)
        if not found:
            return []
        hits = words(feats & found)
        if len(hits) < self.hits_[code]:
            return []
        if self.together:  # two of them stood together in that many coded sentences
            pairs = Counter(
                pair
                for seen in self.seen_[code]
                for pair in combinations(sorted(seen & set(hits)), 2)
            )
            if not pairs or max(pairs.values()) < self.together:
                return []
        return hits


def words(lemmas: Iterable[str]) -> list[str]:
    """The lemmas as words: a part of a compound among them counts with the compound
    ("rechtszaak" and "rechts" one word), sorted."""
    found = sorted(set(lemmas), key=lambda x: (-len(x), x))
    out: list[str] = []
    for x in found:
        if not any(x in longer for longer in out):
            out.append(x)
    return sorted(out)
