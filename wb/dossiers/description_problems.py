"""A problem or diagnosis a text applies to a parent or child: "haar psychische problematiek".

The pattern is over word classes and lemmas, not a list of phrases. A problem head (a NOUN whose
lemma is in ``wb/lang/nl/description_problem_heads.txt``: problematiek, stoornis; aandoening,
beeld, ziekte only with a diagnostic adjective of ``description_problem_adjectives.txt`` in front;
also a compound whose head is a head without that need: "agressieproblematiek",
"persoonlijkheidsstoornis", labels52) with the adjectives right before it counts when it is tied
to one person:

* a possessive "haar", "zijn" or "hun" in front: "vanwege haar psychische problematiek";
* "van" or "bij" and one person behind it (a singular person noun, a name or "hem"/"haar"):
  "de problematiek van moeder", "een depressief beeld bij de vader", or a bare singular person
  noun right after it (a summary's telegram style: "ernstige psychiatrische ziekte vader");
* "eigen" among the adjectives and one person (a singular person noun, a name or "hij"/"zij"/
  "ze") at most six words before them: "moeder moet aan eigen problematiek werken";
* a person subject (a singular person noun, a name or "hij"/"zij"/"ze") right before a verb of
  having (``description_problem_verbs.txt``: hebben, kampen, lijden, vertonen), the phrase at
  most three words after it: "moeder kampt met psychiatrische problematiek".

A bare plural ("ouders met psychische problematiek"), a problem without person ("psychische
problematiek komt veel voor") and "zijn ziekte" without a diagnostic adjective are no label, nor
a problem word whose adjectives all describe (CLiPS subjectivity under 0.5, not diagnostic, not
"eigen": "haar persoonlijke problematiek", the person's issues named, not judged; labels44),
nor a problem word with "nodig" after it in its clause (no verb between): a care need ("wat
hij vanuit zijn kind-eigen problematiek nodig heeft", the scope table's care needs; labels52).
The span is the adjectives and the head.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause
from wb.dossiers.description_problem_causes import named_as_cause, plural_tie
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, table, word_set, words

_SUBJECT_PRONOUNS = word_set("description_subject_pronouns.txt")
_SUBJECTIVE = 0.5  # CLiPS subjectivity from which an adjective judges (the lexicon's midpoint)


def person_words() -> dict[str, frozenset[str]]:
    """The small words of description_person_words.txt by kind (bezit, band, voorwerp)."""
    return by_kind("description_person_words.txt", fold)


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """(all problem heads, the heads that need a diagnostic adjective)."""
    raw = [w.strip() for w in words("description_problem_heads.txt")]
    return (
        frozenset(fold(w.rstrip("*")) for w in raw),
        frozenset(fold(w.rstrip("*")) for w in raw if w.endswith("*")),
    )


@lru_cache(maxsize=1)
def _diagnostic() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_problem_adjectives.txt"))


@lru_cache(maxsize=1)
def _neutral_adjectives() -> frozenset[str]:
    """Adjectives of the CLiPS lexicon that describe, not judge (subjectivity under 0.5), and
    are neither diagnostic nor "eigen": "persoonlijk", "lichamelijk", "huidig"."""
    out = {
        fold(w)
        for w, _, subjectivity in table("subjectivity_adjectives.txt", 3)
        if float(subjectivity) < _SUBJECTIVE
    }
    return frozenset(out - _diagnostic() - {"eigen"})


@lru_cache(maxsize=1)
def _having() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_problem_verbs.txt"))


def _neutral(token: Any) -> bool:
    """An adjective that describes, not judges (:func:`_neutral_adjectives`), by text or lemma."""
    keys = {fold(token.text), fold(token.text).removesuffix("e"), fold(token.lemma_)}
    return bool(keys & _neutral_adjectives()) and not keys & _diagnostic()


def _one_person(token: Any, persons: frozenset[str]) -> bool:
    """A singular person noun or a name; not an abbreviation in capitals or a name that
    modifies the noun after it ("van LHB schoolpersoneel": the noun is the head, labels50)."""
    if token.pos_ == "PROPN":
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        acronym = len(token.text) > 1 and token.text.isupper()
        return not acronym and (nxt is None or nxt.pos_ != "NOUN")
    if token.pos_ != "NOUN" or "Plur" in token.morph.get("Number"):
        return False
    return bool({fold(token.text), fold(token.lemma_)} & persons)


def _attributive(token: Any) -> bool:
    return token.pos_ == "ADJ" or (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and token.lower_.endswith("e")
    )


def adjectives_before(doc: Doc, k: int) -> int:
    """The index of the first adjective of the run right before token k (k when none);
    "lichamelijke en psychische" is one run; an inflected participle counts ("het
    grensoverschrijdende gedrag": UD tags it VERB)."""
    first = k
    j = k - 1
    while j >= 0:
        if _attributive(doc[j]):
            first = j
        elif not (doc[j].lower_ in {",", "en"} and j > 0 and _attributive(doc[j - 1])):
            break
        j -= 1
    return first


def possessed(doc: Doc, first: int) -> bool:
    """A person's possessive pronoun ("haar", "zijn") right before the phrase starting at first."""
    before = doc[first - 1] if first else None
    return before is not None and before.pos_ == "PRON" and before.lower_ in person_words()["bezit"]


def tied_after(doc: Doc, k: int, persons: frozenset[str]) -> bool:
    """ "van moeder", "bij de vader", "bij hem" right after the head at k."""
    if k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN" and _one_person(doc[k + 1], persons):
        return True  # a summary's telegram style: "psychiatrische ziekte moeder"
    if k + 2 >= len(doc) or doc[k + 1].lower_ not in person_words()["band"]:
        return False
    j = k + 2
    if doc[j].pos_ in {"DET", "PRON"} and j + 1 < len(doc) and doc[j + 1].pos_ != "ADP":
        j += 1
    if j >= len(doc):
        return False
    token = doc[j]
    return (token.pos_ == "PRON" and token.lower_ in person_words()["voorwerp"]) or _one_person(
        token, persons
    )


def having_subject(doc: Doc, first: int, persons: frozenset[str], k: int | None = None) -> bool:
    """A person subject and a verb of having at most three words before the phrase; with k
    (the phrase's head), also a clause-final verb of having right after it (with "te" between)
    and a subject pronoun at most three words before the phrase: "(toen) begon ze
    probleemgedrag te vertonen", "(omdat) hij gedragsproblemen heeft" (labels35)."""
    if k is not None and _having_after(doc, first, k):
        return True
    for v in range(max(1, first - 4), first):
        verb = doc[v]
        if verb.pos_ not in {"VERB", "AUX"} or fold(verb.lemma_) not in _having():
            continue
        between = doc[v + 1 : first]
        if any(t.pos_ not in {"ADP", "DET", "ADV"} for t in between):
            continue
        subject = doc[v - 1]
        if (subject.pos_ == "PRON" and subject.lower_ in _SUBJECT_PRONOUNS) or _one_person(
            subject, persons
        ):
            return True
    return False


def _having_after(doc: Doc, first: int, k: int) -> bool:
    """A verb of having right after the phrase (or after "te") and a subject pronoun at most
    three words before it, with only adverbs, verbs and determiners between."""
    v = k + 1
    if v < len(doc) and doc[v].lower_ == "te":
        v += 1
    if v >= len(doc) or doc[v].pos_ not in {"VERB", "AUX"}:
        return False
    if fold(doc[v].lemma_) not in _having():
        return False
    for h in range(first - 1, max(-1, first - 4), -1):
        token = doc[h]
        if token.pos_ == "PRON" and token.lower_ in _SUBJECT_PRONOUNS:
            return True
        if token.pos_ not in {"ADV", "VERB", "AUX", "DET"}:
            return False
    return False


def _own(doc: Doc, first: int, k: int, persons: frozenset[str]) -> bool:
    """ "eigen" among the adjectives and one person at most six words before them in the
    sentence: "moeder moet aan eigen problematiek werken" (not "ouders met eigen problematiek")."""
    if not any(t.lower_ == "eigen" for t in doc[first:k]):
        return False
    for t in reversed(doc[max(0, first - 6) : first]):
        if (t.pos_ == "PRON" and t.lower_ in _SUBJECT_PRONOUNS) or _one_person(t, persons):
            return True
        if t.is_sent_start:
            break
    return False


def _care_need(doc: Doc, k: int) -> bool:
    """ "nodig" after the head at k in its clause: "wat hij vanuit zijn problematiek nodig
    heeft" names what a person needs, no judgement (labels52)."""
    if not doc.has_annotation("SENT_START"):
        return False
    _, end = clause(doc, k)
    for token in doc[k + 1 : end]:
        if token.lower_ == "nodig":
            return True
        if token.pos_ in {"VERB", "AUX", "CCONJ"}:
            return False  # "kampte met ... en had hulp nodig": another clause's need
    return False


def _compound(lemma: str, heads: frozenset[str]) -> bool:
    """A compound on one of heads ("agressieproblematiek": the last part decides the class of a
    Dutch compound; a first part of at least three letters)."""
    return any(lemma.endswith(h) and len(lemma) >= len(h) + 3 for h in heads)


def find_problems(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of problem words tied to one person in doc (word classes needed)."""
    heads, need_adjective = _heads()
    spans = []
    for k, token in enumerate(doc):
        lemma = fold(token.lemma_)
        if token.pos_ != "NOUN" or not (lemma in heads or _compound(lemma, heads - need_adjective)):
            continue
        first = adjectives_before(doc, k)
        adjectives = {fold(t.lemma_) for t in doc[first:k]} | {fold(t.text) for t in doc[first:k]}
        if lemma in need_adjective and not adjectives & _diagnostic():
            continue
        neutral = first < k and all(_neutral(t) for t in doc[first:k] if _attributive(t))
        cause = neutral and named_as_cause(doc, first, k)  # labels63
        if neutral and not cause:
            continue  # "haar persoonlijke problematiek": issues named, not judged (labels44)
        if _care_need(doc, k):
            continue
        if (
            possessed(doc, first)
            or tied_after(doc, k, persons)
            or having_subject(doc, first, persons, k)
            or _own(doc, first, k, persons)
            or (cause and plural_tie(doc, k, persons))  # "... van haar ouders" (labels63)
        ):
            spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


__all__ = ["adjectives_before", "find_problems", "having_subject", "person_words", "tied_after"]
