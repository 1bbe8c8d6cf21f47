"""A rebuke in the imperative judges the one spoken to: "doe toch niet zo moeilijk", "Ach mam,
doe niet zo flauw", "stel je niet aan" (labels37).

Two shapes, words in ``wb/lang/nl/description_rebuke_words.txt``: an imperative of kind
``gebod`` ("doe", "wees"), particles (``partikel``: toch, nou, eens, ...), "niet zo" and an
adjective ("doe niet zo moeilijk"; span from the verb to the adjective); and "stel je", particles,
"niet", an optional "zo" and "aan" (zich aanstellen; span from "stel" to "aan"). The imperative
opens its clause: the word before it is no noun, pronoun, name or verb ("ik doe niet zo
moeilijk" and "als je niet zo moeilijk doet" are statements, not rebukes). Tagger word classes
only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_SUBJECTS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "DET", "ADJ", "NUM"})


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_rebuke_words.txt (gebod, partikel, aanstellen)."""
    return by_kind("description_rebuke_words.txt", fold)[kind]


def _opens(doc: Doc, i: int) -> bool:
    """Token i opens a clause: nothing or no word that could be its subject before it."""
    return i == 0 or doc[i].is_sent_start or doc[i - 1].pos_ not in _SUBJECTS


def _after_particles(doc: Doc, j: int) -> int:
    while j < len(doc) and fold(doc[j].text) in _words("partikel"):
        j += 1
    return j


def find_rebukes(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of rebukes in the imperative (see the module doc)."""
    if not doc.has_annotation("POS"):
        return []
    spans = []
    reflexive = _words("aanstellen")
    for i, token in enumerate(doc):
        word = fold(token.text)
        if not _opens(doc, i):
            continue
        if word in _words("gebod"):
            j = _after_particles(doc, i + 1)
            if (
                j + 2 < len(doc)
                and fold(doc[j].text) == "niet"
                and fold(doc[j + 1].text) == "zo"
                and doc[j + 2].pos_ == "ADJ"
            ):
                end = doc[j + 2]
                spans.append((token.idx, end.idx + len(end.text)))
        elif word == "stel" and i + 1 < len(doc) and fold(doc[i + 1].text) in reflexive:
            j = _after_particles(doc, i + 2)
            if j < len(doc) and fold(doc[j].text) == "niet":
                j = _after_particles(doc, j + 1)
                j += j < len(doc) and fold(doc[j].text) == "zo"
                if j < len(doc) and fold(doc[j].text) == "aan":
                    spans.append((token.idx, doc[j].idx + len(doc[j].text)))
    return spans


__all__ = ["find_rebukes"]
