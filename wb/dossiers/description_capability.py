"""How a child or parent can be handled, as a category of the person: "een onopvoedbaar kind".

A capability adjective (``description_capability_adjectives.txt``: opvoedbaar, handelbaar,
corrigeerbaar, aanspreekbaar, ...) says what others can do with a person. Denied by the prefix
on- ("onopvoedbaar") or after a word of lack (``description_capability_degrees.txt``: "moeilijk
opvoedbaar", "nauwelijks aanspreekbaar"), it types the person, when it stands

* right before a person noun: "een onopvoedbaar kind", "een moeilijk opvoedbare zoon" (the
  span runs from the degree word or adjective to the noun), or
* as predicate of a copula with a person noun or third-person pronoun as subject: "haar zoon
  was onhandelbaar", "hij is moeilijk aanspreekbaar", "(dat) het kind onopvoedbaar is" (the
  span is the degree word and the adjective).

A parent or child judged unable to parent or reflect ("niet in staat de kinderen een veilige
opvoedomgeving te bieden") is found by :mod:`wb.dossiers.description_capability_unable`, one
who loses or lacks sight of the child ("verliezen het belang van het kind uit het oog") by
:mod:`wb.dossiers.description_capability_sight`.

"Het kind is goed opvoedbaar", "een slecht bereikbare moeder" (bereikbaar is no capability of
the person) and "een onbetaalbaar huis" are no description. The tagger may read an unknown
"onopvoedbaar" as a noun; the word itself decides here, not its word class.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_capability_modal import find_modal
from wb.dossiers.description_capability_sight import find_sight
from wb.dossiers.description_capability_unable import find_unable
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_ADJECTIVES = word_set("description_capability_adjectives.txt")
_DEGREES = word_set("description_capability_degrees.txt")
_COPULAS = word_set("voice_assertion_copulas.txt")
_PRONOUNS = word_set("description_subject_pronouns.txt")


def _stem(word: str) -> str:
    """The uninflected form: "opvoedbare" -> "opvoedbaar"."""
    return word[:-3] + "aar" if word.endswith("bare") else word


def _capability(doc: Doc, i: int) -> int | None:
    """The first token of a denied capability adjective ending at i, or None."""
    word = _stem(fold(doc[i].text))
    if word.startswith("on") and word[2:] in _ADJECTIVES:
        return i
    if word in _ADJECTIVES and i > 0 and fold(doc[i - 1].text) in _DEGREES:
        return i - 1
    return None


def _person(token: Any, persons: frozenset[str]) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and bool(
        {fold(token.text), fold(token.lemma_)} & persons
    )


def _subject(token: Any, persons: frozenset[str]) -> bool:
    return (token.pos_ == "PRON" and token.lower_ in _PRONOUNS) or _person(token, persons)


def _copula(token: Any) -> bool:
    return token.pos_ in {"AUX", "VERB"} and token.lemma_.lower() in _COPULAS


def find_capabilities(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of denied capability adjectives aimed at a person (see module doc)."""
    spans = []
    for i, token in enumerate(doc):
        first = _capability(doc, i)
        if first is None:
            continue
        start = doc[first].idx
        if i + 1 < len(doc) and _person(doc[i + 1], persons):
            spans.append((start, doc[i + 1].idx + len(doc[i + 1].text)))
            continue
        end = token.idx + len(token.text)
        h, inverted = first - 1, False
        while h > 0 and first - h <= 4 and not _copula(doc[h]):
            if _subject(doc[h], persons):
                inverted = True  # "is hij onhandelbaar", "was het kind onopvoedbaar"
            elif doc[h].pos_ not in {"ADV", "DET"}:
                break
            h -= 1
        if _copula(doc[h]) and (inverted or (h > 0 and _subject(doc[h - 1], persons))):
            spans.append((start, end))  # "haar zoon was (altijd al) onhandelbaar"
        elif (
            i + 1 < len(doc)
            and _copula(doc[i + 1])
            and first > 0
            and _subject(doc[first - 1], persons)
        ):
            spans.append((start, end))  # "(dat) het kind onopvoedbaar is"
    spans += find_modal(doc, persons)  # labels-capacity2: "niet (goed) kan aansluiten bij"
    return spans + find_unable(doc, persons) + find_sight(doc, persons)


__all__ = ["find_capabilities"]
