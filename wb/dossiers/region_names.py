"""Regions no gazetteer holds, found by their shape: a streek ("de Alblasserstreek"), an
elliptic pair before a known region ("Molen- en Zaanstreek"), a region named with its places in
brackets ("de Westkop (Harlingen, Meppel en Enkhuizen)"), a region's municipalities as one
compound ("de drie Lingegemeenten", and then "de Linge"), a region's code before "-gemeenten"
or "-rekenkamers" or after a care domain ("de K12-gemeenten", "Jeugdzorg H-10", and the code
elsewhere: "de K12-samenwerking") and a code after "gemeente" or "gemeenteraad" ("de
gemeenteraad NWV")."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    UP,
    gazetteer_regions,
    hunspell,
    institutions,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set

STREEK = re.compile(lead_first(rf"(?<![\w'’-])(?P<w>[{UP}][\w'’-]*?)streek(?![\w'’-])"))
PAIR = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<x>{CAP})(?:-[ ]|[ ])(?:en|&)[ ](?P<y>{CAP})(?![\w'’-])")
)
BRACKETED = re.compile(
    lead_first(rf"(?<![\w'’-])[Dd]e[ ](?P<r>{CAP})[ ]\((?P<list>[^()\n]{{3,120}})\)")
)
BRACKET_ITEM = re.compile(r"[ ]*(?:,|\ben\b|&)[ ]*")
MUNICIPALITIES = re.compile(lead_first(rf"(?<![\w'’-])(?P<p>[{UP}][\w'’]*?)gemeenten?(?![\w'’-])"))
CODE_MUNICIPALITIES = re.compile(
    r"(?<![\w'’-])(?P<c>[A-Z]{1,3}-?[0-9]{1,3})-(?P<h>[a-z]+)(?:\([a-z]+\)[a-z]*)?(?![\w'’-])"
)
# "Jeugdzorg H-10", "jeugdhulp H10": a code after a care domain or organisation head word
CODE_AFTER_HEAD = re.compile(
    lead_first(
        r"(?<![\w'’-])(?P<h>[A-Za-z][a-z]+)[ ](?P<c>[A-Z]{1,3}-[0-9]{1,3}|[A-Z]{1,3}[0-9]{1,3})"
        r"(?![\w'’]|-[A-Z0-9])"
    )
)
CODE_AFTER = re.compile(
    lead_first(r"(?<![\w-])[Gg]emeente(?:raad)?[ ]+(?P<c>[A-Z]{2,4})(?![\w'’&-])")
)


def region_mentions(text: str) -> list[Mention]:
    """Regions by their shape (see the module's docstring), at tier 2: a guess of a person or
    organisation in the same words does not split them."""
    found = _streken(text) + _pairs(text) + _bracketed(text) + _municipality_compounds(text)
    found += _codes(text) + _glued_regions(text) + _acronyms_among_places(text)
    return found


PLACE_LIST = re.compile(
    lead_first(
        r"(?<![\w'’-])(?P<items>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?"
        r"(?:,[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)*[ ]en[ ][A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?)"
        r"(?![\w'’-])"
    )
)
PLACE_LIST_SPLIT = re.compile(r",[ ]|[ ]en[ ]")


def _acronyms_among_places(text: str) -> list[Mention]:
    """ "Den Haag, WVOLV en Zoetermeer": in a list of three items or more whose other items are
    all known places, an acronym in capitals that no list knows is a place too (the
    abbreviation of a group of municipalities)."""
    found = []
    national = _national()
    for m in PLACE_LIST.finditer(text):
        items, pos = [], m.start("items")
        for part in PLACE_LIST_SPLIT.split(m["items"]):
            start = text.index(part, pos)
            items.append((start, start + len(part), part))
            pos = start + len(part)
        if len(items) < 3:
            continue
        codes = [i for i in items if re.fullmatch(r"[A-Z]{3,6}", i[2]) and i[2] not in national]
        rest = [i for i in items if i not in codes]
        if not codes or len(rest) < 2:
            continue
        if all(i[2] in places() or i[2] in gazetteer_regions() for i in rest):
            found += [_place(s, e, text, "region-code") for s, e, _ in codes]
    return found


GLUED_REGION = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<p>[{UP}][\w'’]+(?:-[{UP}][\w'’]+)*)-(?P<h>[a-z]+)(?![\w'’-])")
)


def _glued_regions(text: str) -> list[Mention]:
    """ "De Haaglanden-gemeenten": a known place or region glued to a word of
    ``region_code_heads.txt`` is the place, also at a sentence start."""
    found = []
    for m in GLUED_REGION.finditer(text):
        name = m["p"]
        if not any(m["h"].startswith(h) for h in _code_heads()):
            continue
        if name in places() or name in regions() or name in gazetteer_regions():
            found.append(_place(m.start("p"), m.end("p"), text, "region-shape"))
    return found


def _place(start: int, end: int, text: str, source: str) -> Mention:
    mention = Mention(start, end, "PLAATS", text[start:end], 2, source)
    mention.key = norm_name(text[start:end])
    return mention


def _plain_word(word: str) -> bool:
    """True for an ordinary word that is no name ("Kust", "Boven")."""
    return is_ordinary(word) and not is_known_name(word) and word not in hunspell().proper


def _streken(text: str) -> list[Mention]:
    """ "de Alblasserstreek": a capitalised word ending in "streek" whose first part is no
    ordinary word ("Kuststreek", "Grensstreek" stay) or is a known place."""
    if "streek" not in text:
        return []
    found = []
    for m in STREEK.finditer(text):
        head = m["w"].rstrip("-")
        if len(head) < 3 or (_plain_word(head) and head not in places()):
            continue
        if m[0] in keep_terms() or m[0] in institutions():
            continue
        found.append(_place(m.start(), m.end(), text, "region-shape"))
    return found


def _pairs(text: str) -> list[Mention]:
    """ "Molen en Zaanstreek", "Molen- en Zaanstreek": a capitalised word and "en" right before
    a known region of one word is the first half of its name, when the region is a streek or
    the word ends in the dash of an elliptic compound, and the word is no place, no function
    word, no institution and no kept term ("het Rijk en Friesland" stays two); a compass word
    before a region with a compass word is an elided region ("Oost en Zuidoost-Brabant")."""
    found = []
    compass = word_set("name_compass.txt")
    for m in PAIR.finditer(text):
        x, y = m["x"], m["y"]
        head, _, rest = y.partition("-")
        if x.lower() in compass and head.lower() in compass and rest:
            # "Oost en Zuidoost-Brabant": a compass word before a region with another compass
            # word is the elided "Oost-Brabant" when that is a known region
            if f"{x}-{rest}" in places() or f"{x}-{rest}" in gazetteer_regions():
                found.append(_place(m.start(), m.end(), text, "region-shape"))
            continue
        if y not in _one_word_regions():
            continue
        if not (y.endswith("streek") or text[m.end("x")] == "-"):
            continue
        if x in places() or x in regions() or is_stop_word(x) or x in keep_terms():
            continue
        if x in institutions():
            continue
        found.append(_place(m.start(), m.end(), text, "region-shape"))
    return found


@cache
def _one_word_regions() -> frozenset[str]:
    return frozenset(r for r in gazetteer_regions() | regions() if " " not in r and "-" not in r)


def _bracketed(text: str) -> list[Mention]:
    """ "in de Westkop (Harlingen, Meppel en Enkhuizen)": a capitalised word after "de" with two
    or more known places in brackets behind it names their region."""
    if "(" not in text:
        return []
    known = places() | gazetteer_regions()
    from wb.dossiers.entity_data import gazetteer

    found = []
    for m in BRACKETED.finditer(text):
        items = [i.strip() for i in BRACKET_ITEM.split(m["list"]) if i.strip()]
        hits = sum(i in known or i in gazetteer() for i in items)
        if hits < 2 or hits * 2 < len(items):
            continue
        region = m["r"]
        if region.lower() in hunspell().ordinary or is_stop_word(region):
            continue  # "de gemeenten (Delft, Leiden)": an ordinary word, the places follow
        if region in keep_terms() or region in institutions():
            continue
        found.append(_place(m.start("r"), m.end("r"), text, "region-shape"))
    return found


def _municipality_compounds(text: str) -> list[Mention]:
    """ "de drie Lingegemeenten": a compound of a name and "gemeenten" in mid-sentence, whose
    first part is a name (the dictionary's, a known place, or no ordinary word), is a place; the
    first part alone after "de" elsewhere in the text is its region ("CJG de Linge")."""
    if "emeente" not in text:
        return []
    found = []
    for m in MUNICIPALITIES.finditer(text):
        prefix = m["p"]
        if len(prefix) < 3 or sentence_initial(text, m.start()):
            continue
        title = prefix[:1] + prefix[1:].lower() if prefix.isupper() else prefix
        if _plain_word(title) or is_stop_word(prefix) or prefix in keep_terms():
            continue
        if title.lower() in word_set("name_compass.txt"):
            continue  # "de Noordgemeenten": a direction, no name
        found.append(_place(m.start(), m.end(), text, "region-shape"))
        found[-1].key = norm_name(prefix)  # the region's municipalities: one with the region
        if prefix.isupper():
            continue
        for r in re.finditer(
            lead_first(rf"(?<![\w'’-])[Dd]e[ ](?P<r>{re.escape(prefix)})(?![\w'’-])"), text
        ):
            found.append(_place(r.start("r"), r.end("r"), text, "region-shape"))
    return found


def _codes(text: str) -> list[Mention]:
    """ "de K12-gemeenten", "de H10-rekenkamers": a region's code glued to a word of
    ``region_code_heads.txt`` is a place, here and wherever the code stands in the text, with
    or without its hyphen ("de K12-samenwerking", "K-12"); so is a code after a capitalised care
    domain or organisation head in a text about municipalities ("Jeugdzorg H-10"), and a code
    of capitals after "gemeente" or "gemeenteraad" ("de gemeenteraad NWV"). Not a national
    body's acronym or a party."""
    if "emeente" not in text and not CODE_MUNICIPALITIES.search(text):
        return []
    national = _national()
    codes = {
        _code_key(m["c"])
        for m in CODE_MUNICIPALITIES.finditer(text)
        if any(m["h"].startswith(h) for h in _code_heads())
    }
    codes |= {_code_key(m["c"]) for m in CODE_AFTER_HEAD.finditer(text) if _code_head(m["h"])}
    codes = {c for c in codes if c not in national and c.upper() not in national}
    found = []
    for m in CODE_ANY.finditer(text) if codes else ():
        if _code_key(m[0]) in codes:
            found.append(_place(m.start(), m.end(), text, "region-code"))
            found[-1].key = _code_key(m[0])  # "H-10" and "H10": one region
    for m in CODE_AFTER.finditer(text):
        if m["c"] not in national and m["c"] not in codes:
            found.append(_place(m.start("c"), m.end("c"), text, "region-code"))
    return found


CODE_ANY = re.compile(r"(?<![\w'’-])[A-Z]{1,3}-?[0-9]{1,3}(?![\w'’]|-[A-Z0-9])")


def _code_key(code: str) -> str:
    """A region code's key, the same with and without its hyphen ("H-10", "H10")."""
    return code.replace("-", "")


@cache
def _code_heads() -> tuple[str, ...]:
    """Starts of the lowercase words a region's code is glued to ("K12-gemeenten",
    "H10-rekenkamers"; ``region_code_heads.txt``)."""
    return tuple(sorted(word_set("region_code_heads.txt")))


def _code_head(word: str) -> bool:
    """True for a capitalised care domain or organisation head before a region's code
    ("Jeugdzorg H-10", "Inkoopbureau H-10"), not a document's part ("Bijlage B2")."""
    from wb.dossiers.org_words import head_of

    low = word.lower()
    return low in word_set("org_domains.txt") or head_of(word) is not None


@cache
def _national() -> frozenset[str]:
    """Acronyms of national bodies and parties, institutions and kept terms: no region's code."""
    national = word_set("national_acronyms.txt") | word_set("parties.txt")
    return national | frozenset(institutions()) | frozenset(keep_terms())
