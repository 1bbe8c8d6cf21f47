"""Address shapes the base street rules of :mod:`wb.dossiers.identifiers` miss (names-addr).

* an addition after a house number is part of the number ("Kwarvikstraat 12 bis", "12-hs",
  "12 III", "5a-b", "8 - 10"): the address ends after it, so no part of the home stays
  readable (``house_number_additions.txt``);
* a cue word for an address before a street and its number ("verhuisde naar de Kwarvik 22",
  ``address_cues.txt``) makes a street without a street-kind suffix an address, as "woont"
  and "adres" already do (``entity_data.STREET_CONTEXT``);
* a street and number before a postcode after a separator of a letterhead or footer
  ("Kwarvik 14 | 1234 AB Kwarlo", "Kwarvik 14 - 1234 AB", "Kwarvik 14 • 1234 AB") is an
  address, as one before a comma is;
* a street and number right after "gevestigd te <place>," or "wonende te <place>," ("De
  stichting is gevestigd te Zwolle, Kwarvik 14.") is an address.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    NOT_STREETS,
    STREET_PREFIXES,
    UP,
    gazetteer,
    institutions,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.lang import word_set

# a street's words: up to three capitalised words (particles between them), the last its name
_STREET = (
    rf"(?P<street>(?:[{UP}][\w'’.-]*[ ](?:(?:van|de|der|den|het|ter|ten)[ ])*){{0,2}}"
    rf"[{UP}][\w'’-]+)"
)
_NUMBER = r"(?P<n>\d{1,5}[a-zA-Z]?)(?![\w])"


@cache
def _cue_rx() -> re.Pattern[str]:
    cues = "|".join(sorted(word_set("address_cues.txt"), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w-])(?:{cues})(?![\w-])[^.\n;:!?]{{0,40}}$")


def address_cue_before(text: str, start: int, word: str, number: str) -> bool:
    """True when a cue word for an address stands in the 50 characters before ``start`` in the
    same clause ("verhuisde naar de Kwarvik 22"; a colon ends the clause) and the street's last
    ``word`` is no stop word, ordinary word, kept term or institution, and ``number`` no year."""
    if not _cue_rx().search(text, max(0, start - 50), start):
        return False
    if re.fullmatch(r"(?:1[89]|20)\d\d", number) or text[start:].startswith(f"{word} {number}/"):
        return False  # "In 2015", "JIN 2018/27": a year or a reference's number
    if is_stop_word(word) or is_ordinary(word) or word.isupper():
        return False
    return word not in keep_terms() and word not in institutions()


@cache
def _addition_rx() -> re.Pattern[str]:
    words = "|".join(sorted(word_set("house_number_additions.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?:[ ]?-[ ]?|[ ])(?:{words})(?![\w-])"  # "12 bis", "12-hs", "12 III"
        r"|(?<=\d[a-zA-Z])-[a-zA-Z](?![\w-])"  # "5a-b"
        r"|[ ]?[-–][ ]?\d{1,4}[a-zA-Z]?(?![\w-]|[.,:]\d|[ ]?(?:uur|u\.|jaar|%|[A-Z]{2}\b))"
    )


def extend_house_numbers(text: str, found: list[Mention]) -> None:
    """An address that ends in its house number ends after the number's addition ("12 bis")."""
    for m in found:
        if m.type != "ADRES" or not re.search(r"\d[a-zA-Z]?$", text[m.start : m.end]):
            continue
        for _ in range(2):
            more = _addition_rx().match(text, m.end)
            if not more:
                break
            m.end = more.end()
        if m.end - m.start != len(m.text):
            m.text = text[m.start : m.end]
            m.key = norm_name(m.text)


SEPARATED = re.compile(
    rf"(?<![\w'’-]){_STREET}[ ]+{_NUMBER}(?=[ ]*[|•·–-][ ]*[1-9]\d{{3}}[ ]?[A-Z]{{2}}(?![\w]))"
)
PLACE_FIRST = re.compile(
    rf"(?i:(?<![\w-])(?:gevestigd|wonende|wonend|woonachtig|kantoorhoudende))[ ]+te[ ]+"
    rf"(?:'s-)?[{UP}][\w'’-]+(?:[ ][{UP}][\w'’-]+)?,[ ]+{_STREET}[ ]+{_NUMBER}"
)


def _street_name(text: str, m: re.Match[str]) -> Mention | None:
    """The address of a match with a street and a number, unless its last word is a place, a
    word that is never a street, a stop word, a kept term or an institution."""
    last = m["street"].split()[-1]
    if last in NOT_STREETS or last in places() or last in gazetteer() or is_stop_word(last):
        return None
    if last in keep_terms() or last in institutions():
        return None
    spans = list(re.finditer(r"\S+", m["street"]))
    k = len(spans) - 1
    while k > 0 and (spans[k - 1][0] in STREET_PREFIXES or spans[k - 1][0].islower()):
        k -= 1  # "Burg. Kwarviklaan", "van Kwarvikweg": a person's street; else the name alone
    while k < len(spans) - 1 and spans[k][0].islower():
        k += 1
    start = m.start("street") + spans[k].start()
    mention = Mention(start, m.end("n"), "ADRES", text[start : m.end("n")], 0, "address")
    mention.key = norm_name(mention.text)
    mention.extra["street"] = text[start : m.end("street")]
    return mention


def separated_addresses(text: str, taken: list[Mention]) -> list[Mention]:
    """A street and number before a postcode after "|", "-", "•" (a letterhead's line) or
    after "gevestigd te <place>," that no other address rule found (``taken``)."""
    found = []
    busy = bytearray(len(text))
    for m in taken:
        busy[m.start : m.end] = b"\x01" * (m.end - m.start)
    for rx in (SEPARATED, PLACE_FIRST):
        for m in rx.finditer(text):
            if any(busy[m.start("street") : m.end("n")]):
                continue
            mention = _street_name(text, m)
            if mention:
                found.append(mention)
    return found
