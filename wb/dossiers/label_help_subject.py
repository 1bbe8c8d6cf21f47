"""Whether a lexicon form of refusing help has the help itself as its subject: then no label.

The lexicon writes help refused or not accepted with the help first ("hulp ... weigeren",
"hulpverlening ... weigeren", "zorg ... onvoldoende accepteren", labels54), the order of a
subordinate or relative clause: "ouders die hulpverlening blijven weigeren". In a main clause
the same words can have the service as the one who refuses: "De hulpverlening weigerde de
aanvraag". A hit is dropped when it starts with a noun of ``wb/lang/nl/label_help_nouns.txt``
(as written, singular) that is the subject of its clause: no noun, name or pronoun (a
relative "die" included) stands between the clause's start (the sentence start, a punctuation
mark or a subordinating conjunction) and the noun, the clause has no form of "worden" before the
hit's end (a passive: "werd de zorg door de ouders onvoldoende geaccepteerd") and the hit has no
"door" (an agent). With word classes only.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

HELP_NOUNS = frozenset(fold(w) for w in word_set("label_help_nouns.txt"))
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_PASSIVE = "worden"
_AGENT = "door"


def help_as_subject(doc: Doc, start: int, end: int) -> bool:
    """True when the hit [start, end) opens with a help noun that is its clause's subject."""
    if not doc.has_annotation("POS"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    if first.pos_ != "NOUN" or fold(first.text) not in HELP_NOUNS:
        return False  # the word as written: "zorgen" (worries) is no help noun
    sent_start = first.sent.start if doc.has_annotation("SENT_START") else 0
    k = first.i - 1
    while k >= sent_start and not (doc[k].is_punct or doc[k].pos_ == "SCONJ"):
        if doc[k].pos_ in _NOMINAL:
            return False  # "ouders die hulp weigeren": the help is the object
        k -= 1
    clause = doc[k + 1 : span.end]
    if any(t.lemma_.lower() == _PASSIVE for t in clause):
        return False
    return not any(t.lower_ == _AGENT for t in span)


__all__ = ["HELP_NOUNS", "help_as_subject"]
