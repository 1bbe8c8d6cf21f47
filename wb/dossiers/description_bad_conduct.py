"""A person doing what judges them: "ze drammen", "je overdrijft", "loop ik weer te tieren"
(labels-aimed2).

A verb of ``wb/lang/nl/description_conduct_subject_verbs.txt`` (drammen, klieren, tieren,
overdrijven, ...) counts when its clause holds a person as subject
(:func:`wb.dossiers.description_care.person_subject`: a person noun or a subject pronoun, not
after a preposition) and no denial stands in the clause before the verb or right after it ("ik
overdrijf niet"). Not its participle or infinitive used as a noun ("het drammen", "drammende
ouders" is :mod:`wb.dossiers.description_conduct_doers`). The span is the verb. Word classes and
lemmas only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, person_subject
from wb.dossiers.lexicon import fold
from wb.lang import words

_DENIALS = frozenset(fold(w) for w in words("description_denials.txt"))


@cache
def bad_conduct_verbs() -> frozenset[str]:
    """The folded lemmas of the conduct verbs that judge their subject."""
    return frozenset(fold(w) for w in words("description_conduct_subject_verbs.txt"))


def find_bad_conduct(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of conduct verbs with a person subject (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ not in {"VERB", "AUX"} or fold(token.lemma_) not in bad_conduct_verbs():
            continue
        if i and doc[i - 1].pos_ == "DET":
            continue  # "het drammen": the verb as a noun
        if fold(token.text).endswith(("ende", "end")):
            continue
        a, b = clause(doc, i)
        if any(fold(t.text) in _DENIALS for t in [*doc[a:i], *doc[i + 1 : min(b, i + 3)]]):
            continue
        if person_subject(doc, a, b, {i}):
            spans.append((token.idx, token.idx + len(token.text)))
    return spans


__all__ = ["bad_conduct_verbs", "find_bad_conduct"]
