"""Fixed-shape identifiers the base patterns of :mod:`wb.dossiers.identifiers` miss.

* "aan de Brasem in Kwarlo": one capitalised word after a lowercase "aan de/het" and before
  "in" or "te" and a known place is a street without a suffix (and the same word after a
  lowercase "de/het" elsewhere in that text: "bij de Brasem");
* "+31 (0)20 1234567info@kwar.nl": an e-mail address glued to the phone number before it starts
  where the number ends.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    NOT_STREETS,
    UP,
    gazetteer,
    hunspell,
    institutions,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention

LOCATED_IN = re.compile(
    rf"(?<![\w'’-])aan[ ](?:de|het)[ ](?P<w>[{UP}][a-zà-ÿ]{{2,}})"
    rf"(?=[ ]+(?:in|te)[ ]+(?P<place>(?:'s-)?[{UP}][\w'’-]+))"
)


def located_streets(text: str, taken: list[Mention]) -> list[Mention]:
    """ "het CJG aan de Brasem in Kwarlo": a capitalised word between a lowercase "aan de/het"
    and "in/te" and a known place, that the text never writes in lowercase and that is no stop
    word, kept term, institution or place, is a street; so is that word after a lowercase
    "de/het" elsewhere in the text. Words that another rule found (``taken``) are left alone."""
    busy = bytearray(len(text))
    for m in taken:
        busy[m.start : m.end] = b"\x01" * (m.end - m.start)
    known = places() | gazetteer()
    named = set()
    for m in LOCATED_IN.finditer(text):
        word = m["w"]
        if m["place"] not in known or any(busy[m.start("w") : m.end("w")]):
            continue
        if word in NOT_STREETS or word in known or is_stop_word(word):
            continue
        if word in keep_terms() or word in institutions():
            continue
        if word.lower() not in hunspell().ordinary and is_ordinary(word):
            continue  # "aan het Kwarleeskampioenschap in ...": a compound names an event
        if re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text):
            continue  # "aan de Hogeschool in ... een hogeschool": an ordinary noun
        named.add(word)
    found = []
    for word in sorted(named):
        rx = rf"(?<![\w'’-])(?:de|het)[ ](?P<w>{re.escape(word)})(?![\w'’-])"
        for m in re.finditer(rx, text):
            if any(busy[m.start("w") : m.end("w")]):
                continue
            mention = Mention(m.start("w"), m.end("w"), "ADRES", word, 2, "located-street")
            mention.key = norm_name(word)
            mention.extra["street"] = word
            found.append(mention)
    return found


def unglue_emails(found: list[Mention]) -> None:
    """An e-mail address whose local part starts inside a phone number ("+31 (0)20
    1234567info@kwar.nl") starts where the number ends (the page lost the space between them)."""
    phones = [m for m in found if m.type == "TELEFOON"]
    for mail in found:
        if mail.type != "EMAIL":
            continue
        at = mail.start + mail.text.find("@")
        for phone in phones:
            if phone.start < mail.start < phone.end < at:
                cut = phone.end - mail.start
                mail.start, mail.text = phone.end, mail.text[cut:]
                mail.key = mail.text.lower()


# a number's own label before it: a register's, a court case's or a legal entity's number
OTHER_NUMBER_LABEL = re.compile(
    r"(?i)(?:registratie|zaak|rekest|dossier|kvk-?|kamer\s?van\s?koophandel|factuur|order)"
    r"(?:nummer|nr\.?)\b[^\n\d]{0,25}$|\b(?:rsin|kvk|lrk)\b[^\n\d]{0,5}$"
)


def other_number(text: str, start: int, end: int) -> bool:
    """True for nine digits that pass the 11-proef but are another register's number: after
    its label ("Registratienummer 123456782", "zaaknummer gerechtshof 200.123.456", "RSIN ...")
    or with a case's suffix ("200.123.456/01", "201812345/1/A2", "200.123.456-01")."""
    if re.match(r"/\d|-\d{2}(?!\d)", text[end : end + 3]):
        return True
    return bool(OTHER_NUMBER_LABEL.search(text, max(0, start - 40), start))
