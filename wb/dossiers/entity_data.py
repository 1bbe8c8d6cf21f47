"""Word lists (data files under wb/lang/nl/), patterns and helpers for finding identifying text."""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from wb.corpus.metadata import MONTHS
from wb.lang import table, word_set, words
from wb.nlp.lexicon import Lexicon, get_lexicon

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

# Latin letters, with the Latin Extended-A block (Turkish, Polish, Czech, ... names: "Yıldız",
# "Şükrü", "Łukasz", "Dvořák")
_EXT_A = [chr(c) for c in range(0x100, 0x180)]
UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXT_A if c.isupper())
LOW = "a-zß-öø-ÿ" + "".join(c for c in _EXT_A if c.islower())
# Bos, El-Amrani, Noord-Holland; a double surname with a particle: Kuiper-van Dijk, Stam-de Groot,
# Kuiper-Van Dijk (a capitalised "Van" only: a municipality "X-De Y" is written so)
HYPHEN_PARTICLE = (
    rf"-(?:[vV]an|de|der|den|ter|ten|te)(?:[ ](?:de|der|den))?[ ][{UP}][{LOW}'’]*[{LOW}]"
)
CAP = rf"[{UP}][{LOW}'’]*[{LOW}](?:{HYPHEN_PARTICLE}|-[{UP}{LOW}][{LOW}'’]*)*"
INITIALS = rf"(?:(?:[{UP}]|Th|Chr|Ph|IJ|Fr|Joh|Jac|Corn|Hendr|Wm)\.\s?){{1,6}}"
TITLES = {t: g for t, g in table("titles.txt", 2)}
# role word -> (gender, role group); a capitalised word after a role word is a name
ROLES = {r: (g, group) for r, g, group in table("roles.txt", 3)}
LABEL_HINTS = {w: (g, group) for w, g, group in table("label_hints.txt", 3)}
STREET_SUFFIXES = tuple(sorted(word_set("street_suffixes.txt")))
STREET_PREFIXES = word_set("street_prefixes.txt")
NOT_STREETS = word_set("not_streets.txt")
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
# the phone, BSN and postcode patterns open with their first character and look behind it
# after it ("\d(?<![\d.,-]\d)" is "(?<![\d.,-])\d"): the same matches, but the regex engine
# skips to where that character stands (an opening lookbehind is tried at every position)
PHONE_RES = (
    re.compile(r"(?:\+(?<![\w+]\+)|0(?<![\w+]0)0)31[ -]?(?:\(0\)[ -]?)?\d(?:[ -]?\d){8}(?![\d])"),
    re.compile(r"\+(?<![\w+]\+)(?!31)\d{2,3}(?:[ -]?\d){6,12}(?!\d)"),
    # "(036) 5399995", and a number whose page repeated its area code ("(036) 036 53 99 925")
    re.compile(r"\((?<![\w+]\()0\d{2,3}\)[ ]?\d(?:[ -]?\d){5,9}(?!\d)"),
    # "0800-1234", "(0800) 00 96": a free or paid service number, its area code in brackets too
    re.compile(
        r"(?:0(?<![\w+.]0)[89]00|\((?<![\w+.]\()0[89]00\))[ -]?\d(?:[ ]?\d){3}(?:[ -]?\d{3})?(?!\d)"
    ),
    re.compile(r"0(?<![\w+.,/-]0)\d(?:(?:[ ]?[-.–][ ]?|[ ])?\d){8}(?![\d])"),  # "088 – 308 31 00"
)
BSN_RES = (
    re.compile(r"\d(?<![\d.,-]\d)\d{8}(?![\d])"),
    re.compile(r"\d(?<![\d.,-]\d)\d{3}[. ]\d{2}[. ]\d{3}(?![\d])"),
    re.compile(r"\d(?<![\d.,-]\d)\d{2}[. ]\d{3}[. ]\d{3}(?![\d])"),
)
BSN_NEAR_RE = re.compile(
    r"\b(?:BSN|bsn|burgerservicenummer|Burgerservicenummer|sofinummer|sofi-nummer)"
    r"\b[^\n\d]{0,20}(\d(?:[ .]?\d){7,8})(?![\d])"
)
POSTCODE_RE = re.compile(r"[1-9](?<![\w:][1-9])\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?![\w])")
# "Sep (7 maanden)": units after an age in brackets
AGE_UNIT = rf"(?:\s*(?:{'|'.join(map(re.escape, words('age_units.txt')))}))?"
AGE_RE = re.compile(rf"\b({CAP})\s+\((\d{{1,2}}){AGE_UNIT}\)")


# --- word lists ---------------------------------------------------------------------------


def _lines(name: str) -> list[str]:
    return list(words(name))


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
    """Dutch municipalities, larger places and regions (provinces, court districts); a name with
    a hyphen between capitalised parts also as written with a space ("Zuidoost Nederland"), and
    a name of capitalised words also with hyphens ("Holland-Rijnland")."""
    names = set(_lines("places.txt")) | set(_lines("regions.txt"))
    for name in list(names):
        parts = name.split("-")
        if len(parts) > 1 and all(part[:1].isupper() for part in parts):
            names.add(" ".join(parts))
        words = name.split(" ")
        if len(words) > 1 and all(w[:1].isupper() and "-" not in w for w in words):
            names.add("-".join(words))
    return frozenset(names)


@cache
def gazetteer() -> frozenset[str]:
    """All Dutch municipalities and woonplaatsen (BAG) and CBS regions (COROP, jeugd-, GGD-,
    veiligheids- and arbeidsmarktregio's; ``gazetteer_*.txt``) that the hand lists
    (``places.txt``, ``regions.txt``) do not hold; read on first use."""
    names = set(_lines("gazetteer_municipalities.txt")) | set(_lines("gazetteer_places.txt"))
    names |= set(_lines("gazetteer_regions.txt"))
    return frozenset(names - places())


@cache
def gazetteer_regions() -> frozenset[str]:
    """The CBS regions of the gazetteer (``gazetteer_regions.txt``); read on first use."""
    return frozenset(_lines("gazetteer_regions.txt"))


@cache
def regions() -> frozenset[str]:
    """Provinces, court districts and named regions (``regions.txt``)."""
    return frozenset(_lines("regions.txt"))


@cache
def particles() -> tuple[str, ...]:
    """Surname particles, longest first."""
    return tuple(sorted(_lines("particles.txt"), key=len, reverse=True))


class Terms(tuple):
    """A tuple of terms in file order whose ``in`` is a set look-up (the rules ask
    ``word in keep_terms()`` thousands of times per text)."""

    def __new__(cls, items: Iterable[str]) -> Terms:
        self = super().__new__(cls, items)
        self._set = frozenset(self)
        return self

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._set
        except TypeError:  # an unhashable item: compare as a tuple does
            return tuple.__contains__(self, item)


@cache
def keep_terms() -> tuple[str, ...]:
    """Capitalised terms that are not identifying."""
    return Terms(_lines("keep.txt"))


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


NAME_WORD = rf"(?:St\.|[{UP}0-9][\w'’]*(?:-[\w'’]+)*|'s-[{UP}][\w-]+)"
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
        return re.compile(_first_char_first(rf"(?<![\w-]){trigger}{name}(?![\w-])"))
    # "Youz-locatie": a name glued to a lowercase head by a hyphen is the name
    return re.compile(_first_char_first(rf"(?<![\w-]){literal(line)}(?!\w|-(?![{LOW}]))"))


_LEAD = re.compile(r"\(\?<!\[\\w-\]\)(\[(\w)(\w)\]|\w)")


def _first_char_first(pattern: str) -> str:
    """ "(?<![\\w-])[Vv]eilig..." as "[Vv](?<![\\w-][Vv])eilig...": the same matches, but a
    pattern that opens with its first character lets the regex engine skip to the places where
    that character stands (one that opens with a lookbehind is tried at every position)."""
    m = _LEAD.match(pattern)
    if not m:
        return pattern
    return f"{m[1]}(?<![\\w-]{m[1]}){pattern[m.end() :]}"


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

    return frozenset(STOP_WORDS) | word_set("name_stop_words.txt")


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
    # a numbered heading or list item, also where a PDF's lines ran together: "3.2.1 Het
    # Groene Boekje", "1) Hoeveel kinderen", "b) Welke"
    return NUMBERED_ITEM.search(text, max(0, i - 11), i + 1) is not None


NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\)|[a-z]\))$")


# --- dictionaries: ordinary words versus names -------------------------------------------

HUNSPELL_DICTIONARIES = (
    Path("/usr/share/hunspell/nl.dic"),
    Path("/usr/share/hunspell/nl_NL.dic"),
    Path("/usr/share/myspell/dicts/nl.dic"),
)
HUNSPELL_MISSING = (
    "het Nederlandse woordenboek van hunspell (OpenTaal) is niet gevonden; namen worden "
    "minder goed van gewone woorden met een hoofdletter onderscheiden. Installeer het met "
    "'sudo apt-get install hunspell-nl' (Debian/Ubuntu) of zet WB_HUNSPELL_NL op het pad "
    "van nl.dic."
)


@dataclass(frozen=True)
class Hunspell:
    """The OpenTaal word list: lowercase stems (ordinary words) and capitalised ones (names)."""

    path: Path | None
    ordinary: frozenset[str]
    proper: frozenset[str]
    forbidden: frozenset[str] = frozenset()  # lowercase stems listed only as wrong (flag Fw)


@cache
def hunspell() -> Hunspell:
    """The Dutch hunspell word list (Debian's hunspell-nl), or an empty one when missing."""
    env = os.environ.get("WB_HUNSPELL_NL")
    for path in ((Path(env),) if env else ()) + HUNSPELL_DICTIONARIES:
        if path.is_file():
            break
    else:
        warnings.warn(HUNSPELL_MISSING, stacklevel=2)
        return Hunspell(None, frozenset(), frozenset())
    ordinary, proper, wrong, right = set(), set(), set(), set()
    with path.open(encoding="utf-8", errors="replace") as handle:
        next(handle, None)  # the word count
        for line in handle:
            word, _, flags = line.strip().partition("/")
            word = word.strip()
            if not word:
                continue
            if word[0].isupper():
                proper.add(word)
            else:
                ordinary.add(word)
                # FORBIDDENWORD Fw (two-letter flags): a misspelling ("middelburg")
                pairs = {flags[i : i + 2] for i in range(0, len(flags), 2)}
                (wrong if "Fw" in pairs else right).add(word)
    return Hunspell(path, frozenset(ordinary), frozenset(proper), frozenset(wrong - right))


@cache
def is_ordinary(word: str) -> bool:
    """True when a word, however capitalised, is an ordinary Dutch word (a dictionary word in
    lowercase, an inflection wb's lexicon knows, or a compound of known parts)."""
    low = word.lower().replace("’", "'")
    if len(low) < 2:
        return False
    lexicon = hunspell()
    if low in lexicon.ordinary:
        return True
    title = word[:1] + word[1:].lower()
    if title in lexicon.proper:  # a name in the dictionary ("Kalverboer", "Lara"): OpenTaal
        # knows it as a name only, whatever wb's lemma tables hold in lowercase; a compound of
        # ordinary words that wb's lexicon knows ("Kamerstuk") and an adjective with its -e
        # ("Kleine") stay ordinary
        return (
            (_ordinary_compound(low) and is_dutch_word(low))
            or _adjective_form(low)
            or _institution_compound(low)
        )
    if is_dutch_word(low):
        return True
    if _linking_s_modifier(low):
        return True
    if low.startswith("ge") and low.endswith(("de", "te")) and len(low) > 6:
        stem = low[:-1]  # "Gedeelde visie": a participle with its -e
        if stem in lexicon.ordinary or is_dutch_word(stem):
            return True
    if "-" in low:
        parts = word.split("-")
        if sum(part[:1].isupper() for part in parts) > 1 and not word.isupper():
            return False  # "Hessing-Puts": a double name
        last = len(parts) - 1  # "Inspectie-items": a lowercase plural in -s ends it
        return all(
            is_ordinary(part) or (i == last and part.islower() and _plural_s(part))
            for i, part in enumerate(parts)
            if part
        )
    # with its capital, so a name written with a diaeresis or an accent stays a name
    # ("Juliëtte" as "Juliette"), and "Wóédend" is "Woedend"; "Gezagsbeëindiging" goes on to
    # its parts
    written = word[:1] + word[1:].lower()
    bare = _strip_accents(written)
    if bare != written and is_ordinary(bare):
        return True
    if _patronymic(word):
        return False  # "Simons", "Gerrits": a first name and its -s, no compound "sim" + "ons"
    if compass_name(word):
        return False  # "Zuiderwaard", "Westfriesland": a region's name, no "zuider" + "waard"
    if _compound_of_words(low) or _linked_compound(low):
        return True
    if low.endswith("nr") and len(low) > 5 and is_ordinary(low[:-2]):
        return True  # "Dossiernr. 12/345": a noun's "nummer" abbreviated
    # "Casuistieklijn", "BIJEEENKOMSTEN": a word typed without its diaeresis or with a letter
    # tripled (no Dutch word or name has three of a letter in a row)
    if any(
        v in lexicon.ordinary or is_dutch_word(v) or _compound_of_words(v) for v in _respelled(low)
    ):
        return True
    # "Anmelden": a long word that is a dictionary word with one vowel doubled, a typo
    return len(low) >= 8 and any(
        (v in lexicon.ordinary or is_dutch_word(v))
        for v in (
            low[:i] + low[i] + low[i:]
            for i in range(len(low))
            if low[i] in "aeou" and low[i - 1 : i] != low[i] and low[i + 1 : i + 2] != low[i]
        )
    )


def _linking_s_modifier(low: str) -> bool:
    """True for a compound's modifier written apart with its linking -s ("Ontwikkelings
    Stoornis", "Gezondheids"): a dictionary noun in -ing, -heid, -schap or -teit plus s."""
    stem = low[:-1]
    return (
        low.endswith("s")
        and stem.endswith(("ing", "heid", "schap", "teit"))
        and len(stem) >= 6
        and (stem in hunspell().ordinary or is_dutch_word(stem))
    )


def _plural_s(low: str) -> bool:
    """True for a plural in -s of a dictionary word ("items"), five letters or more."""
    return len(low) >= 5 and low.endswith("s") and is_dutch_word(low[:-1])


def _patronymic(word: str) -> bool:
    """True for a capitalised known first name with a genitive -s that no dictionary knows as
    a word ("Simons", "Gerrits", "Huberts"): a surname made from a father's name."""
    return (
        len(word) >= 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and word[:-1] in first_names()
    )


@cache
def compass_name(word: str) -> bool:
    """True for a capitalised word that opens with a point of the compass (``name_compass.txt``,
    also with "-er": "Zuider", "Wester") before a part of four letters or more, and that no
    dictionary knows as written ("Zuiderwaard", "Westfriesland", "Noordendijk"): a place's,
    region's or street's name, not a compound guessed from ordinary words. Not before a plural
    ("Noordgemeenten": the municipalities in the north)."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    return any(
        low.startswith(lead) and len(low) - len(lead) >= 4 and not _plural(low[len(lead) :])
        for point in _compass_points()
        for lead in (point + "er", point)
    )


def _plural(low: str) -> bool:
    """True for a plural in -en or -s of a dictionary word ("gemeenten", "regio's", "wijken")."""
    if low.endswith("en") and is_dutch_word(low):
        stem = low[:-2]
        return any(
            is_dutch_word(s)
            for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")
        )
    if low.endswith(("s", "'s")):
        return is_dutch_word(low.rstrip("s").rstrip("'"))
    return False


def compass_place(word: str) -> bool:
    """True for a capitalised word of a point of the compass and a part (:func:`compass_name`)
    that no dictionary knows as written, no name list and no first name: a place's or region's
    name ("Zuiderwaard", "ZUIDERWAARD")."""
    title = word[:1] + word[1:].lower()
    return (
        compass_name(word)
        and title.lower() not in hunspell().ordinary
        and not is_dutch_word(title.lower())
        and not is_known_name(title)
        and title not in first_names()
    )


@cache
def _compass_points() -> tuple[str, ...]:
    return tuple(sorted(words("name_compass.txt"), key=len, reverse=True))


def _compound_of_words(low: str) -> bool:
    """True when a lowercase word splits into two or more ordinary words."""
    from wb.nlp import compound_parts

    parts = compound_parts(low)
    return len(parts) > 1 and all(p in hunspell().ordinary or is_dutch_word(p) for p in parts)


def _linked_compound(low: str) -> bool:
    """True for a compound of three or more parts whose modifier is a compound with a linking
    -s- ("gezinsbegeleidings" + "rapport"), which the lemmatiser's split leaves whole."""
    for i in range(8, len(low) - 3):
        head, modifier = low[i:], low[:i]
        if modifier.endswith("s") and (head in hunspell().ordinary or is_dutch_word(head)):
            return _compound_of_words(modifier[:-1])
    return False


_DIAERESIS = {"e": "ë", "i": "ï", "u": "ü", "o": "ö"}
_TRIPLED = re.compile(r"([a-z])\1\1")


def _respelled(low: str) -> list[str]:
    """Spellings of a word that may have been meant: a tripled letter written twice, and a
    diaeresis on a vowel right after another vowel ("casuistiek" -> "casuïstiek")."""
    variants = []
    if _TRIPLED.search(low):
        variants.append(_TRIPLED.sub(r"\1\1", low))
    for i in range(1, len(low)):
        if low[i] in _DIAERESIS and low[i - 1] in "aeiou" and low[i - 1] != low[i]:
            variants.append(low[:i] + _DIAERESIS[low[i]] + low[i + 1 :])
    return variants


def inflected_adjective(low: str) -> bool:
    """True for an adjective with its -e ("kleine", "korte", "goede", "grote", "lieve", "boze"),
    which OpenTaal lists only as a stem and, capitalised, as a surname ("Kleine")."""
    if not low.endswith("e") or len(low) < 4:
        return False
    stem = low[:-1]
    forms = {stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    if len(stem) > 2 and stem[-2] not in "aeiou" and stem[-3] in "aeiou":
        forms.add(stem[:-1] + stem[-3] + stem[-1])  # grote -> groot
    forms |= {f[:-1] + {"v": "f", "z": "s"}.get(f[-1], f[-1]) for f in list(forms)}
    forms |= {f[:-2] + f[-3] + f[-1] for f in list(forms) if len(f) > 3 and f[-2] in "aeiou"}
    # an open syllable's vowel written double in the stem: "hoge" -> hoog, "brede" -> breed
    forms |= {f[:-1] + f[-2:] for f in list(forms) if len(f) > 2 and _single_vowel(f)}
    return any(f in hunspell().ordinary for f in forms)


def _single_vowel(stem: str) -> bool:
    """True when a stem ends in one vowel and one consonant ("hog", "bred", not "goed")."""
    return stem[-2] in "aeou" and stem[-1] not in "aeiouy" and stem[-3] not in "aeiouy"


def _adjective_form(low: str) -> bool:
    """True for a name in the dictionary that is also an adjective with its -e ("Kleine",
    "Korte", "Grote"): the stem is an adjective by wb's lexicon or OpenTaal's flags, not only a
    verb or noun ("Bauke": "bauk" is no adjective, so Bauke stays a name)."""
    if not inflected_adjective(low):
        return False
    lexicon = _lexicon()
    stem = low[:-1]
    forms = {stem, stem[:-1] + stem[-2:-1] + stem[-1:]}  # kleine, grote
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.add(stem[:-1])  # dolle: a doubled consonant only ("Nele" is no form of "ne")
    forms |= {f[:-1] + {"v": "f", "z": "s"}.get(f[-1:], f[-1:]) for f in list(forms) if f}
    return any(
        (lexicon.pos_mask.get(f, 0) & 4) or "A" in lexicon.word_classes.get(f, "") for f in forms
    )


def _institution_compound(low: str) -> bool:
    """True for a compound of a one-word national institution and an ordinary word of four or
    more letters ("Kamerbrief", "Kamervragen", "Raadsonderzoek"), which OpenTaal writes
    capitalised."""
    for term in _one_word_institutions():
        if low.startswith(term) and len(low) > len(term) + 3:
            rest = low[len(term) :]
            rest = rest[1:] if rest[0] == "s" and rest[1:] in hunspell().ordinary else rest
            if rest in hunspell().ordinary or is_dutch_word(rest):
                return True
    return False


@cache
def _one_word_institutions() -> tuple[str, ...]:
    return tuple(
        t.lower() for t in institutions() if " " not in t and t[1:].islower() and len(t) >= 4
    )


def _ordinary_compound(low: str) -> bool:
    """True when a word splits into two or more OpenTaal words ("kamer" + "stuk")."""
    from wb.nlp import compound_parts

    parts = compound_parts(low)
    return len(parts) > 1 and all(p in hunspell().ordinary for p in parts)


def _strip_accents(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", word) if unicodedata.category(ch) != "Mn"
    )


@cache
def is_known_name(word: str) -> bool:
    """True when a capitalised word is a name in wb's lists or a proper noun in the dictionary."""
    title = word[:1] + word[1:].lower() if word.isupper() else word
    return (
        title in first_names()
        or title in surnames()
        or title in places()
        or (
            title in hunspell().proper
            and title.lower() not in hunspell().ordinary
            and not (_ordinary_compound(title.lower()) and is_dutch_word(title.lower()))
            and not _adjective_form(title.lower())
            and not _institution_compound(title.lower())
        )
    )


@cache
def places_lower() -> dict[str, str]:
    """Places and regions by lowercase form, for text in capitals ("MIDDEN-NEDERLAND")."""
    return {p.lower(): p for p in places()}


@cache
def institutions() -> tuple[str, ...]:
    """National institutions, roles, parties and laws that stay (``institutions.txt``)."""
    return Terms(words("institutions.txt"))


@cache
def place_triggers() -> tuple[frozenset[str], frozenset[str]]:
    """(words after which a capitalised word is a place, the same but only when the word is no
    ordinary word), from ``place_triggers.txt``."""
    strong, weak = set(), set()
    for word, kind in table("place_triggers.txt", 2):
        (strong if kind == "altijd" else weak).add(word)
    return frozenset(strong), frozenset(weak)


@cache
def district_triggers() -> frozenset[str]:
    """The weak place triggers after which a compound of ordinary parts still is a name ("de
    wijk Vroonermeer"): kind ``tenzij-woordenboek`` of ``place_triggers.txt``."""
    return frozenset(
        word for word, kind in table("place_triggers.txt", 2) if kind == "tenzij-woordenboek"
    )
