"""Theme names that are institutional or stock furniture (themes-names5): every noun of the name
is a public body, an office, an act of governance, a vague head or a shell noun ("college van
burgemeester", "commissie over de brief", "voornemen van minister", "goede voorbeeld"); such a
name says who acts or how well, not what the theme is about."""

from __future__ import annotations

from collections.abc import Sequence

from wb.lang import word_set
from wb.themes.words import GENERIC_WORDS, LINKS, VAGUE_HEADS, _in_heads, is_vague

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
    """True when every noun of a name of two words or more is furniture, as written or (given
    the lemmas of the name's words, in order) as lemma; "X en Y" is never furniture here. A
    body with only an adjective ("gecertificeerde instelling", a term of the field) is left to
    the body rule of :func:`wb.themes.phrase_names.theme_label` (themes21)."""
    words = name.lower().split()
    if len(words) < 2 or "en" in words:
        return False
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
    """True when one of the five best keywords is no furniture: a better name can be found."""
    return any(not _furniture_word(w.lower()) for w in keywords[:5])
