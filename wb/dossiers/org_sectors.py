"""Providers and firms named by a name and their sector ("Kwarvik Jeugdhulp", "Wolkema Kinder- en
Jeugdpsychiatrie", "Kwarvik Care", "Van Wolkema Familierecht").

A local provider of care is often named by one coined word and its sector of care
(``org_sector_tails.txt``), a law firm or mediation practice by a name and its field
(``org_law_tails.txt``). The sector is part of the name: replaced with it, and the short name
elsewhere in the text gets the same placeholder.

* after the selection of mentions, a one-word organisation (or a word the fallback took for a
  person) right before a sector takes it (:func:`sector_tail`); a surname without a first name
  right before a law firm's field becomes the firm, an organisation of its own;
* a capitalised word that no dictionary knows (also as a compound) right before a sector, or an
  acronym with two capitals or more that no list keeps right before a law firm's field, is a
  provider also when nothing else found it (:func:`sector_providers`);
* a linked compound in Title Case whose last part is a plural of people or teams ("De Jeugd- &
  Gezinswerkers") names a regional organisation (:func:`linked_plural_names`), not in a list
  of topics in lowercase;
* after a person's full name and "van", a capitalised word and a sector or domain name her
  employer, also when the word is an ordinary one (:func:`employer_names`);
* after a verb of saying, a person's full name, "van" and one capitalised word before a
  punctuation mark ("zegt Anna Kwarvik van Wolkemahuis."): the person and her employer, even
  when both are words a dictionary knows (:func:`speech_employers`).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    UP,
    first_names,
    gazetteer,
    inflected_adjective,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import low_particles, person, surname_re
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words

TAIL = rf"(?:[{UP}][a-z]+-[ ]en[ ])?(?P<w>[{UP}][a-z]+)(?![\w'’&-])"
SECTOR_TAIL = re.compile(rf"[ ]{TAIL}")
SECOND_TAIL = re.compile(rf"[ ](?:en|&)[ ](?P<w>[{UP}][a-z]+)(?![\w'’&-])")
PROVIDER = re.compile(lead_first(rf"(?<![\w'’&.-])(?P<name>[{UP}][\w'’&]+)[ ]{TAIL}"))


@cache
def _tails() -> frozenset[str]:
    return word_set("org_sector_tails.txt") | word_set("org_law_tails.txt")


@cache
def _domains() -> frozenset[str]:
    return word_set("org_domains.txt")


@cache
def _law_tails() -> frozenset[str]:
    return word_set("org_law_tails.txt")


@cache
def _national_acronyms() -> frozenset[str]:
    return frozenset(words("national_acronyms.txt"))


def sector_tail(text: str, mentions: list[Mention]) -> None:
    """Extend a one-word organisation (or a fallback's one-word person) over the sector of care
    or law right after it; a surname without a first name before a law firm's field becomes
    that firm (a new key: the firm is no person)."""
    law = _law_tails()
    for i, m in enumerate(mentions):
        tail = SECTOR_TAIL.match(text, m.end)
        if not tail or tail["w"] not in _tails():
            continue
        if i + 1 < len(mentions) and mentions[i + 1].start < tail.end():
            continue  # the next word is a mention of its own
        one_word = " " not in text[m.start : m.end]
        if m.type == "PERSOON" and m.source.startswith("fallback") and one_word:
            m.type, m.first, m.surname = "ORGANISATIE", "", ""  # "Kwarvik Jeugdhulp"
        elif m.type == "PERSOON" and not m.first and tail["w"] in law:
            m.type, m.first, m.surname = "ORGANISATIE", "", ""  # "Van Wolkema Familierecht"
            m.key = norm_name(text[m.start : tail.end()])
        elif m.type != "ORGANISATIE" or not one_word:
            continue
        m.key = m.key or norm_name(text[m.start : m.end])
        m.end = tail.end()
        second = SECOND_TAIL.match(text, m.end)
        if second and (second["w"] in _tails() or second["w"].lower() in _domains()):
            if i + 1 >= len(mentions) or mentions[i + 1].start >= second.end():
                m.end = second.end()  # "Kwarvik Zorg en Welzijn": two sectors


def sector_providers(text: str) -> list[Mention]:
    """ "bij Kwarvik Care", "KWB Advocatuur": a word that no dictionary knows (no first name,
    place or stop word) right before a sector, or an acronym that no list keeps right before a
    law firm's field, is a provider."""
    found = []
    for m in PROVIDER.finditer(text):
        name = m["name"]
        if m["w"] not in _tails() or name in first_names() or name in places():
            continue
        if is_stop_word(name) or name in keep_terms() or name in institutions():
            continue
        acronym = sum(ch.isupper() for ch in name) >= 2
        if acronym and (name in _national_acronyms() or m["w"] not in _law_tails()):
            continue  # "RTA Jeugdzorg": an arrangement's or programme's acronym, kept
        if not acronym and (is_ordinary(name) or is_dutch_word(name.lower())):
            continue  # "Integrale Jeugdhulp", "Regiovisie Jeugdhulp": ordinary words
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "sector-provider")
        mention.key, mention.extra["short"] = norm_name(name), name
        found.append(mention)
    return found


# "De Jeugd- & Gezinswerkers": two capitalised parts of a linked compound, the last a plural of
# people or teams
LINKED_PLURAL = re.compile(
    lead_first(rf"(?<![\w'’-])[{UP}][a-zë]+-[ ](?:en|&)[ ][{UP}][a-zë]+(?:ers|teams)(?![\w'’-])")
)


# the next two items of an enumeration in lowercase: ", gebiedsgericht werken, sturing"
TOPIC_AFTER = re.compile(r",[ ]+[a-zà-ÿ][a-zà-ÿ ]{0,40},[ ]+[a-zà-ÿ]")


def linked_plural_names(text: str) -> list[Mention]:
    """ "iemand van De Jeugd- & Gezinswerkers", "zorgaanbieders Jeugd- en Gezinsteams, ...": a
    linked compound in Title Case whose last part is a plural of people or teams names a
    regional organisation, not at a sentence's start ("Familie- en Jeugdrecht", a court's team,
    and other fields stay: they are no plural of people)."""
    found = []
    for m in LINKED_PLURAL.finditer(text):
        if sentence_initial(text, m.start()) and not re.search(r"(?:De|de)[ ]$", text[: m.start()]):
            continue
        if text[max(0, m.start() - 3) : m.start()] == "de " and TOPIC_AFTER.match(text, m.end()):
            continue  # "zoals de Jeugd- en Gezinsteams, gebiedsgericht werken": a list of topics
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "linked-plural")
        mention.key = norm_name(m[0].replace("&", "en"))
        found.append(mention)
    return found


EMPLOYER = re.compile(
    rf"[ ]van[ ](?P<name>[{UP}][a-z]+)[ ](?P<w>[{UP}][a-z]+)(?![\w'’&-])(?![ ]+[{UP}])"
)


def employer_names(text: str) -> list[Mention]:
    """ "Anna de Wolk van Ronduit Onderwijs": after a person's full name and "van", a
    capitalised word and a sector or domain of care (``org_sector_tails.txt``,
    ``org_domains.txt``) name the organisation she works for, also when the word is an
    ordinary one."""
    found = []
    for m in EMPLOYER.finditer(text):
        name, w = m["name"], m["w"]
        if w not in _tails() and w.lower() not in _domains():
            continue
        if is_stop_word(name) or name in places() or name in first_names():
            continue
        if name in keep_terms() or name in institutions() or f"{name} {w}" in institutions():
            continue
        low = name.lower()
        if inflected_adjective(low) or (low.endswith("end") and is_dutch_word(low)):
            continue  # "van Integrale Jeugdhulp", "van Passend Onderwijs": a kind of care
        tokens = text[max(0, m.start() - 60) : m.start()].split()
        k = len(tokens)
        while k > 0 and (tokens[k - 1] in low_particles() or _name_word(tokens[k - 1])):
            k -= 1
        person = tokens[k:]
        if len(person) < 2 or not person[-1][:1].isupper():
            continue
        if person[0] not in first_names() and (is_ordinary(person[0]) or person[0] in places()):
            continue  # a person's name starts with a first name or a word no dictionary knows
        s = m.start("name")
        mention = Mention(s, m.end("w"), "ORGANISATIE", text[s : m.end("w")], 1, "employer")
        mention.key, mention.extra["short"] = norm_name(mention.text), name
        found.append(mention)
    return found


def _name_word(token: str) -> bool:
    """A capitalised word of a person's name: no stop word, no punctuation after it."""
    return token[:1].isupper() and token[-1:].isalpha() and not is_stop_word(token)


@cache
def _speech_employer_rx() -> re.Pattern:
    verbs = "|".join(map(re.escape, words("name_speech_verbs.txt")))
    return re.compile(
        rf"(?<![\w-])(?:{verbs})[ ]+(?P<person>{CAP}[ ]{surname_re()})"
        rf"[ ]van[ ](?P<org>[{UP}][a-z]{{3,}})(?=[ ]*[.,;:!?\n])"
    )


def speech_employers(text: str) -> list[Mention]:
    """ "zegt Anna Kwarvik van Wolkemahuis.": after a verb of saying, a first name (a known one
    or a word no dictionary knows), a surname, "van" and one capitalised word that ends the
    clause are a person and the organisation she speaks for. Not a place, a kept term, an
    institution or a domain of care ("van Jeugdzorg": the sector, no name)."""
    found = []
    for m in _speech_employer_rx().finditer(text):
        first, org = m["person"].split()[0], m["org"]
        if first not in first_names() and (is_ordinary(first) or first in places()):
            continue
        if org in places() or org in gazetteer() or org in keep_terms() or org in institutions():
            continue
        if org.lower() in _domains() or org in _tails() or is_stop_word(org):
            continue
        name = person(text, m.start("person"), m.end("person"), 3, "speech-employer")
        if name is None:
            continue
        s, e = m.start("org"), m.end("org")
        mention = Mention(s, e, "ORGANISATIE", org, 3, "speech-employer", key=norm_name(org))
        mention.extra["named_short"] = org
        found += [name, mention]
    return found
