"""Doing it wrong in general, in main-clause order: "Ouders doen het niet goed", "ik doe ook
niets goed", "hij doet alles verkeerd", and "fout bezig zijn" (labels-aimed2).

:mod:`wb.dossiers.description_doing` reads the words of ``wb/lang/nl/description_wrong_doing.txt``
right before a final "doen" ("dat ik alles verkeerd doe"). In a main clause the finite "doen"
comes first and the words follow, with "het", a pronoun or adverbs between: a denial and "goed"
("doen het niet goed", "doe ook niets goed"), or a word of the whole and a word of wrong ("doet
alles fout", "doen het altijd verkeerd"). The words must end the clause (a punctuation mark, a
conjunction or the end after them): "doet het niet goed op school" tells a result, not conduct.
"fout/verkeerd bezig" ("Zijn we dan zo fout bezig?") needs no "doen". Each needs a person as
subject in its clause (:func:`wb.dossiers.description_care.person_subject`). The span runs
from the verb (or the word of wrong before "bezig") to the last word. Word classes only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, person_subject
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_FILLERS = frozenset({"PRON", "ADV"})
_ENDS = frozenset({"PUNCT", "CCONJ"})


@cache
def _words(kind: str) -> frozenset[str]:
    return by_kind("description_wrong_doing.txt", fold).get(kind, frozenset())


def _ends_clause(doc: Doc, k: int) -> bool:
    """Whether the clause ends after token k."""
    return k + 1 >= len(doc) or doc[k + 1].pos_ in _ENDS or doc[k + 1].is_space


def _wrong_after(doc: Doc, i: int) -> int | None:
    """The index of the last word of "(het) niet goed" / "alles fout" after "doen" at i."""
    whole = False
    for k in range(i + 1, min(i + 6, len(doc))):
        word = fold(doc[k].text)
        if word in _words("ontkend") and k + 1 < len(doc):
            if fold(doc[k + 1].text) in _words("goed") and _ends_clause(doc, k + 1):
                return k + 1
            return None
        if word in _words("fout"):
            return k if whole and _ends_clause(doc, k) else None
        if word in _words("alles"):
            whole = True
        elif doc[k].pos_ not in _FILLERS:
            return None
    return None


def find_wrong_doing_order(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of "doen het niet goed" / "fout bezig" of a person (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        word = fold(token.text)
        if word == "bezig" and i > 0 and fold(doc[i - 1].text) in _words("fout"):
            a, b = clause(doc, i)
            if person_subject(doc, a, b, {i - 1, i}):
                spans.append((doc[i - 1].idx, token.idx + len(token.text)))
            continue
        if token.pos_ not in {"VERB", "AUX"} or fold(token.lemma_) not in _words("doen"):
            continue
        last = _wrong_after(doc, i)
        if last is None:
            continue
        a, b = clause(doc, i)
        if person_subject(doc, a, b, set(range(i, last + 1)) - {i + 1}):
            spans.append((token.idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_wrong_doing_order"]
