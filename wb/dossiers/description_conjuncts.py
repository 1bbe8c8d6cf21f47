"""Adjectives coordinated with a label: "Zij zijn vals, manipulatief en achterbaks".

When a hit (a lexicon term or a description) ends or starts with an adjective or participle,
the adjectives joined to it by a comma, "en" or "of" judge the same person in the same breath:
"jaloers en onzeker", "vals, manipulatief en achterbaks" (labels47,
issue 11 §1: annotated in batch 26 where the other conjunct was found). Each such conjunct is a
span of its own, with up to two adverbs between the joining word and it ("en soms brutale").
Only a conjunct tagged ADJ: a participle in a list of acts ("gepest, geslagen of getreiterd")
need not judge. Only a conjunct that CLiPS rates negative or that the evaluative lists hold
(not "leuk en lief", "groot", nor a word CLiPS lacks: "agressief en prikkelbaar"), no feeling or
state (``description_state_adjectives.txt``: "boos en opstandig"), and not in a list that goes on
to a noun that is no person ("een onveilige en onvoorspelbare situatie"). Tagger word classes
only.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import table, words

_JOIN = frozenset({",", "en", "of"})


@lru_cache(maxsize=1)
def _negative() -> frozenset[str]:
    """Adjectives CLiPS rates negative (polarity below 0) and the evaluative lists."""
    from wb.dossiers.descriptions import evaluative_words

    return evaluative_words() | frozenset(
        fold(word)
        for word, polarity, _ in table("subjectivity_adjectives.txt", 3)
        if float(polarity) < 0
    )


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_state_adjectives.txt"))


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    return frozenset(fold(w) for w in words("person_nouns.txt"))


def _adjective(token: Any) -> bool:
    """An adjective, or a participle used as one ("ruziënde", "gesloten")."""
    return token.pos_ == "ADJ" or (token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm"))


def _keys(token: Any) -> set[str]:
    text = fold(token.text)
    return {text, fold(token.lemma_), text.removesuffix("e")}


def _judging(token: Any) -> bool:
    """Negative to CLiPS or on the evaluative lists, and no feeling or state."""
    keys = _keys(token)
    return bool(keys & _negative()) and not keys & _states()


def _thing_after(doc: Doc, m: int) -> bool:
    """The run of adjectives, adverbs and joining words from m ends at a noun that is no person:
    the adjectives describe a thing ("een onveilige en onvoorspelbare situatie")."""
    n = m + 1
    while n < len(doc) and (_adjective(doc[n]) or doc[n].pos_ == "ADV" or doc[n].lower_ in _JOIN):
        n += 1
    if n >= len(doc) or doc[n].pos_ not in {"NOUN", "PROPN"}:
        return False
    return not person_key({fold(doc[n].text), fold(doc[n].lemma_)}, _persons())


def _right(doc: Doc, last: int) -> list[int]:
    """Conjuncts after the adjective at last: ", X", "en (soms) X", "of X", as long as the list
    goes on."""
    out = []
    n = last + 1
    while n + 1 < len(doc) and doc[n].lower_ in _JOIN:
        m = n + 1
        while m < len(doc) and m - n <= 2 and doc[m].pos_ == "ADV":
            m += 1
        if m >= len(doc) or not _adjective(doc[m]):
            break
        out.append(m)
        n = m + 1
    return out


def _left(doc: Doc, first: int) -> list[int]:
    """Conjuncts before the adjective at first: "X, ...", "X en ...", each with its adverbs."""
    out = []
    n = first - 1
    while n >= 1 and doc[n].lower_ in _JOIN and _adjective(doc[n - 1]):
        m = n - 1
        out.append(m)
        while m >= 1 and doc[m - 1].pos_ == "ADV":
            m -= 1
        n = m - 1
    return out


def find_conjuncts(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the adjectives coordinated with the hits at spans (module doc)."""
    if not doc.has_annotation("POS"):
        return []
    taken = {
        t.i for a, b in spans if (s := doc.char_span(a, b, alignment_mode="expand")) for t in s
    }
    out = []
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        found = []
        if _adjective(doc[span.end - 1]):
            found += _right(doc, span.end - 1)
        if _adjective(doc[span.start]):
            found += _left(doc, span.start)
        for m in found:
            if m in taken or doc[m].pos_ != "ADJ" or not _judging(doc[m]) or _thing_after(doc, m):
                continue
            taken.add(m)
            out.append((doc[m].idx, doc[m].idx + len(doc[m].text)))
    return sorted(out)


__all__ = ["find_conjuncts"]
