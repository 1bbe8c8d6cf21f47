"""A compound whose head types a person by a judgement: "straatterroristen", "winkelterroristen",
"huistiran" (labels-aimed5).

A noun (NOUN, PROPN or X: the tagger reads such words as names or foreign now and then) whose
folded text or lemma, without a plural ending ("-en", "-s", "'s", a doubled last consonant),
ends in a head of ``wb/lang/nl/description_judging_heads.txt`` (a noun that names a person by
what they do to others when it heads a compound: terrorist, tiran) or of
``description_person_judgements.txt`` (at least six letters: pestkop, leugenaar; "etter" hides
in "hoofdletter"), after
a first part of at least three letters (two before a hyphen: "IS-terroristen"; not "te
pletter") that is no prefix of ``description_judging_head_prefixes.txt``
("anti-", "ex-"). The word alone is left to the other rules ("terroristen" names a crime, not a
judged parent or child). The span is the word.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import words

_MIN_HEAD = 6  # shorter words hide in others: "etter" in "hoofdletter"
_MIN_FIRST = 3  # letters of a first part without a hyphen


@cache
def _heads() -> frozenset[str]:
    own = {fold(w) for w in words("description_judging_heads.txt")}
    typed = {fold(w) for w in words("description_person_judgements.txt")}
    return frozenset(own | {w for w in typed if len(w) >= _MIN_HEAD})


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_judging_head_prefixes.txt"))


def _singulars(word: str) -> set[str]:
    """The word and its forms without a plural ending: "terroristen": terrorist,
    "pestkoppen": pestkop, "tirannen": tiran."""
    out = {word}
    for ending in ("'s", "en", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            stem = word[: -len(ending)]
            out.add(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
    return out


def _judging_head(token: Any) -> bool:
    if token.pos_ not in {"NOUN", "PROPN", "X"}:
        return False
    for key in {fold(token.text), fold(token.lemma_)}:
        for form in _singulars(key):
            for head in _heads():
                if not form.endswith(head):
                    continue
                first = form[: -len(head)]
                # "IS-terroristen": two letters with a hyphen; not "pletter" (etter)
                least = 2 if first.endswith("-") else _MIN_FIRST
                first = first.rstrip("-")
                if len(first) >= least and first.isalpha() and first not in _prefixes():
                    return True
    return False


def judging_head(token: Any) -> bool:
    """Whether the token is a compound with a judging person head (see the module doc)."""
    return _judging_head(token)


def find_judging_heads(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of compounds with a judging person head (see the module doc)."""
    return [(t.idx, t.idx + len(t.text)) for t in doc if _judging_head(t)]


__all__ = ["find_judging_heads", "judging_head"]
