"""A capability a person is said to lack, as a judgement of that person: "Moeder heeft
onvoldoende pedagogische vaardigheden".

A word of lack (``description_lack_words.txt``: onvoldoende, weinig, geen, beperkt(e),
gebrekkig(e)), at most two adjectives (also joined by "en" or a comma: "beperkte
sensitief-responsieve en mentaliserende vaardigheden", labels52), then a capability noun
(``description_capability_nouns.txt``: vaardigheden, capaciteiten, probleembesef, or a compound
ending in -vaardigheden, -vermogen, -inzicht, -besef, ...), where a person has it: the lack word
follows "hebben" or "beschikken over" with a person noun or subject pronoun next to that verb
("Moeder heeft ...", "heeft vader ...", also with a determiner before the person: "beschikken
beide ouders over ...", "heeft de moeder ...", labels52), or a person noun with "met" ("ouders
met weinig probleembesef"). The span runs from the lack word to the noun. "Het huis heeft
onvoldoende ruimte", "heeft geen vermogen" (wealth) and "onvoldoende draagkracht" (ability to
pay) are no description.

labels62: "zonder" right after a person noun is a word of lack too ("een scholier zonder
verantwoordelijkheidsgevoel", "ouders zonder enig probleembesef"); "verantwoordelijkheidsgevoel"
joined the capability nouns.

labels63: bare "inzicht" into one's own conduct or the child's needs is a capability noun too
(:mod:`wb.dossiers.description_insight`); the span then runs to the object's noun.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import is_person
from wb.dossiers.description_insight import insight_end
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_LACKS = word_set("description_lack_words.txt")
_NOUNS = word_set("description_capability_nouns.txt")
_WHOLE = frozenset(w for w in _NOUNS if not w.startswith("-"))
_HEADS = tuple(w[1:] for w in _NOUNS if w.startswith("-"))
_HAVE = frozenset({"hebben", "beschikken"})
_PRONOUNS = word_set("description_subject_pronouns.txt")
_RELATIVES = frozenset({"die", "dat"})
_ENOUGH = frozenset({"voldoende", "genoeg"})
_DENIALS = frozenset({"niet", "nauwelijks", "amper"})


def _capability_noun(token: Any) -> bool:
    word = fold(token.text)
    if token.pos_ != "NOUN":
        return False
    return word in _WHOLE or any(word.endswith(h) and len(word) > len(h) + 2 for h in _HEADS)


def _person(token: Any, persons: frozenset[str]) -> bool:
    return (token.pos_ == "PRON" and token.lower_ in _PRONOUNS) or (
        token.pos_ in {"NOUN", "PROPN"} and bool({fold(token.text), fold(token.lemma_)} & persons)
    )


def _noun_person(token: Any, persons: frozenset[str]) -> bool:
    """A person noun of `persons` or a role of a parent or child ("scholier"; labels62)."""
    return token.pos_ == "NOUN" and (_person(token, persons) or is_person(token))


def _held_by_person(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """Whether the lack word at i follows "hebben"/"beschikken (over)" next to a person, or a
    person noun with "met"."""
    floor = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for h in range(i - 1, max(floor, i - 5) - 1, -1):
        token = doc[h]
        if token.text in {",", ";", ":"}:
            return False
        if token.lower_ == "met" and h > floor and _person(doc[h - 1], persons):
            return True
        if fold(token.lemma_) in _HAVE:
            near = [doc[k] for k in (h - 1, h + 1) if floor <= k < len(doc) and k != i]
            if h + 2 < i and doc[h + 1].pos_ == "DET":
                near.append(doc[h + 2])  # "beschikken beide ouders over", "heeft de moeder"
            return any(_person(t, persons) for t in near)
    return False


def _held_at_end(doc: Doc, i: int, j: int, persons: frozenset[str]) -> bool:
    """A verb-final clause: "hebben" right after the noun at j and a person first after the
    conjunction or relative pronoun that opens the clause ("dat de moeder, gelet op haar
    beperkingen, onvoldoende pedagogische vaardigheden heeft"; labels39)."""
    if j + 1 >= len(doc) or fold(doc[j + 1].lemma_) != "hebben":
        return False
    floor = max(doc[i].sent.start if doc.has_annotation("SENT_START") else 0, i - 16)
    h = i - 1
    while h >= floor:
        if doc[h].text == "," and h - 1 > floor:
            # a phrase between commas ("gelet op haar beperkingen") is skipped
            inner = next((c for c in range(h - 1, floor - 1, -1) if doc[c].text == ","), None)
            if inner is not None and not any(doc[c].pos_ == "SCONJ" for c in range(inner, h)):
                h = inner - 1
                continue
        if doc[h].pos_ in {"VERB", "AUX"}:
            return False  # another clause's verb
        if doc[h].pos_ == "SCONJ" or fold(doc[h].text) in _RELATIVES:
            k = h + 1
            if k < i and doc[k].pos_ == "DET":
                k += 1
            return k < i and _person(doc[k], persons)
        h -= 1
    return False


def _over_enough(doc: Doc, i: int, persons: frozenset[str]) -> int | None:
    """ "(Moeder beschikt) ... niet over voldoende pedagogische vaardigheden": "niet over" before
    "voldoende"/"genoeg" at i, with a form of "beschikken" next to a person earlier in the
    sentence; the index of "niet", else None (labels39)."""
    if fold(doc[i].text) not in _ENOUGH or i < 2:
        return None
    if fold(doc[i - 1].text) != "over" or fold(doc[i - 2].text) not in _DENIALS:
        return None
    floor = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    for h in range(i - 3, floor - 1, -1):
        if fold(doc[h].lemma_) == "beschikken" or fold(doc[h].text).startswith("beschikt"):
            near = [doc[k] for k in (h - 1, h + 1) if floor <= k < len(doc)]
            return i - 2 if any(_person(t, persons) for t in near) else None
    return None


def _adjectival(token: Any) -> bool:
    """An adjective, or an inflected hyphenated adjective the tagger reads as a noun
    ("sensitief-responsieve")."""
    return token.pos_ == "ADJ" or (
        token.pos_ == "NOUN" and "-" in token.text and token.text.endswith("e")
    )


def _after_adjectives(doc: Doc, i: int) -> int:
    """The index after at most two adjectives following i, "en" or a comma between two."""
    j, n = i + 1, 0
    while j < len(doc) and n < 2:
        if _adjectival(doc[j]):
            j, n = j + 1, n + 1
        elif n and doc[j].lower_ in {"en", ","} and j + 1 < len(doc) and _adjectival(doc[j + 1]):
            j += 1
        else:
            break
    return j


def find_lacks(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of "lack word (ADJ) (ADJ) capability noun" held by a person."""
    spans = []
    for i, token in enumerate(doc):
        denied = _over_enough(doc, i, persons)
        without = fold(token.text) == "zonder" and i > 0 and _noun_person(doc[i - 1], persons)
        if fold(token.text) not in _LACKS and denied is None and not without:
            continue
        j = _after_adjectives(doc, i)
        if j >= len(doc):
            continue
        insight = None if _capability_noun(doc[j]) else insight_end(doc, j, persons)
        if insight is None and not _capability_noun(doc[j]):
            continue
        end = j if insight is None else insight  # labels63: up to the object of "inzicht"
        if denied is not None:
            spans.append((doc[denied].idx, doc[end].idx + len(doc[end].text)))
        elif without:
            spans.append((token.idx, doc[end].idx + len(doc[end].text)))
        elif _held_by_person(doc, i, persons) or _held_at_end(doc, i, j, persons):
            spans.append((token.idx, doc[end].idx + len(doc[end].text)))
    return spans


__all__ = ["find_lacks"]
