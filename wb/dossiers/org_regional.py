"""Regional services and school boards found by the shape of their name and short forms.

* a run of capitalised words that ends in a province, region or place, with an acronym in
  brackets right after it whose letters (and a digit for "voor": "4") are the run's initials
  ("Hulp voor Gezin Drenthe (H4GD)"), is one organisation; the acronym and a glued form of the
  name's words elsewhere in the text ("Hulp4gezin") are its short forms;
* a compound ending in "regio" before a province or region, also with an elided first part
  ("Veiligheids- en Zorgregio Utrecht Midden"), names a regional body;
* an acronym in capitals glued to "-scholen" or "-school" that no dictionary or list knows and
  that is no school type ("de drie KPO-scholen") names a school board;
* an acronym in capitals glued to "-organisatie" that no dictionary or list knows ("de
  KWB-organisatie") names an organisation;
* an acronym with "en" in lowercase between its capitals ("GenW": Gezin en Welzijn) that no
  list knows names an organisation.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    UP,
    gazetteer_regions,
    hunspell,
    is_dutch_word,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_documents import document_title, document_token_before
from wb.dossiers.org_words import head_of, kept_terms, national_name
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words

_CAP = rf"[{UP}][\w'’]*(?:-[{UP}][\w'’]*)*"
_LINK = r"(?:voor|van|en|&|de|der|het|tot|in|op|met)"
BRACKETED_RUN = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<run>{_CAP}(?:[ ](?:{_LINK}[ ])?{_CAP}){{1,7}})[ ]"
        r"\((?P<a>[A-Z0-9][A-Za-z0-9&]{1,7})\)"
    )
)
# a digit that stands for a link word in a coined acronym or name ("4" = "voor", "for")
DIGIT_LINKS = {"voor": "4", "tot": "2"}


@cache
def _compass() -> frozenset[str]:
    return frozenset(w.capitalize() for w in words("name_compass.txt"))


def _region(words_: list[str]) -> int:
    """How many of the last words name a province, region or place (0, 1 or 2): "Drenthe",
    "Gelderland Midden", "Utrecht-West"."""
    if len(words_) >= 2:
        pair = " ".join(words_[-2:])
        if (
            pair in places()
            or pair.replace(" ", "-") in gazetteer_regions()
            or (words_[-2] in places() and words_[-1] in _compass())
        ):
            return 2
    return 1 if words_ and words_[-1] in places() else 0


def _acronym_rx(name_words: list[str]) -> re.Pattern[str]:
    """A pattern of the acronyms a name's words make: every capitalised word gives its initial,
    a link word may give its initial, its digit ("voor" -> "4") or nothing."""
    parts = []
    for w in name_words:
        low = w.lower()
        if w[0].isupper():
            parts.append(re.escape(low[0]))
        else:
            options = [re.escape(low[0])] + ([DIGIT_LINKS[low]] if low in DIGIT_LINKS else [])
            parts.append(f"(?:{'|'.join(options)})?")
    return re.compile("".join(parts))


def _glued_rx(name_words: list[str], region: list[str]) -> re.Pattern[str] | None:
    """A pattern of the name's words written as one word, a link word as its digit or in full,
    the region optional ("Hulp4gezin", "HulpvoorGezinDrenthe"); None for a name of fewer than
    two capitalised words."""
    caps = [w for w in name_words if w[0].isupper()]
    if len(caps) < 2:
        return None
    parts = []
    for w in name_words:
        low = w.lower()
        if w[0].isupper():
            parts.append(re.escape(low))
        else:
            options = [re.escape(low)] + ([DIGIT_LINKS[low]] if low in DIGIT_LINKS else [])
            parts.append(f"(?:{'|'.join(options)})")
    tail = "".join(re.escape(w.lower()) for w in region)
    return re.compile(rf"(?i)(?<![\w'’@./-]){''.join(parts)}(?:{tail})?(?![\w'’-])")


def _kept(name: str) -> bool:
    return name in kept_terms() or any(name.startswith(t + " ") for t in kept_terms())


def bracketed_run_mentions(text: str) -> list[Mention]:
    """A regional service named with its region, its acronym in brackets after it (letters and
    a digit fit the words), and the glued form of its name elsewhere: one organisation."""
    found = []
    for m in BRACKETED_RUN.finditer(text):
        acronym = m["a"]
        if sum(ch.isupper() for ch in acronym) < 2 or acronym in kept_terms():
            continue
        run = m["run"].split()
        n = _region(run)
        if not n:
            continue
        # the longest tail of the run whose initials the acronym spells (a sentence's first
        # word before the name drops off)
        for i in range(len(run) - n):
            name_words = run[i:]
            body = name_words[:-n]
            if not body[0][0].isupper() or is_stop_word(body[0]):
                continue
            if not _acronym_rx(name_words).fullmatch(acronym.lower()):
                continue
            name = " ".join(name_words)
            if national_name(name) or _kept(" ".join(body)) or all(w in places() for w in body):
                break
            start = m.start("run") + len(" ".join(run[:i])) + (1 if i else 0)
            key = norm_name(name)
            mention = Mention(start, m.end("run"), "ORGANISATIE", name, 2, "bracketed-run", key=key)
            mention.extra["acronym"] = acronym
            found.append(mention)
            for a in re.finditer(lead_first(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])"), text):
                found.append(Mention(a.start(), a.end(), "ORGANISATIE", a[0], 2, "bracketed-run"))
                found[-1].key = key
            glued = _glued_rx(body, name_words[-n:])
            for g in glued.finditer(text) if glued else ():
                if " " not in g[0]:
                    found.append(Mention(g.start(), g.end(), "ORGANISATIE", g[0], 2, "glued-name"))
                    found[-1].key = key
            break
    return found


REGIO_BODY = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:[{UP}][a-zë]+-[ ](?:en|&)[ ])?[{UP}][a-zë]{{3,}}regio"
    rf"|(?P<domain>[{UP}][a-zë]{{3,}}|[A-Z]{{2,5}})(?:[ ]|-)regio)"
    rf"[ ](?P<region>{_CAP}(?:[ ]{_CAP})?)"
)


def _domain_word(word: str) -> bool:
    """True for a care domain ("Jeugdhulp", "Zorg"), a compound ending in one ("Thuiszorg"),
    an organisation's head word or an acronym in capitals ("GGD")."""
    low = word.lower()
    return (
        word.isupper()
        or low in _domains()
        or any(low.endswith(d) for d in _domains() if len(d) >= 4)
        or head_of(word) is not None
    )


@cache
def _domains() -> frozenset[str]:
    return word_set("org_domains.txt")


def regio_body_mentions(text: str) -> list[Mention]:
    """ "Zorgregio Twente", "Veiligheids- en Zorgregio Utrecht Midden", "Jeugdhulp regio
    Drenthe", "GGD-regio Utrecht": a compound ending in "regio", or a care domain, head word or
    acronym before "regio", then a province, region or place names a regional body."""
    found = []
    for m in REGIO_BODY.finditer(text):
        if m["domain"] and (is_stop_word(m["domain"]) or not _domain_word(m["domain"])):
            continue  # "In regio Utrecht", "De regio Drenthe"
        region = m["region"].split()
        n = _region(region)
        if n == 1 and len(region) == 2:
            region = region[:1]
        elif not n:
            if region[0] not in places():
                continue
            region = region[:1]
        end = m.start("region") + len(" ".join(region))
        name = text[m.start() : end]
        if _kept(name) or _kept(m["name"]):
            continue
        found.append(Mention(m.start(), end, "ORGANISATIE", name, 2, "regio-body"))
        found[-1].key = norm_name(name)
    return found


DOMAIN_RUN = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<run>{_CAP}(?:[ ](?:{_LINK}[ ]|(?:bij|aan|na)[ ])?{_CAP}){{2,6}})"
        r"(?![\w'’-]|[ ]\()"
    )
)


def domain_run_mentions(text: str) -> list[Mention]:
    """ "Spoed voor Jeugd Drenthe": a short run of capitalised words (link words between) that
    ends in a province, region or place, whose other words hold two capitals or more and a care
    domain, names a regional service, also without an acronym in brackets; a plan's or document's
    title ("Regiovisie ...") is none."""
    found = []
    for m in DOMAIN_RUN.finditer(text):
        run = m["run"].split()
        n = _region(run)
        if not n or any(document_title(w) for w in run):
            continue  # "Regiovisie Jeugdhulp Haaglanden": a plan's title, no organisation
        if document_token_before(text, m.start("run")):
            continue  # "'Subsidieregeling Welzijn Kwarland'": the run goes on a title's noun
        for i in range(len(run) - n):
            body = run[i:-n]
            if not body[0][0].isupper() or is_stop_word(body[0]):
                continue
            if i and f"{run[i - 1]} {body[0]}" in places():
                continue  # "gemeente De Wolden en Welzijn ...": the run starts inside a place
            if _person_of(body):
                continue  # "Jan Bos van Pleegzorg Vlaanderen": a person of the service
            caps = [w for w in body if w[0].isupper()]
            if len(caps) < 2 or not any(_domain_word(w) and not w.isupper() for w in caps):
                break
            if any(is_stop_word(w) and w[1:].islower() for w in caps[1:]):
                break  # "Samen Voor Betere Zorg Kennemerland": a link word capitalised, a title
            name = " ".join(run[i:])
            if national_name(name) or _kept(" ".join(body)) or any(w in places() for w in body):
                break
            start = m.start("run") + len(" ".join(run[:i])) + (1 if i else 0)
            found.append(Mention(start, m.end("run"), "ORGANISATIE", name, 2, "domain-run"))
            found[-1].key = norm_name(name)
            break
    return found


def _person_of(body: list[str]) -> bool:
    """True when the words before a "van" in a run hold no care domain and no head word ("Jan Bos
    van Jeugdzorg Drenthe"): a person or an ordinary word of the service, not its name."""
    if "van" not in body:
        return False
    return not any(_domain_word(w) for w in body[: body.index("van")] if w[0].isupper())


SERVICE_DOMAINS = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<head>[{UP}][a-zë]+)[ ](?P<a>[{UP}][a-zë]+)[ ](?:en|&)[ ]"
        rf"(?P<b>[{UP}][a-zë]+)"
        r"(?![\w'’-])"
    )
)


@cache
def _service_words() -> tuple[frozenset[str], frozenset[str]]:
    """(domains, extra head words) of ``org_service_domains.txt``."""
    lines = words("org_service_domains.txt")
    heads = frozenset(w for line in lines if line.startswith("head:") for w in line[5:].split())
    domains = frozenset(w for line in lines if not line.startswith("head:") for w in line.split())
    return domains | _domains(), heads


def service_domain_mentions(text: str) -> list[Mention]:
    """ "Dienst Welzijn en Zorg", "Afdeling Onderwijs & Sport": a service's head word, then two
    capitalised policy domains joined by "en" or "&", is one organisation; spelled with "en" and
    with "&" it is the same one, and so is its acronym ("DW&Z")."""
    domains, heads = _service_words()
    found = []
    for m in SERVICE_DOMAINS.finditer(text):
        head = m["head"].lower()
        if head not in heads and head_of(m["head"]) is None:
            continue
        if m["a"].lower() not in domains or m["b"].lower() not in domains:
            continue
        if _kept(m[0]) or national_name(m[0]):
            continue
        key = norm_name(f"{m['head']} {m['a']} en {m['b']}")
        found.append(Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "service-domains"))
        found[-1].key = key
        initials = m["head"][0] + m["a"][0]
        acronym = rf"{initials}(?:&|en)?{m['b'][0]}"  # "DWZ", "DW&Z": its short form
        for a in re.finditer(lead_first(rf"(?<![\w&-]){acronym}(?![\w&-])"), text):
            # tier 1: longer than a guessed alias of its first letters ("DW" of "DW&Z")
            found.append(Mention(a.start(), a.end(), "ORGANISATIE", a[0], 1, "service-domains"))
            found[-1].key = key
    return found


BOARD_SCHOOLS = re.compile(r"(?<![\w&/-])(?P<a>[A-Z]{2,6})-scholen?(?![\w-])")


@cache
def _national_acronyms() -> frozenset[str]:
    return word_set("national_acronyms.txt")


def school_board_acronyms(text: str) -> list[Mention]:
    """ "de drie KPO-scholen": an acronym glued to "-scholen" or "-school" that is no dictionary
    word, no school type (a head word: "SBO", "OBS"), no national acronym and no kept term names a
    school board; the acronym, here and elsewhere in the text, is replaced."""
    found = []
    for acronym in sorted({m["a"] for m in BOARD_SCHOOLS.finditer(text)}):
        # "KBS", "CBS": a denomination's basisschool, a school type
        if not _unknown_acronym(acronym) or acronym.lower().endswith("bs"):
            continue
        found += _acronym_mentions(text, acronym, "board-acronym")
    return found


def _unknown_acronym(acronym: str) -> bool:
    """True for capitals that are no dictionary word, head word, national acronym, kept term or
    place."""
    low = acronym.lower()
    return not (
        low in hunspell().ordinary
        or is_dutch_word(low)
        or head_of(acronym) is not None
        or acronym in _national_acronyms()
        or acronym in kept_terms()
        or acronym in places()
    )


def _acronym_mentions(text: str, acronym: str, source: str) -> list[Mention]:
    """Every mention of an organisation's acronym in the text (also glued to a hyphen)."""
    found = []
    for a in re.finditer(lead_first(rf"(?<![\w&/-]){acronym}(?![\w&/]|-[A-Z])"), text):
        found.append(Mention(a.start(), a.end(), "ORGANISATIE", acronym, 2, source))
        found[-1].key = norm_name(acronym)
    return found


ORG_GLUED = re.compile(r"(?<![\w&/-])(?P<a>[A-Z]{2,6})-organisaties?(?![\w-])")


def glued_org_acronyms(text: str) -> list[Mention]:
    """ "in dienst van de KWB-organisatie": an acronym glued to "-organisatie" that no
    dictionary or list knows names an organisation; the acronym, here and elsewhere in the
    text, is replaced."""
    found = []
    for acronym in sorted({m["a"] for m in ORG_GLUED.finditer(text)}):
        if _unknown_acronym(acronym):
            found += _acronym_mentions(text, acronym, "glued-acronym")
    return found


# "GenW", "KenJ": capitals around a lowercase "en" (not "DigiD", not "McKenzie")
LINKED_ACRONYM = re.compile(r"(?<![\w&/@.-])[A-Z]{1,3}en[A-Z]{1,3}(?![\w&/@-])")


def linked_acronyms(text: str) -> list[Mention]:
    """ "in overleg met GenW": an acronym with "en" between its capitals that is no national
    acronym (a ministry's "IenW" is listed, "IJenV" ends in one) and no kept term names an
    organisation."""
    found = []
    for m in LINKED_ACRONYM.finditer(text):
        if m[0] in kept_terms() or any(m[0][i:] in _national_acronyms() for i in range(3)):
            continue  # "IenW"; "IJenV": the inspectorate of a listed ministry
        found.append(Mention(m.start(), m.end(), "ORGANISATIE", m[0], 2, "linked-acronym"))
        found[-1].key = norm_name(m[0])
    return found


def regional_mentions(text: str) -> list[Mention]:
    """All mentions of this module's shapes in one text."""
    return (
        bracketed_run_mentions(text)
        + regio_body_mentions(text)
        + domain_run_mentions(text)
        + service_domain_mentions(text)
        + school_board_acronyms(text)
        + glued_org_acronyms(text)
        + linked_acronyms(text)
    )
