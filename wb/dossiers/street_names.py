"""Streets named without a house number anywhere in a text: a capitalised word that ends in a
strong street suffix ("-straat", "-laan", "-weg", ...; not "-plein") and that neither the
dictionary nor the gazetteer knows ("de school aan de Kwarvikweg" is caught by context; "zoals
Kwarviklaan (De Bron)" has none). A dictionary word with such an ending stays ("Gaandeweg",
"Ontslaan", "Snelweg"), and so does a known place. A title or a person's initials before the
street are part of its name ("Architect Kwarviklaan", "dr. Kwarvikkade", "J.P. Kwarvikstraat")."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    NOT_STREETS,
    STREET_PREFIXES,
    UP,
    gazetteer,
    hunspell,
    is_dutch_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set, words

# "-plein" is left out: without a number it also names a platform or a meeting place
# ("Kennisplein", "Zorgplein", "Werkplein"); with one, or after "aan het", it is an address
STRONG_SUFFIXES = tuple(s for s in words("street_suffixes_strong.txt") if s != "plein")
STREET_WORD = re.compile(
    lead_first(rf"(?<![\w'’.-])[{UP}][a-zà-ÿ]+(?:{'|'.join(STRONG_SUFFIXES)})(?![\w'’@-])")
)
# initials or an abbreviated first name before a street named after a person ("J.P.", "Fred.")
ABBREVIATION = re.compile(rf"^(?:[{UP}][a-z]{{1,4}}\.|(?:[{UP}]\.){{1,3}})$")


def street_name_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Streets without a number that no other address rule found (``taken``): a capitalised
    word with a strong street suffix that is no dictionary word and no place, with the titles,
    initials and particles before it that belong to its name; at the fallback's tier, so a longer
    name found around it by another rule wins (unless a title or initials open it)."""
    found = []
    busy = bytearray(len(text))
    for m in taken:
        busy[m.start : m.end] = b"\x01" * (m.end - m.start)
    for m in STREET_WORD.finditer(text):
        word = m[0]
        low = word.lower()
        if any(busy[m.start() : m.end()]) or not _street_word(word, low):
            continue
        start = _name_start(text, m.start())
        # with a title or initials before it, a street's name for sure (tier 0, as an address
        # with its number); alone, at the fallback's tier 5, so that a longer name around it
        # found by another rule wins ("Amalia van Kwarvikstraat")
        tier = 0 if start < m.start() else 5
        found.append(Mention(start, m.end(), "ADRES", text[start : m.end()], tier, "street-name"))
        found[-1].key = norm_name(text[start : m.end()])
        found[-1].extra["street"] = word
    return found


@cache
def _square_rx() -> re.Pattern[str]:
    alone = "|".join(sorted(words("street_alone_words.txt"), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:op|aan)[ ](?:de|het)[ ](?P<w>{alone})(?![\w'’-])")


def square_names(text: str) -> list[Mention]:
    """ "op de Markt", "aan het Plein": a kind of square or street capitalised alone after a
    lowercase "op/aan de/het" is one town's square or street, an address (names69); so is the
    same word after a lowercase "de/het" elsewhere in that text ("(hierna: de Markt)"; names70)."""
    if not any(w in text for w in word_set("street_alone_words.txt")):
        return []
    found = []
    for m in _square_rx().finditer(text):
        found.append(_square(m.start("w"), m.end("w"), m["w"]))
    named = {m.text for m in found}
    if named:  # names70: "(hierna: de Markt)", "op onder meer de Markt": the same square
        alone = "|".join(sorted(named, key=len, reverse=True))
        at = {m.start for m in found}
        rx = rf"(?<![\w'’-])(?:de|het)[ ](?P<w>{alone})(?![\w'’-])"
        for m in re.finditer(rx, text):
            if m.start("w") not in at:
                found.append(_square(m.start("w"), m.end("w"), m["w"]))
    return found


def _square(start: int, end: int, word: str) -> Mention:
    mention = Mention(start, end, "ADRES", word, 2, "square-name")
    mention.key = norm_name(word)
    return mention


def _street_word(word: str, low: str) -> bool:
    """True for a street's one-word name: longer than its suffix, no dictionary word, no place."""
    suffix = next(s for s in STRONG_SUFFIXES if low.endswith(s))
    if len(low) < len(suffix) + 3 or word in NOT_STREETS:
        return False
    if word in places() or word in gazetteer():
        return False
    return not (low in hunspell().ordinary or is_dutch_word(low))


def _name_start(text: str, start: int) -> int:
    """Where the street's name begins: before the titles ("Architect", "dr."), initials and
    particles right before its last word on the same line, never at an article."""
    line_start = text.rfind("\n", 0, start) + 1
    # a bracket or quote glued before a title is no part of it: "(Vrouwe Kwarvikweg/..."
    tokens = list(re.finditer(r"[^\s(\[“‘\"]+", text[line_start:start]))
    k = len(tokens)
    while k > 0 and _name_part(tokens[k - 1][0]):
        k -= 1
    while k < len(tokens) and tokens[k][0].lower() in word_set("street_particles.txt"):
        k += 1  # "de Kwarviklaan", "van Kwarvikweg": an article or a preposition, no title
    if k == len(tokens):
        return start
    # the words kept must run right up to the street (only spaces between them)
    return line_start + tokens[k].start()


def _name_part(token: str) -> bool:
    """A title, initials or a particle that may stand in a street's name before its last word."""
    title = token[:1].upper() + token[1:]
    return (
        token in STREET_PREFIXES
        or (token.endswith(".") and title in STREET_PREFIXES)
        or token.lower() in word_set("street_particles.txt")
        or bool(ABBREVIATION.match(token))
    )
