"""A term named as a word that someone coined (labels26).

"Toen Gardner de term PAS introduceerde stelde hij dat ...", "Gardner bedacht het begrip X",
"de term X werd in 1985 geïntroduceerd": the term right after a word for words ("de term",
"het begrip", ``voice_word_nouns.txt``), in a clause whose verb coins or introduces a word
(``voice_coining_verbs.txt``), is named as a word, not applied to anyone: voice ``discussed``,
also when a reporting verb of the coiner follows (the attribution rules would read "stelde hij"
as his judgement). "Vader gebruikt de term X" stays with the attribution rules.

Without a verb of coining, a term right after a word for words is named as a word too when its
sentence has no verb of using or applying a word (``voice_word_use_verbs.txt``: gebruiken,
hanteren, noemen, ...): "Eerst even naar de term X, die gisteren weer onderwerp van gesprek
is." In the tune texts every gold occurrence right after a word for words is discussed; the
synthetic dossiers' "Beide ouders gebruiken het woord X om hun situatie te beschrijven" is
attributed.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import WORD_NOUNS
from wb.lang import word_set

COINING_VERBS = word_set("voice_coining_verbs.txt")
USE_VERBS = word_set("voice_word_use_verbs.txt")
_EDGES = frozenset({",", ";", ":", ".", "?", "!", "(", ")", "–", "—"})
_QUOTES = QUOTE_MARKS


def _edge(token: Any) -> bool:
    return token.text in _EDGES or "\n" in token.text or token.pos_ == "SCONJ"


def coined(tokens: list[Any], at: int) -> bool:
    """True for a term right after a word for words in a clause with a verb of coining, or in a
    sentence without a verb of using a word."""
    k = at - 1
    while k >= 0 and (tokens[k].is_space or tokens[k].text in _QUOTES):
        k -= 1
    if k < 0 or tokens[k].lower_ not in WORD_NOUNS:
        return False
    first = k
    while first > 0 and not _edge(tokens[first - 1]):
        first -= 1
    last = at
    while last < len(tokens) and not _edge(tokens[last]):
        last += 1
    if any(
        t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in COINING_VERBS for t in tokens[first:last]
    ):
        return True
    return not any(t.pos_ in {"VERB", "AUX"} and t.lemma_.lower() in USE_VERBS for t in tokens)


__all__ = ["COINING_VERBS", "USE_VERBS", "coined"]
