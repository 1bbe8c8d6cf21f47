"""What a code model keeps of the researcher's decisions: coded documents, accepts and rejects.

Mixed into :class:`wb.coding.rank.CodeModel`: every decision counts the sentence's lemmas for or
against the code (learned lemma weights, ``use_learning``), a coded passage becomes an example,
a rejected one guards against its look-alikes, and decided sentences feed the nearest-sentence
suggestions (:mod:`wb.coding.nearest`) and the per-code learner (:mod:`wb.coding.learned`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from wb.coding.code_scores import CodeInfo
from wb.coding.learned import CodeLearner
from wb.coding.nearest import NearestCoded
from wb.coding.perspective import perspective_codes

#: Marks an example that is a passage the researcher coded (not one from the codebook).
CODED_MARK = "\x00"
#: Lemmas a sentence must share with a coded passage to be like it: one shared word of a short
#: passage gives a high cosine but says little (synthetic check, bench/README.md).
CODED_MIN_SHARED = 2
#: Uncoded sentences needed before a code's lemma weights learn from them, and how hard.
NEG_MIN = 10
NEG_FACTOR = 0.3


class DecisionMemory:
    """The learning half of a code model (needs ``codes_``, ``likeness``, ``idf``, ``_norm``)."""

    def learn(
        self,
        code: str,
        sentence: frozenset[str],
        *,
        accepted: bool,
        text: str = "",
        rejected: bool = False,
        group: Any = None,
    ) -> None:
        """Count one decision: a sentence coded (accepted) or left uncoded/rejected for `code`.

        ``rejected`` marks a suggestion the coder turned down (not merely left uncoded): a later
        sentence much like it is not suggested for `code` again (:meth:`rejected_like`). With
        `use_nearest` a coded or rejected sentence is kept as a decided sentence of document
        `group` (see :mod:`wb.coding.nearest`).
        """
        self._count(code, sentence, accepted, text, rejected)
        if self.keeps_decided and text and code in self.codes_ and (accepted or rejected):
            self.nearest_.add_decision(text, sentence, code, accepted=accepted, group=group)

    @property
    def keeps_decided(self) -> bool:
        """True when decided sentences are kept (for nearest suggestions or the guard)."""
        return self.use_nearest or bool(self.nearest_guard)

    def _new_nearest(self) -> NearestCoded:
        return NearestCoded(
            self.likeness,
            threshold=self.coded_threshold,
            precision=self.nearest_precision,
            min_right=self.nearest_min_right,
            ignore=perspective_codes(self.codebook),
            agree=self.nearest_agree,
        )

    def _count(
        self, code: str, sentence: frozenset[str], accepted: bool, text: str, rejected: bool
    ) -> None:
        info = self.codes_.get(code)
        if info is None:
            return
        if rejected and not accepted:
            info.rejected.append(sentence)
        if accepted:
            info.pos.update(sentence)
            for lemma in sentence:
                self.index_.setdefault(lemma, set()).add(code)
            info.n_pos += 1
            if text and self.coded_examples:
                info.examples.append((CODED_MARK + text, sentence))
        else:
            info.neg.update(sentence)
            info.n_neg += 1

    def has_learned(self) -> bool:
        """True once any decision or coded document was learned."""
        return bool(self.coded_docs_) or any(
            info.n_pos or info.n_neg or info.rejected for info in self.codes_.values()
        )

    def forget(self) -> None:
        """Forget every learned decision (the codebook and the corpus counts stay)."""
        for info in self.codes_.values():
            info.pos.clear()
            info.neg.clear()
            info.n_pos = info.n_neg = 0
            info.examples = [e for e in info.examples if not e[0].startswith(CODED_MARK)]
            info.rejected.clear()
        self.coded_docs_ = []
        self._learner = None
        self.nearest_ = self._new_nearest()
        if self.company_coded and hasattr(self, "corpus_"):
            self._cooccurrence(*self.corpus_)  # the company without the codings
        self._reindex()

    def learn_document(
        self, sentences: Sequence[tuple[str, frozenset[str]]], coded: Sequence[set[str]]
    ) -> None:
        """Learn from a fully coded document: per sentence, its codes; uncoded is negative."""
        for (text, feats), codes in zip(sentences, coded, strict=True):
            example = text if self.document_examples else ""  # no example: see rank.py
            for path in self.codes_:
                self._count(path, feats, path in codes, example, False)
        if self.keeps_decided:
            self.nearest_.add_document(sentences, coded, ("document", len(self.coded_docs_)))
        self.coded_docs_.append(
            [(f, frozenset(c)) for (_, f), c in zip(sentences, coded, strict=True)]
        )
        self._learner = None
        if self.company_coded and hasattr(self, "corpus_"):  # the company learns the codings
            self._cooccurrence(*self.corpus_)

    def learned_seeds(self, info: CodeInfo) -> dict[str, float]:
        """Lemmas the researcher's codings tie to the code: coded at least twice, mostly here."""
        out = {}
        for lemma, p in info.pos.items():
            q = info.neg.get(lemma, 0)
            if p >= 2 and p / (p + q) >= 0.5:
                out[lemma] = 0.8 * p / (p + q)
        return out

    def _evidence(self, info: CodeInfo, lemma: str) -> float:
        """Factor on a lemma's weight from the codings: below 1 when it sat in uncoded sentences."""
        p, q = info.pos.get(lemma, 0), info.neg.get(lemma, 0)
        return (p + 1) / (p + NEG_FACTOR * q + 1)

    def _learned(self, info: CodeInfo, feats: frozenset[str]) -> tuple[float, list[str]]:
        if not info.n_pos:
            return 0.0, []
        total, reasons = 0.0, []
        for lemma in feats:
            p, q = info.pos.get(lemma, 0), info.neg.get(lemma, 0)
            if p + q == 0:
                continue
            weight = math.log((p + 0.5) / (info.n_pos + 1)) - math.log((q + 0.5) / (info.n_neg + 1))
            total += weight * self.idf(lemma)
            if weight > 0 and p >= 2:
                reasons.append(lemma)
        prior = math.log((info.n_pos + 1) / (info.n_neg + info.n_pos + 2))
        return total + prior, sorted(reasons)

    def learner(self) -> CodeLearner | None:
        """The per-code model of the coded documents (None before two are coded)."""
        if not self.use_learner or len(self.coded_docs_) < 2:
            return None
        if self._learner is None:
            self._learner = CodeLearner(
                precision=self.learner_precision, min_right=self.learner_min_right
            ).fit(self.coded_docs_)
        return self._learner

    def rejected_like(self, code: str, feats: frozenset[str], *, pattern: bool = False) -> bool:
        """True when the sentence is more like a passage the coder rejected for `code` than like
        any passage they coded with it: as like as a coded passage must be to bring a
        suggestion (cosine ``coded_threshold``, at least two shared lemmas).

        With `nearest_guard` ("beyond": not for a pattern's hit; "all"), also when the nearest
        sentence decided for `code` refuses it at that likeness (an uncoded sentence of a coded
        document, see :mod:`wb.coding.nearest`).
        """
        guard = self.nearest_guard in ("all", "" if pattern else "beyond")
        if guard and self.nearest_.refuses(code, feats, self.coded_threshold):
            return True
        info = self.codes_.get(code)
        if info is None or not info.rejected:
            return False
        norm = self._norm(feats)

        def likeness(other: frozenset[str]) -> float:
            shared = feats & other
            if len(shared) < CODED_MIN_SHARED:
                return 0.0
            return sum(self.idf(x) ** 2 for x in shared) / (norm * self._norm(other))

        worst = max(likeness(r) for r in info.rejected)
        if worst < self.coded_threshold:
            return False
        coded = [ex for text, ex in info.examples if text.startswith(CODED_MARK)]
        return all(likeness(ex) < worst for ex in coded)


__all__ = ["CODED_MARK", "DecisionMemory"]
