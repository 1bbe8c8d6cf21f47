"""A code's description threshold as the researcher's codings show it (codes15).

The codebook's description suggests a code when its words in a sentence reach the threshold.
Where the researcher coded whole documents, each code shows how low that can go for them: the
lowest share of the threshold (of `RATIOS`) at which the description's words in the coded
sentences were right at least `PRECISION` of the time, and at least `MIN_RIGHT` times, is the
code's learned share. Below the threshold, that share suggests the code as extra evidence next
to the codebook (it never removes a suggestion). Each coded document changes the shares.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

#: Shares of the description threshold tried, lowest first.
RATIOS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Share of right suggestions on the coded documents a share must reach, and right ones.
PRECISION = 0.8
MIN_RIGHT = 2

#: A coded document: per sentence its features and the codes the researcher gave it.
CodedDocument = Sequence[tuple[frozenset[str], frozenset[str]]]


def learned_ratio(
    code: str,
    documents: Iterable[CodedDocument],
    share: Callable[[frozenset[str]], float],
    *,
    precision: float = PRECISION,
    min_right: int = MIN_RIGHT,
) -> float | None:
    """The lowest share of the threshold right `precision` of the time for `code` in the coded
    documents; `share(feats)`: the description's score as a share of the threshold (0 when
    the words are not enough). None when no share below 1 is."""
    scored = [(share(feats), code in codes) for doc in documents for feats, codes in doc]
    for ratio in RATIOS:
        right = sum(1 for s, y in scored if s >= ratio and y)
        wrong = sum(1 for s, y in scored if s >= ratio and not y)
        if right >= min_right and right / (right + wrong) >= precision:
            return ratio
    return None
