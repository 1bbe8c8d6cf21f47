"""A duty failed, judged by the idiom itself: "dat iemand tekortschiet", "wanneer men bij de
opvoeding in gebreke blijft", "ouders die weglopen voor hun verantwoordelijkheid", a heading
"Weglopen voor verantwoordelijkheid" (labels56, other judging in four tune batches).

The forms (``wb/lang/nl/description_duty_failing.txt``, by lemma): "tekortschieten" (kind
``los``) or "tekort" with a form of "schieten" within three words (kind ``deel``); "in gebreke"
with a form of "blijven" (kind ``gebreke``) within three words ("in gebreke stellen", a formal
notice, is no form); a verb of shirking (kind ``ontlopen``) with "voor" and, within three words,
a noun of duty (kind ``plicht``), or "ontlopen" with that noun right before or after it.
Like a vice noun (:mod:`wb.dossiers.description_vices`) it needs no person, but not when a
professional or a body is what fails ("de jeugdzorg schiet tekort": the clause holds a role word of
``voice_roles.txt`` or ``description_capability_bodies.txt`` before the idiom; labels are about
parents, children and families) and not when a thing is ("Het budget schiet tekort": a noun
that is no person can be the subject, and no person can). The span is the idiom's words from
first to last.

labels-aimed4 (tune batches 39, 42, 49): "tekort" also in its split spelling "te kort" ("dat zij
verwijtbaar te kort was geschoten", "Schieten ouders zelf te kort?"), and "falen" is a verb of
kind ``los`` ("Ouders ... falen in de opvoeding"), with the same guards ("het plan faalde" has a
thing as subject).

labels62: the subject may also stand right after the verb, in a main clause with something else
first ("Reeds op die grond faalt deze grief van de moeder": a court's formula for an argument
that does not hold, the thing "grief" is the subject, the mother only its owner).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, is_person, person_subject
from wb.dossiers.description_vices import professional_role
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_REACH = 3


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_duty_failing.txt."""
    return by_kind("description_duty_failing.txt", fold)[kind]


def _lemma(doc: Doc, i: int) -> str:
    return fold(doc[i].lemma_)


def _near(doc: Doc, i: int, wanted: frozenset[str]) -> int | None:
    """The index of a token within reach on either side of i whose lemma is wanted (no
    punctuation between)."""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(doc) and abs(j - i) <= _REACH and not doc[j].is_punct:
            if _lemma(doc, j) in wanted or fold(doc[j].text) in wanted:
                return j
            j += step
    return None


def _idiom(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of a duty idiom that starts or is anchored at token i."""
    lemma, text = _lemma(doc, i), fold(doc[i].text)
    if lemma in _words("los") or text.startswith("tekortschiet"):
        return i, i
    parts = {p.split()[0]: p.split()[1] for p in _words("deel")}
    split = text == "te" and i + 1 < len(doc) and fold(doc[i + 1].text) == "kort"
    if split:
        text = "tekort"  # the split spelling "te kort schieten" (labels-aimed4)
    if text in parts:
        j = _near(doc, i, frozenset({parts[text]}))
        return (min(i, j), max(i + split, j)) if j is not None else None
    if text == "gebreke" and i and doc[i - 1].lower_ == "in":
        j = _near(doc, i, _words("gebreke"))
        return (min(i - 1, j), max(i, j)) if j is not None else None
    after = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "voor" else None
    if lemma == "ontlopen":
        after = i + 1  # "ontlopen hun verantwoordelijkheid"
    if lemma in _words("ontlopen") and after is not None:
        for j in range(after, min(len(doc), after + _REACH)):
            if fold(doc[j].text) in _words("plicht"):
                return i, j
            if doc[j].is_punct:
                break
    if lemma == "ontlopen" and i and fold(doc[i - 1].text) in _words("plicht"):
        k = i - 1
        if k and doc[k - 1].pos_ in {"PRON", "DET"}:
            k -= 1
        return k, i
    return None


def _thing_subject(doc: Doc, first: int, a: int) -> bool:
    """A noun that is no person can be the clause's subject before the idiom and no person can:
    "Het budget schiet tekort" (not "dat men bij de opvoeding in gebreke blijft": a noun after a
    preposition is no subject)."""
    if person_subject(doc, first, a, set()):
        return False
    for j in range(first, a):
        if doc[j].pos_ not in {"NOUN", "PROPN"} or is_person(doc[j]):
            continue
        h = j - 1
        while h >= first and j - h <= 3 and doc[h].pos_ in {"DET", "ADJ", "NUM", "PRON"}:
            h -= 1
        if not (h >= first and doc[h].pos_ == "ADP"):
            return True
    return False


def _thing_after(doc: Doc, b: int, end: int) -> bool:
    """The first noun phrase right after the idiom (at most three determiners, adjectives or
    possessives before its noun) is a noun that is no person: an inverted subject ("faalt deze
    grief"; labels62). A pronoun or a person noun there is a person ("faalt hij", "falen de
    ouders")."""
    j = b + 1
    while j < end and j - b <= 4:
        token = doc[j]
        if is_person(token):
            return False
        if token.pos_ in {"NOUN", "PROPN"}:
            return True
        if token.pos_ not in {"DET", "ADJ", "NUM", "PRON"} or token.is_punct:
            return False
        j += 1
    return False


def find_duty_failing(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of duty idioms that judge by themselves (see the module doc)."""
    spans = []
    taken = -1
    for i in range(len(doc)):
        if i <= taken:
            continue
        found = _idiom(doc, i)
        if found is None:
            continue
        a, b = found
        first, last = clause(doc, a)
        if any(professional_role(doc[k]) for k in range(first, a)) or _thing_subject(doc, first, a):
            continue
        if not person_subject(doc, first, a, set()) and _thing_after(doc, b, last):
            continue
        spans.append((doc[a].idx, doc[b].idx + len(doc[b].text)))
        taken = b
    return spans


__all__ = ["find_duty_failing"]
