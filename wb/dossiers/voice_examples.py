"""Terms named as an example, defined after a source, or opening a topic line (labels31).

Three shapes in which a term is talked about, not applied, although a speaker or a source is
named (the attribution rules would read the speaker's report):

* :func:`named_example`: "Ze noemt het voorbeeld van 'X' - een ... vorm van Y": a verb of
  naming (``voice_example_verbs.txt``) with "het" and an example noun
  (``voice_example_nouns.txt``) + "van"; every term after it in the sentence is the example or
  its description. "Dit is een voorbeeld van X" (a case classified) does not count: it needs
  the naming verb and "het".
* :func:`source_definition`: "Een X is volgens Y (“)iemand die ...": the sentence opens
  with the term (after "een", or bare when it is no person word: "Vader is volgens moeder
  iemand die ..." is a judgement) and "is"/"zijn" + "volgens"; the part after the source
  opens with a word of ``voice_definiens_openers.txt`` and holds a relative pronoun. The term
  and every term in the defining part are discussed.
* :func:`topic_line`: "Opgroeien met een X: een beladen onderwerp dat ...": a line that opens
  with a phrase without a finite verb, then ":" and an article, adjectives and a topic noun
  (``voice_topic_line_nouns.txt``); a term before the colon is the topic.

And one generic shape: :func:`indefinite_person_possibility`, "Het kan zijn dat een kind ... X"
or "... kunnen een kind in X laten schieten": a form of "kunnen" and "een" + a singular person
word, with no one in particular in the sentence (no name, no person word with a definite
determiner or possessive, no case pronoun such as hij/ze/ik): what can happen to anyone.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_generic import _CASE_PRONOUNS, _one_person, _particular
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

EXAMPLE_NOUNS = word_set("voice_example_nouns.txt")
EXAMPLE_VERBS = word_set("voice_example_verbs.txt")
DEFINIENS_OPENERS = word_set("voice_definiens_openers.txt")
TOPIC_LINE_NOUNS = word_set("voice_topic_line_nouns.txt")
_QUOTES = QUOTE_MARKS
_RELATIVES = frozenset({"die", "dat", "wat", "waarbij", "waarin"})
_COPULAS = frozenset({"is", "zijn"})
_ARTICLES = frozenset({"een", "het", "de"})


def _words(tokens: list[Any]) -> list[int]:
    """Indices of the tokens that are neither space nor a quote mark."""
    return [k for k, t in enumerate(tokens) if not t.is_space and t.text not in _QUOTES]


def named_example(tokens: list[Any], at: int) -> bool:
    """True for a term after "<naming verb> het <example noun> van" in the same sentence."""
    for k in range(2, at):
        if tokens[k].lower_ != "van" or tokens[k - 1].lower_ not in EXAMPLE_NOUNS:
            continue
        if tokens[k - 2].lower_ != "het":
            continue
        verbs = [t for t in tokens[:k] if t.pos_ in {"VERB", "AUX"}]
        if any(t.lemma_.lower() in EXAMPLE_VERBS for t in verbs):
            return True
    return False


def source_definition(tokens: list[Any], at: int, upto: int) -> bool:
    """True for the defined term or a term in the definiens of "Een X is volgens Y iemand die"."""
    idx = _words(tokens)
    pos = 1 if len(idx) > 1 and tokens[idx[0]].lower_ == "een" else 0
    if not idx or tokens[idx[pos]].pos_ not in {"NOUN", "ADJ"}:
        return False
    if not pos and tokens[idx[0]].lower_ in PERSON_WORDS:
        return False  # "Vader is volgens moeder iemand die ...": a person judged, not a term
    copula = next((n for n in range(pos + 1, min(pos + 4, len(idx))) if _is(tokens[idx[n]])), None)
    if copula is None or copula + 1 >= len(idx) or tokens[idx[copula + 1]].lower_ != "volgens":
        return False
    opener = next(
        (
            n
            for n in range(copula + 3, len(idx))
            if tokens[idx[n]].lower_ in DEFINIENS_OPENERS
            and (tokens[idx[n]].lower_ in {"iemand", "iets"} or tokens[idx[n] - 1].text in _QUOTES)
        ),
        None,
    )
    if opener is None or not any(tokens[k].lower_ in _RELATIVES for k in idx[opener + 1 :]):
        return False
    return idx[pos] in range(at, upto) or at > idx[opener]


def _is(token: Any) -> bool:
    """True for "is" or "zijn" as the copula."""
    return token.lower_ in _COPULAS


def topic_line(tokens: list[Any], at: int) -> bool:
    """True for a term before ":" + article + adjectives + topic noun, no finite verb before."""
    colon = next((k for k, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or at > colon:
        return False
    if any(finite(t) for t in tokens[:colon]):
        return False
    k = colon + 1
    while k < len(tokens) and tokens[k].is_space:
        k += 1
    if k >= len(tokens) or tokens[k].lower_ not in _ARTICLES:
        return False
    k += 1
    while k < len(tokens) and tokens[k].pos_ in {"ADJ", "ADV"}:
        k += 1
    return k < len(tokens) and tokens[k].lower_ in TOPIC_LINE_NOUNS


def indefinite_person_possibility(resolver: Any, tokens: list[Any]) -> bool:
    """True for "kunnen" with "een" + a singular person word and no one in particular."""
    if resolver.kind.case or not any(t.lemma_.lower() == "kunnen" for t in tokens):
        return False
    indefinite = any(
        t.lower_ in PERSON_WORDS and k and tokens[k - 1].lower_ == "een"
        for k, t in enumerate(tokens)
    )
    if not indefinite or any(t.lower_ in _CASE_PRONOUNS for t in tokens):
        return False
    return not (_particular(tokens) or _one_person(tokens, neutral=True))


__all__ = [
    "DEFINIENS_OPENERS",
    "EXAMPLE_NOUNS",
    "EXAMPLE_VERBS",
    "TOPIC_LINE_NOUNS",
    "indefinite_person_possibility",
    "named_example",
    "source_definition",
    "topic_line",
]
