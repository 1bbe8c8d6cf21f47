"""A parent judged unable to parent or attune, said with "kunnen": "(dat) hij niet goed kan
aansluiten bij wat het kind nodig heeft", "zorg die de ouders niet kunnen bieden".

The modal counterpart of "niet in staat" (:mod:`wb.dossiers.description_capability_unable`,
policy line 6 of 2026-12-05): a form of "kunnen" with a word of lack within four words before
it ("niet (goed) kan", "onvoldoende lijken aan te kunnen") or after it in the same clause ("kon
niet eens ..."), then, within eight words after "kunnen" in the clause, a verb whose lemma is
in ``description_capability_modal_verbs.txt`` (aansluiten, afstemmen, bieden, verzorgen,
reflecteren, ...), and a task word of ``description_capability_tasks.txt`` (kind, belang, zorg,
veiligheid, ...) in the same clause part (between commas, semicolons and full stops). The span
runs from the word of lack to the verb ("kan de signalen van het kind niet oppikken": "niet
oppikken"), as the care rule spans "(kan) niet voor haar zoon zorgen".

Not when the nearest subject noun is a professional's role or a body ("de gezinsvoogd kan de
zorg niet bieden"), not "zien" ("hij kan zijn kinderen niet zien" is contact), and not a verb
of a practical task ("kan de kinderen niet ophalen").
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.description_capability_unable import (
    DEGREES,
    professional_subject,
    task_keys,
)
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_VERBS = word_set("description_capability_modal_verbs.txt")
_BETWEEN = word_set("description_capability_unable_between.txt") | {"lijken", "aan", "te"}
_BOUNDS = frozenset({".", ",", ";", ":", "!", "?"})
_REACH = 8


def _part(doc: Doc, i: int) -> range:
    """The tokens of the clause part around i, between punctuation marks."""
    a = i
    while a > 0 and doc[a - 1].text not in _BOUNDS:
        a -= 1
    z = i
    while z + 1 < len(doc) and doc[z + 1].text not in _BOUNDS:
        z += 1
    return range(a, z + 1)


def _lack_before(doc: Doc, k: int) -> int | None:
    for h in range(k - 1, max(-1, k - 5), -1):
        word = fold(doc[h].text)
        if word in DEGREES:
            return h
        if word not in _BETWEEN:
            return None
    return None


def find_modal(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of "niet (goed) kunnen" + a verb of parenting or attunement (module doc)."""
    spans = []
    for k, token in enumerate(doc):
        if fold(token.lemma_) != "kunnen":
            continue
        part = _part(doc, k)
        first = _lack_before(doc, k)
        verb = None
        for m in range(k + 1, min(k + 1 + _REACH, part.stop)):
            word = fold(doc[m].text)
            if first is None and word in DEGREES:
                first = m  # "kon niet eens mijn kind ... voeden"
            if doc[m].pos_ == "VERB" and fold(doc[m].lemma_) in _VERBS:
                verb = m
                break
        if first is None or verb is None:
            continue
        if not any(task_keys(doc, n) for n in part if n != verb):
            continue
        if professional_subject(doc, min(first, k), persons):
            continue
        spans.append((doc[first].idx, doc[verb].idx + len(doc[verb].text)))
    return spans


__all__ = ["find_modal"]
