"""A firm named right after a phrase of legal writing (names69): a trade name ("handelend
onder de naam Kwarvik Exposures") and a partnership's name after its legal form written out
("de vennootschap onder firma Manege Kwarstad"; cues in ``org_trading_cues.txt``). The
capitalised words after the phrase (with "&" or a lowercase "de"/"van" between two of them,
and a closing quote) are one organisation, tier 1, learned as a short form; not a kept term,
institution, national name or place alone, nor a name opened by an organisation's kind ("onder de
naam Gastouderopvang De Kwak": the kind stays, the rules of kinds read it).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    UP,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import head_of, national_name
from wb.lang import words

_WORD = rf"[{UP}0-9][\w'’.-]*"


@cache
def _cue_rx() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in sorted(words("org_trading_cues.txt"), key=len)[::-1])
    return re.compile(
        rf"(?<![\w.])(?i:{cues})[ ]+[‘'\"“]?(?P<name>{_WORD}(?:[ ](?:(?:&|de|van|der|en)[ ])?"
        rf"{_WORD}){{0,4}})"
    )


def trading_names(text: str) -> list[Mention]:
    """ "handelend onder de naam Kwarvik Exposures": the firm's own name after the phrase."""
    lower = text.lower()
    if "onder de naam" not in lower and "vennootschap" not in lower and "hodn" not in lower:
        if "h.o.d.n." not in lower:
            return []
    found = []
    for m in _cue_rx().finditer(text):
        name = m["name"].rstrip(".’'\"”")
        if name in keep_terms() or name in institutions() or national_name(name):
            continue
        if name in places() or all(is_stop_word(w) for w in name.split()):
            continue
        if head_of(name.split()[0]):
            continue  # "onder de naam Gastouderopvang De Kwak": a kind's name, read by its rules
        s = m.start("name")
        mention = Mention(s, s + len(name), "ORGANISATIE", name, 1, "trading-name")
        mention.key, mention.extra["short"] = norm_name(name), name
        found.append(mention)
    return found
