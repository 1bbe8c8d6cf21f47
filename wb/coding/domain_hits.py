"""Pattern hits of the domain's own words: they do not silence the other codes' descriptions.

A codebook whose codes all treat one field writes its field's words in many codes' texts
("gemeente" in the description of a policy code and in the includes of three codes about the
care a municipality grants, "ouders" in most codes of a custody codebook). A pattern made of
such words alone (``gemeenten``, ``{all: [toestemming, ouders]}``) names the field, not which
part of it a sentence treats. Elsewhere a pattern hit makes a sentence's description words
silent ("the description is the fallback for a sentence no pattern speaks for"); a hit of
domain words alone does not: the other codes' descriptions still speak there, and where an
unrelated code has its own evidence in the sentence (its description, or a pattern of words
that are not the field's), the domain hit yields to it (:func:`yielding`, ``YIELDS``; codes23,
after codes20).

A pattern's words are *domain words* when every one of their lemmas is written by at least
``MIN_SHARE`` codes' texts and by at least a third of the codebook's codes (``SHARE_OF_CODES``;
the model's ``share_``: name, description, include, examples, patterns): 4 of a codebook of
12 codes, 19 of the 56 of the synthetic leernetwerk codebook, where 4 codes are one branch.
Computed from the codebook alone; nothing is listed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from wb.coding import competing
from wb.coding.suggestion import Suggestion

#: Fewest codes whose texts write every lemma of a pattern for its hit to be a domain hit
#: (0 = off: every pattern hit silences the descriptions, as before codes23;
#: ``Suggester(..., domain_share=0)``).
MIN_SHARE = 4
#: ... and at least this share of the codebook's codes.
SHARE_OF_CODES = 1 / 3
#: A code found only by domain-word hits goes where an unrelated code has its own evidence in
#: the sentence (its own pattern words or its description): the field's word yields to the
#: code that says which part of the field the sentence treats (``domain_yields=False``: both).
YIELDS = True
#: A phrase of two words or more ("huiselijk geweld") is a term of its own, never a domain hit;
#: only one-word and all-of patterns can be.
TERMS = True


def min_share(codes: int, least: int = MIN_SHARE) -> int:
    """Fewest codes whose texts write a lemma for it to be a domain word, in a codebook of
    `codes` codes (0 when `least` is 0: off)."""
    if least <= 0:
        return 0
    return max(least, math.ceil(codes * SHARE_OF_CODES - 1e-9))


def is_domain_hit(
    s: Suggestion,
    words: Mapping[tuple[str, str], frozenset[str]],
    lemmas: Mapping[frozenset[str], frozenset[str]],
    share: Mapping[str, int],
    min_share: int = MIN_SHARE,
) -> bool:
    """True when every lemma of the hit's pattern is written by `min_share` codes or more.

    `words`: per (code, rule) the pattern's words (``competing.pattern_words``); `lemmas`: per
    pattern's words their lemmas (``competing.pattern_lemmas``); `share`: per lemma the number of
    codes whose text writes it. A regex or token pattern (no words) is never a domain hit."""
    if min_share <= 0:
        return False
    ws = words.get((s.code, s.rule))
    if not ws:
        return False
    if TERMS and len(ws) > 1 and not s.rule.startswith('{"all"'):
        return False  # a phrase: a term
    found = lemmas.get(ws, ws)
    return bool(found) and all(share.get(x, 0) >= min_share for x in found)


def yielding(
    hits: list[Suggestion],
    speaking: list[Suggestion],
    candidates: Mapping[str, Any],
    perspective: set[str],
) -> list[str]:
    """Codes found by domain-word hits alone in a sentence where an unrelated code has its own
    evidence (a pattern of its own words or its description): that code says the topic. Who
    speaks (a perspective code) is no topic to yield to."""
    weak = {s.code for s in hits} - {s.code for s in speaking}
    others = [c for c in candidates if c not in weak and c not in perspective]
    return [
        code
        for code in sorted(weak)
        if code in candidates and any(not competing.related(code, other) for other in others)
    ]


__all__ = [
    "MIN_SHARE",
    "SHARE_OF_CODES",
    "TERMS",
    "YIELDS",
    "is_domain_hit",
    "min_share",
    "yielding",
]
