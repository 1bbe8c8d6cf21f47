"""Schools named before the word "School" ("de Fritz Redl School", "bij High Down School").

A run of one to three capitalised words right before a capitalised "School" names one school
(replaced as SCHOOL, by the policy's named local schools), unless a word of it names a kind of
school (``school_kind_words.txt``: "Summer School", "Montessori School"), is an inflected Dutch
adjective ("Brede School", "Lagere School") or a stop word, or the name is one ordinary word.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import CAP, is_dutch_word, is_ordinary, is_stop_word, norm_name
from wb.dossiers.mentions import Mention
from wb.lang import word_set

NAMED_SCHOOL = re.compile(
    rf"(?<![\w'’-])(?:(?:De|de|Het|het)[ ])?(?P<name>{CAP}(?:[ ]{CAP}){{0,2}})[ ]School(?![\w'’-])"
)


def _kind_word(word: str) -> bool:
    """True for a word that makes "X School" a kind of school rather than its name."""
    low = word.lower()
    adjective = low.endswith(("e", "ische")) and is_dutch_word(low) and not word.isupper()
    return word in word_set("school_kind_words.txt") or adjective or is_stop_word(word)


def named_schools(text: str) -> list[Mention]:
    """ "bij High Down School te Kwarlo": the capitalised words before "School" and the word
    itself are one school's name."""
    if "School" not in text:
        return []
    found = []
    for m in NAMED_SCHOOL.finditer(text):
        words = m["name"].split(" ")
        if any(_kind_word(w) for w in words):
            continue
        if len(words) == 1 and is_ordinary(words[0]):
            continue  # "Kunst School": an ordinary word before it
        start = m.start("name")
        mention = Mention(start, m.end(), "SCHOOL", text[start : m.end()], 1, "named-school")
        mention.key = norm_name(mention.text)
        mention.extra["short"] = m["name"]
        found.append(mention)
    return found
