"""Persons on lines of their own: a member after a party in an attendance list, with an initial
written without its full stop ("VVD J Kam"), a closing signature ("Aalt Smeenk" as the last
line of a text), the members who sign a motion and a first name and surname on a participants'
line."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    ROLES,
    TITLES,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import particle_re, person, surname_re
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words


@cache
def _member_rx() -> re.Pattern:
    return re.compile(
        rf"(?m)^[ \t]*(?P<lead>\S+)[ ]+(?P<name>[A-Z](?:\.?[ ]?[A-Z])*\.?[ ]+{surname_re()})"
        r"[ \t]*$"
    )


def attendance_members(text: str) -> list[Mention]:
    """ "GroenLinks I Kleinhout", "VVD J Kam": in a list where two lines or more start with a
    national party, a line of a party (any word) and initials and a surname names a member,
    initials written without full stops too, surname an ordinary word too."""
    lines = list(_member_rx().finditer(text))
    national = frozenset(words("parties.txt"))
    if sum(m["lead"] in national for m in lines) < 2:
        return []
    found = []
    for m in lines:
        last = m["name"].split()[-1]
        if is_stop_word(last) or last in places() or last.lower() in ROLES:
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "attendance")
        if mention:
            found.append(mention)
    return found


SIGNATURE = re.compile(rf"(?:^|\n[ \t]*\n)[ \t]*(?P<first>{CAP})[ ](?P<last>{CAP})[ \t]*\s*$")


def closing_signature(text: str) -> list[Mention]:
    """ "Aalt Smeenk" alone as the last paragraph of a text: a first word that is a name in the
    dictionary or no ordinary word, and a surname the lists know or no ordinary word, is the
    writer's name."""
    m = SIGNATURE.search(text[-200:])
    if not m:
        return []
    first, last = m["first"], m["last"]
    for word in (first, last):
        low = word.lower()
        if is_stop_word(word) or word in places() or low in ROLES or low in TITLES:
            return []
        if word in institutions() or word in keep_terms():
            return []
    if not (first in hunspell().proper or is_known_name(first) or not is_ordinary(first)):
        return []
    if not (is_known_name(last) or not is_ordinary(last)):
        return []
    start = len(text) - len(text[-200:]) + m.start("first")
    end = len(text) - len(text[-200:]) + m.end("last")
    mention = person(text, start, end, 3, "signature")
    return [mention] if mention else []


@cache
def _chair_rx() -> re.Pattern:
    return re.compile(
        r"(?m)^[ \t]*[Dd]e[ ](?:waarnemend[ ]|adjunct-)?(?:voorzitter|griffier|secretaris)"
        rf"[ ]van[ ][^\n,]{{3,120}}(?:,[^\n,]{{3,80}})?,[ ](?P<name>{surname_re()})[ \t]*$"
    )


# who signs a parliamentary report: "De voorzitter van", "De griffier van"
SIGNER = r"De[ ](?:waarnemend[ ]|adjunct-)?(?:voorzitter|griffier|secretaris)[ ]van[ ]"


@cache
def _run_in_chair_rx() -> re.Pattern:
    part = r"(?:(?![.!?][ ])[^\n,])"  # no sentence end inside the body's name
    return re.compile(
        rf"(?m){SIGNER}{part}{{3,120}}(?:,{part}{{3,80}})?,[ ](?P<name>{surname_re()})"
        rf"(?=[ \t]*$|[ ]+{SIGNER})"
    )


def _run_in_signatures(text: str) -> list[re.Match]:
    """The signing lines of a report whose lines a document site ran into one paragraph ("...
    verslag uit. De voorzitter van de commissie X, Kokers De griffier van de commissie X,
    Koepel"): each opens the paragraph, follows a sentence end or the name of the one before,
    and ends at the next signing line or the paragraph's end."""
    found, chain = [], -1
    for m in _run_in_chair_rx().finditer(text):
        before = text[: m.start()].rstrip(" \t")
        if not before or before[-1] in "\n.!?:;" or len(before) == chain:
            found.append(m)
            chain = m.end("name")
    return found


def chair_signatures(text: str) -> list[Mention]:
    """ "De voorzitter van de vaste commissie Justitie, Kokers": the word after the last comma
    of a parliamentary report's signing line is the chair's or clerk's surname, an ordinary
    word too; also when the signing lines run on in one paragraph."""
    found, seen = [], set()
    for m in [*_chair_rx().finditer(text), *_run_in_signatures(text)]:
        if m.span("name") in seen:
            continue
        seen.add(m.span("name"))
        last = m["name"].split()[-1]
        if is_stop_word(last) or last in places() or last.lower() in ROLES:
            continue
        if last in institutions() or last in keep_terms():
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "signature")
        if mention:
            found.append(mention)
    return found


PARTICIPANT_LABEL = re.compile(
    r"(?im)^[ \t]*(?:deelnemers|aanwezig|aanwezigen|afwezig|afwezigen|genodigden|gasten)"
    r"[ \t]*:(?P<rest>[^\n]+)"
)
PARTICIPANT_PAIR = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<first>{CAP})[ ](?P<last>{CAP})(?=[ ]*(?:,|$))")
)


def participant_pairs(text: str) -> list[Mention]:
    """ "Deelnemers: Ann Bos, Kwarvik Wolf Xyz, ...": on a line of participants, two
    capitalised words before a comma (or the line's end) whose second is no dictionary word
    are a first name and a surname, also when the first name is a dictionary word ("Wolf")."""
    found = []
    for line in PARTICIPANT_LABEL.finditer(text):
        for m in PARTICIPANT_PAIR.finditer(line["rest"]):
            first, last = m["first"], m["last"]
            if is_ordinary(last) and not is_known_name(last):
                continue
            if any(
                is_stop_word(w) or w in places() or w in keep_terms() or w in institutions()
                for w in (first, last)
            ):
                continue
            if first.lower() in ROLES or first.lower() in TITLES:
                continue
            prev = re.search(r"(\S+)[ ]$", line["rest"][: m.start()])
            if prev and f"{prev[1]} {first}" in places() | gazetteer():
                continue  # "Gasten: De Bilt Anna": a place with its article, then a name
            start = line.start("rest") + m.start()
            mention = person(text, start, start + len(m[0]), 3, "participant")
            if mention:
                found.append(mention)
    return found


@cache
def _motion_closing_rx() -> re.Pattern[str]:
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in words("motion_closings.txt"))
    return re.compile(rf"(?i:{phrases})\.[ \t]*\n")


SIGNER_LINE = re.compile(r"[ \t]*\n(?:[ \t]*\n)*[ \t]*(?P<name>[^\n]+?)[ \t]*(?=\n|$)")


def motion_signers(text: str) -> list[Mention]:
    """ "... en gaat over tot de orde van de dag." and then "Kuiken", "Bos", "Van der Berg" on
    lines of their own: the surnames of the members who sign the motion, ordinary words too;
    the list ends at the first line that is no surname; a particle that opens its line is
    capitalised ("Ter Velde")."""
    found = []
    surname = re.compile(rf"(?:(?i:{particle_re()})[ ]+)*{CAP}")
    for closing in _motion_closing_rx().finditer(text):
        at = closing.end() - 1
        for _ in range(20):  # a motion is signed by a handful of members
            line = SIGNER_LINE.match(text, at)
            if not line:
                break
            name = line["name"]
            if not surname.fullmatch(name):
                # "Pieter van Kwartel": a member's known first name before the surname
                first, _, rest = name.partition(" ")
                if first not in first_names() or not surname.fullmatch(rest):
                    break
            last = line["name"].split()[-1]
            if is_stop_word(last) or last.lower() in ROLES or last in institutions():
                break
            if last.lower() in word_set("meeting_labels.txt") and is_ordinary(last):
                break  # "Indieners": the label of the list after it, no member
            mention = person(text, line.start("name"), line.end("name"), 2, "signature")
            if mention:
                found.append(mention)
            at = line.end()
    return found


# a line of its own: a capitalised surname particle, then one capitalised word ("Van Dalen")
PARTICLE_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>(?:Van[ ](?:der|den|de)|Van|Vander|Ver|Den|Ter|Ten)[ ]"
    r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)[ \t]*$"
)


def particle_lines(text: str) -> list[Mention]:
    """ "Van Dalen" or "Ten Velde" alone on a line (a vote table, a list of signers): a
    capitalised particle and a capitalised word are a surname, not a place's name ("Den
    Helder") or a kept term."""
    found = []
    for m in PARTICLE_LINE.finditer(text):
        name = m["name"]
        last = name.split()[-1]
        if name in places() or name in gazetteer() or name in keep_terms():
            continue
        if is_stop_word(last) or last in institutions() or last.lower() in ROLES:
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "particle-line")
        if mention:
            found.append(mention)
    return found
