"""Verbs the offline tagger takes for a function word ("beeldbellen", "videobellen", "appen").

The tagger reads an infinitive it does not know, often a Dutch-English compound or a loanword
used as a noun ("Videobellen is lastig", "Beeldbellen of appen als vorm van omgang"), as a
pronoun or an adverb, and the lemma of such a word may be clipped ("videobel"). A code
suggestion then loses the word of its topic, in the codebook and in the text alike. A word
tagged so counts as a verb with its infinitive as lemma when it ends in "-en", is no known
function word (the lexicon marks no adverb, adposition, determiner or pronoun for it) and is a
known infinitive itself, an unknown compound of a noun and a known verb ("beeldbellen": "beeld"
+ "bellen") or a word the lexicon has as its own lemma without a class, made of a known word and
"-en" ("appen": "app"). The compound's parts also become features (:func:`verb_head`), where
wb's compound split clips the verb ("videobellen": "video" + "bel").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: Tags of the function words a mistagged infinitive turns up as ("" or False: rule off).
FUNCTION_TAGS = frozenset({"PRON", "ADV", "DET", "ADP", "X"})
#: Letters the word needs ("appen" has five).
MIN_LETTERS = 5
#: Letters a compound infinitive's first part needs ("beeld", "video").
HEAD_FIRST = 4
#: Compound infinitives give their parts to the features (False: off).
HEADS = True
#: The lexicon's word-class bits of function words (adverb, adposition, determiner, pronoun).
CLOSED_BITS = 8 | 16 | 32 | 64


@lru_cache(maxsize=65536)
def infinitive(lower: str) -> str:
    """The word itself when it reads as an infinitive the tagger may miss, else ''."""
    from wb.nlp.lexicon import get_lexicon

    if len(lower) < MIN_LETTERS or not lower.isalpha() or not lower.endswith("en"):
        return ""
    lexicon = get_lexicon()
    if lexicon.pos_mask.get(lower, 0) & CLOSED_BITS:
        return ""
    if lower in lexicon.verbs:
        return lower  # a known infinitive ("kunnen"), not a participle ("geleden")
    stem = lower[:-2]
    own = lexicon.table.get(lower) == lower and lower not in lexicon.pos_mask
    if own and len(stem) >= 3 and stem in lexicon.lemmas:
        return lower  # a loanword's verb the lexicon has only as a noun: "appen" ("app")
    if verb_head(lower):
        return lower
    return ""


def mistagged_verb(token: Any) -> str:
    """The infinitive of a token tagged as a function word that is a verb, else ''."""
    if not FUNCTION_TAGS or getattr(token, "pos_", "") not in FUNCTION_TAGS:
        return ""
    return infinitive(token.lower_)


@lru_cache(maxsize=65536)
def verb_head(lower: str) -> tuple[str, ...]:
    """An unknown compound infinitive's first part (a noun) and verb head ("videobellen":
    "video", "bellen"), the longest head first; () when it is none."""
    from wb.nlp.lexicon import get_lexicon

    if not HEADS or not lower.isalpha() or not lower.endswith("en"):
        return ()
    lexicon = get_lexicon()
    if lower in lexicon.verbs or lower in lexicon.table:
        return ()  # a verb the lexicon knows whole: "vertrouwen", "kennisnemen"
    for cut in range(HEAD_FIRST, len(lower) - MIN_LETTERS + 1):
        first, head = lower[:cut], lower[cut:]
        if head in lexicon.verbs and lexicon.pos_mask.get(first, 0) & 1:
            return (first, head)
    return ()
