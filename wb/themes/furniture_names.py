"""Theme names that are institutional or stock furniture (themes-names5): every noun of the name
is a public body, an office, an act of governance, a vague head or a shell noun ("college van
burgemeester", "commissie over de brief", "voornemen van minister", "goede voorbeeld"); such a
name says who acts or how well, not what the theme is about."""

from __future__ import annotations

from collections.abc import Sequence

from wb.lang import word_set
from wb.themes.words import GENERIC_WORDS, LINKS, ROLE_WORDS, VAGUE_HEADS, _in_heads, is_vague

FURNITURE_NOUNS = word_set("theme_furniture_nouns.txt")


def _furniture_word(word: str, bodies: bool = True) -> bool:
    """True for a body (unless not ``bodies``), office, act of governance, vague head or shell
    noun (lemma or plural)."""
    from wb.themes.lead_nouns import BODY_NOUNS

    if bodies and _in_heads(word, BODY_NOUNS):
        return True
    return any(_in_heads(word, s) for s in (FURNITURE_NOUNS, VAGUE_HEADS)) or (
        is_vague(word) or _in_heads(word, GENERIC_WORDS)
    )


def name_nouns(name: str) -> list[str]:
    """The nouns of a phrase name ADJ* NOUN (LINK DET? ADJ* NOUN)?: its head and its last word."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in LINKS), len(words))
    nouns = [words[cut - 1]]
    if cut < len(words):
        nouns.append(words[-1])
    return nouns


def is_furniture_name(name: str, lemmas: Sequence[str] = ()) -> bool:
    """True when every noun of a name is furniture, as written or (given
    the lemmas of the name's words, in order) as lemma; "X en Y" when X or Y is an office, act or
    stock noun. A
    body with only an adjective ("gecertificeerde instelling", a term of the field) is left to
    the body rule of :func:`wb.themes.phrase_names.theme_label` (themes21); one word is furniture
    only as an office ("wethouder")."""
    words = name.lower().split()
    if len(words) == 1:  # an office alone ("wethouder"); an act alone may be a topic
        forms = (words[0], *lemmas[:1])
        return any(_in_heads(w, FURNITURE_NOUNS) and w in ROLE_WORDS for w in forms)
    if "en" in words:  # "X en Y" with a stock or office noun ("geld en voorbeeld")
        return any(w != "en" and _in_heads(w, FURNITURE_NOUNS) for w in words)
    nouns = name_nouns(name)
    if len(lemmas) == len(words):
        cut = next((i for i, w in enumerate(words) if i and w in LINKS), len(words))
        lemma_nouns = [lemmas[cut - 1]] + ([lemmas[-1]] if cut < len(words) else [])
    else:
        lemma_nouns = nouns
    bodies = len(nouns) > 1
    return all(
        _furniture_word(w, bodies) or _furniture_word(lw, bodies)
        for w, lw in zip(nouns, lemma_nouns, strict=True)
    )


def specific_keywords(keywords: Sequence[str]) -> bool:
    """True when two of the five best keywords are no furniture: a better name can be found
    (one alone, "kost" of a committee's letter, names no topic better than the letter does)."""
    return sum(not _furniture_word(w.lower()) for w in keywords[:5]) >= 2


def is_furniture_word(word: str) -> bool:
    """True for a body, office, act of governance, vague head or shell noun."""
    return _furniture_word(word.lower())
