"""Auxiliary rules on the tagger's learned scores, after the treebanks' guidelines.

Chosen on the UD dev sets (bench/README.md, round 7):

- 'worden' without a verb form in the sentence after it (or in its clause before it) is the
  copula, VERB ("werd derde", "wordt de opvolger"); with a participle right next to it (across
  "te") or later in its clause the passive auxiliary, AUX ("geremd worden", "verlaagd te
  worden", "werd ... ontvoerd");
- 'hebben' with a participle later in its clause, and a modal with an infinitive later in its
  clause, are the auxiliary, AUX ("had ... gemeld", "mocht ... besteden").

The tagger keeps per-token arrays (verb form, clause break, "te", sentence start); this module
only reads them as lists and says which label each auxiliary must lose.
"""

from __future__ import annotations

from collections.abc import Iterator

from wb.lang import word_set

WORDEN_FORMS = word_set("tagger_worden_forms.txt")
HEBBEN_FORMS = word_set("tagger_hebben_forms.txt")
MODAL_FORMS = word_set("tagger_modal_forms.txt")
WORDEN, HEBBEN, MODAL = 1, 2, 3
# Verb forms as WordFeatures.verb_form gives them.
INFINITIVE, PARTICIPLE = 1, 2


def auxiliary_kind(low: str) -> int:
    """WORDEN, HEBBEN or MODAL for a lowercase form of those verbs, else 0."""
    if low in WORDEN_FORMS:
        return WORDEN
    if low in HEBBEN_FORMS:
        return HEBBEN
    if low in MODAL_FORMS:
        return MODAL
    return 0


def auxiliary_penalties(
    todo: list[int],
    kinds: list[int],
    forms: list[int],
    breaks: list[bool],
    te: list[bool],
    starts: list[bool],
) -> Iterator[tuple[int, str]]:
    """(token index, label it loses) for each auxiliary verb in ``todo``."""
    n = len(forms)

    def later_in_clause(i: int, wanted: int) -> bool:
        j = i + 1
        while j < n and not starts[j] and not breaks[j]:
            if forms[j] == wanted:
                return True
            j += 1
        return False

    for i in todo:
        if kinds[i] != WORDEN:  # hebben + participle, modal + infinitive: AUX
            if later_in_clause(i, INFINITIVE if kinds[i] == MODAL else PARTICIPLE):
                yield i, "VERB"
            continue
        j = i - 1
        if j >= 0 and not starts[i] and te[j]:
            j -= 1
        before = j >= 0 and not starts[j + 1] and forms[j] == PARTICIPLE
        if before or later_in_clause(i, PARTICIPLE):  # passive: "verlaagd te worden"
            yield i, "VERB"
            continue
        if not _verb_form_near(i, forms, breaks, starts):  # copula: "werd derde"
            yield i, "AUX"


def _verb_form_near(i: int, forms: list[int], breaks: list[bool], starts: list[bool]) -> bool:
    """Whether a verb form follows in the sentence or precedes within the clause."""
    j = i + 1
    while j < len(forms) and not starts[j]:
        if forms[j]:
            return True
        j += 1
    j = i - 1
    while j >= 0 and not starts[j + 1] and not breaks[j]:
        if forms[j]:
            return True
        j -= 1
    return False
