"""Evaluative predicates of a person that the copula rules of descriptions.py do not reach
(labels-aimed5): after a modal verb, with a preposition after the predicate, and a noun of
danger as predicate.

* A modal verb between the subject and the predicate, the copula as infinitive at the clause's
  end: "Pubers kunnen ontzettend lastig zijn", "kinderen kunnen nou eenmaal vervelend zijn"
  (subject, a form of ``tagger_modal_forms.txt``, at most three degree words or adverbs, the
  adjective, "zijn"/"worden"/"blijven"/"raken"). Not when a noun, preposition, verb, adjective or
  conjunction follows the infinitive, and not denied ("kunnen niet lastig zijn").
* A preposition of ``description_predicate_prepositions.txt`` right after the predicate (main
  clause: "zij is impulsief in de stappen die zij zet") or right after its clause-final copula
  ("dat ze mogelijk dwangmatig is in het verzorgen van", "een jongen gemeen is tegen haar kind"):
  the preposition names where or towards whom the person behaves so, the adjective still judges
  the person. Not a feeling adjective of ``description_state_adjectives.txt`` ("boos tegen"
  tells a state with its cause, as the copula rules decide), not denied.
* "een (groot) gevaar" as predicate of a person (``description_predicate_nouns.txt``): a noun
  that says what an evaluative adjective says ("gevaarlijk"), with "zijn", "worden", "blijven"
  or "vormen": "dat hij een gevaar is", "Vormen de kinderen een gevaar?", "die jongens zijn een
  groot gevaar". The span runs from "een" to the noun.
* "hoe" + an evaluative adjective + a person subject + the copula (labels-aimed6): "hoe naïef
  ik was", "hoe stout ze zijn", "hoe irritant mijn dochter soms kon zijn" (at most three
  adverbs or modal forms between subject and copula; a clause-final "zijn" the tagger reads as
  a possessive counts); the question's order "hoe brutaal is dat kind" is the inverted copula
  rule's of descriptions.py. The word that opens it is in ``description_how_words.txt``. Not a
  feeling adjective, not denied.
* Coordinated predicates before a clause-final copula (labels-aimed6): "dat ze vies en dom
  zijn", "dat ik dom en zelf nog een kleuter ben": the subject right before an uninflected
  evaluative word (the tagger may read it as an adverb), "en", "of" or a comma, and within six
  words no other verb before the copula that ends the clause; a second evaluative word right
  after the conjunction is a span too. Not a feeling adjective.

The subject test and the evaluative test come from :mod:`wb.dossiers.descriptions` (a person
noun or third-person pronoun not inside a prepositional phrase, a first-person pronoun; an
evaluative adjective of its lists, also comparative). The span is the adjective. The copulas
of each kind are in ``description_predicate_verbs.txt``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_adjectival import is_adjectival
from wb.dossiers.description_states import STATE_ADJECTIVES
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, word_set

Test = Callable[[Doc, int], bool]

_STOPS = frozenset({"ADJ", "VERB", "NOUN", "ADP", "SCONJ", "CCONJ"})
_REACH = 3  # degree words or adverbs between the verb and the adjective


@cache
def _verbs(kind: str) -> frozenset[str]:
    """Copulas of one kind of description_predicate_verbs.txt (infinitief, koppel, naamwoord,
    vraagbegin)."""
    return by_kind("description_predicate_verbs.txt", fold)[kind]


@cache
def _modals() -> frozenset[str]:
    return word_set("tagger_modal_forms.txt")


@cache
def _denials() -> frozenset[str]:
    return word_set("description_denials.txt")


@cache
def _danger_nouns() -> frozenset[str]:
    return word_set("description_predicate_nouns.txt")


@cache
def _how_words() -> frozenset[str]:
    return word_set("description_how_words.txt")


@cache
def _prepositions() -> frozenset[str]:
    return word_set("description_predicate_prepositions.txt")


def _degree(token) -> bool:
    """An adverb or an uninflected adjective used as one ("ontzettend", "nou", "eenmaal")."""
    if token.pos_ == "ADV":
        return True
    return is_adjectival(token) and not fold(token.text).endswith("e")


def _before(doc: Doc, k: int) -> int:
    """The index before the degree words in front of k; -1 when one of them denies."""
    i = k - 1
    while i > 0 and k - i <= _REACH and (_degree(doc[i]) or doc[i].lower_ == "te"):
        if doc[i].lower_ in _denials():
            return -1
        i -= 1
    return i


def _feeling(token) -> bool:
    text = fold(token.text)
    return bool({text, text.removesuffix("e"), fold(token.lemma_)} & STATE_ADJECTIVES)


def _span(doc: Doc, k: int) -> tuple[int, int]:
    return doc[k].idx, doc[k].idx + len(doc[k].text)


def find_modal_predicates(doc: Doc, judges: Test, is_subject: Test) -> list[tuple[int, int]]:
    """Character spans of "subject + modal + ... + ADJ + zijn" (see the module doc)."""
    out = []
    for k in range(2, len(doc) - 1):
        if doc[k + 1].lower_ not in _verbs("infinitief") or doc[k + 1].pos_ not in {"AUX", "VERB"}:
            continue
        if k + 2 < len(doc) and doc[k + 2].pos_ in _STOPS:
            continue
        if not (is_adjectival(doc[k]) and judges(doc, k)):
            continue
        i = _before(doc, k)
        if i <= 0 or doc[i].lower_ not in _modals() or not is_subject(doc, i - 1):
            continue
        out.append(_span(doc, k))
    return out


def _copula(token) -> bool:
    return token.pos_ in {"AUX", "VERB"} and token.lemma_.lower() in _verbs("koppel")


def find_prepositional_predicates(
    doc: Doc, judges: Test, is_subject: Test
) -> list[tuple[int, int]]:
    """Character spans of an evaluative predicate with a preposition after it (module doc)."""
    out = []
    for k in range(1, len(doc) - 2):
        adjective = doc[k]
        if not is_adjectival(adjective) or _feeling(adjective) or not judges(doc, k):
            continue
        i = _before(doc, k)
        if i < 0:
            continue
        if doc[k + 1].lower_ in _prepositions():  # "zij is impulsief in ..."
            if _copula(doc[i]) and (is_subject(doc, i - 1) or is_subject(doc, i + 1)):
                out.append(_span(doc, k))
        elif _copula(doc[k + 1]) and doc[k + 2].lower_ in _prepositions():
            if is_subject(doc, i):  # "(dat) een jongen gemeen is tegen haar kind"
                out.append(_span(doc, k))
    return out


def _noun_copula(token) -> bool:
    """A form of zijn/worden/blijven/vormen; at the start of a question also when the tagger
    read it as a noun ("Vormen de kinderen een gevaar?")."""
    if token.pos_ in {"AUX", "VERB"} and token.lemma_.lower() in _verbs("naamwoord"):
        return True
    return bool(token.is_sent_start) and fold(token.text) in _verbs("vraagbegin")


def _attributive(token) -> bool:
    """A participle before a noun, tagged VERB: "de zogenoemde kinderen"."""
    return token.pos_ == "VERB" and fold(token.text).endswith("e")


def _person_before(doc: Doc, i: int, is_subject: Test) -> int:
    """The start of a person noun phrase ending at i (determiners, adjectives and participles
    before its noun: "de zogenoemde kinderen"), or -1."""
    if not is_subject(doc, i):
        return -1
    h = i
    while h > 0 and (doc[h - 1].pos_ in {"DET", "ADJ"} or _attributive(doc[h - 1])):
        h -= 1
    return h


def find_noun_predicates(doc: Doc, is_subject: Test) -> list[tuple[int, int]]:
    """Character spans of "een (ADJ) gevaar" as predicate of a person (see the module doc)."""
    out = []
    for e in range(1, len(doc) - 1):
        if doc[e].lower_ != "een":
            continue
        n = e + 1
        while n < len(doc) and n - e <= 3 and doc[n].pos_ in {"ADJ", "ADV"}:
            n += 1
        if n >= len(doc) or fold(doc[n].text) not in _danger_nouns():
            continue
        start = _person_before(doc, e - 1, is_subject)
        after = n + 1 < len(doc) and _noun_copula(doc[n + 1])
        if start >= 0 and (after or (start > 0 and _noun_copula(doc[start - 1]))):
            # "dat hij een gevaar is", "Vormen de kinderen een gevaar"
            out.append((doc[e].idx, doc[n].idx + len(doc[n].text)))
        elif _noun_copula(doc[e - 1]) and e > 1 and is_subject(doc, e - 2):
            out.append((doc[e].idx, doc[n].idx + len(doc[n].text)))  # "ze zijn een gevaar"
    return out


def _final_copula(token) -> bool:
    """A copula, or its infinitive form read as another word class ("kon zijn" with "zijn"
    tagged as a possessive)."""
    return _copula(token) or fold(token.text) in _verbs("infinitief")


def _how_subject(doc: Doc, n: int, is_subject: Test) -> int:
    """The index of a person subject at n or after at most three determiners, possessives or
    adjectives ("mijn dochter"), or -1."""
    start = n
    while n < len(doc) and n - start < 3 and not is_subject(doc, n):
        if doc[n].pos_ not in {"DET", "PRON", "ADJ"}:
            return -1
        n += 1
    return n if n < len(doc) and is_subject(doc, n) else -1


def _how_copula(doc: Doc, n: int) -> bool:
    """Whether a copula follows the subject at n, after at most three adverbs or modal forms;
    not denied."""
    c = n + 1
    while c < len(doc) and c - n <= _REACH and not _final_copula(doc[c]):
        if doc[c].lower_ in _denials():
            return False
        if doc[c].pos_ != "ADV" and fold(doc[c].text) not in _modals():
            return False
        c += 1
    return c < len(doc) and _final_copula(doc[c])


def find_how_predicates(doc: Doc, judges: Test, is_subject: Test) -> list[tuple[int, int]]:
    """Character spans of "hoe + ADJ + subject + copula" (see the module doc)."""
    out = []
    for h in range(len(doc) - 2):
        if fold(doc[h].text) not in _how_words():
            continue
        k = h + 1
        while k < len(doc) - 1 and k - h <= _REACH and doc[k].pos_ == "ADV":
            if doc[k].lower_ in _denials():
                break
            k += 1
        adjective = doc[k]
        if not is_adjectival(adjective) or _feeling(adjective) or not judges(doc, k):
            continue
        n = _how_subject(doc, k + 1, is_subject)
        if n >= 0 and _how_copula(doc, n):  # "hoe naïef ik was"
            out.append(_span(doc, k))
    return out


_JOINS = frozenset({"en", "of", ","})
_CLAUSE_ENDS = frozenset({"CCONJ", "SCONJ", "PUNCT"})


def _conjunct(doc: Doc, k: int, judges: Test) -> bool:
    """An uninflected evaluative word as predicate, ADJ or read as an adverb; no feeling."""
    token = doc[k]
    if token.pos_ not in {"ADJ", "ADV"} and not is_adjectival(token):
        return False
    return not fold(token.text).endswith("e") and not _feeling(token) and judges(doc, k)


def _ends_clause(doc: Doc, c: int) -> bool:
    return c + 1 >= len(doc) or doc[c + 1].pos_ in _CLAUSE_ENDS


def find_coordinated_predicates(doc: Doc, judges: Test, is_subject: Test) -> list[tuple[int, int]]:
    """Character spans of "subject + ADJ + en ... + copula" at a clause's end (module doc)."""
    out = []
    for k in range(1, len(doc) - 3):
        if doc[k + 1].lower_ not in _JOINS or not is_subject(doc, k - 1):
            continue
        if not _conjunct(doc, k, judges):
            continue
        for c in range(k + 2, min(len(doc), k + 8)):
            token = doc[c]
            if token.is_punct:
                break
            if _final_copula(token) and token.pos_ in {"AUX", "VERB", "PRON"}:
                if _ends_clause(doc, c):
                    out.append(_span(doc, k))
                    if _conjunct(doc, k + 2, judges):
                        out.append(_span(doc, k + 2))
                break
            if token.pos_ in {"AUX", "VERB"}:
                break
    return out


__all__ = [
    "find_coordinated_predicates",
    "find_how_predicates",
    "find_modal_predicates",
    "find_noun_predicates",
    "find_prepositional_predicates",
]
