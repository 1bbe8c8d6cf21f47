"""The reportative perfect: "zou(den) + hebben/zijn + participle" reports a claim (labels-voice).

"... een stel dat hun kinderen ernstig verwaarloosd zou hebben", "omdat ze hun kinderen zouden
hebben verwaarloosd": in Dutch news and rulings this form tells what someone (a prosecutor, an
accuser) claims happened, without the author vouching for it; a term in that clause is
``attributed``, though no speaker is named. A clause with a conditional opener
(``voice_condition_openers.txt``: "als hij het kind verwaarloosd zou hebben"), a first or second
person ("ik zou het anders hebben gedaan": a counterfactual of one's own) or a question stays out.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_generic import CONDITION_OPENERS
from wb.dossiers.voice_words import FIRST_PERSON, GENERIC_YOU
from wb.lang import word_set

MODALS = word_set("voice_reportative_modals.txt")
AUXILIARIES = word_set("voice_perfect_auxiliaries.txt")
_EDGES = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "–", "—", "'", '"', "“", "”", "„"})


def clause_of(
    tokens: list[Any], at: int, upto: int, edges: frozenset[str] = _EDGES
) -> tuple[int, int]:
    """The token range of the clause around [at, upto): up to the nearest of `edges` (by
    default any punctuation) or line break."""
    first = at
    while first > 0 and tokens[first - 1].text not in edges and "\n" not in tokens[first - 1].text:
        first -= 1
    last = upto
    while last < len(tokens) and tokens[last].text not in edges and "\n" not in tokens[last].text:
        last += 1
    return first, last


def reportative_perfect(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the term's clause holds "zou/zouden", a perfect auxiliary and a participle."""
    first, last = clause_of(tokens, at, upto)
    clause = tokens[first:last]
    low = [t.lower_ for t in clause]
    if not any(w in MODALS for w in low):
        return False
    if not any(t.lemma_.lower() in AUXILIARIES and t.lower_ not in MODALS for t in clause):
        return False
    if not any("Part" in t.morph.get("VerbForm") and t.pos_ in {"VERB", "AUX"} for t in clause):
        return False
    if any(w in CONDITION_OPENERS or w in FIRST_PERSON or w in GENERIC_YOU for w in low):
        return False
    return not any(t.text == "?" for t in tokens[last:])


__all__ = ["reportative_perfect"]
