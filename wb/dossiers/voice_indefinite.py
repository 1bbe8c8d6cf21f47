"""A generic statement whose subject is an indefinite person or thing (labels22).

"Een onveilig gehecht kind heeft dat vertrouwen niet.", "Een vechtscheiding duurt vaak jaren.":
a sentence that opens with "een"/"elk"/"ieder" + modifiers + a noun, followed right away by a
finite verb in the present tense, says what holds for any such person or thing, of no one in
particular (voice ``discussed``) when the term lies inside that subject. Not in the past ("Een
boze vader stond voor de deur"), not with a name, a court placeholder, the first person or a
pronoun of a case in the sentence (a source in brackets does not count), and not in a text
about one case (a ruling or its summary).
:func:`wb.dossiers.voice_generic.indefinite_possibility` covers the same subject with a modal
later in the clause, :func:`wb.dossiers.voice_generic.indefinite_relative` a term inside its
relative clause.

labels26: a bracketed insert inside the subject is read over ("Een verstotende (coercive) ouder
gebruikt ..."), and when the subject's head is a person word the statement describes what such
a person does, so a term later in the same sentence is discussed too ("Een verstotende ouder
gebruikt de positie van het kind ... door het te manipuleren").
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

OPENERS = word_set("voice_indefinite_openers.txt")
_SPEAKER = word_set("voice_first_person.txt") | word_set("voice_speaker_words.txt")
_CASE_PRONOUNS = word_set("voice_case_pronouns.txt")
_QUOTES = QUOTE_MARKS
_MODIFIERS = frozenset({"ADJ", "ADV", "VERB"})  # "onveilig gehecht", "verstotende"
_HOW_OFTEN = (
    word_set("voice_habitual_adverbs.txt")
    | word_set("voice_always_adverbs.txt")
    | word_set("voice_frequency_adverbs.txt")
)


def indefinite_subject(resolver: Any, tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term lies inside an indefinite subject that opens a present-tense
    statement (see the module docstring)."""
    if resolver.kind.case:
        return False
    inside = _bracketed(tokens)
    words = [
        k
        for k, t in enumerate(tokens)
        if not t.is_space and t.text not in _QUOTES and k not in inside
    ]
    if len(words) < 3 or tokens[words[0]].lower_ not in OPENERS:
        return False
    n = 1
    while n < len(words) and tokens[words[n]].pos_ in _MODIFIERS and not finite(tokens[words[n]]):
        n += 1
    if n >= len(words) - 1 or tokens[words[n]].pos_ not in {"NOUN", "PROPN"}:
        return False
    head, verb = words[n], tokens[words[n + 1]]
    person = tokens[head].lower_ in PERSON_WORDS or tokens[head].lemma_.lower() in PERSON_WORDS
    if not (words[0] < at and (upto - 1 <= head or (person and at > words[n + 1]))):
        return False  # the term is neither inside the subject nor in what such a person does
    if not finite(verb) or "Pres" not in verb.morph.get("Tense"):
        return False
    if any("Past" in t.morph.get("Tense") for t in tokens if finite(t)):
        return False
    return not any(
        t.pos_ == "PROPN" or t.text == "[" or t.lower_ in _SPEAKER | _CASE_PRONOUNS
        for t in _outside_brackets(tokens)
    )


def inverted_indefinite_subject(resolver: Any, tokens: list[Any], at: int, upto: int) -> bool:
    """True for "Vaak zal een narcistische ouder het kind manipuleren", "Soms gebruikt een ouder
    het kind als boodschapper": an adverb of how often (``voice_habitual_adverbs.txt``,
    ``voice_always_adverbs.txt``, ``voice_frequency_adverbs.txt``), a finite verb in the
    present and an indefinite subject ("een"/"elk"/"ieder" + modifiers + a noun): what such a
    person or thing does now and then, of no one in particular (labels32). The term lies in the
    subject, holds its head, or (a person as head) follows it; the same exclusions as
    :func:`indefinite_subject`."""
    if resolver.kind.case:
        return False
    words = [k for k, t in enumerate(tokens) if not t.is_space and t.text not in _QUOTES]
    if len(words) < 4 or tokens[words[0]].lower_ not in _HOW_OFTEN:
        return False
    verb = tokens[words[1]]
    if not finite(verb) or "Pres" not in verb.morph.get("Tense"):
        return False
    if tokens[words[2]].lower_ not in OPENERS:
        return False
    n = 3
    while n < len(words) and tokens[words[n]].pos_ in _MODIFIERS and not finite(tokens[words[n]]):
        n += 1
    if n >= len(words) or tokens[words[n]].pos_ not in {"NOUN", "PROPN"}:
        return False
    head = words[n]
    person = tokens[head].lower_ in PERSON_WORDS or tokens[head].lemma_.lower() in PERSON_WORDS
    inside = words[2] < at and upto - 1 <= head
    if not (inside or at <= head < upto or (person and at > head)):
        return False
    if any("Past" in t.morph.get("Tense") for t in tokens if finite(t)):
        return False
    return not any(
        t.pos_ == "PROPN" or t.text == "[" or t.lower_ in _SPEAKER | _CASE_PRONOUNS
        for t in _outside_brackets(tokens)
    )


def _bracketed(tokens: list[Any]) -> set[int]:
    """Positions of round brackets and the tokens between them."""
    out, depth = set(), 0
    for k, t in enumerate(tokens):
        if t.text == "(":
            depth += 1
        if depth:
            out.add(k)
        if t.text == ")" and depth:
            depth -= 1
    return out


def _outside_brackets(tokens: list[Any]) -> list[Any]:
    """The tokens outside round brackets: a source "(Van IJzendoorn, 2008)" names no person
    the statement is about."""
    out, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out


__all__ = ["indefinite_subject", "inverted_indefinite_subject"]
