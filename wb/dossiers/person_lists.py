"""Persons in lists and lines: an enumeration where most items are names, a name alone after
a signing role's line, and the joining of adjacent person mentions ("Mees" + "Visser",
"A.B. de Wit – Jansen", "D Jansen" in an attendance list)."""

from __future__ import annotations

import re

from wb.dossiers.cabinet_names import cabinet_names
from wb.dossiers.entity_data import (
    CAP,
    ROLES,
    UP,
    first_names,
    institutions,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.person_parts import person, surname_prefixes
from wb.dossiers.regex_lead import lead_first

ITEM = rf"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ee]l)[ ]+){{0,2}}{CAP}"
ENUMERATION_RE = re.compile(
    rf"(?<![\w-]){ITEM}(?:,[ ]+{ITEM}){{2,}}(?:,?[ ]+en[ ]+{ITEM})?(?![\w-])"
)
PLURAL_TITLE_RE = re.compile(
    rf"(?<![\w-])(?:[Dd]e[ ]+)?(?:heren|dames|mevrouwen|leden)[ ]+"
    rf"(?P<items>{ITEM}(?:,[ ]+{ITEM})*[ ]+(?:en|&)[ ]+{ITEM})(?![\w-])"
)
SIGNATURE_RE = re.compile(rf"(?m),[ ]*\n(?:[ ]*\n)?[ ]*(?P<name>{ITEM}(?:[ ]{CAP})?)[ ]*$")


def list_mentions(text: str, tags: dict[int, str] | None) -> list[Mention]:
    """Names in an enumeration where most items are names ("Ellian, Helder, Van Nispen, Sneller,
    Tseggai en Vondeling") and a name alone on the line after "De griffier van ...,"."""
    found = []
    for m in ENUMERATION_RE.finditer(text):
        items = [
            (m.start() + i.start(), m.start() + i.end())
            for i in re.finditer(ITEM, m[0])
            if i[0] not in ("En",)
        ]
        words = [text[s:e].split()[-1] for s, e in items]
        names = sum(
            (name_like(text, e - len(w), w, tags) or (text[s] in "VDT" and " " in text[s:e]))
            and not is_stop_word(w)
            for (s, e), w in zip(items, words, strict=True)
        )
        in_places = sum(w in places() for w in words)  # "..., Tielen en Westerveld": names
        if names * 2 <= len(items) or in_places * 2 >= len(items):
            continue
        if any(w in institutions() for w in words):
            continue
        for s, e in items:
            mention = person(text, s, e, 5, "enumeration")
            if mention:
                found.append(mention)
    found += _name_chain(text) + _plural_title_names(text) + _pair_list_names(text)
    found += _surname_comma_first(text) + cabinet_names(text)
    for m in SIGNATURE_RE.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        roles = {w for w in re.findall(r"[a-z]+", line) if w in ROLES}
        if roles and ROLES[next(iter(roles))][1] == "professional":
            mention = person(text, m.start("name"), m.end("name"), 5, "signature")
            if mention:
                found.append(mention)
    return found


def name_like(text: str, start: int, word: str, tags: dict[int, str] | None) -> bool:
    """A capitalised word in the middle of a sentence that may be a name: no ordinary word
    (however capitalised), unless a list or the word class says it is a name."""
    if tags and tags.get(start) == "PROPN":
        return True
    if tags and tags.get(start) in ("NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "NUM"):
        return is_known_name(word) and not is_ordinary(word)
    return not is_ordinary(word) or is_known_name(word)


def merge_adjacent_persons(mentions: list[Mention], text: str) -> list[Mention]:
    """'Mees' + 'Visser' found separately, with one space between, become one name."""
    merged: list[Mention] = []
    for m in mentions:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.type == m.type == "PERSOON"
            and text[prev.end : m.start] == " "
            and " " not in prev.text.strip()
            and not prev.initials
            and not m.first
            and m.surname
        ):
            joined = Mention(prev.start, m.end, "PERSOON", "", min(prev.tier, m.tier), "merged")
            joined.first = prev.text.strip()
            joined.initials, joined.surname = m.initials, m.surname
            if joined.first in surname_prefixes():  # "Groot Koerkamp": one surname
                joined.first, joined.surname = "", norm_name(text[prev.start : m.end])
            joined.gender = prev.gender or m.gender or first_names().get(joined.first, "")
            joined.role, joined.child = prev.role or m.role, prev.child or m.child
            joined.text = text[joined.start : joined.end]
            merged[-1] = joined
            continue
        if (
            prev is not None
            and prev.type == m.type == "PERSOON"
            and prev.initials
            and SPACED_DASH.fullmatch(text[prev.end : m.start])
            and not (m.first or m.initials)
            and " " not in m.text.strip()
        ):
            # "mw. A.B. de Wit – Jansen": a double surname written with a spaced dash
            prev.end, prev.source = m.end, "merged"
            prev.text = text[prev.start : prev.end]
            continue
        merged.append(m)
    return [_line_initial_before(m, text) for m in merged]


SPACED_DASH = re.compile(r"[ ][–-][ ]")


LINE_INITIAL = re.compile(rf"(?:^|\n)[ \t]*([{UP}])[ ]$")


def _line_initial_before(m: Mention, text: str) -> Mention:
    """A person's surname after one capital without a full stop at the start of a line, as in
    an attendance list ("Griffier\nD Jansen"): the initial belongs to the name."""
    if m.type != "PERSOON" or m.initials or m.first:
        return m
    lead = LINE_INITIAL.search(text, max(0, m.start - 4), m.start)
    if lead:
        m.start = lead.start(1)
        m.initials = lead[1] + "."
        m.text = text[m.start : m.end]
    return m


PAIR = rf"{CAP}[ ]{ITEM}"
PAIR_LIST_RE = re.compile(
    lead_first(rf"(?<![\w-]){PAIR}(?:,[ ]+{PAIR}){{2,}}(?:,?[ ]+en[ ]+{PAIR})?(?![\w-])")
)


def _pair_list_names(text: str) -> list[Mention]:
    """ "met Anna Bos, Karim Yilmaz, Yordi Kuiken en ...": in a list of three or more items of a
    first name and a surname, most of them with a known first name, an item whose first word is
    no ordinary word is a person too, whatever its surname (an ordinary word: "Kuiken")."""
    known = first_names()
    found: list[Mention] = []
    for m in PAIR_LIST_RE.finditer(text):
        items = [(m.start() + i.start(), m.start() + i.end()) for i in re.finditer(PAIR, m[0])]
        firsts = [text[s:e].split()[0] for s, e in items]
        if sum(f in known for f in firsts) * 2 <= len(items):
            continue
        for (s, e), first in zip(items, firsts, strict=True):
            words = text[s:e].split()
            if first in known or is_ordinary(first) or is_stop_word(first):
                continue
            if words[-1] in places() or words[-1] in institutions() or is_stop_word(words[-1]):
                continue
            mention = person(text, s, e, 3, "pair-list")
            if mention:
                found.append(mention)
    return found


SURNAME_FIRST_RE = re.compile(
    lead_first(
        rf"(?<![\w’'-])(?P<surname>{CAP}),[ ](?P<first>{CAP})"
        rf"(?![\w-])(?![ ]*,|[ ]+en[ ]|[ ]+[{UP}][a-zà-ÿ]|[ ]+[a-zà-ÿ])"
    )
)


def _surname_comma_first(text: str) -> list[Mention]:
    """ "HOUDER Bos, Anna ADV-01": a surname that no dictionary knows, a comma and a known first
    name that ends the item (no list goes on after it, no surname or sentence follows) are one
    person written surname first, as in a table or a register."""
    found: list[Mention] = []
    for m in SURNAME_FIRST_RE.finditer(text):
        surname, first = m["surname"], m["first"]
        if first not in first_names() or is_ordinary(surname) or surname in first_names():
            continue
        before = re.search(r"(\S+)[ ]+$", text[max(0, m.start() - 40) : m.start()])
        if before and (before[1].endswith(",") or before[1].istitle()):
            continue  # "Anna Bos, Piet": a list of persons; "Hakbijl, Hamid, ...": of surnames
        if surname in places() or surname in institutions() or is_stop_word(surname):
            continue
        mention = person(text, m.start(), m.end(), 3, "surname-comma-first")
        if mention:
            found.append(mention)
    return found


CHAIN_WORD = re.compile(r"\S+")


def _name_chain(text: str) -> list[Mention]:
    """An author line without punctuation ("John Stevens Evert Pommer Hetty van Kempen Elke
    Zeijl ..."): from a known first name on, the words read as first name, any particles and
    a surname, one person after the other; three persons or more, two with a known first name,
    and the chain ends before a first word that is an ordinary word ("... Sociaal en ...")."""
    known = first_names()
    found: list[Mention] = []
    for line in re.finditer(r"[^\n]+", text):
        if sum(w in known for w in line[0].split()) < 2:
            continue  # fewer than two known first names: no chain of three names
        words = [
            (line.start() + w.start(), line.start() + w.end(), w[0])
            for w in CHAIN_WORD.finditer(line[0])
        ]
        i = 0
        while i < len(words):
            if words[i][2] not in known:
                i += 1
                continue
            persons, firsts, j = _chain_from(words, i, known)
            if len(persons) >= 3 and firsts >= 2:
                for s, e in persons:
                    mention = person(text, s, e, 3, "name-chain")
                    if mention:
                        found.append(mention)
            i = max(j, i + 1)
    return found


def _chain_from(
    words: list[tuple[int, int, str]], i: int, known: dict[str, str]
) -> tuple[list[tuple[int, int]], int, int]:
    """The persons of a chain of names from word i: (spans, how many known first names, where
    the chain ended)."""
    persons: list[tuple[int, int]] = []
    firsts = 0
    while i < len(words):
        first = words[i][2]
        if not re.fullmatch(CAP, first) or first in places() or first in institutions():
            break
        j = i + 1
        while j < len(words) and words[j][2] in ("van", "de", "der", "den", "ter", "ten", "'t"):
            j += 1
        if j >= len(words) or not re.fullmatch(CAP, words[j][2]) or is_stop_word(words[j][2]):
            break
        last = words[j][2]
        if first not in known and (is_ordinary(first) or is_stop_word(first)):
            # "... Elke Zeijl": a word as first name inside a chain, before a surname no word
            if len(persons) < 2 or is_ordinary(last) or j != i + 1:
                break
        if last in known and j == i + 1 and first not in known:
            break
        persons.append((words[i][0], words[j][1]))
        firsts += first in known
        i = j + 1
    return persons, firsts, i


def _plural_title_names(text: str) -> list[Mention]:
    """Surnames after a plural title: "de heren Bok en Van Dam", "de dames Jansen, Bos en Smit",
    "de leden Bos, Kuiken en Smit" (members of parliament, themes11; each item a person, also a
    surname that is a dictionary word)."""
    found = []
    for m in PLURAL_TITLE_RE.finditer(text):
        for i in re.finditer(ITEM, m["items"]):
            word = i[0].split()[-1]
            if is_stop_word(word) or word in institutions() or word in places():
                continue
            start = m.start("items") + i.start()
            mention = person(text, start, start + len(i[0]), 5, "plural-title")
            if mention:
                found.append(mention)
    return found
