"""A parent who does not know what the child does, or leaves the upbringing undone (labels-aimed).

Two shapes of a judgement aimed at a parent that no adjective carries:

* not knowing: a third-person subject (a person noun, a third-person pronoun, or "die" after a
  person noun) with "geen (enkel) idee/benul" or a denied form of "weten" ("weten (vaak) niet"),
  followed right away by a question word that opens a clause about a child of theirs (a
  possessive before a person noun: "hun kind", "haar zoon") or about conduct ("hoe ze zich moet
  gedragen"): "Veel ouders hebben geen idee wat hun kind op straat doet". Not a first-person
  subject ("ik weet niet wat mijn zoon wil": a speaker's doubt), and not "geen idee van ..." or
  a clause about something else ("weten niet waar ze aan beginnen"). The span runs from "geen"
  or the verb to the end of the clause;
* the upbringing left undone: a form of "opvoeden"/"opvoeding" ("op te voeden" too) in one
  clause with a verb of omission ("vergeten", "verzaken", "nalaten") or "laten" + "liggen" /
  "afweten" / "versloffen": "ouders die een deugdelijke opvoeding laten liggen", "vergeten hun
  kinderen op te voeden"; the sentence needs a person before it. The span covers both.

Words in ``wb/lang/nl/description_neglect_words.txt`` (general Dutch).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import is_person
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_CLAUSE_STOPS = frozenset({"PUNCT"})


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_neglect_words.txt."""
    return by_kind("description_neglect_words.txt", fold)[kind]


def _clause_end(doc: Doc, i: int) -> int:
    """The last token of the clause that starts at i (before punctuation or "of"/"en" + a
    new clause is not looked for: punctuation ends it)."""
    j = i
    while j + 1 < len(doc) and doc[j + 1].pos_ not in _CLAUSE_STOPS and not doc[j + 1].is_space:
        j += 1
    return j


def _third_subject(doc: Doc, start: int, verb: int) -> bool:
    """A third-person subject in the clause before the verb (or right after it, inverted)."""
    first = start
    while first > 0 and doc[first - 1].pos_ != "PUNCT" and start - first < 8:
        first -= 1
    for j in [*range(first, verb), verb + 1]:
        if j >= len(doc) or j == verb:
            continue
        token = doc[j]
        if token.lower_ in _words("eerste") and token.pos_ == "PRON":
            return False
        if token.pos_ == "PRON" and token.lower_ in _words("derde"):
            return True
        if is_person(token) and not (j and doc[j - 1].pos_ == "ADP"):
            return True
    return False


def _about_child(doc: Doc, a: int, b: int) -> bool:
    """The clause a..b speaks of a child of the subject's ("hun kind") or of conduct."""
    for j in range(a, b + 1):
        if fold(doc[j].text) in _words("gedrag"):
            return True
        if j and doc[j - 1].lower_ in _words("bezit") and is_person(doc[j]):
            return True
        if doc[j].lower_ == "van" and j + 2 <= b and doc[j + 1].lower_ in _words("bezit"):
            return is_person(doc[j + 2])
    return False


def _not_knowing(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for i, token in enumerate(doc):
        word = fold(token.text)
        start = verb = None
        if word in _words("idee") and i > 0 and doc[i - 1].lower_ in _words("geen"):
            start = i - 1 if doc[i - 1].lower_ == "geen" else i - 2
            verb = next(
                (
                    j
                    for j in range(start - 1, max(-1, start - 4), -1)
                    if doc[j].lemma_.lower() == "hebben"
                ),
                None,
            )
            q = i + 1
        elif word in _words("weten") and token.pos_ in {"VERB", "AUX"}:
            q = i + 1
            while q < len(doc) and q - i <= 4 and doc[q].pos_ in {"ADV", "ADJ", "PART"}:
                q += 1
            if not any(fold(doc[j].text) in _words("ontkenning") for j in range(i + 1, q)):
                continue
            start = verb = i
        else:
            continue
        if verb is None or start is None or q >= len(doc):
            continue
        if fold(doc[q].text) not in _words("vraag"):
            continue
        end = _clause_end(doc, q)
        if _third_subject(doc, start, verb) and _about_child(doc, q + 1, end):
            spans.append((doc[start].idx, doc[end].idx + len(doc[end].text)))
    return spans


def _upbringing_form(doc: Doc, j: int) -> bool:
    word = fold(doc[j].text)
    if word == "voeden":
        return j >= 2 and [t.lower_ for t in doc[j - 2 : j]] == ["op", "te"]
    return word in _words("opvoeding")


def _omission(doc: Doc, a: int, b: int) -> list[int]:
    """Tokens of a verb of omission in a..b, not denied ("niet vergeten"): the verb, or "laten"
    and its particle ("laten liggen", "het laten afweten")."""
    for k in range(a, b + 1):
        if k and doc[k - 1].lower_ == "niet":
            continue
        if fold(doc[k].lemma_) in _words("verzuim") or fold(doc[k].text) in _words("verzuim"):
            return [k]
        if fold(doc[k].text) in _words("laten"):
            for m in range(max(a, k - 3), min(b, k + 3) + 1):
                if m != k and fold(doc[m].lemma_) == "laten":
                    return [m, k]
    return []


def _left_undone(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for j in range(len(doc)):
        if not _upbringing_form(doc, j):
            continue
        a = j
        while a > 0 and doc[a - 1].pos_ != "PUNCT" and j - a < 10:
            a -= 1
        b = _clause_end(doc, j)
        marks = _omission(doc, a, b)
        if not marks or any(
            doc[m].pos_ == "SCONJ" for m in range(min(marks[0], j), max(marks[0], j))
        ):
            continue  # "niet vergeten dat opvoeden ...": the omission governs another clause
        sent = doc[j].sent if doc.has_annotation("SENT_START") else doc[:]
        if not any(is_person(t) for t in sent if t.i < j):
            continue
        lo, hi = min(*marks, j), max(*marks, j)
        if hi == j and doc[j].lower_ == "voeden":
            lo = min(lo, j - 2)
        spans.append((doc[lo].idx, doc[hi].idx + len(doc[hi].text)))
    return spans


def find_parent_neglect(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of "geen idee wat hun kind doet" and "de opvoeding laten liggen"."""
    if not doc.has_annotation("POS"):
        return []
    return _not_knowing(doc) + _left_undone(doc)


__all__ = ["find_parent_neglect"]
