"""Whether a lexicon hit names a formal diagnosis as such: "gediagnosticeerd met een borderline
persoonlijkheidsstoornis".

The annotation scope (``bench/realtext/labels/README.md``, "Where a description stops being a
label", from round 14 on) leaves out "a formal diagnosis named as such by the professional who made
it ("gediagnosticeerd met ADHD")", unless the text uses it to characterise the person ("die
ADHD-moeder"). With word classes only: the hit follows a diagnosing verb
(``wb/lang/nl/label_diagnosis_verbs.txt``) and "met" or "als", with at most six words between
that are determiners, adjectives, nouns, names, "en" or commas ("gediagnosticeerd met een
ernstige ...", "gediagnosticeerd met ADHD en een hechtingsstoornis": every named diagnosis of the
list), or the hit stands right before the verb ("als narcist gediagnosticeerd"). labels44.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

DIAGNOSIS_VERBS = frozenset(fold(w) for w in word_set("label_diagnosis_verbs.txt"))
_LIST_REACH = 6
_LIST_CLASSES = frozenset({"DET", "ADJ", "NOUN", "PROPN"})


def _diagnosing(token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and fold(token.lemma_) in DIAGNOSIS_VERBS


def named_diagnosis(doc: Doc, start: int, end: int) -> bool:
    """True when the hit at start-end is the object of a diagnosing verb: a diagnosis named."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    skipped = 0
    while (
        k >= 0
        and skipped < _LIST_REACH
        and (doc[k].pos_ in _LIST_CLASSES or doc[k].lower_ in {",", "en"})
        and doc[k].lower_ not in {"met", "als"}
    ):
        k -= 1
        skipped += 1
    if k >= 1 and doc[k].lower_ in {"met", "als"} and _diagnosing(doc[k - 1]):
        return True
    return span.end < len(doc) and _diagnosing(doc[span.end])


__all__ = ["DIAGNOSIS_VERBS", "named_diagnosis"]
