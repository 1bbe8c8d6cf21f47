"""A person who does not take responsibility: "(dat) ouders hun verantwoordelijkheden niet of
onvoldoende nemen", "(ouders die) weigeren hun verantwoordelijkheid te nemen" (labels51).

The noun "verantwoordelijkheid" (``wb/lang/nl/description_responsibility_words.txt``, kind
``zelfstandig``) with a form of "nemen" (kind ``werkwoord``) in one clause, denied in one of
two ways:

* a word of denial (kind ``ontkenning``: niet, nooit, onvoldoende, ...) after the noun, with
  the verb after the denial (a subordinate clause: "hun verantwoordelijkheid niet nemen") or
  before the noun (a main clause: "nemen hun verantwoordelijkheid niet"); a denial before the
  noun denies something else ("leren niet hun verantwoordelijkheid te nemen");
* a form of "weigeren" (kind ``weigeren``) before the noun and "te" + the verb after it.

Not the norm "moeten hun verantwoordelijkheid nemen" (nothing denied). The clause must hold a
person subject (a person noun or a subject pronoun, not after a preposition; or a noun of words
joined by a slash, one a person noun: "ouders/opvoeders"), or be a relative clause whose "die"
follows a person noun. At most four words between noun and denial or verb,
no punctuation. The span runs from a possessive before the noun (or the noun, or the refusing
verb) to the last word of the pattern. Tagger word classes only.
"""

from __future__ import annotations

from functools import cache
from types import SimpleNamespace

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, is_person, person_subject
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_REACH = 4
_STOPS = frozenset(".,;:!?()\"'‘’“”")


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_responsibility_words.txt (zelfstandig, werkwoord, ...)."""
    return by_kind("description_responsibility_words.txt", fold)[kind]


def _is(doc: Doc, j: int, kind: str) -> bool:
    return fold(doc[j].text) in _words(kind)


def _relative_of_person(doc: Doc, a: int, first: int) -> bool:
    """A "die" between a and first follows a person noun (quote marks between): "ouders
    'die weigeren ...'"."""
    for j in range(a, first):
        if doc[j].lower_ != "die":
            continue
        h = j - 1
        while h >= 0 and doc[h].text in _STOPS:
            h -= 1
        if h >= 0 and is_person(doc[h]) and doc[h].pos_ != "PRON":
            return True
    return False


def _paired_persons(doc: Doc, a: int, first: int) -> bool:
    """A noun of words joined by a slash, one a person noun, before first: "ouders/opvoeders"."""
    for j in range(a, first):
        token = doc[j]
        parts = token.text.split("/")
        if token.pos_ == "NOUN" and len(parts) > 1 and any(_person_word(p) for p in parts):
            return True
    return False


def _person_word(word: str) -> bool:
    """A person noun, also in the plural ("opvoeders": the tagger gave no lemma of a part)."""
    singular = {word, word.removesuffix("s"), word.removesuffix("en")} - {""}
    return any(
        is_person(SimpleNamespace(pos_="NOUN", text=w, lemma_=w, lower_=w.lower()))
        for w in singular
    )


def _denied(doc: Doc, i: int, a: int, b: int) -> tuple[int, int] | None:
    """Token bounds of the denied taking around the noun at i, or None."""
    ahead = []
    for j in range(i + 1, min(b, i + 1 + 2 * _REACH)):
        if doc[j].text in _STOPS:
            break
        ahead.append(j)
    denials = [j for j in ahead[:_REACH] if _is(doc, j, "ontkenning")]
    if denials:
        verbs = [j for j in ahead if j > denials[0] and _is(doc, j, "werkwoord")]
        if verbs and verbs[0] - denials[0] <= _REACH:
            return i, verbs[0]
        before = [j for j in range(max(a, i - _REACH), i) if _is(doc, j, "werkwoord")]
        if before:
            return before[-1], denials[0]
    refusals = [j for j in range(max(a, i - _REACH), i) if _is(doc, j, "weigeren")]
    if refusals and not any(doc[j].text in _STOPS for j in range(refusals[-1], i)):
        for j in ahead[:_REACH]:
            if _is(doc, j, "werkwoord") and doc[j - 1].lower_ == "te":
                return refusals[-1], j
    return None


def find_responsibility_denied(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a person who does not take responsibility (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if not _is(doc, i, "zelfstandig") or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        a, b = clause(doc, i)
        found = _denied(doc, i, a, b)
        if found is None:
            continue
        first, last = found
        if not (
            person_subject(doc, a, b, set(range(first, last + 1)))
            or _relative_of_person(doc, a, first)
            or _paired_persons(doc, a, first)
        ):
            continue
        if first == i and i and doc[i - 1].pos_ in {"PRON", "DET"} and doc[i - 1].lower_ != "die":
            first = i - 1  # "hun verantwoordelijkheid"
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_responsibility_denied"]
