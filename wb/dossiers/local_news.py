"""A local paper or news site named by its place's adjective and "Nieuws" or "Krant" ("het
Lochems Nieuws", "de Zwolse Krant"): the place's adjective before the capitalised word is the
title of a local medium, an organisation as "het Brabants Dagblad" is
(``org_structure.newspaper_mentions``); not in a photo or source credit ("Foto: ...")."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import norm_name
from wb.dossiers.mentions import Mention
from wb.dossiers.place_adjectives import place_of_adjective
from wb.dossiers.regex_lead import lead_first

LOCAL_NEWS = re.compile(
    lead_first(r"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+)[ ](?:Nieuws|Krant)(?![\w'’-])")
)
CREDIT = re.compile(r"(?:Foto|Beeld|Bron|Video)[ ]?:[ ]*$")


def local_news_mentions(text: str) -> list[Mention]:
    """ "het Lochems Nieuws": a place's adjective before "Nieuws" or "Krant" names a local
    medium (ORGANISATIE)."""
    found = []
    for m in LOCAL_NEWS.finditer(text):
        if place_of_adjective(m["a"]) is None:
            continue
        if CREDIT.search(text, max(0, m.start() - 12), m.start()):
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "newspaper")
        mention.key = norm_name(m[0])
        mention.extra["short"] = m[0]
        found.append(mention)
    return found
