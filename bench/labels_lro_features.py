"""Candidates and features of labels-learn's detector of judging descriptions (experiment, bench).

Candidates: judging2's (bench/judging2_features.py: content words in a sentence with a person,
words in a person-aimed shape of wb.dossiers.aimed, adjectives and nouns with a negative CLiPS
polarity) plus the nouns that are compounds on a person noun ("zeurmoeder") and the adjectives
predicated of or attributed to a person whatever their polarity (in the shapes already).

Features: judging2's word-free set (word class, morphology, derivational endings, polarity and
subjectivity, wb's lists, shapes, target, negation, hedges, reported speech, quotes, the
document's kind) plus what generalises to a word never seen in training: the last 2-5 and first
3-4 letters of the lemma, the parts of a compound (a person noun as head, the modifier's polarity
and endings), whether the word is in wb's lexicon (`is_known`), a negative polarity of any
compound part, and the word classes of the two words before and after. `lexical` adds labels21's
lemma features back (word identity), for comparison.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import judging2_features

from wb.dossiers import aimed, judging
from wb.dossiers.lexicon import fold
from wb.nlp import compound_parts, is_known

VARIANTS = ("free", "affix", "parts", "lexical")


@cache
def _parts(word: str) -> tuple[str, ...]:
    return tuple(compound_parts(word)) if len(word) >= 7 else ()


def _person_compound(token: Any) -> bool:
    """A noun whose last compound part is a person noun, not a person noun itself."""
    if token.pos_ != "NOUN":
        return False
    parts = _parts(fold(token.text))
    persons = aimed._persons()
    return len(parts) >= 2 and parts[-1] in persons and fold(token.text) not in persons


def candidates(doc: Any, kind: str = "plain", variant: str = "affix") -> list[tuple[int, dict]]:
    """Every candidate of the document with its features for the variant."""
    found = aimed.shapes(doc)
    pool = set(judging.candidates(doc)) | set(found)
    for t in doc:
        if not (t.is_alpha and len(t.text) >= 3):
            continue
        if t.pos_ in ("ADJ", "NOUN") and (
            judging2_features._negative(fold(t.text))
            or judging2_features._negative(judging._lemma(t))
        ):
            pool.add(t.i)
        elif _person_compound(t):
            pool.add(t.i)
    return [(i, features(doc, i, found.get(i, set()), kind, variant)) for i in sorted(pool)]


def features(doc: Any, i: int, found: set[str], kind: str, variant: str = "affix") -> dict:
    """Named features of candidate i."""
    out = judging2_features.features(doc, i, found, kind, variant == "lexical")
    if variant == "free":
        return out
    token = doc[i]
    word, lemma = fold(token.text), judging._lemma(token)
    stem = lemma if lemma.isalpha() else word
    for n in (2, 3, 4, 5):
        if len(stem) > n + 1:
            out[f"sfx{n}={stem[-n:]}"] = 1.0
    for n in (3, 4):
        if len(stem) > n + 2:
            out[f"pfx{n}={stem[:n]}"] = 1.0
    out["known" if is_known(word) or is_known(lemma) else "unknown"] = 1.0
    parts = _parts(word)
    if len(parts) >= 2:
        out["cmp"] = 1.0
        if parts[-1] in aimed._persons():
            out["cmp:person"] = 1.0
            out[f"cmp:person&{token.pos_}"] = 1.0
        head, mod = parts[-1], parts[0]
        if any(judging2_features._negative(p) for p in parts):
            out["cmp:neg"] = 1.0
        if len(mod) > 4:
            out[f"msfx3={mod[-3:]}"] = 1.0
        if len(head) > 4:
            out[f"hsfx3={head[-3:]}"] = 1.0
        if variant in ("parts", "lexical"):
            out["cmph=" + head] = 1.0
            out["cmpm=" + mod] = 1.0
    sent = token.sent
    for d in (-2, -1, 1, 2):
        j = i + d
        pos = doc[j].pos_ if sent.start <= j < sent.end else "EDGE"
        out[f"n{d:+d}={pos}"] = 1.0
        if d in (-1, 1):
            out[f"n{d:+d}={pos}&{token.pos_}"] = 1.0
    return out
