"""Find identifying text in Dutch youth-care reports (rules + word lists, offline, no model).

Detection runs per dossier in two passes. Pass 1 finds mentions with patterns and word lists;
from those it learns the dossier's names (first names, surnames), street names, school and
organisation short forms and birth dates. Pass 2 repeats the search with what was learned, so
"De Vries" or "Vries" later in the dossier is found once "Jan de Vries" was seen anywhere in it.

Priorities when spans overlap (lower tier wins, then the longer span):

0. patterns: e-mail, phone, BSN (11-proef, or any 8-9 digits right after "BSN"), postcode,
   street address, birth date;
1. organisations and schools (``data/organisations.txt``: names and "Trigger {NAAM}" patterns);
2. words that must stay (``data/keep.txt``: programmes, laws, provinces, languages);
3. persons: known first names (``data/first_names.txt``) with particles and surname, titles
   and role words ("dhr. Bos", "oma Visser"), initials ("I. Brouwer"), "Naam (12)", label lines
   ("Moeder: ...") and signature lines, and everything learned in the dossier;
4. places (``data/places.txt``, and the word after a postcode);
5. fallback: any other capitalised word in the middle of a sentence (in Dutch that is almost
   always a name) becomes a PERSOON, so unknown names do not leak.

Person spans hold the name only: titles and role words ("dhr.", "mw.", "moeder", "oma",
"jeugdbeschermer") stay outside the span and so stay readable. Only birth dates are DATUM
(report and meeting dates are needed for the chronology of a dossier): dates after "geboren",
"geb." or "geboortedatum", dates in brackets or after a comma right behind a name, and every
other spelling of such a date in the same dossier.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from wb.corpus.metadata import MONTHS
from wb.nlp import compound_parts
from wb.nlp.lexicon import Lexicon, get_lexicon

DATA = Path(__file__).resolve().parent / "data"
TYPES = (
    "PERSOON",
    "DATUM",
    "BSN",
    "ADRES",
    "POSTCODE",
    "TELEFOON",
    "EMAIL",
    "PLAATS",
    "ORGANISATIE",
    "SCHOOL",
)

UP = "A-ZÀ-ÖØ-ÞĲ"
LOW = "a-zß-öø-ÿĳ"
CAP = rf"[{UP}][{LOW}'’]*[{LOW}](?:-[{UP}{LOW}][{LOW}'’]*)*"  # Bos, El-Amrani, Noord-Holland
INITIALS = rf"(?:(?:[{UP}]|Th|Chr|Ph|IJ)\.\s?){{1,4}}"
TITLES = {
    "dhr": "M",
    "dhr.": "M",
    "de heer": "M",
    "heer": "M",
    "meneer": "M",
    "mr.": "",
    "dr.": "",
    "drs.": "",
    "ir.": "",
    "prof.": "",
    "mw": "V",
    "mw.": "V",
    "mevr": "V",
    "mevr.": "V",
    "mevrouw": "V",
    "juffrouw": "V",
    "juf": "V",
    "meester": "M",
}
# role word -> (gender, role group); a capitalised word after a role word is a name
ROLES = {
    "moeder": ("V", "ouder"),
    "vader": ("M", "ouder"),
    "oma": ("V", "grootouder"),
    "opa": ("M", "grootouder"),
    "grootmoeder": ("V", "grootouder"),
    "grootvader": ("M", "grootouder"),
    "stiefmoeder": ("V", "stiefouder"),
    "stiefvader": ("M", "stiefouder"),
    "pleegmoeder": ("V", "pleegouder"),
    "pleegvader": ("M", "pleegouder"),
    "tante": ("V", "familie"),
    "oom": ("M", "familie"),
    "zus": ("V", "kind"),
    "zusje": ("V", "kind"),
    "broer": ("M", "kind"),
    "broertje": ("M", "kind"),
    "dochter": ("V", "kind"),
    "zoon": ("M", "kind"),
    "partner": ("", "partner"),
    "vriend": ("M", "partner"),
    "vriendin": ("V", "partner"),
    "neef": ("M", "familie"),
    "nicht": ("V", "familie"),
    "buurman": ("M", ""),
    "buurvrouw": ("V", ""),
    "jeugdbeschermer": ("", "professional"),
    "gezinsvoogd": ("", "professional"),
    "raadsonderzoeker": ("", "professional"),
    "wijkteammedewerker": ("", "professional"),
    "medewerker": ("", "professional"),
    "behandelaar": ("", "professional"),
    "mentor": ("", "professional"),
    "leerkracht": ("", "professional"),
    "huisarts": ("", "professional"),
    "kinderarts": ("", "professional"),
    "advocaat": ("", "professional"),
    "advocate": ("V", "professional"),
    "kindercoach": ("", "professional"),
    "jongerencoach": ("", "professional"),
    "gezinscoach": ("", "professional"),
    "mediator": ("", "professional"),
    "psycholoog": ("", "professional"),
    "orthopedagoog": ("", "professional"),
    "kind": ("", "kind"),
}
LABEL_HINTS = {"kind": ("", "kind"), "kinderen": ("", "kind"), "melder": ("", "")}
STREET_SUFFIXES = (
    "straat straatweg laan weg plein pleintje gracht kade singel hof dreef steeg pad dijk "
    "dam markt park plantsoen erf wal haven veld baan ring allee boulevard promenade "
    "kwartier hoeve akker weide hage donk hout zoom gaarde oord burg poort stede dal berg "
    "heuvel horst kamp lei rade vaart sloot loop tuin tuinen gang water stroom zijde kant "
    "werf lijn polder meer plas tocht vliet wetering wiel brink es drift"
).split()
STREET_PREFIXES = frozenset(
    "Burgemeester Burg. Prins Prinses Koning Koningin Sint St. Dokter Dr. Professor Prof. Generaal "
    "Graaf Gravin Jonkheer Kapitein Pastoor Pater Oude Nieuwe Korte Lange Hoge Lage Grote Kleine "
    "Noord Zuid Oost West Achter Binnen Buiten Laan Weg Plein Kade Straat".split()
)
NOT_STREETS = frozenset(
    "Doel Artikel Groep Fase Stap Bijlage Kamer Lid Pagina Versie Klas Hoofdstuk Paragraaf Jaar "
    "Ronde Punt Week Dag Nummer Boek Deel Regel Vraag Casus Dossier Bus Lijn Route".split()
)
STREET_CONTEXT = re.compile(
    r"(?:adres|woont|wonen|woonachtig|wonende|verhuisd|verhuist|verhuizen)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)
BIRTH_CONTEXT = re.compile(
    r"(?:geboren|geb\.|geboortedatum|geb\.datum|geboortedag|\*)\s*(?:op|:|in)?\s*$", re.IGNORECASE
)
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_RE = re.compile(
    rf"\b(?:(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}})|(\d{{1,2}})\s+({MONTH_NAMES})\.?\s+(\d{{4}}))\b",
    re.IGNORECASE,
)
YEAR_BIRTH_RE = re.compile(r"\b(?:geboren|geb\.)\s+(?:in\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"\b(?:https?://|www\.)[\w.-]+(?:/[\w./?=&%#-]*)?")
PHONE_RES = (
    re.compile(r"(?<![\w+])(?:\+|00)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?![\d])"),
    re.compile(r"(?<![\w+])\+(?!31)\d{2,3}(?:[ -]?\d){6,12}(?!\d)"),
    re.compile(r"(?<![\w+])\(0\d{2,3}\)[ ]?\d(?:[ -]?\d){5,6}(?!\d)"),
    re.compile(r"(?<![\w+.])0[89]00[ -]?\d{4}(?:[ -]?\d{3})?(?!\d)"),
    re.compile(r"(?<![\w+.,/-])0\d(?:(?:[ ]?[-.][ ]?|[ ])?\d){8}(?![\d])"),
)
BSN_RES = (
    re.compile(r"(?<![\d.,-])\d{9}(?![\d])"),
    re.compile(r"(?<![\d.,-])\d{4}[. ]\d{2}[. ]\d{3}(?![\d])"),
    re.compile(r"(?<![\d.,-])\d{3}[. ]\d{3}[. ]\d{3}(?![\d])"),
)
BSN_NEAR_RE = re.compile(
    r"\b(?:BSN|bsn|burgerservicenummer|Burgerservicenummer|sofinummer|sofi-nummer)"
    r"\b[^\n\d]{0,20}(\d(?:[ .]?\d){7,8})(?![\d])"
)
POSTCODE_RE = re.compile(r"(?<![\w:])[1-9]\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\w])")
AGE_RE = re.compile(rf"\b({CAP})\s+\((\d{{1,2}})(?:\s*jaar)?\)")


# --- word lists ---------------------------------------------------------------------------


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def first_names() -> dict[str, str]:
    """Known first names with gender "V", "M" or "" (both)."""
    names: dict[str, str] = {}
    section = ""
    for line in _lines("first_names.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for name in line.split():
            gender = "" if section == "U" else section
            names[name] = gender if names.get(name, gender) == gender else ""
    return names


@cache
def surnames() -> frozenset[str]:
    """Common surname cores ("Vries", "Jansen")."""
    return frozenset(w for line in _lines("surnames.txt") for w in line.split())


@cache
def places() -> frozenset[str]:
    """Dutch municipalities and larger places."""
    return frozenset(_lines("places.txt"))


@cache
def particles() -> tuple[str, ...]:
    """Surname particles, longest first."""
    return tuple(sorted(_lines("particles.txt"), key=len, reverse=True))


@cache
def keep_terms() -> tuple[str, ...]:
    """Capitalised terms that are not identifying."""
    return tuple(_lines("keep.txt"))


@dataclass(frozen=True)
class OrgEntry:
    """One line of organisations.txt."""

    type: str
    regex: re.Pattern
    canonical: str | None  # for aliases and literals: the normalised full name
    needle: str  # a lowercase word that must be in the text for the entry to match


@cache
def org_entries() -> tuple[OrgEntry, ...]:
    """Compiled organisation and school entries."""
    entries = []
    section = "ORGANISATIE"
    for line in _lines("organisations.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        canonical = None
        if " = " in line:
            line, full = (part.strip() for part in line.split(" = ", 1))
            canonical = norm_name(full)
        elif "{" not in line:
            canonical = norm_name(line)
        needle = max(
            re.findall(r"[^\s{}]+", line.replace("{NAAM?}", "").replace("{NAAM}", "")), key=len
        )
        entries.append(OrgEntry(section, _org_regex(line), canonical, needle.lower()))
    return tuple(entries)


NAME_WORD = rf"(?:[{UP}0-9][\w'’]*(?:-[\w'’]+)*|'s-[{UP}][\w-]+)"
ORG_NAME = (
    rf"{NAME_WORD}(?:[ ](?:(?:van|de|der|den|het|'t|aan|op|voor|ter|ten|&)[ ])*{NAME_WORD}){{0,4}}"
)


def _org_regex(line: str) -> re.Pattern:
    def literal(part: str) -> str:
        return r"\s+".join(re.escape(w) for w in part.split())

    if line.startswith("{NAAM}"):
        trigger = literal(line[len("{NAAM}") :].strip())
        return re.compile(rf"(?<![\w-])(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD})?)\s+{trigger}\b")
    if "{NAAM" in line:
        optional = "{NAAM?}" in line
        head = line.split("{", 1)[0].strip()
        first, rest = head[0], literal(head)[len(re.escape(head[0])) :]
        trigger = f"[{first.upper()}{first.lower()}]{rest}" if first.isalpha() else literal(head)
        name = rf"(?:[ ](?P<name>{ORG_NAME}))" + ("?" if optional else "")
        return re.compile(rf"(?<![\w-]){trigger}{name}(?![\w-])")
    return re.compile(rf"(?<![\w-]){literal(line)}(?![\w-])")


# --- helpers --------------------------------------------------------------------------------


def norm_name(text: str) -> str:
    """Normalised form of a name: lowercase, single spaces, no punctuation at the ends."""
    return " ".join(text.replace("’", "'").split()).strip(" .,;:").lower()


def elfproef(digits: str) -> bool:
    """True when a 9-digit number passes the BSN 11-check."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def phone_key(text: str) -> str:
    """Phone number as digits, +31/0031 and (0) written as a leading 0."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and text.lstrip().startswith("+"):
        digits = "0" + digits[2:]
    return digits


def parse_any_date(text: str) -> datetime.date | None:
    """A date written as 14-02-2011 or 14 februari 2011; None when it is not a date."""
    m = DATE_RE.fullmatch(text.strip())
    if not m:
        return None
    try:
        if m[1]:
            return datetime.date(int(m[3]), int(m[2]), int(m[1]))
        return datetime.date(int(m[6]), MONTHS[m[5].lower()], int(m[4]))
    except (ValueError, KeyError):
        return None


@cache
def _lexicon() -> Lexicon:
    return get_lexicon()


def is_dutch_word(word: str) -> bool:
    """True when wb's lexicon knows the lowercase word (an ordinary Dutch word)."""
    return _lexicon().is_known(word.lower())


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    extra = "volgens tijdens sinds wanneer hierbij daarnaast gelet geachte hoogachtend wat"
    return frozenset(STOP_WORDS) | frozenset(extra.split())


def is_stop_word(word: str) -> bool:
    """True for Dutch function words ("De", "Het", "Volgens") that start sentences."""
    return word.lower() in _stop_words()


def sentence_initial(text: str, start: int) -> bool:
    """True when the word at `start` begins a sentence, a line, a quote or a list item."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch in ".!?:;\n\"'‘“(…[":
        return True
    if ch in "-•*" and (i == 0 or text[i - 1] in "\n\t "):
        return True
    return False


# --- mentions -------------------------------------------------------------------------------


@dataclass
class Mention:
    """One detected identifying span in one document."""

    start: int
    end: int
    type: str
    text: str
    tier: int
    source: str = ""
    first: str = ""  # persons: first name(s)
    initials: str = ""  # persons: initials as written
    surname: str = ""  # persons: normalised surname with particles ("van dam")
    gender: str = ""  # "V", "M" or ""
    role: str = ""  # role group ("ouder", "grootouder", "kind", "professional", ...)
    child: bool = False
    key: str = ""  # non-persons: normalised value for entity resolution
    extra: dict = field(default_factory=dict)


@dataclass
class Learned:
    """What pass 1 learned about one dossier."""

    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)  # surname cores as written ("Vries")
    streets: set[str] = field(default_factory=set)
    org_aliases: dict[str, tuple[str, str]] = field(default_factory=dict)  # text -> (type, key)
    birth_dates: set[datetime.date] = field(default_factory=set)
    places: set[str] = field(default_factory=set)


def _particle_re() -> str:
    return "|".join(re.escape(p).replace(r"\ ", "[ ]+") for p in particles())


def _split_name(words: str) -> tuple[str, str, str]:
    """(first, initials, surname) of a name without title, e.g. 'S. de Groot'."""
    text = " ".join(words.split())
    m = re.match(rf"^({INITIALS})\s*(.*)$", text)
    initials = ""
    if m:
        initials, text = m[1].strip(), m[2]
    tokens = text.split()
    if not tokens:
        return "", initials, ""
    low_particles = {p.lower() for p in particles()}
    known = first_names()
    firsts: list[str] = []
    if not initials:
        while len(tokens) > 1 and tokens[0] in known:
            firsts.append(tokens.pop(0))
        if not firsts and len(tokens) > 1 and tokens[0].lower() not in low_particles:
            firsts.append(tokens.pop(0))
    if len(tokens) == 1 and not firsts and not initials and tokens[0] in known:
        return tokens[0], "", ""
    return " ".join(firsts), initials, " ".join(tokens)


def _person(
    text: str, start: int, end: int, tier: int, source: str, *, single: str = "auto"
) -> Mention | None:
    """A PERSOON mention for text[start:end] with its parts and context hints."""
    span = text[start:end]
    span_stripped = span.rstrip(" ,.")
    end = start + len(span_stripped)
    if not span_stripped:
        return None
    first, initials, surname = _split_name(span_stripped)
    if single == "first" and not first and not initials and " " not in surname:
        first, surname = surname, ""
    m = Mention(start, end, "PERSOON", text[start:end], tier, source)
    m.first, m.initials = first, initials
    m.surname = norm_name(surname)
    gender, role = _hints_before(text, start)
    if first:
        gender = gender or first_names().get(first.split()[0], "")
    m.gender, m.role = gender, role
    m.child = bool(re.match(r"\s*(?:\((?:\d{1,2}|\d{1,2}-\d{1,2}-\d{4})\)|,\s*geb)", text[end:]))
    m.child = m.child or role == "kind"
    return m


def _hints_before(text: str, start: int) -> tuple[str, str]:
    """Gender and role from a title or role word right before a name (or a label line)."""
    before = text[max(0, start - 60) : start]
    before = re.sub(rf"{INITIALS}\s*$", "", before)
    gender = role = ""
    m = re.search(r"([A-Za-z]+\.?(?:\s+heer)?)\s*$", before)
    if m:
        word = m[1].lower()
        if word in TITLES:
            gender = TITLES[word]
            before = before[: m.start()]
            m = re.search(r"([A-Za-z]+)\s*$", before)
    if m and m[1].lower() in ROLES:
        g, role = ROLES[m[1].lower()]
        gender = gender or g
    label = re.search(r"(?:^|\n)([A-Za-z][\w ()-]{0,40}):\s*(?:[\w.]+\.\s*)?$", before)
    if label:
        words = re.findall(r"[a-z]+", label[1].lower())
        for w in words:
            if w in ROLES or w in LABEL_HINTS:
                g, r = ROLES.get(w) or LABEL_HINTS[w]
                gender, role = gender or g, role or r
                break
    return gender, role


# --- detectors ------------------------------------------------------------------------------


def _pattern_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for m in EMAIL_RE.finditer(text):
        found.append(Mention(m.start(), m.end(), "EMAIL", m[0], 0, "email", key=m[0].lower()))
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            found.append(Mention(m.start(), m.end(), "TELEFOON", m[0], 0, "phone"))
            found[-1].key = phone_key(m[0])
    for m in BSN_NEAR_RE.finditer(text):
        digits = re.sub(r"\D", "", m[1])
        found.append(Mention(m.start(1), m.end(1), "BSN", m[1], 0, "bsn-near", key=digits))
    for rx in BSN_RES:
        for m in rx.finditer(text):
            digits = re.sub(r"\D", "", m[0])
            if elfproef(digits):
                found.append(Mention(m.start(), m.end(), "BSN", m[0], 0, "bsn", key=digits))
    for m in POSTCODE_RE.finditer(text):
        if re.search(r"(?:artikel|art\.)\s*$", text[max(0, m.start() - 9) : m.start()], re.I):
            continue
        key = m[0].replace(" ", "")
        found.append(Mention(m.start(), m.end(), "POSTCODE", m[0], 0, "postcode", key=key))
        after = re.match(
            rf"[ ]+((?:'s-)?{CAP}(?:[ ](?:aan|op|den|de|bij|in|en)[ ]{CAP}|[ ]{CAP})*)",
            text[m.end() :],
        )
        if after:
            s = m.end() + after.start(1)
            found.append(Mention(s, s + len(after[1]), "PLAATS", after[1], 4, "after-postcode"))
            found[-1].key = norm_name(after[1])
    found += _addresses(text)
    return found


def _addresses(text: str) -> list[Mention]:
    found = []
    rx = re.compile(
        rf"(?<![\w-])((?:[{UP}][\w'’.-]*\s+(?:(?:van|de|der|den|het|'t|ter|ten|aan|op|in)\s+)*)"
        rf"{{0,3}}[{UP}][\w'’-]+)[ ]+(\d{{1,5}}(?:[a-zA-Z]{{1,2}}(?![\w])|[ ][A-Z](?![\w])"
        rf"|[-/]\d{{1,4}}[a-zA-Z]?)?)"
        rf"(?![\d:.,]\d)"
    )
    for m in rx.finditer(text):
        words = m[1].split()
        last = words[-1]
        if last in NOT_STREETS or last in places():
            continue
        suffix = last.lower().endswith(tuple(STREET_SUFFIXES)) and last.lower() not in (
            "weg",
            "dam",
        )
        postcode = bool(re.match(r",?\s*[1-9]\d{3}\s?[A-Z]{2}\b", text[m.end() :]))
        context = bool(STREET_CONTEXT.search(text[max(0, m.start() - 60) : m.start()]))
        if not (suffix or postcode or context):
            continue
        # keep leading words only when they belong to a street name
        spans = list(re.finditer(r"\S+", m[1]))
        k = len(spans) - 1
        while k > 0:
            w = spans[k - 1][0]
            if w in STREET_PREFIXES or w.lower() in ("van", "de", "der", "den", "het", "'t", "ter"):
                k -= 1
            else:
                break
        while k < len(spans) - 1 and spans[k][0].lower() in ("de", "het", "'t", "der", "den"):
            k += 1
        start = m.start(1) + spans[k].start()
        street = text[start : m.end(1)]
        found.append(Mention(start, m.end(), "ADRES", text[start : m.end()], 0, "address"))
        found[-1].key = norm_name(text[start : m.end()])
        found[-1].extra["street"] = street
    return found


def _date_mentions(text: str, learned: Learned, persons: list[Mention]) -> list[Mention]:
    found = []
    name_ends = {p.end for p in persons}
    for m in DATE_RE.finditer(text):
        value = parse_any_date(m[0])
        if value is None:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        birth = bool(BIRTH_CONTEXT.search(before)) or value in learned.birth_dates
        if not birth:
            # "Lotte Visser (09-10-2008)" or "Lotte Visser, 9 oktober 2008" at a line start
            pre = re.search(r"(\s*\(|,\s*)$", before)
            if pre and (m.start() - len(pre[1])) in name_ends:
                line_start = text.rfind("\n", 0, m.start()) + 1
                birth = pre[1].strip() == "(" or bool(
                    re.match(rf"(?:[\w ()-]+:\s*)?{CAP}", text[line_start:])
                )
        if birth:
            found.append(Mention(m.start(), m.end(), "DATUM", m[0], 0, "birth-date"))
            found[-1].key = value.isoformat()
    for m in YEAR_BIRTH_RE.finditer(text):
        found.append(Mention(m.start(1), m.end(1), "DATUM", m[1], 0, "birth-year", key=m[1]))
    return found


@cache
def _place_tail(names: frozenset[str]) -> re.Pattern:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf" (?:{alternation})$")


def _org_mentions(text: str, learned: Learned) -> list[Mention]:
    found = []
    lower = text.lower()
    for entry in org_entries():
        if entry.needle not in lower:
            continue
        for m in entry.regex.finditer(text):
            start, end = m.start(), m.end()
            name = m.groupdict().get("name")
            if name:
                # "Wijkteam Centrum-Oost Zaandam": the trailing place is a place of its own
                tail = _place_tail(frozenset(places() | learned.places)).search(name)
                if tail and tail.start() > 0:
                    end = m.start("name") + tail.start()
                if name.split()[0].lower() in ("de", "het", "'t") and len(name.split()) == 1:
                    continue
            span = text[start:end]
            key = entry.canonical or norm_name(span)
            found.append(Mention(start, end, entry.type, span, 1, "org", key=key))
            if name and end == m.end():
                found[-1].extra["short"] = name
    for alias, (typ, key) in learned.org_aliases.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
        if alias.split()[0] in ("De", "Het"):
            low = alias[0].lower() + alias[1:]
            for m in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
                found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
    return found


def _keep_mentions(text: str) -> list[Mention]:
    rx = _names_regex(frozenset(keep_terms()))
    return [Mention(m.start(), m.end(), "KEEP", m[0], 2, "keep") for m in rx.finditer(text)]


@cache
def _names_regex(names: frozenset[str]) -> re.Pattern:
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w-])")


def _place_mentions(text: str, learned: Learned) -> list[Mention]:
    found = []
    for names in (places(), frozenset(learned.places)):
        if not names:
            continue
        for m in _names_regex(names).finditer(text):
            if sentence_initial(text, m.start()) and is_dutch_word(m[0]):
                context = text[max(0, m.start() - 12) : m.start()]
                if not re.search(r"\b(?:te|in|uit|naar|bij|van)\s*$", context):
                    continue
            found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place"))
            found[-1].key = norm_name(m[0])
    return found


def _person_mentions(text: str, learned: Learned) -> list[Mention]:
    found: list[Mention] = []
    part = _particle_re()
    surname = rf"(?:(?:{part})[ ]+)*{CAP}"
    known = first_names()

    def add(start: int, end: int, tier: int, source: str, single: str = "auto") -> None:
        words = text[start:end].split()
        if not words or all(is_stop_word(w) for w in words):
            return
        if text[start:end] in places() or text[start:end] in keep_terms():
            return
        mention = _person(text, start, end, tier, source, single=single)
        if mention:
            found.append(mention)

    def good_surname(word: str) -> bool:
        return not is_stop_word(word) and word.lower() not in ROLES and word not in places()

    # known first names (+ more first names, particles, surname)
    names = sorted(set(known) | learned.first_names, key=len, reverse=True)
    first_rx = "|".join(re.escape(n) for n in names)
    rx = re.compile(
        rf"(?<![\w'-])(?:{first_rx})(?:[ ](?:{first_rx}))*(?:[ ](?:(?:{part})[ ])*{CAP})?(?![\w-])"
    )
    for m in rx.finditer(text):
        words = m[0].split()
        first = words[0]
        if sentence_initial(text, m.start()) and first not in learned.first_names:
            if is_dutch_word(first) or is_stop_word(first):
                continue
        end = m.end()
        if len(words) > 1 and not good_surname(words[-1]):
            end = m.start() + len(" ".join(words[:-1]))
            while text[m.start() : end].split()[-1].lower() in {p.lower() for p in particles()}:
                end = m.start() + len(" ".join(text[m.start() : end].split()[:-1]))
        add(m.start(), end, 3, "first-name", single="first")
    # title or role word + name: "dhr. R. Bos", "mw. Van Dam", "oma Visser", "Vader Bos"
    titles = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True)
    )
    roles = "|".join(sorted(ROLES, key=len, reverse=True))
    rx = re.compile(
        rf"(?<![\w-])(?i:(?:{titles})|(?:{roles}))[ ]+(?P<name>(?:{INITIALS}\s*)?{surname}"
        rf"(?:[ ]{surname})?)(?![\w-])"
    )
    for m in rx.finditer(text):
        words = m["name"].split()
        while words and not good_surname(words[-1]) and not re.fullmatch(INITIALS, words[-1]):
            words.pop()
        if not words or re.fullmatch(rf"{INITIALS}", " ".join(words)):
            continue
        if len(words) == 2 and words[1] in known and words[0] not in known:
            words = words[:1]  # "Vader Bos Sanne" is not one name
        add(m.start("name"), m.start("name") + len(" ".join(words)), 3, "title-role")
    # initials + surname: "I. Brouwer", "S. de Groot"
    rx = re.compile(rf"(?<![\w.-]){INITIALS}\s*{surname}(?![\w-])")
    for m in rx.finditer(text):
        if good_surname(m[0].split()[-1]):
            add(m.start(), m.end(), 3, "initials")
    # name + age: "Sanne (12)"
    for m in AGE_RE.finditer(text):
        if not is_stop_word(m[1]):
            add(m.start(1), m.end(1), 3, "age", single="first")
    # label lines "Moeder: Marieke Hendriks," and "Grootmoeder (moederszijde): Fatima El Idrissi"
    rx = re.compile(
        rf"(?m)^[{UP}][\w]*(?:[ ][\w()]+){{0,3}}:[ ]+(?:(?i:{titles})\s+)?"
        rf"(?P<name>(?:{INITIALS}\s*)?{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{0,3}})"
        rf"(?=[ ]*(?:,|\(|$|\n| en ))"
    )
    for m in rx.finditer(text):
        head = m["name"].split()[0]
        if not is_stop_word(head) or head in first_names():
            add(m.start("name"), m.end("name"), 3, "label")
    # signature and list lines "Annelies Kok, medewerker", "Lotte Visser (09-10-2008)"
    rx = re.compile(
        rf"(?m)^(?P<name>{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{1,3}})(?=,[ ]*[a-z0-9]|[ ]*\(\d)"
    )
    for m in rx.finditer(text):
        add(m.start("name"), m.end("name"), 3, "line")
    # family names: "gezin Van Dam/Visser", "familie Bos"
    rx = re.compile(
        rf"(?<![\w-])(?i:gezin|familie)\s+(?P<a>{surname})(?:\s*(?:/|&|-|\ben\b)\s*(?P<b>{surname}))?"
    )
    for m in rx.finditer(text):
        for group in ("a", "b"):
            if m[group] and good_surname(m[group].split()[-1]):
                add(m.start(group), m.end(group), 3, "family")
    # learned names: surnames (with any particles in front) and first names
    if learned.surnames:
        cores = "|".join(re.escape(s) for s in sorted(learned.surnames, key=len, reverse=True))
        rx = re.compile(rf"(?<![\w'-])(?:(?i:{part})[ ]+)*(?:{cores})(?![\w-])")
        for m in rx.finditer(text):
            start = m.start()
            # a particle at the start of a sentence belongs to the name only when capitalised
            add(start, m.end(), 3, "learned-surname")
    # common surnames at the start of a sentence: "Jansen vertelt"
    common = surnames()
    for m in re.finditer(rf"(?<![\w'-])({CAP})(?![\w-])", text):
        if m[1] in common and sentence_initial(text, m.start()) and not is_dutch_word(m[1]):
            add(m.start(), m.end(), 3, "common-surname")
    return found


def _fallback_mentions(text: str) -> list[Mention]:
    """Capitalised words in the middle of a sentence: names the lists do not know."""
    found = []
    part = _particle_re()
    rx = re.compile(
        rf"(?<![\w'’@.-])(?:(?:{part})[ ])*{CAP}(?:[ ](?:(?:{part})[ ])*{CAP})*(?![\w-])"
    )
    for m in rx.finditer(text):
        start = m.start()
        first_word = m[0].split()[0]
        if first_word[0].islower():
            # particles belong to the name only when a capitalised word follows directly
            start = m.start() + m[0].index(next(w for w in m[0].split() if w[0].isupper()))
        if sentence_initial(text, start):
            # an unknown word starting a sentence ("Xiomara vertelt") is a name as well
            word = re.match(CAP, text[start:])
            if word and not is_dutch_word(word[0]) and not is_stop_word(word[0]):
                if len(compound_parts(word[0])) > 1:
                    continue
                if not text.startswith(keep_terms(), start) and "-" not in word[0]:
                    mention = _person(text, start, start + word.end(), 6, "fallback-initial")
                    if mention:
                        found.append(mention)
            continue
        words = text[start : m.end()].split()
        if all(is_stop_word(w) for w in words):
            continue
        mention = _person(text, start, m.end(), 5, "fallback")
        if mention:
            found.append(mention)
        for w in re.finditer(CAP, text[start : m.end()]):
            if not is_stop_word(w[0]):
                single = _person(text, start + w.start(), start + w.end(), 6, "fallback")
                if single:
                    found.append(single)
    return found


# --- resolution of overlaps -----------------------------------------------------------------


def select(mentions: Iterable[Mention], text: str) -> list[Mention]:
    """Non-overlapping mentions: lower tier first, then longer, then earlier."""
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in sorted(mentions, key=lambda m: (m.tier, -(m.end - m.start), m.start)):
        if m.end <= m.start:
            continue
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        chosen.append(m)
        taken.append((m.start, m.end))
    chosen = [m for m in chosen if m.type != "KEEP"]
    return _merge_adjacent_persons(sorted(chosen, key=lambda m: m.start), text)


def _merge_adjacent_persons(mentions: list[Mention], text: str) -> list[Mention]:
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
            joined.gender = prev.gender or m.gender or first_names().get(joined.first, "")
            joined.role, joined.child = prev.role or m.role, prev.child or m.child
            joined.text = text[joined.start : joined.end]
            merged[-1] = joined
            continue
        merged.append(m)
    return merged


# --- the two passes -------------------------------------------------------------------------


def detect(text: str, learned: Learned | None = None) -> list[Mention]:
    """All identifying mentions in one text, non-overlapping, sorted by position."""
    learned = learned or Learned()
    persons = _person_mentions(text, learned)
    fallback = _fallback_mentions(text)
    candidates = _pattern_mentions(text) + _org_mentions(text, learned) + _keep_mentions(text)
    candidates += persons + _place_mentions(text, learned) + fallback
    candidates += _date_mentions(text, learned, persons + fallback)
    learned_streets = learned.streets
    for street in learned_streets:
        for m in re.finditer(rf"(?<![\w-]){re.escape(street)}(?![\w-])", text):
            candidates.append(Mention(m.start(), m.end(), "ADRES", m[0], 0, "street"))
            candidates[-1].key = norm_name(m[0])
    result = select(candidates, text)
    for m in result:
        m.text = text[m.start : m.end]
    return result


def learn(texts: Iterable[str]) -> Learned:
    """Pass 1 over a dossier's texts: names, streets, short forms and birth dates to reuse."""
    learned = Learned()
    for text in texts:
        for m in detect(text, learned):
            _learn_from(m, learned)
    return learned


def _learn_from(m: Mention, learned: Learned) -> None:
    if m.type == "PERSOON" and m.source != "fallback":
        if m.first:
            for word in m.first.split():
                learned.first_names.add(word)
        if m.surname:
            core = m.text.split()[-1]
            if core[:1].isupper() and not is_stop_word(core):
                learned.surnames.add(core)
                parts = core.split("-")
                if len(parts) > 1 and all(p[:1].isupper() and len(p) > 2 for p in parts):
                    learned.surnames.update(parts)  # "Kwakernaak-Oudshoorn"
    elif m.type == "PERSOON" and m.surname and " " in m.text:
        learned.surnames.add(m.text.split()[-1])
    elif m.type == "ADRES" and m.extra.get("street"):
        learned.streets.add(m.extra["street"])
    elif m.type == "DATUM" and m.source == "birth-date":
        value = parse_any_date(m.text)
        if value:
            learned.birth_dates.add(value)
    elif m.type == "PLAATS" and m.source == "after-postcode":
        learned.places.add(m.text)
    elif m.type in ("ORGANISATIE", "SCHOOL") and m.extra.get("short"):
        short = m.extra["short"]
        words = short.split()
        if words[0] in ("De", "Het", "'t") or len(words) > 1 or not is_dutch_word(short):
            if short not in places():
                learned.org_aliases.setdefault(short, (m.type, m.key))


def detect_dossier(texts: list[str]) -> list[list[Mention]]:
    """Mentions per text of one dossier, with names learned across all its texts."""
    learned = learn(texts)
    # a second learning round picks up names found only thanks to the first
    for text in texts:
        for m in detect(text, learned):
            _learn_from(m, learned)
    return [detect(text, learned) for text in texts]
