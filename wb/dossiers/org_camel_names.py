"""Organisations whose name is one word written in camel case ("opgevangen door KwakDoen",
"van KindKwart Meppel", "recreatiepark TerKwalt"; names-orgs4).

A brand name of a local care provider, party or firm is often two words glued with an inner
capital, and each part may be a Dutch word ("Gemeente" + "Kwakers"), so the dictionary and the
fallback do not see a name. Such a word is an organisation, at all its mentions in the text,
when one of them stands where an organisation stands: right after a preposition an
organisation follows ("bij", "door", "van", "vanuit", "namens", "voor"; not "via", which
names a product or channel as often: "via PowerPoint"), after "heeft"
("In het voorjaar heeft X een ronde ...") or after a kind of local organisation or a head word
("Buurthuis X", "recreatiepark X"). Not:

* a word with a part of fewer than two lowercase letters ("BiZa", "GrLi": short forms);
* a glued article or "Mc"/"Mac" ("DeVol", "McDonald");
* a kept term, national institution or party in any spelling ("GroenLinks", "StatenGeneraal"
  beside "Staten-Generaal");
* a word ``organisations.txt`` reads as a kind before a name ("JeugdzorgPlus {NAAM}": the
  closed youth care, a form of care that stays readable);
* a mention glued to a label on a metadata line ("OrganisatietypeGemeente"): only the cue slots
  above count, never a line's start.

The same name written as two capitalised words in the same text ("Kwak Doen" beside
"KwakDoen") is the same organisation; a known place right after the word is part of the name
("KindKwart Meppel", as ``org_municipal_runs`` reads a coined word before a region).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import LOW, UP, norm_name, places
from wb.dossiers.mentions import Mention
from wb.dossiers.org_introduced import is_kind
from wb.dossiers.org_words import head_of, kept_terms, national_name
from wb.dossiers.regex_lead import lead_first
from wb.lang import words

CAMEL_WORD = re.compile(
    lead_first(
        rf"(?<![\w@#/.&'’-])(?P<w>[{UP}][{LOW}]{{2,}}(?:[{UP}][{LOW}]{{2,}})+)(?![\w@&'’-]|\.\w)"
    )
)
GLUED_PREFIXES = ("Mc", "Mac", "De", "Het", "La", "Le", "Di", "Da", "Van")
# the word right before a mention that stands where an organisation stands
CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:bij|door|van|vanuit|namens|voor|heeft)[ ]$"
    rf"|(?<![\w-])(?P<kind>[{UP}{LOW}][{LOW}]{{3,}})[ ]$"
)


@cache
def _org_kind_words() -> frozenset[str]:
    """Lowercase words organisations.txt reads as a kind before a required name
    ("JeugdzorgPlus {NAAM}" -> "jeugdzorgplus"; not "Gemeentebelangen {NAAM?}", a name itself)."""
    return frozenset(
        line.split()[0].lower() for line in words("organisations.txt") if line.endswith(" {NAAM}")
    )


def _listed(word: str) -> bool:
    """A kept term, institution, party or listed kind, written glued, spaced or hyphenated."""
    parts = re.findall(rf"[{UP}][{LOW}]+", word)
    forms = {word, " ".join(parts), "-".join(parts)}
    if any(f in kept_terms() or national_name(f) for f in forms):
        return True
    return word.lower() in _org_kind_words()


def _in_slot(text: str, start: int) -> bool:
    """True when the mention at `start` follows an organisation's cue word or kind."""
    cue = CUE_BEFORE.search(text, max(0, start - 30), start)
    if cue is None:
        return False
    kind = cue["kind"]
    return kind is None or is_kind(kind) or head_of(kind) is not None


PLACE_AFTER = re.compile(rf"[ ](?P<p>[{UP}][\w'’]+(?:[ -][{UP}][\w'’]+)?)")


def _place_end(text: str, end: int) -> int:
    """Where a name ends that a known place follows right after its last word ("KindKwart
    Meppel": the place is part of the organisation's name, one placeholder)."""
    m = PLACE_AFTER.match(text, end)
    if m is None:
        return end
    words = re.split(r"(?<=[ -])", m["p"])
    for n in (2, 1):
        name = "".join(words[:n]).rstrip(" -")
        if len(words) >= n and name in places():
            return end + 1 + len(name)
    return end


def camel_org_mentions(text: str) -> list[Mention]:
    """ "opgevangen door KwakDoen": a camel-case word that no list keeps, after an
    organisation's cue at one of its mentions, is an organisation at all of them (tier 1: its
    whole name wins over its learned short form)."""
    hits: dict[str, list[re.Match]] = {}
    for m in CAMEL_WORD.finditer(text):
        hits.setdefault(m["w"], []).append(m)
    found = []
    for word, ms in hits.items():
        parts = re.findall(rf"[{UP}][{LOW}]+", word)
        if parts[0] in GLUED_PREFIXES or _listed(word):
            continue
        if not any(_in_slot(text, m.start()) for m in ms):
            continue
        spans = [(m.start(), _place_end(text, m.end())) for m in ms]
        # "instanties: Kwak Doen of ...": the same name written as two capitalised words
        spaced = re.compile(lead_first(rf"(?<![\w'’-]){' '.join(parts)}(?![\w'’-])"))
        spans += [s.span() for s in spaced.finditer(text)]
        for start, end in spans:
            mention = Mention(start, end, "ORGANISATIE", text[start:end], 1, "camel-org")
            mention.key = norm_name(word)
            mention.extra["short"] = word
            mention.extra["named_short"] = word
            found.append(mention)
    return found
