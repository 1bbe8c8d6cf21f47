"""Places: the place lists (also in CAPITALS), the word after "gemeente", "rechtbank", "te",
"in" (``place_triggers.txt``), names in capitals that are no dictionary word, the gazetteer of
all Dutch municipalities and woonplaatsen (``gazetteer_*.txt``, BAG) with a place that is also an
ordinary word ("Best", "Zetten") only in place context, lists of places after a trigger ("in
Zundert, Rucphen en Etten-Leur") and region codes ("regio H10")."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    LOW,
    TITLES,
    UP,
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
    places_lower,
    sentence_initial,
    surnames,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.person_parts import person
from wb.dossiers.place_adjectives import short_form_place
from wb.dossiers.place_evidence import placed_mid_sentence
from wb.dossiers.word_index import names_regex, per_text
from wb.lang import word_set, words


@cache
def place_tail(names: frozenset[str]) -> re.Pattern:
    """A regex for one of `names` at the end of a name ("... Zaandam")."""
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf" (?:{alternation})$")


CAPS_WORD = r"(?:'[sS]-)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]*[A-ZÀ-ÖØ-Þ]"
CAPS_RUN = re.compile(rf"(?<![\w'’-]){CAPS_WORD}(?:[ ]{CAPS_WORD})*(?![\w'’-])")


def _pronounceable(word: str) -> bool:
    """False for an acronym in capitals: a part without a vowel ("PDD-NOS", "KWTRP"); a name in
    capitals has vowels in every part ("BERGEN-HOUTMAN"); nor a code of short parts joined by
    a hyphen ("SAM-MO", "ABC-DE": no part longer than three letters)."""
    parts = word.split("-")
    if len(parts) > 1 and all(len(part) <= 3 for part in parts):
        return False
    return all(set(part.upper()) & set("AEIOUY") for part in parts)


ROMAN = r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
ROMAN_RANGE = re.compile(rf"(?=[IVXLCDM]){ROMAN}(?:[-–](?=[IVXLCDM]){ROMAN})+")


def roman_range(word: str) -> bool:
    """True for a range of Roman numerals ("II-VIII", "XIV-XVI"): numbers, no name in capitals."""
    return ROMAN_RANGE.fullmatch(word) is not None


DAY_BEFORE = re.compile(r"(?<![\d.,/-])(?:[1-9]|[12]\d|3[01])[ ]$")


def _month_after_day(text: str, start: int, word: str) -> bool:
    """True for a month's abbreviation in capitals right after a day's number ("21 JAN")."""
    low = re.sub(r"\W+$", "", word).lower()
    return low in _month_abbreviations() and DAY_BEFORE.search(text, max(0, start - 4), start)


@cache
def _month_abbreviations() -> frozenset[str]:
    return frozenset(line.split(";")[0] for line in words("month_abbreviations.txt"))


def caps_mentions(text: str) -> list[Mention]:
    """Names in capitals: known places ("MIDDEN-NEDERLAND"; one that is also a word, "BEST",
    only after a place trigger, "GEMEENTE BEST") and unknown long words that are no dictionary
    word ("HARMKE BERGENHENEGOUWEN")."""
    found = []
    lower = _caps_places()
    for run in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run[0]))
        i = 0
        while i < len(words):
            trigger = _caps_trigger_before(text, run.start() + words[i].start())
            for j in range(min(len(words), i + 4), i, -1):
                phrase = run[0][words[i].start() : words[j - 1].end()]
                place = lower.get(phrase.lower())
                if place is None or (place_is_word(place) and not trigger):
                    continue
                if not trigger and _typo_in_words(words, i, j, place):
                    i = j  # "OF DRUNEN?": a mistyped word, neither place nor name
                    break
                s, e = run.start() + words[i].start(), run.start() + words[j - 1].end()
                found.append(Mention(s, e, "PLAATS", phrase, 4, "caps-place"))
                found[-1].key = norm_name(place)
                i = j
                break
            else:
                word = words[i][0]
                title = word[:1] + word[1:].lower()
                if _month_after_day(text, run.start() + words[i].start(), word):
                    i += 1  # "21 JAN 2014": a month in capitals after its day, no name
                    continue
                if not is_stop_word(word) and (
                    (
                        len(word) >= 6
                        and not is_ordinary(word)
                        and _pronounceable(word)
                        and not roman_range(word)
                    )
                    or title in first_names()
                    or (title in surnames() and not is_ordinary(word))
                ):
                    s = run.start() + words[i].start()
                    mention = person(text, s, s + len(word), 5, "caps")
                    if mention:
                        mention.first = title if title in first_names() else ""
                        mention.surname = "" if mention.first else norm_name(word)
                        found.append(mention)
                    nxt = _caps_surname_after(words, i) if title in first_names() else ""
                    if nxt:  # "LOTTE DEKEN": joined to the first name by merge_adjacent_persons
                        s = run.start() + words[i + 1].start()
                        mention = person(text, s, s + len(nxt), 5, "caps")
                        if mention:
                            mention.first, mention.surname = "", norm_name(nxt)
                            found.append(mention)
                        i += 1
                i += 1
    return found


def _typo_in_words(words: list[re.Match], i: int, j: int, place: str) -> bool:
    """ "DOE MEE OF DRUNEN?": a village only the gazetteer knows, one letter away from
    an ordinary word ("dronen"), after a conjunction in a heading of ordinary words, is that
    word mistyped."""
    if place in places() or j - i != 1 or i == 0 or not is_stop_word(words[i - 1][0]):
        return False
    others = [w[0] for k, w in enumerate(words) if k != i]
    if len(others) < 2 or not all(is_ordinary(w) or is_stop_word(w) for w in others):
        return False
    return one_edit_from_word(words[i][0].lower())


def one_edit_from_word(low: str) -> bool:
    """True when a word of five letters or more becomes an ordinary word by one vowel added,
    left out or changed ("drunen" -> "dronen")."""
    if len(low) < 5:
        return False
    variants = {low[:k] + low[k + 1 :] for k in range(len(low))}
    for k in range(len(low) + 1):
        for v in "aeiou":
            variants.add(low[:k] + v + low[k:])
            if k < len(low) and low[k] in "aeiou":
                variants.add(low[:k] + v + low[k + 1 :])
    variants.discard(low)
    ordinary = hunspell().ordinary
    return any(len(v) >= 4 and (v in ordinary or is_dutch_word(v)) for v in variants)


def _caps_surname_after(words: list[re.Match], i: int) -> str:
    """ "LOTTE DEKEN": the word in capitals right after a first name in capitals is her surname,
    also when it is an ordinary word, unless it is a function word, a particle, a first name or
    a place ("ANNA EN PIET", "JAN VAN DIJK", "TEAM UTRECHT")."""
    if i + 1 >= len(words):
        return ""
    word = words[i + 1][0]
    title = word[:1] + word[1:].lower()
    if is_stop_word(word) or title in first_names() or title.lower() in _particles_low():
        return ""
    if title in all_places() or word.lower() in _caps_places() or len(word) < 3:
        return ""
    return word


@cache
def _particles_low() -> frozenset[str]:
    from wb.dossiers.entity_data import particles

    return frozenset(p.lower() for p in particles())


def _caps_trigger_before(text: str, start: int) -> bool:
    """True when the word before `start` is a place trigger, in any case ("TE", "Gemeente")."""
    before = re.search(r"(\S+)[ ]+$", text[max(0, start - 30) : start])
    strong, weak = place_triggers()
    return bool(before and before[1].lower() in {t.lower() for t in strong | weak})


@cache
def _caps_places() -> dict[str, str]:
    """Places by lowercase form for text in capitals: the hand lists', and the gazetteer's that
    are no ordinary word ("ELLERTSHAAR", not "HEIDE")."""
    lower = dict(places_lower())
    for name in gazetteer():
        if not place_is_word(name):
            lower.setdefault(name.lower(), name)
    return lower


@cache
def _trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = "|".join(re.escape(t) for t in sorted(strong | weak, key=len, reverse=True))
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
            if first in first_names() or any(
                is_ordinary(w) and not (region and CAMEL.search(w)) for w in words
            ):
                continue
        elif text[m.end("trigger")] == ":" and place not in places() and is_ordinary(first):
            # "Zittingsplaats: Utrecht" is a place; "de rechtbank: Procedure Gezamenlijke
            # Toegang Ouders" and "Locatie: Firma ..." start with an ordinary word: a name of
            # a programme or venue, no place
            continue
        name = text[m.start("place") : end]
        # a joined name holds together against a person guess inside it ("Sint Hubert")
        found.append(Mention(m.start("place"), end, "PLAATS", name, 3 if joined else 4, "trigger"))
        found[-1].key = norm_name(name)
    return tuple(found)


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


@cache
def _list_trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = "|".join(re.escape(t) for t in sorted(strong | weak, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{triggers}):?[ ]+(?=['{UP}])")


UNKNOWN_ITEM = re.compile(rf"(?:'[st][ -])?{CAP}(?![\w'’-])")
SEPARATOR = re.compile(LIST_SEP)
LOCATED_IN = re.compile(r"[ ]+(?:in|te|uit)[ ]+['A-Z]")


def _known_at(text: str, pos: int) -> int | None:
    """End of the longest known place starting at `pos` ("Cadier en Keer", "Bergen op Zoom")."""
    finder = names_regex(all_places())
    first = re.match(r"['’]?\w[\w'’-]*\w|\w", text[pos:])
    if not first:
        return None
    for name in finder.index.get(first[0], ()):
        if text.startswith(name, pos) and not re.match(r"[\w-]", text[pos + len(name) :][:1]):
            return pos + len(name)
    return None


def _list_items(text: str, pos: int) -> list[tuple[int, int, bool]]:
    """The items of a list of places starting at `pos`: (start, end, known place)."""
    items = []
    while True:
        end = _known_at(text, pos)
        known = end is not None
        if end is None:
            m = UNKNOWN_ITEM.match(text, pos)
            if not m or LOCATED_IN.match(text, m.end()):
                break  # "Schakenbosch in Leidschendam": something located in a place
            end = m.end()
        items.append((pos, end, known))
        sep = SEPARATOR.match(text, end)
        if not sep or not re.match(rf"['{UP}]", text[sep.end() : sep.end() + 1]):
            break
        pos = sep.end()
    return items


def listed_places(text: str) -> list[Mention]:
    """Each place of a list after a place trigger: "in Zundert, Rucphen en Etten-Leur", "de
    gemeenten Deurne en Zetten". An item that is a known place counts, also when it is an
    ordinary word (the list is its context); an unknown item counts when it is no ordinary word
    or name and another item of the list is a known place."""
    kept = frozenset(keep_terms()) | frozenset(institutions())
    found = []
    for m in _list_trigger_rx().finditer(text):
        items = _list_items(text, m.end())
        if len(items) < 2 or not any(known for _, _, known in items):
            continue
        for start, end, known in items:
            name = text[start:end]
            if name in kept or name.split()[0] in kept:
                break
            if not known and (place_is_word(name) or is_ordinary(name) or is_stop_word(name)):
                break
            found.append(Mention(start, end, "PLAATS", name, 4, "place-list"))
            found[-1].key = norm_name(name)
    return found


BULLET_LINE = re.compile(r"(?m)^[ \t]*[•*▪–-][ \t]+(?P<item>[^\n]*?)[ \t]*$")


def bullet_places(text: str) -> list[Mention]:
    """ "Betreft:\n • Wassenaar\n • Voorschoten\n • Oegstgeest": in a run of bullet lines of
    which two or more, and at least half, are known places, each known place is a place, also
    one that is an ordinary word or a surname (the list is its context)."""
    found = []
    run: list[re.Match[str]] = []
    for m in [*BULLET_LINE.finditer(text), None]:
        if m is not None and run and text[run[-1].end() : m.start()].strip() == "":
            run.append(m)
            continue
        known = [b for b in run if b["item"] in places() or b["item"] in gazetteer()]
        if len(known) >= 2 and len(known) * 2 >= len(run):
            for b in known:
                found.append(
                    Mention(b.start("item"), b.end("item"), "PLAATS", b["item"], 4, "place-list")
                )
                found[-1].key = norm_name(b["item"])
        run = [m] if m is not None else []
    return found


# "Haaglanden (o.a. Delft, Leiden)": examples in brackets right after a place or region
EXAMPLES_OF = re.compile(
    r"[ ]?\((?:o\.a\.|onder andere|zoals|bijv\.|bijvoorbeeld|waaronder|w\.o\.)[ ]+"
)


def example_places(text: str) -> list[Mention]:
    """Known places given as examples in brackets right after a place or region: "Haaglanden
    (o.a. Delft, Leiden)", also when they are ordinary words ("Leiden", "Gouda")."""
    found = []
    for h in _place_hits(text):
        if h[0] not in places():
            continue
        after = EXAMPLES_OF.match(text, h.end())
        if not after:
            continue
        for start, end, known in _list_items(text, after.end()):
            if not known:
                break
            found.append(Mention(start, end, "PLAATS", text[start:end], 4, "place-list"))
            found[-1].key = norm_name(text[start:end])
    return found


_LAST_HITS: tuple[str, list[re.Match]] | None = None


def _place_hits(text: str) -> list[re.Match]:
    """Whole-word occurrences of every known place in a text, longest first (a one-text memo,
    read and replaced whole: :func:`place_runs` and :func:`gazetteer_mentions` share it)."""
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
    for m in [*_place_hits(text), None]:
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
    for m in _place_hits(text):
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


PLACE_PAIR = re.compile(rf"(?<![\w'’-])(?P<a>[{UP}][{LOW}]+)-(?P<b>[{UP}][{LOW}]+)(?![\w'’-])")


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
