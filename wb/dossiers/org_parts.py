"""An organisation named as part of another ("Jeugd Veilig Verder (onderdeel van Jeugdbescherming
Regio Amsterdam)"): a run of capitalised words right before "(onderdeel van" or ", onderdeel
van" and a capitalised name is an organisation, even when its words are ordinary ones."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    UP,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first

PART_OF = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<org>[{UP}][{LOW}]+(?:[ ][{UP}][{LOW}]+){{1,3}})"
        rf"[ ]?[(,][ ]?(?:een[ ])?onderdeel[ ]van[ ](?:de[ ]|het[ ])?[{UP}]"
    )
)


def part_of_orgs(text: str) -> list[Mention]:
    """ "raakte Jeugd Veilig Verder (onderdeel van Jeugdbescherming ...) betrokken": two to four
    capitalised words in mid-sentence before "(onderdeel van" + a capitalised name are an
    organisation (tier 3), and its name is learned for the rest of the dossier. Not at a
    sentence start, not a kept term, an institution or a place, not opening with a stop word."""
    if "onderdeel van" not in text:
        return []
    found = []
    for m in PART_OF.finditer(text):
        org = m["org"]
        if sentence_initial(text, m.start()) or is_stop_word(org.split()[0]):
            continue
        if org in keep_terms() or org in institutions() or org in places():
            continue
        mention = Mention(m.start(), m.end("org"), "ORGANISATIE", org, 3, "part-of")
        mention.key = norm_name(org)
        mention.extra["named_short"] = org
        found.append(mention)
    return found
