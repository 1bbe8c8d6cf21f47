"""Sports and play clubs named after their kind's abbreviation (``club_kinds.txt``): "SV ’t
Kwarveld", "VV Kwarstad", "SV K.W.J.": the abbreviation and the name after it are one
organisation, the name also when it is a village's ("SV ’t Zandt" names the club, not the
place), an article with it or a dotted acronym."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import UP, gazetteer, is_stop_word, keep_terms, norm_name, places
from wb.dossiers.mentions import Mention
from wb.lang import words


@cache
def _club_rx() -> re.Pattern:
    kinds = "|".join(sorted(words("club_kinds.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?:{kinds})[ ](?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?"
        rf"[{UP}](?:[\w'’-]*[\w]|(?:\.[{UP}])+\.?)(?:[ ][{UP}][\w'’-]*[\w])?)(?![\w'’-])"
    )


def club_mentions(text: str) -> list[Mention]:
    """ "SV ’t Kwarveld", "VV Kwarstad": a club's kind and its name, one organisation."""
    found = []
    for m in _club_rx().finditer(text):
        name = m["name"]
        parts = name.split()
        if len(parts) > 1 and parts[-1][0].isupper() and is_stop_word(parts[-1]):
            name = name[: name.rindex(" ")]  # "SV De Kwak Ook ...": the next sentence's word
        if is_stop_word(name.split()[-1]) or name in keep_terms():
            continue
        end = m.start("name") + len(name)
        span = text[m.start() : end]
        mention = Mention(m.start(), end, "ORGANISATIE", span, 1, "club", key=norm_name(span))
        bare = re.sub(r"^(?:['’]t|De|Het)[ ]", "", name)
        if not any(n in places() or n in gazetteer() for n in (name, bare)):
            mention.extra["short"] = name  # not "’t Zandt" alone: the village, no club
        found.append(mention)
    return found
