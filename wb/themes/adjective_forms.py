"""Attributive adjectives of a theme name in the form a reader expects (themes-adjform).

Decisions (issue 11 §3: a name a leernetwerk member recognises, no lemma errors):

* A name is picked from the written forms of its passages; two forms of one phrase that differ
  only in the adjective ("concreet maatregelen", "concrete maatregelen") tie, and the tie went
  to the uninflected form. An adjective of the name that the passages write directly before
  the name's next word, as the tagger's ADJ before a NOUN, in its lemma form ("concreet") gets
  its inflected form when the passages write that form before the noun at least as often, and
  always before a plural noun (a Dutch attributive adjective takes -e there).
* The inflected form is one the passages write for that adjective before that noun, else the
  regular Dutch -e: a doubled vowel is written once ("concreet" -> "concrete", "groot" ->
  "grote"), a consonant after a short stressed vowel is doubled ("wit" -> "witte"), s and f
  after a long vowel are voiced ("boos" -> "boze", "lief" -> "lieve"); an adjective ending in a
  vowel or in -en ("extra", "gesloten") stays as it is.
* A word the passages never write as an adjective before the next word of the name is left
  alone: only the surface form changes, never which phrase names the theme.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

_VOWELS = "aeiouy"
# unstressed last syllables: no doubled consonant ("moedige", "lekkere", "simpele")
_UNSTRESSED = ("ig", "er", "el", "em", "en", "erd")


def inflected_adjective(lemma: str) -> str:
    """The regular attributive (-e) form of a Dutch adjective lemma ("groot" -> "grote")."""
    w = lemma.lower()
    if len(w) < 2 or w[-1] in _VOWELS or w.endswith("en") or not w.isalpha():
        return w
    voiced = {"s": "z", "f": "v"}
    # a long vowel written double before one consonant is written once in the open syllable
    if m := re.search(r"(?:^|[^aeiou])(aa|ee|oo|uu)([b-df-hj-np-tv-z])$", w):
        return w[: m.start(1) + 1] + voiced.get(m.group(2), m.group(2)) + "e"
    # a diphthong or long vowel before s/f: voiced ("lief" -> "lieve", "wijs" -> "wijze")
    if re.search(r"(ie|ij|ei|ui|ou|eu|au)[sf]$", w):
        return w[:-1] + voiced[w[-1]] + "e"
    # one short vowel before one consonant in a stressed last syllable: doubled ("wit")
    syllables = len(re.findall(r"[aeiouy]+", w))
    unstressed = syllables > 1 and w.endswith(_UNSTRESSED)
    if re.search(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$", w) and not unstressed:
        if w[-1] not in "wxj":
            return w + w[-1] + "e"
    return w + "e"


def _plural(text: str, lemma: str) -> bool:
    """True when a noun is written as a regular plural of its lemma (-en, -s, -eren, -n)."""
    text, lemma = text.lower(), lemma.lower()
    if text == lemma or not text.endswith(("en", "s", "n")):
        return False
    return not text.endswith(("je", "jes", "tje")) or lemma.endswith(("je", "jes"))


def _adjective_pairs(
    passages: Sequence[str],
) -> tuple[dict[tuple[str, str], Counter[str]], dict[str, bool]]:
    """(written forms of each adjective lemma before a written noun, whether each written noun
    is a plural) of the passages, by the tagger's word classes."""
    from wb.themes.embed import tagged_words

    pairs: dict[tuple[str, str], Counter[str]] = {}
    plural: dict[str, bool] = {}
    for text, words in zip(passages, tagged_words(list(passages)), strict=True):
        for a, b in pairwise(words):
            if a.pos != "ADJ" or b.pos != "NOUN":
                continue
            if text[a.start + len(a.text) : b.start].strip():
                continue
            noun = b.text.lower()
            pairs.setdefault((a.lemma.lower(), noun), Counter())[a.text.lower()] += 1
            plural[noun] = plural.get(noun, False) or _plural(b.text, b.lemma)
    return pairs, plural


def _inflected_seen(lemma: str, forms: Counter[str]) -> str:
    """The -e form of the adjective the passages write (the regular one first), or the regular
    one; no comparative or superlative ("grotere", "grootste")."""
    rule = inflected_adjective(lemma)
    if rule in forms:
        return rule
    seen = [
        f
        for f in forms
        if f != lemma
        and f.endswith("e")
        and (not f.endswith("ere") or lemma.endswith("er"))
        and (not f.endswith("ste") or lemma.endswith("st"))
    ]
    return max(seen, key=lambda f: (forms[f], f)) if seen else rule


def reader_form(name: str, passages: Sequence[str]) -> str:
    """The name with each uninflected attributive adjective in its inflected form when the
    passages write that form before the next word at least as often, or that word is a plural
    ("concreet maatregelen" -> "concrete maatregelen")."""
    words = name.split()
    if len(words) < 2 or not passages:
        return name
    pairs, plural = _adjective_pairs(passages)
    out = list(words)
    for i in range(len(words) - 1):
        word, noun = words[i].lower(), words[i + 1].lower().strip(",")
        if not word.isalpha():
            continue
        for (lemma, n), forms in sorted(pairs.items()):
            if n != noun or word not in forms or word != lemma:
                continue
            inflected = _inflected_seen(lemma, forms)
            if inflected != word and (plural.get(noun) or forms[inflected] >= forms[word]):
                out[i] = inflected
                break
    return " ".join(out)
