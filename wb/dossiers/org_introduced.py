"""Local organisations a text introduces once by their kind and later names alone: "speeltuin
en buurthuis de Xyz", "Kringloopwarenhuis Het Xyz", "Sporthal Xyz". The kind
(``org_introducing_kinds.txt``, a compound ending in one too) stays readable unless it is
capitalised right before the name; the name after it is the organisation, learned as its short
form (``extra["short"]`` and ``extra["named_short"]``), so every later bare mention of it in the
dossier ("bij de Xyz") gets the same placeholder through the dossier's learned names, and
:func:`introduced_opens` lets it open a sentence ("Xyz zoekt vrijwilligers"). An apposition that
says the kind ("Xyz, de kinderopvang in het dorp,") is measured too (:data:`CUES`,
``bench/org_introduced_shapes.py``) but not kept (:data:`KEPT`): it had no support on the tune
rounds (bench/README.md, names-orgs2)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    is_dutch_word,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_name_ends import COPULA_AFTER
from wb.dossiers.org_words import head_of, kept_terms, national_name, title_case_line
from wb.dossiers.regex_lead import lead_first
from wb.lang import words

_CAP = rf"[{UP}][{LOW}'’]+(?:-[{UP}][{LOW}'’]+)*"


@cache
def _kinds() -> tuple[str, ...]:
    return tuple(sorted(words("org_introducing_kinds.txt"), key=len, reverse=True))


def is_kind(word: str) -> bool:
    """ "speeltuin", "Jongerenhuiskamer": a kind of local organisation or a compound ending in
    one."""
    low = word.lower()
    return any(low == k or (low.endswith(k) and len(low) > len(k) + 2) for k in _kinds())


# "speeltuin en buurthuis de Xyz", "Kringloopwarenhuis Het Xyz": a kind, maybe a second one
# after "en", an article, then one capitalised word
KIND_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<kind>[{UP}{LOW}][{LOW}]{{3,}})(?:[ ]en[ ](?P<kind2>[{LOW}]{{4,}}))?"
    rf"[ ](?:(?P<low>de|het|'t)[ ]|(?P<cap>De|Het|'t)[ ])?(?P<name>{_CAP})(?![\w'’-])"
    rf"(?![ ][{UP}])"
)
# "hotel De Kwak van Kwar": a particle and a capitalised word after the name (a longer name)
PARTICLE_NAME_AFTER = re.compile(rf"[ ](?:van|de|der|den)[ ][{UP}]")  # not "en": two names
# a capitalised word in mid-sentence right before a capitalised kind (a longer name's word)
CAPITAL_BEFORE = re.compile(rf"[{LOW},][ ][{UP}][\w'’-]*[ ]$")
# "Xyz, de kinderopvang in het dorp,", "Xyz, een kleine welzijnsorganisatie": an apposition
APPOSITION = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_CAP}),[ ](?:een|de|het)[ ](?:[{LOW}]+e[ ])?(?P<kind>[{LOW}]{{4,}})"
    rf"(?![\w-])"
)
# "Xyz (een stichting voor ...)": the kind in brackets after the name
BRACKETED = re.compile(
    rf"(?<![\w'’.-])(?P<name>{_CAP})[ ]\((?:een|de|het)[ ](?:[{LOW}]+e[ ])?(?P<kind>[{LOW}]{{4,}})"
    rf"(?![\w-])"
)


def _bad_name(name: str) -> bool:
    """A place, a kept term or national name, a first name or a stop word: no local
    organisation's name."""
    return (
        name in places()
        or name in kept_terms()
        or national_name(name)
        or name in first_names()
        or is_stop_word(name)
    )


def _org(start: int, end: int, text: str, source: str) -> Mention:
    name = text[start:end]
    mention = Mention(start, end, "ORGANISATIE", name, 1, source, key=norm_name(name))
    mention.extra["short"] = name
    mention.extra["named_short"] = name  # its bare mentions too, though a dictionary word
    return mention


def kind_before(text: str) -> list[Mention]:
    """ "speeltuin en buurthuis de Xyz": the name after a kind of local organisation. A
    capitalised kind right before the name is part of it ("Sporthal Xyz"); after an article or a
    lowercase kind the name stands alone. A known place after the kind stays a place."""
    found = []
    for m in KIND_BEFORE.finditer(text):
        if not is_kind(m["kind"]) or (m["kind2"] and not is_kind(m["kind2"])):
            continue
        name = m["name"]
        if PARTICLE_NAME_AFTER.match(text, m.end()):
            continue  # "hotel De Kwak van Kwar": a longer name goes on (names-orgs3)
        glued = m["kind"][0].isupper() and not (m["kind2"] or m["low"] or m["cap"])
        if _bad_name(name):
            continue  # a known place too: "de Voedselbank Oss" leaves the place alone (names34)
        if glued:  # "Sporthal Kwarwijk": the whole is the name (the word alone may be a place)
            if is_dutch_word(name) and title_case_line(text, m.start()):
                continue  # "Subsidie Sporthal Renovatie": a Title Case heading's words
            if CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "de Centrale Sporthal Kwarwijk": part of a longer name
            found.append(_org(m.start("kind"), m.end("name"), text, "kind-introduced"))
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "kind-introduced"))
    return found


def kind_apposition(text: str) -> list[Mention]:
    """ "Xyz, de kinderopvang in het dorp,": a name whose apposition says its kind."""
    found = []
    for rx in (APPOSITION, BRACKETED):
        for m in rx.finditer(text):
            if not (is_kind(m["kind"]) or head_of(m["kind"])) or _bad_name(m["name"]):
                continue
            found.append(_org(m.start("name"), m.end("name"), text, "kind-apposition"))
    return found


CUES: dict[str, Callable[[str], list[Mention]]] = {
    "kind-before": kind_before,
    "kind-apposition": kind_apposition,
}


KEPT: tuple[str, ...] = ("kind-before",)


def introduced_mentions(text: str) -> list[Mention]:
    """The organisations the kept cues (:data:`KEPT`) introduce (tier 1)."""
    return [m for cue in KEPT for m in CUES[cue](text)]


@lru_cache(maxsize=4)
def _introduced_words(text: str) -> frozenset[str]:
    """The one-word names the text introduces after a kind and an article or a lowercase kind
    ("speeltuin en buurthuis de Xyz")."""
    return frozenset(m.text for m in kind_before(text) if " " not in m.text)


def introduced_opens(text: str, alias: str, end: int) -> bool:
    """True for one word that the text introduces after a kind ("buurthuis de Xyz") and never
    writes in lowercase, opening a sentence before a lowercase word ("Xyz zoekt vrijwilligers"):
    the organisation's name, no ordinary word. Not before a copula ("Xyz is ...": a statement
    about the word or the thing)."""
    return (
        " " not in alias
        and re.match(r"[ ]+[a-zà-ÿ]", text[end : end + 3]) is not None
        and COPULA_AFTER.match(text, end) is None
        and alias in _introduced_words(text)
        and re.search(lead_first(rf"(?<![\w-]){re.escape(alias.lower())}(?![\w-])"), text) is None
    )
