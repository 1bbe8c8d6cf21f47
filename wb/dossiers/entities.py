"""Find identifying text in Dutch youth-care reports (rules + word lists, offline, no model).

Detection runs per dossier. Pass 1 finds mentions with patterns and word lists; from those it
learns the dossier's names (first names, surnames), street names, places, school and
organisation short forms and birth dates. Pass 2 searches again with what was learned, so
"De Vries" or "Vries" later in the dossier is found once "Jan de Vries" was seen anywhere in it;
what pass 2 learns on top is searched once more only where it occurs. The mentions that do not
depend on what was learned are found once per text.

A capitalised word is a name or an ordinary word by the dictionaries: OpenTaal's hunspell-nl
word list and wb's lexicon (:func:`~wb.dossiers.entity_data.is_ordinary`), looked up in
lowercase, so sentence starts, headings, list items, Title Case and CAPITALS all count; a
word class from a tagger (``token.pos_``: PROPN, NOUN) decides when it is given.

Priorities when spans overlap (lower tier wins, then the longer span):

0. the user's "always replace" terms; patterns: e-mail, phone, BSN (11-proef, or any 8-9 digits
   right after "BSN"), postcode, street address, birth date;
1. organisations and schools (``wb/lang/nl/organisations.txt``: names and "Trigger {NAAM}"
   patterns) and terms that stay: the user's "never replace" terms, ``keep.txt`` (programmes,
   languages, countries), ``institutions.txt`` (national institutions, roles, ministries,
   parties, laws) and "Wet ..." titles;
3. persons: known first names (``first_names.txt``) with particles and surname, titles
   and role words ("dhr. Bos", "oma Visser", "wethouder Smit"), initials ("J.P. de Vries"),
   "Naam (12)", label lines ("Moeder: ...") and signature lines, and everything learned;
4. places (``places.txt``, ``regions.txt``; also in CAPITALS), the word after a postcode and after
   "gemeente", "rechtbank", "te", "in" (``place_triggers.txt``); runs of capitalised words that
   mix ordinary words and a name, or start with a capitalised article mid-sentence ("Het Poortje"),
   as a local organisation;
5. fallback: any other capitalised word that is no ordinary word (a name at a sentence start too),
   names in CAPITALS, names in an enumeration of names, a name under a signing role.

Person spans hold the name only: titles, role words and a possessive 's ("dhr.", "moeder",
"Jordy's") stay outside the span and so stay readable. Only birth dates are DATUM
(report and meeting dates are needed for the chronology of a dossier): dates after "geboren",
"geb." or "geboortedatum", dates in brackets or after a comma right behind a name, and every
other spelling of such a date in the same dossier.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from functools import cache, lru_cache

from wb.dossiers.entity_data import (
    AGE_RE,
    CAP,
    INITIALS,
    LABEL_HINTS,
    LOW,
    ROLES,
    TITLES,
    UP,
    first_names,
    hunspell,
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    org_entries,
    parse_any_date,
    particles,
    place_triggers,
    places,
    places_lower,
    sentence_initial,
    surnames,
)
from wb.dossiers.identifiers import birth_date_mentions, pattern_mentions
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.org_names import (
    caps_org_mentions,
    head_mentions,
    mark_acronyms,
    national_mentions,
)


@cache
def _particle_re() -> str:
    return "|".join(re.escape(p).replace(r"\ ", "[ ]+") for p in particles())


@cache
def _particles_behind() -> re.Pattern:
    """Particles right before a position (search in text[..:start])."""
    return re.compile(rf"(?<![\w'-])(?:(?i:{_particle_re()})[ ]+)+$")


@cache
def _low_particles() -> frozenset[str]:
    return frozenset(p.lower() for p in particles())


@cache
def _first_name_rx(learned: frozenset[str]) -> re.Pattern:
    names = sorted(set(first_names()) | learned, key=len, reverse=True)
    first_rx = "|".join(re.escape(n) for n in names)
    part = _particle_re()
    return re.compile(
        rf"(?<![\w'-])(?:{first_rx})(?:[ ](?:{first_rx}))*(?:[ ](?:(?:{part})[ ])*{CAP})?(?![\w-])"
    )


def _title_role_rx(text: str) -> re.Pattern | None:
    """Title or role word + name, for the titles and role words that occur in the text."""
    words = {w.lower() for w in _text_words(text)}
    present = frozenset(t for t in (*TITLES, *ROLES) if t.split()[0].rstrip(".") in words)
    return _title_role_rx_for(present) if present else None


@cache
def _title_role_rx_for(present: frozenset[str]) -> re.Pattern:
    part = _particle_re()
    surname = rf"(?:(?:{part})[ ]+)*{CAP}"
    titles = (
        "|".join(
            re.escape(t).replace(r"\ ", r"\s+")
            for t in sorted(TITLES, key=len, reverse=True)
            if t in present
        )
        or "(?!)"
    )
    roles = "|".join(r for r in sorted(ROLES, key=len, reverse=True) if r in present) or "(?!)"
    return re.compile(
        rf"(?<![\w-])(?i:(?:{titles})|(?:{roles}))[ ]+(?P<name>(?:{INITIALS}\s*)?{surname}"
        rf"(?:[ ]{surname})?)(?![\w-])"
    )


@cache
def _label_rx() -> re.Pattern:
    part = _particle_re()
    titles = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(TITLES, key=len, reverse=True)
    )
    return re.compile(
        rf"(?m)^[{UP}][\w]*(?:[ ][\w()]+){{0,3}}:[ ]+(?:(?i:{titles})\s+)?"
        rf"(?P<name>(?:{INITIALS}\s*)?{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{0,3}})"
        rf"(?=[ ]*(?:,|\(|$|\n| en ))"
    )


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
    low_particles = _low_particles()
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
    possessive = re.search(r"(?<=\w)['’]s?$", span_stripped)
    if possessive and len(span_stripped) - len(possessive[0]) > 1:
        span_stripped = span_stripped[: possessive.start()]  # "Jordy's": the name is "Jordy"
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
    m = re.search(r"([A-Za-z]+\.?(?:\s+heer)?)[ \t]*$", before)
    if m:
        word = m[1].lower()
        if word in TITLES:
            gender = TITLES[word]
            before = before[: m.start()]
            m = re.search(r"([A-Za-z]+)[ \t]*$", before)
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
                if tail and tail.start() > 0 and not _names_an_organisation(name[: tail.start()]):
                    end = m.start("name") + tail.start()
                if name.split()[0].lower() in ("de", "het", "'t") and len(name.split()) == 1:
                    continue
            span = text[start:end]
            key = entry.canonical or norm_name(span)
            found.append(Mention(start, end, entry.type, span, 1, "org", key=key))
            if name and end == m.end():
                found[-1].extra["short"] = name
    for alias, (typ, key) in learned.org_aliases.items():
        ordinary = " " not in alias and is_ordinary(alias)  # "Horizon", "Zorg"
        for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
            if ordinary and sentence_initial(text, m.start()):
                continue  # "Zorg dat je ...": the ordinary word, not "team Zorg"
            found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
        if alias.split()[0] in ("De", "Het"):
            low = alias[0].lower() + alias[1:]
            for m in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
                found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
    return found


def _names_an_organisation(words: str) -> bool:
    """True when a name is itself an organisation without its region ("Bureau Jeugdzorg" in
    "Stichting Bureau Jeugdzorg Drenthe"): the region then stays part of the name."""
    return any(
        e.canonical is None and e.regex.fullmatch(words)
        for e in org_entries()
        if e.needle in words.lower()
    )


LAW_RE = re.compile(
    rf"(?<![\w-])(?:(?:Tijdelijke|Algemene|Herziene)[ ])?[Ww]et[ ](?:[{LOW}][\w-]*[ ]?){{1,8}}"
)


def _user_mentions(text: str, replace: dict[str, str]) -> list[Mention]:
    """The user's "always replace" terms (tier 0: they win over everything)."""
    if not replace:
        return []
    found = []
    for m in _names_regex(frozenset(replace)).finditer(text):
        type_ = replace[m[0]]
        mention = Mention(m.start(), m.end(), type_, m[0], 0, "user", key=norm_name(m[0]))
        if type_ == "PERSOON":
            mention.first, mention.surname = "", norm_name(m[0])
        found.append(mention)
    return found


def _keep_mentions(text: str, extra: frozenset[str] = frozenset()) -> list[Mention]:
    """Terms that stay: programmes, laws, languages, national institutions, the user's list."""
    rx = _names_regex(frozenset(keep_terms()) | frozenset(institutions()) | extra)
    found = [Mention(m.start(), m.end(), "KEEP", m[0], 1, "keep") for m in rx.finditer(text)]
    found += [Mention(m.start(), m.end(), "KEEP", m[0], 1, "law") for m in LAW_RE.finditer(text)]
    return found


CAPS_WORD = r"(?:'[sS]-)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"
CAPS_RUN = re.compile(rf"(?<![\w'’-]){CAPS_WORD}(?:[ ]{CAPS_WORD})*(?![\w'’-])")


def _caps_mentions(text: str) -> list[Mention]:
    """Names in capitals: known places ("MIDDEN-NEDERLAND") and unknown long words that are
    no dictionary word ("HARMKE BERGENHENEGOUWEN")."""
    found = []
    lower = places_lower()
    for run in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run[0]))
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                phrase = run[0][words[i].start() : words[j - 1].end()]
                if phrase.lower() in lower:
                    s, e = run.start() + words[i].start(), run.start() + words[j - 1].end()
                    found.append(Mention(s, e, "PLAATS", phrase, 4, "caps-place"))
                    found[-1].key = norm_name(lower[phrase.lower()])
                    i = j
                    break
            else:
                word = words[i][0]
                title = word[:1] + word[1:].lower()
                if not is_stop_word(word) and (
                    (len(word) >= 6 and not is_ordinary(word))
                    or title in first_names()
                    or (title in surnames() and not is_ordinary(word))
                ):
                    s = run.start() + words[i].start()
                    mention = _person(text, s, s + len(word), 5, "caps")
                    if mention:
                        mention.first = title if title in first_names() else ""
                        mention.surname = "" if mention.first else norm_name(word)
                        found.append(mention)
                i += 1
    return found


@cache
def _trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = "|".join(re.escape(t) for t in sorted(strong | weak, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<trigger>{triggers}):?[ ]+(?P<place>(?:'s-)?{CAP}"
        rf"(?:[ ](?:aan|op|den|de|bij|in)[ ]{CAP}|[ ]{CAP})*)"
    )


def _trigger_places(text: str) -> list[Mention]:
    """Places after "gemeente", "rechtbank", "te", "in": "gemeente Soest", "wonende te Bunnik"."""
    strong, _ = place_triggers()
    kept = frozenset(keep_terms()) | frozenset(institutions())
    found = []
    for m in _trigger_rx().finditer(text):
        place = m["place"]
        words = place.split()
        first = words[0]
        if place in kept or first in kept or is_stop_word(first):
            continue
        if m["trigger"] not in strong:
            if first in first_names() or any(is_ordinary(w) for w in words):
                continue
        found.append(Mention(m.start("place"), m.end("place"), "PLAATS", place, 4, "trigger"))
        found[-1].key = norm_name(place)
    return found


WORD_START = re.compile(r"(?<![\w'’-])['’]?\w[\w'’-]*")


@cache
def _phrase_index(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Phrases by their first word, longest first."""
    index: dict[str, list[str]] = {}
    for name in names:
        first = name.split()[0] if name.split() else name
        index.setdefault(first.rstrip(",."), []).append(name)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


class _Finditer:
    """Whole-word occurrences of a set of phrases (a fast stand-in for a big alternation): the
    text's words are intersected with the phrases' first words, and only those are looked at."""

    def __init__(self, names: frozenset[str]) -> None:
        self.index = _phrase_index(names)
        self.firsts = frozenset(self.index)

    def finditer(self, text: str) -> list[re.Match]:
        hits: list[re.Match] = []
        for first in _text_words(text) & self.firsts:
            for w in _word_rx(first).finditer(text):
                for name in self.index[first]:
                    m = _literal(name).match(text, w.start())
                    if m:
                        hits.append(m)
                        break
        hits.sort(key=lambda m: (m.start(), -m.end()))
        out, after = [], 0
        for m in hits:
            if m.start() >= after:
                out.append(m)
                after = m.end()
        return out


def _text_words(text: str) -> frozenset[str]:
    """The distinct words of a text (a one-text memo: one detect call asks three times; the
    memo is one tuple, read and replaced whole, so threads never mix two texts)."""
    global _LAST_WORDS
    last = _LAST_WORDS
    if last is not None and last[0] is text:
        return last[1]
    words = frozenset(WORD_TOKEN.findall(text)) | frozenset(PLAIN_WORD.findall(text))
    _LAST_WORDS = (text, words)
    return words


WORD_TOKEN = re.compile(r"['’]?\w[\w'’-]*\w|\w")
PLAIN_WORD = re.compile(r"\w+")
_LAST_WORDS: tuple[str, frozenset[str]] | None = None


@lru_cache(maxsize=4096)
def _word_rx(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}")


@cache
def _literal(name: str) -> re.Pattern:
    return re.compile(rf"{re.escape(name)}(?![\w-])")


@cache
def _names_regex(names: frozenset[str]) -> _Finditer:
    return _Finditer(names)


def _place_mentions(text: str, learned: Learned) -> list[Mention]:
    found = []
    for names in (places(), frozenset(learned.places)):
        if not names:
            continue
        for m in _names_regex(names).finditer(text):
            if sentence_initial(text, m.start()) and m[0].lower() in hunspell().ordinary:
                context = text[max(0, m.start() - 12) : m.start()]
                if not re.search(r"\b(?:te|in|uit|naar|bij|van)\s*$", context):
                    continue
            found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place"))
            found[-1].key = norm_name(m[0])
    return found


CAP_WORD_RX = re.compile(rf"(?<![\w'-]){CAP}(?![\w-])")


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
    rx = _first_name_rx(frozenset(learned.first_names))
    names = known.keys() | learned.first_names
    after = 0
    for w in CAP_WORD_RX.finditer(text):
        if w.start() < after or w[0] not in names:
            continue
        m = rx.match(text, w.start())
        if not m:
            continue
        after = m.end()
        words = m[0].split()
        first = words[0]
        if sentence_initial(text, m.start()) and first not in learned.first_names:
            if is_dutch_word(first) or is_stop_word(first):
                continue
        end = m.end()
        if len(words) > 1 and not good_surname(words[-1]):
            end = m.start() + len(" ".join(words[:-1]))
            while text[m.start() : end].split()[-1].lower() in _low_particles():
                end = m.start() + len(" ".join(text[m.start() : end].split()[:-1]))
        add(m.start(), end, 3, "first-name", single="first")
    # title or role word + name: "dhr. R. Bos", "mw. Van Dam", "oma Visser", "Vader Bos"
    title_rx = _title_role_rx(text)
    for m in title_rx.finditer(text) if title_rx else ():
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
        head = m[0].split()[-1]
        if re.match(r"(?:[IVX]\.)\s", m[0]) and sentence_initial(text, m.start()):
            if is_ordinary(head) and not is_known_name(head):
                continue  # "I. Vragen en opmerkingen": a numbered heading
        if good_surname(m[0].split()[-1]):
            add(m.start(), m.end(), 3, "initials")
    # name + age: "Sanne (12)"
    for m in AGE_RE.finditer(text):
        if not is_stop_word(m[1]):
            add(m.start(1), m.end(1), 3, "age", single="first")
    # label lines "Moeder: Marieke Hendriks," and "Grootmoeder (moederszijde): Fatima El Idrissi"
    for m in _label_rx().finditer(text):
        head = m["name"].split()[0]
        label = text[text.rfind("\n", 0, m.start("name")) + 1 : m.start("name")].lower()
        about_a_person = any(w in ROLES or w in LABEL_HINTS for w in re.findall(r"[a-z]+", label))
        if head in first_names() or (
            not is_stop_word(head)
            and (about_a_person or not is_ordinary(head) or is_known_name(head))
        ):
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
        cores = _names_regex(frozenset(learned.surnames))
        behind = _particles_behind()
        for m in cores.finditer(text):
            start = m.start()
            if start and text[start - 1] in "'-":
                continue
            lead = behind.search(text, max(0, start - 40), start)
            if lead:
                start = lead.start()
                # "op De Regenboog": a preposition in lowercase is no particle of the name
                prep = re.match(r"(?:op|in|aan|bij|uit|voor|over|te)[ ]+", text[start : m.end()])
                if prep:
                    start += prep.end()
            add(start, m.end(), 3, "learned-surname")
    # common surnames at the start of a sentence: "Jansen vertelt"
    common = surnames()
    for m in re.finditer(rf"(?<![\w'-])({CAP})(?![\w-])", text):
        if m[1] in common and sentence_initial(text, m.start()) and not is_dutch_word(m[1]):
            add(m.start(), m.end(), 3, "common-surname")
    return found


ITEM = rf"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ee]l)[ ]+){{0,2}}{CAP}"
ENUMERATION_RE = re.compile(
    rf"(?<![\w-]){ITEM}(?:,[ ]+{ITEM}){{2,}}(?:,?[ ]+en[ ]+{ITEM})?(?![\w-])"
)
SIGNATURE_RE = re.compile(rf"(?m),[ ]*\n(?:[ ]*\n)?[ ]*(?P<name>{ITEM}(?:[ ]{CAP})?)[ ]*$")


def _list_mentions(text: str, tags: dict[int, str] | None) -> list[Mention]:
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
            (_name_like(text, e - len(w), w, tags) or (text[s] in "VDT" and " " in text[s:e]))
            and not is_stop_word(w)
            for (s, e), w in zip(items, words, strict=True)
        )
        if names * 2 <= len(items) or any(w in places() or w in institutions() for w in words):
            continue
        for s, e in items:
            mention = _person(text, s, e, 5, "enumeration")
            if mention:
                found.append(mention)
    for m in SIGNATURE_RE.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        roles = {w for w in re.findall(r"[a-z]+", line) if w in ROLES}
        if roles and ROLES[next(iter(roles))][1] == "professional":
            mention = _person(text, m.start("name"), m.end("name"), 5, "signature")
            if mention:
                found.append(mention)
    return found


def _name_like(text: str, start: int, word: str, tags: dict[int, str] | None) -> bool:
    """A capitalised word in the middle of a sentence that may be a name: no ordinary word
    (however capitalised), unless a list or the word class says it is a name."""
    if tags and tags.get(start) == "PROPN":
        return True
    if tags and tags.get(start) in ("NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "PRON", "NUM"):
        return is_known_name(word) and not is_ordinary(word)
    return not is_ordinary(word) or is_known_name(word)


def _fallback_mentions(text: str, tags: dict[int, str] | None = None) -> list[Mention]:
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
            if not word:
                continue
            w = word[0]
            name = (not is_ordinary(w) or (is_known_name(w) and w not in places())) and not (
                is_stop_word(w) or text.startswith(keep_terms(), start)
            )
            if tags and tags.get(start) not in (None, "PROPN", "X"):
                name = False
            if name and ("-" not in w or not is_ordinary(w)):
                mention = _person(text, start, start + word.end(), 6, "fallback-initial")
                if mention:
                    found.append(mention)
            rest = re.search(r"\s+", text[start : m.end()])
            if not rest:
                continue
            start += rest.end()  # "Zelfs Davy": the words after the first one
        org = _org_run(text, start, m.end(), tags)
        if org:
            found.append(org)
        for s, e in _name_runs(text, start, m.end(), tags):
            words = text[s:e].split()
            if all(is_stop_word(w) for w in words):
                continue
            mention = _person(text, s, e, 5, "fallback")
            if mention:
                found.append(mention)
            for w in re.finditer(CAP, text[s:e]):
                if not is_stop_word(w[0]):
                    single = _person(text, s + w.start(), s + w.end(), 6, "fallback")
                    if single:
                        found.append(single)
    return found


@cache
def _not_in_names() -> frozenset[str]:
    """Capitalised words that never belong to a local organisation's name: institutions, titles,
    role words and the words after which a place follows ("Rechtbank", "Gemeente")."""
    words = {w for term in institutions() for w in term.split()}
    strong, weak = place_triggers()
    words |= {w.capitalize() for w in strong | weak | set(TITLES) | set(ROLES)}
    return frozenset(words)


_RUN_BREAKS = frozenset(("te", "in", "op", "aan", "bij", "uit"))


def _org_run(text: str, start: int, end: int, tags: dict[int, str] | None) -> Mention | None:
    """A run of capitalised words mixing ordinary words and a name ("Jeugdbescherming Gelderland",
    "Friesch Dagblad"): the name of a local organisation, replaced as a whole."""
    words = [
        (start + w.start(), start + w.end(), w[0]) for w in re.finditer(r"\S+", text[start:end])
    ]
    cut = next((i for i, w in enumerate(words) if w[2] in _RUN_BREAKS), None)
    words = words[:cut]
    article = (
        bool(words) and words[0][2] in ("De", "Het", "'t") and not sentence_initial(text, start)
    )
    caps = [w for w in words if w[2][0].isupper() and w[2].lower() not in _low_particles()]
    if article and caps and not any(w[2] in _not_in_names() for w in caps):
        # "in Het Poortje", "op De Regenboog": a capitalised article in mid-sentence names a place
        # of care, a school or a team
        s, e = words[0][0], caps[-1][1]
        return Mention(s, e, "ORGANISATIE", text[s:e], 4, "fallback-org", key=norm_name(text[s:e]))
    if len(caps) < 2 or any(w[2] in _not_in_names() or is_stop_word(w[2]) for w in caps):
        return None
    names = [w for w in caps if _name_like(text, w[0], w[2], tags)]
    if not names or len(names) == len(caps):
        return None
    if any(w[2] in first_names() for w in names):
        return None  # "Jeugdzorg Anja": a person after an ordinary word
    s, e = caps[0][0], caps[-1][1]
    return Mention(s, e, "ORGANISATIE", text[s:e], 4, "fallback-org", key=norm_name(text[s:e]))


def _name_runs(
    text: str, start: int, end: int, tags: dict[int, str] | None
) -> list[tuple[int, int]]:
    """The parts of a run of capitalised words that may be names (ordinary words split it)."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    pending = None  # particles waiting for a name after them
    capital_particle = False  # "Van Vroonhoven": a capitalised particle mid-sentence
    for w in re.finditer(r"\S+", text[start:end]):
        s, e = start + w.start(), start + w.end()
        word = w[0]
        if word[0].islower() or word.lower() in _low_particles():  # a particle
            pending = s if pending is None else pending
            capital_particle = capital_particle or word[0].isupper()
            continue
        if (capital_particle or _name_like(text, s, word, tags)) and not is_stop_word(word):
            if current is None:
                current = (s if pending is None else pending, e)
            else:
                current = (current[0], e)
        else:
            if current:
                runs.append(current)
            current = None
        pending = None
        capital_particle = False
    if current:
        runs.append(current)
    return runs


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


def _static_mentions(
    text: str,
    tag_key: tuple[tuple[int, str], ...] | None,
    keep: frozenset[str],
    replace_key: tuple[tuple[str, str], ...],
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The mentions that do not depend on what was learned in the dossier, so the passes of
    :func:`detect_dossier` find them once per text: (patterns and lists, fallback)."""
    tags = dict(tag_key) if tag_key else None
    static = _user_mentions(text, dict(replace_key)) + pattern_mentions(text)
    static += _keep_mentions(text, keep) + _trigger_places(text)
    static += head_mentions(text, tags) + national_mentions(text) + caps_org_mentions(text)
    fallback = _fallback_mentions(text, tags) + _caps_mentions(text) + _list_mentions(text, tags)
    return tuple(static), tuple(fallback)


def detect(
    text: str,
    learned: Learned | None = None,
    tags: dict[int, str] | None = None,
    keep: frozenset[str] = frozenset(),
    replace: dict[str, str] | None = None,
    static: tuple[tuple[Mention, ...], tuple[Mention, ...]] | None = None,
) -> list[Mention]:
    """All identifying mentions in one text, non-overlapping, sorted by position.

    `tags` maps the start offset of a token to its word class (UPOS, ``token.pos_``) when a
    tagger ran; without it the dictionaries decide. `keep` are the user's terms that stay,
    `replace` the user's terms that are always replaced (term -> placeholder type).
    """
    learned = learned or Learned()
    if static is None:
        tag_key = tuple(sorted(tags.items())) if tags else None
        static = _static_mentions(text, tag_key, keep, tuple(sorted((replace or {}).items())))
    static, fallback = static
    persons = _person_mentions(text, learned)
    candidates = [copy.copy(m) for m in static] + _org_mentions(text, learned)
    candidates += persons + _place_mentions(text, learned)
    fallback_copies = [copy.copy(m) for m in fallback]
    candidates += fallback_copies
    candidates += birth_date_mentions(text, learned, persons + fallback_copies)
    learned_streets = learned.streets
    for street in learned_streets:
        for m in re.finditer(rf"(?<![\w-]){re.escape(street)}(?![\w-])", text):
            candidates.append(Mention(m.start(), m.end(), "ADRES", m[0], 0, "street"))
            candidates[-1].key = norm_name(m[0])
    places_found = [(m.start, m.end) for m in candidates if m.source in ("place", "trigger")]
    if places_found:
        # "regio Zuidoost Nederland": a kept word inside a longer place name is part of it
        candidates = [
            m
            for m in candidates
            if m.type != "KEEP"
            or not any(
                s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in places_found
            )
        ]
    result = select(candidates, text)
    _legal_form(text, result)
    for m in result:
        m.text = text[m.start : m.end]
    mark_acronyms(text, result)
    return result


LEGAL_FORM = re.compile(r"(?<![\w-])(?:[Ss]tichting|[Vv]ereniging)[ ]$")


def _legal_form(text: str, mentions: list[Mention]) -> None:
    """ "Stichting Bureau Jeugdzorg Noord-Brabant": a legal form right before an organisation's
    name is part of it."""
    for m in mentions:
        if m.type in ("ORGANISATIE", "SCHOOL"):
            lead = LEGAL_FORM.search(text, max(0, m.start - 12), m.start)
            if lead and not any(
                o.start < m.start and lead.start() < o.end for o in mentions if o is not m
            ):
                m.start = lead.start()


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
    elif m.type == "PLAATS" and m.source in ("after-postcode", "trigger"):
        learned.places.add(m.text)
    if m.type in ("ORGANISATIE", "SCHOOL") and m.extra.get("acronym"):
        learned.org_aliases.setdefault(m.extra["acronym"], (m.type, m.key))
    if m.type in ("ORGANISATIE", "SCHOOL") and m.extra.get("short"):
        short = m.extra["short"]
        words = short.split()
        named = m.source == "org-head" and not is_stop_word(short)  # "aanbieder Horizon"
        if words[0] in ("De", "Het", "'t") or len(words) > 1 or not is_dutch_word(short) or named:
            if short not in places():
                learned.org_aliases.setdefault(short, (m.type, m.key))


def detect_dossier(
    texts: list[str],
    tags: list[dict[int, str] | None] | None = None,
    keep: frozenset[str] = frozenset(),
    replace: dict[str, str] | None = None,
) -> list[list[Mention]]:
    """Mentions per text of one dossier, with names learned across all its texts.

    Pass 1 learns names from every text; pass 2 detects with them. What pass 2 learns on top
    (a name found only thanks to pass 1) is searched again only in the texts where it occurs
    outside the mentions already found.
    """
    tags = tags or [None] * len(texts)
    replace = replace or {}
    statics = [
        _static_mentions(
            text, tuple(sorted(t.items())) if t else None, keep, tuple(sorted(replace.items()))
        )
        for text, t in zip(texts, tags, strict=True)
    ]
    learned = Learned()
    for text, t, st in zip(texts, tags, statics, strict=True):
        for m in detect(text, learned, t, keep, replace, st):
            _learn_from(m, learned)
    before = _learned_words(learned)
    result = [
        detect(text, learned, t, keep, replace, st)
        for text, t, st in zip(texts, tags, statics, strict=True)
    ]
    for mentions in result:
        for m in mentions:
            _learn_from(m, learned)
    new = _learned_words(learned) - before
    if not new:
        return result
    for i, text in enumerate(texts):
        covered = bytearray(len(text))
        for m in result[i]:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        for word in new:
            if any(
                not covered[k.start()]
                for k in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
            ):
                result[i] = detect(text, learned, tags[i], keep, replace, statics[i])
                break
    return result


def _learned_words(learned: Learned) -> set[str]:
    return (
        learned.first_names
        | learned.surnames
        | learned.streets
        | learned.places
        | set(learned.org_aliases)
    )
