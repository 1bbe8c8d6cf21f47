"""An evaluative participle as the predicate of "zijn" with a person subject: "de kinderen zijn
ernstig beschadigd", "(waardoor) de kinderen ernstig zijn beschadigd".

A participle (VERB, ``Part``) whose bare form is an evaluative adjective
(:func:`wb.dossiers.descriptions.evaluative_words`: beschadigd, gestoord, ...) tells what a
person has become, a judgement of that person, when it is the predicate of a present or past
form of "zijn" and the subject is a person noun or a third-person pronoun (labels39):

* main clause: subject, "zijn", at most two adverbs or degree words, the participle ("De
  kinderen zijn ernstig beschadigd");
* verb-final clause: subject, at most two degree words, "zijn", the participle ("(dat) de
  kinderen ernstig zijn beschadigd").

Not a passive with "worden" ("(dat het kind) niet beschadigd wordt": a purpose or a wish), not
a thing as subject ("de band is beschadigd"), not with a denial between ("is niet beschadigd").
The span is the degree words before the participle and the participle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

_NOT = word_set("description_denials.txt")
_REACH = 2


def _participle(token: Any) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _be(token: Any) -> bool:
    return token.pos_ in {"AUX", "VERB"} and fold(token.lemma_) == "zijn"


def _degree(token: Any) -> bool:
    return token.pos_ == "ADV" or (token.pos_ == "ADJ" and not fold(token.text).endswith("e"))


def _degrees_before(doc: Doc, k: int) -> int:
    """The index of the first of at most two degree words right before k (k when none)."""
    first = k
    while first > 0 and k - first < _REACH and _degree(doc[first - 1]):
        first -= 1
    return first


def find_judged_participles(
    doc: Doc,
    judging: Callable[[Any], bool],
    subject: Callable[[Doc, int], bool],
) -> list[tuple[int, int]]:
    """Character spans of evaluative participles predicated of a person with "zijn" (module
    doc); `judging` tells an evaluative participle, `subject` a person subject at an index."""
    spans = []
    for k, token in enumerate(doc):
        if k < 2 or not _participle(token) or not judging(token):
            continue
        first = _degrees_before(doc, k)
        if first >= 2 and _be(doc[first - 1]) and subject(doc, first - 2):
            start = first  # main clause: "De kinderen zijn ernstig beschadigd"
        elif _be(doc[k - 1]):
            start = _degrees_before(doc, k - 1)  # verb-final: "de kinderen ernstig zijn ..."
            if start == 0 or not subject(doc, start - 1):
                continue
        else:
            continue
        if any(fold(doc[m].text) in _NOT for m in range(start, k)):
            continue
        spans.append((doc[start].idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_judged_participles"]
