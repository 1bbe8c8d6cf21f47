"""Word forms that look like nouns but are no topic of a theme (themes11).

* An old dative of a frozen expression ("koste" of "ten koste van", "harte" of "van harte",
  "wille" of "ter wille van", "tijde" of "te allen tijde", "feite" of "in feite"): the tagger
  calls it a noun and lemmatises it to the living noun ("kost", "hart"), so without this rule
  "ten koste van de kinderen" would count as a passage about costs. Its shape: the written form
  is the lemma plus an "e" (with the spelling of a long vowel or voiced consonant: "huize",
  "name", "zake") and the Dutch word list holds the form without a noun flag or not at all
  (a living noun in -e, "ziekte", "aarde", "einde", has its own noun entry).
* A genitive of a pronoun ("ieders", "iemands", "niemands"): the tagger may call it a noun, but
  it is a determiner ("rekening met ieders wensen"); a theme name must not end in it. Its shape:
  a function word plus "s" that the word list does not hold as a noun ("kans", "mens" stay).
* The noun of a frozen expression that is no topic ("zijde" of "van de zijde van de vader",
  "aan de zijde van", "ter zijde", ``theme_frozen_expressions.txt``, themes12): it says who acts,
  not what the passage is about; no keyword, no part of a noun phrase, no head of a theme name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wb.lang import words
from wb.themes.words import _flags, dictionary, function_words

# frozen expressions whose every word is no topic ("van * zijde"); "*" is any one word
FROZEN_EXPRESSIONS = tuple(tuple(line.split()) for line in words("theme_frozen_expressions.txt"))

# the word class lemma_pairs gives an old dative: no NOUN, so no keyword, and not counted among
# the written forms of the living noun's lemma ("koste" is never shown for "kost")
FROZEN = "FROZEN"


def _noun_entry(form: str) -> bool | None:
    """True when the word list holds the form with a noun flag, False when without one, None
    without a word list."""
    if dictionary() is None:
        return None
    flags = _flags(form)
    return bool(flags) and any(f[:1] in ("Z", "Y", "S") for f in flags)


def _dative_spellings(lemma: str) -> set[str]:
    """The lemma with an old dative -e as Dutch spells it: "kost" -> "koste", "wil" ->
    "wille", "huis" -> "huize", "naam" -> "name", "zaak" -> "zake"."""
    voiced = {"s": "z", "f": "v"}
    out = {lemma + "e"}
    if len(lemma) >= 2 and lemma[-1] not in "aeiouy" and lemma[-2] in "aeiou":
        out.add(lemma + lemma[-1] + "e")  # a short vowel keeps its sound: wil -> wille
    if lemma[-1:] in voiced:
        out.add(lemma[:-1] + voiced[lemma[-1]] + "e")
    if len(lemma) >= 4 and lemma[-2] == lemma[-3] and lemma[-2] in "aeou":
        stem = lemma[:-2] + lemma[-1]  # a long vowel is written single before -e: naam -> name
        out.add(stem + "e")
        if lemma[-1] in voiced:
            out.add(stem[:-1] + voiced[lemma[-1]] + "e")
    return out


def is_old_dative(written: str, lemma: str, pos: str) -> bool:
    """True for a frozen old dative the tagger calls a noun ("koste" with lemma "kost")."""
    low, lemma = written.lower(), lemma.lower()
    if pos != "NOUN" or low == lemma or lemma.endswith("e"):
        return False
    if low not in _dative_spellings(lemma):
        return False
    return _noun_entry(low) is False


def is_pronoun_genitive(written: str) -> bool:
    """True for a genitive of a pronoun or other function word ("ieders", "iemands")."""
    low = written.lower()
    if len(low) < 4 or not low.endswith("s") or low[:-1] not in function_words():
        return False
    return _noun_entry(low) is False


def frozen_form(word: Any) -> bool:
    """True for a tagged word (``wb.themes.embed.Word``) that is an old dative or a pronoun
    genitive: no noun of a noun phrase."""
    return is_old_dative(word.text, word.lemma, word.pos) or is_pronoun_genitive(word.text)


def frozen_expression_words(tokens: Sequence[Any]) -> frozenset[int]:
    """Indexes of the words of frozen expressions ("van de zijde van", "ter zijde",
    ``theme_frozen_expressions.txt``) among tagged words (``wb.themes.embed.Word``)."""
    low = [w.text.lower() for w in tokens]
    out: set[int] = set()
    for expr in FROZEN_EXPRESSIONS:
        n = len(expr)
        for i in range(len(low) - n + 1):
            if all(e == "*" or e == w for e, w in zip(expr, low[i : i + n], strict=True)):
                out.update(range(i, i + n))
    return frozenset(out)
