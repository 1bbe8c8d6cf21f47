"""A source named by a plain noun phrase as the subject of a weak reporting verb.

A weak reporting verb ("vinden", "concluderen", "stellen": ``voice_weak_verbs.txt``) needs an
agent, and the agent rules of :mod:`wb.dossiers.voice_attribution` know persons, roles, names
and pronouns, not an institution or group named by a common noun ("de inspectie", "de
regeringspartij"). Two clause shapes make such a noun phrase the verb's subject all the same:

- a postposed tag that ends the sentence: ", concludeert de inspectie." (a finite verb, a
  determiner, at most two adjectives, one noun, then the full stop; not a participle ",
  gezien de serieuze problemen.");
- a sentence that opens with the noun phrase, the verb right after it and "dat" after the verb:
  "De regeringspartij vindt dat ...".

Two more shapes of a source inside the sentence: a "maar" between the term and a postposed
speech tag does not stop the tag (:func:`closing_tag`), and an inserted frame ", zo blijkt uit
dat rapport," cites a document like "Uit het rapport blijkt dat" (:func:`inserted_source`).

labels-voice4 (bench/README.md): attributed read as asserted, a report's source the rules did
not read as an agent.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_reported import IN_VERBS, OUT_VERBS, document_noun
from wb.dossiers.voice_tense import finite

_QUOTE_MARKS = frozenset({"'", '"', "”", "’", "''", "’’", "»"})
_ENDS = frozenset({".", "!"})
_NOUN = frozenset({"NOUN"})


def _noun_phrase(tokens: list[Any], j: int) -> int | None:
    """The position of the head noun of a phrase "DET (ADJ){0,2} NOUN" starting at j."""
    if j >= len(tokens) or tokens[j].pos_ != "DET":
        return None
    j += 1
    adjectives = 0
    while j < len(tokens) and tokens[j].pos_ == "ADJ" and adjectives < 2:
        j += 1
        adjectives += 1
    if j < len(tokens) and tokens[j].pos_ in _NOUN:
        return j
    return None


def postposed_source(tokens: list[Any], low: list[str], k: int) -> int | None:
    """The head noun of the subject of a postposed tag ", VERB de NOUN." at k, else None."""
    if k == 0 or low[k - 1] != "," or not finite(tokens[k]):
        return None
    head = _noun_phrase(tokens, k + 1)
    if head is None:
        return None
    rest = [t for t in tokens[head + 1 :] if not t.is_space]
    if not rest or rest[0].text not in _ENDS:
        return None
    return head if all(t.text in _ENDS or t.text in _QUOTE_MARKS for t in rest) else None


def fronted_source(tokens: list[Any], low: list[str], k: int) -> int | None:
    """The head noun of a sentence-opening subject "De NOUN VERB dat" with the verb at k."""
    start = next((j for j, t in enumerate(tokens) if not t.is_space), None)
    if start is None or not finite(tokens[k]):
        return None
    head = _noun_phrase(tokens, start)
    if head is None or head + 1 != k or low[k + 1 : k + 2] != ["dat"]:
        return None
    return head


def closing_tag(cues: list[tuple[int, str, Any]], low: list[str], pos: int) -> bool:
    """True when the reset at pos is a "maar" and the next cue after it is a postposed speech
    tag with no reset after it ("Ze drammen, maar daarmee is niet alles gezegd, vindt X, moeder
    van twee kinderen."): the tag reports the whole sentence, "maar" included."""
    if low[pos] != "maar":
        return False
    later = [c for c in cues if c[0] > pos]
    posts = [c for c in later if c[1] == "post"]
    if not posts:
        return False
    return not any(kind == "reset" for p, kind, _ in later if p > pos)


def inserted_source(tokens: list[Any], low: list[str], k: int) -> int | None:
    """The cited document of an inserted source frame ", zo blijkt uit dat rapport," with its
    verb at k ("Zij is, zo blijkt uit het rapport, weinig gevoelig ..."), else None: "zo"
    right before the verb, then "uit"/"in", a determiner, at most two adjectives and the
    document noun, then a comma or the sentence's end."""
    if k < 2 or low[k - 1] != "zo" or low[k - 2] != ",":
        return None
    lemma = tokens[k].lemma_.lower()
    if low[k] in OUT_VERBS or lemma in OUT_VERBS:
        prep = "uit"
    elif low[k] in IN_VERBS or lemma in IN_VERBS:
        prep = "in"
    else:
        return None
    if low[k + 1 : k + 2] != [prep]:
        return None
    head = _noun_phrase(tokens, k + 2)
    if head is None or not document_noun(tokens[head]):
        return None
    after = low[head + 1 : head + 2]
    return head if after in ([","], ["."]) else None
