"""Doing everything wrong, or nothing right, as a judgement of a person: "dat ik ‘alles verkeerd
doe’", "wat wij als ouders allemaal niet goed doen" (labels35).

"doen" (``wb/lang/nl/description_wrong_doing.txt``) with right before it either a word of the
whole ("alles", "altijd") and a word of wrong ("verkeerd", "fout"), or a denial ("niet",
"niets", "nooit") and "goed", quote marks between allowed, in a clause with a person as
subject (:func:`wb.dossiers.description_care.person_subject`). One act done wrong ("iets
verkeerd doen") or nothing done wrong ("niets fout doen") is no judgement of the person. The
span runs from the first of the two words to the verb. Word classes only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, person_subject
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_QUOTES = frozenset("'\"“”„«»‘’")


@cache
def _words(kind: str) -> frozenset[str]:
    return by_kind("description_wrong_doing.txt", fold).get(kind, frozenset())


def _before(doc: Doc, i: int) -> list[int]:
    """The indexes of the two words before token i, skipping quote marks."""
    out: list[int] = []
    j = i - 1
    while j >= 0 and len(out) < 2:
        if doc[j].text not in _QUOTES:
            out.append(j)
        j -= 1
    return out[::-1]


def find_wrong_doing(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of "alles verkeerd doen" / "niet goed doen" of a person (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ not in {"VERB", "AUX", "X"} or fold(token.lemma_) not in _words("doen"):
            continue
        pair = _before(doc, i)
        if len(pair) < 2:
            continue
        first, second = (fold(doc[j].text) for j in pair)
        wrong = first in _words("alles") and second in _words("fout")
        denied = first in _words("ontkend") and second in _words("goed")
        if not (wrong or denied):
            continue
        a, b = clause(doc, i)
        if person_subject(doc, a, b, {*pair, i}):
            spans.append((doc[pair[0]].idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_wrong_doing"]
