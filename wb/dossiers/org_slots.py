"""Local organisations found by the slot they stand in, not by a word list.

* an affiliation in brackets after a person in an attendance list: "mw. T. de Wit (KVPG)",
  "dhr. P. Bakker (Zorgpunt Assen)", "dhr. R. Mol (Notulenbureau Assen, verslag)";
* the party column of a member list, where two national parties or more start a line before a
  member's initials and surname: "Dorpsbelang R. Mol", "SterkAZ T. de Wit".

National parties (``parties.txt``), national institutions, kept terms, roles and bare places
stay (a place is found as a place by its own rules).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    ROLES,
    TITLES,
    UP,
    first_names,
    institutions,
    is_dutch_word,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_names import in_dictionary
from wb.dossiers.person_names import person
from wb.lang import word_set, words

# "K.", "K.L.", "v.d." particles and "van t": a person written with initials in a minute
_INITIALS = rf"(?:[{UP}]\.){{1,6}}"
_PARTICLES = r"(?:(?i:van|de|der|den|het|ten|ter|te|in|op|t|'t|v\.d\.)[ ])*"
_SURNAME = rf"[{UP}][\w'’]+(?:-[{UP}][\w'’]+)?"
_ORG_IN_BRACKETS = (
    rf"\((?P<org>[{UP}][\w&'’.-]*(?:[ ](?:en|van|voor|de|&|\d{{1,2}}|[{UP}][\w&'’.-]*)){{0,5}})"
    r"(?:,[ ][a-z][^()\n]{0,30})?\)"
)
AFFILIATION = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}[ ]?){_PARTICLES}(?P<surname>{_SURNAME})[ ]{_ORG_IN_BRACKETS}"
)


@cache
def _titled_affiliation_rx() -> re.Pattern[str]:
    """ "De heer Bos (Samen Sterk)", "wethouder Kok (Lijst Pim)": a title or role, a surname,
    then a name in brackets."""
    before = sorted({*TITLES, *ROLES}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in before)
    return re.compile(
        rf"(?<![\w.])(?i:{alternation})[ ]+{_PARTICLES}(?P<surname>{_SURNAME})[ ]"
        rf"{_ORG_IN_BRACKETS}"
    )


# "Burgerbelang P.I. Ackermans", "VVD J Lok": a party, initials (with or without full stops)
# and a surname make one line of a member list
MEMBER_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<party>[\w][\w&'’-]*(?:[ ][{UP}][\w&'’-]*)?)[ ]+"
    rf"(?P<person>(?:[{UP}]\.)*[{UP}]\.?[ ]{_PARTICLES}{_SURNAME})[ \t]*$"
)


@cache
def national_parties() -> frozenset[str]:
    """National political parties (``parties.txt``): they stay."""
    return frozenset(words("parties.txt"))


@cache
def _role_words() -> frozenset[str]:
    return frozenset(w.capitalize() for w in (*ROLES, *TITLES)) | word_set("national_acronyms.txt")


def _kept_name(name: str) -> bool:
    """True when a name in an organisation's slot is no local organisation: a national party,
    a kept term or institution, a role, a place, or one ordinary dictionary word."""
    parts = name.split()
    if name in national_parties() or name in keep_terms() or name in institutions():
        return True
    if "-" in name and all(p in national_parties() for p in name.split("-")[:2]):
        return True  # "ChristenUnie-SGP", "PvdA-GroenLinks-Lokaal": a joint list of parties
    if parts[0] in keep_terms() or parts[0] in institutions() or parts[0] in _role_words():
        return True  # "Inspectie JenV", "Wethouder Jeugd"
    if name in places() or all(is_stop_word(w) for w in parts):
        return True
    if len(parts) == 1 and not any(ch.isupper() for ch in name[1:]):
        return in_dictionary(name)  # "(Jeugdzorg)", "(Inspreker)": an ordinary word
    return False


def _org(start: int, end: int, text: str, source: str) -> Mention:
    name = text[start:end]
    mention = Mention(start, end, "ORGANISATIE", name, 1, source, key=norm_name(name))
    mention.extra["short"] = name
    return mention


def affiliation_mentions(text: str) -> list[Mention]:
    """ "mw. T. de Wit (KVPG)", "de heer Bos (Samen Sterk)": a capitalised name in brackets right
    after a person written with initials, a title or a role is the organisation (a party) the
    person comes from (a lowercase role after a comma stays)."""
    found = []
    for m in [*AFFILIATION.finditer(text), *_titled_affiliation_rx().finditer(text)]:
        name = m["org"]
        if _kept_name(name) or any(f.start == m.start("org") for f in found):
            continue
        if m["surname"] in name.split():
            continue  # "De heer Smit (Lid Smit)": a member's own group in a debate
        found.append(_org(m.start("org"), m.end("org"), text, "affiliation"))
    return found


def member_list_mentions(text: str) -> list[Mention]:
    """The party column of a member list: with two national parties or more at the start of
    such lines, another first column that is no dictionary word names a local party; the rest
    of each line is a person."""
    lines = list(MEMBER_LINE.finditer(text))
    if sum(m["party"] in national_parties() for m in lines) < 2:
        return []
    found = []
    for m in lines:
        party = m["party"]
        if party not in national_parties():
            if _kept_name(party) or is_dutch_word(party.lower()):
                continue  # "Griffier U. Post": a role, then a person
            found.append(_org(m.start("party"), m.end("party"), text, "member-list"))
            found[-1].tier = 0  # "Stadspartij M Wesselink": not a party's name with a place
        member = person(text, m.start("person"), m.end("person"), 0, "member-list")
        if member:
            found.append(member)
    return found


# "de fractie van Samen voor Oss": a party after "fractie van"
FRACTION = re.compile(
    rf"(?<![\w-])[Ff]ractie[ ]van[ ](?:de[ ]|het[ ])?(?P<name>{CAP}(?:[ ](?:(?:voor|van|en|&)[ ])?"
    rf"{CAP}){{1,3}}|[{UP}]{{2,6}})(?![\w'’-])"
)


def fraction_mentions(text: str) -> list[Mention]:
    """ "de fractie van Samen voor Oss", "de fractie van LOS": the party after "fractie van" (two
    words or more, or an acronym) is a local party unless it is a national one."""
    found = []
    for m in FRACTION.finditer(text):
        name = m["name"]
        if _kept_name(name) or name.split()[0] in _role_words():
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "fraction"))
    return found


def slot_mentions(text: str) -> list[Mention]:
    """All organisations this module finds by their slot."""
    found = affiliation_mentions(text) + member_list_mentions(text)
    found += mixed_case_mentions(text) + fraction_mentions(text)
    return found + listed_org_mentions(text)


# "MetMaya", "BewustZW": a capital inside a word after a lowercase letter (not "McLaren")
MIXED_CASE = re.compile(
    rf"(?<![\w'’.@/-])(?P<w>(?!Mc|Mac)[{UP}][a-z]+[{UP}][\w]*)(?![\w'’@/-]|\.[a-z])"
)
SPELLED_OUT = re.compile(rf"[ ][–-][ ](?P<run>[{UP}][a-z]+(?:[ ][{UP}][a-z]+){{1,3}})")
MIXED_SLOT = re.compile(r"(?:vanuit|namens|bij|aan|door|via)[ ]+$")


def mixed_case_mentions(text: str) -> list[Mention]:
    """A coined word in mixed case that no list or dictionary knows, found at least once where an
    organisation stands ("vanuit MetZorg", "de opdracht aan MetZorg"): an organisation, at all
    its mentions."""
    names = set()
    for m in MIXED_CASE.finditer(text):
        word = m["w"]
        if word in names or not MIXED_SLOT.search(text, max(0, m.start() - 10), m.start()):
            continue
        if _kept_name(word) or word in word_set("national_acronyms.txt"):
            continue
        if is_dutch_word(word.lower()) or any(word.startswith(t) for t in _kept_prefixes()):
            continue  # "JeugdzorgPlus": a kept term with a suffix
        names.add(word)
    found = []
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            end = m.end()
            spelled = SPELLED_OUT.match(text, end)
            capitals = "".join(ch for ch in name if ch.isupper())
            if spelled and capitals == "".join(w[0] for w in spelled["run"].split()):
                end = spelled.end()  # "ExpoKind – Expertise Kinderen": one name, spelled out
            found.append(_org(m.start(), end, text, "mixed-case"))
    return found


@cache
def _kept_prefixes() -> tuple[str, ...]:
    """One-word kept terms and institutions of five letters or more, a coined word's start."""
    return tuple(t for t in (*keep_terms(), *institutions()) if " " not in t and len(t) >= 5)


# "de stemmen van VVD, CDA en Wij Oss", "Tegen: Sterk Oss en SP": a vote's list of parties
VOTE_LIST = re.compile(
    r"(?:(?<![\w-])(?:[Vv]oor|[Tt]egen|[Ss]temverhouding)[ ]?:|stemmen[ ]van(?:[ ]de)?)[ ]+"
    r"(?P<items>(?:[^.:;\n]|\.(?=\S)){2,200})"
)
# "zorgaanbieders als Lunet Zorg, Dichterbij en ...": a list of organisations of one kind
KIND_LIST = re.compile(
    r"(?<![\w-])[\w-]*(?:aanbieders|organisaties|instellingen|scholen|stichtingen|verenigingen"
    r"|praktijken|bureaus|partners)[ ,]+(?:zoals|als|waaronder)[ ]+"
    r"(?P<items>(?:[^.:;\n()]|\.(?=\S)){2,200})"
)
LIST_ITEM = re.compile(
    rf"(?P<item>(?:[{UP}][\w&'’.-]*|\d+)(?:[ ](?:(?:voor|van|de|en)[ ](?=[{UP}]))?"
    rf"[{UP}][\w&'’.-]*)*)(?:[ ]\d{{1,2}})?(?![\w&'’.-])"
)


def _list_items(items: str, offset: int) -> list[tuple[int, int, str]]:
    """The capitalised items of a list (split at commas, "en" and "of"), with their offsets;
    the list ends at its first item that is not capitalised."""
    found = []
    pos = 0
    for part in re.split(r"(,[ ]|[ ]en[ ]|[ ]of[ ])", items):
        if part in (", ", " en ", " of "):
            pos += len(part)
            continue
        m = LIST_ITEM.match(part.removeprefix("de ").removeprefix("het "))
        if not m:
            break
        lead = len(part) - len(part.removeprefix("de ").removeprefix("het "))
        found.append((offset + pos + lead, offset + pos + lead + len(m["item"]), m["item"]))
        if m.end() < len(part.rstrip()):
            break  # "en D66 voor": the list ends in this item
        pos += len(part)
    return found


def _local_item(name: str) -> bool:
    """A list item that names a local organisation: no national party, kept term, institution,
    place, person or ordinary word; two words or more, or one no dictionary knows."""
    parts = name.split()
    if _kept_name(name) or name in word_set("national_acronyms.txt") or name.isdigit():
        return False
    if parts[0] in first_names() or parts[0].lower() in TITLES:
        return False
    if re.fullmatch(rf"[{UP}]{{2,}}['’]s", name):
        return False  # "instellingen als de KDVZ's": a plural, a kind of institution
    if len(parts) == 1:
        return not in_dictionary(name) and name not in places()
    return not all(w.lower() in _DOMAIN_WORDS or is_stop_word(w) for w in parts)


_DOMAIN_WORDS = word_set("org_domains.txt")


def listed_org_mentions(text: str) -> list[Mention]:
    """Items of a vote's list of parties (with a national party among them) and of a list after
    "aanbieders zoals", "organisaties als": local parties and organisations."""
    found = []
    for rx, need_party in ((VOTE_LIST, True), (KIND_LIST, False)):
        for m in rx.finditer(text):
            items = _list_items(m["items"], m.start("items"))
            if need_party and not any(i[2] in national_parties() for i in items):
                continue
            for start, end, name in items:
                if _local_item(name):
                    found.append(_org(start, end, text, "listed-org"))
    return found
