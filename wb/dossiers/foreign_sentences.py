"""The first word of a sentence in another language ("Dêrom bin ik ek altyd ...", "It is no
aanst ..."): a Frisian, English or other foreign quote inside a Dutch text. Such a word is
capitalised by its place only; with no lexicon of that language, the sign is that most words
of the rest of the sentence are no Dutch words."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import is_dutch_word, is_known_name

# the rest of the sentence: up to its end, a line break or 160 characters
REST = re.compile(r"[^.!?\n]{0,160}")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][a-zà-ÿ'’]+(?![\w'’-])")
MIN_WORDS = 4
MIN_SHARE = 0.4


def foreign_sentence(text: str, at: int) -> bool:
    """True when the rest of the sentence from ``at`` holds four lowercase words or more and
    at least 40% of them are no Dutch words ("bin ik ek altyd thús bleaun"; Frisian
    shares many short words with Dutch)."""
    rest = REST.match(text, at)
    words = LOWER_WORD.findall(rest[0]) if rest else []
    if len(words) < MIN_WORDS:
        return False
    unknown = sum(not is_dutch_word(w) for w in words)
    return unknown >= MIN_SHARE * len(words)


def foreign_first_word(text: str, start: int, end: int) -> bool:
    """True when the capitalised word at ``start:end`` opens a foreign sentence and is no name:
    no known name, or a known one the text also writes in lowercase ("It is no ..." and
    "it" elsewhere in a Frisian quote)."""
    if not foreign_sentence(text, end):
        return False
    word = text[start:end]
    if not is_known_name(word):
        return True
    low = word.lower()
    return low != word and re.search(rf"(?<![\w@./:-]){re.escape(low)}(?![\w-])", text) is not None
