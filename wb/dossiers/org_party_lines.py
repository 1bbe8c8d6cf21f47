"""A ruling's party that is an organisation: a line that is only a capitalised name and a comma,
followed by a line "gevestigd te" ("De Jeugd- en Gezinsbeschermers,\ngevestigd te Alkmaar"). Split
from :mod:`wb.dossiers.org_names`."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    first_names,
    is_ordinary,
    is_stop_word,
    norm_name,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.org_words import ARTICLES, CONNECT, NAME, acceptable_name, not_in_names

# "De Jeugd- en Gezinsbeschermers,\ngevestigd te Alkmaar": a party's line in a ruling, then
# where it is established; a person lives ("wonende te"), an organisation is established
PARTY_LINE = re.compile(
    rf"(?m)^[ ]*(?P<name>(?:(?:De|Het)[ ])?{NAME}(?:[ ](?:{CONNECT}[ ])*{NAME}){{0,5}}),[ ]*"
    r"\n\s*gevestigd[ ]+(?:te|in)\b"
)


def party_line_mentions(text: str) -> list[Mention]:
    """A line that is only a capitalised name and a comma, followed by a line "gevestigd te":
    a party of a ruling that is an organisation; kept when it is a national institution."""
    found = []
    for m in PARTY_LINE.finditer(text):
        name = m["name"]
        core = name.split(" ", 1)[1] if name.startswith(ARTICLES) and " " in name else name
        words = core.split()
        if not acceptable_name(core) or words[0] in first_names() or words[0] in not_in_names():
            continue
        if any(is_stop_word(w) for w in words if w[0].isupper()):
            continue
        if all(is_ordinary(w) and in_dictionary(w) for w in words if w[0].isupper()):
            continue  # "Gemeente Amsterdam"-like ordinary words only: left to the other rules
        start = m.end("name") - len(core)  # a line's first "De" is no part of the name
        mention = Mention(
            start, m.end("name"), "ORGANISATIE", core, 2, "party-line", key=norm_name(core)
        )
        mention.extra["short"] = core
        found.append(mention)
    return found
