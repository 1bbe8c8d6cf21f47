"""Organisations by the sentence around a name, shapes kept on leave-one-round-out evidence.

Each shape here is a general cue in the sentence that a capitalised name is an organisation,
not a list of names: an appositive ("Zonnedauw, een organisatie met zes vestigingen"), a
person's affiliation in brackets ("Anna Smit (Zonnedauw)"), a childcare kind before a name in
an inspection report's title ("Kinderdagverblijf Villa Zon"), and a capitalised article in
mid-sentence ("de opvang van Het Zonnehuis"). ``bench/org_shapes_loro.py`` counts for every
shape how often it fires right and wrong in each tune round of the real-text check and on the
UD Dutch dev sets; :data:`KEPT` names the shapes that fired right in two rounds or more and
never wrong on UD dev (the figures are in bench/README.md, section orgs2). A shape not in
:data:`KEPT` stays here only so that the measurement can be repeated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    norm_name,
    place_triggers,
    places,
    sentence_initial,
)
from wb.dossiers.kept_firms import kept_firms
from wb.dossiers.mentions import Mention
from wb.dossiers.org_party_short_forms import national_short_form
from wb.dossiers.org_words import kept_terms, national_name, org_heads
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.school_kinds import bracket_school, school_kind_acronyms
from wb.lang import read_lines, resource, word_set

_CAP = rf"[{UP}][\w'’]*(?:-[{UP}][\w'’]*)*"
_NAME = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"

# "Zonnedauw, een (kleine) organisatie": a name, a comma, "een" or "de", one or two words
APPOSITIVE = re.compile(
    lead_first(
        rf"(?<![\w'’.-])(?P<name>{_NAME}),[ ](?:een|de)[ ]"
        rf"(?P<w1>[{LOW}]+)(?:[ ](?P<w2>[{LOW}]+))?(?![\w-])"
    )
)
# "Anna Smit (Zonnedauw)": a first name, particles, a surname, then a name in brackets
AFFILIATION = re.compile(
    lead_first(
        rf"(?<![\w'’.-])(?P<first>[{UP}][{LOW}]+)[ ](?:(?:van|de|der|den|ter|ten|te|in|'t)[ ])*"
        rf"[{UP}][\w'’]+(?:-[{UP}][\w'’]+)?[ ]\((?P<name>{_NAME})\)"
    )
)
# "van Het Zonnehuis", "(De Zonnedauw)": a capitalised article after a lowercase word or "("
MID_ARTICLE = re.compile(
    rf"(?:(?<=[{LOW}][ ])|(?<=\())(?P<article>Het|De|'t)[ ](?P<name>{_CAP}(?:[ ]{_CAP})?)"
    rf"(?![\w'’-])"
)


@cache
def _kind_title_rx() -> re.Pattern[str]:
    """ "Kinderdagverblijf Villa Zon", "gastouderbureau (GOB) Zonnedauw Kinderopvang": a kind of
    childcare (``org_childcare_kinds.txt``), its code in brackets or not, then a name."""
    kinds = sorted((line for _, line in read_lines(resource("org_childcare_kinds.txt"))), key=len)
    either = "|".join(f"[{k[0].upper()}{k[0]}]{re.escape(k[1:])}" for k in reversed(kinds))
    return re.compile(
        rf"(?<![\w'’-])(?:{either})(?:[ ]\([A-Z]{{2,4}}\))?[ ](?P<name>{_NAME})(?![\w'’-])"
    )


@cache
def _org_nouns() -> tuple[str, ...]:
    """Head nouns of organisations (``org_heads.txt``) and the nouns for any organisation."""
    return tuple(org_heads()) + tuple(word_set("org_appositive_nouns.txt"))


def _org_noun(noun: str) -> bool:
    """ "organisatie", "jeugdhulpaanbieder", "kinderopvangorganisatie": an organisation's noun
    or a compound ending in one."""
    return noun.endswith(_org_nouns())


def _bad_name(name: str) -> bool:
    """A kept term, a national name, a place, a first name or stop words only: no local
    organisation."""
    return (
        name in kept_terms()
        or national_name(name)
        or name in places()
        or name in first_names()
        or all(is_stop_word(w) for w in name.split())
    )


def _kept_firm(text: str, start: int) -> bool:
    """True when a firm, publisher or university that stays (``kept_firms``) starts at `start`."""
    return any(k.start <= start < k.end for k in kept_firms(text))


def _org(start: int, end: int, text: str, source: str) -> Mention:
    name = text[start:end]
    mention = Mention(start, end, "ORGANISATIE", name, 1, source, key=norm_name(name))
    mention.extra["short"] = name
    return mention


def appositive_mentions(text: str) -> list[Mention]:
    """ "Zonnedauw, een organisatie met zes vestigingen": a capitalised name right before a
    comma and "een"/"de" with an organisation's noun is that organisation; a single ordinary
    word at a sentence start is not."""
    found = []
    for m in APPOSITIVE.finditer(text):
        name = m["name"]
        noun = m["w1"] if _org_noun(m["w1"]) else None
        if noun is None and m["w1"].endswith("e") and m["w2"] and _org_noun(m["w2"]):
            noun = m["w2"]  # "een kleine organisatie": one inflected adjective first
        if noun is None or _bad_name(name):
            continue
        if " " not in name and is_dutch_word(name.lower()) and sentence_initial(text, m.start()):
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "appositive"))
    return found


def affiliation_mentions(text: str) -> list[Mention]:
    """ "Anna Smit (Zonnedauw)": a name in brackets right after a person's first name and
    surname is the person's organisation; not a party, a place, an ordinary word alone or
    ordinary words only ("Anna Smit (Hulplijn Oost)", a service)."""
    found = []
    for m in AFFILIATION.finditer(text):
        name = m["name"]
        if m["first"] not in first_names() or _bad_name(name):
            continue
        if name in word_set("parties.txt") or national_short_form(name):
            continue  # "(GrLi)": a national party, cut
        if " " not in name and is_dutch_word(name.lower()):
            continue
        if " " in name and all(is_ordinary(w.lower()) for w in name.split()):
            continue  # "(Hulplijn Oost)": a service described in ordinary words
        if name in school_kind_acronyms():
            continue  # "Integraal Kind Centrum (IKC)": a school's kind, no one's organisation
        if name.upper() in word_set("org_kind_codes.txt") or _kept_firm(text, m.start("name")):
            continue  # "(Gob)": a childcare kind; "(Deloitte Consulting)": a firm that stays
        if name.split()[0] in place_triggers()[0]:
            continue  # "(Gemeente Oss)": the place after a trigger, read by the place rules
        found.append(bracket_school(_org(m.start("name"), m.end("name"), text, "affiliation")))
    return found


def kind_title_mentions(text: str) -> list[Mention]:
    """ "Inspectierapport Kinderdagverblijf Villa Zon": the capitalised name right after a
    childcare kind (and its code in brackets) is the provider, also on a Title Case line."""
    found = []
    for m in _kind_title_rx().finditer(text):
        name = m["name"]
        if _bad_name(name) or (" " not in name and is_dutch_word(name.lower())):
            continue
        if re.match(r"[ ]\d", text[m.end("name") : m.end("name") + 2]):
            continue  # "gastouderbureau (GOB) Zonnestraat 16": the address, no name
        found.append(_org(m.start("name"), m.end("name"), text, "kind-title"))
    return found


def mid_article_mentions(text: str) -> list[Mention]:
    """ "de opvang van Het Zonnehuis": a capitalised article in mid-sentence starts a name; the
    name without its article is the organisation (by the annotation policy); not a place."""
    found = []
    for m in MID_ARTICLE.finditer(text):
        name = m["name"]
        full = f"{m['article']} {name}"
        if _bad_name(name) or _bad_name(full) or full in places():
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "mid-article"))
    return found


SHAPES: dict[str, Callable[[str], list[Mention]]] = {
    "appositive": appositive_mentions,
    "affiliation": affiliation_mentions,
    "kind-title": kind_title_mentions,
    "mid-article": mid_article_mentions,
}
KEPT: tuple[str, ...] = ("appositive", "affiliation", "kind-title")


def evidence_mentions(text: str) -> list[Mention]:
    """The organisations that the kept shapes (:data:`KEPT`) find."""
    return [m for shape in KEPT for m in SHAPES[shape](text)]


__all__ = [
    "KEPT",
    "SHAPES",
    "affiliation_mentions",
    "appositive_mentions",
    "evidence_mentions",
    "kind_title_mentions",
    "mid_article_mentions",
]
