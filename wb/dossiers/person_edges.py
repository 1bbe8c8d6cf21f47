"""Persons told by the edges of their spelling, where the other person rules see no name:

* an initial without its full stop before a surname with its particle, in a list or at a line's
  start ("T de Wolkema, hoofd afdeling") is a person;
* initials written with the lowercase letters of their particles ("JvdW", "EvB") right after a
  photo or text credit ("foto: JvdW") are a person (names69); elsewhere the same shape is often a
  body's short form ("KvK", "RvS") and is left alone;
* a camel-case word whose parts are not all Dutch words ("NightOwl" as a blog's pen name), no
  kept term and no "Mc"/"Mac" or article glued to a name, is a person when a person's cue
  ("zich", a verb of saying) follows one of its mentions;

and, after the choice between overlapping mentions, two repairs of a person's span:

* a capitalised particle that ends the line before the surname ("van Van\\nWolkema") is part
  of the name;
* a double surname broken after its hyphen ("Femke Kwarvik- Dijkstra", also after initials:
  "mr. F. Kwarvik- Dijkstra") is one name;
* a one-word name after a role or title, or at a list line's start before a comma, takes the
  capitalised word after it that ends the phrase as its surname ("Minister Dirk Weerlicht:");
* a name ends after its glued tail (names69): the full stop of "Jr."/"Sr." and the rest of a
  surname an OCR scan split with a full stop
  ("Wolk.ema": the person's surname is "Wolkema"; when the rest is a Dutch word, only when the
  text writes the whole surname elsewhere), not a web domain ("Wolkema.nl") nor a sentence glued
  on after a lost space ("Wolkema.daarna").
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    INITIALS,
    LOW,
    ROLES,
    TITLES,
    UP,
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
from wb.dossiers.org_words import head_of
from wb.dossiers.person_parts import dictionary_word, good_surname, low_particles, person
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first
from wb.lang import word_set, words


@cache
def _low_particle_rx() -> str:
    return longest_first(low_particles())


@cache
def _bare_initial_rx() -> re.Pattern:
    return re.compile(
        rf"(?:^[ \t]*|(?<=[,(;:])[ ]?)(?P<i>[{UP}])[ ](?:(?:{_low_particle_rx()})[ ])+"
        rf"(?P<s>{CAP})(?![\w'’-])",
        re.MULTILINE,
    )


def bare_initial_persons(text: str) -> list[Mention]:
    """ "T de Wolkema, (hoofd afd. Financiën)": one capital without its full stop, a lowercase
    particle and a surname that is no ordinary word, at a line's start or after a comma or
    bracket."""
    found = []
    for m in _bare_initial_rx().finditer(text):
        surname = m["s"]
        if m["i"] in "IU" or not good_surname(surname) or surname in places():
            continue  # "U de ...": the pronoun
        if dictionary_word(surname) and not is_known_name(surname):
            continue
        mention = person(text, m.start("i"), m.end("s"), 3, "bare-initial")
        if mention:
            mention.first, mention.initials = "", m["i"]
            found.append(mention)
    return found


CREDIT_INITIALS = re.compile(
    rf"(?<![\w])(?i:foto|foto['’]s|beeld|tekst|fotografie)[ ]?:[ ]*"
    rf"(?P<w>[{UP}](?:[a-z]{{1,3}}[{UP}])+)(?![\w'’.-])"
)


def credit_initials(text: str) -> list[Mention]:
    """ "foto: JvdW": initials with their particles' lowercase letters after a credit's label."""
    if ":" not in text:
        return []
    found = []
    for m in CREDIT_INITIALS.finditer(text):
        word = m["w"]
        if word in keep_terms() or word in institutions():
            continue
        found.append(
            Mention(
                m.start("w"),
                m.end("w"),
                "PERSOON",
                word,
                3,
                "credit-initials",
                initials=word,
                surname=norm_name(word),
            )
        )
    return found


CAMEL = re.compile(
    lead_first(rf"(?<![\w@#/.'’-])(?P<w>[{UP}][{LOW}]+(?:[{UP}][{LOW}]+)+)(?![\w@'’-]|\.\w)")
)
GLUED_PREFIXES = ("Mc", "Mac", "De", "Het", "La", "Le", "Di", "Da", "Van", "O")
PERSON_CUES = re.compile(
    r"[ ]+(?:zich|" + "|".join(re.escape(w) for w in words("name_speech_verbs.txt")) + r")(?![\w-])"
)


def camel_case_names(text: str) -> list[Mention]:
    """ "dat NightOwl zich beter kan ...": a camel-case word that is no kept term, with a part
    that is no Dutch word, unknown to the dictionary as one word, is a pen name, at all its
    mentions, when one of them is followed by a person's cue ("zich", a verb of saying); without
    that cue it may be a product or a channel ("via ParnasSys") and is left to the other rules."""
    hits = []
    for m in CAMEL.finditer(text):
        word = m["w"]
        parts = re.findall(rf"[{UP}][{LOW}]+", word)
        if parts[0] in GLUED_PREFIXES or word in keep_terms() or word in institutions():
            continue  # "McLarens", "DeMonitor"; "GroenLinks", "ChristenUnie"
        if is_ordinary(word.lower()) or all(is_dutch_word(p.lower()) for p in parts):
            continue  # "JeugdzorgPlus", "MeerjarenBeleidskader": Dutch words written together
        hits.append(m)
    persons = {m["w"] for m in hits if PERSON_CUES.match(text, m.end())}
    return [
        Mention(
            m.start(),
            m.end(),
            "PERSOON",
            m["w"],
            4,
            "camel-case",
            surname=norm_name(m["w"]),
            key=norm_name(m["w"]),
        )
        for m in hits
        if m["w"] in persons
    ]


LINE_END_PARTICLE = re.compile(
    r"(?<![\w'’-])(?:Van(?:[ ]d(?:e|er|en))?|De|Den|Ter|Ten)[ \t]*\n[ \t]*$"
)
BROKEN_DOUBLE = re.compile(rf"[ ](?P<a>{CAP})-[ ](?P<b>{CAP})(?![\w'’-])")


# "mr. M. Jakobs- Hiemstra", "ir. A.B. van den Kwakel- Molenaar": initials (and particles) and
# the first part of a double surname broken after its hyphen, right before a person's mention
@cache
def _initials_broken() -> re.Pattern:
    return re.compile(
        rf"(?<![\w.&-]){INITIALS}[ ]?(?:(?:{_low_particle_rx()})[ ])*(?P<a>{CAP})-[ ]$"
    )


def repair_person_edges(text: str, mentions: list[Mention]) -> None:
    """Widen person spans (in place) over a particle ending the line before them and over a
    double surname broken after its hyphen (and the initials before it)."""
    taken = [(m.start, m.end) for m in mentions]
    for m in list(mentions):
        if m.type != "PERSOON" or m not in mentions:
            continue
        lead = LINE_END_PARTICLE.search(text, max(0, m.start - 16), m.start)
        before = text[: lead.start()].rstrip(" \t") if lead else ""
        if lead and before and before[-1] not in ".!?:\n" and not _overlaps(taken, lead.start()):
            m.start = lead.start()  # "het rapport van Van\nWolkema"
            m.surname = norm_name(text[m.start : m.end])
        lead = _initials_broken().search(text, max(0, m.start - 48), m.start)
        if (
            lead
            and " " not in text[m.start : m.end]
            and not is_stop_word(lead["a"])
            and not _overlaps(taken, lead.start())
        ):
            m.start = lead.start()  # "M. Jakobs- Hiemstra": one person, initials and all
            m.surname = norm_name(f"{lead['a']}-{text[m.start + len(lead[0]) : m.end]}")
        broken = BROKEN_DOUBLE.match(text, m.end)
        if broken and m.first and not m.surname and not _overlaps(taken, broken.start("a")):
            inside = [o for o in mentions if broken.start() <= o.start and o.end <= broken.end()]
            if all(o.type == "PERSOON" for o in inside) and not is_stop_word(broken["a"]):
                for o in inside:
                    mentions.remove(o)  # "Dijkstra" alone: a part of the double surname
                m.end = broken.end()  # "Femke Kwarvik- Dijkstra"
                m.surname = norm_name(f"{broken['a']}-{broken['b']}")
        gap = m.end + 1
        if (
            " " not in text[m.start : m.end]
            and _surname_after(text, m)
            and not _overlaps(taken, gap)
        ):
            after = NEXT_WORD.match(text, m.end)
            m.first, m.end = m.first or text[m.start : m.end], after.end("w")
            m.surname = norm_name(after["w"])  # "Minister Dirk Weerlicht:"
        _glued_tail(text, m)
        m.text = text[m.start : m.end]


SUFFIX_STOP = re.compile(r"(?<![\w.])[JjSs]r$")
# a possessive glued to a name ("Wolkema's") stays outside it: "[PERSOON-1]'s vraag" keeps the
# grammar readable (tests/test_names.py)
GLUED_TAIL = re.compile(rf"\.(?P<rest>[{LOW}]{{2,5}})(?![\w.'’@/-])")


def _glued_tail(text: str, m: Mention) -> None:
    """Widen a person's span over the full stop of its "Jr."/"Sr." or the rest of an OCR-split
    surname ("Wolk.ema", also in its surname)."""
    if text[m.end : m.end + 1] == "." and SUFFIX_STOP.search(text, m.start, m.end):
        m.end += 1  # "M.E. Wolkema Jr."
        return
    tail = GLUED_TAIL.match(text, m.end)
    if not tail or not text[m.end - 1 : m.end].isalpha():
        return
    rest = tail["rest"]
    head = re.search(rf"[{UP}][{LOW}]+$", text[m.start : m.end])
    if not head or rest in word_set("web_domain_ends.txt"):
        return  # "Wolkema.nl"
    whole = re.search(rf"(?<![\w.]){re.escape(head[0] + rest)}(?![\w])", text)
    if is_dutch_word(rest) and not whole:
        return  # "Wolkema.daarna": a lost space; "Wolk.ema" with "Wolkema" elsewhere
    if m.surname:
        m.surname += rest  # "Wolk.ema": Wolkema
    m.end = tail.end()


NEXT_WORD = re.compile(rf"[ ](?P<w>{CAP})(?=[ ]?[:;,.)]|[ \t]*\n|$)")
LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[•·*–-][ \t]*)?$")


def _surname_after(text: str, m: Mention) -> bool:
    """True when the one word of a person's mention, after a role or title or at a list line's
    start before a comma, is followed by a capitalised word that ends the phrase: the surname
    even when the dictionary knows it ("Minister Dirk Weerlicht:", "• Lodo Wolkema, Directeur")."""
    after = NEXT_WORD.match(text, m.end)
    if not after:
        return False
    word = after["w"]
    if is_stop_word(word) or word in places() or word in keep_terms() or word in institutions():
        return False
    if word.lower() in ROLES or word.lower() in TITLES or head_of(word):
        return False
    listed = (
        LINE_OPENING.search(text, max(0, m.start - 8), m.start)
        and text[after.end() : after.end() + 1] == ","
    )
    return bool(m.role) or bool(listed)


def _overlaps(taken: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in taken)
