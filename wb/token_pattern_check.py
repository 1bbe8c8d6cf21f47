"""Dutch messages for the common mistakes in a codebook's spaCy token pattern.

spaCy's own check (``Matcher(validate=True)``) answers in English pydantic terms ("Extra inputs
are not permitted"); this module names the token, the key and what to write instead, before
spaCy is asked. What it does not recognise is left to spaCy's check.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from wb.config import bundled_file
from wb.regex_messages import dutch_regex_error

#: Keys whose value is a word (or a dict of predicates such as IN).
TEXT_KEYS = (
    "ORTH TEXT LOWER POS TAG MORPH DEP LEMMA SHAPE ENT_TYPE ENT_IOB ENT_ID ENT_KB_ID NORM".split()
)
#: Keys whose value is true or false.
FLAG_KEYS = (
    "SPACY IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_BRACKET "
    "IS_QUOTE IS_LEFT_PUNCT IS_RIGHT_PUNCT IS_CURRENCY IS_STOP IS_SENT_START SENT_START "
    "LIKE_NUM LIKE_URL LIKE_EMAIL"
).split()
OTHER_KEYS = ("LENGTH", "OP", "_")
KNOWN_KEYS = (*TEXT_KEYS, *FLAG_KEYS, *OTHER_KEYS)
#: Predicates spaCy allows in a dict value of a word key.
TEXT_PREDICATES = (
    "REGEX IN NOT_IN IS_SUBSET IS_SUPERSET INTERSECTS FUZZY FUZZY1 FUZZY2 FUZZY3 FUZZY4 FUZZY5 "
    "FUZZY6 FUZZY7 FUZZY8 FUZZY9"
).split()
LIST_PREDICATES = ("IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS")
OP_SIMPLE = ("?", "*", "+", "!")
OP_COUNT = re.compile(r"\{\d+\}|\{\d+,\d*\}|\{\d*,\d+\}")
COMMON = "LEMMA, LOWER, ORTH, POS en OP"


def _guess(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (bedoelt u '{close[0]}'?)" if close else ""


def _regex_error(pattern: Any) -> str | None:
    try:
        re.compile(str(pattern))
    except re.error as exc:
        return dutch_regex_error(exc)
    return None


def _value_problem(key: str, value: Any) -> str | None:
    if key in FLAG_KEYS and not isinstance(value, bool):
        return f"{key} moet true of false zijn, niet {value!r}"
    if key == "LENGTH" and (isinstance(value, bool) or not isinstance(value, (int, dict))):
        return f"LENGTH moet een getal zijn, niet {value!r}"
    if key not in TEXT_KEYS:
        return None
    if isinstance(value, dict):
        for pred, arg in value.items():
            name = str(pred).upper()
            if name not in TEXT_PREDICATES:
                return (
                    f"bij {key} kan '{pred}' niet{_guess(name, TEXT_PREDICATES)}; "
                    "gebruik IN, NOT_IN of REGEX, bijv. {IN: [kind, jongere]}"
                )
            if name in LIST_PREDICATES and not isinstance(arg, list):
                return f"bij {key} moet {name} een lijst zijn, bijv. {{{name}: [kind, jongere]}}"
            if name == "REGEX" and (why := _regex_error(arg)) is not None:
                return f"bij {key} is REGEX {arg!r} geen geldige reguliere expressie: {why}"
        return None
    if not isinstance(value, str):
        return f"{key} moet een woord zijn (tekst), niet {value!r}"
    return None


def token_pattern_problem(tokens: list[dict]) -> str | None:
    """The first mistake in a token pattern, in Dutch, or None when this check sees none."""
    for number, token in enumerate(tokens, start=1):
        for key, value in token.items():
            name = str(key).upper()
            if name not in KNOWN_KEYS:
                return (
                    f"token {number}: onbekende sleutel '{key}'{_guess(name, KNOWN_KEYS)}; "
                    f"bruikbaar zijn onder meer {COMMON} "
                    f"(zie {bundled_file('codebooks/README.md')})"
                )
            if name == "OP":
                if value not in OP_SIMPLE and not (
                    isinstance(value, str) and OP_COUNT.fullmatch(value)
                ):
                    return (
                        f"token {number}: OP {value!r} kan niet; gebruik ? (mag ontbreken), "
                        "* (nul of meer), + (een of meer), ! (niet) of een aantal zoals {2} "
                        "of {1,3}"
                    )
                continue
            problem = _value_problem(name, value)
            if problem is not None:
                return f"token {number}: {problem}"
    return None
