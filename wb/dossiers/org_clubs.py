"""Sports and play clubs named after their kind's abbreviation (``club_kinds.txt``): "SV ’t
Kwarveld", "VV Kwarstad", "SV K.W.J.": the abbreviation and the name after it are one
organisation, the name also when it is a village's ("SV ’t Zandt" names the club, not the
place), an article with it or a dotted acronym."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    UP,
    gazetteer,
    institutions,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.role_places import joined_place_end
from wb.lang import word_set, words


@cache
def _club_rx() -> re.Pattern:
    kinds = "|".join(sorted(words("club_kinds.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?:{kinds})[ ](?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?"
        rf"[{UP}](?:[\w'’-]*[\w]|(?:\.[{UP}])+\.?)(?:[ ][{UP}][\w'’-]*[\w])?)(?![\w'’-])"
    )


def club_mentions(text: str) -> list[Mention]:
    """ "SV ’t Kwarveld", "VV Kwarstad": a club's kind and its name, one organisation."""
    found = []
    for m in _club_rx().finditer(text):
        if re.search(r"\d{4}[ ]?$", text[max(0, m.start() - 6) : m.start()]):
            continue  # "1234 SC Kwarstad": a postcode's letters, no club
        name = m["name"]
        if name.split()[0].isupper() and "." not in name:
            continue  # "SC BERGDORP": a postcode's letters before a town in capitals
        parts = name.split()
        if len(parts) > 1 and parts[-1][0].isupper() and is_stop_word(parts[-1]):
            name = name[: name.rindex(" ")]  # "SV De Kwak Ook ...": the next sentence's word
        if is_stop_word(name.split()[-1]) or name in keep_terms():
            continue
        end = m.start("name") + len(name)
        span = text[m.start() : end]
        mention = Mention(m.start(), end, "ORGANISATIE", span, 1, "club", key=norm_name(span))
        bare = re.sub(r"^(?:['’]t|De|Het)[ ]", "", name)
        if not any(n in places() or n in gazetteer() for n in (name, bare)):
            mention.extra["short"] = name  # not "’t Zandt" alone: the village, no club
        found.append(mention)
    return found + association_mentions(text) + quoted_venue_mentions(text) + kind_word_clubs(text)


@cache
def _kind_word_rx() -> re.Pattern:
    kinds = "|".join(sorted(words("club_kind_words.txt"), key=len, reverse=True))
    cap = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])(?i:{kinds})[ ][\"“‘']?"
        rf"(?P<name>(?:St\.[ ]|Sint[ ]|['’]t[ ]|De[ ]|Het[ ])?{cap}(?:[ ]{cap})?)(?![\w'’-])"
    )


def kind_word_clubs(text: str) -> list[Mention]:
    """ "fanfare St. Kwarcilia", "harmonie De Kwak", "het koor Kwarlando": a kind of music
    society, choir or guild (``club_kind_words.txt``) and the capitalised name after it: the name
    is the society, the kind stays readable (names70); not a place, a stop word, a kept term, an
    institution or a national name."""
    from wb.dossiers.org_words import kept_terms, national_name

    low = text.lower()
    if not any(k in low for k in word_set("club_kind_words.txt")):
        return []
    found = []
    for m in _kind_word_rx().finditer(text):
        parts = m["name"].split()
        while len(parts) > 1 and is_stop_word(parts[-1]):
            parts.pop()  # "harmonie Kwak Ook ...": the next sentence's word
        name = " ".join(parts)
        bare = re.sub(r"^(?:St\.|Sint|['’]t|De|Het)[ ]", "", name)
        if bare == name and (is_stop_word(name) or name.isupper()):
            continue
        if any(n in places() or n in gazetteer() for n in (name, bare)):
            continue  # "fanfare Kwarstad": the town's, read by the place rules
        if name in kept_terms() or name in institutions() or national_name(name):
            continue
        s = m.start("name")
        mention = Mention(s, s + len(name), "ORGANISATIE", name, 2, "club-kind")
        mention.key, mention.extra["short"] = norm_name(name), name
        found.append(mention)
    return found


@cache
def _association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    name = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])[{UP}][a-zë]{{3,}}(?:{heads})[ ]"
        rf"(?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?{name}(?:[ ]{name}){{0,2}})(?![\w'’-])"
    )


# "Katwijk aan den Rijn", "Kwarwijk aan Zee": a place's name on its water, after a known place
ON_WATER = re.compile(rf"[ ]aan[ ](?:den?[ ]|het[ ])?[{UP}][\w'’]+(?![\w'’-])")


def _place_with_water(text: str, start: int, end: int) -> int | None:
    """Where a place of several words ends that starts with the known place ``text[start:end]``
    ("Alphen aan den Rijn", "Katwijk aan den Rijn"), else None."""
    if text[start:end] not in places():
        return None
    joined = joined_place_end(text, start)
    if joined:
        return joined
    m = ON_WATER.match(text, end)
    return m.end() if m and not is_stop_word(m[0].split()[-1]) else None


def association_mentions(text: str) -> list[Mention]:
    """ "Voetbalvereniging Kwarstad", "Speeltuinvereniging ’t Kwakkeltje": a capitalised
    compound on a club's or association's kind (``club_compound_heads.txt``) and the
    capitalised name after it are one organisation, also when the name is a village's (the
    village alone is then no short form); not a national name or a kept term."""
    from wb.dossiers.org_words import kept_terms, national_name

    found = []
    for m in _association_rx().finditer(text):
        parts = m["name"].split()
        while parts and (is_stop_word(parts[-1]) or parts[-1] in ("De", "Het")):
            parts.pop()  # "Voetbalvereniging Kwarstad Ook ...": the next sentence's word
        if not parts or all(p in ("'t", "’t") for p in parts):
            continue
        name = " ".join(parts)
        end = m.start("name") + len(name)
        place_end = _place_with_water(text, end - len(parts[-1]), end)
        if place_end:  # "Oranjevereniging Katwijk aan den Rijn": the whole place (names70)
            name, end = text[m.start("name") : place_end], place_end
        start = m.start()
        if parts[0] in ("'t", "’t", "De", "Het"):
            # "Speeltuinvereniging ’t Kwakkeltje": the kind and article stay, as a school's
            start = m.start("name") + len(parts[0]) + 1
        span = text[start:end]
        if span in kept_terms() or name in kept_terms() or national_name(span):
            continue
        mention = Mention(start, end, "ORGANISATIE", span, 1, "association", key=norm_name(span))
        bare = re.sub(r"^(?:['’]t|De|Het)[ ]", "", name)
        if not place_end and not any(n in places() or n in gazetteer() for n in (name, bare)):
            mention.extra["short"] = bare
        found.append(mention)
    return (
        found + _caps_associations(text) + _compass_associations(text) + _lower_associations(text)
    )


@cache
def _lower_association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    cap = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])[a-zë]{{3,}}(?:{heads})[ ]"
        rf"(?P<name>{cap}(?:[ ](?:(?:de|het|van|der|den|voor|op|aan|’t|'t)[ ])?{cap}){{0,2}})"
        rf"(?![\w'’-])"
    )


def _lower_associations(text: str) -> list[Mention]:
    """ "de wandelvereniging Voor de Kwak": a lowercase club compound and the capitalised name
    after it: the name alone is the club (names69); not a name in capitals (an acronym, read by
    the acronym rules), a place (the place rules read "voetbalvereniging Kwarstad"), a kept term,
    institution or national name, a stop word alone."""
    from wb.dossiers.org_words import kept_terms, national_name

    if not any(h in text for h in word_set("club_compound_heads.txt")):
        return []
    found = []
    for m in _lower_association_rx().finditer(text):
        parts = m["name"].split()
        while parts and parts[-1][0].isupper() and is_stop_word(parts[-1]):
            parts.pop()  # "de schaakvereniging Kwak Ook ...": the next sentence's word
        name = " ".join(parts)
        if not parts or name.isupper() or parts[0].isupper() or is_stop_word(name):
            continue
        if name in places() or name in gazetteer() or parts[0] in places():
            continue
        if name in kept_terms() or name in institutions() or national_name(name):
            continue
        s = m.start("name")
        mention = Mention(s, s + len(name), "ORGANISATIE", name, 2, "association")
        mention.key, mention.extra["short"] = norm_name(name), name
        found.append(mention)
    return found


@cache
def _compass_association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?:Noord|Oost|Zuid|West)(?:oost|west)?elijke[ ][{UP}][a-zë]{{2,}}(?:{heads})"
        rf"(?![\w'’-])"
    )


def _compass_associations(text: str) -> list[Mention]:
    """ "Oostelijke Kwarbond", "Noordelijke Kwarvereniging": a compass adjective before a club
    compound names a regional association, whole (names69); not a kept term or national name."""
    from wb.dossiers.org_words import kept_terms, national_name

    if "elijke " not in text:
        return []
    found = []
    for m in _compass_association_rx().finditer(text):
        if m[0] in kept_terms() or national_name(m[0]):
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "association")
        mention.key, mention.extra["short"] = norm_name(m[0]), m[0]
        found.append(mention)
    return found


@cache
def _caps_association_rx() -> re.Pattern:
    heads = "|".join(sorted((w.upper() for w in words("club_compound_heads.txt")), key=len))
    name = rf"[{UP}][{UP}'’-]*[{UP}]"
    return re.compile(
        rf"(?<![\w'’-])(?P<adj>[{UP}]{{3,}}E[ ])?[{UP}]{{4,}}(?:{heads})[ ]"
        rf"(?P<q>[\"“‘'])?(?P<name>{name}(?:[ ]{name}){{0,2}})(?![\w-])(?!['’]\w)"
    )  # names70: a place's adjective before it, the name in quotes


def _caps_associations(text: str) -> list[Mention]:
    """ "VOETBALVERENIGING KWARSTAD": the same shape in capitals (a ruling's parties), kind and
    name whole (names69), with a place's adjective in capitals before it and the name's quotes
    ('KWARSTADSE VOLKSTUINVERENIGING "KWARLEDE"'; names70); not a name of stop words only, a
    kept term or a national name."""
    from wb.dossiers.org_words import kept_terms, national_name

    if not any(h.upper() in text for h in word_set("club_compound_heads.txt")):
        return []
    found = []
    for m in _caps_association_rx().finditer(text):
        parts = m["name"].split()
        while parts and is_stop_word(parts[-1].title()):
            parts.pop()  # "VOETBALVERENIGING KWARSTAD EN ...": the phrase goes on
        if not parts:
            continue
        end = m.start("name") + len(" ".join(parts))
        if m["q"] and end == m.end("name") and text[end : end + 1] in "\"”’'":
            end += 1  # 'VOLKSTUINVERENIGING "KWARLEDE"': the quotes with the name
        start = m.start()
        if m["adj"] and is_stop_word(m["adj"].strip().title()):
            start = m.start() + len(m["adj"])  # "DEZE VERENIGING ...": no adjective of a name
        span = text[start:end]
        titled = span.title()
        if titled in kept_terms() or national_name(titled):
            continue
        mention = Mention(start, end, "ORGANISATIE", span, 1, "association", key=norm_name(span))
        name = " ".join(parts)
        if m["q"] and name.title() not in places():
            mention.extra["short"] = name  # '"KWARLEDE"' alone later: the same club (names70)
        found.append(mention)
    return found


@cache
def _quoted_venue_rx() -> re.Pattern:
    heads = "|".join(sorted(words("venue_compound_heads.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])[a-zë]{{3,}}(?:{heads})[ ][‘'\"“](?P<article>(?:De|Het|['’]t)[ ])?"
        rf"(?P<name>[{UP}][\w'’-]*[\w](?:[ ][{UP}][\w'’-]*[\w])?)[’'\"”](?![\w])"
    )


def quoted_venue_mentions(text: str) -> list[Mention]:
    """ "clubhuis ‘De Kwak’", "buurthuis 'Het Anker'": a lowercase compound on a building's kind
    (``venue_compound_heads.txt``) and a quoted capitalised name: the name without its article
    is the venue (ORGANISATIE), also when it is a word of the dictionary; not a kept term or
    a place."""
    from wb.dossiers.org_words import kept_terms

    found = []
    for m in _quoted_venue_rx().finditer(text):
        name = m["name"]
        if is_stop_word(name.split()[0]) or name in kept_terms() or name in places():
            continue
        mention = Mention(m.start("name"), m.end("name"), "ORGANISATIE", name, 1, "quoted-venue")
        mention.key = norm_name(name)
        found.append(mention)
    return found
