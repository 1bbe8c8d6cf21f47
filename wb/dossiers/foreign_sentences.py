"""The first word of a sentence in another language ("Dêrom bin ik ek altyd ...", "It is no
aanst ..."): a Frisian, English or other foreign quote inside a Dutch text. Such a word is
capitalised by its place only; with no lexicon of that language, the sign is that most words
of the rest of the sentence are no Dutch words."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import is_dutch_word, is_known_name
from wb.lang import word_set

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


def english_sentence(text: str, at: int) -> bool:
    """True when the rest of the sentence from ``at`` holds two English function words or more
    ("Experience is the best teacher.")."""
    rest = re.match(r"[^.!?\n]{0,160}", text[at:])
    english = word_set("english_function_words.txt")
    return sum(w in english for w in re.findall(r"[a-z]+", rest[0] if rest else "")) >= 2


def frisian_start(word: str, text: str, at: int) -> bool:
    """True when the rest of the sentence from ``at`` holds two Frisian words or more
    (``frisian_function_words.txt``: "Dêrom bin ik ek altyd ...") and its first word is no known
    name or is itself Frisian ("It is no ...")."""
    frisian = word_set("frisian_function_words.txt")
    if is_known_name(word) and word.lower() not in frisian:
        return False
    rest = re.match(r"[^.!?\n]{0,160}", text[at:])
    return sum(w in frisian for w in re.findall(r"[^\W\d_]+", rest[0] if rest else "")) >= 2


def foreign_start(text: str, start: int, end: int) -> bool:
    """True when the capitalised word at ``start:end`` opens an English, Frisian or other
    foreign sentence and is no name (the three signs above, each with its own name check)."""
    word = text[start:end]
    if not is_known_name(word) and english_sentence(text, end):
        return True  # "Currently, there are ...": an English sentence's first word
    if foreign_first_word(text, start, end):
        return True  # "Dêrom bin ik ek ...": most words of the rest are no Dutch words
    return frisian_start(word, text, end)  # "It is no ...": two Frisian words
