"""A possibility said of a type: "Pubers kunnen ontzettend lastig zijn" (labels-voice8).

:func:`group_possibility`: the term is the predicate of a clause whose subject is a bare plural
group ("Pubers", "Drukke kinderen") or an indefinite singular ("een kind") and whose finite verb
is a present form of "kunnen", with at most a few adverbs between the modal and the term. What
such people *can* be is said of no one in particular: a possibility, ``discussed`` by guide
line 3 ("kinderen kunnen ... zijn"), also when a quoted or reported speaker says it. A subject
with a determiner, possessive or pronoun ("Mijn zoon kan ...", "Zij kunnen ...", "Die kinderen
kunnen ...") is a concrete person or group and is left to the other rules.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS

_EDGES = frozenset({",", ";", ":", "(", ")", "-", "–", "—"}) | QUOTE_MARKS
_LEADS = frozenset({"CCONJ", "ADV"})  # "En pubers kunnen ...", "Soms kunnen pubers ..."
_FILLERS = frozenset({"ADV", "ADJ", "PART"})
_FILLER_REACH = 4
_LEAD_REACH = 2
_ONE = frozenset({"een", "één"})


def group_possibility(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term at tokens [at, upto) is what a bare plural group or "een X" can be or
    do: "Pubers kunnen ontzettend lastig zijn", "Soms kunnen kinderen vervelend zijn"."""
    k = at - 1
    fillers = 0
    while k >= 0 and _filler(tokens[k]):
        k -= 1
        fillers += 1
    if k < 0 or fillers > _FILLER_REACH:
        return False
    if _modal(tokens[k]):  # "Pubers kunnen [ontzettend] X"
        return _subject_before(tokens, k)
    # inverted: "Soms kunnen pubers [heel] X"
    end = k + 1
    start = _group_start(tokens, end)
    if start is None or start == 0 or not _modal(tokens[start - 1]):
        return False
    modal = start - 1
    return _clause_start(tokens, modal) and _agrees(tokens[modal], tokens, start, end)


def _filler(token: Any) -> bool:
    """An adverb or degree word between the modal and the term ("nou eenmaal", "ontzettend")."""
    if token.pos_ in _FILLERS:
        return True
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")


def _modal(token: Any) -> bool:
    """A present finite form of "kunnen"."""
    return (
        token.pos_ in {"AUX", "VERB"}
        and token.lemma_.lower() == "kunnen"
        and token.lower_ in {"kan", "kunnen"}
    )


def _subject_before(tokens: list[Any], modal: int) -> bool:
    """The modal's subject right before it opens its clause and is a bare plural or "een X"."""
    start = _group_start(tokens, modal)
    if start is None:
        return False
    k = start - 1
    if k >= 0 and tokens[k].lower_ in _ONE:
        start = k
    return _opens_clause(tokens, start) and _agrees(tokens[modal], tokens, start, modal)


def _group_start(tokens: list[Any], end: int) -> int | None:
    """The first token of "ADJ* NOUN" ending right before `end`, or None."""
    if end <= 0 or tokens[end - 1].pos_ != "NOUN":
        return None
    k = end - 1
    while k > 0 and tokens[k - 1].pos_ == "ADJ":
        k -= 1
    return k


def _agrees(modal: Any, tokens: list[Any], start: int, end: int) -> bool:
    """A bare plural with "kunnen", or "een X" with "kan"."""
    noun = tokens[end - 1]
    if tokens[start].lower_ in _ONE:
        return modal.lower_ == "kan" and "Plur" not in noun.morph.get("Number")
    return modal.lower_ == "kunnen" and "Plur" in noun.morph.get("Number")


def _opens_clause(tokens: list[Any], k: int) -> bool:
    """True when token k opens the sentence or a main clause (after a quote mark, a comma or
    colon, or "en"/"maar")."""
    j = k - 1
    while j >= 0 and tokens[j].is_space:
        j -= 1
    if j < 0 or tokens[j].text in _EDGES:
        return True
    return tokens[j].pos_ == "CCONJ" and (j == 0 or tokens[j - 1].text in _EDGES)


def _clause_start(tokens: list[Any], modal: int) -> bool:
    """True when at most two adverbs or a conjunction open the clause before the modal."""
    k = modal - 1
    leads = 0
    while k >= 0 and tokens[k].pos_ in _LEADS and leads < _LEAD_REACH:
        k -= 1
        leads += 1
    return leads > 0 and (k < 0 or tokens[k].text in _EDGES or tokens[k].is_space)
