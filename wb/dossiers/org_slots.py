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
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
    gazetteer,
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_party_short_forms import national_short_form
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.org_words import national_name, not_in_names
from wb.dossiers.person_parts import person
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.school_kinds import bracket_school, school_kind_acronyms
from wb.dossiers.word_index import longest_first_by_letter
from wb.lang import word_set, words

# "K.", "K.L.", "v.d." particles and "van t": a person written with initials in a minute
_INITIALS = rf"(?:[{UP}]\.){{1,6}}"
_PARTICLES = r"(?:(?i:van|de|der|den|het|ten|ter|te|in|op|t|'t|v\.d\.)[ ])*"
_SURNAME = rf"[{UP}][\w'’]+(?:-[{UP}][\w'’]+)?"
_ORG_IN_BRACKETS = (
    rf"\((?P<org>[{UP}][\w&'’.-]*(?:[ ](?:en|van|voor|de|&|\d{{1,2}}|[{UP}][\w&'’.-]*)){{0,5}})"
    r"(?:,[ ][a-z][^()\n]{0,30})?\)"
)
# "Piet Smit (Leergeld Oss)": a first name, a surname, then a name in brackets
NAMED_AFFILIATION = re.compile(
    lead_first(
        rf"(?<![\w.'’-])(?P<first>{CAP})[ ]{_PARTICLES}(?P<surname>{_SURNAME})[ ]{_ORG_IN_BRACKETS}"
    )
)
AFFILIATION = re.compile(
    rf"(?<![\w.])(?:{_INITIALS}[ ]?){_PARTICLES}(?P<surname>{_SURNAME})[ ]{_ORG_IN_BRACKETS}"
)


@cache
def _titled_affiliation_rx() -> re.Pattern[str]:
    """ "De heer Bos (Samen Sterk)", "wethouder Kok (Lijst Pim)": a title or role, a surname,
    then a name in brackets."""
    alternation = longest_first_by_letter({*TITLES, *ROLES}, space="[ ]")
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
    if national_short_form(name):
        return True  # "(GrLi)": GroenLinks, cut in a member list
    if national_name(name):
        return True  # "Pleegzorg Nederland": a national organisation
    if name in school_kind_acronyms():
        return True  # "Integraal Kind Centrum (IKC)": a school's kind, no one's organisation
    if _international(name):
        return True  # "Nationale Jeugdraad", "West-Europese Unie": no local organisation
    if name.endswith(".") or parts[0].rstrip(".") in word_set("name_post_nominals.txt"):
        return True  # "J. Smit (red.)", "A. Bos (MSc)": an abbreviation or a degree
    if "-" in name and all(p in national_parties() for p in name.split("-")[:2]):
        return True  # "ChristenUnie-SGP", "PvdA-GroenLinks-Lokaal": a joint list of parties
    if parts[0] in keep_terms() or parts[0] in institutions() or parts[0] in _role_words():
        return True  # "Inspectie JenV", "Wethouder Jeugd"
    if parts[0] in not_in_names():
        return True  # "Gemeente Oss", "Rechtbank Assen": a place after its trigger
    if name in places() or all(is_stop_word(w) for w in parts):
        return True
    if len(parts) == 1 and not any(ch.isupper() for ch in name[1:]):
        return in_dictionary(name)  # "(Jeugdzorg)", "(Inspreker)": an ordinary word
    return False


def _international(name: str) -> bool:
    """A national or international body's name: "Nationale Jeugdraad", "West-Europese Unie"."""
    first = name.split()[0].lower()
    return first in word_set("national_cues.txt") or "Europ" in name


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
    # after a first name (no title or initials) a name of ordinary words only may be a
    # description ("Casuistieklijn Oost"): it needs a word no dictionary knows
    named = [
        m
        for m in NAMED_AFFILIATION.finditer(text)
        if m["first"] in first_names() and not all(is_ordinary(w) for w in m["org"].split())
    ]
    for m in [*AFFILIATION.finditer(text), *_titled_affiliation_rx().finditer(text), *named]:
        name = m["org"]
        if _kept_name(name) or any(f.start == m.start("org") for f in found):
            continue
        if m["surname"] in name.split():
            continue  # "De heer Smit (Lid Smit)": a member's own group in a debate
        if _portfolio_in_brackets(m[0], name):
            continue  # "Minister Bos (Basis- en Voortgezet Onderwijs)": the portfolio
        found.append(bracket_school(_org(m.start("org"), m.end("org"), text, "affiliation")))
    return found


def _portfolio_in_brackets(match: str, name: str) -> bool:
    """True when the brackets after a minister, state secretary or alderman hold a portfolio:
    capitalised ordinary words joined by "en" ("Basis- en Voortgezet Onderwijs en Media"),
    none a known name; a local party after "wethouder Kok" has no "en" of ordinary words."""
    from wb.dossiers.person_roles import PORTFOLIO_OF_ROLES

    if match.split()[0].lower() not in PORTFOLIO_OF_ROLES or " en " not in name:
        return False
    capitalised = [w.rstrip("-") for w in name.split() if w[:1].isupper()]
    return len(capitalised) > 1 and all(
        in_dictionary(w) and not is_known_name(w) for w in capitalised
    )


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
    rf"(?<![\w-])(?:[Ff]ractie(?:voorzitter)?(?:[ ]van)?|[Nn]amens)[ ](?:de[ ]|het[ ])?"
    rf"(?P<name>{CAP}(?:[ ](?:(?:voor|van|en|&)[ ])?{CAP}){{1,3}}|[{UP}]{{2,6}})(?![\w'’-])"
)
# "de LOS-fractie": a party's acronym glued to "fractie"
FRACTION_GLUED = re.compile(lead_first(rf"(?<![\w-])(?P<name>[{UP}][{UP}a-z0-9]{{1,7}})-fractie"))


def fraction_mentions(text: str) -> list[Mention]:
    """ "de fractie van Samen voor Oss", "namens Samen voor Oss", "de LOS-fractie": the party
    after "fractie van" or "namens" (two words or more, or an acronym) or glued to "-fractie"
    is a local party unless it is a national one; not a person ("namens Jan Smit")."""
    found = []
    for m in [*FRACTION.finditer(text), *FRACTION_GLUED.finditer(text)]:
        name = m["name"]
        first = name.split()[0]
        if _kept_name(name) or first in _role_words() or first in first_names():
            continue
        if sum(ch.isupper() for ch in name) < 2:
            continue  # one capital: "Jeugd-fractie" is no acronym
        if m[0].lower().startswith("namens") and (
            " " not in name or text[m.start() : m.start("name")].endswith(("de ", "het "))
        ):
            continue  # "namens de WSJ", "namens de Duitstalige Gemeenschap": left to others
        found.append(_org(m.start("name"), m.end("name"), text, "fraction"))
    return found


# "Gezinshuis Woonst, onderdeel van de Driestroom": what a named home or team is part of
PART_OF = re.compile(
    lead_first(rf"(?<![\w-])onderdeel[ ]van[ ](?:de|het)[ ](?P<name>{CAP}(?:[ ]{CAP})?)(?![\w'’-])")
)


def part_of_mentions(text: str) -> list[Mention]:
    """ "onderdeel van de Driestroom": a name after "onderdeel van de/het" that is no word of
    wb's lexicon, no place, kept term or institution is the organisation it belongs to."""
    found = []
    for m in PART_OF.finditer(text):
        name = m["name"]
        if _kept_name(name) or name in places() or any(is_stop_word(w) for w in name.split()):
            continue
        if all(is_dutch_word(w.lower()) for w in name.split()):
            continue  # "onderdeel van de Gemeente": an ordinary word
        found.append(_org(m.start("name"), m.end("name"), text, "part-of"))
    return found


# "in 'Het Poortje' in Veenhuizen": a quoted name after a preposition, then where it stands
QUOTED_IN_PLACE = re.compile(
    rf"(?<![\w-])(?:in|bij|naar|uit|op)[ ]['‘“\"](?P<name>{CAP}(?:[ ]{CAP}){{0,3}})['’”\"]"
    rf"[ ](?:in|te)[ ](?P<place>{CAP})"
)


def quoted_in_place_mentions(text: str) -> list[Mention]:
    """ "in 'Het Poortje' in Veenhuizen": a capitalised name in quotes after a preposition of
    place and before "in" or "te" and a known place names an organisation there (a home, an
    institution), also when it is an ordinary word; not a kept term or a place."""
    found = []
    for m in QUOTED_IN_PLACE.finditer(text):
        place = m["place"]
        if place not in places() and place not in gazetteer():
            continue
        name = m["name"]
        core = name.split(" ", 1)[1] if name.split()[0] in ("De", "Het") and " " in name else name
        if core in keep_terms() or core in institutions() or core in places():
            continue
        if all(is_stop_word(w) for w in name.split()):
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "quoted-in-place"))
    return found


def slot_mentions(text: str) -> list[Mention]:
    """All organisations this module finds by their slot."""
    found = affiliation_mentions(text) + member_list_mentions(text) + part_of_mentions(text)
    found += quoted_in_place_mentions(text)
    found += mixed_case_mentions(text) + fraction_mentions(text)
    found += contact_mentions(text) + handle_mentions(text) + building_mentions(text)
    return found + listed_org_mentions(text) + merger_mentions(text)


# "na de fusie met Kompas", "gefuseerd met Kompas Zorg": a merger is between
# organisations, so the capitalised name after "met" is one
MERGER = re.compile(
    rf"(?<![\w-])(?:[Ff]usie|[Ff]useren|[Ff]useert|[Ff]useerde|[Ff]useerden|gefuseerd)"
    rf"(?:[ ][{LOW}]+){{0,3}}?[ ]met[ ](?P<name>[{UP}][\w'’-]+(?:[ ][{UP}][\w'’-]+){{0,3}})"
)


def merger_mentions(text: str) -> list[Mention]:
    """ "Na de fusie met Kompas gaat het werk door.": the capitalised name after a merger's
    "met" is an organisation, also a dictionary word, and that word elsewhere in the text; not
    a place, a kept term, a national institution or a person's first name."""
    found = []
    for m in MERGER.finditer(text):
        name = m["name"]
        words_ = name.split()
        core = " ".join(words_[1:]) if words_[0] in ("De", "Het") and len(words_) > 1 else name
        first = core.split()[0]
        if is_stop_word(first) or first in first_names() or core in not_in_names():
            continue
        one_word = " " not in core and not any(ch.isupper() for ch in core[1:])
        if (_kept_name(core) and not one_word) or core in keep_terms() or core in institutions():
            continue  # a dictionary word alone is a name here ("met Kompas"), not a kept term
        if core in places() or core.lower() in _role_words():
            continue
        mention = _org(m.start("name"), m.end("name"), text, "merger")
        mention.extra["named_short"] = name
        found.append(mention)
    return found


# "de inloop in Zonnepunt aan de Lindelaan": a capitalised word after "in" or "bij" and before
# "aan de" and a street names the building of an organisation
BUILDING = re.compile(
    rf"(?<![\w-])(?:in|bij)[ ](?P<name>[{UP}][a-z]{{3,}})[ ]aan[ ](?:de|het)[ ]"
    rf"(?P<street>[{UP}][a-z]{{2,}})(?![\w'’-])"
)


def building_mentions(text: str) -> list[Mention]:
    """ "in Zonnepunt aan de Lindelaan": the building of an organisation at a street (a word
    ending in a street's suffix), also an ordinary word ("Buurtpunt"); not a place, a first
    name, a kept term or institution."""
    found = []
    for m in BUILDING.finditer(text):
        name, street = m["name"], m["street"].lower()
        if not any(street.endswith(s) and len(street) > len(s) + 2 for s in _street_suffixes()):
            continue
        if is_stop_word(name) or name in first_names() or name in not_in_names():
            continue
        if name in keep_terms() or name in institutions() or national_name(name):
            continue
        if name in places() or name in gazetteer():
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "org-head"))
    return found


@cache
def _street_suffixes() -> frozenset[str]:
    return word_set("street_suffixes.txt")


# "Neem contact op met Zorgwijzer via ...", "contact opnemen met Zorgpunt": whom a reader calls
CONTACT = re.compile(
    lead_first(
        rf"(?<![\w-])contact[ ](?:op[ ]?)?(?:nemen[ ]|neemt[ ]|genomen[ ])?met[ ]"
        rf"(?P<name>[{UP}][a-z]{{4,}})(?![\w'’-]|[ ][{UP}])"
    )
)


def contact_mentions(text: str) -> list[Mention]:
    """ "Neem contact op met Zorgwijzer": a capitalised word that no dictionary knows as a word of
    its own (a coined compound), alone after "contact (op) met", names the service to contact:
    an organisation (reused as a short form); not a kept term, place or first name."""
    found = []
    for m in CONTACT.finditer(text):
        name = m["name"]
        if is_dutch_word(name) or is_stop_word(name) or _kept_name(name):
            continue
        if name in places() or name in gazetteer() or name in first_names():
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "org-head"))
        found[-1].extra["short"] = name
    return found


# "@YouzJeugd": a social media handle (not the domain of an e-mail address)
HANDLE = re.compile(lead_first(r"(?<![\w@.])@(?P<name>[A-Za-z][\w]{2,})"))


def handle_mentions(text: str) -> list[Mention]:
    """ "volg ons op @YouzJeugd": a social media handle names its account holder, an
    organisation; a national body's handle (a kept term or national acronym in front, "NL" or
    "Nederland" at the end) stays."""
    found = []
    for m in HANDLE.finditer(text):
        name = m["name"]
        first = re.match(rf"[{UP}]?[a-z]+|[{UP}]+(?![a-z])", name)
        head = first[0] if first else name
        if _kept_name(name) or head in word_set("national_acronyms.txt"):
            continue
        if re.search(r"(?:_?NL|Nederland)$", name):
            continue  # "@Jeugdzorg_NL": a national account
        if name in first_names() or re.match(rf"[ ][{UP}]", text[m.end() : m.end() + 2]):
            continue  # "@Josselin Gordijn": an author's name after the sign, a person
        if head in keep_terms() or head in institutions() or head in national_parties():
            continue
        mention = _org(m.start(), m.end(), text, "handle")
        mention.key = norm_name(name)
        del mention.extra["short"]
        found.append(mention)
    return found


# "MetMaya", "BewustZW": a capital inside a word after a lowercase letter (not "McLaren")
MIXED_CASE = re.compile(
    rf"(?<![\w'’.@/-])(?P<w>(?!Mc|Mac)[{UP}][a-z]+[{UP}][\w]*)(?![\w'’@/-]|\.[a-z])"
)
SPELLED_OUT = re.compile(rf"[ ][–-][ ](?P<run>[{UP}][a-z]+(?:[ ][{UP}][a-z]+){{1,3}})")
MIXED_SLOT = re.compile(r"(?<![\w-])(?:vanuit|namens|bij|aan|door)[ ]+$")


def mixed_case_mentions(text: str) -> list[Mention]:
    """A coined word in mixed case that no list or dictionary knows (nor two dictionary words:
    "ZorgPlus"), found at least once where an organisation stands ("vanuit MetZorg", "de
    opdracht aan MetZorg"; not "via", a channel's slot): an organisation, at all its mentions."""
    names = set()
    for m in MIXED_CASE.finditer(text):
        word = m["w"]
        if word in names or not MIXED_SLOT.search(text, max(0, m.start() - 10), m.start()):
            continue
        if _kept_name(word) or word in word_set("national_acronyms.txt"):
            continue
        if is_dutch_word(word.lower()) or any(word.startswith(t) for t in _kept_prefixes()):
            continue  # "JeugdzorgPlus": a kept term with a suffix
        parts = re.findall(rf"[{UP}][a-z]+", word)
        if len(parts) > 1 and len(parts[0]) > 3 and all(in_dictionary(p) for p in parts):
            continue  # "ZorgPlus", "KlasDoos": two dictionary words, a product or a programme
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


# "de stemmen van VVD, CDA en Wij Oss", "Tegen: Sterk Oss en SP", "Tegen stemden: ...": a
# vote's list of parties
VOTE_LIST = re.compile(
    r"(?:(?<![\w-])(?:[Vv]oor|[Vv]óór|[Tt]egen|[Ss]temverhouding)(?:[ ]stemden|[ ]stemmen)?[ ]?:"
    r"|(?:stemmen|fracties|[Ii]ngediend[ ]door(?:[ ]de[ ]fracties)?)[ ]van(?:[ ]de)?"
    r"|[Ii]ngediend[ ]door(?:[ ]de)?)[ ]+"
    r"(?P<items>(?:[^.:;\n]|\.(?=\S)){2,200})"
)
# "zorgaanbieders als Lunet Zorg, Dichterbij en ...": a list of organisations of one kind
_KINDS = (
    r"(?<![\w-])[\w-]*(?:aanbieders|organisaties|instellingen|scholen|stichtingen|verenigingen"
    r"|praktijken|bureaus|partners)"
)
KIND_LIST = re.compile(
    _KINDS + r"[ ,]+(?:zoals|als|waaronder)[ ]+(?P<items>(?:[^.:;\n()]|\.(?=\S)){2,200})"
)
# "de grootste organisaties in Zeeland (Kompas, Horizon en het Leger des Heils)"
KIND_BRACKETS = re.compile(
    _KINDS + rf"(?:[ ](?:in|uit)[ ][{UP}][\w-]*)?[ ]\((?P<items>[^()\n]{{2,200}})\)"
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
    for part in re.split(r"(,[ ]|(?<!-)[ ]en[ ]|[ ]of[ ])", items):
        if part in (", ", " en ", " of "):
            pos += len(part)
            continue
        m = LIST_ITEM.match(part.removeprefix("de ").removeprefix("het "))
        if not m:
            break
        lead = len(part) - len(part.removeprefix("de ").removeprefix("het "))
        found.append((offset + pos + lead, offset + pos + lead + len(m["item"]), m["item"]))
        if lead + m.end() < len(part.rstrip()):
            break  # "en D66 voor": the list ends in this item
        pos += len(part)
    return found


def _local_item(name: str, of_a_kind: bool) -> bool:
    """A list item that names a local organisation: no national party, kept term, institution,
    place, person or ordinary word; two words or more, or one no dictionary knows. In a list
    of one kind ("aanbieders zoals Horizon") a dictionary word counts too, not a domain word
    ("organisaties zoals Jeugdzorg")."""
    parts = name.split()
    if of_a_kind and len(parts) == 1 and in_dictionary(name) and name.lower() not in _DOMAIN_WORDS:
        word = name
        return not (
            is_stop_word(word)
            or word in keep_terms()
            or word in institutions()
            or word in not_in_names()
            or word in places()
            or word in _role_words()
        )
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
    for rx, need_party in ((VOTE_LIST, True), (KIND_LIST, False), (KIND_BRACKETS, False)):
        for m in rx.finditer(text):
            items = _list_items(m["items"], m.start("items"))
            if need_party and not any(i[2] in national_parties() for i in items):
                continue
            if any(_international(i[2]) for i in items):
                continue  # "organisaties als de West-Europese Unie, de Navo en ...": no local list
            for start, end, name in items:
                # in a vote's list with a national party a dictionary word names a party too
                if _local_item(name, True):
                    found.append(_org(start, end, text, "listed-org"))
    return found
