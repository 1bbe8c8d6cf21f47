"""Local parties' acronyms beside a national party (names-orgs5): "ZWAP en GroenLinks stellen
vragen", "zowel ZWAP als GroenLinks". A word in capitals joined to one national party
(``parties.txt``) by "en", a comma or "zowel ... als" stands where a party stands: a local
party. :func:`wb.dossiers.org_acronyms.bare_acronym_mentions` checks it against the lists and
replaces it at all its mentions."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.regex_lead import lead_first
from wb.lang import words

CAPS = r"[A-Z]{3,5}"
_JOIN_AFTER = re.compile(r"(?:[ ]en[ ]|,[ ])(?P<p>[\w'’-]+)")
_JOIN_BEFORE = re.compile(r"(?:^|[^\w'’-])(?P<p>[\w'’-]+)(?:[ ]en|,)[ ]$")
_BOTH = re.compile(r"(?<![\w-])[Zz]owel[ ](?P<x>[\w'’-]+)[ ]als[ ](?P<y>[\w'’-]+)(?![\w-])")
_CAPS_WORD = re.compile(lead_first(rf"(?<![\w&/-]){CAPS}(?![\w&/-]|:\w)"))


@cache
def _parties() -> frozenset[str]:
    return frozenset(p.replace("’", "'") for p in words("parties.txt"))


def _national(word: str) -> bool:
    return word.replace("’", "'") in _parties()


def coordinated_acronyms(text: str) -> set[str]:
    """Words in capitals joined to a national party ("ZWAP en GroenLinks", "CDA, ZWAP",
    "zowel ZWAP als GroenLinks"); national parties themselves are left out."""
    found = set()
    for m in _CAPS_WORD.finditer(text):
        a = m[0]
        if _national(a):
            continue
        after = _JOIN_AFTER.match(text, m.end())
        before = _JOIN_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if (after and _national(after["p"])) or (before and _national(before["p"])):
            found.add(a)
    for m in _BOTH.finditer(text):
        for a, b in ((m["x"], m["y"]), (m["y"], m["x"])):
            if re.fullmatch(CAPS, a) and not _national(a) and _national(b):
                found.add(a)
    return found


__all__ = ["coordinated_acronyms"]
