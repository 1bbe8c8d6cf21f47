"""Partnerships named by two names joined by "&" before a lowercase noun of their trade ("Van
Wolkema & Kwarten advocaten", ``firm_partner_nouns.txt``): the two names and the "&" are one
organisation, replaced whole; the noun stays."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import UP, norm_name
from wb.dossiers.mentions import Mention
from wb.lang import word_set

_PART = rf"(?:(?:Van|De|Van[ ]de|Van[ ]der|Ten|Ter)[ ])?[{UP}][\w'’-]+"


@cache
def _partner_rx() -> re.Pattern:
    nouns = "|".join(sorted(word_set("firm_partner_nouns.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’&-])(?P<name>{_PART}(?:,[ ]{_PART})*[ ]&[ ]{_PART})[ ](?:{nouns})(?![\w-])"
    )


def partner_firms(text: str) -> list[Mention]:
    """Firms of two (or more) names joined by "&" before the noun of their trade."""
    found = []
    for m in _partner_rx().finditer(text):
        mention = Mention(m.start("name"), m.end("name"), "ORGANISATIE", m["name"], 2, "partners")
        mention.key = norm_name(m["name"])
        found.append(mention)
    return found
