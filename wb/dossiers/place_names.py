"""Places: the place lists (also in CAPITALS), the word after "gemeente", "rechtbank", "te",
"in" (``place_triggers.txt``), names in capitals that are no dictionary word, the gazetteer of
all Dutch municipalities and woonplaatsen (``gazetteer_*.txt``, BAG) with a place that is also an
ordinary word ("Best", "Zetten") only in place context, lists of places after a trigger ("in
Zundert, Rucphen en Etten-Leur") and region codes ("regio H10"). Names in capitals are found in
:mod:`wb.dossiers.place_caps`, lists of places in :mod:`wb.dossiers.place_lists`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    LOW,
    TITLES,
    UP,
    compass_place,
    district_triggers,
    first_names,
    gazetteer,
    gazetteer_regions,
    hunspell,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    place_triggers,
    places,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.place_adjectives import place_of_adjective, short_form_place
from wb.dossiers.place_evidence import placed_mid_sentence
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first, names_regex, per_text
from wb.lang import word_set


@cache
def place_tail(names: frozenset[str]) -> re.Pattern:
    """A regex for one of `names` at the end of a name ("... Zaandam")."""
    alternation = longest_first(names)
    return re.compile(rf" (?:{alternation})$")


@cache
def _trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = longest_first(strong | weak)
    # "Jeugdhulpregio KwarVallei": a compound that ends in "regio" names a region too (as a
    # weak trigger: the word after it is no ordinary word)
    triggers += rf"|[{UP}{LOW}][{LOW}]{{2,}}regio"
    return re.compile(
        rf"(?<![\w-])(?P<trigger>{triggers}):?[ ]+(?P<place>(?:'s-)?{CAP}(?:[{UP}][{LOW}]+)?"
        rf"(?:[ ](?:aan|op|den|de|bij|in)[ ]{CAP}|[ ]{CAP})*)(?![\w])"
        rf"(?=(?P<joined>[ ]en[ ]{CAP}(?:[ ](?:aan|op|den|de|bij)[ ]{CAP}|[ ]{CAP})*)?)"
    )


def _joined_name(text: str, m: re.Match) -> bool:
    """True when "<place> en <Name>" after a trigger is one official name ("Aa en Hunze" shape)
    rather than a list: neither part is a known place, the second part starts with no first name
    or surname, and no trigger follows it ("... en Pactum in Deurne" is a new list item). Two
    one-word woonplaatsen of the gazetteer ("in Hoenderloo en Deelen") are a list, unless the
    whole is one name of it ("Son en Breugel"); a longer part keeps a former municipality whole
    ("Mill en Sint Hubert")."""
    if not m["joined"]:
        return False
    right = m["joined"][4:]
    known = places()
    whole = f"{m['place']} {m['joined'][1:]}"
    gazetteer_names = gazetteer()
    if whole not in known and whole not in gazetteer_names:
        parts = (m["place"], right)
        if all(" " not in part and part in gazetteer_names for part in parts):
            return False  # two places of the gazetteer in a list, each its own place
    if m["place"] in known or m["place"].split()[0] in known or short_form_place(m["place"]):
        return False
    head = right.split()[0]
    if right in known or head in known or head in first_names() or head in surnames():
        return False
    if short_form_place(head):
        return False  # "in R'dam en A'foort": two places by their short forms
    strong, weak = place_triggers()
    after = re.match(r"[ ]+(\w+)", text[m.end("joined") :])
    return not (after and after[1] in strong | weak)


CAMEL = re.compile(r"[a-zà-ÿ][A-Z]")


def dictionary_word(word: str) -> bool:
    """True for a word the dictionary or wb's lexicon holds itself (no compound analysis)."""
    return word.lower() in hunspell().ordinary or is_dutch_word(word)


def trigger_places(text: str) -> list[Mention]:
    """Places after "gemeente", "rechtbank", "te", "in": "gemeente Soest", "wonende te Bunnik",
    "in Heel en Panheel" (see :func:`_joined_name`)."""
    return [m.fresh_copy() for m in _trigger_places(text)]


@per_text
def _trigger_places(text: str) -> tuple[Mention, ...]:
    strong, _ = place_triggers()
    kept = frozenset(keep_terms()) | frozenset(institutions())
    found = []
    for m in _trigger_rx().finditer(text):
        place = m["place"]
        joined = _joined_name(text, m)
        end = m.end("joined") if joined else m.end("place")
        words = place.split()
        first = words[0]
        if place in kept or first in kept or is_stop_word(first):
            continue
        if first.lower() in TITLES or f"{first.lower()}." in TITLES:
            continue  # "gemaild naar Mw. Jansen": a title, the person follows
        if len(words) == 1 and first.lower() in word_set("name_compass.txt"):
            continue  # "Jeugdbescherming Gelderland, regio Noord": a division, no place
        if m["trigger"] not in strong:
            # after a region's compound ("Jeugdhulpregio KwarVallei") a word with a capital
            # inside is written as a name
            region = m["trigger"].endswith("regio")
            if m["trigger"] in district_triggers():
                # "de wijk Vroonermeer": a compound of ordinary parts names a district; a
                # dictionary word ("de wijk Centrum") stays
                if first in first_names() or any(dictionary_word(w) for w in words):
                    continue
            elif first in first_names() or any(
                is_ordinary(w) and not (region and CAMEL.search(w)) for w in words
            ):
                continue
        elif text[m.end("trigger")] == ":" and place not in places() and is_ordinary(first):
            # "Zittingsplaats: Utrecht" is a place; "de rechtbank: Procedure Gezamenlijke
            # Toegang Ouders" and "Locatie: Firma ..." start with an ordinary word: a name of
            # a programme or venue, no place
            continue
        if not joined:
            end = m.start("place") + _place_before_first_name(words, len(place))
        name = text[m.start("place") : end]
        # a joined name holds together against a person guess inside it ("Sint Hubert")
        found.append(Mention(m.start("place"), end, "PLAATS", name, 3 if joined else 4, "trigger"))
        found[-1].key = norm_name(name)
    return tuple(found)


def _place_before_first_name(words: list[str], length: int) -> int:
    """The length of a trigger's run of capitalised words up to a known place that a known first
    name follows ("gemeente Kwarbergen Lieke van Dongen": the place, then a person); else all."""
    for k in range(1, len(words)):
        if " ".join(words[:k]) in places() and words[k] in first_names():
            return len(" ".join(words[:k]))
    return length


def place_mentions(text: str, learned: Learned) -> list[Mention]:
    """Known and learned places (a dictionary word at a sentence start only after "te", "in")."""
    found = []
    for names in (places(), frozenset(learned.places)):
        if not names:
            continue
        matches = list(names_regex(names).finditer(text))
        placed = placed_mid_sentence(text, matches)  # "met Assen in gesprek ... Assen scoort"
        for m in matches:
            low = m[0].lower()
            if (
                sentence_initial(text, m.start())
                and low in hunspell().ordinary
                and low not in hunspell().forbidden  # "zeeland": only a misspelling of the name
                and m[0] not in placed
            ):
                context = text[max(0, m.start() - 12) : m.start()]
                if (
                    not re.search(r"\b(?:te|in|uit|naar|bij|van)\s*$", context)
                    and not _in_place_list(text, m.end(), names)
                    and not _bracketed_after_name(text, m.start(), m.end())
                    and not _title_dateline(text, m.start(), m.end())
                ):
                    continue
            elif place_is_word(m[0]) and _title_case_run(text, m.end()):
                continue  # "Best Practice", "Echt Gebeurd": a title, not the place
            elif place_is_word(m[0]) and counted(text, m.start()):
                continue  # "Leven in Twee Huizen": a counted plural noun, not the place
            elif m[0] in learned.surnames and not _place_cue_before(text, m.start()):
                continue  # "Lisa Westerveld ... Westerveld zegt": the person's surname alone
            found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place"))
            found[-1].key = norm_name(m[0])
    return found


DASH_AFTER = re.compile(rf"[ ]+[–-][ ]+[{UP}]")


def _title_dateline(text: str, start: int, end: int) -> bool:
    """True for a known place that opens its line before a dash and a capital ("Leiden – Het
    team ..."): a news item's dateline in Title Case, the place even when it is also a word."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and DASH_AFTER.match(text, end) is not None


NAME_THEN_BRACKET = re.compile(rf"[{UP}][\w'’-]+[ ]\($")


def _bracketed_after_name(text: str, start: int, end: int) -> bool:
    """True for a known place alone in brackets right after a capitalised name ("Anna Bos
    (Bergen) 06-...", a contact list): where the person lives or works, even when the place
    is also an ordinary word."""
    return text[end : end + 1] == ")" and bool(
        NAME_THEN_BRACKET.search(text, max(0, start - 40), start)
    )


PLACE_CUE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]e|[Ii]n|[Uu]it|[Nn]aar|[Vv]anuit|[Gg]emeente|[Rr]egio|[Pp]rovincie)[ ]+$"
)


def _place_cue_before(text: str, start: int) -> bool:
    """True when a place's preposition or trigger stands right before `start` ("in Westerveld",
    "gemeente Westerveld"): a surname of the dossier written there is still the place."""
    return PLACE_CUE_BEFORE.search(text, max(0, start - 14), start) is not None


# a cardinal number right before a word: "twee", "Drie", "12"
COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]wee|[Dd]rie|[Vv]ier|[Vv]ijf|[Zz]es|[Zz]even|[Aa]cht|[Nn]egen|[Tt]ien|\d+)"
    r"[ ]$"
)


def counted(text: str, start: int) -> bool:
    """True when a cardinal number stands right before `start` ("Twee", "drie", "12")."""
    return bool(COUNT_BEFORE.search(text, max(0, start - 12), start))


def _title_case_run(text: str, end: int) -> bool:
    """True when a capitalised word that is no place and no function word follows `end` (Title
    Case: "Best Practice")."""
    nxt = re.match(rf"[ ]([{UP}][\w'’-]*)", text[end:])
    return bool(nxt and nxt[1] not in all_places() and not is_stop_word(nxt[1]))


def _in_place_list(text: str, end: int, names: frozenset[str]) -> bool:
    """True when a known place right after `end` continues a list ("(Leiden, Leiderdorp en
    Oegstgeest)"): the word before it is a place too, not the ordinary word."""
    m = re.match(r"(?:,[ ]*|[ ]+en[ ]+)((?:'s-)?[\w-]+(?:[ ][A-Z][\w-]+)?)", text[end:])
    if not m:
        return False
    nxt = m[1]
    return nxt in names or nxt.split()[0] in names


# --- the gazetteer: every Dutch municipality and woonplaats (BAG) ------------------------------

LIST_SEP = r"(?:,[ ]*|[ ]+(?:en|of|&)[ ]+|[ ]*/[ ]*)"
PARTICLE_BEFORE = re.compile(
    r"(?:^|[ ])(?P<p>[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en)(?:[ ](?:de|der|den|het|'t))?[ ]$"
)
REGION_CODE = re.compile(
    r"(?<![\w-])(?:[Rr]egio|[Jj]eugdregio|[Zz]orgregio|[Rr]egeling)[ ]+"
    r"(?P<code>[A-Z]{1,3}[0-9]{1,3}|[A-Z]{2,4})(?![\w-])"
)

# a region's article after a lowercase word or a sentence start ("in de IJmond", "De Achterhoek"),
# not a surname particle ("Piet van de Veluwe")
REGION_ARTICLE = re.compile(r"(?:^|[.!?:;,(]|(?<![\w-])(?!van|ter|ten)[a-z]\w*)[ ]*\b[Dd]e[ ]$")


@cache
def all_places() -> frozenset[str]:
    """The hand lists' places and regions and the gazetteer's municipalities and woonplaatsen."""
    return places() | gazetteer()


@cache
def place_is_word(name: str) -> bool:
    """True when a place's name is also an ordinary Dutch word or a person's name ("Best",
    "Putten", "Zetten", "Lies", "Vries"): OpenTaal lists it in lowercase (not only as a
    misspelling), or it is a known first name or surname; "De Hoeve" when its word is one. Other
    names of several words ("Berg en Dal", "Etten-Leur") and compounds ("Beverwijk") are
    places."""
    parts = re.split(r"[ -]", name)
    if len(parts) == 2 and parts[0] in ("De", "Het", "'t"):
        return place_is_word(parts[1])
    if len(parts) > 1:
        return False
    if name in first_names() or name in surnames():
        return True
    low = name.lower()
    return low in hunspell().ordinary and low not in hunspell().forbidden


SEPARATOR = re.compile(LIST_SEP)


_LAST_HITS: tuple[str, list[re.Match]] | None = None


def place_hits(text: str) -> list[re.Match]:
    """Whole-word occurrences of every known place in a text, longest first (a one-text memo,
    read and replaced whole: :func:`place_runs`, :func:`gazetteer_mentions` and
    :func:`wb.dossiers.place_lists.example_places` share it)."""
    global _LAST_HITS
    last = _LAST_HITS
    if last is not None and last[0] is text:
        return last[1]
    hits = names_regex(all_places()).finditer(text)
    _LAST_HITS = (text, hits)
    return hits


def place_runs(text: str) -> list[Mention]:
    """Known places that are words in a list of known places without a trigger, when the list
    holds a place that is no word: "Hoogeveen, Zetten en Made" (a list of words, "Heide en
    Veen", stays)."""
    found = []
    group: list[re.Match] = []
    for m in [*place_hits(text), None]:
        if m is not None and group and SEPARATOR.fullmatch(text, group[-1].end(), m.start()):
            group.append(m)
            continue
        if len(group) > 1 and not all(place_is_word(g[0]) for g in group):
            for g in group:
                if place_is_word(g[0]):
                    found.append(Mention(g.start(), g.end(), "PLAATS", g[0], 4, "place-list"))
                    found[-1].key = norm_name(g[0])
        group = [m] if m is not None else []
    return found


def gazetteer_mentions(text: str) -> list[Mention]:
    """Municipalities and woonplaatsen of the gazetteer: a name that is no ordinary word and no
    person's name anywhere, one that is ("Best", "Zetten", "Vries") only right after a place
    trigger ("in", "te", "gemeente"). Not part of a longer name: not after a surname particle
    ("Piet van Bemmel") or a capitalised word ("Marc Sleen", "Copa America"), not before a
    capitalised word that is no place; at a sentence start not when wb's lexicon knows the word
    ("Wijngaarden op terrasheuvels")."""
    names = gazetteer()
    strong, weak = place_triggers()
    triggers = strong | weak
    found = []
    for m in place_hits(text):
        if m[0] not in names:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        word_before = re.search(r"(\S+)[ ]+$", before)
        triggered = bool(word_before and word_before[1].rstrip(":") in triggers)
        if not triggered:
            two = re.search(r"(\S+[ ]+\S+)[ ]+$", before)
            triggered = bool(two and two[1] in triggers)
        article = m[0] in gazetteer_regions() and REGION_ARTICLE.search(before)
        if not triggered and not article and _inside_longer_name(text, m.end(), before):
            continue
        if not triggered and (
            place_is_word(m[0])
            or (sentence_initial(text, m.start()) and is_dutch_word(m[0].lower()))
        ):
            continue
        found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "gazetteer"))
        found[-1].key = norm_name(m[0])
    return found


def _inside_longer_name(text: str, end: int, before: str) -> bool:
    """True when a place name at `start`-`end` is part of a longer name: a surname particle or a
    capitalised word (no function word: "In Ellertshaar") right before it, a capitalised word
    that is no place right after it."""
    if PARTICLE_BEFORE.search(before):
        return True
    prev = re.search(rf"(?:^|[ ])([{UP}][\w'’-]*)[ ]$", before)
    if prev and not is_stop_word(prev[1]):
        return True
    return _title_case_run(text, end)


COMPASS_WORD = re.compile(lead_first(rf"(?<![\w'’-])[{UP}][\w]{{7,}}(?![\w'’-])"))


def compass_places(text: str) -> list[Mention]:
    """A capitalised word of a point of the compass and a part that no dictionary knows as
    written and no name list holds ("Zuiderwaard", "ZUIDERWAARD" at the end of a heading,
    "Westfriesland"): the name of a place or region, wherever it stands."""
    found = []
    for m in COMPASS_WORD.finditer(text):
        word = m[0]
        if not compass_place(word) or place_of_adjective(word):
            continue  # "Noordijkse": a known place's adjective, replaced as that place
        found.append(Mention(m.start(), m.end(), "PLAATS", word, 4, "compass-place"))
        found[-1].key = norm_name(word)
    return found


def region_codes(text: str) -> list[Mention]:
    """A region's code or abbreviation after "regio" or "regeling" ("regio H10", "de
    gemeenschappelijke regeling ZHZ"), unless it is a national body's acronym."""
    if "egio" not in text and "egeling" not in text:
        return []
    national = word_set("national_acronyms.txt") | frozenset(institutions())
    found = []
    for m in REGION_CODE.finditer(text):
        if m["code"] in national:
            continue
        found.append(Mention(m.start("code"), m.end("code"), "PLAATS", m["code"], 4, "region-code"))
        found[-1].key = norm_name(m["code"])
    return found


PLACE_PAIR = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<a>[{UP}][{LOW}]+)-(?P<b>[{UP}][{LOW}]+)(?![\w'’-])")
)


def hyphen_place_pairs(text: str) -> list[Mention]:
    """ "KWARTEL Assen-Zwolle": two known places joined by a hyphen (offices in both
    towns, a route) are two places, when the pair itself is no place ("Noord-Holland")."""
    found = []
    for m in PLACE_PAIR.finditer(text):
        if m[0] in all_places() or m[0] in gazetteer():
            continue
        if not all(m[g] in places() or m[g] in gazetteer() for g in ("a", "b")):
            continue
        if any(place_is_word(m[g]) for g in ("a", "b")):
            continue  # "Best-Putten": words as well as places
        for g in ("a", "b"):
            found.append(Mention(m.start(g), m.end(g), "PLAATS", m[g], 4, "place-pair"))
            found[-1].key = norm_name(m[g])
    return found


def split_place_runs(text: str, mentions: list[Mention]) -> None:
    """ "Postbus AB Assen Kantoor Assen: ...": a run taken as an organisation that starts
    and ends with a known place and holds only dictionary words between them is a letterhead's
    places and labels: the places stay mentions, the words between them are no name (in place)."""
    for i in range(len(mentions) - 1, -1, -1):
        m = mentions[i]
        if m.type != "ORGANISATIE" or m.source != "fallback-org":
            continue
        words = list(re.finditer(r"\S+", text[m.start : m.end]))
        if len(words) < 3 or not all(_known_place(w[0]) for w in (words[0], words[-1])):
            continue
        if not all(is_ordinary(w[0]) and not _known_place(w[0]) for w in words[1:-1]):
            continue
        parts = [
            Mention(m.start + w.start(), m.start + w.end(), "PLAATS", w[0], 4, "place")
            for w in (words[0], words[-1])
        ]
        for p in parts:
            p.key = norm_name(p.text)
        mentions[i : i + 1] = parts


def _known_place(word: str) -> bool:
    return word in places() or word in gazetteer()
