"""Persons: known first names, titles and role words ("dhr. Bos", "oma Visser"), initials
("J.P. de Vries"), "Naam (12)", label and signature lines, family names, learned names, common
surnames at a sentence start and double surnames opened by an adjective. A person span holds
the name only: titles, role words and a possessive 's stay readable. The parts of a name are in
``person_parts``, names after a role word in ``person_roles``, enumerations in
``person_lists``."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

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
    gazetteer,
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    particles,
    places,
    regions,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.name_compounds import role_compound
from wb.dossiers.org_words import head_of
from wb.dossiers.person_initials_age import initial_age_spans
from wb.dossiers.person_outline import not_initials, surname_after_particle
from wb.dossiers.person_parts import (
    BARE_PREPOSITIONS,
    dictionary_word,
    good_surname,
    head_of_name,
    low_particles,
    particle_re,
    particle_surname,
    particles_behind,
    person,
    possessive_after,
    surname_prefixes,
    surname_re,
    titles_re,
)
from wb.dossiers.person_roles import title_role_spans
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first, names_regex, opening_quote, text_matches


@cache
def _first_name_rx(learned: frozenset[str]) -> re.Pattern:
    first_rx = longest_first(set(first_names()) | learned)
    part = particle_re()
    # "Pieter Van den Broele", "Sanne De Wachter": the first particle after a first name may be
    # capitalised (as in Flemish names)
    cap_part = "|".join(
        f"[{p[0]}{p[0].upper()}]" + re.escape(p[1:]).replace(r"\ ", "[ ]+")
        if p[0].isalpha()
        else re.escape(p).replace(r"\ ", "[ ]+")
        for p in sorted(particles(), key=len, reverse=True)
    )
    # "Mariska Klein Velderman": an adjective that opens a double surname, before a capital
    prefix = "|".join(re.escape(w) for w in sorted(surname_prefixes()))
    return re.compile(
        # "Eva-Linde": a second first name after a hyphen (person_mentions checks it)
        rf"(?<![\w-])(?<![\w'-]')(?:{first_rx})(?:-[{UP}][{LOW}]+)?(?:[ ](?:{first_rx}))*"
        rf"(?:[ ](?:(?:{cap_part})[ ](?:(?:{part})[ ])*)?(?:(?:{prefix})[ ](?=[{UP}]))?{CAP})?"
        rf"(?![\w-])"
    )


PORTFOLIO_HOLDER = re.compile(r"(?i:minister|staatssecretaris|wethouder|gedeputeerde)[ ]+$")


def _portfolio(text: str, start: int, word: str) -> bool:
    """True for "van" + a word after a minister's, state secretary's or alderman's name that is
    a ministry or a dictionary word no surname list knows ("staatssecretaris Anna Paul van
    Onderwijs"): the portfolio, not the surname."""
    if not PORTFOLIO_HOLDER.search(text, max(0, start - 20), start):
        return False
    return word in institutions() or (word not in surnames() and is_dutch_word(word.lower()))


@cache
def _label_rx() -> re.Pattern:
    part = particle_re()
    titles = titles_re()
    return re.compile(
        rf"(?m)^[{UP}][\w]*(?:[ ][\w()]+){{0,3}}:[ ]+(?:(?i:{titles})\s+)?"
        rf"(?P<name>(?:{INITIALS}\s*)?{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{0,3}})"
        rf"(?=[ ]*(?:,|\(|$|\n| en ))"
    )


def _named_stop_word(text: str, start: int, learned: set[str]) -> bool:
    """True for a known first name that is also a function word ("Ben", "Wil": forms of "zijn"
    and "willen") where the text shows it is a name: capitalised inside a sentence ("dat Ben
    PDD-NOS heeft"), with an age after it ("Ben (13)"), or a person's first name elsewhere in
    the dossier (then also at a sentence start: privacy first)."""
    word = re.match(r"[\w-]+", text[start:])
    if not word or word[0] not in first_names():
        return False
    return (
        word[0] in learned or not sentence_initial(text, start) or bool(AGE_RE.match(text, start))
    )


CAP_WORD_RX = re.compile(lead_first(rf"(?<![\w-])(?<![\w'-]'){CAP}(?![\w-])"))  # "'Bos'": a quote


def _label_colon(text: str, m: re.Match) -> bool:
    """True when a colon right after a match makes its last word a label ("Sharon Nummer:
    KOM002"): not when the match opens its line ("Jan Bakker: ..." names a speaker) or a quote
    follows ("directrice Anna Bakker: "Waar ...")."""
    if text[m.end() : m.end() + 1] != ":":
        return False
    if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        return False
    return not re.match(r"[ ]*[\"“„'‘«]", text[m.end() + 1 :])


BLANK_LINE = re.compile(r"\n[ \t]*\n")

# initials alone on their line: "C.\nGrondslag" labels an outline item
OUTLINE_LABEL = re.compile(rf"(?:(?:[{UP}]|Th|Chr|Ph|IJ)\.)+[ \t]*\n")


def outline_label(text: str, start: int) -> bool:
    """Whether initials at ``start`` stand alone on their line ("D.\nSoorten subsidies")."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and OUTLINE_LABEL.match(text, start) is not None


@cache
def spaced_double_rx() -> re.Pattern:
    """A second surname after a spaced hyphen: " - van Orsouw" ("mevrouw T.J.M. Mornout - van
    Orsouw (CDA)"), ending before a bracket, comma, semicolon, line end or "en"."""
    return re.compile(
        rf" - (?:(?:{particle_re()})[ ]+)*{CAP}(?=[ ]?[(),;\n]|[.](?:\s|$)|[ ]en[ ]|$)"
    )


INITIALS_START = re.compile(INITIALS)


def initials_double_end(text: str, start: int, end: int) -> int:
    """The end of a name that opens with initials, across a spaced-hyphen double surname."""
    if not INITIALS_START.match(text, start):
        return end
    end = _second_surname_end(text, end)  # "R.J. Tiel Groenestege"
    m = spaced_double_rx().match(text, end)
    if not m or m[0].split()[-1] in places():
        return end  # "J. Bakker - Utrecht, ...": a place after a dash is no surname
    return m.end()


SECOND_SURNAME = re.compile(rf"[ ](?P<w>[{UP}][{LOW}'’]*[{LOW}])(?![\w'’-]|[ ]?:)")


def _second_surname_end(text: str, end: int) -> int:
    """ "M. Kwar Drielsma": after initials and a surname, a capitalised word that no dictionary
    knows and that is no place, kept term, role or label ("Datum:") is the second word of a
    double surname written without a hyphen."""
    m = SECOND_SURNAME.match(text, end)
    if not m:
        return end
    w = m["w"]
    if dictionary_word(w) or w in first_names() or is_stop_word(w):
        return end
    if w in places() or w in gazetteer() or w in regions() or w.lower() in ROLES:
        return end
    if w in keep_terms() or w in institutions():
        return end
    return m.end()


TITLE_BEFORE = re.compile(r"(?i:\bheer|\bmevrouw|\bmevr\.|\bmw\.|\bdhr\.|\bmr\.)[ ]$")


def open_initials(text: str, surname: str) -> list[re.Match]:
    """Initials whose last full stop is missing before a surname: "J.J Caspers", "C.M.L Smit"
    (a run of capital + full stop pairs that ends in a bare capital)."""
    rx = re.compile(rf"(?<![\w.-])(?:[{UP}]\.){{1,5}}[{UP}][ ]{surname}(?![\w-])")
    return list(text_matches(rx, text))


def person_mentions(text: str, learned: Learned) -> list[Mention]:
    """Persons by first name, title or role word, initials, age, label line and learned name."""
    found: list[Mention] = []
    part = particle_re()
    surname = surname_re()
    known = first_names()

    def add(start: int, end: int, tier: int, source: str, single: str = "auto") -> None:
        words = text[start:end].split()
        named = _named_stop_word(text, start, learned.first_names)
        if not words or (all(is_stop_word(w) for w in words) and not named):
            if not (source == "title-role" and particle_surname(words)):
                return
        if text[start:end] in keep_terms() or (
            text[start:end] in places() and source != "initials"
        ):
            return
        end = initials_double_end(text, start, end)  # "T.J.M. Mornout - van Orsouw"
        mention = person(text, start, end, tier, source, single=single)
        if mention:
            found.append(mention)

    # known first names (+ more first names, particles, surname)
    rx = _first_name_rx(frozenset(learned.first_names))
    learned_firsts = learned.first_names

    def first_name(word: str) -> bool:  # (no union of both lists per call: a look-up in each)
        return word in known or word in learned_firsts

    after = 0
    for w in text_matches(CAP_WORD_RX, text):
        if w.start() < after:
            continue
        parts = w[0].split("-", 1)
        if not first_name(parts[0]) or (len(parts) > 1 and not first_name(parts[1])):
            continue
        if surname_after_particle(text, w.start()):
            continue  # "Mirelle van Wiebe van X": a first name after a name's particle is surname
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
        last = words[-1]  # "Carla Doorn": a place right after a first name is her surname
        surname_like = good_surname(last) or (last in places() and last not in regions())
        if len(words) > 2 and words[-2] in low_particles() and last in regions():
            surname_like = True  # "Lotte van Brabant": a region after a particle, her surname
        if len(words) == 3 and words[1] in BARE_PREPOSITIONS:
            surname_like = False  # "zegt Hilde uit Genk": a preposition and a place, no surname
        if _label_colon(text, m) and is_ordinary(last):
            surname_like = False  # "van Sharon Nummer: KOM002": a label, no surname
        if len(words) > 2 and words[-2] == "van" and _portfolio(text, m.start(), last):
            surname_like = False  # "minister Anna Paul van Onderwijs": her portfolio
        if len(words) > 2 and words[-2].lower() in low_particles():
            if head_of_name(text, last, m.end()):
                surname_like = False  # "Smit van de Fractie Smit": the head of a longer name
        if len(words) > 1 and not surname_like:
            end = m.start() + len(" ".join(words[:-1]))
            kept = text[m.start() : end].split()
            while len(kept) > 1 and kept[-1].lower() in low_particles():  # the first name stays
                kept = kept[:-1]  # ("Wie Ben Ik": "Ben" is a first name and a particle)
            end = m.start() + len(" ".join(kept))
        add(m.start(), end, 3, "first-name", single="first")
    # title or role word + name: "dhr. R. Bos", "mw. Van Dam", "oma Visser", "Vader Bos"
    for start, end in title_role_spans(text):
        add(start, end, 3, "title-role")
    # initials + surname: "I. Brouwer", "S. de Groot"
    # (an initial glued to "&" is an acronym's last letter: "J&G. Provincie")
    rx = re.compile(rf"(?<![\w.&-]){INITIALS}\s*{surname}(?![\w-])")
    for m in text_matches(rx, text):
        head = m[0].split()[-1]
        if BLANK_LINE.search(m[0]):
            continue  # "LID X C.S.\n\nVoorgesteld 2 juli": initials end their paragraph
        if outline_label(text, m.start()):
            continue  # "C.\nGrondslag van subsidiëring": a lettered outline, no initial
        if not_initials(text, m.start()):
            continue  # "LID X C.S.\nVoorgesteld", "A. Actiepunten": cum suis, an outline item
        if re.match(r"(?:[IVX]\.)\s", m[0]) and is_ordinary(head) and not is_known_name(head):
            continue  # "I. Vragen en opmerkingen", "INHOUD I. Voorwoord": a numbered heading
        last = m[0].split()[-1]
        words = m[0].split()
        particled = len(words) > 2 and words[-2].islower() and words[-2] in low_particles()
        if particled and last.lower() not in ROLES and last not in places():
            add(m.start(), m.end(), 3, "initials")  # "H. van de Weg": initials and particles
        elif good_surname(last) or (last in places() and not is_stop_word(last)):
            add(m.start(), m.end(), 3, "initials")  # "mr. R. Heemskerk": initials make a person
    # "de heer A.B.C Smit", "J.J Caspers": two initials or more, the last one without its full
    # stop; after a title any surname, without one a surname that is no dictionary word ("de
    # P.W.C Groep" is left to the other rules)
    for m in open_initials(text, surname):
        last = m[0].split()[-1]
        if TITLE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
            if good_surname(last):
                add(m.start(), m.end(), 3, "initials")
        elif good_surname(last) and not is_ordinary(last) and not is_dutch_word(last.lower()):
            add(m.start(), m.end(), 3, "initials-open")
    # name + age: "Sanne (12)"
    # (not an ordinary word numbered twice: "Voorstel (1) ... Voorstel (2)" numbers documents)
    numbered = defaultdict(set)
    for m in text_matches(AGE_RE, text):
        numbered[m[1]].add(m[2])
    for m in text_matches(AGE_RE, text):
        if len(numbered[m[1]]) > 1 and is_ordinary(m[1]) and not is_known_name(m[1]):
            continue
        if "\n" in text[m.end(1) : m.start(2)]:
            continue  # "Bijlagen\n\n(4)": a number in brackets on a later line, no age
        if not is_stop_word(m[1]) or m[1] in known:
            add(m.start(1), m.end(1), 3, "age", single="first")  # "Ben (13)": a first name
    # a child's initial + age: "C (5 jaar) en L (1,5 jaar)" (only the letter in this shape)
    for start, end in initial_age_spans(text):
        add(start, end, 3, "initial-age")
    # label lines "Moeder: Marieke Hendriks," and "Grootmoeder (moederszijde): Fatima El Idrissi"
    for m in text_matches(_label_rx(), text):
        head = m["name"].split()[0]
        label = text[text.rfind("\n", 0, m.start("name")) + 1 : m.start("name")].lower()
        about_a_person = any(w in ROLES or w in LABEL_HINTS for w in re.findall(r"[a-z]+", label))
        if head in first_names() or (
            not is_stop_word(head)
            and (about_a_person or not is_ordinary(head) or is_known_name(head))
        ):
            add(m.start("name"), m.end("name"), 3, "label")
    # signature and list lines "Annelies Kok, medewerker", "Lotte Visser (09-10-2008)"; not an
    # area code in brackets ("Secretariaat Telefoon (030) 123 45 67": a label before a number)
    rx = re.compile(
        rf"(?m)^(?P<name>{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{1,3}})"
        r"(?=,[ ]*[a-z0-9]|[ ]*\((?!0\d{1,3}\))\d)"
    )
    for m in text_matches(rx, text):
        start, words = m.start("name"), m["name"].split()
        while len(words) > 1 and (words[0].lower() in ROLES or words[0].lower() in TITLES):
            start, words = start + len(words[0]) + 1, words[1:]  # "Moeder Joyce Bakker (38)"
        if is_stop_word(words[0]) and all(
            is_ordinary(w) and not is_known_name(w) for w in words[1:]
        ):
            continue  # "In Zorg Verbonden, het programma ...": a title's words, no person
        while len(words) > 1 and is_stop_word(words[0]) and words[0].lower() not in low_particles():
            start, words = start + len(words[0]) + 1, words[1:]  # "Ook Sanne (9), die ..."
        add(start, m.end("name"), 3, "line")
    # family names: "gezin Van Dam/Visser", "familie Bos"
    rx = re.compile(
        rf"(?<![\w-])(?i:gezin|familie)[ ]+(?P<a>{surname})"  # on one line: not "Familie\n\nX"
        rf"(?:[ ]*(?:/|&|-|\ben\b)[ ]*(?P<b>{surname}))?"
    )
    for m in text_matches(rx, text):
        for group in ("a", "b"):
            if m[group] and good_surname(m[group].split()[-1]):
                words = m[group].split()
                start = m.start(group)
                if len(words) == 2 and words[0] == "van" and first_name(words[1]):
                    start = m.end(group) - len(words[1])  # "familie van Greet": of a first name
                add(start, m.end(group), 3, "family")
    # learned names: surnames (with any particles in front) and first names
    # (an organisation's head word learned from a guess, "De Stichting", is no surname)
    heads = frozenset(w for w in learned.surnames if is_ordinary(w) and head_of(w) is not None)
    if learned.surnames - heads:
        cores = names_regex(frozenset(learned.surnames - heads))
        behind = particles_behind()
        for m in cores.finditer(text):
            start = m.start()
            if start and text[start - 1] in "'-" and not opening_quote(text, start - 1):
                continue
            lead = behind.search(text, max(0, start - 40), start)
            if lead and lead[0] == "van " and possessive_after(text, m.end()):
                lead = None  # "de advocaat van Jordy's vader": "van" is the preposition
            if lead:
                start = lead.start()
                # "op De Regenboog": a preposition in lowercase is no particle of the name
                prep = re.match(
                    r"(?i:op|in|aan|bij|uit|voor|over|te)[ ]+", text[start : m.end()]
                )  # also "In de Bilt" at a sentence start
                if prep:
                    start += prep.end()
            else:
                start = _first_name_before(text, start)
            add(start, m.end(), 3, "learned-surname")
        # "het huis van de Kwarvikens": the family, by its learned surname in the plural
        for m in _family_plural_rx(frozenset(learned.surnames - heads)).finditer(text):
            before = len(found)
            add(m.start("n"), m.end("n"), 3, "learned-surname")
            if len(found) > before:
                found[-1].surname = norm_name(m["n"][:-1])
    # common surnames at the start of a sentence: "Jansen vertelt"
    common = surnames()
    for m in text_matches(re.compile(lead_first(rf"(?<![\w'-])({CAP})(?![\w-])")), text):
        if m[1] in common and sentence_initial(text, m.start()) and not is_dutch_word(m[1]):
            add(m.start(), m.end(), 3, "common-surname")
    found += _article_surnames(text)
    found += _prefixed_surnames(text)
    found += _van_surnames(text)
    found += _surname_first(text)
    return found


SURNAME_FIRST = re.compile(
    rf"(?<![\w'’-])(?:Van(?:[ ]d(?:e|er|en))?|De|Den|Ter|Ten|Vanden|Vander)[ ](?P<last>{CAP})"
    rf"[ ](?P<first>{CAP})(?=[ ]*(?:,|;|\n|$))"
)


def _surname_first(text: str) -> list[Mention]:
    """ "Van den Broele Pieter, ...": in a list, a surname with a capitalised particle before a
    known first name and a comma or the line's end is one name, written surname first (not a
    place, kept term or stop word: "De Bilt Anna" is a place and a name)."""
    found = []
    for m in text_matches(SURNAME_FIRST, text):
        last = m["last"]
        if m["first"] not in first_names() or not good_surname(last) or is_stop_word(last):
            continue
        head = text[m.start() : m.end("last")]
        if head in gazetteer() or head in places() or last in keep_terms():
            continue
        if last in institutions() or is_stop_word(m["first"]):
            continue
        mention = person(text, m.start(), m.end(), 3, "surname-first")
        if mention:
            mention.first = m["first"]  # its own first name: no name before it joins it
            mention.surname = norm_name(text[m.start() : m.end("last")])
            mention.gender = first_names().get(m["first"], "")
            found.append(mention)
    return found


@cache
def _family_plural_rx(cores: frozenset[str]) -> re.Pattern:
    names = longest_first(c for c in cores if " " not in c)
    return re.compile(lead_first(rf"(?<![\w'’-])[Dd]e[ ](?P<n>(?:{names or '(?!)'})s)(?![\w'’-])"))


VAN_SURNAME = re.compile(
    lead_first(
        rf"(?<![\w'’-])Van(?:[ ]d(?:e|er|en))?[ ](?P<last>{CAP})(?=[ ]+[a-zà-ÿ])"
        r"(?![ ]+(?:naar|tot)[ ])"
    )
)


def _van_surnames(text: str) -> list[Mention]:
    """ "Van Ooijen deed dit ...": a sentence that starts with "Van" and a capitalised word
    before a lowercase word (no "naar"/"tot" of a title) names a person when that word is no
    word of wb's lexicon, no place and no kept term; a preposition takes a lowercase word."""
    found = []
    for m in text_matches(VAN_SURNAME, text):
        last = m["last"]
        if not sentence_initial(text, m.start()) or is_dutch_word(last.lower()):
            continue
        if is_stop_word(last) or last in places() or last in gazetteer() or last.isupper():
            continue
        if last in keep_terms() or last in institutions() or last.lower() in ROLES:
            continue
        mention = person(text, m.start(), m.end("last"), 3, "van-surname")
        if mention:
            found.append(mention)
    return found


@cache
def _prefixed_rx() -> re.Pattern:
    prefix = "|".join(re.escape(w) for w in sorted(surname_prefixes()))
    return re.compile(rf"(?<![\w'’@.-])(?P<first>{CAP}[ ])?(?:{prefix})[ ](?P<last>{CAP})(?![\w-])")


def _prefixed_surnames(text: str) -> list[Mention]:
    """ "Mariska Klein Velderman", "Klein Velderman: ...": a surname opened by an adjective
    ("Klein", ``surname_prefixes.txt``) before a word that is no word of the dictionary itself
    is one name, with the name-like word before it as the first name (known to the lists or
    not)."""
    found = []
    for m in text_matches(_prefixed_rx(), text):
        last = m["last"]
        if (dictionary_word(last) and not is_known_name(last)) or is_stop_word(last):
            continue  # "Klein Onderhoud"; a guessed compound may be a name ("Haverkamp")
        if last in places():
            continue
        start = m.start()
        first = (m["first"] or "").strip()
        if first and (
            (is_ordinary(first) and first not in first_names())
            or is_stop_word(first)
            or first in places()
            or first.isupper()
        ):
            start = m.start() + len(m["first"])  # "Redactie Klein Velderman": a word, no name
        mention = person(text, start, m.end(), 3, "prefixed-surname")
        if mention:
            found.append(mention)
    return found


PREVIOUS_WORD = re.compile(lead_first(rf"(?<![\w'’.-])({CAP})[ ]$"))


def _first_name_before(text: str, start: int) -> int:
    """ "Minke Bos is leerkracht": a capitalised word right before a surname the dossier knows,
    unknown to the Dutch lexicon and no title, role, place or kept term, is the first name (at
    a sentence start too, where the dictionary may know it as a word)."""
    prev = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if not prev:
        return start
    word = prev[1]
    if is_stop_word(word) or is_dutch_word(word.lower()) or word.isupper():
        return start
    low = word.lower()
    if low in ROLES or low in TITLES or low + "." in TITLES or word in places():
        return start
    if word in keep_terms() or word in institutions():
        return start
    if role_compound(word):
        return start  # "Kinderburgemeester Rian Bos": a compound on a role noun is a role
    return prev.start(1)


def _article_surnames(text: str) -> list[Mention]:
    """A common surname with a capitalised particle ("De Jonge") that starts a sentence before a
    lowercase word and also stands in mid-sentence: a person, at the sentence start too."""
    found = []
    rx = re.compile(rf"(?<![\w'-])(?:De|Den|Van|Van de|Van der|Van den|Ter|Ten)[ ]({CAP})(?![\w-])")
    hits = [m for m in text_matches(rx, text) if m[1] in surnames()]
    starts = {m[0] for m in hits if sentence_initial(text, m.start())}
    middle = {m[0] for m in hits if not sentence_initial(text, m.start())}
    for m in hits:
        if m[0] in starts and m[0] in middle:
            mention = person(text, m.start(), m.end(), 3, "article-surname")
            if mention:
                found.append(mention)
    return found
