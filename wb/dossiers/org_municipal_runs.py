"""A foundation or association named after its municipality with the word "gemeente" inside:
"Stichting Welzijn gemeente Kwartelburg", "Vereniging Sport gemeente Kwartelburg".

The legal form opens the name, capitalised words follow, then the lowercase "gemeente" and a
known place: the whole run is one local organisation. Without this rule the name stops at
"gemeente" and the place is replaced apart (the organisation's rest stays readable).
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import kept_terms, national_name

MUNICIPAL_RUN = re.compile(
    rf"(?<![\w'’-])(?:Stichting|Vereniging)(?:[ ][{UP}][\w'’-]*){{1,3}}[ ]gemeente[ ]"
    rf"(?P<place>[{UP}][\w'’-]*(?:[ ][{UP}][\w'’-]*)?)(?![\w'’-])"
)


def municipal_run_mentions(text: str) -> list[Mention]:
    """ "Stichting Welzijn gemeente Kwartelburg": a legal form, one to three capitalised words,
    "gemeente" and a known place (``places.txt``) are one organisation."""
    found = []
    for m in MUNICIPAL_RUN.finditer(text):
        place = m["place"]
        if place not in places():
            place = place.split(" ")[0]  # "... gemeente Kwartelburg Het bestuur": the place alone
            if place not in places():
                continue
        end = m.start("place") + len(place)
        name = text[m.start() : end]
        if name in kept_terms() or national_name(name):
            continue
        mention = Mention(m.start(), end, "ORGANISATIE", name, 1, "municipal-run")
        mention.key = norm_name(name)
        mention.extra["short"] = name
        found.append(mention)
    return found
