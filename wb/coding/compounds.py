"""A one-word pattern inside a compound of the text (codebook suggestions with ``expand``).

A researcher writes the word of a topic ("verzuim", "leerplicht", "thuiszitter"); texts write it
as a part of a longer word ("schoolverzuim", "leerplichtwet", "thuiszittersproblematiek"). A
pattern word of at least :data:`MIN_LETTERS` letters matches a text word whose compound split
(wb's lexicon, every part a known word) has it as head or as first part. An agent noun of a
separable verb ("thuiszitter") also finds the verb, whole or split ("zit al maanden thuis").
"""

from __future__ import annotations

from functools import lru_cache

#: Letters a pattern word needs before it is looked for inside compounds (not "rust", "kind").
MIN_LETTERS = 6
#: Letters a text word needs before it is split into parts.
MIN_COMPOUND = 9


@lru_cache(maxsize=65536)
def compound_ends(lemma: str) -> frozenset[str]:
    """The head and the first part (as a lemma, linking s off) of a compound lemma, or none."""
    from wb.nlp import compound_parts, is_known, lemmatize

    if len(lemma) < MIN_COMPOUND or not lemma.isalpha():
        return frozenset()
    parts = compound_parts(lemma)
    if len(parts) < 2 or any(not is_known(p) for p in (parts[0], parts[-1])):
        return frozenset()
    head = parts[-1]
    modifier = lemma[: len(lemma) - len(head)]
    found = {head, parts[0], lemmatize(parts[0]), modifier, lemmatize(modifier)}
    if modifier.endswith("s") and is_known(modifier[:-1]):
        found |= {modifier[:-1], lemmatize(modifier[:-1])}
    return frozenset(w for w in found if len(w) >= MIN_LETTERS and w != lemma and is_known(w))


def agent_verb(word: str) -> str:
    """The separable verb of an agent noun ("thuiszitter" -> "thuiszitten"), or ''."""
    from wb.nlp import is_known
    from wb.nlp.separable import split_separable

    if not word.endswith("er"):
        return ""
    verb = word[:-2] + "en"
    return verb if is_known(verb) and split_separable(verb) else ""
