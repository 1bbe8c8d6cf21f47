"""A judgement of a group follows who applies it (labels-policy, 2026-12-05).

"Vaders die hun kinderen opstoken, beseffen niet wat ze aanrichten", "Sommige kinderen chanteren
hun ouders", "Moeders die frustreren zijn er genoeg": a description of
:mod:`wb.dossiers.descriptions` about a bare plural group of persons is the author's judgement of
that group (voice ``asserted``), or someone else's when reported; ``discussed`` only when the
term itself is what the sentence talks about (the annotation guide,
``bench/realtext/labels/README.md``). The voice rules read many general statements as discussed;
:func:`group_judgement` tells :mod:`wb.dossiers.label_voices` where such a reading is a judgement
of a group instead. Word classes and lemmas; the group is

* a plural person noun (``person_nouns.txt``, ``scope_person_roles.txt``, also as the head of a
  compound) with no determiner, or with a word of ``description_group_quantifiers.txt``
  ("sommige", "veel", "andere") before it, adjectives between;
* the antecedent of "die" that opens the description's clause ("Vaders die ... opstoken"), or
  the subject that opens the sentence, a finite verb right after it ("Sommige kinderen vertonen
  ...").

Not in a question, not after a conditional word (``voice_condition_openers.txt``: "als ouders
..."), not with a modal of possibility in the sentence ("kinderen kunnen ... zijn"), not a
definition ("Loedermoeders zijn moeders die ...": the copula with a noun and "die"; a verb of
naming, ``voice_naming_verbs.txt``: "Ouders die ..., noemen we ..."), and not
inside quotation marks (the quote rules decide there).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import word_set, words

_CONDITIONS = word_set("voice_condition_openers.txt")
_NAMING = word_set("voice_naming_verbs.txt")
_QUANTIFIERS = word_set("description_group_quantifiers.txt")
_POSSIBLE = frozenset({"kunnen", "mogen"})
_COPULAS = frozenset({"zijn", "worden"})
_QUOTES = frozenset("'\"“”„«»‘’")


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    names = ("person_nouns.txt", "scope_person_roles.txt")
    return frozenset(fold(w) for name in names for w in words(name))


def _plural_person(token: Any) -> bool:
    if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number"):
        return False
    return person_key({fold(token.text), fold(token.lemma_)}, _persons())


def _bare(doc: Doc, k: int, start: int) -> bool:
    """Whether the plural noun at k has no determiner: only adjectives, or a group quantifier,
    between the sentence start (or a comma) and it."""
    j = k - 1
    while j >= start and doc[j].pos_ == "ADJ":
        j -= 1
    if j < start or doc[j].lower_ in _QUANTIFIERS:
        return True
    return doc[j].is_punct or doc[j].pos_ in {"CCONJ", "SCONJ"}


def _group_of(doc: Doc, sent: Any, first: int) -> int | None:
    """The index of the group noun the description at token `first` judges, or None."""
    start = sent.start
    for j in range(first - 1, start, -1):  # "Vaders die (hun kinderen) opstoken"
        if doc[j].is_punct:
            break
        if doc[j].lower_ == "die" and _plural_person(doc[j - 1]) and _bare(doc, j - 1, start):
            return j - 1
    k = start
    while k < first and (doc[k].lower_ in _QUANTIFIERS or doc[k].pos_ == "ADJ"):
        k += 1
    if k + 1 < len(doc) and _plural_person(doc[k]) and doc[k + 1].pos_ in {"VERB", "AUX"}:
        return k if k < first else None
    return None


def _definition(doc: Doc, sent: Any, group: int) -> bool:
    """ "Loedermoeders zijn moeders die ...": a copula after the group, then a noun and "die"."""
    after = doc[group + 1 : sent.end]
    if not after or fold(after[0].lemma_) not in _COPULAS:
        return False
    return any(t.lower_ == "die" and t.i > 0 and doc[t.i - 1].pos_ == "NOUN" for t in after[1:])


def group_judgement(doc: Doc, a: int, b: int) -> bool:
    """True when the description at characters a..b judges a bare plural group (module)."""
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    sent = span.sent
    tokens = list(sent)
    if any(t.text == "?" for t in tokens) or any(t.text in _QUOTES for t in tokens):
        return False
    if any(t.lower_ in _CONDITIONS for t in doc[sent.start : span.start]):
        return False
    if any(
        fold(t.lemma_) in _POSSIBLE or t.lower_ in _NAMING or fold(t.lemma_) in _NAMING
        for t in tokens
    ):
        return False
    group = _group_of(doc, sent, span.start)
    return group is not None and not _definition(doc, sent, group)


__all__ = ["group_judgement"]
