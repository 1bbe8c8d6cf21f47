"""A foundation or association named after its municipality with the word "gemeente" inside:
"Stichting Welzijn gemeente Kwartelburg", "Vereniging Sport gemeente Kwartelburg".

The legal form opens the name, capitalised words follow, then the lowercase "gemeente" and a
known place: the whole run is one local organisation. Without this rule the name stops at
"gemeente" and the place is replaced apart (the organisation's rest stays readable).

A coined word before a region (names-orgs5): "Kwartelnet Drenthe", "Speelkwartcentrale
Utrecht". A capitalised word that no dictionary and no list of names, places or kept terms
knows, right before a province or region (``regions.txt``), is the organisation's own name
and the region its area: the two words are one local organisation (without the rule only the
region was replaced and the coined word stayed readable).
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    UP,
    first_names,
    gazetteer,
    institutions,
    is_dutch_word,
    norm_name,
    places,
    regions,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import kept_terms, national_name
from wb.dossiers.regex_lead import lead_first

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
    return found + coined_region_mentions(text)


# "Kwartelnet Drenthe": one capitalised word in lowercase after its capital, then a region;
# not after another capitalised word (a longer name's or a person's part)
COINED_REGION = re.compile(
    lead_first(
        rf"(?<![\w'’&-])(?P<word>[{UP}][a-zà-ÿ]{{4,}})[ ]"
        rf"(?P<region>[{UP}][\w'’-]*(?:-[{UP}][\w'’-]*)*)(?![\w'’&-])"
    )
)
CAPITAL_BEFORE = re.compile(rf"[{UP}][\w'’.-]*[ ]$")
JOINED_BEFORE = re.compile(r"\w-[ ](?:en|of)[ ]$")


def _coined(word: str) -> bool:
    """A capitalised word that no dictionary or list of names, places or kept terms knows."""
    if is_dutch_word(word.lower()) or word in first_names() or word in surnames():
        return False
    if word in places() or word in gazetteer() or word in regions():
        return False
    return word not in kept_terms() and word not in institutions()


def coined_region_mentions(text: str) -> list[Mention]:
    """ "Kwartelnet Drenthe": a coined word right before a region is one organisation."""
    found = []
    for m in COINED_REGION.finditer(text):
        if m["region"] not in regions() or not _coined(m["word"]):
            continue
        if CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if JOINED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Veiligheids- en Zorgregio Utrecht Midden": the last of joined compounds
        name = m[0]
        if national_name(name):
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", name, 1, "coined-region")
        mention.key = norm_name(name)
        mention.extra["short"] = name
        found.append(mention)
    return found
