"""Policy lines 7 and 8 of the labels annotation (bench/realtext/labels/README.md, labels-voice).

* :func:`type_statement` (policy 7): the term names a type of person in a singular generic noun
  phrase, "een"/"elk"/"ieder"/"de" + modifiers + a person noun (a person word, a compound ending
  in one, a noun in "-ist"), and that phrase is the subject of a present-tense clause (first in
  its clause, after the finite verb of a clause that opens with an adverb, a prepositional
  phrase or "dit"/"dat", or the agent after "door" in a passive), or sits in a "van"/"met"
  phrase of the subject ("een leven met een narcist is ..."): the clause characterises the type,
  of no one in particular (voice ``discussed``), in or outside a quote and whoever speaks: "Een
  narcist is vaak heel onzeker", "De narcist heeft altijd gelijk", "Ik geloof niet dat een
  narcist zelfinzicht kan hebben". Not a predicate ("mijn ex is een narcist", "noemt zijn vader
  een narcist"), not an object ("Ik ken een narcist"), not in the past, not with a name or a
  court placeholder in the clause, not in a text about one case; "de" also not with a first
  person in the sentence ("de narcist" of a speaker's own story).
  Policy 9 (labels-policy9) adds the bare plural that names the type in the same places:
  "Narcistische ouders kunnen ...", "Vervreemde kinderen denken ...", "Omdat moederdagmoeders
  controlfreaks zijn": no determiner, possessive, number or quantifier before the phrase
  ("veel narcisten", "onze kinderen" are groups: policy 3), not after a copula ("Dit zijn
  verwende kinderen" is a predicate). A judging word said of the type is not the type's name
  and keeps the voice of whoever applies it (policy 3).
* :func:`scare_quoted_person` (policy 8): a short quoted word qualifies a person or thing that
  a pointing word or a possessive picks out ("dat ‘moeilijk opvoedbare’ joch"), or is said of
  a person a possessive picks out in the same clause ("mijn moeder niet anders gekend dan
  ‘ziek’"): the author marks it as someone else's word for that person (voice ``attributed``).
  A quoted word for a category or concept without such a referent stays ``discussed``.

Word classes and short word lists in ``wb/lang/nl`` only; no phrase of an evaluation text.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from wb.dossiers.voice_generic import named_before
from wb.dossiers.voice_structure import PERSON_WORDS, PERSONAL
from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

_INDEFINITE = word_set("voice_indefinite_openers.txt")  # een, elk, ieder, ...
_COPULAS = word_set("voice_assertion_copulas.txt")
_FIRST = word_set("voice_first_person.txt") | word_set("voice_speaker_words.txt")
_POINTING = word_set("voice_scare_pointing.txt")  # die, dat, mijn, haar, ...
_TYPE_ENDINGS = word_set("voice_type_endings.txt")  # narc-ist, egoïst: a noun for a person
_QUANTIFIERS = word_set("voice_type_quantifiers.txt")  # veel, sommige, alle: a group, not a type
_LONG_PERSON_WORDS = frozenset(w for w in PERSON_WORDS if len(w) >= 4)  # not "ex", "man"
_AGENT = word_set("voice_type_agents.txt")  # door
_COMPARE = word_set("voice_type_comparisons.txt")  # als, zoals
_HAVE = word_set("voice_type_possession.txt")  # heeft, hebben
_OF_WITH = word_set("voice_type_subject_prepositions.txt")  # van, met
_QUOTES = QUOTE_MARKS
_BOUNDARY = frozenset({",", ":", ";", "(", ")", "–", "—", "-"}) | _QUOTES
_MODIFIERS = frozenset({"ADJ", "ADV", "VERB", "PUNCT"})
# nouns that name a person by a judgement ("pestkop", "leugenaar"): a type of person (labels40)
_JUDGED_PERSONS = word_set("description_person_judgements.txt")


def _present(token: Any) -> bool:
    return finite(token) and "Pres" in token.morph.get("Tense")


def _person(token: Any) -> bool:
    low = token.lower_
    lemma = token.lemma_.lower()
    if low in PERSON_WORDS or lemma in PERSON_WORDS:
        return True
    if low in _JUDGED_PERSONS or lemma in _JUDGED_PERSONS:
        return True
    # a compound ending in a person word ("curlingouder", "moederdagmoeders") or a noun of a
    # person by its ending ("narcist", "narcisten"): the word or its lemma (a plural)
    return any(
        any(form.endswith(w) and len(form) > len(w) + 2 for w in _LONG_PERSON_WORDS)
        or form.endswith(tuple(_TYPE_ENDINGS))
        for form in {low, lemma}
    )


def _head(tokens: list[Any], at: int, upto: int) -> int | None:
    """The noun the term names or qualifies: its own last noun, else the noun right after it
    (past a closing quote)."""
    last = upto - 1
    if _noun(tokens[last]):
        return last
    k = upto
    while k < len(tokens) and tokens[k].text in _QUOTES:
        k += 1
    if k < len(tokens) and _noun(tokens[k]) and tokens[last].pos_ in {"ADJ", "VERB"}:
        return k
    return None


def _noun(token: Any) -> bool:
    """A noun, or a person word the tagger took for something else ("ouder" as a comparative)."""
    return token.pos_ == "NOUN" or token.lower_ in PERSON_WORDS


def _determiner(tokens: list[Any], at: int) -> int | None:
    """Index of the determiner of the phrase the term starts in (over modifiers and quotes)."""
    k = at - 1
    while k >= 0 and tokens[k].pos_ in _MODIFIERS and tokens[k].text not in _BOUNDARY - _QUOTES:
        if finite(tokens[k]):
            return None
        k -= 1
    return k if k >= 0 and tokens[k].pos_ == "DET" else None


def _bare_plural(tokens: list[Any], at: int, head: int) -> int | None:
    """Index of the first word of a bare plural phrase that ends in the plural noun at head:
    no determiner, possessive, number or quantifier before its modifiers, not a predicate after
    a copula ("Dit zijn verwende kinderen"), not a noun before it ("een groep ... kinderen")."""
    if "Plur" not in tokens[head].morph.get("Number") or _perfect(tokens, head):
        return None
    for token in tokens[at:head]:  # the term's own words before its noun: modifiers only
        if token.pos_ not in _MODIFIERS or finite(token) or token.lower_ in _QUANTIFIERS:
            return None  # "te moeten kiezen tussen beide ouders" is no phrase of a type
    k = at - 1
    while k >= 0 and tokens[k].pos_ in _MODIFIERS and tokens[k].text not in _BOUNDARY - _QUOTES:
        if finite(tokens[k]):
            break
        if tokens[k].lower_ in _QUANTIFIERS:
            return None  # "Vooral vechtende ouders ...": part of a group
        k -= 1
    if k < 0 or tokens[k].text in _BOUNDARY or tokens[k].pos_ in {"SCONJ", "CCONJ"}:
        return k + 1
    before = tokens[k]
    if before.pos_ in {"DET", "PRON", "NUM", "NOUN", "PROPN", "ADP"}:
        return None  # "de", "onze", "twee", "die", "een groep", "met": not a bare subject
    if before.lower_ in _QUANTIFIERS:
        return None
    if finite(before) and before.lemma_ in _COPULAS:
        first = tokens[_clause_start(tokens, k)]
        if first.pos_ not in {"ADV", "ADP"}:
            return None  # "Dit zijn verwende kinderen": a predicate
    return k + 1


def _perfect(tokens: list[Any], head: int) -> bool:
    """True when the clause after the subject reports a completed event: a form of "hebben" with
    a participle after it ("lijken ... te hebben gevonden"), not a characteristic of the type."""
    clause = []
    for token in tokens[head + 1 :]:
        if token.text in _BOUNDARY:
            break
        clause.append(token)
    have = next((k for k, t in enumerate(clause) if t.lower_ in _HAVE), None)
    return have is not None and any(
        t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") for t in clause[have + 1 :]
    )


def _clause_start(tokens: list[Any], k: int, sconj: bool = True) -> int:
    """Index of the first word of the clause of tokens[k]: after a comma, colon, quote or
    bracket, or (``sconj``) at a subordinating conjunction ("dat", "omdat") or at a
    coordinating one right after a verb, which opens a second clause ("... goedgepraat en
    pestkoppen moeten ...", labels40; not "eigenwijze en brutale kinderen")."""
    while k > 0 and tokens[k - 1].text not in _BOUNDARY:
        if sconj and tokens[k].pos_ == "SCONJ":
            break
        if sconj and tokens[k].pos_ == "CCONJ" and tokens[k - 1].pos_ in {"VERB", "AUX"}:
            break
        k -= 1
    return k


def _names(token: Any) -> bool:
    """A name or a court's placeholder: a capitalised proper noun ("2x" is tagged PROPN too)."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper()) or token.text == "["


def _subject_at(tokens: list[Any], det: int, head: int) -> bool:
    """True when the phrase [det, head] is a subject: first in its clause (after conjunctions
    and adverbs) before a finite verb in the present, in a "van/met" phrase of such a subject,
    right after the finite verb of an inverted clause, or the agent of a passive."""
    start = _clause_start(tokens, det)
    before = [t for t in tokens[start:det] if not t.is_space]
    after = next((t for t in tokens[head + 1 :] if not t.is_space and t.text not in _QUOTES), None)
    if before and before[-1].pos_ == "ADP" and before[-1].lower_ in _AGENT:
        return any(_present(t) and t.lemma_ == "worden" for t in tokens)  # "door de narcist"
    if before and before[-1].pos_ == "ADP":
        # "een leven met een narcist is ...": the term in a phrase of the subject
        inner = [t for t in before[:-1] if t.pos_ not in {"CCONJ", "SCONJ", "ADV"}]
        if before[-1].lower_ not in _OF_WITH or len(inner) < 2 or inner[-1].pos_ != "NOUN":
            return False
        if not all(t.pos_ in {"ADJ", "NOUN"} for t in inner[1:]):
            return False
        word = inner[0].lower_
        if word not in _INDEFINITE | {"de"} or (word == "de" and _person(inner[-1])):
            return False  # "de kinderen met een ..." are particular children
        return after is not None and _present(after)
    if before and before[-1].lower_ in _COMPARE:
        return False  # "ik klink als een vreselijke vrouw": a comparison, not a subject
    if all(t.pos_ in {"CCONJ", "SCONJ", "ADV"} for t in before):
        # subject first: a main clause's finite verb follows, or a subordinate clause ends in one
        if after is not None and _present(after):
            return True
        opened = bool(before) and before[0].pos_ == "SCONJ"
        rest = tokens[head + 1 :]
        return opened and any(_present(t) for t in rest)
    verb = before[-1]
    if not _present(verb) or (tokens[det].lower_ in _INDEFINITE and verb.lemma_ in _COPULAS):
        return False  # "Je ex is een narcist": a predicate
    if verb.lower_ in _HAVE and tokens[det].lower_ in _INDEFINITE:
        return False  # "Hij heeft een narcistische vader": a person of the story
    # an inverted clause opens with an adverb, a prepositional phrase or "dit"/"dat"; a noun
    # phrase first may be the subject ("De jeugdbeschermer ervaart een ... moeder")
    first = next((t for t in before if t.pos_ != "CCONJ"), before[0])
    return first.pos_ in {"ADV", "ADP"} or (first.pos_ == "PRON" and first.lower_ not in PERSONAL)


def type_statement(resolver: Any, tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term names a type in a singular generic subject of a present-tense
    clause (policy 7), or in a bare plural one (policy 9; see the module docstring)."""
    if resolver.kind.case or upto <= at:
        return False
    head = _head(tokens, at, upto)
    if head is None or not _person(tokens[head]):
        return False  # a type of person ("een te veel aan bezorgdheid" is no type)
    det = _determiner(tokens, at)
    if det is None or "Plur" in tokens[head].morph.get("Number"):
        first = _bare_plural(tokens, at, head)
        return first is not None and _generic_clause(tokens, first, head)
    word = tokens[det].lower_
    if word == "de":
        if any(t.lower_ in _FIRST for t in tokens):
            return False  # "de narcist" of the speaker's own story
        if named_before(resolver, tokens):
            return False  # "Juf X ... een vader ... . ... de agressieve ouder": that father
    elif word not in _INDEFINITE:
        return False
    return _generic_clause(tokens, det, head)


def _generic_clause(tokens: list[Any], first: int, head: int) -> bool:
    """True when the phrase [first, head] is the subject of a present-tense clause without a
    name or a court's placeholder."""
    if not _subject_at(tokens, first, head):
        return False
    start = _clause_start(tokens, first)
    clause = tokens[start:]
    if any("Past" in t.morph.get("Tense") for t in clause if finite(t)):
        return False
    return not any(_names(t) for t in clause)


def scare_quoted_person(tokens: list[Any], at: int, upto: int) -> bool:
    """True when a short quoted word qualifies a person or thing a pointing word or possessive
    picks out, or is said of such a person earlier in its clause (policy 8)."""
    k = at - 1
    while k >= 0 and tokens[k].text in _QUOTES:
        k -= 1
    det = tokens[k] if k >= 0 else None
    after = upto
    while after < len(tokens) and tokens[after].text in _QUOTES:
        after += 1
    noun = (
        after < len(tokens)
        and tokens[after].is_alpha
        and tokens[after].is_lower
        and "Plur" not in tokens[after].morph.get("Number")
    )
    if det is not None and det.lower_ in _POINTING and noun:
        return tokens[upto - 1].pos_ in {"ADJ", "VERB"}  # "dat ‘moeilijk opvoedbare’ joch"
    if upto - at != 1 or tokens[at].pos_ != "ADJ":
        return False
    start = _clause_start(tokens, k if k >= 0 else 0, sconj=False)
    words = tokens[start:at]
    return any(a.lower_ in _POINTING and b.lower_ in PERSON_WORDS for a, b in pairwise(words))


__all__ = ["scare_quoted_person", "type_statement"]
