"""Not listening, as a judgement of a person: "De kinderen ... luisteren nergens naar", "Hij
luistert voor geen meter!", "mijn schoonmoeder luistert niet goed naar wat wij willen" (labels45).

A form of "luisteren" (``wb/lang/nl/description_heeding_words.txt``, kind ``werkwoord``) with a
word that denies it (kind ``ontkenning``: niet, nooit, nergens, geen, slecht, ...) in the same
clause, at most three words from the verb and no punctuation between, where the clause has a
person subject (a person noun or a subject pronoun, not after a preposition), or opens a
conjunct whose left-out subject is the person that opens the sentence ("De kinderen
schreeuwen, ... en luisteren nergens naar": :mod:`wb.dossiers.description_elided`). Not when "naar"
after the verb has a thing as its object ("luistert niet naar de radio": a noun that is no
person), not "niet alleen" or "niet meer dan" (the negator denies something else), and not an
imperative without a subject ("Luister niet naar hem"). The span runs from the first to the
last of verb and negator. Tagger word classes only.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_care import clause, is_person, person_subject
from wb.dossiers.description_elided import elided_subject
from wb.dossiers.lexicon import fold
from wb.lang import by_kind

_REACH = 3


@cache
def _words(kind: str) -> frozenset[str]:
    """Words of one kind of description_heeding_words.txt (werkwoord, ontkenning, ...)."""
    return by_kind("description_heeding_words.txt", fold)[kind]


def _negator(doc: Doc, j: int) -> bool:
    """A word that denies the listening at j, not "niet alleen" or "niet meer dan"."""
    if fold(doc[j].text) not in _words("ontkenning"):
        return False
    after = fold(doc[j + 1].text) if j + 1 < len(doc) else ""
    return after not in _words("anders")


def _hearer_named(doc: Doc, i: int, b: int) -> bool:
    """ "naar" after the verb in its clause takes a noun or pronoun: whom or what is not heard
    is named ("luistert niet naar me", "naar de radio"), a report of one exchange, not a trait
    ("luistert nergens naar", "luistert niet naar wat wij willen" stay)."""
    for j in range(i + 1, b):
        if doc[j].lower_ != "naar":
            continue
        for k in range(j + 1, b):
            if doc[k].pos_ in {"NOUN", "PROPN"} or (
                doc[k].pos_ == "PRON" and doc[k].lower_ not in _words("open")
            ):
                return True
            if doc[k].pos_ not in {"DET", "ADJ", "NUM"}:
                return False
        return False
    return False


def find_not_heeding(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a person who does not listen (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if fold(token.text) not in _words("werkwoord") or token.pos_ not in {"VERB", "AUX"}:
            continue
        a, b = clause(doc, i)
        near = [
            j
            for j in range(max(a, i - _REACH), min(b, i + _REACH + 1))
            if j != i and _negator(doc, j) and not doc[min(i, j) : max(i, j)].text.count(",")
        ]
        if not near or _hearer_named(doc, i, b):
            continue
        if any(doc[j].lower_ in _words("kunnen") for j in range(max(a, i - _REACH), i)):
            continue  # "We kunnen niet luisteren": a capability, not conduct
        if not (person_subject(doc, a, b, {i}) or elided_subject(doc, i, is_person)):
            continue
        first, last = min(i, *near), max(i, *near)
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


_IGNORE_REACH = 5


def find_rules_ignored(doc: Doc) -> list[tuple[int, int]]:
    """ "trekken zich niets aan van onze regels", "zich daar geen ene lor van aantrekt": a form
    of "(zich) aantrekken" (the lemma, also of "trekken ... aan") with "zich" and a denial
    (kinds ``ontkenning`` and ``niets``; not "niet zomaar", kind ``anders``) in its clause, at
    most five words from the verb and no comma between, and a person subject (labels47). "Zij
    trok zich het verdriet erg aan" has no denial. The span runs from the first to the last of
    verb and denial."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i, token in enumerate(doc):
        if token.pos_ not in {"VERB", "AUX"} or fold(token.lemma_) not in _words("aantrekken"):
            continue
        a, b = clause(doc, i)
        if not any(doc[j].lower_ == "zich" for j in range(a, b)):
            continue
        near = [
            j
            for j in range(max(a, i - _IGNORE_REACH), min(b, i + _IGNORE_REACH + 1))
            if (_negator(doc, j) or fold(doc[j].text) in _words("niets"))
            and not doc[min(i, j) : max(i, j)].text.count(",")
        ]
        if not near or not (person_subject(doc, a, b, {i}) or elided_subject(doc, i, is_person)):
            continue
        first, last = min(i, *near), max(i, *near)
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


def find_not_open(doc: Doc) -> list[tuple[int, int]]:
    """ "De moeder ... staat niet open voor de feiten", "(dat) zij niet openstaat voor advies": a
    form of "(open)staan" at most four words before its part "open" (or "openstaan" as one word:
    "stond de moeder nauwelijks open voor de adviezen"), "voor" right after
    it, a denial of kind ``ontkenning`` at most three words before "open" without a comma, and
    a person subject in the clause (labels63). "Oudste 2 kinderen staan open voor contact" has
    no denial. The span runs from the first of verb and denial to the noun after "voor"."""
    if not doc.has_annotation("SENT_START"):
        return []
    forms = _words("openstaan")
    spans = []
    for i, token in enumerate(doc):
        if fold(token.text) != "open" and fold(token.lemma_) != "openstaan":
            continue
        a, b = clause(doc, i)
        verbs = [
            j
            for j in range(max(a, i - 4), min(b, i + 2))
            if doc[j].pos_ in {"VERB", "AUX"}
            and fold(doc[j].lemma_) in forms
            and "," not in doc[min(i, j) : max(i, j)].text
        ]
        after = i + 1
        if after < b and doc[after].pos_ in {"VERB", "AUX"} and after in verbs:
            after += 1  # "(niet) open staat voor"
        if not verbs or after >= b or fold(doc[after].text) not in _words("openvoor"):
            continue
        near = [
            j for j in range(max(a, i - _REACH), i) if _negator(doc, j) and "," not in doc[j:i].text
        ]
        if not near or not (
            person_subject(doc, a, b, {i, *verbs}) or elided_subject(doc, verbs[0], is_person)
        ):
            continue
        last = after
        for k in range(after + 1, min(b, after + 4)):
            if doc[k].pos_ in {"NOUN", "PROPN"}:
                last = k
                break
            if doc[k].pos_ not in {"DET", "ADJ", "PRON", "NUM"}:
                break
        first = min(*near, *verbs)
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = ["find_not_heeding", "find_not_open", "find_rules_ignored"]
