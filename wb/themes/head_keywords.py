"""Keywords that show the theme name's head (themes-words, issue 11 §3).

A theme's name is a phrase of its passages ("personeel in de jeugdzorg") and its keywords are
the ten words c-TF-IDF and MMR rank highest; often the name's head noun is a keyword at rank 6-10
or one of the theme's 30 most distinctive words that MMR left out, so name and keywords seem to
say different things. The name's head then leads the keyword list; a head that is none of those
words, or a body or office (furniture_names), is not added.
"""

from __future__ import annotations

from collections.abc import Sequence

TOP = 5  # the keywords a reader sees first (the bench's "head among the five best keywords")


def name_head(name: str) -> str:
    """The head noun of a theme name: the last word before its first link word, "en" or comma
    ("personeel" of "personeel in de jeugdzorg")."""
    from wb.themes.words import LINKS

    head = ""
    for w in name.lower().split():
        word = w.strip(",")
        if word in LINKS or word == "en":
            break
        head = word
        if w.endswith(","):
            break
    return head


def _matches(head: str, keyword: str, lemma: str) -> bool:
    """True when a name's head is the keyword or its lemma, also as a regular plural."""
    from wb.themes.words import _in_heads

    forms = {keyword, lemma} - {""}
    return head in forms or _in_heads(head, forms) or head.rstrip("s") in forms


def keywords_with_head(
    name: str,
    keywords: Sequence[str],
    lemmas: Sequence[str],
    candidates: Sequence[str] = (),
    candidate_lemmas: Sequence[str] = (),
    size: int = 10,
) -> tuple[list[str], list[str]]:
    """(keywords, lemmas) with the name's head first when it is a keyword below the five best,
    or else one of ``candidates`` (the theme's distinctive words beyond its keywords, with their
    lemmas); the list grows to at most ``size``. Otherwise the keywords as they are."""
    keywords, lemmas = list(keywords), list(lemmas)
    from wb.themes.furniture_names import is_furniture_word

    head = name_head(name)
    # a body or office ("college van burgemeester") says who acts, not what the theme is about
    if not head or not keywords or is_furniture_word(head):
        return keywords, lemmas
    lem = lemmas + [""] * (len(keywords) - len(lemmas))
    if any(_matches(head, k, m) for k, m in zip(keywords[:TOP], lem[:TOP], strict=True)):
        return keywords, lemmas
    for i, (k, m) in enumerate(zip(keywords, lem, strict=True)):
        if i >= TOP and _matches(head, k, m):
            return [k, *keywords[:i], *keywords[i + 1 :]], [m, *lem[:i], *lem[i + 1 :]][
                : len(lemmas)
            ]
    c_lem = list(candidate_lemmas) + [""] * (len(candidates) - len(candidate_lemmas))
    for k, m in zip(candidates, c_lem, strict=True):
        if k not in keywords and _matches(head, k, m):
            keep = size - 1
            return [k, *keywords[:keep]], [m, *lem[:keep]][: len(lemmas) + 1]
    return keywords, lemmas


__all__ = ["TOP", "keywords_with_head", "name_head"]
