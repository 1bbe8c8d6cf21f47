"""Names after a title or role word ("dhr. R. Bos", "oma Visser", "Wethouder Kuipman"), and
what after a role word is no name: a portfolio ("wethouder Jeugdzorg", "minister Rouvoet van
Jeugd en Gezin") or a Title Case heading."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wb.dossiers.entity_data import (
    CAP,
    INITIALS,
    ROLES,
    TITLES,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_known_name,
    is_ordinary,
    place_triggers,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import head_of
from wb.dossiers.person_parts import (
    dictionary_word,
    good_surname,
    head_of_name,
    low_particles,
    particle_re,
    particle_surname,
    person,
    possessive_after,
    surname_re,
    titles_re,
)
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.role_places import joined_place_at
from wb.dossiers.word_index import per_text, text_words
from wb.lang import word_set
from wb.lang import words as lang_lines


def _title_role_rx(text: str) -> re.Pattern | None:
    """Title or role word + name, for the titles and role words that occur in the text."""
    words = {w.lower() for w in text_words(text)}
    present = {t for t in (*TITLES, *ROLES) if t.split()[0].rstrip(".") in words}
    # a compound that ends in a role word is one too ("kinderombudsman", "zorgwethouder")
    present |= {w for w in words if w not in ROLES and w not in TITLES and _role_compound(w)}
    return _title_role_rx_for(frozenset(present)) if present else None


@lru_cache(maxsize=1 << 16)
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
    # stacked titles, the later ones with or without their full stop: "Prof. Dr Anna Bos"
    stacked = "|".join(
        re.escape(t[:-1]) + r"\.?" for t in sorted(TITLES, key=len, reverse=True) if t[-1] == "."
    )
    titles = f"(?:{titles})(?:[ ]+(?:{stacked})(?![\\w]))*"
    return re.compile(
        rf"(?<![\w-])(?:(?i:(?:{titles})|(?:{roles}))|(?<![Dd]e[ ])(?<![Hh]et[ ])"
        rf"(?:{compounds or '(?!)'}))[ ]+"
        rf"(?P<name>(?:{INITIALS}\s*)?{surname}"
        rf"(?:[ ]{surname})?)(?![\w-])"
    )


def _meeting_label(word: str) -> bool:
    """True for a capitalised label of a list of those present ("Afwezig", "Notuliste")."""
    return (
        word[:1].isupper() and word.lower() in word_set("meeting_labels.txt") and is_ordinary(word)
    )


def _van_der_surname(words: list[str]) -> bool:
    """True for "van der" or "van den" and one capitalised word that is no place ("wethouder
    van der Kwakel"): a surname's particles, never the preposition "van" (not "burgemeester van
    den Haag", "van de Raad": "van de" also reads "of the")."""
    return (
        len(words) == 3
        and words[0] == "van"
        and words[1] in ("der", "den")
        and words[2][:1].isupper()
        and words[2][1:].islower()
        and words[2] not in places()
        and words[2] not in gazetteer()
        and f"Den {words[2]}" not in places()
    )


def _place_as_surname(words: list[str], title: bool) -> bool:
    """True for a first name (after a title also a word no dictionary knows; not "wethouder
    Dijkstra van Leeuwarden"), a particle and a place ("Anna ter Beek", "Jan van Gent"): the
    place is the surname (not "moeder in Wolfheze": a preposition and a place); also a place
    after a double surname's particle ("Maas-van Weert") or after a title and a capitalised
    particle ("de heer Ter Horst")."""
    if len(words) >= 2 and "-" in words[-2] and words[-1] in places():
        # "mr. Maas-van Weert": a double surname broken after its particle
        return words[-2].rsplit("-", 1)[1] in low_particles()
    if title and len(words) == 2 and words[0][:1].isupper() and words[1] in places():
        # "de heer Ter Horst": after a title, a capitalised particle before a place
        low = words[0].lower()
        return low in low_particles() and low not in place_triggers()[1]
    return (
        len(words) == 3
        and (words[0] in first_names() or (title and not is_ordinary(words[0])))
        and words[0] not in places()
        and words[1] in low_particles()
        and words[1] not in place_triggers()[1]
        and words[2] in places()
    )


NEXT_WORD = re.compile(r"[ ]([A-ZÀ-Ý][\w-]*)")


@cache
def _university_heads() -> frozenset[str]:
    return frozenset(lang_lines("university_heads.txt"))


def _next_name_opens(text: str, end: int, words: list[str]) -> bool:
    """True when the last word of a name after initials is an ordinary word that opens the next
    name on the line: a university's head ("drs. R. Bos Vrije Universiteit") or an office
    before a known place ("mr. A. Bos Arrondissementsparket Almelo")."""
    last, before = words[-1], words[-2]
    if not re.match(INITIALS, words[0]) or not is_ordinary(last) or is_known_name(last):
        return False
    if before.lower() in low_particles() or re.fullmatch(INITIALS, before):
        return False
    after = NEXT_WORD.match(text, end)
    if not after:
        return False
    nxt = after[1]
    if f"{last} {nxt}" in _university_heads():
        return True
    return dictionary_word(last) and (nxt in places() or nxt in gazetteer())


def _name_goes_on(text: str, end: int) -> str | None:
    """The surname (with its particles) right after `end`, when one follows; else None."""
    m = re.compile(rf"[ ](?P<s>{surname_re()})(?![\w-])").match(text, end)
    if m and good_surname(m["s"].split()[-1]) and not _lowercase_compound(m["s"]):
        return m["s"]
    return None


# the lowercase second word of a label after a name: "Tweede lezer:", "Datum ondertekening:"
LABEL_AFTER = re.compile(r"[ ][a-zà-ÿ]+:")


NEXT_CAP_WORD = re.compile(r"[ ](?P<w>[A-Z][\w'’-]+)(?![\w'’-])")


def _institution_noun(word: str) -> bool:
    """True for a capitalised dictionary noun of an institution's kind, or a compound ending in
    one ("Centrum", "Kliniek", "Jeugdcentrum"; ``org_heads.txt``), that no list knows as a name:
    after a role word ("Kind Centrum") it opens an institution's name, no surname."""
    return (
        word[:1].isupper()
        and head_of(word) is not None
        and is_ordinary(word)
        and not is_known_name(word)
    )


PORTFOLIO_AFTER = re.compile(r"[ ]van[ ][A-Z]")


def _kind_word_lead(text: str, m: re.Match) -> bool:
    """True when the role word before the name is capitalised as part of a name ("Kind
    Centrum") and no portfolio follows: "minister Boerderij van Justitie" stays a person."""
    lead = m[0][: m.start("name") - m.start()].strip()
    after = PORTFOLIO_AFTER.match(text, m.start("name") + len(m["name"].split()[0]))
    return lead[:1].isupper() and after is None


def _body_before_place(text: str, start: int, words: list[str]) -> bool:
    """True for one dictionary word after a role that a known place follows ("Ombudsman
    Metropool Kwarland"): the name of the role's body, no person."""
    if len(words) != 1 or not is_ordinary(words[0]) or is_known_name(words[0]):
        return False
    after = NEXT_CAP_WORD.match(text, start + len(words[0]))
    return after is not None and after["w"] in places()


@per_text
def title_role_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of names after a title or role word: "dhr. R. Bos", "mw. Van Dam", "oma Visser",
    "Vader Bos"; not a portfolio ("wethouder Jeugdzorg") or a heading after a role word."""
    spans: list[tuple[int, int]] = []
    known = first_names()
    title_rx = _title_role_rx(text)
    for m in title_rx.finditer(text) if title_rx else ():
        words = m["name"].split()
        lead = m[0][: m.start("name") - m.start()].strip().lower()
        chain = _van_der_surname(words)
        if words[0] == "van" and lead in ROLES and lead not in TITLES and not chain:
            if all(dictionary_word(w) and not is_known_name(w) for w in words[1:]):
                continue  # "de gezinsvoogd van Jeugdzorg": "van" is the preposition
            if joined_place_at(text, m.start("name") + 4):
                continue  # "burgemeester van Bergen op Zoom": the place the role serves
            if len(words) == 2 and possessive_after(text, m.end("name")):
                continue  # "de advocaat van Jordy's vader": of the person after it
            if lead in PORTFOLIO_OF_ROLES and len(words) > 2 and words[2] in known:
                if portfolio_after(words[1:2]):
                    continue  # "minister van Zorg Anna Bos": the first-name rule takes her
        while words and not good_surname(words[-1]) and not re.fullmatch(INITIALS, words[-1]):
            if particle_surname(words) or chain:
                break  # "wethouder Van Die": a capitalised particle before a stop word
            if _place_as_surname(words, lead in TITLES or lead.split()[0] in TITLES):
                break  # "dr. Anna ter Beek": a place after a first name and a particle
            if _initials_then_bracket(text, m.end("name"), words):
                break  # "de heer P.J. Al (LBW)": initials, a surname, the party in brackets
            if lead in TITLES and _initials_then_comma(text, m.start("name"), words):
                break  # "mr. L.A. Vrij, advocaat": after a title and initials, the surname
            words.pop()
        if len(words) > 1 and _lowercase_compound(words[-1]):
            words.pop()  # "drs. A. Brok Concept-agenda": a heading's compound after the name
        if len(words) > 2 and words[-2].lower() in low_particles():
            if head_of_name(text, words[-1], m.start("name") + len(" ".join(words))):
                words = words[:-2]  # "de heer Smit van de Fractie Smit": of a longer name
                while len(words) > 1 and words[-1].lower() in low_particles():
                    words.pop()
        if not words or re.fullmatch(rf"{INITIALS}", " ".join(words)):
            continue
        if _body_before_place(text, m.start("name"), words):
            continue  # "Ombudsman Metropool Kwarland": a body's name before its place, no name
        if _institution_noun(words[0]) and _kind_word_lead(text, m):
            continue  # "Integraal Kind Centrum": an institution's kind noun after "Kind"
        if _employer_after_person(text, m, words):
            continue  # "Ann Bos, Beleidsmedewerker Zorgwerk Kwarland": her employer, no name
        if words[0].lower() in word_set("meeting_labels.txt") and is_ordinary(words[0]):
            continue  # "raadsgriffier Aanwezig zijn de leden:": a list's label, no name
        while len(words) > 1 and _meeting_label(words[-1]):
            words.pop()  # "de heer A. Bos Afwezig Voorzitter": the next label of the list
        if lead in PORTFOLIO_OF_ROLES and "van" in words[1:]:
            # "minister Rouvoet van Jeugd en Gezin": of a portfolio; cut before the heading test,
            # so the portfolio's abstract nouns do not make "Blokhuis van Volksgezondheid" (a
            # surname that is also a Dutch word) look like a heading (themes12)
            cut = words.index("van", 1)
            if portfolio_after(words[cut + 1 :]):
                words = words[:cut]
        if any(abstract_noun(w) for w in words) and all(
            is_ordinary(w) and not is_known_name(w) for w in words
        ):
            continue  # "Het Kind Centraal Samenvatting", "rechter Aanleiding Korte": headings
        if lead in PORTFOLIO_ROLES and len(words) == 1 and _portfolio_word(text, m, words[0]):
            continue  # "wethouder Jeugdzorg", "wethouder Jeugd om": a portfolio, no name
        if lead in PORTFOLIO_OF_ROLES and len(words) == 1 and _portfolio_pair(text, m, words[0]):
            continue  # "staatssecretaris Toeslagen en Douane": two portfolios, no name
        if len(words) == 2 and words[1] in known and words[0] not in known:
            more = _name_goes_on(text, m.end("name")) if lead.split()[0] in TITLES else None
            # "Vader Bos Sanne" is not one name; "Prof. Dr Geert Jan Bos" after a title is
            words = [*words, *more.split()] if more else words[:1]
        rest = " ".join(words[1:])
        if words[0] in place_triggers()[1] and (rest in places() or rest in gazetteer()):
            continue  # "moeder in Wolfheze": a preposition and a place, no particle
        end = m.start("name") + len(" ".join(words))
        label = text[end : end + 1] == ":" or LABEL_AFTER.match(text, end) is not None
        # a guessed compound ends the name only after initials or two words: "Minister Anna
        # Zeewind: ..." ends in her surname, "mr. A. Bos Afstudeerdatum: ..." in a label
        whole = len(words) > 2 or bool(re.match(INITIALS, words[0]))
        cut = is_ordinary(words[-1]) and (dictionary_word(words[-1]) or whole)
        if len(words) > 1 and label and cut:
            # "Mevr. A. Bos Datum: 3 mei", "dr. A. Bos Tweede lezer: ...": the label after it
            words = words[:-1]
            while words and words[-1].lower() in low_particles():
                words = words[:-1]
            end = m.start("name") + len(" ".join(words))
        if len(words) > 2 and _next_name_opens(text, end, words):
            words = words[:-1]  # "drs. R. Bos Vrije Universiteit": the university's first word
            end = m.start("name") + len(" ".join(words))
        if not words or re.fullmatch(rf"{INITIALS}", " ".join(words)):
            continue
        spans.append((m.start("name"), end))
    return tuple(spans)


BRACKETED_ACRONYM = re.compile(r"[ ]\([A-Z][A-Za-z0-9&]{1,7}\)")


def _initials_then_bracket(text: str, end: int, words: list[str]) -> bool:
    """True for initials and one capitalised word right before an acronym in brackets ("P.J. Al
    (LBW)"): the word is the surname, even when it is a function word ("al")."""
    return (
        len(words) == 2
        and re.fullmatch(INITIALS, words[0]) is not None
        and words[1][:1].isupper()
        and BRACKETED_ACRONYM.match(text, end) is not None
    )


INITIALS_TWO = re.compile(r"(?:(?:[A-Z]|Th|Chr|Ph|IJ)\.){2,}")
END_OF_NAME = re.compile(r"[ ]?[,(;]|[ \t]*(?:\n|$)")


def _initials_then_comma(text: str, start: int, words: list[str]) -> bool:
    """True for two initials or more and one capitalised word before a comma, a bracket or the
    line's end ("mr. L.A. Vrij, advocaat"): after a title the word is the surname, even when
    it is a function word ("vrij", "al")."""
    return (
        len(words) == 2
        and INITIALS_TWO.fullmatch(words[0]) is not None
        and words[1][:1].isupper()
        and END_OF_NAME.match(text, start + len(words[0]) + 1 + len(words[1])) is not None
    )


PERSON_COMMA_BEFORE = re.compile(lead_first(rf"(?<![\w'’-]){CAP}(?:[ ]{CAP})+,[ ]$"))


def _employer_after_person(text: str, m: re.Match[str], words: list[str]) -> bool:
    """True when a role word (no title) stands right after a person's full name and a comma
    ("Ann Bos, Beleidsmedewerker Zorgwerk Kwarland", "Ann Bos, directeur Toezicht Primair ..."):
    the role is hers, and an ordinary word after it that is no first name or initial opens her
    employer's or department's name, no person's."""
    lead = text[m.start() : m.start("name")].strip()
    if lead.lower() in TITLES or lead.lower().rstrip(".") in TITLES:
        return False
    before = PERSON_COMMA_BEFORE.search(text, max(0, m.start() - 60), m.start())
    last = before[0].split()[-1].rstrip(",") if before else ""
    if not before or (is_ordinary(last) and not is_known_name(last)):
        return False  # "Sorry, Staatssecretaris Bos": no person's name before the comma
    first = words[0]
    if first in first_names() or re.match(INITIALS, first) or is_known_name(first):
        return False
    return is_ordinary(first) and first not in hunspell().proper


ABSTRACT_SUFFIXES = ("ing", "heid", "schap", "tie", "isme", "teit", "nis", "ering")


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

    return after is not None and _plain(word) and _plain(after["w"])


def _plain(word: str) -> bool:
    """True for an ordinary word that no list knows as a name ("Jeugd", "Toeslagen")."""
    return is_ordinary(word) and not is_known_name(word) and word not in hunspell().proper


def _portfolio_word(text: str, m: re.Match[str], word: str) -> bool:
    """True when the one capitalised word after "wethouder" or "gedeputeerde" is a portfolio:
    a compound of ordinary words ("Jeugdzorg"), or a plain word that no list knows as a name
    and that ends the sentence or a bracket ("(wethouder Onderwijs)") or stands before a
    lowercase word ("de wethouder Jeugd om ...") other than a preposition of a place
    ("wethouder Jongen van Maastricht" is a surname)."""
    if _portfolio(word):
        return True
    if not _plain(word) or not word[:1].isupper():
        return False
    from wb.nlp import compound_parts

    if compound_parts(word.lower())[-1] in _person_heads():
        return False  # "Wethouder Kuipman mag ...": a compound naming a person, a surname
    after = text[m.start("name") + len(word) :]
    if re.match(r"[ ]+(?:van|uit|in|te)[ ]", after):
        return False  # "wethouder Jongen van Maastricht": a surname before the place
    # "(wethouder Onderwijs)": a portfolio in brackets after the person's name also ends there
    return re.match(r"[ ]+[a-zà-ÿ]|[ ]*[.;:)\n]|[ ]*$", after) is not None


def _lowercase_compound(word: str) -> bool:
    """A compound of two dictionary words with a lowercase second part ("Concept-agenda"):
    no part of a name (a double surname's second part is capitalised or a particle)."""
    head, _, tail = word.partition("-")
    if not tail or not tail[:1].islower() or tail.split("-")[0] in low_particles():
        return False
    return dictionary_word(head) and dictionary_word(tail)


@cache
def _bracket_role_rx() -> re.Pattern[str]:
    return re.compile(
        lead_first(
            rf"(?<![\w-])(?P<name>{CAP}(?:[ ](?:{particle_re()}))*[ ]{CAP})"
            r"[ ]\((?P<role>[a-zà-ÿ]+)[ ,)]"
        )
    )


def bracket_role_names(text: str) -> list[Mention]:
    """ "Peer van der Berg (lector ...)", "Anna Bos (wethouder)": two capitalised words, or with
    particles between them, right before a professional role word in brackets are a person,
    even when both are ordinary words; without particles the first word must be a known first
    name or no ordinary word. Not a national body ("Raad van de ... (voorzitter"): its head
    word opens no name."""
    found = []
    extra = word_set("name_bracket_roles.txt")
    for m in _bracket_role_rx().finditer(text):
        role = m["role"]
        if role not in extra and (role not in ROLES or ROLES[role][1] != "professional"):
            continue
        words = m["name"].split()
        first, last = words[0], words[-1]
        particles = len(words) > 2 and all(w in low_particles() for w in words[1:-1])
        if not particles and len(words) > 2:
            continue
        if not particles and first not in first_names() and is_ordinary(first):
            continue
        if first in word_set("national_heads.txt") or last.lower() in ROLES:
            continue
        if m["name"] in institutions() or last in places():
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "bracket-role")
        if mention:
            found.append(mention)
    return found
