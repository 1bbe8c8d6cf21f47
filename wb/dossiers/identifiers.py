"""Structured identifiers in Dutch reports: e-mail, phone, BSN, postcode, address, birth date.

These are found by patterns (and the 11-proef for BSN), independent of names; the name
detection in :mod:`wb.dossiers.entities` runs beside them.
"""

from __future__ import annotations

import re

from wb.dossiers.address_shapes import (
    address_cue_before,
    extend_house_numbers,
    separated_addresses,
)
from wb.dossiers.entity_data import (
    BIRTH_CONTEXT,
    BSN_NEAR_RE,
    BSN_RES,
    CAP,
    DATE_RE,
    EMAIL_RE,
    NOT_STREETS,
    PHONE_RES,
    POSTCODE_RE,
    STREET_CONTEXT,
    STREET_PREFIXES,
    STREET_SUFFIXES,
    UP,
    YEAR_BIRTH_RE,
    elfproef,
    gazetteer,
    hunspell,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    parse_any_date,
    phone_key,
    places,
)
from wb.dossiers.id_shapes import located_streets, other_number, unglue_emails
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.street_names import square_names, street_name_mentions
from wb.dossiers.word_index import text_matches
from wb.lang import word_set, words

STREET_PARTICLES = word_set("street_particles.txt")
STREET_ARTICLES = word_set("street_articles.txt")


def pattern_mentions(text: str) -> list[Mention]:
    """E-mail addresses, phone numbers, BSN, postcodes (with the place after them), addresses."""
    found: list[Mention] = []
    for m in EMAIL_RE.finditer(text):
        end = m.end()
        garbled = GARBLED_TLD.match(text, end)
        if garbled and re.search(r"\.[a-z]$", m[0]):
            end = garbled.end()  # "info@x.n!": a page's misread "nl", one address
        found.append(Mention(m.start(), end, "EMAIL", text[m.start() : end], 0, "email"))
        found[-1].key = m[0].lower()
    for rx in PHONE_RES:
        for m in rx.finditer(text):
            if _date_or_time(text, m):
                continue  # "19:00 - 12-02-2019", "01-01-201501-01-2017": dates, no number
            found.append(Mention(m.start(), m.end(), "TELEFOON", m[0], 0, "phone"))
            found[-1].key = phone_key(m[0])
    found += municipal_phones(text) + area_code_phones(text)
    unglue_emails(found)
    for m in BSN_NEAR_RE.finditer(text):
        digits = re.sub(r"\D", "", m[1])
        found.append(Mention(m.start(1), m.end(1), "BSN", m[1], 0, "bsn-near", key=digits))
    for rx in BSN_RES:
        for m in rx.finditer(text):
            digits = re.sub(r"\D", "", m[0])
            if elfproef(digits) and not other_number(text, m.start(), m.end()):
                found.append(Mention(m.start(), m.end(), "BSN", m[0], 0, "bsn", key=digits))
    for m in POSTCODE_RE.finditer(text):
        if re.search(r"(?:artikel|art\.)\s*$", text[max(0, m.start() - 9) : m.start()], re.I):
            continue
        if CASE_NUMBER_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue  # "zaaknummer 23/1979 JW": a court's case number and its type, no postcode
        key = m[0].replace(" ", "")
        found.append(Mention(m.start(), m.end(), "POSTCODE", m[0], 0, "postcode", key=key))
        after = re.match(
            rf"[ ]+((?:'s-)?{CAP}(?:[ ](?:aan|op|den|de|bij|in|en)[ ]{CAP}|[ ]{CAP})*)",
            text[m.end() :],
        )
        if after:
            s, place = m.end() + after.start(1), _known_place_head(after[1])
            tier = 4 if place == after[1] else 3  # the label after it is no organisation's name
            found.append(Mention(s, s + len(place), "PLAATS", place, tier, "after-postcode"))
            found[-1].key = norm_name(place)
    for m in PO_BOX_LETTERS.finditer(text):
        letters = m["letters"]
        found.append(
            Mention(m.start("letters"), m.end("letters"), "POSTCODE", letters, 0, "po-box")
        )
        found[-1].key = letters
        after = re.match(rf"[ ]+((?:'s-)?{CAP})(?![\w-])", text[m.end("letters") :])
        if after and (after[1] in places() or after[1] in gazetteer()):  # the post box's place
            s = m.end("letters") + after.start(1)
            found.append(Mention(s, s + len(after[1]), "PLAATS", after[1], 3, "after-postcode"))
            found[-1].key = norm_name(after[1])
    found += street_postcode_letters(text)
    addresses = address_mentions(text)
    found += addresses + _digit_postcodes(text, addresses)
    return found


# the year and slash of a court's case number ("23/1979 JW", "24/2349 JW") before four digits
CASE_NUMBER_BEFORE = re.compile(r"\d/$")

# a date (day, month and year joined by hyphens) inside a digit run, or a time's minutes
DATE_INSIDE = re.compile(r"(?<!\d)\d{1,2}-\d{1,2}-(?:19|20)\d\d")
TIME_BEFORE = re.compile(r"\d[:.]$")


def _date_or_time(text: str, m: re.Match[str]) -> bool:
    """True when a phone-shaped match holds a date ("12-02-2019") or starts at a time's minutes
    ("19:00 - 12-02"): a table of dates and times, no phone number."""
    return bool(DATE_INSIDE.search(text, m.start(), m.end() + 4)) or bool(
        TIME_BEFORE.search(text, max(0, m.start() - 2), m.start())
    )


# "Postbus 1234 AB Assen", "Postbus AB ASSEN": the letters of a post box's postcode whose digits a
# page dropped are part of the postcode and replaced (the lead's decision of 2026-12-05)
PO_BOX_LETTERS = re.compile(
    lead_first(r"(?<![\w-])Postbus(?:[ ]+\d+)?[ ]+(?P<letters>[A-Z]{2})(?=[ ]+[A-Z][A-Za-z])")
)


# "Raadhuisplein AB Kwarlo": a street (a strong street suffix), the two letters of a postcode
# whose digits a page dropped, and a known place
STREET_LETTERS = re.compile(
    lead_first(
        rf"(?<![\w-])(?P<street>(?:(?:van|de|der|den|ter|ten)[ ])*"  # "van Kwarghlaan" (names70)
        rf"[{UP}][a-zà-ÿ]+(?:{'|'.join(words('street_suffixes_strong.txt'))})"
        rf"(?:[ ]+\d+[a-z]?)?)[ ]+(?P<letters>[A-Z]{{2}})[ ]+"
        # the place also in capitals, as a letterhead writes it ("... SC KWARSTAD"; names70)
        rf"(?P<place>(?:'s-)?{CAP}|(?:'[Ss]-)?[A-Z]{{3,}}(?:-[A-Z]{{2,}})*)(?![\w-])"
    )
)


def street_postcode_letters(text: str) -> list[Mention]:
    """ "Raadhuisplein AB Kwarlo": the letters of a postcode without its digits between a
    street and a known place (also in capitals: "Raadhuisplein AB KWARLO") are the postcode
    (replaced), the place after them a place, and the street before them an address (with its
    number when it has one)."""
    found = []
    for m in STREET_LETTERS.finditer(text):
        place_name = m["place"].title() if m["place"].isupper() else m["place"]
        if place_name not in places() and place_name not in gazetteer():
            continue
        street = Mention(m.start("street"), m.end("street"), "ADRES", m["street"], 0, "address")
        street.key = norm_name(m["street"])
        street.extra["street"] = next(w for w in m["street"].split() if w[:1].isupper())
        found.append(street)
        letters = m["letters"]
        found.append(
            Mention(m.start("letters"), m.end("letters"), "POSTCODE", letters, 0, "street-letters")
        )
        found[-1].key = letters
        place = Mention(m.start("place"), m.end(), "PLAATS", m["place"], 3, "after-postcode")
        place.key = norm_name(m["place"])
        found.append(place)
    return found


# "info@gemeente.n!": a one-letter top-level domain glued to a sign a page misread for a letter
GARBLED_TLD = re.compile(r"[!|1l](?![\w@.-])")

# "Telefoon: (0183) Fax: (0183)": an area code alone in brackets after a phone label (the
# number's digits dropped by the page); the code is part of the number and replaced
AREA_CODE = re.compile(
    r"(?i:(?<![\w-])(?:tel|telefoon(?:nummer)?|fax|faxnummer)\.?:?)[ ]*(?P<code>\(0\d{2,3}\))"
    r"(?![ ]?[\d(])"
)


def area_code_phones(text: str) -> list[Mention]:
    """An area code alone in brackets right after a phone or fax label ("Telefoon: (0183)")."""
    found = []
    for m in AREA_CODE.finditer(text):
        found.append(Mention(m.start("code"), m.end("code"), "TELEFOON", m["code"], 0, "phone"))
        found[-1].key = phone_key(m["code"])
    return found


DIGIT_POSTCODE = re.compile(
    r"(?:[ ]+bus[ ]+\d{1,4}[a-z]?|[ ]*\([^()\n]{1,20}\))?"  # "2 bus 3", "2 (M232)": a unit
    rf"[ ]*,?[ ]*(?P<code>[1-9]\d{{3}})[ ]+(?P<place>(?:'s-)?{CAP})(?![\w-])"
)


def _digit_postcodes(text: str, addresses: list[Mention]) -> list[Mention]:
    """ "Kerkstraat 1, 3500 Kwarlo": four digits and a capitalised word right after a street
    address (and a unit: "bus 3", "(M232)") are a postcode without letters (as in Belgium) and
    its place."""
    found = []
    for a in addresses:
        if a.source != "address":
            continue
        m = DIGIT_POSTCODE.match(text, a.end)
        if not m or is_stop_word(m["place"]):
            continue
        found.append(Mention(m.start("code"), m.end("code"), "POSTCODE", m["code"], 0, "postcode"))
        found[-1].key = m["code"]
        place = Mention(m.start("place"), m.end(), "PLAATS", m["place"], 4, "after-postcode")
        place.key = norm_name(m["place"])
        found.append(place)
    return found


def _known_place_head(run: str) -> str:
    """ "1300 AE Almere Telefoon 14 036": a letterhead's label after the place is no part of it;
    the longest known place at the start of the run when only ordinary words follow it."""
    parts = run.split(" ")
    if run in places() or run in gazetteer() or len(parts) == 1:
        return run
    for n in range(len(parts) - 1, 0, -1):
        head = " ".join(parts[:n])
        if (head in places() or head in gazetteer()) and all(is_ordinary(w) for w in parts[n:]):
            return head
    return run


# a municipality's short number: 14 + its area code ("14 020", "14 0591", "140321")
MUNICIPAL_PHONE = re.compile(
    lead_first(r"(?<![\w+.,/€-])(?<!€ )14[ -]?0[1-7]\d{1,2}(?![\w-]|[ .,]\d)")
)
PHONE_CUE = re.compile(
    r"(?i)(?<![\w-])(?:tel|telefoon\w*|telefonisch|bel|bellen|belt|nummer|contact|bereikbaar)"
    r"(?![\w-])"
)


def municipal_phones(text: str) -> list[Mention]:
    """A municipality's short number, 14 and its area code ("bel 14 020", "of 140321"), when a
    word about calling stands in the 80 characters before it with no other number between."""
    found = []
    for m in MUNICIPAL_PHONE.finditer(text):
        cues = list(PHONE_CUE.finditer(text, max(0, m.start() - 80), m.start()))
        if cues and not re.search(r"\d", text[cues[-1].end() : m.start()]):
            found.append(Mention(m.start(), m.end(), "TELEFOON", m[0], 0, "phone"))
            found[-1].key = phone_key(m[0])
    return found


STRONG_STREET_SUFFIXES = tuple(words("street_suffixes_strong.txt"))


def _ordinary_word_with_weak_suffix(word: str) -> bool:
    """True for a dictionary word ending in a weak street suffix ("Antwoord" ends in "oord");
    "Dorpsstraat" is a dictionary word too, but "straat" makes it a street; a heading's word in
    capitals may be a compound ("GEDRAGSREGELS 9" in a table of contents), so may the plural
    in "-es" of an ordinary noun ("Werksituaties 3"; "es" is a field's name in Drenthe)."""
    low = word.lower()
    ordinary = low in hunspell().ordinary or (word.isupper() and is_ordinary(word))
    ordinary = ordinary or (low.endswith("es") and is_ordinary(word) and is_ordinary(word[:-1]))
    return ordinary and not low.endswith(STRONG_STREET_SUFFIXES)


# an abbreviated first name or initials before a street named after a person
NAME_ABBREVIATION = re.compile(rf"^(?:[{UP}][a-z]{{1,4}}\.|(?:[{UP}]\.){{1,3}})$")


def address_mentions(text: str) -> list[Mention]:
    """Street addresses: a street name and number, by suffix, postcode or context."""
    found = []
    rx = re.compile(
        rf"(?<![\w-])((?:[{UP}][\w'’.-]*\s+(?:(?:van|de|der|den|het|'t|ter|ten|aan|op|in)\s+)*)"
        rf"{{0,3}}[{UP}][\w'’-]+)[ ]+(?:(?:nummer|nr\.|no\.)[ ]+)?"  # "Kwarweg nummer 1"
        rf"(\d{{1,5}}(?:[a-zA-Z]{{1,2}}(?![\w])|[ ][A-Z](?![\w])"
        # "Kwarweg 1 AA te ...": two capitals apart after a number of up to three digits, not
        # before a capitalised word (four digits and two capitals, or two capitals before a
        # town, are a postcode; names70)
        rf"|(?<!\d{{4}})[ ][A-Z]{{2}}(?![\w])(?![ ]+[{UP}])"
        # "Kerkpad 9 1d 1234AB": an addition of digits and a letter before a postcode
        rf"|[ ]\d{{1,3}}[a-zA-Z](?=[ ]*,?[ ]*[1-9]\d{{3}}[ ]?[A-Z]{{2}}(?![\w]))"
        rf"|[-/]\d{{1,4}}[a-zA-Z]?)?)"
        rf"(?![\d:.,]\d)"
    )
    for m in rx.finditer(text):
        words = m[1].split()
        last = words[-1]
        if last in NOT_STREETS or last in places():
            continue
        suffix = last.lower().endswith(tuple(STREET_SUFFIXES)) and last.lower() not in (
            "weg",
            "dam",
        )
        postcode = bool(re.match(r",?\s*[1-9]\d{3}\s?[A-Z]{2}\b", text[m.end() :]))
        context = bool(STREET_CONTEXT.search(text[max(0, m.start() - 60) : m.start()]))
        context = context or address_cue_before(text, m.start(), last, m[2])  # names-addr
        if not (suffix or postcode or context) and len(m[1].split()) == 1:
            context = _located_at(text, m.start(1), m.end(), last)  # "aan de Kwarvlinder 20,"
        if not (suffix or postcode or context):
            context = _place_after(text, m.end()) and not is_dutch_word(last.lower())
            if not context:
                continue
        item = re.search(r"(?<![\d.])(\d{1,2})\.[ ]+$", text[max(0, m.start(1) - 8) : m.start(1)])
        if item and m[2] == str(int(item[1]) + 1) and text[m.end() : m.end() + 1] == ".":
            continue  # "3. Vragenkwartier 4. Ingekomen stukken": an agenda's items, no address
        if not (postcode or context) and _ordinary_word_with_weak_suffix(last):
            continue  # "Antwoord 2", "Akkoord 1": a numbered heading, not "Zonnehof 3"
        # keep leading words only when they belong to a street name
        spans = list(re.finditer(r"\S+", m[1]))
        k = len(spans) - 1
        while k > 0:
            w = spans[k - 1][0]
            if w in STREET_PREFIXES or w.lower() in STREET_PARTICLES or NAME_ABBREVIATION.match(w):
                k -= 1  # "Fred. Kwarvikstraat 12", "J.P. Wolkemastraat 4": a person's street
            else:
                break
        while k < len(spans) - 1 and spans[k][0].lower() in STREET_ARTICLES:
            if (
                postcode
                and spans[k][0][:1].isupper()
                and LABEL_BEFORE.search(
                    text, max(0, m.start(1) - 40), m.start(1) + spans[k].start()
                )
            ):
                break  # "Secretariaat: De Kwarhoek 11, 1234 AB": the article opens the name
            k += 1
        start = m.start(1) + spans[k].start()
        street = text[start : m.end(1)]
        found.append(Mention(start, m.end(), "ADRES", text[start : m.end()], 0, "address"))
        found[-1].key = norm_name(text[start : m.end()])
        found[-1].extra["street"] = street
    found += _bare_streets(text) + _listed_streets(text) + _broken_addresses(text)
    found += separated_addresses(text, found)  # "Kwarvik 14 | 1234 AB" (names-addr)
    found += street_name_mentions(text, found) + square_names(text)
    found += located_streets(text, found)
    extend_house_numbers(text, found)  # "Kwarvikstraat 12 bis" (names-addr)
    return found


# a label's colon or a line's start right before a street ("Secretariaat: De Kwarhoek 11")
LABEL_BEFORE = re.compile(r"(?:^|\n|:)[ \t]*$")


BROKEN_ADDRESS = re.compile(
    rf"(?<![\w-])(?P<street>[{UP}][\w'’-]+)[ ]*\n{{1,2}}[ ]*(?P<n>\d{{1,4}}[a-zA-Z]?)"
    rf"(?=[ ]+te[ ]+[{UP}])"
)


def _broken_addresses(text: str) -> list[Mention]:
    """ "Kwarviklaantje\n\n14 te Zeist": a street and its house number that a line break of
    the extracted text split, before "te" and a place: one address; the street has a street
    suffix or the place is known (names70)."""
    if "\n" not in text:
        return []
    found = []
    for m in BROKEN_ADDRESS.finditer(text):
        street = m["street"]
        low = street.lower()
        if street in NOT_STREETS or street in places() or is_stop_word(street):
            continue
        if not (low.endswith(tuple(STREET_SUFFIXES)) or _place_after(text, m.end())):
            continue
        mention = Mention(m.start(), m.end(), "ADRES", m[0], 0, "address")
        mention.key = norm_name(f"{street} {m['n']}")
        mention.extra["street"] = street
        found.append(mention)
    return found


AAN_DE = re.compile(r"(?<![\w-])aan[ ](?:de|het)[ ]$")
CLAUSE_END = re.compile(r"[ ]?[,.;)\n]|[ ](?:te|in)[ ]|$")


def _located_at(text: str, start: int, end: int, word: str) -> bool:
    """True for one capitalised word and a house number after a lowercase "aan de" or "aan
    het", before a comma, a full stop, a bracket, "te" or "in" ("de accommodatie aan de
    Kwarvlinder 20, bleek ..."): a street without its suffix; not a stop word or kept term
    ("aan de Kamer 2 brieven")."""
    if not AAN_DE.search(text, max(0, start - 8), start) or not CLAUSE_END.match(text, end):
        return False
    return not (is_stop_word(word) or word in keep_terms() or word in institutions())


PLACE_AFTER = re.compile(rf"(?:[ ]*,[ ]*|[ ]+te[ ]+)(?P<place>(?:'s-)?{CAP}(?:[ ]{CAP})?)(?![\w-])")


def _place_after(text: str, end: int) -> bool:
    """True when a known place follows a house number after a comma or "te" ("Westrak 208,
    Kwarlo", "Hoendiep 95 te Groningen"): the word and number before it are a street address."""
    m = PLACE_AFTER.match(text, end)
    if not m:
        return False
    known = places() | gazetteer()
    return m["place"] in known or m["place"].split(" ")[0] in known


BARE_STREET = re.compile(
    rf"(?<![\w-])(?P<prep>aan|in|op|langs|bij|naar|via|vanaf|over|richting|tegenover|nabij|uit"
    rf"|van)[ ]+(?:de|het)[ ]+([{UP}][\w'’-]+)(?![\w-])"
)
# after these a street's name may end in any street suffix ("aan de Kwarvikdijk"); after the
# other prepositions of BARE_STREET only in a strong one ("via de Kwarvikweg")
PLACE_PREPOSITIONS = ("aan", "in", "op", "langs")


def _bare_streets(text: str) -> list[Mention]:
    """A street without a house number after "aan de", "in de", "op de" ("aan de Kerkstraat"),
    or "bij", "naar", "via", "vanaf" ... "de": a capitalised word with a strong street suffix
    that is no place (after the latter no dictionary word: "via de Snelweg"), or, after "aan",
    "in", "op" and "langs", with any street suffix when the dictionary does not know the word
    ("aan de Kwarvikdijk")."""
    found = []
    for m in BARE_STREET.finditer(text):
        word = m[2]
        low = word.lower()
        if word in NOT_STREETS or word in places():
            continue
        if not low.endswith(STRONG_STREET_SUFFIXES) and not (
            m["prep"] in PLACE_PREPOSITIONS
            and low.endswith(STREET_SUFFIXES)
            and low not in hunspell().ordinary
            and not is_dutch_word(low)
        ):
            continue
        if low in STRONG_STREET_SUFFIXES:
            continue  # "aan de Straat" is no street name
        if m["prep"] not in PLACE_PREPOSITIONS and low in hunspell().ordinary:
            continue  # "via de Snelweg", "naar het Schoolplein": a title-case word
        found.append(Mention(m.start(2), m.end(2), "ADRES", word, 0, "address"))
        found[-1].key = norm_name(word)
        found[-1].extra["street"] = word
    return found


BRACKET_LIST = re.compile(r"\((?P<items>[^()\n]{3,240})\)")
LISTED_STREET = re.compile(
    rf"^(?:(?:dr|prof|mr|ir|st)\.[ ]?)?(?:(?:van|de|der|den|ter|ten)[ ])*[{UP}][\w'’-]+$"
)


def _listed_streets(text: str) -> list[Mention]:
    """ "locaties in Delft (dr. van Wolkemalaan, Kwarvikstraat, Molengracht)": in brackets after
    a place, or in a bracketed list with two streets or more, every item that ends in a strong
    street suffix is a street (a title and particles before its name included)."""
    found = []
    for m in BRACKET_LIST.finditer(text):
        items = list(re.finditer(r"[^,]+", m["items"]))
        streets = [i for i in items if _street_item(i[0].strip())]
        before = re.search(rf"((?:{CAP}[ ]?)+)[ ]*$", text[max(0, m.start() - 40) : m.start()])
        after_place = bool(before) and (
            before[1].strip() in places() or before[1].strip() in gazetteer()
        )
        if len(items) < 2 or not streets or not (after_place or len(streets) >= 2):
            continue
        for i in streets:
            lead = len(i[0]) - len(i[0].lstrip())
            start = m.start("items") + i.start() + lead
            item = i[0].strip()
            found.append(Mention(start, start + len(item), "ADRES", item, 0, "address"))
            found[-1].key = norm_name(item)
    return found


def _street_item(item: str) -> bool:
    """True for a list item that is a street's name without a number."""
    if not LISTED_STREET.match(item):
        return False
    last = item.split()[-1]
    low = last.lower()
    return (
        low.endswith(STRONG_STREET_SUFFIXES)
        and low not in STRONG_STREET_SUFFIXES
        and last not in NOT_STREETS
        and last not in places()
    )


def birth_date_mentions(text: str, learned: Learned, persons: list[Mention]) -> list[Mention]:
    """Birth dates (and years): by context, by a name just before, or learned in the dossier."""
    found = []
    name_starts: dict[int, set[int]] = {}  # end of a name -> its starts
    for p in persons:
        name_starts.setdefault(p.end, set()).add(p.start)
    for m in text_matches(DATE_RE, text):
        value = parse_any_date(m[0])
        if value is None:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        birth = bool(BIRTH_CONTEXT.search(before)) or value in learned.birth_dates
        if not birth:
            # "Lotte Visser (09-10-2008)", or "Lotte Visser, 9 oktober 2008" as the whole line's
            # start (after a "Kind: " label); "Notulen overleg wijkteam Oosterveld, 12 maart
            # 2024" is a heading with a meeting date, which stays (README: ordinary dates stay)
            pre = re.search(r"(\s*\(|,\s*)$", before)
            starts = name_starts.get(m.start() - len(pre[1]), set()) if pre else set()
            if starts:
                line_start = text.rfind("\n", 0, m.start()) + 1
                lead = re.match(rf"(?:[\w ()-]+:\s*)?(?={CAP})", text[line_start:])
                birth = pre[1].strip() == "(" or (
                    lead is not None and line_start + lead.end() in starts
                )
        if birth:
            found.append(Mention(m.start(), m.end(), "DATUM", m[0], 0, "birth-date"))
            found[-1].key = value.isoformat()
    for m in text_matches(YEAR_BIRTH_RE, text):
        found.append(Mention(m.start(1), m.end(1), "DATUM", m[1], 0, "birth-year", key=m[1]))
    return found
