"""Judging nouns that need no person: "het wangedrag", "uit zelfzucht", "misbruik van gezag".

Two shapes of other judging language (labels-judging, issue 11 §1), over lemmas and word
classes:

* a noun that names a vice, a wrong attitude or bad conduct
  (``wb/lang/nl/description_vice_nouns.txt``: wangedrag, zelfzucht, achterdocht, wrok, ...; a
  compound on "-zucht" too: "bemoeizucht") judges by itself, tied to a person or not: "dergelijk
  wangedrag", "een flinke dosis zelfoverschatting". Not when it is tied to a professional or a
  body ("de onwil van de instanties", "het wangedrag van de agent": policy 5) and not after a
  first- or second-person possessive ("mijn jaloezie", "jouw wrok": a feeling the speaker or
  reader has, policy 1). The span is the adjectives before the noun and the noun ("pure
  jaloezie").
* "misbruik van" + a power or position (``description_abused_powers.txt``: gezag, bevoegdheid,
  positie, ...), a determiner, possessive or adjective between allowed: "misbruik van het
  gezag", "Misbruik van bevoegdheid door moeder". Not when "door" + a professional or body
  follows ("door de ambtenaar", policy 5). The span runs from "misbruik" to the power noun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.description_problems import adjectives_before
from wb.dossiers.lexicon import fold
from wb.lang import word_set, words

_ROLES = word_set("voice_roles.txt") | word_set("description_capability_bodies.txt")
_OWN = word_set("description_own_possessives.txt")
_TIES = frozenset({"van", "bij", "door"})
_SUFFIX = "zucht"


@lru_cache(maxsize=1)
def vice_nouns() -> frozenset[str]:
    """The folded lemmas of description_vice_nouns.txt."""
    return frozenset(fold(w) for w in words("description_vice_nouns.txt"))


@lru_cache(maxsize=1)
def _powers() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_abused_powers.txt"))


def _keys(token: Any) -> set[str]:
    return {fold(token.lemma_), fold(token.text)} - {""}


def _is_vice(token: Any) -> bool:
    """A noun of the list, or a compound on "-zucht" ("bemoeizucht", "wraakzucht")."""
    if token.pos_ not in {"NOUN", "PROPN", "X"}:
        return False
    keys = _keys(token)
    if keys & vice_nouns():
        return True
    return any(k.endswith(_SUFFIX) and len(k) >= len(_SUFFIX) + 4 for k in keys)


def professional_role(token: Any) -> bool:
    """A professional's role or a body ("de juf", "de instanties"), also as a compound head."""
    keys = _keys(token)
    if person_key(keys, _family()):
        return False  # "vader", "grootmoeder": voice_roles.txt holds family words too
    return any(k in _ROLES or any(k.endswith(r) and len(r) >= 4 for r in _ROLES) for k in keys)


@lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    return frozenset(fold(w) for w in words("person_nouns.txt"))


def tied_to_role(doc: Doc, k: int) -> bool:
    """ "van/bij/door" right after token k and then (determiners, adjectives and) a
    professional's role or a body."""
    j = k + 1
    if j >= len(doc) or doc[j].lower_ not in _TIES:
        return False
    j += 1
    while j < len(doc) and doc[j].pos_ in {"DET", "PRON", "ADJ", "NUM"}:
        j += 1
    return j < len(doc) and doc[j].pos_ in {"NOUN", "PROPN"} and professional_role(doc[j])


def _vice_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for k, token in enumerate(doc):
        if not _is_vice(token) or tied_to_role(doc, k):
            continue
        first = adjectives_before(doc, k)
        if first > 0 and doc[first - 1].lower_ in _OWN:
            continue  # "mijn jaloezie", "jouw wrok": a feeling, not a verdict
        spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


def _abuse_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ != "NOUN" or fold(token.lemma_) != "misbruik":
            continue
        if i + 2 >= len(doc) or doc[i + 1].lower_ != "van":
            continue
        j = i + 2
        while j < len(doc) and j - i <= 5 and doc[j].pos_ in {"DET", "PRON", "ADJ"}:
            j += 1
        if j >= len(doc) or not (_keys(doc[j]) & _powers()) or tied_to_role(doc, j):
            continue
        spans.append((token.idx, doc[j].idx + len(doc[j].text)))
    return spans


def find_vices(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of vice nouns and of "misbruik van" + a power (module doc)."""
    return _vice_spans(doc) + _abuse_spans(doc)


__all__ = ["find_vices", "professional_role", "tied_to_role", "vice_nouns"]
