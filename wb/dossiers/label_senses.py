"""Whether a lexicon hit on a verb idiom is used in the term's own sense.

A fighting idiom of the lexicon ("elkaar de tent uitvechten", a form of vechtscheiding) types a
couple by the way they separate. Followed by "over" and what is fought about ("die elkaar al
jaren de tent uitvecht over geld, huis en de kinderen") it reports a dispute about matters,
like "strijd over de omgang", which the annotation scope leaves out (round 9). With word
classes only: a verb in the hit whose lemma is a verb of fighting
(``wb/lang/nl/label_dispute_verbs.txt``), and "over" as the first word after the hit or after
at most two adverbs ("... de tent uit, ook nu nog over ...": no).

:func:`other_sense` also sets aside a hit inside a web or e-mail address
(:mod:`wb.dossiers.label_addresses`, labels26) and a formal diagnosis named as such
(:mod:`wb.dossiers.label_diagnoses`, labels44).
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.label_addresses import in_address
from wb.dossiers.label_diagnoses import named_diagnosis
from wb.dossiers.lexicon import fold
from wb.lang import word_set

DISPUTE_VERBS = frozenset(fold(w) for w in word_set("label_dispute_verbs.txt"))
_ADVERB_REACH = 2


def dispute_over(doc: Doc, start: int, end: int) -> bool:
    """True for a fighting idiom followed by "over" + its matter: a dispute, not the term."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not any(
        t.pos_ in {"VERB", "AUX"} and fold(t.lemma_) in DISPUTE_VERBS for t in span
    ):
        return False
    k = span.end
    skipped = 0
    while k < len(doc) and doc[k].pos_ == "ADV" and skipped < _ADVERB_REACH:
        k += 1
        skipped += 1
    return k < len(doc) and doc[k].lower_ == "over"


def other_sense(doc: Doc, start: int, end: int) -> bool:
    """True when the hit is not the term in its own sense: a dispute about matters, a part
    of a web or e-mail address or a formal diagnosis named as such (labels44)."""
    return (
        in_address(doc.text, start, end)
        or dispute_over(doc, start, end)
        or named_diagnosis(doc, start, end)
    )


__all__ = ["DISPUTE_VERBS", "dispute_over", "other_sense"]
