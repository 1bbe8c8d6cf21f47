"""Someone else's judgement of the speaker: "Ik was volgens haar jaloers", "Ze zeiden dat ik geen
echte vrouw was".

A description of the speaker ("ik", "wij") is the speaker's own judgement of themselves, and the
description pattern leaves it out ("ik ben een slechte moeder"). It is another party's
judgement when the sentence gives it to someone else: "volgens" with a word that is not first
person right after it ("volgens haar", "volgens de juf"; not "volgens mij"), or a verb of saying
or thinking (``voice_strong_verbs.txt``, ``voice_weak_verbs.txt``: zeggen, vinden, ...) whose
subject right before or after it is a third-person pronoun, a noun or a name, followed by "dat"
before the description ("Ze zeiden dat ik ...", "vond de juf dat ik ..."). Tagger word classes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set


@cache
def _first_person() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("voice_first_person.txt"))


@cache
def _party_pronouns() -> frozenset[str]:
    """Subject pronouns of another party: those of aimed_pronouns.txt that are not first person
    and not the generic "je" or the relative "die"."""
    subjects = by_kind("aimed_pronouns.txt")["subject"]
    return frozenset(subjects - _first_person() - {"je", "die"})


@cache
def _reporting() -> frozenset[str]:
    return frozenset(
        fold(w)
        for name in ("voice_strong_verbs.txt", "voice_weak_verbs.txt")
        for w in word_set(name)
    )


def _party(token: Any) -> bool:
    """A third party: a third-person (or addressed) pronoun, a noun or a name."""
    if token.pos_ == "PRON":
        return token.lower_ in _party_pronouns()
    return token.pos_ in {"NOUN", "PROPN"} and fold(token.text) not in _first_person()


def volgens_end(doc: Doc, k: int) -> int:
    """The index after "volgens" and its party at k ("volgens haar", "volgens de juf"), or k."""
    if doc[k].lower_ != "volgens":
        return k
    j = k + 1
    while j < len(doc) and j - k <= 3 and doc[j].pos_ in {"DET", "ADJ"}:
        j += 1
    if (
        j < len(doc)
        and fold(doc[j].text) not in _first_person()
        and doc[j].pos_
        in {
            "PRON",
            "NOUN",
            "PROPN",
        }
    ):
        return j + 1
    return k


def opinion_end(doc: Doc, k: int) -> int:
    """The index after "volgens" and whoever holds the view at k, the writer too ("volgens
    mij", "volgens haar"), or k: a copula's predicate comes after it (labels33)."""
    j = volgens_end(doc, k)
    if j == k and doc[k].lower_ == "volgens" and k + 1 < len(doc):
        if fold(doc[k + 1].text) in _first_person() and doc[k + 1].pos_ == "PRON":
            return k + 2
    return j


def others_words(doc: Doc, first: int) -> bool:
    """Whether the sentence of token first gives its description to another party (module)."""
    sent = doc[first].sent if doc.has_annotation("SENT_START") else doc[:]
    if any(volgens_end(doc, t.i) > t.i for t in sent):
        return True
    for t in doc[sent.start : first]:
        if t.pos_ not in {"VERB", "AUX"} or fold(t.lemma_) not in _reporting():
            continue
        near = [doc[i] for i in (t.i - 1, t.i + 1) if sent.start <= i < first]
        after = doc[t.i + 1 : first]
        if any(_party(n) for n in near) and any(a.lower_ == "dat" for a in after):
            return True
    return False


__all__ = ["opinion_end", "others_words", "volgens_end"]
