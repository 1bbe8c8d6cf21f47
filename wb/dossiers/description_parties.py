"""A party in a dispute as the person a description is aimed at: "de ruziënde partijen".

"partij" is no person noun in general (a political party, a batch, a party to a contract). In a
text about parents it is one of them: a party noun (``description_party_nouns.txt``: partij,
wederpartij, tegenpartij, procespartij) counts as a person when a word for a parent or their
arrangements (``description_party_cues.txt``: ouder, vader, moeder, omgang, ...) stands in its
sentence or in one of the two sentences before it, and no word of politics
(``description_party_politics.txt``: politiek, fractie, Kamer, ...) stands in its sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set

_PARTIES = word_set("description_party_nouns.txt")
_CUES = word_set("description_party_cues.txt")
_POLITICS = word_set("description_party_politics.txt")
_WINDOW = 2  # sentences before the party's own


def _lemmas(tokens: Any) -> set[str]:
    return {fold(t.lemma_) for t in tokens} | {fold(t.text) for t in tokens}


def party_persons(doc: Doc) -> frozenset[int]:
    """Token indices of party nouns that stand for a parent in doc (with word classes only)."""
    if not doc.has_annotation("POS") or not doc.has_annotation("SENT_START"):
        return frozenset()
    sents = list(doc.sents)
    out = set()
    for n, sent in enumerate(sents):
        parties = [
            t.i for t in sent if t.pos_ == "NOUN" and {fold(t.lemma_), fold(t.text)} & _PARTIES
        ]
        if not parties or _lemmas(sent) & _POLITICS:
            continue
        window = [t for s in sents[max(0, n - _WINDOW) : n + 1] for t in s]
        if _lemmas(window) & _CUES:
            out.update(parties)
    return frozenset(out)


__all__ = ["party_persons"]
