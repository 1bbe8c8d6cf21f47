"""Names and non-names told by their shape, without a word list of the names themselves:

* a capitalised word with a number glued to it that is no footnote mark ("Lijn5", "AT5"; not
  "Jeugdzorg1" when it is the text's first footnote, not "D66", a national party) names an
  organisation;
* a run of capitalised words that all end in English spelling, not all of them Dutch words
  ("Access Denied", "Divorce Challenge"), is an English title and stays;
* the first word of a sentence whose words are mostly not Dutch ("It takes a village to raise a
  child") is no name;
* an acronym or unknown word followed by an apposition with an organisation's head word
  ("ASKO, het schoolbestuur") names that organisation;
* an acronym made of the initials of a place's parts in the same text ("regio Zuid-Holland-Zuid
  ... ZHZ") is that place;
* in a list of people with their party after a dash ("Anna Smit - VVD"), an acronym that is no
  national party names a local one;
* in a coordination of one-word items with two national parties or more ("CDA, VVD en LBW"),
  an acronym or camel-case word that is no national party names a local one;
* a digit glued before a province, region or place ("1Drenthe") names an organisation;
* in a comma list, a capitalised item that the dictionary does not know though its parts are
  words ("de GGD, Opvoedhuis, coaches") names an organisation;
* in a list of three or more "name in place" items ("Kompas in Zwolle, Horizon in Ede en Boog in
  Epe"), the capitalised words before each "in" name local organisations;
* a short form in brackets after a law or an ordinary word in lowercase, whose letters it takes
  in order ("Participatiewet (Pwet)", "jeugdhulpverlener (Jhv)"), is that word's abbreviation and
  stays;
* a capitalised word after "in het"/"in de" that a street address with its place follows in
  the same sentence ("in het Kwarvikhuis, zaal 2, Dorpsweg 14 te Epe") names the venue, an
  organisation;
* an inflected adjective and a noun, both capitalised after a lowercase "de" and no kept term
  ("de Kleine Kwark," but not "de Tweede Kamer"), name an organisation;
* a part of a web address that is a known place written in lowercase without its spaces
  ("www.bergendal.nl", "www.rekenkamer.utrecht.nl"; not a place that is also a word,
  "www.best.nl") is that place.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    first_names,
    gazetteer,
    inflected_adjective,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_name_ends import PLACE_GLUED_WORD, place_glued_word
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.org_words import head_of
from wb.dossiers.place_names import place_is_word, trigger_places
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words

GLUED = re.compile(
    lead_first(r"(?<![\w'’-])(?P<word>[A-Z][A-Za-z]+)(?P<n>[1-9]\d?)(?![\w'’-]|[ ]\d|[./]\d)")
)
OPENING_QUOTES = "\"“„‘'"
CASE_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d{2,4}/\d{2,7}[ ]$")
RUN = re.compile(lead_first(rf"(?<![\w'’-]){CAP}(?:[ ]{CAP})+(?![\w'’-])"))
SENTENCE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[\"“„‘'(]))(?P<first>[A-Z][a-z]*)(?![\w'’-])(?=(?P<rest>[^.!?\n]*))",
    re.MULTILINE,
)


@cache
def _foreign_endings() -> tuple[str, ...]:
    return tuple(words("foreign_endings.txt"))


def _footnote(text: str, start: int, number: int) -> bool:
    """True when a glued number may be a footnote mark: the first one, or the one after a mark
    glued to some word or punctuation earlier in the text."""
    if number == 1:
        return True
    return bool(re.search(rf"[^\W\d][.,;:?!»”’)]?{number - 1}(?!\d)", text[:start]))


def glued_number_names(text: str) -> list[Mention]:
    """ "draagt Lijn5 over", "AT5 en De Balie": a capitalised word with one or two digits glued
    to it (no footnote mark, no code followed by more digits: "nummer RA25.086") is an
    organisation's name."""
    found = []
    for m in GLUED.finditer(text):
        if m[0] in keep_terms() or _footnote(text, m.start("n"), int(m["n"])):
            continue
        if CASE_NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "AWB 07/6257 WW44": a court's registry code after a case number
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 4, "glued-number")
        mention.key = norm_name(m[0])
        found.append(mention)
    return found


GLUED_PLACE = re.compile(
    lead_first(r"(?<=[a-zà-ÿ])(?P<p>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w'’-])")
)
GLUED_HEAD = re.compile(r"(?<![\w'’-])[A-Za-zà-ÿ]+$")


def glued_places(text: str) -> list[Mention]:
    """ "presentatie Complexe ScheidingTwente": a known place that is no ordinary word, glued
    with its capital to the lowercase end of a word, is that place; the mention is the whole
    glued token (policy of 2026-12-05: "VestigingZwolle", a label glued by scraping)."""
    found = []
    for m in GLUED_PLACE.finditer(text):
        name = m["p"]
        if name not in places() or is_ordinary(name) or name in keep_terms():
            continue
        glued = GLUED_HEAD.search(text, max(0, m.start("p") - 40), m.start("p"))
        start = glued.start() if glued else m.start("p")
        mention = Mention(start, m.end("p"), "PLAATS", text[start : m.end("p")], 4, "glued-place")
        mention.key = norm_name(name)
        found.append(mention)
    for m in PLACE_GLUED_WORD.finditer(text):
        if place_glued_word(m[0]):  # "WoerdenStichting Buurtwerk": the place, then a label
            mention = Mention(m.start(), m.end(), "PLAATS", m[0], 4, "glued-place")
            mention.key = norm_name(m["p"])
            found.append(mention)
    return found


CAPS_THEN_PLACE = re.compile(r"(?<![\w'’-])(?P<caps>[A-Z]{2,})(?P<p>[a-z][a-zà-ÿ-]{2,})(?![\w'’-])")


def caps_place_brands(text: str) -> list[Mention]:
    """ "WIJamsterdam", "ZOdelft": capitals glued to a known place written in lowercase name a
    local organisation (a brand with its town), not the place alone; "IJssel" and
    "IJmond" (the digraph IJ) stay places."""
    found = []
    for m in CAPS_THEN_PLACE.finditer(text):
        if m["caps"] == "IJ":
            continue
        place = m["p"][:1].upper() + m["p"][1:]
        if place not in places() and place not in gazetteer():
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 4, "caps-place-brand")
        mention.key = norm_name(m[0])
        found.append(mention)
    return found


def _english_word(word: str) -> bool:
    """A capitalised word that is no known first name or place and ends in English spelling."""
    if word in first_names() or word in places():
        return False
    return word.lower().endswith(_foreign_endings())


def english_spelling_titles(text: str) -> list[Mention]:
    """ "de ep Access Denied", "het vervolg van Divorce Challenge": a run of capitalised words
    that all look English is a title and stays (a KEEP mention blocks the fallbacks)."""
    return [
        Mention(m.start(), m.end(), "KEEP", m[0], 1, "english-spelling")
        for m in RUN.finditer(text)
        if all(_english_word(w) for w in m[0].split())
        and not all(is_dutch_word(w.lower()) for w in m[0].split())
    ]


PLACE_THEN_WORD = re.compile(lead_first(rf"(?<![\w'’-])(?P<place>{CAP})[ ](?P<w>{CAP})(?![\w'’-])"))


def english_after_place(text: str) -> list[Mention]:
    """ "aan Leiden University": a word of English spelling right after a known place is a
    kept word (the place is replaced by its own rules), no person."""
    return [
        Mention(m.start("w"), m.end("w"), "KEEP", m["w"], 1, "english-spelling")
        for m in PLACE_THEN_WORD.finditer(text)
        if m["place"] in places() and _english_word(m["w"]) and not is_dutch_word(m["w"].lower())
    ]


def foreign_sentence_starts(text: str) -> list[Mention]:
    """ "It takes a village to raise a child.": the capitalised first word of a sentence whose
    lowercase words are mostly unknown to Dutch is no name (kept)."""
    found = []
    for m in SENTENCE.finditer(text):
        first = m["first"]
        if first in first_names() or first in places() or is_ordinary(first):
            continue
        rest = m["rest"]
        if text[m.start("first") - 1 : m.start("first")] in OPENING_QUOTES:
            close = re.search(r"[\"”“'’]", rest)  # “It takes a village ...” – een gezegde
            rest = rest[: close.start()] if close else rest
        lows = re.findall(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])", rest)
        if len(lows) < 3:
            continue
        unknown = sum(not is_dutch_word(w) for w in lows)
        if unknown * 3 >= len(lows) * 2:
            found.append(Mention(m.start("first"), m.end("first"), "KEEP", first, 1, "foreign"))
    return found


APPOSITION = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z]{1,5}|[A-Z][a-z]{2,}),[ ](?:het|de)[ ]"
    r"(?:[a-z]+[ ]){0,2}?(?P<head>[a-z]{4,})(?=[ ,.;)])"
)
ACRONYM = re.compile(r"(?<![\w'’&-])(?P<a>[A-Z]{2,5})(?![\w'’&-])")
MULTIPART = re.compile(lead_first(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)+(?![\w'’-])"))


def apposition_orgs(text: str) -> list[Mention]:
    """ "voorzitter van ASKO, het schoolbestuur": a name followed by an apposition whose noun is
    an organisation's head word is that organisation, at all its mentions in the text."""
    names = set()
    for m in APPOSITION.finditer(text):
        name = m["name"]
        if head_of(m["head"]) is None or is_stop_word(name) or name in places():
            continue
        if name in first_names() or name in keep_terms() or name in institutions():
            continue
        if name in word_set("national_acronyms.txt") or is_ordinary(name):
            continue
        names.add(name)
    found = []
    for name in sorted(names):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            mention = Mention(m.start(), m.end(), "ORGANISATIE", name, 4, "apposition")
            mention.key = norm_name(name)
            found.append(mention)
    return found


def place_initials(text: str) -> list[Mention]:
    """ "de regio Zuid-Holland-Zuid ... portefeuillehouder Jeugd ZHZ": an acronym whose letters
    are the initials of the parts of a place named in the same text is that place."""
    initials = {}
    after_trigger = {m.text for m in trigger_places(text)}
    for m in MULTIPART.finditer(text):
        if m[0] in places() or m[0] in regions() or m[0] in after_trigger:
            initials["".join(p[0] for p in m[0].split("-"))] = m[0]
    found = []
    for m in ACRONYM.finditer(text) if initials else ():
        place = initials.get(m["a"])
        if place:
            found.append(Mention(m.start(), m.end(), "PLAATS", m["a"], 4, "place-initials"))
            found[-1].key = norm_name(place)
    return found


LIST_PARTY = re.compile(
    r"(?m)^[ \t]*(?:[•*·-][ \t]*)?\S.*?[ ][-–][ ](?P<a>[A-Z][A-Za-z0-9]{1,7})[ \t]*$"
)


def listed_local_parties(text: str) -> list[Mention]:
    """ "• J. (Jan) Smit - VVD" ... "• P. (Piet) Bos - LBW": in a list whose lines end in a
    party after a dash (two national parties or more), an acronym that is no national party,
    no kept term and no role is a local party."""
    lines = list(LIST_PARTY.finditer(text))
    national = frozenset(words("parties.txt"))
    if sum(m["a"] in national for m in lines) < 2:
        return []
    found = []
    for m in lines:
        a = m["a"]
        if a in national or a in keep_terms() or a in institutions() or is_dutch_word(a.lower()):
            continue
        if sum(ch.isupper() for ch in a) < 2:
            continue
        mention = Mention(m.start("a"), m.end("a"), "ORGANISATIE", a, 1, "listed-party")
        mention.key, mention.extra["short"] = norm_name(a), a
        found.append(mention)
    return found


# "CDA, VVD en LBW": one-word items (a capital or a digit first) joined by commas and "en";
# an item may also be two capitalised words in lowercase after their capital ("Sterk Lokaal")
PARTY_ITEM = r"(?:[A-Z][a-z]+[ ][A-Z][a-z]+(?![\w'’&+-])|[A-Z0-9][\w'’&+]*(?:-[\w'’&+]+)*)"
PARTY_SERIES = re.compile(
    rf"(?<![\w'’&+-]){PARTY_ITEM}(?:,[ ]{PARTY_ITEM})*(?:,?[ ](?:en|&)[ ]{PARTY_ITEM})(?![\w'’&+-])"
)


def _national_party(item: str) -> bool:
    """A national party as written, also with a curly apostrophe ("D’66")."""
    return item.replace("’", "'") in frozenset(words("parties.txt"))


def coordinated_local_parties(text: str) -> list[Mention]:
    """ "CDA, VVD en LBW", "GroenLinks, LokaalPlus en D66": in a coordination of one-word items
    with two national parties or more, an item with two capitals or more (an acronym, a
    camel-case word) that is no national party, kept term, institution or dictionary word is a
    local party (replaced, and reused as a short form)."""
    found = []
    for m in PARTY_SERIES.finditer(text):
        items = list(re.finditer(PARTY_ITEM, m[0]))
        if sum(_national_party(i[0]) for i in items) < 2:
            continue
        for i in items:
            a = i[0]
            if _national_party(a) or a in keep_terms() or a in institutions():
                continue
            if sum(ch.isupper() for ch in a) < 2 or is_dutch_word(a.lower()) or a in places():
                continue
            if " " in a and any(w in places() or w in first_names() for w in a.split()):
                continue  # "CDA, VVD en Jan Bos": a person; "VVD, Nieuw Vennep": a place
            start = m.start() + i.start()
            mention = Mention(start, start + len(a), "ORGANISATIE", a, 1, "listed-party")
            mention.key, mention.extra["short"] = norm_name(a), a
            found.append(mention)
    return found


# "1Limburg": one or two digits glued before a province, region or place
NUMBER_PLACE = re.compile(
    lead_first(r"(?<![\w'’-])[1-9]\d?(?P<p>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w'’-])")
)


def number_place_names(text: str) -> list[Mention]:
    """ "schrijft 1Drenthe": a digit glued before a known province, region or place names an
    organisation (a regional broadcaster), not the place."""
    found = []
    for m in NUMBER_PLACE.finditer(text):
        if m["p"] not in places() and m["p"] not in regions():
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "number-place")
        mention.key = norm_name(m[0])
        found.append(mention)
    return found


# "Kompas in Zwolle": one to three capitalised words, "in", then a place
PLACE_AFTER = re.compile(rf"{CAP}(?:[ -]{CAP})?(?![\w'’-])")
IN_ITEM = re.compile(lead_first(rf"(?<![\w'’-])(?P<name>{CAP}(?:[ ]{CAP}){{0,2}})[ ]in[ ]"))


def listed_in_places(text: str) -> list[Mention]:
    """ "Kompas in Zwolle, Horizon in Ede en Boog in Epe": three or more "name in place" items
    joined by commas and "en": each name before "in" is a local organisation (a provider, a
    school), not a dictionary word, a stop word, a kept term or a first name."""
    after_place = {m.start: m.end for m in trigger_places(text) if m.type == "PLAATS"}
    items = []
    for m in IN_ITEM.finditer(text):
        end = after_place.get(m.end())
        if end is None:
            word = PLACE_AFTER.match(text, m.end())
            end = word.end() if word and word[0] in places() else None
        if end is not None:
            items.append((m.start("name"), m.end("name"), end))
    groups: list[list[tuple[int, int, int]]] = []
    for item in items:
        if groups and re.fullmatch(r",[ ]|,?[ ]en[ ]", text[groups[-1][-1][2] : item[0]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    found = []
    for group in (g for g in groups if len(g) >= 3):
        for start, end, _ in group:
            name = text[start:end]
            parts = name.split()
            if any(is_stop_word(w) for w in parts) or parts[0] in first_names():
                continue
            if name in keep_terms() or name in institutions() or name in places():
                continue
            if all(is_dutch_word(w.lower()) for w in parts):
                continue  # "Scholen in Zwolle": ordinary words
            mention = Mention(start, end, "ORGANISATIE", name, 3, "listed-in-place")
            mention.key, mention.extra["short"] = norm_name(name), name
            found.append(mention)
    return found


# ", Opvoedhuis," ", Opvoedhuis en": a capitalised item in the middle of a comma list
LIST_ITEM = re.compile(lead_first(rf"(?<=[\w)],[ ])(?P<w>{CAP})(?=,[ ]|[ ](?:en|of)[ ])"))


def listed_unknown_words(text: str) -> list[Mention]:
    """ "de GGD, Opvoedhuis, coaches": a capitalised list item in mid-sentence that is no
    dictionary word, only a guessed compound, names an organisation (places and names are found
    as such by their own rules, which win)."""
    found = []
    for m in LIST_ITEM.finditer(text):
        w = m["w"]
        if not is_ordinary(w) or in_dictionary(w) or is_stop_word(w) or w in places():
            continue
        if w in keep_terms() or w in institutions() or w in first_names():
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", w, 6, "list-item")
        mention.key = norm_name(w)
        found.append(mention)
    return found


# "Participatiewet (Pwet)": an ordinary word, then its short form in brackets
# (a match starts where a run of [\w-] starts, or right after the ")" that ended the match
# before, as without the lookbehinds; they spare a scan from every position inside a word)
SHORT_FORM = re.compile(
    r"(?:(?<![\w-])|(?<=\)))(?P<word>[\w-]{4,})[ ]\((?P<short>[A-Z][a-z]?[A-Za-z]{0,5})\)"
)


def short_forms(text: str) -> list[Mention]:
    """ "de Participatiewet (Pwet)": a short form in brackets, not all capitals, right after a
    law's name, a kept term or an ordinary word in lowercase, whose letters it takes in order
    from the first, is that word's abbreviation and stays; "Jansen (Jw)", "Horizon (HZ)" and
    "Zonnehuis (Zh)" are left to the other rules."""
    found = []
    for m in SHORT_FORM.finditer(text):
        word, short = m["word"], m["short"]
        if short.isupper() or word[0].lower() != short[0].lower():
            continue
        law = word.lower().endswith("wet") or word in keep_terms() or word in institutions()
        if not law and not (word[0].islower() and is_ordinary(word)):
            continue  # "bij Zonnehuis (Zh)": a capitalised word may be a name
        rest = iter(word.lower())
        if all(ch in rest for ch in short.lower()):  # a subsequence of the word's letters
            found.append(Mention(m.start("short"), m.end("short"), "KEEP", short, 1, "short-form"))
    return found


VENUE = re.compile(
    rf"(?<![\w-])(?:in|bij)[ ]+(?:het|de)[ ]+(?P<name>{CAP})(?=,[^.\n]{{0,40}}?"
    rf"[ ][A-Z][\w'’-]+[ ]\d{{1,5}}[a-zA-Z]?,?[ ]+(?:te|in)[ ]+[A-Z])"
)


def venue_names(text: str) -> list[Mention]:
    """ "in het Kwarvikhuis, zaal 2, Dorpsweg 14 te Epe": the venue before an address with its
    place (ORGANISATIE); not a kept term, an institution, a place or a word of the dictionary."""
    found = []
    for m in VENUE.finditer(text):
        word = m["name"]
        if is_stop_word(word) or word in keep_terms() or word in institutions():
            continue
        if word in places() or word in regions() or is_dutch_word(word.lower()):
            continue  # "in het Gemeentehuis, Markt 1 te ...": a building's common noun
        found.append(Mention(m.start("name"), m.end("name"), "ORGANISATIE", word, 4, "venue"))
        found[-1].key = norm_name(word)
    return found


ADJECTIVE_NOUN = re.compile(
    lead_first(
        r"(?<![\w-])de[ ]+(?P<name>(?P<adj>[A-Z][a-z]+e)[ ]+(?P<noun>[A-Z][a-z]{2,}))"
        r"(?![\w'’-])(?![ ]+[A-Z0-9])"
    )
)


@cache
def _kept_and_words() -> tuple[frozenset[str], frozenset[str]]:
    """Kept terms and institutions, and every word of them."""
    kept = frozenset(keep_terms()) | frozenset(institutions())
    return kept, frozenset(w for term in kept for w in term.split())


def adjective_noun_names(text: str) -> list[Mention]:
    """ "naar de Kleine Kwark, ...": an inflected adjective and a noun, both capitalised after a
    lowercase "de" in mid-sentence, name a place of work (ORGANISATIE); not a kept term or an
    institution ("de Tweede Kamer")."""
    kept, kept_words = _kept_and_words()
    found = []
    for m in ADJECTIVE_NOUN.finditer(text):
        name, adj, noun = m["name"], m["adj"], m["noun"]
        if name in kept or adj in kept_words or noun in kept_words or name in places():
            continue
        if not inflected_adjective(adj.lower()) or not is_dutch_word(noun.lower()):
            continue
        if noun.lower().endswith("school") and adj in word_set("school_kind_words.txt"):
            continue  # "de Brede School", "de Lagere School": a kind of school
        found.append(Mention(m.start("name"), m.end("name"), "ORGANISATIE", name, 4, "adj-noun"))
        found[-1].key = norm_name(name)
    return found


WEB_ADDRESS = re.compile(
    r"(?<![\w@.-])(?:https?://(?:www\.)?|www\.)((?:[a-z0-9-]+\.)+)(?:nl|be|eu|com|org|info)\b"
)


@cache
def _compact_places() -> dict[str, str]:
    """Known places that are no ordinary word, keyed by their lowercase letters and digits."""
    return {
        re.sub(r"[^\w]", "", p.lower()): p for p in places() if len(p) >= 4 and not place_is_word(p)
    }


def web_address_places(text: str) -> list[Mention]:
    """A place named by a part of a web address ("www.bergendal.nl"): the part, keyed to the
    place (one placeholder with the place written out elsewhere)."""
    found = []
    for m in WEB_ADDRESS.finditer(text):
        offset = m.start(1)
        for part in re.finditer(r"[a-z0-9-]+", m[1]):
            place = _compact_places().get(part[0].replace("-", ""))
            if place:
                s, e = offset + part.start(), offset + part.end()
                found.append(Mention(s, e, "PLAATS", text[s:e], 4, "web-address"))
                found[-1].key = norm_name(place)
    return found
