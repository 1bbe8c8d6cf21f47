"""A person mention and its parts: surname particles and prefixes as regexes, the split of a
name into first name, initials and surname, and the gender and role a title or role word
before it gives."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    HYPHEN_PARTICLE,
    INITIALS,
    LABEL_HINTS,
    ROLES,
    TITLES,
    UP,
    first_names,
    hunspell,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    particles,
    places,
    surnames,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first, memo_scope
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
    return longest_first((t for t in TITLES if present is None or t in present), space=r"\s+")


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


def dictionary_word(word: str) -> bool:
    """True when a capitalised word is itself in the dictionary or wb's lexicon ("Jeugdzorg"),
    not only a guessed compound ("Francette")."""
    low = word.lower()
    return low in hunspell().ordinary or is_dutch_word(low)


# a particle that alone before a capitalised word is a preposition ("Hilde uit Genk"); with an
# article after it it is a particle ("Uit den Bogaard")
BARE_PREPOSITIONS = word_set("name_bare_prepositions.txt")


def good_surname(word: str) -> bool:
    """True for a last word that may be a surname: no stop word, role word or known place."""
    return not is_stop_word(word) and word.lower() not in ROLES and word not in places()


def particle_surname(words: list[str]) -> bool:
    """True for a capitalised particle (and more particles) before a capitalised stop word that
    is no particle: "Van Die", "De Niet" after a title or role word are a surname."""
    lows = low_particles()
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w.lower() in lows for w in words[:-1])
        and words[-1][:1].isupper()
        and words[-1][1:].islower()
        and is_stop_word(words[-1])
        and words[-1].lower() not in lows
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
    """A PERSOON mention for text[start:end] with its parts and context hints.

    Inside a :func:`~wb.dossiers.word_index.text_memo` block (one dossier) the parts of a span
    are worked out once: the passes and several rules ask for the same span; each caller gets a
    fresh copy with its own tier and source (they are the only fields that depend on them)."""
    memo = memo_scope()
    if memo is None:
        return _person(text, start, end, tier, source, single)
    key = (person, text, start, end, single)
    if key not in memo:
        memo[key] = _person(text, start, end, 0, "", single)
    done = memo[key]
    if done is None:
        return None
    mention = done.fresh_copy()
    mention.tier, mention.source = tier, source
    return mention


def _person(text: str, start: int, end: int, tier: int, source: str, single: str) -> Mention | None:
    """:func:`person` worked out."""
    span = text[start:end]
    span_stripped = span.rstrip(" ,.")
    possessive = re.search(lead_first(r"(?<=\w)['’]s?$"), span_stripped)
    if possessive and len(span_stripped) - len(possessive[0]) > 1:
        span_stripped = span_stripped[: possessive.start()]  # "Jordy's": the name is "Jordy"
    end = start + len(span_stripped)
    if not span_stripped:
        return None
    first, initials, surname = _split_name(span_stripped)
    if (not first and _abstract_surname(surname)) or _english_abstract(first, surname):
        return None  # "de Decentralisatie", "B. Transformatie": a title line's abstract noun
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


def _abstract_surname(surname: str) -> bool:
    """True for a surname of one word that is an abstract noun of the dictionary with a suffix
    no Dutch surname has ("-atie", "-teit", "-isme", "-heid"; not "-ing": "Vondeling")."""
    from wb.dossiers.person_roles import abstract_noun  # person_roles imports this module

    bare = surname.split()[-1] if surname.split() else ""
    strong = bare.lower().endswith(("tie", "teit", "isme", "heid"))
    return bare[:1].isupper() and strong and abstract_noun(bare)


# English abstract nouns: "-tion", "-ity", "-ness", "-ship", "-ance" (not "-ence": a coined
# Dutch organisation's name ends in it)
ENGLISH_ABSTRACT = ("tion", "ity", "ness", "ship", "ance")


def _english_abstract(first: str, surname: str) -> bool:
    """True when a word of a name without a known first name ends in an English abstract noun's
    suffix and no list knows it as a name ("Accountability", "Quality Assurance"): a term of an
    English heading or glossary, no person."""
    if first and first.split()[0] in first_names():
        return False
    return any(
        w[:1].isupper()
        and w.lower().endswith(ENGLISH_ABSTRACT)
        and w not in surnames()
        and w not in first_names()
        for w in f"{first} {surname}".split()
    )


INITIALS_AT_END = re.compile(rf"{INITIALS}\s*$")
# the last word (a run of letters is tried from its start only, and never given back: a letter
# can follow no shorter run here, so the match is the one a plain search finds)
TITLE_AT_END = re.compile(r"(?<![A-Za-z])([A-Za-z]++\.?(?:\s+heer)?)[ \t]*$")
WORD_AT_END = re.compile(r"(?<![A-Za-z])([A-Za-z]++)[ \t]*$")
LABEL_AT_END = re.compile(r"(?:^|\n)([A-Za-z][\w ()-]{0,40}):\s*(?:[\w.]+\.\s*)?$")


def _hints_before(text: str, start: int) -> tuple[str, str]:
    """Gender and role from a title or role word right before a name (or a label line)."""
    before = text[max(0, start - 60) : start]
    before = INITIALS_AT_END.sub("", before)
    gender = role = ""
    m = TITLE_AT_END.search(before)
    if m:
        word = m[1].lower()
        if word in TITLES:
            gender = TITLES[word]
            before = before[: m.start()]
            m = WORD_AT_END.search(before)
    if m and m[1].lower() in ROLES:
        g, role = ROLES[m[1].lower()]
        gender = gender or g
    label = LABEL_AT_END.search(before)
    if label:
        words = re.findall(r"[a-z]+", label[1].lower())
        for w in words:
            if w in ROLES or w in LABEL_HINTS:
                g, r = ROLES.get(w) or LABEL_HINTS[w]
                gender, role = gender or g, role or r
                break
    return gender, role


# "Esther van Bostelen Beleids- en Organisatie Advies": a cut compound ("Beleids- en") opens
# a new name, it does not go on with this one
NEXT_CAPITAL = re.compile(rf"[ ][{UP}](?![\w]*-[ ])")


def head_of_name(text: str, word: str, end: int) -> bool:
    """True when a name's last word (`word`, ending at `end`), after particles, is an ordinary
    word that is no known name and a capitalised word follows it: the head of a longer name
    ("van de Fractie Smit"), no surname."""
    return (
        is_ordinary(word) and not is_known_name(word) and NEXT_CAPITAL.match(text, end) is not None
    )


POSSESSIVE_AFTER = re.compile(r"['’]s(?![\w'’-])")


def possessive_after(text: str, end: int) -> bool:
    """True when a possessive 's ends a name or follows it directly ("Jordy's vader")."""
    if re.search(r"\w['’]s$", text[max(0, end - 3) : end]):
        return True  # the possessive inside the match ("Jordy’s")
    return POSSESSIVE_AFTER.match(text, end) is not None
