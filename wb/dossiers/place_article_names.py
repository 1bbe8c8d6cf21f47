"""Places whose name opens with a clipped article ("'t Zandt", "'s Gravenmoer"), written with
any apostrophe: straight, closing or opening quote ("‘t Zandt" at a line start)."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import STREET_SUFFIXES, UP, gazetteer, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first

ARTICLE_PLACE = re.compile(
    lead_first(rf"(?<![\w'‘’-])['‘’](?P<art>[tT]|[sS])[ ](?P<word>[{UP}][\w]+(?:[ -][{UP}][\w]+)?)")
)
# "Merlijn in 't Loo", "Jan van 't Zand": a surname's particles before the clipped article
SURNAME_PARTICLE = re.compile(r"(?:\b(?:in|van|op|uit|aan|ter|te)[ ]+)$")


@cache
def article_places() -> frozenset[str]:
    """Known places (hand lists and gazetteer) that open with "'t " or "'s " (no hyphen)."""
    return frozenset(n for n in places() | gazetteer() if n[:3] in ("'t ", "'s "))


def article_place_mentions(text: str) -> list[Mention]:
    """ "in ’t Zandt", "‘t Zandt: Op 1 mei": a known place that opens with "'t"/"'s", with
    any apostrophe; not after a surname's particle behind a capitalised word ("Merlijn in 't
    Loo") unless that word is a street or a place."""
    found: list[Mention] = []
    known = article_places()
    for m in ARTICLE_PLACE.finditer(text):
        word = m["word"]
        name = next(
            (
                f"'{m['art'].lower()} {w}"
                for w in (word, word.split(" ")[0].split("-")[0])
                if f"'{m['art'].lower()} {w}" in known
            ),
            None,
        )
        if name is None:
            continue
        end = m.start("word") + len(name) - 3
        before = text[max(0, m.start() - 30) : m.start()]
        particle = SURNAME_PARTICLE.search(before)
        if particle:
            lead = re.search(r"(\S+)[ ]+$", before[: particle.start()])
            if lead and lead[1][:1].isupper() and not _street_or_place(lead[1]):
                continue
        found.append(Mention(m.start(), end, "PLAATS", text[m.start() : end], 4, "place-shape"))
        found[-1].key = norm_name(name)
    return found


def _street_or_place(word: str) -> bool:
    """True for a street ("Dorpsweg") or a known place before "in 't X"."""
    word = word.strip(",.;:")
    return word in places() or word in gazetteer() or word.lower().endswith(STREET_SUFFIXES)
