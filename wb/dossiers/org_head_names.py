"""Named local organisations, schools, teams and practices, found by their head word.

A generic noun ("basisschool", "jeugdzorgaanbieder", "praktijk", "zorgboerderij", listed in
``wb/lang/nl/org_heads.txt``, compounds ending in one count too) followed by a capitalised or
quoted name names a local organisation: "basisschool De Regenboog", "jeugdzorgaanbieder Horizon",
"zorgboerderij 'De Hoeve'". Some heads also follow the name ("het Orion college"); "de Hoeve
Groep" is a name and a capitalised "Groep". The head stays readable, the name is replaced and
reused as a short form in the whole dossier. Split from :mod:`wb.dossiers.org_names`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_bounds import numbered_end
from wb.dossiers.org_documents import document_word
from wb.dossiers.org_name_ends import (
    dot_leader,
    located,
    person_after,
    role_opens_name,
    street_end,
)
from wb.dossiers.org_phrases import domain_name, in_dictionary, noun_list_after
from wb.dossiers.org_words import (
    ACRONYM_AFTER,
    ARTICLES,
    CONNECT,
    DOMAINS,
    NAME,
    REGION_CODE_WORD,
    acceptable_name,
    head_of,
    kept_terms,
    kept_words,
    national_before,
    org_heads,
    title_case_line,
)
from wb.dossiers.place_adjectives import place_of_adjective
from wb.dossiers.regex_lead import lead_first

UNQUOTED = re.compile(
    rf"(?P<name>(?:(?:De|Het|'t)[ ])?{NAME}(?:[ ](?:{CONNECT}[ ])*{NAME}){{0,4}})(?![\w'’-])"
)


QUOTED = re.compile(r"[\"“„'‘](?P<name>[" + UP + r"][^\"“”'‘’\n]{0,48}?)[\"”'’](?![\w])")
HEAD_WORD = re.compile(lead_first(r"(?<![\w'’-])[\w][\w-]*(?=[ ])"))
AFTER_HEAD = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<name>{NAME}(?:[ ]{NAME})?)[ ](?P<head>[{LOW}]+)\b")
)
# word classes that never belong to an organisation's name
NOT_IN_NAME_POS = frozenset(("VERB", "AUX", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "NUM"))
NAME_GROUP = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<name>[{UP}][{LOW}]{{2,}})[ ]Groep(?![\w'’-])")
)
LOW_ARTICLE = re.compile(rf"(?:de|het)[ ](?=[{UP}])")
SECOND_HEAD = re.compile(rf"en[ ][{UP}][{LOW}]{{4,}}[ ](?=(?:de|het)[ ][{UP}])")


@cache
def _kept_multiword(first: str) -> tuple[str, ...]:
    """Kept terms of several words that start with `first`."""
    return tuple(t for t in kept_terms() if " " in t and t.split()[0] == first)


def _trim(text: str, start: int, name: str, tags: dict[int, str] | None) -> str:
    """The name up to the first word that cannot belong to it (a stop word, a kept term, a
    title or role word, a verb by its word class), without trailing connectors."""
    kept: list[str] = []
    offset = start
    for word in name.split(" "):
        bare = word.rstrip(".,;:")
        tag = tags.get(offset) if tags else None
        first = not kept or (len(kept) == 1 and kept[0] in ARTICLES)
        if word[0].isupper() and not (first and word in ARTICLES):
            role = role_opens_name(text, offset + len(word), bare, not kept)  # "Kind aan Huis"
            if (bare in kept_words() and not role) or is_stop_word(bare) or tag in NOT_IN_NAME_POS:
                break
            if re.fullmatch(r"[IVX]+|\d+", bare):
                break  # "Team III": a numbered chamber
            if kept and head_of(bare) is not None:
                break  # "praktijk Het Anker en Stichting Kompas": a second organisation
            if len(kept) > 1 and kept[-1] in ("de", "het") and kept[-2] == "en":
                kept.pop()
                break  # "Stichting Leergeld Oss en de Voedselbank": a second name, its article
            if kept and kept[-1] in ("en", "&") and re.fullmatch(r"[A-Z]{2,6}", bare):
                break  # "SBO De Brug en IKC Het Palet": a school type starts a second name
            if any(text.startswith(t, offset) for t in _kept_multiword(bare)):
                break  # "instelling Raad voor de Kinderbescherming"
        kept.append(word)
        offset += len(word) + 1
    while kept and (kept[-1][0].islower() or kept[-1] in ARTICLES or kept[-1] == "&"):
        kept.pop()
    return " ".join(kept)


def _head_in_name(text: str, head: re.Match[str], core: str, article: bool) -> bool:
    """True when a capitalised head word in mid-sentence and the ordinary words after it start
    a region's or place's body ("Inkooporganisatie Jeugd Noord Veluwe"): one name, replaced
    whole, so the head word does not stay readable before the placeholder."""
    words = core.split()
    return (
        head[0][0].isupper()
        and not article
        and len(words) >= 2
        and is_ordinary(words[0])
        and not all(is_ordinary(w) for w in words)
        and not sentence_initial(text, head.start())
        and not title_case_line(text, head.start())
    )


def head_mentions(text: str, tags: dict[int, str] | None = None) -> list[Mention]:
    """Names after a head word ("praktijk Het Anker") and before one ("Orion college")."""
    found: list[Mention] = []
    for h in HEAD_WORD.finditer(text):
        entry = head_of(h[0])
        if entry is None or national_before(text, h.start()):
            continue
        typ, _ = entry
        pos = h.end() + 1
        quoted = QUOTED.match(text, pos)
        if quoted:
            name = quoted["name"].strip()
            start = quoted.start("name")
            if not acceptable_name(name.split(" ", 1)[-1] if name.startswith(ARTICLES) else name):
                continue
        else:
            # "Basisschool de Waaier": an article in lowercase between head and name stays
            # readable, and shows the capital is a name's, not a Title Case heading's
            # "Zorgboerderij en Paardenhouderij de Hoeve": a second description, then the name
            second = SECOND_HEAD.match(text, pos)
            pos = second.end() if second else pos
            article = LOW_ARTICLE.match(text, pos)
            pos += article.end() - pos if article else 0
            m = UNQUOTED.match(text, pos)
            if not m or (title_case_line(text, pos) and not article):
                continue
            start = pos
            name = _trim(text, start, m["name"], tags)
            name = name[: street_end(name) or len(name)]  # "... Kwark aan de Kanaalweg"
            if article and title_case_line(text, pos):
                name = name.split(" ")[0]  # "Basisschool de Waaier Beeld Google": a caption
            core = name.split(" ", 1)[1] if name.split()[0:1] in (["De"], ["Het"], ["'t"]) else name
            # "Gezinshuis de Veluwe": after a head and a lowercase article a place names the home
            named_for_place = article is not None and " " not in core and core in places()
            if not name or not (acceptable_name(core) or named_for_place):
                continue
            if REGION_CODE_WORD.match(name):
                continue  # "Inkoopbureau H-10": a region's code, the place of the body
            if " " not in name and name in first_names():
                continue  # "team Anja": a person
            if not article and " " not in name and noun_list_after(name, text, start + len(name)):
                continue  # "organisatie Koers, waarden en ambities": a heading's list
            if domain_name(core, DOMAINS) and not article:
                continue  # "team Zorg", "team Sociale Jeugdzorg": a team named for its domain
            if h[0][0].isupper() and not article and all(is_ordinary(w) for w in core.split()):
                # "Bureau Jeugdbescherming": Title Case of ordinary words; at a sentence start
                # only words of the dictionary count ("Kinderopvangorganisatie Kidsplus" names)
                dictionary = all(in_dictionary(w) for w in core.split())
                if not located(text, name, start + len(name)) and (
                    dictionary or not sentence_initial(text, h.start())
                ):
                    continue
            person_cut = person_after(name, text, start + len(name))
            if person_cut:
                name = name[:person_cut].rstrip()  # "Stichting X Anna Verbeek, ...": a person
            if _head_in_name(text, h, core, article is not None):
                name, start = text[h.start() : start + len(name)], h.start()
            name = text[start : numbered_end(text, start, start + len(name))]  # "Kwarlo II" (orgs7)
        mention = Mention(start, start + len(name), typ, name, 1, "org-head", key=norm_name(name))
        mention.extra["short"] = name
        found.append(mention)
    for m in NAME_GROUP.finditer(text):  # "de Hoeve Groep": a name, then "Groep" capitalised
        name = m["name"]
        if is_ordinary(name) or is_stop_word(name) or name in first_names():
            continue
        if name in kept_words() or name in ARTICLES:
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "org-group")
        mention.key, mention.extra["short"] = norm_name(m[0]), m[0]
        found.append(mention)
    for m in AFTER_HEAD.finditer(text):
        entry = head_of(m["head"])
        if entry is None or not entry[1] or m["head"] not in org_heads():
            continue
        name = m["name"]
        words = name.split()
        if any(is_stop_word(w) or w in kept_words() for w in words) or name in places():
            continue
        if document_word(words[0]) or (all(map(is_ordinary, words)) and dot_leader(text, m.end())):
            continue  # "Inspectierapport gastouderbureau", "Kwaliteit gastouderbureau .... 11"
        if sentence_initial(text, m.start()) and is_ordinary(words[0]):
            if len(m["head"]) < 10 or not ACRONYM_AFTER.match(text, m.end()):
                continue  # "Goede school"; but "Zon gastouderbureau (GOB)" names one
        if re.match(r"[ ]+van\b", text[m.end() :]):
            continue  # "het Haagse college van burgemeester en wethouders"
        if m["head"] == "college" and place_of_adjective(name):
            continue  # "het Zwolse college": the municipality's executive, no school
        key = norm_name(name if entry[0] == "SCHOOL" else m[0])  # "X school" is school X
        mention = Mention(m.start(), m.end(), entry[0], m[0], 1, "org-head", key=key)
        mention.extra["short"] = name
        found.append(mention)
    return found
