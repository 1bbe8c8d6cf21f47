"""Persons: known first names, titles and role words ("dhr. Bos", "oma Visser"), initials
("J.P. de Vries"), "Naam (12)", label and signature lines, family names, learned names, common
surnames at a sentence start and enumerations of names. A person span holds the name only:
titles, role words and a possessive 's stay readable."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    AGE_RE,
    CAP,
    HYPHEN_PARTICLE,
    INITIALS,
    LABEL_HINTS,
    ROLES,
    TITLES,
    UP,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    particles,
    place_triggers,
    places,
    regions,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.word_index import names_regex, text_words
from wb.lang import word_set
from wb.lang import words as lang_words


@cache
def particle_re() -> str:
    """Surname particles as a regex alternation, longest first."""
    return "|".join(re.escape(p).replace(r"\ ", "[ ]+") for p in particles())


@cache
def surname_re() -> str:
    """A capitalised word after any surname particles ("van der Kooi", "Smit"), as a regex."""
    return rf"(?:(?:{particle_re()})[ ]+)*{CAP}"


def titles_re(present: frozenset[str] | None = None) -> str:
    """Titles ("mevrouw", "dhr.") as a regex alternation, longest first; only those present
    when given (a title of two words matches across any whitespace)."""
    return "|".join(
        re.escape(t).replace(r"\ ", r"\s+")
        for t in sorted(TITLES, key=len, reverse=True)
        if present is None or t in present
    )


@cache
def particles_behind() -> re.Pattern:
    """Particles right before a position (search in text[..:start])."""
    return re.compile(rf"(?<![\w'-])(?:(?i:{particle_re()})[ ]+)+$")


@cache
def low_particles() -> frozenset[str]:
    """Surname particles in lowercase."""
    return frozenset(p.lower() for p in particles())


@cache
def surname_prefixes() -> frozenset[str]:
    """Capitalised adjectives that open a double surname ("Klein" in "Klein Velderman")."""
    return frozenset(lang_words("surname_prefixes.txt"))


@cache
def _first_name_rx(learned: frozenset[str]) -> re.Pattern:
    names = sorted(set(first_names()) | learned, key=len, reverse=True)
    first_rx = "|".join(re.escape(n) for n in names)
    part = particle_re()
    # "Mariska Klein Velderman": an adjective that opens a double surname, before a capital
    prefix = "|".join(re.escape(w) for w in sorted(surname_prefixes()))
    return re.compile(
        rf"(?<![\w'-])(?:{first_rx})(?:[ ](?:{first_rx}))*"
        rf"(?:[ ](?:(?:{part})[ ])*(?:(?:{prefix})[ ](?=[{UP}]))?{CAP})?(?![\w-])"
    )


def _dictionary_word(word: str) -> bool:
    """True when a capitalised word is itself in the dictionary or wb's lexicon ("Jeugdzorg"),
    not only a guessed compound ("Francette")."""
    low = word.lower()
    return low in hunspell().ordinary or is_dutch_word(low)


def _title_role_rx(text: str) -> re.Pattern | None:
    """Title or role word + name, for the titles and role words that occur in the text."""
    words = {w.lower() for w in text_words(text)}
    present = {t for t in (*TITLES, *ROLES) if t.split()[0].rstrip(".") in words}
    # a compound that ends in a role word is one too ("kinderombudsman", "zorgwethouder")
    present |= {w for w in words if w not in ROLES and w not in TITLES and _role_compound(w)}
    return _title_role_rx_for(frozenset(present)) if present else None


def _role_compound(word: str) -> bool:
    """True for a lowercase compound whose head is a role word of five letters or more."""
    roles, longest = _long_roles()
    if len(word) < 8 or not word.isalpha():
        return False
    return any(word[-k:] in roles for k in range(5, min(longest, len(word) - 3) + 1))


@cache
def _long_roles() -> tuple[frozenset[str], int]:
    roles = frozenset(r for r in ROLES if len(r) >= 5 and r.isalpha())
    return roles, max(map(len, roles))


@cache
def _title_role_rx_for(present: frozenset[str]) -> re.Pattern:
    surname = surname_re()
    titles = titles_re(present) or "(?!)"
    roles = "|".join(r for r in sorted(ROLES, key=len, reverse=True) if r in present) or "(?!)"
    # a compound capitalised only when no article precedes it ("De Kinderombudsman" is the
    # institution, "Politiekverslaggever Anna Smit" a byline)
    compounds = "|".join(
        f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}"
        for w in sorted((w for w in present if w not in ROLES), key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w-])(?:(?i:(?:{titles})|(?:{roles}))|(?<![Dd]e[ ])(?<![Hh]et[ ])"
        rf"(?:{compounds or '(?!)'}))[ ]+"
        rf"(?P<name>(?:{INITIALS}\s*)?{surname}"
        rf"(?:[ ]{surname})?)(?![\w-])"
    )


@cache
def _label_rx() -> re.Pattern:
    part = particle_re()
    titles = titles_re()
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
    # "Kuiper-van Dijk" is one surname: its spaces are no word breaks here
    text = re.sub(rf"\S+{HYPHEN_PARTICLE}", lambda d: d[0].replace(" ", "\x00"), text)
    tokens = [t.replace("\x00", " ") for t in text.split()]
    if not tokens:
        return "", initials, ""
    lows = low_particles()
    known = first_names()
    firsts: list[str] = []
    if not initials:
        while len(tokens) > 1 and tokens[0] in known:
            firsts.append(tokens.pop(0))
        if (
            not firsts
            and len(tokens) > 1
            and tokens[0].lower() not in lows
            and tokens[0] not in surname_prefixes()  # "Klein Velderman": one surname
        ):
            firsts.append(tokens.pop(0))
    if len(tokens) == 1 and not firsts and not initials and tokens[0] in known:
        return tokens[0], "", ""
    return " ".join(firsts), initials, " ".join(tokens)


def person(
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


NEXT_CAPITAL = re.compile(rf"[ ][{UP}]")


def _head_of_name(text: str, word: str, end: int) -> bool:
    """True when a name's last word (`word`, ending at `end`), after particles, is an ordinary
    word that is no known name and a capitalised word follows it: the head of a longer name
    ("van de Fractie Smit"), no surname."""
    return (
        is_ordinary(word) and not is_known_name(word) and NEXT_CAPITAL.match(text, end) is not None
    )


CAP_WORD_RX = re.compile(rf"(?<![\w'-]){CAP}(?![\w-])")


def _label_colon(text: str, m: re.Match) -> bool:
    """True when a colon right after a match makes its last word a label ("Sharon Nummer:
    KOM002"): not when the match opens its line ("Jan Bakker: ..." names a speaker) or a quote
    follows ("directrice Anna Bakker: "Waar ...")."""
    if text[m.end() : m.end() + 1] != ":":
        return False
    if not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        return False
    return not re.match(r"[ ]*[\"“„'‘«]", text[m.end() + 1 :])


TITLE_BEFORE = re.compile(r"(?i:\bheer|\bmevrouw|\bmevr\.|\bmw\.|\bdhr\.|\bmr\.)[ ]$")


def person_mentions(text: str, learned: Learned) -> list[Mention]:
    """Persons by first name, title or role word, initials, age, label line and learned name."""
    found: list[Mention] = []
    part = particle_re()
    surname = surname_re()
    known = first_names()

    def add(start: int, end: int, tier: int, source: str, single: str = "auto") -> None:
        words = text[start:end].split()
        if not words or all(is_stop_word(w) for w in words):
            return
        if text[start:end] in keep_terms() or (
            text[start:end] in places() and source != "initials"
        ):
            return
        mention = person(text, start, end, tier, source, single=single)
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
        last = words[-1]  # "Carla Doorn": a place right after a first name is her surname
        surname_like = good_surname(last) or (last in places() and last not in regions())
        if _label_colon(text, m) and is_ordinary(last):
            surname_like = False  # "van Sharon Nummer: KOM002": a label, no surname
        if len(words) > 2 and words[-2].lower() in low_particles():
            if _head_of_name(text, last, m.end()):
                surname_like = False  # "Smit van de Fractie Smit": the head of a longer name
        if len(words) > 1 and not surname_like:
            end = m.start() + len(" ".join(words[:-1]))
            while text[m.start() : end].split()[-1].lower() in low_particles():
                end = m.start() + len(" ".join(text[m.start() : end].split()[:-1]))
        add(m.start(), end, 3, "first-name", single="first")
    # title or role word + name: "dhr. R. Bos", "mw. Van Dam", "oma Visser", "Vader Bos"
    title_rx = _title_role_rx(text)
    for m in title_rx.finditer(text) if title_rx else ():
        words = m["name"].split()
        lead = m[0][: m.start("name") - m.start()].strip().lower()
        if words[0] == "van" and lead in ROLES and lead not in TITLES:
            if all(_dictionary_word(w) and not is_known_name(w) for w in words[1:]):
                continue  # "de gezinsvoogd van Jeugdzorg": "van" is the preposition
            if len(words) == 2 and _possessive_after(text, m.end("name")):
                continue  # "de advocaat van Jordy's vader": of the person after it
        while words and not good_surname(words[-1]) and not re.fullmatch(INITIALS, words[-1]):
            words.pop()
        if len(words) > 2 and words[-2].lower() in low_particles():
            if _head_of_name(text, words[-1], m.start("name") + len(" ".join(words))):
                words = words[:-2]  # "de heer Smit van de Fractie Smit": of a longer name
                while len(words) > 1 and words[-1].lower() in low_particles():
                    words.pop()
        if not words or re.fullmatch(rf"{INITIALS}", " ".join(words)):
            continue
        if abstract_noun(words[-1]) and all(is_ordinary(w) and not is_known_name(w) for w in words):
            continue  # "Het Kind Centraal Samenvatting": a Title Case heading, no name
        if lead in PORTFOLIO_ROLES and len(words) == 1 and _portfolio(words[0]):
            continue  # "wethouder Jeugdzorg": a portfolio, no name
        if lead in PORTFOLIO_OF_ROLES and len(words) == 1 and _portfolio_pair(text, m, words[0]):
            continue  # "staatssecretaris Toeslagen en Douane": two portfolios, no name
        if lead in PORTFOLIO_OF_ROLES and "van" in words[1:]:
            cut = words.index("van", 1)  # "minister Rouvoet van Jeugd en Gezin": of a portfolio
            if portfolio_after(words[cut + 1 :]):
                words = words[:cut]
        if len(words) == 2 and words[1] in known and words[0] not in known:
            words = words[:1]  # "Vader Bos Sanne" is not one name
        rest = " ".join(words[1:])
        if words[0] in place_triggers()[1] and (rest in places() or rest in gazetteer()):
            continue  # "moeder in Wolfheze": a preposition and a place, no particle
        end = m.start("name") + len(" ".join(words))
        if len(words) > 1 and text[end : end + 1] == ":" and is_ordinary(words[-1]):
            words = words[:-1]  # "Mevr. A. Bos Datum: 3 mei": the label after the name
            while words and words[-1].lower() in low_particles():
                words = words[:-1]
            end = m.start("name") + len(" ".join(words))
        if not words or re.fullmatch(rf"{INITIALS}", " ".join(words)):
            continue
        add(m.start("name"), end, 3, "title-role")
    # initials + surname: "I. Brouwer", "S. de Groot"
    rx = re.compile(rf"(?<![\w.-]){INITIALS}\s*{surname}(?![\w-])")
    for m in rx.finditer(text):
        head = m[0].split()[-1]
        if re.match(r"(?:[IVX]\.)\s", m[0]) and sentence_initial(text, m.start()):
            if is_ordinary(head) and not is_known_name(head):
                continue  # "I. Vragen en opmerkingen": a numbered heading
        last = m[0].split()[-1]
        if good_surname(last) or (last in places() and not is_stop_word(last)):
            add(m.start(), m.end(), 3, "initials")  # "mr. R. Heemskerk": initials make a person
    # "de heer A.B.C Smit": after a title, two initials or more, the last one without its full
    # stop ("de P.W.C Groep" without a title is left to the other rules)
    rx = re.compile(rf"(?<![\w.-])(?:[{UP}]\.){{2,5}}[{UP}][ ]{surname}(?![\w-])")
    for m in rx.finditer(text):
        if TITLE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
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
    # signature and list lines "Annelies Kok, medewerker", "Lotte Visser (09-10-2008)"; not an
    # area code in brackets ("Secretariaat Telefoon (030) 123 45 67": a label before a number)
    rx = re.compile(
        rf"(?m)^(?P<name>{CAP}(?:[ ](?:(?:{part})[ ])*{CAP}){{1,3}})"
        r"(?=,[ ]*[a-z0-9]|[ ]*\((?!0\d{1,3}\))\d)"
    )
    for m in rx.finditer(text):
        start, words = m.start("name"), m["name"].split()
        while len(words) > 1 and (words[0].lower() in ROLES or words[0].lower() in TITLES):
            start, words = start + len(words[0]) + 1, words[1:]  # "Moeder Joyce Bakker (38)"
        add(start, m.end("name"), 3, "line")
    # family names: "gezin Van Dam/Visser", "familie Bos"
    rx = re.compile(
        rf"(?<![\w-])(?i:gezin|familie)[ ]+(?P<a>{surname})"  # on one line: not "Familie\n\nX"
        rf"(?:[ ]*(?:/|&|-|\ben\b)[ ]*(?P<b>{surname}))?"
    )
    for m in rx.finditer(text):
        for group in ("a", "b"):
            if m[group] and good_surname(m[group].split()[-1]):
                words = m[group].split()
                start = m.start(group)
                if len(words) == 2 and words[0] == "van" and words[1] in names:
                    start = m.end(group) - len(words[1])  # "familie van Greet": of a first name
                add(start, m.end(group), 3, "family")
    # learned names: surnames (with any particles in front) and first names
    if learned.surnames:
        cores = names_regex(frozenset(learned.surnames))
        behind = particles_behind()
        for m in cores.finditer(text):
            start = m.start()
            if start and text[start - 1] in "'-":
                continue
            lead = behind.search(text, max(0, start - 40), start)
            if lead and lead[0] == "van " and _possessive_after(text, m.end()):
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
    # common surnames at the start of a sentence: "Jansen vertelt"
    common = surnames()
    for m in re.finditer(rf"(?<![\w'-])({CAP})(?![\w-])", text):
        if m[1] in common and sentence_initial(text, m.start()) and not is_dutch_word(m[1]):
            add(m.start(), m.end(), 3, "common-surname")
    found += _article_surnames(text)
    found += _prefixed_surnames(text)
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
    for m in _prefixed_rx().finditer(text):
        last = m["last"]
        if (_dictionary_word(last) and not is_known_name(last)) or is_stop_word(last):
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


POSSESSIVE_AFTER = re.compile(r"['’]s(?![\w'’-])")


def _possessive_after(text: str, end: int) -> bool:
    """True when a possessive 's ends a name or follows it directly ("Jordy's vader")."""
    if re.search(r"\w['’]s$", text[max(0, end - 3) : end]):
        return True  # the possessive inside the match ("Jordy’s")
    return POSSESSIVE_AFTER.match(text, end) is not None


PREVIOUS_WORD = re.compile(rf"(?<![\w'’.-])({CAP})[ ]$")


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
    return prev.start(1)


ABSTRACT_SUFFIXES = ("ing", "heid", "schap", "atie", "isme", "teit", "nis", "ering")


def abstract_noun(word: str) -> bool:
    """True for a dictionary word of eight letters or more with the suffix of an abstract noun
    ("Samenvatting", "Gezondheid", "Vergadering"): no surname, also after a role word."""
    return (
        len(word) >= 8
        and word.lower().endswith(ABSTRACT_SUFFIXES)
        and is_ordinary(word)
        and not is_known_name(word)
    )


PORTFOLIO_ROLES = frozenset({"wethouder", "gedeputeerde", "portefeuillehouder"})
# "minister Rouvoet van Jeugd en Gezin": after these a name may be followed by its portfolio
# (a single word after "minister" stays a name: "Minister Weerwind")
PORTFOLIO_OF_ROLES = PORTFOLIO_ROLES | {"minister", "staatssecretaris"}


def portfolio_after(words: list[str]) -> bool:
    """True when the words after "van" name a portfolio, not a surname: a compound of ordinary
    words ("Volksgezondheid") or an ordinary word that is no known name ("Jeugd")."""
    if not words or not words[0][:1].isupper():
        return False
    head = words[0]
    return _portfolio(head) or (
        is_ordinary(head) and not is_known_name(head) and head not in hunspell().proper
    )


def _portfolio(word: str) -> bool:
    """True for a compound of ordinary words that is no name ("Jeugdzorg", "Armoedebeleid"):
    a portfolio after "wethouder"; a plain word ("Bouw") may be a surname and stays one."""
    from wb.nlp import compound_parts

    if word in hunspell().proper or is_known_name(word) or not is_ordinary(word):
        return False
    parts = compound_parts(word.lower())
    # "Wethouder Kuipman": a compound whose head names a person ("-man", "-vrouw") is a surname
    return len(parts) > 1 and parts[-1] not in _person_heads()


@cache
def _person_heads() -> frozenset[str]:
    """Heads of compounds that name a person ("man", "vrouw", "moeder"): no portfolio."""
    return word_set("person_nouns.txt") | frozenset(r for r in ROLES if r.isalpha())


_AND_WORD = re.compile(rf"[ ]en[ ](?P<w>{CAP})(?![\w'’-])")


def _portfolio_pair(text: str, m: re.Match[str], word: str) -> bool:
    """True when a role's single capitalised word and the one joined to it by "en" are both
    plain words that are no names ("Toeslagen en Douane"): portfolios, no person."""
    after = _AND_WORD.match(text, m.start("name") + len(word))

    def plain(w: str) -> bool:
        return is_ordinary(w) and not is_known_name(w) and w not in hunspell().proper

    return after is not None and plain(word) and plain(after["w"])


def _article_surnames(text: str) -> list[Mention]:
    """A common surname with a capitalised particle ("De Jonge") that starts a sentence before a
    lowercase word and also stands in mid-sentence: a person, at the sentence start too."""
    found = []
    rx = re.compile(rf"(?<![\w'-])(?:De|Den|Van|Van de|Van der|Van den|Ter|Ten)[ ]({CAP})(?![\w-])")
    hits = [m for m in rx.finditer(text) if m[1] in surnames()]
    starts = {m[0] for m in hits if sentence_initial(text, m.start())}
    middle = {m[0] for m in hits if not sentence_initial(text, m.start())}
    for m in hits:
        if m[0] in starts and m[0] in middle:
            mention = person(text, m.start(), m.end(), 3, "article-surname")
            if mention:
                found.append(mention)
    return found


ITEM = rf"(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Ee]l)[ ]+){{0,2}}{CAP}"
ENUMERATION_RE = re.compile(
    rf"(?<![\w-]){ITEM}(?:,[ ]+{ITEM}){{2,}}(?:,?[ ]+en[ ]+{ITEM})?(?![\w-])"
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
