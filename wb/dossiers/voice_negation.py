"""Rule A of wb.dossiers.voice: the term is applied and denied."""

from __future__ import annotations

from wb.dossiers.voice_words import (
    BOUNDARY,
    EVIDENCE,
    NEGATION_STOPS,
    NEGATORS,
    NOT_DEGREE,
    NOT_FOUND,
    PUNCT,
)


def negated(low: list[str], at: int, upto: int) -> bool:
    """Rule A: the term at tokens [at, upto) is denied."""
    for j in range(at - 1, max(-1, at - 5), -1):
        if low[j] in PUNCT or low[j] in BOUNDARY:
            break
        if low[j] in NEGATORS:
            return True
    if at and low[at - 1] == "niet":
        return True
    if at > 1 and low[at - 2] == "niet" and low[at - 1] in NOT_DEGREE:
        return True
    for j in range(at - 1, max(-1, at - 13), -1):
        if low[j] in NEGATION_STOPS:
            break
        if low[j] in EVIDENCE and "geen" in low[max(0, j - 3) : j]:
            return True
        if low[j] in NOT_FOUND and "niet" in low[max(0, j - 5) : j + 1]:
            return True
    for j in range(upto, min(len(low), upto + 6)):
        if low[j] in NEGATION_STOPS or low[j] in PUNCT:
            break
        if low[j] == "niet" and any(w in NOT_FOUND for w in low[j + 1 : j + 4]):
            return True
    return False
