"""A local organisation named by capitalised words that end in its place, then its acronym.

"Inwonerspartij Toekomst Kwartelburg (ITK)", "Stichting Kinderopvang gemeente Kwartelburg
(SKK)": the acronym in brackets right after the run, whose letters fit the run's capitalised
words, shows that the whole run is one name, and the place at its end that it is a local body
(national bodies end in no place: "Vereniging van Nederlandse Gemeenten (VNG)" stays). The
defined form with "verder/hierna" is :func:`wb.dossiers.org_acronyms.defined_run_mentions`;
this is the same evidence written with the acronym alone in brackets.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP, norm_name
from wb.dossiers.mentions import Mention
from wb.dossiers.org_acronyms import place_run_words
from wb.dossiers.org_words import kept_terms, national_name
from wb.dossiers.regex_lead import lead_first

# a run of capitalised words (linked by "en", "voor", "van", an article or "gemeente"), then
# the acronym in capitals in brackets
BRACKET_RUN = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<run>[{UP}][\w'’-]*"
        rf"(?:[ ](?:(?:&|en|voor|van|de|der|het|gemeente)[ ])?[{UP}][\w'’-]*)+)"
        rf"[ ]\((?P<a>[{UP}]{{2,6}})\)"
    )
)


def bracket_run_mentions(text: str) -> list[Mention]:
    """Capitalised words ending in a known place, then an acronym in brackets that fits their
    initials: the words are one local organisation (learned whole for its other mentions),
    the acronym its short form."""
    found = []
    for d in BRACKET_RUN.finditer(text):
        fit = place_run_words(d["run"], d["a"])
        if fit is None:
            continue
        words, caps = fit
        if len(d["a"]) > len(caps) + 1 or d["a"] in kept_terms():
            continue
        if " ".join(words[:-1]) in kept_terms():
            continue
        start = d.end("run") - len(" ".join(words))
        name = text[start : d.end("run")]
        if national_name(name):
            continue
        mention = Mention(start, d.end("run"), "ORGANISATIE", name, 1, "bracket-run")
        mention.key = norm_name(name)
        mention.extra["acronym"] = d["a"]
        mention.extra["short"] = name  # its other mentions without the acronym, too
        found.append(mention)
    return found


def join_same_acronym(mentions: list[Mention], aliases: dict[str, tuple[str, str]]) -> None:
    """Two names that define the same acronym in one dossier are one organisation ("Stichting
    Kwaropvang gemeente Zwolle (SKZ)" and later "Stichting Kwarcentrum Zwolle (SKZ)"): a
    mention whose acronym was learned for another name gets that name's key."""
    for m in mentions:
        learned = aliases.get(m.extra.get("acronym", ""))
        if learned and learned[0] == m.type and learned[1] != m.key:
            m.key = learned[1]


__all__ = ["bracket_run_mentions", "join_same_acronym"]
