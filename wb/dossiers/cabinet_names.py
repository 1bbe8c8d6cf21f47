"""A cabinet named after its prime minister with a Roman numeral ("Rutte III", "Balkenende IV",
"kabinet-Lubbers II"): the surname is a person (themes11).

The shape: a capitalised word in the middle of a sentence, directly followed by a Roman numeral
I to IX as a word of its own, where the word is no Dutch word of its own ("Fase II", "Bijlage
III", "Ronde IV" stay; a form that is only an inflected adjective does not count, the numeral
says it is a name), no place and no institution. Written for wb from general knowledge of Dutch
political writing, not from any text of the checks. Licence MIT.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    CAP,
    hunspell,
    institutions,
    is_dutch_word,
    is_stop_word,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person

CABINET_RE = re.compile(
    rf"(?<=[a-zà-ÿ,] )(?P<name>{CAP})[ ](?:I{{1,3}}|IV|VI{{0,3}}|IX)(?![\w-])"
    rf"|(?<=[Kk]abinet-)(?P<joined>{CAP})[ ](?:I{{1,3}}|IV|VI{{0,3}}|IX)(?![\w-])"
)


def cabinet_names(text: str) -> list[Mention]:
    """Surnames of cabinet names ("Ook is Rutte III ervoor beducht")."""
    found = []
    for m in CABINET_RE.finditer(text):
        key = "name" if m["name"] else "joined"
        word = m[key]
        low = word.lower()
        if is_stop_word(word) or low in hunspell().ordinary or is_dutch_word(low):
            continue
        if word in places() or word in institutions():
            continue
        mention = person(text, m.start(key), m.end(key), 5, "cabinet")
        if mention:
            found.append(mention)
    return found
