"""One word written several ways: digits for number words, and words run together in a name.

A programme or a website is often written as one token of words and digits ("1Gezin1Plan",
"Samen1Plan.nl", "VeiligThuis"); a codebook writes the same words apart ("één gezin één plan",
"veilig thuis"). For code suggestions a digit counts as its number word
(``wb/lang/nl/number_words.txt``: "1" is "één"), and a token that joins words, at a digit or at
a capital after a small letter, counts as its parts: pattern words find them (all-of patterns,
and a phrase whose words all stand inside the token). The description does not read the parts
(measured in codes19: no row of any set moved).
A web address's ending (".nl") is no part. Plain words, numbers ("2015") and codes written in
capitals ("AVG", "1G1P") are left as they are.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wb.lang import table

#: Read a token that joins words as its parts in patterns; off: as before codes19.
SPLIT_JOINED = True
#: A digit counts as its number word in patterns ("1" finds the pattern word "één").
DIGIT_WORDS = True

_PIECES = re.compile(r"\d+|[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]+|[A-ZÀ-Ý]+(?![a-zà-ÿ])")
_WEB_END = re.compile(r"\.(?:nl|be|com|org|eu|net|info)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _numbers() -> dict[str, str]:
    return dict(table("number_words.txt", 2))


def number_word(text: str) -> str:
    """The number word of a digit string ("1" -> "één"), or ''."""
    return _numbers().get(text, "") if DIGIT_WORDS else ""


def joined_parts(text: str) -> tuple[str, ...]:
    """The lowercase words a token joins ("1Gezin1Plan" -> één, gezin, één, plan), digits as
    number words; () when the token is one word, a number or a code in capitals."""
    if not SPLIT_JOINED or (not DIGIT_WORDS and any(ch.isdigit() for ch in text)):
        return ()
    return _split(text)


@lru_cache(maxsize=65536)
def _split(text: str) -> tuple[str, ...]:
    core = _WEB_END.sub("", text)
    bare = core.replace("-", "")
    if not bare.isalnum() or not any(ch.isalpha() for ch in bare):
        return ()
    # words run together show where they meet: a digit between letters, or a capital after a
    # small letter ("VeiligThuis"); a hyphen alone joins a compound ("jeugd-ggz"), no name
    if not re.search(r"[^\W\d]\d|\d[^\W\d]|[a-zà-ÿ][A-ZÀ-Ý]", core):
        return ()
    pieces = [p for chunk in core.split("-") for p in _PIECES.findall(chunk)]
    if len(pieces) < 2 or "".join(pieces) != bare:
        return ()
    words = [_numbers().get(p, "") if p.isdigit() else p.lower() for p in pieces]
    if any(not w for w in words) or sum(p.isalpha() and len(p) >= 3 for p in pieces) < 2:
        return ()  # "1G1P", "10-jarige", "Jeugdwet2015": not two words to read
    return tuple(words)


def part_lemmas(text: str) -> tuple[str, ...]:
    """The lemmas of the words a token joins (see :func:`joined_parts`), or ()."""
    parts = joined_parts(text)
    if not parts:
        return ()
    from wb.nlp import lemmatize

    numbers = set(_numbers().values())
    return tuple(p if p in numbers else lemmatize(p) for p in parts)
