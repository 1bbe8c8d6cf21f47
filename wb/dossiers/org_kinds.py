"""Local organisations named after their kind: an acronym of a kind of provider before the
local name ("ABC Zonnedauw", "ABC Noord-Oost"), a legal form at the end of the name ("Zonnedauw
Advies B.V.") or before a quoted name ("de vzw 'Huis van X'"), and a childcare kind code in
brackets after a name in an inspection report's title ("Zonnedauw (GOB)").

The acronym shapes ask for evidence that the acronym is the kind and not the name: the same
acronym before two different names in one text, an acronym before a hyphenated place name, or
the slot after a person's full name and a comma ("Anna Smit, ABC Zonnedauw"). National
acronyms (``national_acronyms.txt``), parties and kept terms never count as a kind.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    gazetteer,
    hunspell,
    inflected_adjective,
    is_dutch_word,
    is_known_name,
    is_stop_word,
    norm_name,
    particles,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_documents import plan_before
from wb.dossiers.org_evidence import evidence_mentions
from wb.dossiers.org_words import kept_terms, national_name, title_case_line
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.school_kinds import school_kind_acronyms
from wb.lang import word_set

_WORD = rf"[{UP}][\w'’]*(?:-[{UP}][\w'’]*)*"
# "ABC De Drie Linden", "ABC Maas en Waal": up to four capitalised words, "en" between two
KIND_ACRONYM = re.compile(
    rf"(?<![\w&/.@-])(?P<a>[A-Z]{{2,5}})[ ]"
    rf"(?P<name>{_WORD}(?:[ ](?:en[ ])?(?!(?P=a)[ ]){_WORD}){{0,5}})(?![\w'’&-])(?![ ]\d)"
)
# "Anna Smit, ABC": a known first name, particles, a surname, a comma, then the acronym
_PERSON_COMMA = re.compile(
    lead_first(
        rf"(?<![\w'’.-])(?P<first>[{UP}][{LOW}]+)[ ](?:(?i:van|de|der|den|ter|ten|te|in|'t)[ ])*"
        rf"[{UP}][\w'’]+(?:-[{UP}][\w'’]+)?,[ ]$"
    )
)
# inside the name, a lowercase particle or article between two capitalised words ("Party &
# Bowling de Worp B.V."; names70)
_INNER = r"(?:en|&|de|het|van|der|den|'t|’t|op|aan)"
LEGAL_END = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[{UP}][\w'’]*-[ ]en[ ])?{_WORD}"
    rf"(?:[ ](?:{_INNER}[ ])?{_WORD}){{0,3}})"
    r"[ ](?P<form>B\.V\.|BV|N\.V\.|V\.O\.F\.|vzw|VZW)(?![\w])"
)
_LOWER_INNER = re.compile(r"[ ](?:de|het|van|der|den|'t|’t|op|aan)[ ]")
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:van|de|der|den|ter)[ ]$")
LEGAL_QUOTED = re.compile(
    r"(?<![\w'’-])(?:vzw|VZW|[Ss]tichting|[Vv]ereniging)[ ]['‘“\"]"
    rf"(?P<name>[{UP}][^'‘’“”\"\n]{{1,48}}?)['’”\"](?![\w])"
)


@cache
def _kind_codes() -> str:
    return "|".join(sorted(word_set("org_kind_codes.txt"), key=len, reverse=True))


@cache
def _kind_code_rx() -> re.Pattern[str]:
    # the line up to the code: a capitalised word, then up to six words of any case ("Zon aan
    # huis", "Zonnedauw B.V."); the code's own spelling in brackets may stand before it
    return re.compile(
        rf"(?m)^[ \t]*(?P<line>{_WORD}(?:[ ](?:{_WORD}|[{LOW}]+|[{UP}]\.[{UP}]\.|&)){{0,6}})"
        rf"(?:[ ]\([{UP}][{LOW}]+\))?[ ]\((?:{_kind_codes()})\)(?![\w])"
    )


def _kind_code_name(text: str, start: int, line: str) -> tuple[int, str] | None:
    """Where the provider's name starts in an inspection report's title line before its kind
    code, and the name: after the report's noun ("Inspectierapport") and a kind head that
    opens it ("Gastouderbureau", "Christelijke Kinderopvang"), when a name follows (names46:
    the title shape of rounds 2-33's inspection reports, checked round by round)."""
    from wb.dossiers.org_documents import document_word
    from wb.dossiers.org_words import head_of

    words = line.split(" ")
    i = 0
    if len(words) > 1 and document_word(words[0]):
        i = 1  # "Inspectierapport X (KDV)": the report's noun stays
    j = i + 1 if words[i:] and words[i].endswith("e") and is_dutch_word(words[i].lower()) else i
    if len(words) > j + 1 and head_of(words[j]) and words[j + 1][:1].isupper():
        i = j + 1  # "Gastouderbureau X", "Christelijke Kinderopvang X": the kind stays
    if not words[i][:1].isupper():
        return None
    capitals = [w for w in words[i:] if w[:1].isupper()]
    if all(is_stop_word(w) for w in capitals) or any(
        w[:1].islower() and head_of(w) for w in words[i:]
    ):
        return None  # "Het gastouderbureau (GOB) Zonnestraat 16": the kind, no name
    name = " ".join(words[i:])
    return start + len(" ".join(words[:i])) + (1 if i else 0), name


def _no_kind(acronym: str) -> bool:
    """A national acronym, a party, a kept term or a word: not the kind of a local provider."""
    return (
        acronym.capitalize() in first_names()  # "ANNA DE BOER": a name in capitals
        or acronym in word_set("national_acronyms.txt")
        or acronym in word_set("parties.txt")
        or acronym in kept_terms()
        or acronym.lower() in hunspell().ordinary
        or is_dutch_word(acronym.lower())
    )


def _name_words(name: str, listed: bool) -> str:
    """The local name after a kind's acronym, cut before a first name and a capitalised word or
    before a capitalised particle that start a person ("ABC Zonnedauw Anna Smit", "ABC
    Zonnedauw Van den Berg Piet"); in a list (``listed``: a comma follows) of "person,
    organisation person, ..." the last two words of three or more are the next person ("ABC
    Zonnedauw Kim Smit, ...")."""
    words = name.split(" ")
    if words[0] in first_names():
        return ""  # "medewerker ABC Anna Smit": a person after the acronym
    keep: list[str] = []
    for n, word in enumerate(words):
        person = word in first_names() and words[n + 1 : n + 2] not in ([], ["en"])
        if n and (person or (word.lower() in particles() and word[:1].isupper())):
            break
        keep.append(word)
    if listed and len(keep) == len(words) >= 3 and not any(w in places() for w in keep[-2:]):
        keep = keep[:-2]
    while keep and (keep[-1] == "en" or keep[-1] in ("De", "Het") or is_stop_word(keep[-1])):
        keep.pop()
    if not keep or all(is_stop_word(w) for w in keep):
        return ""
    return " ".join(keep)


def _org(start: int, end: int, text: str, source: str, short: str | None = None) -> Mention:
    name = text[start:end]
    mention = Mention(start, end, "ORGANISATIE", name, 1, source, key=norm_name(name))
    mention.extra["short"] = short or name
    return mention


def kind_acronym_mentions(text: str) -> list[Mention]:
    """ "ABC Zonnedauw ... ABC De Linde", "ABC Noord-Oost", "Anna Smit, ABC Zonnedauw": an
    acronym that is no national one before a local name, when the same acronym stands before
    two different names in the text, before a hyphenated place name, or right after a person's
    full name and a comma; the acronym and the name are one organisation."""
    hits: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for m in KIND_ACRONYM.finditer(text):
        acronym = m["a"]
        if acronym in _school_kinds():
            continue  # "IKC Zuidwest": a school's kind, read by organisations.txt ("IKC {NAAM}")
        name = _name_words(m["name"].rstrip("'’"), text.startswith(",", m.end()))
        if not name or _no_kind(acronym) or name in kept_terms():
            continue
        hits[acronym].append((m.start(), m.start("name") + len(name), name))
    found = []
    for spans in hits.values():
        names = {norm_name(n) for _, _, n in spans}
        # "ABC Zonnedauw" and "ABC Zonnedauw Hierbij" (a lost full stop): one name
        names = {n for n in names if not any(o != n and n.startswith(o + " ") for o in names)}
        for start, end, name in spans:
            hyphenated = "-" in name and all(p[:1].isupper() for p in name.split("-"))
            hyphenated = hyphenated and not name.isupper()  # "LOTTE BERGEN-HOUTMAN": capitals
            after_person = _PERSON_COMMA.search(text, max(0, start - 60), start)
            if after_person and after_person["first"] not in first_names():
                after_person = None
            if len(names) >= 2 or hyphenated or after_person:
                found.append(_org(start, end, text, "kind-acronym"))
    return found


def legal_form_mentions(text: str) -> list[Mention]:
    """ "Zonnedauw Advies B.V.", "de vzw 'Huis van X'": capitalised words right before a legal
    form (the form is part of the name; the name without it is its short form), and a quoted
    name right after one."""
    found = []
    for m in LEGAL_END.finditer(text):
        start, name = m.start("name"), m["name"]
        first = name.split(" ")[0]
        inner = list(_LOWER_INNER.finditer(name))
        if inner and (first in first_names() or is_known_name(first) or first in places()):
            # "Anna van Dijk Advies B.V.": the name after the last particle, as before names70
            start += inner[-1].end()
            name = name[inner[-1].end() :]
            first = name.split(" ")[0]
        if " " in name and (
            _PARTICLE_BEFORE.search(text, max(0, start - 6), start) or first in first_names()
        ):
            start += len(first) + 1  # "Anna van Dijk Advies B.V.": the surname is the person's
            name = name[len(first) + 1 :]
        if all(is_stop_word(w) for w in name.split()) or name in kept_terms():
            continue
        found.append(_org(start, m.end(), text, "legal-form", short=name))
    for m in LEGAL_QUOTED.finditer(text):
        name = m["name"].strip()
        if name in kept_terms() or all(is_stop_word(w) for w in name.split()):
            continue
        found.append(_org(m.start("name"), m.start("name") + len(name), text, "legal-form"))
    return found


def kind_code_mentions(text: str) -> list[Mention]:
    """ "Zonnedauw (GOB)" on a line of its own start: a name right before a childcare kind code
    in brackets (``org_kind_codes.txt``: gastouderbureau, kinderdagverblijf, ...) is that
    provider, as in the title of an inspection report."""
    found: list[Mention] = []
    if not any(f"({code})" in text for code in word_set("org_kind_codes.txt")):
        return found  # no code in the text: skip the line pattern (speed)
    for m in _kind_code_rx().finditer(text):
        cut = _kind_code_name(text, m.start("line"), m["line"])
        if cut is None:
            continue
        start, name = cut
        if name in kept_terms() or all(is_stop_word(w) for w in name.split()):
            continue
        short = re.sub(r"[ ](?:B\.V\.|BV|N\.V\.|V\.O\.F\.|vzw|VZW)$", "", name)
        mention = _org(start, start + len(name), text, "kind-code", short=short)
        mention.tier = 0  # the title line's name wins over a longer guess around it
        found.append(mention)
    return found


# "en Welzijn De Bilt", "met Jeugdzorg Zwolle": a capitalised care domain, then a place
DOMAIN_PLACE = re.compile(
    rf"(?<=[{LOW},][ ])(?P<adj>[{UP}][{LOW}]+e[ ])?(?P<domain>[{UP}][{LOW}]{{3,}})[ ]"
    rf"(?P<place>(?:De[ ]|Het[ ])?{_WORD})(?![\w'’&-]|[ ][{UP}])"
)


_WORD_BEFORE = re.compile(r"(?P<w>[\w'’-]+),?[ ]$")


def _lowercase_before(text: str, link: re.Match) -> bool:
    """True when a lowercase word stands before a link word ("cijfers van Pleegzorg X")."""
    prev = _WORD_BEFORE.search(text, max(0, link.start() - 40), link.start())
    return prev is not None and prev["w"][:1].islower()


def domain_place_mentions(text: str) -> list[Mention]:
    """ "samen met gemeente De Bilt en Welzijn De Bilt": in mid-sentence (after a lowercase word
    or a comma), a capitalised care domain (``org_domains.txt``) right before a known place and
    no further capitalised word names the local provider of that domain; not in a Title Case
    heading."""
    found = []
    for m in DOMAIN_PLACE.finditer(text):
        if m["adj"] and not inflected_adjective(m["adj"].strip().lower()):
            continue  # "Regiovisie Jeugdhulp X": a plan's title, no adjective
        domain = m["domain"].lower()
        if m["place"] not in places():
            continue
        if domain not in word_set("org_domains.txt") | word_set("org_kind_nouns.txt"):
            continue
        if title_case_line(text, m.start()) or sentence_initial(text, m.start()):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if plan_before(text, m.start()):
            continue  # "het beleidsplan Jeugdhulp Kwarland": a plan's title
        if not before or before["w"][:1].isupper():
            continue  # "Sociaal Domein X": part of a longer name
        if before["w"] in word_set("org_name_links.txt") and not _lowercase_before(text, before):
            continue  # "Spoed voor Jeugd Drenthe": part of a longer name (not "cijfers van X")
        name = m[0]
        if name in kept_terms() or national_name(name):
            continue
        found.append(_org(m.start(), m.end(), text, "domain-place"))
        found[-1].tier = 2  # a longer regional name around it wins
    return found


# "Bibliotheek Kwarstad en Epe organiseert": at a line's or sentence's start, an institution's
# kind and one or two places joined by "en"
KIND_PLACE_START = re.compile(
    rf"(?:^|(?<=[.!?][ ])|(?<=\n))[ \t]*(?P<name>(?P<kind>[{UP}][{LOW}]{{4,}})[ ]"
    rf"(?P<p1>{_WORD}(?:[ ]{_WORD})?)(?:[ ]en[ ](?P<p2>{_WORD}(?:[ ]{_WORD})?))?)"
    rf"(?=[ ][{LOW}])"
)


def kind_place_start_mentions(text: str) -> list[Mention]:
    """ "Bibliotheek Kwarstad en Epe organiseren ...": at the start of a line or sentence, a
    local institution's kind (``org_kind_nouns.txt``: library, museum, theatre, hospital)
    before one or two known places joined by "en", then a lowercase word, names that place's
    institution (names65; in mid-sentence :func:`domain_place_mentions` reads it)."""
    found = []
    for m in KIND_PLACE_START.finditer(text):
        if m["kind"].lower() not in word_set("org_kind_nouns.txt"):
            continue
        known = places() | gazetteer()
        if m["p1"] not in known or (m["p2"] and m["p2"] not in known):
            continue
        name = m["name"]
        if name in kept_terms() or national_name(name) or title_case_line(text, m.start("name")):
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "kind-place-start"))
        found[-1].tier = 2
    return found


# ", 2018)" after a list of names: the authors of a reference, no organisation
CITED_YEAR = re.compile(r",[ ](?:19|20)\d\d[a-z]?[);,]")

# "het informatieloket Relatie, Ouders & Scheiding": capitalised words, commas and "&"
AMPERSAND_LIST = re.compile(
    lead_first(
        rf"(?<=[{LOW}][ ])(?P<name>[{UP}][{LOW}]+(?:,[ ][{UP}][{LOW}]+)+[ ]&[ ][{UP}][{LOW}]+)"
        rf"(?![\w'’&-]|[ ][{UP}])"
    )
)


def ampersand_list_mentions(text: str) -> list[Mention]:
    """ "het loket Relatie, Ouders & Scheiding": in mid-sentence, three capitalised words or more
    joined by commas and a final "&" are one name (a service's), not a list of words; not when
    a capitalised word follows ("commissie Welzijn, Cultuur & Sociaal Beleid": a committee's
    field), nor before ", year" (authors of a reference: "(De Haan, Schrijver & Peters, 2018)",
    read by :func:`~wb.dossiers.author_citations.author_citations`)."""
    found = []
    for m in AMPERSAND_LIST.finditer(text):
        if title_case_line(text, m.start()) or m["name"] in kept_terms():
            continue
        if CITED_YEAR.match(text, m.end()):
            continue
        found.append(_org(m.start(), m.end(), text, "ampersand-list"))
    return found


# a title page: a line that is (or ends in) a school's document noun, then a short name line
SCHOOL_TITLE = re.compile(
    rf"(?m)^[ \t]*(?P<doc>[{UP}][{LOW}]+)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    rf"(?P<article>(?:De|Het|'t)[ ])?(?P<name>{_WORD}(?:[ ]{_WORD}){{0,2}})[ \t]*$"
)


def school_title_mentions(text: str) -> list[Mention]:
    """ "Schoolgids\nDe Zonnewijzer\n": on a title page the line of one to three capitalised
    words right after a line that is a school's document noun (``school_document_nouns.txt``)
    names the school (without its article, by the annotation policy); not a kept term, place
    or ordinary word alone. A school's kind before the name ("RKBS Mariadonk") stays out of
    it, as after the kind in running text ("OBS De Klimop"), so the bare name is learned."""
    found = []
    for m in SCHOOL_TITLE.finditer(text):
        if not m["doc"].lower().endswith(tuple(word_set("school_document_nouns.txt"))):
            continue
        name, start = m["name"], m.start("name")
        kind, _, rest = name.partition(" ")
        if not m["article"] and rest and kind in _school_kinds():
            name, start = rest, start + len(kind) + 1
        if name in kept_terms() or name in places():
            continue
        if not m["article"] and " " not in name and is_dutch_word(name.lower()):
            continue  # "Schoolgids\nInleiding": a heading
        mention = _org(start, m.end("name"), text, "school-title")
        mention.type = "SCHOOL"
        found.append(mention)
    return found


def _school_kinds() -> frozenset[str]:
    """The acronyms of school kinds before a name in organisations.txt ("RKBS {NAAM}")."""
    return school_kind_acronyms()


def kind_mentions(text: str) -> list[Mention]:
    """All organisations this module finds."""
    found = kind_acronym_mentions(text) + legal_form_mentions(text) + kind_code_mentions(text)
    found += school_title_mentions(text) + evidence_mentions(text)
    found += kind_place_start_mentions(text)
    return found + domain_place_mentions(text) + ampersand_list_mentions(text)


__all__ = [
    "ampersand_list_mentions",
    "domain_place_mentions",
    "kind_acronym_mentions",
    "kind_code_mentions",
    "kind_mentions",
    "kind_place_start_mentions",
    "legal_form_mentions",
    "school_title_mentions",
]
