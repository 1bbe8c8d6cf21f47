"""Sports and play clubs named after their kind's abbreviation (``club_kinds.txt``): "SV ’t
Kwarveld", "VV Kwarstad", "SV K.W.J.": the abbreviation and the name after it are one
organisation, the name also when it is a village's ("SV ’t Zandt" names the club, not the
place), an article with it or a dotted acronym."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    gazetteer,
    institutions,
    is_dutch_word,
    is_known_name,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.regex_lead import lead_first
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
    found += dotted_clubs(text)  # names-orgs3
    return found + association_mentions(text) + quoted_venue_mentions(text) + kind_word_clubs(text)


# "v.v. Kwarveld", "s.v. De Kwak": a club's kind abbreviation written with dots in lowercase
DOTTED_CLUB = re.compile(
    rf"(?P<kind>[a-z](?<![\w.][a-z])\.(?:[a-z]\.){{1,3}})[ ]"
    rf"(?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?[{UP}][\w'’-]*[\w](?:[ ][{UP}][\w'’-]*[\w])?)"
    rf"(?![\w'’-])"
)


def dotted_clubs(text: str) -> list[Mention]:
    """ "bij v.v. Kwar Kwak": a club's kind abbreviation of ``club_kinds.txt`` in lowercase with
    dots and the capitalised name after it: the name is the club, the kind stays readable
    (names-orgs3); not a place, a stop word, a kept term or an institution."""
    if "." not in text:
        return []
    kinds = word_set("club_kinds.txt")
    found = []
    for m in DOTTED_CLUB.finditer(text):
        if m["kind"].replace(".", "").upper() not in kinds:
            continue
        parts = m["name"].split()
        while len(parts) > 1 and is_stop_word(parts[-1]):
            parts.pop()  # "v.v. Kwak Ook ...": the next sentence's word
        name = " ".join(parts)
        bare = re.sub(r"^(?:['’]t|De|Het)[ ]", "", name)
        if is_stop_word(bare) or name in keep_terms() or name in institutions():
            continue
        if any(n in places() or n in gazetteer() for n in (name, bare)):
            continue  # "v.v. Kwarstad": the town's, read by the place rules
        s = m.start("name")
        mention = Mention(s, s + len(name), "ORGANISATIE", name, 1, "club", key=norm_name(name))
        mention.extra["short"] = name
        found.append(mention)
    return found


@cache
def _kind_word_rx() -> re.Pattern:
    kinds = "|".join(sorted(words("club_kind_words.txt"), key=len, reverse=True))
    cap = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])(?i:{kinds})[ ][\"“‘']?"
        rf"(?P<name>(?:St\.[ ]|Sint[ ]|['’]t[ ]|De[ ]|Het[ ])?{cap}(?:[ ](?:en[ ])?{cap})?)"
        rf"(?![\w'’-])"
    )  # "Harmonie Nut en Vermaak": two words joined by "en" (names-orgs3)


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
        # "Toneelgroep X": the kind capitalised is part of the name; not a table's header cell
        # ("Gilde Koning | Periode": the guild's king)
        titled = m[0][:1].isupper() and not re.match(r"[ \t]*\|", text[m.end() : m.end() + 3])
        if bare == name and (is_stop_word(name) or (name.isupper() and not titled)):
            continue
        if name.isupper() and not CLUB_ACRONYM.fullmatch(name):
            continue  # "Toneelgroep VVO" (names-orgs3), not a run of capitals
        if any(n in places() or n in gazetteer() for n in (name, bare)):
            continue  # "fanfare Kwarstad": the town's, read by the place rules
        if name in kept_terms() or name in institutions() or national_name(name):
            continue
        s = m.start("name")
        start = m.start() if titled else s  # "Schutterij Sint Jan": kind and name (names-orgs3)
        span = text[start : s + len(name)]
        tier = 1 if titled else 2  # whole, over its learned short form (tier 1)
        mention = Mention(start, s + len(name), "ORGANISATIE", span, tier, "club-kind")
        mention.key, mention.extra["short"] = norm_name(name), name
        if named_club_word(name):
            mention.extra["named_short"] = name  # "bij Eensgezindheid" later (names-orgs3)
        found.append(mention)
    return found


# "Toneelgroep VVO": an acronym of two to five capitals as a club's name after its kind
CLUB_ACRONYM = re.compile(rf"[{UP}]{{2,5}}")


def named_club_word(name: str) -> bool:
    """True for one capitalised dictionary word as a club's name after its kind ("Toneelgroep
    Eensgezindheid", "IJsvereniging Eensgezind"): its bare mentions are the club too (a learned
    short form); not a stop word, a known name, a place or a word in capitals."""
    return (
        " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and is_dutch_word(name.lower())
        and not is_stop_word(name)
        and not is_known_name(name)
        and name not in places()
    )


def stop_word_name(name: str, text: str, end: int) -> bool:
    """True for two or three capitalised words that are all stop words ("Steeds Vooruit") after a
    club compound, followed by a lowercase word, a punctuation mark or the line's end: the club's
    name, no next sentence's words."""
    parts = name.split()
    if len(parts) < 2 or any(p in ("De", "Het", "'t", "’t") for p in parts):
        return False
    return re.match(rf"[ ]+[{LOW}]|[ ]*[.,;:)\n]|[ ]*$", text[end : end + 3]) is not None


@cache
def _association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    name = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])(?:IJ[a-zë]+|[{UP}][a-zë]{{3,}})(?:{heads})[ ]"
        rf"(?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?{name}(?:[ ]{name}){{0,2}})(?![\w'’-])"
    )  # "IJsvereniging X": the Dutch capital IJ opens the compound (names-orgs3)


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
        if not parts and stop_word_name(m["name"], text, m.end()):
            parts = m["name"].split()  # "Politiehondenvereniging Steeds Vooruit" (names-orgs3)
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
            if named_club_word(bare):
                mention.extra["named_short"] = bare  # "IJsvereniging Eensgezind" (names-orgs3)
        found.append(mention)
    found += quoted_associations(text) + adjective_associations(text)  # names-orgs3
    return (
        found + _caps_associations(text) + _compass_associations(text) + _lower_associations(text)
    )


@cache
def _quoted_association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    name = rf"[{UP}][\w'’-]*[\w]"
    return re.compile(
        rf"(?<![\w'’-])(?:IJ[a-zë]+|[{UP}][a-zë]{{3,}})(?:{heads})[ ][‘\"“']"
        rf"(?P<name>(?:['’]t[ ]|De[ ]|Het[ ])?{name}(?:[ ]{name}){{0,2}})[’\"”'](?![\w])"
    )


def quoted_associations(text: str) -> list[Mention]:
    """ "Oranjevereniging ‘Kwarstad’": a capitalised club compound and a quoted name are one
    organisation with the quotes, also when the name is a place's (names-orgs3); the name alone
    is a short form unless it is a place; not a kept term or a national name."""
    from wb.dossiers.org_words import kept_terms, national_name

    if not any(q in text for q in "‘\"“'"):
        return []
    if not any(h in text for h in word_set("club_compound_heads.txt")):
        return []
    found = []
    for m in _quoted_association_rx().finditer(text):
        name = m["name"]
        if is_stop_word(name) or name in kept_terms() or national_name(name):
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "association")
        mention.key = norm_name(m[0])
        bare = re.sub(r"^(?:['’]t|De|Het)[ ]", "", name)
        if not any(n in places() or n in gazetteer() for n in (name, bare)):
            mention.extra["short"] = name
        found.append(mention)
    return found


# " (hierna: KLC)", " (KLC)": a short form defined right after a name
DEFINED_AFTER = re.compile(rf"[ ]\((?:hierna(?:[ ]te[ ]noemen)?:?[ ])?[\"“‘']?[{UP}]")


@cache
def _adjective_association_rx() -> re.Pattern:
    heads = "|".join(sorted(words("club_compound_heads.txt"), key=len, reverse=True))
    return re.compile(
        lead_first(
            rf"(?<![\w'’-])(?P<adj>[{UP}][a-zà-ÿ]+se)[ ](?:IJ[a-zë]+|[{UP}][a-zë]{{2,}})"
            rf"(?:{heads})(?![\w'’-])"
        )
    )


def adjective_associations(text: str) -> list[Mention]:
    """ "Kwarstadse Luchtvaartclub (hierna: KLC)": the adjective of a known place before a
    capitalised club compound, with a short form defined right after it, names one local club,
    whole (names-orgs3); without the definition it is that place's club of that kind ("de
    Kwarstadse Oranjevereniging": the adjective alone is replaced, as a place's); not a
    country's adjective (no place), a kept term or a national name."""
    from wb.dossiers.org_words import kept_terms, national_name
    from wb.dossiers.place_adjectives import place_of_adjective

    if "se " not in text or not any(h in text for h in word_set("club_compound_heads.txt")):
        return []
    found = []
    for m in _adjective_association_rx().finditer(text):
        if not place_of_adjective(m["adj"]) or m[0] in kept_terms() or national_name(m[0]):
            continue
        if not DEFINED_AFTER.match(text, m.end()):
            continue  # "de Harense Oranjevereniging": the place's club of that kind, no name
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "association")
        mention.key, mention.extra["short"] = norm_name(m[0]), m[0]
        found.append(mention)
    return found


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
