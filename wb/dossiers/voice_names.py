"""Rule B of wb.dossiers.voice, for a term inside a capitalised name of several words.

A lexicon form that stands inside the name of a programme, organisation or title ("het
programma Kinderen uit de Knel", "de stichting Ouders in de Knel", a book "Vader uit Beeld") is
talked about, not applied to a family (issue 11 §1: "named in a title or an organisation name";
the knel-policy of bench/README.md). :func:`wb.dossiers.voice_discussed.title_case` covers a
term whose own first word is capitalised ("Dag van de Ouderverstoting"); this rule covers a term
that opens with a lowercase link word and has its capital further on ("uit de Knel").

The shape: every word of the term is capitalised or a link word (an article, preposition or
conjunction in lowercase, or a name particle of ``voice_name_particles.txt``), at least one
capitalised word of the term stands inside the sentence (not as its first word), and the name
it belongs to, read over link words to the left and right, holds a capitalised word outside the
term (a capitalised term on its own, "sprake van Parental Alienation", is no name).
"""

from __future__ import annotations

from typing import Any

from wb.lang import word_set

_NAME_PARTICLES = word_set("voice_name_particles.txt")
_LINK_POS = frozenset({"ADP", "DET", "CCONJ"})
_MAX_LINKS = 3  # "Kinderen uit de Knel": two link words between the capitals
_BREAKS = frozenset({".", ":", "!", "?", ";"})


def _capital(token: Any) -> bool:
    """A word that starts with a capital and is not written in capitals only (an acronym)."""
    word = token.text
    return word[:1].isupper() and not word.isupper() and any(c.isalpha() for c in word)


def _link(token: Any) -> bool:
    """A lowercase article, preposition or conjunction inside a name ("uit", "de", "en")."""
    word = token.text
    if not word.isalpha() or not word.islower():
        return False
    return word in _NAME_PARTICLES or token.pos_ in _LINK_POS


def _opens(tokens: list[Any], k: int) -> bool:
    """True when token k opens its sentence or line: its capital says nothing about a name."""
    return k == 0 or tokens[k - 1].text in _BREAKS or tokens[k - 1].is_space


def _capitals_left(tokens: list[Any], at: int) -> int:
    """Capitalised words of the name to the left of the term, read over link words."""
    count, links, k = 0, 0, at - 1
    while k >= 0:
        token = tokens[k]
        if _capital(token):
            count, links = count + 1, 0
        elif _link(token) and links < _MAX_LINKS:
            links += 1
        else:
            break
        if _opens(tokens, k):
            break
        k -= 1
    return count


def _capitals_right(tokens: list[Any], upto: int) -> int:
    """Capitalised words of the name to the right of the term, read over link words."""
    count, links = 0, 0
    for token in tokens[upto:]:
        if _capital(token):
            count, links = count + 1, 0
        elif _link(token) and links < _MAX_LINKS:
            links += 1
        else:
            break
    return count


def inside_name(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term inside a capitalised name of several words: "het programma Kinderen uit
    de Knel", "het project ‘Ouders uit de Knel’" (not "kinderen komen in de knel")."""
    words = [t for t in tokens[at:upto] if not (t.is_punct or t.is_space)]
    if not words or not any(_capital(t) for t in words):
        return False
    if not all(_capital(t) or _link(t) for t in words):
        return False
    inner = [k for k in range(at, upto) if _capital(tokens[k]) and not _opens(tokens, k)]
    if not inner:
        return False  # "Klem zitten is ...": the capital opens the sentence
    # the name goes on beyond the term: "sprake van Parental Alienation" is the term alone
    return _capitals_left(tokens, at) + _capitals_right(tokens, upto) >= 1


__all__ = ["inside_name"]
