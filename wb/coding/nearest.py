"""The nearest coded sentence: a sentence gets the code of the decided sentence most like it.

What the researcher decided is kept as sentences (issue 11 §2, codes8):

* every sentence of a fully coded document: its codes are given, every other code is not;
* a single decision in a coding session: a coding or an accepted suggestion gives its code to
  the sentence, a rejected suggestion refuses it (and says nothing about other codes).

For a new sentence, each code is decided by the nearest sentences that were decided for it
(likeness: idf-weighted cosine over content lemmas and compound parts, at least two shared
lemmas): the code is suggested when ``agree`` of them give it before any refuses it, and the
last of those is at least ``threshold`` alike (the suggestion model asks three, ``AGREE``, from
two coded documents or single decisions, ``DOCS``). So a sentence much like an uncoded sentence
of a coded document, or like a rejected one, does not get the code, even when a coded sentence
is almost as near.

The threshold is set on the coded documents themselves when there are two or more: each is
scored by what the others teach (leave one document out) and the lowest likeness whose
suggestions were right at least ``precision`` of the time, with at least ``min_right`` right,
is the threshold; when no likeness is, nothing is suggested (wb does not guess where the
researcher's own codings say it would be wrong). Single decisions alone use the fixed
``threshold``. Reason: "lijkt op gecodeerde zin: «…»".

The same memory also guards (:meth:`NearestCoded.refuses`, ``CodeModel(nearest_guard=...)``,
on by default for suggestions beyond the patterns): a code is not suggested for a sentence whose
nearest sentence decided for that code refuses it and is as alike as a coded passage must be to
bring a suggestion (an uncoded sentence of a coded document, or a rejected suggestion).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

#: Lemmas a sentence must share with a decided sentence to be like it at all.
MIN_SHARED = 2
#: Share of right suggestions the calibrated threshold must reach on the coded documents.
PRECISION = 0.8
#: Right suggestions the calibrated threshold must bring on the coded documents.
MIN_RIGHT = 2
#: Likeness a single decision needs when no coded documents set the threshold.
THRESHOLD = 0.55
#: Decided sentences that must give a code before any refuses it, as the suggestion model uses
#: it: one coded sentence is often alike by a single shared topic word (codes8, chosen on tune).
AGREE = 3
#: Share of the description threshold the code's own words must reach in a sentence that is
#: only loosely like the coded ones (likeness below the model's ``coded_threshold``): the
#: threshold set on a coded third of one kind (all Begeleide omgang in codes4) can be very low
#: and carry the third's code to every sentence sharing a topic word (codes12, as the
#: neighbour rule's RATIO).
EVIDENCE = 0.3
#: Documents the agreeing decided sentences must stand in (codes31; at most ``agree``; a single
#: decision of a coding session counts as one of its own): sentences of one coded document that
#: agree on its code say what that document is about, not what the code is (such codes brought
#: 4 wrong codings and 1 right on codes5 held-out after its first third, 2 wrong elsewhere).
DOCS = 2

Likeness = Callable[[frozenset[str], frozenset[str]], float]


@dataclass(frozen=True)
class Decided:
    """A sentence the researcher decided on: codes given, and codes refused."""

    text: str
    feats: frozenset[str]
    yes: frozenset[str]
    no: frozenset[str] | None  # None: every code not in `yes` (a fully coded document)
    group: Hashable  # the document it stands in


@dataclass(frozen=True)
class Near:
    """A code suggested by the nearest decided sentence."""

    code: str
    likeness: float
    threshold: float
    text: str


class NearestCoded:
    """The decided sentences of a project, and the codes the nearest ones give a sentence."""

    def __init__(
        self,
        likeness: Likeness,
        *,
        threshold: float = THRESHOLD,
        precision: float = PRECISION,
        min_right: int = MIN_RIGHT,
        min_shared: int = MIN_SHARED,
        ignore: Iterable[str] = (),
        agree: int = 1,
    ):
        self.likeness = likeness
        self.threshold = threshold
        self.precision = precision
        self.min_right = min_right
        self.min_shared = min_shared
        self.agree = agree  # decided sentences that must give the code, nearest first
        self.ignore = frozenset(ignore)  # codes never suggested this way (who speaks)
        self.decided_: list[Decided] = []
        self._index: dict[str, list[int]] = {}
        self._threshold: tuple[float | None] | None = None  # cached calibration

    # -- what the researcher decided -----------------------------------------------------------
    def add(
        self,
        text: str,
        feats: frozenset[str],
        yes: Iterable[str] = (),
        no: Iterable[str] | None = None,
        group: Hashable = None,
    ) -> None:
        """Keep one decided sentence (``no=None``: every code not in `yes` is refused)."""
        k = len(self.decided_)
        refused = None if no is None else frozenset(no)
        self.decided_.append(Decided(text, feats, frozenset(yes), refused, group))
        for lemma in feats:
            self._index.setdefault(lemma, []).append(k)
        self._threshold = None

    def add_document(
        self,
        sentences: Sequence[tuple[str, frozenset[str]]],
        codes: Sequence[Iterable[str]],
        group: Hashable,
    ) -> None:
        """Keep every sentence of a fully coded document with its codes."""
        for (text, feats), given in zip(sentences, codes, strict=True):
            self.add(text, feats, given, None, group)

    def add_decision(
        self, text: str, feats: frozenset[str], code: str, *, accepted: bool, group: Hashable
    ) -> None:
        """Keep one decision of a coding session: `code` given (accepted) or refused."""
        if accepted:
            self.add(text, feats, (code,), (), group)
        else:
            self.add(text, feats, (), (code,), group)

    def changed(self) -> None:
        """Say that the likeness changed (new corpus counts): calibrate again when asked."""
        self._threshold = None

    # -- suggesting ------------------------------------------------------------------------
    def current_threshold(self) -> float | None:
        """The likeness a suggestion needs: calibrated on the coded documents when there are
        two or more (None when no likeness is right often enough), else the fixed one."""
        if self._threshold is None:
            whole = {d.group for d in self.decided_ if d.no is None}
            value = self._calibrate() if len(whole) >= 2 else self.threshold
            self._threshold = (value,)
        return self._threshold[0]

    def suggest(self, feats: frozenset[str]) -> list[Near]:
        """Codes the nearest decided sentences give a sentence, at the current threshold."""
        threshold = self.current_threshold()
        if threshold is None or not self.decided_:
            return []
        return [
            Near(code, sim, threshold, self.decided_[k].text)
            for code, (sim, k) in sorted(self._decide(feats).items())
            if sim >= threshold
        ]

    def refuses(self, code: str, feats: frozenset[str], likeness: float) -> bool:
        """True when the nearest sentence decided for `code` refuses it and is at least
        `likeness` alike (an uncoded sentence of a coded document, or a rejection)."""
        for sim, k in self._neighbours(feats):
            if sim < likeness:
                return False
            other = self.decided_[k]
            if code in other.yes:
                return False
            if other.no is None or code in other.no:
                return True
        return False

    def _neighbours(self, feats: frozenset[str], skip: Hashable = ...) -> list[tuple[float, int]]:
        """(likeness, index) of the decided sentences sharing enough lemmas, nearest first."""
        shared: Counter[int] = Counter()
        for lemma in feats:
            shared.update(self._index.get(lemma, ()))
        out = []
        for k, n in shared.items():
            if n < self.min_shared:
                continue
            other = self.decided_[k]
            if skip is not ... and other.group == skip:
                continue
            out.append((self.likeness(feats, other.feats), k))
        out.sort(key=lambda x: (-x[0], x[1]))
        return out

    def _decide(self, feats: frozenset[str], skip: Hashable = ...) -> dict[str, tuple[float, int]]:
        """Per code, when the nearest sentences decided for it give it (`agree` of them before
        any refuses it): the likeness of the last of those, and its index."""
        support: dict[str, list[tuple[float, int]]] = {}
        allowed: frozenset[str] | None = None  # None: no coded document's sentence seen yet
        refused: set[str] = set()
        for sim, k in self._neighbours(feats, skip):
            other = self.decided_[k]
            for code in other.yes - self.ignore:
                if code not in refused and (allowed is None or code in allowed):
                    support.setdefault(code, []).append((sim, k))
            if other.no is None:  # a sentence of a coded document refuses every other code
                allowed = other.yes if allowed is None else allowed & other.yes
            else:
                refused |= other.no
            if allowed is not None and not allowed - refused:
                break
        out = {}
        for code, found in support.items():
            at = _agreeing(found, self.agree, [self._source(k) for _, k in found])
            if at is not None:
                out[code] = found[at]
        return out

    def _source(self, k: int) -> Hashable:
        """Where decided sentence `k` comes from: its coded document, or itself (a single
        decision of a coding session is evidence of its own)."""
        d = self.decided_[k]
        return d.group if d.no is None else ("decision", k)

    def _calibrate(self) -> float | None:
        """The lowest likeness right `precision` of the time when each coded document's
        sentences are scored by the other documents' decisions (None when none is)."""
        scored: list[tuple[float, bool]] = []
        for d in self.decided_:
            if d.no is None:
                for code, (sim, _) in self._decide(d.feats, d.group).items():
                    scored.append((sim, code in d.yes))
        scored.sort(key=lambda x: -x[0])
        best = None
        right = 0
        for n, (sim, ok) in enumerate(scored, start=1):
            right += ok
            if n < len(scored) and scored[n][0] == sim:
                continue  # a threshold takes all suggestions of the same likeness at once
            if right >= self.min_right and right / n >= self.precision:
                best = sim
        return best


def _agreeing(found: list[tuple[float, int]], agree: int, groups: list[Hashable]) -> int | None:
    """Index of the decided sentence in `found` (nearest first) at which `agree` of them give
    the code from at least :data:`DOCS` sources (`groups`: a coded document, a single decision;
    never more sources than `agree`); None when they never do."""
    seen: set[Hashable] = set()
    for n, group in enumerate(groups):
        seen.add(group)
        if n + 1 >= agree and len(seen) >= min(DOCS, agree):
            return n
    return None


__all__ = ["AGREE", "EVIDENCE", "Decided", "Near", "NearestCoded"]
