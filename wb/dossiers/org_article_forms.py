"""An organisation named with its capitalised article ("met de mensen van De Kwakdonk") is the
same organisation where the same text writes the name after a lowercase article ("doen de
Kwakdonk, de Schuit en ..."; names-orgs4): the word after the article gets the organisation's
placeholder, the article stays readable. Only inside one text, after the choice between
overlapping mentions, so a guess of the fallback ("De Kwakdonk" as a local organisation) is not
learned for the whole dossier; only one capitalised word after the article, no stop word."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, is_stop_word
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first

ARTICLE_NAME = re.compile(rf"(?:De|Het|'t|’t)[ ](?P<w>[{UP}][\w’'-]+)")


def article_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The chosen mentions plus, for each organisation or school written "De X" (one word X),
    every uncovered "de X"/"het X" in the text as that organisation's X, sorted by position."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ("ORGANISATIE", "SCHOOL"):
            a = ARTICLE_NAME.fullmatch(text, m.start, m.end)
            if a and not is_stop_word(a["w"]):
                names.setdefault(a["w"], m)
    if not names:
        return mentions
    taken = bytearray(len(text))
    for m in mentions:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    added = []
    for word, owner in names.items():
        lower = re.compile(
            lead_first(rf"(?<![\w'’-])(?:de|het|'t|’t)[ ](?P<w>{re.escape(word)})(?![\w'’-])")
        )
        for x in lower.finditer(text):
            s, e = x.span("w")
            if any(taken[s:e]):
                continue
            mention = Mention(s, e, owner.type, word, owner.tier, "article-form", key=owner.key)
            added.append(mention)
            taken[s:e] = b"\x01" * (e - s)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
