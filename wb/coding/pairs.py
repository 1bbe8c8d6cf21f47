"""Lemma pairs from the coded documents: two words that together mark a code's sentences.

A researcher's coded sentences are turned into patterns a reader can check (codes7): a pair of
content lemmas ("klacht" + "ongegrond") becomes a pattern of a code when it stands in at least
`min_sentences` sentences coded with the code, and in sentences with the code at least
`precision` of the times it stands in any coded sentence, in at least two coded documents. A
pair whose two words the codebook
already names for the code adds nothing and is left out. Reason: "patroon uit uw coderingen:
klacht + ongegrond (3 zinnen)".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from wb.coding.word_classes import is_class

#: Coded sentences a pair must stand in with the code, the share of its coded sentences that
#: must carry the code, and in how many coded documents: a pair that marks a code in one
#: document only is that document's topic, not the code's.
MIN_SENTENCES = 2
PRECISION = 0.8
MIN_DOCS = 2
#: Longest a sentence may be, in content lemmas, for its pairs to count (a long sentence has
#: hundreds of pairs, most of them chance).
MAX_LEMMAS = 25
#: Score of a suggestion from a learned pair.
PAIR_SCORE = 0.75

CodedDocument = Sequence[tuple[frozenset[str], frozenset[str]]]


def _pairs(feats: frozenset[str]) -> set[tuple[str, str]]:
    words = sorted(x for x in feats if not is_class(x))
    return set(combinations(words, 2)) if len(words) <= MAX_LEMMAS else set()


class PairLearner:
    """Per code, the lemma pairs the coded documents confirm."""

    def __init__(
        self,
        *,
        min_sentences: int = MIN_SENTENCES,
        precision: float = PRECISION,
        min_docs: int = MIN_DOCS,
    ) -> None:
        self.min_sentences = min_sentences
        self.precision = precision
        self.min_docs = min_docs

    def fit(
        self, documents: Sequence[CodedDocument], known: dict[str, set[str]] | None = None
    ) -> PairLearner:
        """Learn from coded documents; `known` gives each code's codebook lemmas. Returns self."""
        with_code: dict[str, Counter[tuple[str, str]]] = {}
        in_docs: dict[str, Counter[tuple[str, str]]] = {}
        anywhere: Counter[tuple[str, str]] = Counter()
        for document in documents:
            seen: dict[str, set[tuple[str, str]]] = {}
            for feats, codes in document:
                pairs = _pairs(feats)
                anywhere.update(pairs)
                for code in codes:
                    with_code.setdefault(code, Counter()).update(pairs)
                    seen.setdefault(code, set()).update(pairs)
            for code, pairs in seen.items():
                in_docs.setdefault(code, Counter()).update(pairs)
        self.pairs_: dict[str, dict[tuple[str, str], int]] = {}
        for code, counts in with_code.items():
            own = (known or {}).get(code, set())
            kept = {
                pair: n
                for pair, n in counts.items()
                if n >= self.min_sentences
                and in_docs[code][pair] >= self.min_docs
                and n >= self.precision * anywhere[pair]
                and not set(pair) <= own
            }
            if kept:
                self.pairs_[code] = kept
        return self

    def match(self, code: str, feats: frozenset[str]) -> tuple[str, str, int] | None:
        """The best-confirmed pair of `code` in the sentence: (lemma, lemma, sentences)."""
        best = None
        for (a, b), n in self.pairs_.get(code, {}).items():
            if a in feats and b in feats and (best is None or n > best[2]):
                best = (a, b, n)
        return best


__all__ = ["PAIR_SCORE", "PairLearner"]
