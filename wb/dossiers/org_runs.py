"""A run of capitalised words taken for a local organisation's name when no head word or list
names it: a capitalised article or preposition in mid-sentence ("in Het Poortje", "bij Rondom
Ugchelen"), or ordinary words mixed with a name ("Jeugdbescherming Gelderland"). Split from
:mod:`wb.dossiers.org_names`, whose word sets it uses."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    ROLES,
    UP,
    compass_place,
    first_names,
    inflected_adjective,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.name_compounds import role_compound
from wb.dossiers.org_documents import document_title, plan_before, title_noun_before
from wb.dossiers.org_words import ARTICLES, DOMAINS, REGION_WORDS, not_in_names, title_case_line
from wb.dossiers.person_lists import name_like
from wb.dossiers.person_parts import low_particles, person
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set
from wb.nlp.lexicon import get_lexicon


def _pronoun_t(text: str, start: int, caps: list[tuple[int, int, str]]) -> bool:
    """True when "'t" is the pronoun ("'t Is mooi", "'t Ging goed"): a stop word after it, or
    at a sentence start one dictionary word (a name may be one too: then only mid-sentence)."""
    word = caps[0][2]
    if is_stop_word(word):
        return True
    after_colon = text[:start].rstrip(" ").endswith(":")  # "De naam: 't Zwaluwnest"
    return (
        sentence_initial(text, start)
        and not after_colon
        and len(caps) == 1
        and is_dutch_word(word.lower())
    )


_RUN_BREAKS = word_set("org_run_breaks.txt")
# "o.a.", "m.n.", "i.p.v.": a lowercase abbreviation of letters and full stops ends no sentence
_ABBREVIATION = r"(?<![\w.])[a-z]\.(?:[a-z]\.)+"


def after_abbreviation(text: str, start: int) -> bool:
    """True when a lowercase abbreviation ("o.a.", "m.n.") stands right before `start`: its full
    stop ends no sentence, so the capital after it is a name's."""
    return (
        re.search(lead_first(rf"{_ABBREVIATION}[ ]+$"), text[max(0, start - 20) : start])
        is not None
    )


CAPS_HEADING = re.compile(r"(?m)^[ \t]*(?P<w>[A-Z][A-Z-]{3,}(?:[ ][A-Z][A-Z-]{3,}){0,3})[ ]$")


def after_caps_heading(text: str, start: int) -> bool:
    """True when `start` follows a heading in capitals of ordinary words that opens its line,
    run together with the text ("JEUGDZORG Het Kinderhuis is ..."): the capital after it
    starts a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    heading = CAPS_HEADING.match(text[line_start:start])
    return bool(heading) and all(is_ordinary(w) for w in heading["w"].split())


def _lead_preposition(
    text: str, words: list[tuple[int, int, str]], caps: list[tuple[int, int, str]]
) -> bool:
    """True when a run starts with a capitalised stop word in mid-sentence, then a name ("bij
    Rondom Ugchelen", "met Voor Epe"): a stop word is capitalised there only in a name."""
    if len(caps) < 2 or not words or caps[0] is not words[0]:
        return False
    first = words[0]
    return (
        is_stop_word(first[2])
        and first[2] not in ARTICLES
        and first[2] not in not_in_names()
        and re.search(
            rf"(?:[a-z0-9,]|{_ABBREVIATION})[ ]+$", text[max(0, first[0] - 20) : first[0]]
        )
        is not None
        and not title_case_line(text, first[0])
    )


# a second capitalised name coordinated after a run: "Kamerleden Smit en Bos", "Smit, Bos"
COORDINATED = re.compile(rf"(?:,[ ]|[ ](?:en|&)[ ])[{UP}]")


def plural_role(word: str) -> bool:
    """True for the plural of a role word ("Kamerleden", "Wethouders"): before names coordinated
    with "en" or a comma, the capitalised words after it are the persons who hold the role, no
    organisation's name ("Jeugdbeschermers Amsterdam" alone stays an organisation)."""
    low = word.lower()
    lemma = get_lexicon().table_lemma(low)
    return bool(lemma) and lemma != low and lemma in ROLES


def _noun_of_place(words: list[tuple[int, int, str]], caps: list[tuple[int, int, str]]) -> bool:
    """True for two words, an ordinary noun and then a known place ("Rekenkamercommissie
    Woerden", "Raadhuis Sliedrecht", "Stadsgewest Haaglanden"): the noun says what of the place
    it is, the place alone is the identifier. Not a care domain ("Welzijn Woerden", a local
    provider), a plural role ("Jeugdbeschermers Amsterdam"), an adjective, a stop word or a
    compass word ("Westelijk Brabant", a region's name)."""
    if len(words) != 2 or len(caps) != 2:
        return False
    noun, place = caps[0][2], caps[1][2]  # "Leernetwerk Zuiderwaard": a compass place too
    return (place in places() or compass_place(place)) and _plain_noun(noun)


def _plain_noun(noun: str) -> bool:
    """An ordinary capitalised noun that may say what of a place it is ("Rekenkamercommissie"):
    no care domain, plural role, adjective, stop word or compass word."""
    return (
        noun[1:].islower()
        and is_ordinary(noun)
        and noun.lower() not in DOMAINS
        and not is_stop_word(noun)
        and not plural_role(noun)
        and not inflected_adjective(noun.lower())
        and not noun.lower().startswith(tuple(REGION_WORDS))
    )


def _nouns_of_places(words: list[tuple[int, int, str]], caps: list[tuple[int, int, str]]) -> bool:
    """True for a run of three or more capitalised words that alternate a known place and an
    ordinary noun, two places or more ("Breda Rekenkamercommissie Eindhoven Rekenkamercommissie",
    a list of bodies whose line breaks were lost): no organisation's name, each place goes
    alone (a run replaced whole would give two places one placeholder)."""
    if len(caps) < 3 or len(words) != len(caps):
        return False
    kinds = [_place_word(w[2]) for w in caps]
    alternate = all(kinds[i] != kinds[i + 1] for i in range(len(kinds) - 1))
    nouns_ok = all(_plain_noun(w[2]) for w, k in zip(caps, kinds, strict=True) if not k)
    return alternate and sum(kinds) >= 2 and nouns_ok


def _place_word(word: str) -> bool:
    """A known place, also one written without its "'s-" ("Hertogenbosch")."""
    return word in places() or f"'s-{word}" in places()


def _person_then_heading(text: str, words: list[tuple[int, int, str]]) -> bool:
    """True for a person's name (two or more words: names no dictionary knows, or particles and
    a known surname) followed by one ordinary word that opens a lowercase phrase ("Mariënne
    Verhoef Moeders op de boot?", "b. Van der Linden Voortgang herpositionering ..."): the word
    starts the next heading or item, no organisation's name. Not a care domain or a stop word."""
    if len(words) < 3 or not re.match(r"[ ]+[a-zà-ÿ]", text[words[-1][1] :]):
        return False
    last, person = words[-1][2], words[:-1]
    if not is_ordinary(last) or is_known_name(last) or is_stop_word(last):
        return False
    if last.lower() in DOMAINS or last in places():
        return False
    caps = [w[2] for w in person if w[2].lower() not in low_particles()]
    if not caps or not is_known_name(caps[-1]) or any(is_ordinary(w) for w in caps):
        return False
    return len(caps) >= 2 or len(person) > len(caps)  # a first name, or particles before it


MAX_RUN = 7  # capitalised words in an organisation's name ("Stichting Katholiek Onderwijs ...")


def ordinary_parts(word: str) -> bool:
    """True for a hyphenated capitalised word whose every part is an ordinary Dutch word (or
    its plural in -s: "Inspectie-items") and no known name ("Huisarts-Jeugd"; not
    "Kuiper-Bakker", whose parts are surnames). Only the first part needs its capital."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and parts[0][:1].isupper()
        and all(p[:1].isupper() or (p.islower() and p not in low_particles()) for p in parts)
        and all(_dictionary_part(p) and not is_known_name(p) for p in parts)
    )


def _dictionary_part(part: str) -> bool:
    """True for a dictionary word, or a plural in -s of one ("items")."""
    low = part.lower()
    return is_dutch_word(low) or (len(low) >= 5 and low[-1] == "s" and is_dutch_word(low[:-1]))


def org_run(text: str, start: int, end: int, tags: dict[int, str] | None) -> Mention | None:
    """A run of capitalised words mixing ordinary words and a name ("Jeugdbescherming Gelderland",
    "Friesch Dagblad"): the name of a local organisation, replaced as a whole."""
    words = [
        (start + w.start(), start + w.end(), w[0]) for w in re.finditer(r"\S+", text[start:end])
    ]
    cut = next((i for i, w in enumerate(words) if w[2] in _RUN_BREAKS), None)
    words = words[:cut]
    article = bool(words) and (
        words[0][2] == "'t"  # "'t Zwaluwnest" names a place even at a sentence start
        or (
            words[0][2] in ("De", "Het")
            and not sentence_initial(text, start)
            and not after_caps_heading(text, start)
        )
    )
    caps = [w for w in words if w[2][0].isupper() and w[2].lower() not in low_particles()]
    if caps and plural_role(caps[0][2]) and COORDINATED.match(text, caps[-1][1]):
        return None  # "Kamerleden Smit en Bos": persons after their plural role word
    if caps and (
        document_title(caps[0][2])
        or plan_before(text, caps[0][0])
        or title_noun_before(text, caps[0][0])
    ):
        return None  # "Regiovisie Jeugdhulp Haaglanden", "beleidsplan Jeugdhulp X": a plan's
        # title, its place goes alone
    if article and caps and words[0][2] == "'t" and _pronoun_t(text, start, caps):
        return None  # "'t Ging goed", "'t Is mooi": the pronoun, then a verb
    compound_title = len(caps) > 1 and any(ordinary_parts(w[2]) for w in caps)
    if compound_title:
        caps = [w for w in caps if not ordinary_parts(w[2])]  # "Huisarts-Jeugd" names nothing
    if article and caps and not compound_title and not any(w[2] in not_in_names() for w in caps):
        # "in Het Poortje", "op De Regenboog": a capitalised article in mid-sentence names a place
        # of care, a school or a team
        s, e = words[0][0], caps[-1][1]
        return Mention(s, e, "ORGANISATIE", text[s:e], 4, "fallback-org", key=norm_name(text[s:e]))
    if _lead_preposition(text, words, caps):
        # "bij Rondom Ugchelen Jeugdzorg": checked below without the name's first word, up to
        # an institution's word that follows the name
        caps = caps[1:]
        if len(caps) == 1 and caps[0][2].lower() in DOMAINS:
            # "bij Via Zorg": a preposition, then a care domain, is a name of its own
            s, e = words[0][0], caps[0][1]
            return Mention(
                s, e, "ORGANISATIE", text[s:e], 4, "fallback-org", key=norm_name(text[s:e])
            )
        cut = next((i for i, w in enumerate(caps) if w[2] in not_in_names()), len(caps))
        caps, lead = caps[:cut], words[0]
    else:
        lead = None
    if len(caps) < (1 if lead else 2) or any(
        w[2] in not_in_names() or is_stop_word(w[2]) for w in caps
    ):
        return None
    names = [w for w in caps if name_like(text, w[0], w[2], tags)]
    if len(caps) > MAX_RUN:  # a list of terms or headings whose line breaks were lost
        return None
    if not names or (len(names) == len(caps) and not lead):
        return None
    if any(w[2] in first_names() for w in names):
        return None  # "Jeugdzorg Anja": a person after an ordinary word
    if not lead and _person_then_heading(text, words):
        return None  # "Mariënne Verhoef Moeders op de boot?": a person, then a heading's word
    if not lead and (_noun_of_place(words, caps) or _nouns_of_places(words, caps)):
        return None  # "Rekenkamercommissie Woerden": an ordinary noun of a place; the place goes
    if not lead and len(words) == 2 == len(caps) and _role_apposition(text, caps[-1][1]):
        # "Stans Kwarsma, kinderombudsvrouw van ...": a person, then her role
        return person(text, caps[0][0], caps[-1][1], 4, "fallback")
    plain = [w[2] for w in words[words.index(caps[0]) :]]
    if len(plain) == 3 and plain[1] == "van" and plain[2] in places():
        return None  # "Universiteit van Utrecht": an ordinary word of a place; the place goes
    s, e = (lead or caps[0])[0], caps[-1][1]
    return Mention(s, e, "ORGANISATIE", text[s:e], 4, "fallback-org", key=norm_name(text[s:e]))


ROLE_APPOSITION = re.compile(r",[ ](?:de[ ]|het[ ])?(?P<role>[\w-]+)(?=[ ,])")


def _role_apposition(text: str, end: int) -> bool:
    """True when a comma and a role word follow ``end`` ("X Y, wethouder van ...", "X Y,
    Kinderombudsvrouw P"): the run before it is a person, not an organisation."""
    m = ROLE_APPOSITION.match(text, end)
    if not m:
        return False
    role = m["role"]
    return role in ROLES or role_compound(role)
