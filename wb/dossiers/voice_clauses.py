"""Shapes of a subordinate clause that talk about the term (voice17, after round 35): voice
``discussed`` whoever the clause is reported from.

* :func:`clause_definition`: the term opens a "dat"-clause that says what kind of thing it is,
  the copula last: "Deelt u de mening dat X een ernstige vorm van Y is?", "men denkt dat X een
  ziekte is". Like a quoted definition (:func:`wb.dossiers.voice_discussed.
  quoted_concept_definition`), someone states what the term is; it is applied to no one.

* :func:`other_name`: the term gets another name in an insert, or is that other name: "Bij X,
  ook wel het “Y” genoemd, ...", "X, ofwel Y genoemd": a word for words, not a speaker's
  judgement (the naming verb is no reporting cue there).
* :func:`generic_naming_passive`: a quoted term right before a passive naming verb whose subject
  is indefinite: "Vroeger werd een kind met ADHD gewoon “X” genoemd" (policy line 8: a
  category in scare quotes, no concrete referent).

* :func:`event_headline`: a heading line that ends in a past participle after its noun phrase,
  without a finite verb ("Agressieve ouders aangepakt", "Vader veroordeeld"): a news headline
  that reports what happened to particular people, not a title that names a topic; the heading
  rule does not make its terms discussed (the other rules decide).

* :func:`quoted_condition`: a quoted sentence that opens inside the sentence after its speaker
  ("X: „Als grootouders ..., kunnen ze ... Y") and states a condition or a possibility about
  people in general is read like an unquoted one (policy line 3: a condition or possibility
  stays discussed, whoever says it).

* :func:`work_title`: the term stands in a title that opens with a capital right after a noun
  for a book, film or other work ("het boekje Het verwende kind syndroom", "de documentaire
  Vechtende ouders"): the title of a work the text names (policy line 11).

Word classes and the short lists ``voice_definition_nouns.txt``, ``voice_naming_verbs.txt`` and
``voice_other_name_openers.txt``, ``voice_work_nouns.txt`` only.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_consequence import condition_consequence
from wb.dossiers.voice_generic import generic_condition, indefinite_possibility, possibility_clause
from wb.dossiers.voice_shapes import plural_possibility
from wb.dossiers.voice_structure import conditional_inversion
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import DEFINITION_NOUNS, NAMING_VERBS
from wb.lang import word_set, words

WORK_NOUNS = word_set("voice_work_nouns.txt")
OTHER_NAME = tuple(tuple(line.split()) for line in words("voice_other_name_openers.txt"))
_QUOTES = QUOTE_MARKS
_OPENING = frozenset({"‘", "“", "„", '"', "'", ",,", "«"})
_NAME_REACH = 8  # words from the opener ("ook wel") to the naming verb

_SKIP = frozenset("'\"“”„«»‘’/")
_ARTICLES = frozenset({"de", "het"})
_MODIFIERS = frozenset({"ADJ", "ADV"})
_REACH = 8  # words between the definition noun and the copula
_ENDS = frozenset({".", ";", ":", "?", "!", ","})


def _definition_noun(word: str) -> bool:
    """A definition noun, also as the head of a compound ("persoonlijkheidsstoornis")."""
    return word in DEFINITION_NOUNS or any(
        word.endswith(n) and len(word) - len(n) >= 4 for n in DEFINITION_NOUNS
    )


def clause_definition(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term that opens a "dat"-clause classifying it: "dat X een (ADJ) vorm/ziekte/
    stoornis ... is" (present "is"/"zijn" last in the clause, at most a few words after)."""
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text in _SKIP):
        k -= 1
    if k >= 0 and tokens[k].lower_ in _ARTICLES:
        k -= 1
    if k < 0 or tokens[k].lower_ != "dat" or tokens[k].pos_ != "SCONJ":
        return False
    rest = [t for t in tokens[upto:] if not t.is_space and t.text not in _SKIP]
    if rest and rest[0].text == "(":  # "X (MBP) een vorm van ..."
        close = next((n for n, t in enumerate(rest) if t.text == ")"), None)
        rest = rest[close + 1 :] if close is not None else rest
    if not rest or rest[0].lower_ != "een":
        return False
    n = 1
    while n < len(rest) and rest[n].pos_ in _MODIFIERS:
        n += 1
    if n >= len(rest) or not _definition_noun(rest[n].lower_):
        return False
    for t in rest[n + 1 : n + 1 + _REACH]:
        if t.text in _ENDS:
            return False
        if t.lower_ in ("is", "zijn"):
            return True
    return False


def _opener_at(low: list[str], k: int) -> int:
    """The length of an other-name opener ("ook wel", "ofwel") at token k, else 0."""
    for opener in OTHER_NAME:
        if tuple(low[k : k + len(opener)]) == opener:
            return len(opener)
    return 0


def other_name(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term that an insert gives another name ("X, ook wel (het) Y genoemd") or that
    is the other name itself: an opener after a comma or bracket, right after the term or
    before it, and a naming verb after the term within reach, no sentence end between."""
    low = [t.lower_ for t in tokens]
    for k in range(max(0, at - _NAME_REACH), min(len(low), upto + 3)):
        size = _opener_at(low, k)
        if not size or not k or low[k - 1] not in {",", "("}:
            continue  # an insert: "Hij wordt ook wel X genoemd" names a person, no term
        if upto <= k and any(w not in {",", "("} for w in low[upto:k]):
            continue
        for j in range(max(k + size, upto), min(len(low), k + size + _NAME_REACH)):
            if low[j] in {".", ";", ":", "?", "!"}:
                break
            if low[j] in NAMING_VERBS:
                return True
    return False


def generic_naming_passive(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a quoted term right before a naming participle in a passive ("werd ... “X”
    genoemd") whose subject, after the auxiliary, is indefinite ("een kind", "kinderen")."""
    k = upto
    while k < len(tokens) and (tokens[k].is_space or tokens[k].text in _QUOTES):
        k += 1
    if k == upto or k >= len(tokens) or tokens[k].lower_ != "genoemd":
        return False
    aux = next((j for j in range(at - 1, -1, -1) if tokens[j].lemma_.lower() == "worden"), None)
    if aux is None:
        return False
    subject = [t for t in tokens[aux + 1 : at] if not t.is_space and t.pos_ != "ADV"]
    if not subject:
        return False
    head = subject[0]
    plural = head.pos_ == "NOUN" and "Plur" in head.morph.get("Number")
    return head.lower_ in {"een", "één"} or plural


def event_headline(doc: Any, start: int, end: int) -> bool:
    """True for a term in a line that ends in a past participle (the line's last word, after
    the term) and holds no finite verb: an elliptic news headline about an event."""
    text = doc.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = doc.char_span(a, len(text) if b < 0 else b, alignment_mode="expand")
    if line is None:
        return False
    words = [t for t in line if not t.is_space and not t.is_punct]
    if len(words) < 2 or words[-1].idx < end:
        return False
    last = words[-1]
    if last.pos_ != "VERB" or "Part" not in last.morph.get("VerbForm"):
        return False
    return not any("Fin" in t.morph.get("VerbForm") for t in words)


def quoted_condition(tokens: list[Any], at: int, upto: int) -> bool:
    """True when a quote opens in the sentence before the term (after a speaker or a cue) and
    the quoted part, read as a sentence, states a general condition or possibility."""
    q = next((k for k in range(at - 1, -1, -1) if tokens[k].text in _OPENING), None)
    if q is None or q == 0:
        return False
    part, a, b = tokens[q + 1 :], at - q - 1, upto - q - 1
    return (
        generic_condition(part, a)
        or condition_consequence(part, a)
        or conditional_inversion(part, a)
        or possibility_clause(part, a)
        or plural_possibility(part, a, b)
        or indefinite_possibility(part, a, b)
    )


_TITLE_REACH = 6  # words from the work noun to the term


def work_title(tokens: list[Any], at: int) -> bool:
    """True for a term inside a capitalised title right after a work noun: the title's first
    word (after quote marks) has a capital and every word up to the term belongs to it (no
    punctuation, no finite verb)."""
    for k in range(at - 1, max(-1, at - _TITLE_REACH - 1), -1):
        t = tokens[k]
        if t.is_punct and t.text not in _QUOTES:
            return False
        if "Fin" in t.morph.get("VerbForm"):
            return False
        if t.lower_ in WORK_NOUNS or t.lemma_.lower() in WORK_NOUNS:
            first = next((x for x in tokens[k + 1 : at + 1] if x.text not in _QUOTES), None)
            return first is not None and first.text[:1].isupper()
    return False


__all__ = [
    "clause_definition",
    "event_headline",
    "generic_naming_passive",
    "other_name",
    "quoted_condition",
    "work_title",
]
