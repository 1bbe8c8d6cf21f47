"""Local organisations found by the structure of their name, not by a word list.

* local parties: a compound ending in "belang", "belangen" or "partij" ("Dorpsbelang Zuid",
  "Ouderenpartij"), a capitalised "Belang" after a word ("Assens Belang"), "Lokaal" before a
  place ("Lokaal Assen") or an acronym glued to "lokaal" ("NZlokaal");
* a coined name of words joined by hyphens around a link word ("Samen-met-elkaar"), used where
  an organisation stands ("namens", "van", "bij"), at all its mentions, also written with spaces;
* a coined name with a full stop between two capitalised parts ("Sa.Men");
* a foundation or association whose name has "in" between capitalised words ("Stichting Muziek
  in Huis");
* a regional broadcaster: an acronym before "Nieuws" ("DT Nieuws"); a regional paper: a word
  before "Dagblad", "Courant" or "Nieuwsblad" ("het Friesch Dagblad");
* a regional branch: an acronym in capitals before a place or region ("KPG Drenthe").

National parties (``parties.txt``), national institutions and media (``institutions.txt``),
kept terms and national acronyms stay.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    TITLES,
    UP,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_dutch_word,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
    sentence_initial,
)
from wb.dossiers.local_news import local_news_mentions
from wb.dossiers.mentions import Mention
from wb.dossiers.org_phrases import in_dictionary
from wb.dossiers.org_regional import regional_mentions
from wb.dossiers.org_slots import national_parties
from wb.dossiers.org_words import head_of
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first
from wb.lang import word_set, words

COMPASS = "|".join(words("name_compass.txt"))
PARTY_COMPOUND = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<name>[{UP}][a-zë]{{2,}}(?:belangen|belang|partij))"
        rf"(?P<tail>[ ](?:{COMPASS}|{CAP}))?(?![\w'’-])"
    )
)
BELANG = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<name>{CAP}[ ]Belang)(?P<tail>[ ]{CAP})?(?![\w'’-])")
)
# "Belang en rol", "Belang van het kind": the noun opens a phrase with lowercase words
NOUN_PHRASE_AFTER = re.compile(r"[ ](?:en|van|voor|bij)[ ][a-z]")
_PARTY_CUE = re.compile(r"elang|artij|[Ll]okaal")
# "NZlokaal", "HNLokaal": a local party, an acronym of its place glued to "lokaal"
GLUED_LOKAAL = re.compile(r"(?<![\w'’.@/-])(?P<name>[A-Z]{1,4}[Ll]okaal)(?![\w'’@-]|\.[a-z])")
LOKAAL = re.compile(lead_first(rf"(?<![\w'’-])Lokaal[ ](?P<place>{CAP}(?:[ ]{CAP})?)(?![\w'’-])"))


def _kept(name: str) -> bool:
    return name in national_parties() or name in keep_terms() or name in institutions()


def _org(start: int, end: int, text: str, source: str, tier: int = 1) -> Mention:
    name = text[start:end]
    mention = Mention(start, end, "ORGANISATIE", name, tier, source, key=norm_name(name))
    mention.extra["short"] = name
    return mention


def _place_tail(tail: str | None) -> str:
    """A place or compass word after a party's name belongs to it ("Dorpsbelang Zuid")."""
    if not tail:
        return ""
    word = tail.strip()
    return tail if word in places() or word.lower() in COMPASS.split("|") else ""


def party_mentions(text: str) -> list[Mention]:
    """Local parties by the shape of their name (see the module docstring)."""
    found: list[Mention] = []
    if not _PARTY_CUE.search(text):
        return found
    for m in PARTY_COMPOUND.finditer(text):
        name = m["name"]
        if _kept(name) or re.match(r"[ ](?:voor|van)[ ]", text[m.end("name") :]):
            continue  # "Volkspartij voor Vrijheid en Democratie": a national party in full
        if in_dictionary(name) and sentence_initial(text, m.start()):
            continue  # "Partijbelang", "Volkspartij" at a sentence start: ordinary words
        if re.search(rf"[{UP}][\w-]*e[ ]$", text[max(0, m.start() - 30) : m.start()]):
            continue  # "de Christelijke Volkspartij": an adjective makes a longer name
        end = m.end("name") + len(_place_tail(m["tail"]))
        found.append(_org(m.start(), end, text, "party-shape"))
    for m in BELANG.finditer(text):
        first = m["name"].split()[0]
        if _kept(m["name"]) or is_stop_word(first) or first.lower() in TITLES:
            continue
        if sentence_initial(text, m.start()) and is_dutch_word(first.lower()):
            continue  # "Groot Belang" at a heading's start
        if re.search(lead_first(r"(?<![\w-])[Hh]et[ ]+$"), text[max(0, m.start() - 5) : m.start()]):
            continue  # "in het Algemeen Belang": the noun "belang" capitalised, no party
        if not m["tail"] and NOUN_PHRASE_AFTER.match(text, m.end()):
            continue  # "Achtergrond Belang van het kind": the noun in a heading
        end = m.end("name") + len(_place_tail(m["tail"]))
        found.append(_org(m.start(), end, text, "party-shape"))
    for m in GLUED_LOKAAL.finditer(text):
        if not _kept(m["name"]):
            found.append(_org(m.start(), m.end(), text, "party-shape"))
    for m in LOKAAL.finditer(text):
        place = m["place"]
        if _kept(m[0]) or _kept(f"Lokaal {place.split()[0]}"):
            continue  # a regional party with seats in provincial states
        if place in places() or place.split()[0] in places():
            end = m.end() if place in places() else m.start("place") + len(place.split()[0])
            found.append(_org(m.start(), end, text, "party-shape"))
    return found


# "Buddy-to-buddy": three or more parts joined by hyphens, a short link word in the middle
HYPHENED = re.compile(
    lead_first(rf"(?<![\w'’.-])[{UP}][a-z]{{2,}}(?:-[a-z]{{1,4}})+-[A-Za-z][a-z]{{2,}}(?![\w-])")
)
ORG_SLOT_BEFORE = re.compile(
    r"(?<![\w-])(?:namens|vanuit|van|bij|door|aan|met|voor|via)[ ]+$", flags=re.IGNORECASE
)


def hyphened_mentions(text: str) -> list[Mention]:
    """A coined name of hyphened words ("Samen-met-elkaar") that no dictionary knows, found at
    least once where an organisation stands (after "namens", "van", "bij") and once more in
    mid-sentence or at a sentence start: an organisation, at all its mentions (also with
    spaces: "Samen met Elkaar")."""
    found = []
    names: dict[str, list[re.Match[str]]] = {}
    for m in HYPHENED.finditer(text):
        names.setdefault(m[0].lower(), []).append(m)
    for low, hits in names.items():
        if len(hits) < 2 or is_dutch_word(low) or low in hunspell().ordinary:
            continue
        if _kept(hits[0][0]) or any(p in places() for p in hits[0][0].split("-")):
            continue
        if not any(ORG_SLOT_BEFORE.search(text, max(0, h.start() - 12), h.start()) for h in hits):
            continue
        spaced = re.compile(
            lead_first(
                r"(?<![\w'’-])" + r"[ ]".join(re.escape(p) for p in low.split("-")) + r"(?![\w'’-])"
            ),
            re.IGNORECASE,
        )
        # a spaced mention is the same name once the hyphened one is known: it wins over an
        # English title's KEEP ("Behoud Samen met Elkaar" in a motion's title)
        tiers = [(h, 1) for h in hits] + [(h, 0) for h in spaced.finditer(text)]
        for h, tier in tiers:
            if h[0][0].isupper():
                found.append(_org(h.start(), h.end(), text, "hyphened", tier=tier))
                found[-1].key = low
    return found


DOTTED = re.compile(
    lead_first(rf"(?<![\w.@/])(?P<a>[{UP}][a-z]{{1,10}})\.(?P<b>[{UP}][a-z]{{1,10}})(?![\w.@/])")
)


def dotted_mentions(text: str) -> list[Mention]:
    """ "Zo.Kom": two capitalised parts joined by a full stop without a space, the first short
    and no title, abbreviation, place or first name ("Mr.Smit", "Assen.Daarna"), the second no
    stop word ("Jan.Hij"): a coined organisation's name."""
    found = []
    abbreviations = word_set("month_abbreviations.txt")
    for m in DOTTED.finditer(text):
        first = m["a"].lower()
        if first in TITLES or first in abbreviations or first in ("dhr", "mw", "mevr", "st"):
            continue
        if len(first) > 5 or is_stop_word(m["b"]) or m["a"] in first_names():
            continue  # "Amsterdam.Daarna", "Jan.Hij": a sentence glued to the next one
        if m["a"] in places() or m["a"] in gazetteer():
            continue
        found.append(_org(m.start(), m.end(), text, "dotted", tier=2))
    return found


LEGAL_IN = re.compile(
    rf"(?<![\w'’-])(?:[Ss]tichting|[Vv]ereniging)[ ](?P<name>{CAP}(?:[ ]{CAP})?[ ]in[ ]{CAP})"
    rf"(?![\w'’-])"
)


def legal_form_in_mentions(text: str) -> list[Mention]:
    """ "Stichting Muziek in Huis": after a legal form, "in" between capitalised words is part
    of the name, unless a place follows it ("Stichting Kompas in Zwolle")."""
    found = []
    for m in LEGAL_IN.finditer(text):
        last = m["name"].split()[-1]
        if last in places() or last in gazetteer() or last in regions():
            continue  # "Stichting Kompas in Zwolle": the place is a place of its own
        if _kept(m["name"]):
            continue
        found.append(_org(m.start(), m.end("name"), text, "legal-in"))
        found[-1].extra["short"] = m["name"]
    return found


CREDIT = re.compile(r"(?:Foto|Beeld|Bron|Video)[ ]?:[ ]*$")
BROADCASTER = re.compile(
    lead_first(r"(?<![\w'’-])(?P<a>[A-Z][A-Za-z0-9]{0,3})[ ]Nieuws(?![\w'’-])")
)


def broadcaster_mentions(text: str) -> list[Mention]:
    """ "DT Nieuws", "Dtv Nieuws": an acronym or a short word no dictionary knows before "Nieuws"
    that is no national medium names a regional broadcaster (not in a photo or source credit)."""
    found = []
    for m in BROADCASTER.finditer(text):
        if _kept(m[0]) or _kept(m["a"]) or m["a"] in word_set("national_acronyms.txt"):
            continue
        if m["a"][1:].islower() and (in_dictionary(m["a"]) or is_stop_word(m["a"])):
            continue  # "Goed Nieuws", "Het Nieuws": ordinary words
        if CREDIT.search(text, max(0, m.start() - 12), m.start()):
            continue  # "Foto: DT Nieuws": the publisher's credit names no party to the case
        found.append(_org(m.start(), m.end(), text, "broadcaster"))
    return found


NEWSPAPER = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<a>{CAP})[ ](?:Dagblad|Courant|Nieuwsblad)(?![\w'’-])")
)
# "Dagblad van het Oosten", "Dagblad de Kwarlander": a paper named after its region, the title
# from its head on
NEWSPAPER_OF = re.compile(
    rf"(?<![\w'’-])(?:Dagblad|Courant|Nieuwsblad)[ ](?:van[ ](?:het[ ]|de[ ])?|[Dd]e[ ])"
    rf"{CAP}(?![\w'’-])"
)


def newspaper_mentions(text: str) -> list[Mention]:
    """ "het Friesch Dagblad", "de Leidsche Courant": a word before "Dagblad", "Courant" or
    "Nieuwsblad" names a regional paper, an organisation, and so do "Dagblad van het <X>" and
    "Dagblad de <X>";
    the national papers (``institutions.txt``: "Algemeen Dagblad") stay; a publisher's credit
    alone ("Foto: ...") makes none."""
    found = [
        _org(m.start(), m.end(), text, "newspaper")
        for m in NEWSPAPER_OF.finditer(text)
        if not _kept(m[0]) and not _kept(m[0].split(" ", 1)[1])  # "Dagblad De Telegraaf"
    ]
    for m in NEWSPAPER.finditer(text):
        if NEWSPAPER_OF.match(text, m.start() + len(m["a"]) + 1):
            continue  # "Artikel Dagblad van het Oosten": the word before is no part of it
        if (
            _kept(m[0])
            or is_stop_word(m["a"])
            or CREDIT.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        found.append(_org(m.start(), m.end(), text, "newspaper"))
    return found


BRANCH = re.compile(
    rf"(?<![\w'’-])(?P<a>[A-Z]{{2,5}})[ ](?P<place>{CAP}(?:[ ](?:en[ ])?{CAP}){{0,2}})"
    rf"(?![\w'’-])"
)


def branch_mentions(text: str) -> list[Mention]:
    """ "KPG Drenthe", "KPG Aa en Hunze": an acronym in capitals before a place or a region
    (all its capitalised words places or regions) is a regional organisation, replaced as a
    whole; a national network's acronym too ("GGD Drenthe"), also before words no dictionary
    knows ("GGD Amstel en Zaan"); not a national party or institution."""
    found = []
    for m in BRANCH.finditer(text):
        a = m["a"]
        if (
            _kept(a)
            or a in places()
            or a in regions()
            or re.search(r"\d[ ]?$", text[max(0, m.start() - 2) : m.start()])
        ):
            continue  # a national party or institution; "5041 LC Tilburg": a postcode
        end = _region_end(text, m)
        if end is None:
            continue
        if a.isupper() and text[max(0, m.start() - 40) : m.start()].isupper():
            continue  # a heading in capitals
        if _colophon_before().search(text, max(0, m.start() - 30), m.start()):
            continue  # "drukwerk KPG Opmeer, Den Haag": a colophon's firm, kept
        found.append(_org(m.start(), end, text, "branch"))
    return found


@cache
def _colophon_before() -> re.Pattern[str]:
    """A colophon's label right before a name ("drukwerk ", "Vormgeving: ")."""
    labels = longest_first(words("colophon_labels.txt"), space="[ ]")
    return re.compile(rf"(?<![\w-])(?i:{labels})[ ]*:?[ ]+$")


@cache
def _places_and_regions() -> frozenset[str]:
    return places() | regions()


def _region_end(text: str, m: re.Match[str]) -> int | None:
    """Where the longest run of words after a branch's acronym that names a region ends ("Aa en
    Hunze"; "Oss" in "SKO Oss en Stichting Kompas"), or None when none does."""
    known = _places_and_regions()
    words = list(re.finditer(r"\S+", m["place"]))
    for n in range(len(words), 0, -1):
        if words[n - 1][0] == "en":
            continue
        run = m["place"][: words[n - 1].end()]
        parts = [w for w in run.split() if w != "en"]
        if (
            len(parts) == len(run.split()) > 1
            and run not in known
            and all(w in places() for w in parts)
        ):
            continue  # "GGD Fryslân Tytsjerksteradiel": the region, then a place of its own
        network = (
            m["a"] in word_set("national_acronyms.txt")
            and not is_ordinary(parts[0])
            and not any(w in first_names() or head_of(w) for w in parts)
        )  # "KPG Amstel en Zaan": a national network's region, a word no dictionary knows
        if network or run in known or all(w in known or w in gazetteer() for w in parts):
            return m.start("place") + len(run)
    return None


# "de Dienst Wonen, Zorg en Samenleven": a service named by an enumeration of its domains
SERVICE = re.compile(
    rf"(?<![\w'’-])(?:de|der|van)[ ](?P<name>Dienst[ ]{CAP}(?:,[ ]{CAP})*[ ](?:en|&)[ ]{CAP})"
    rf"(?![\w'’-])"
)


def service_mentions(text: str) -> list[Mention]:
    """ "de Dienst Werk en Inkomen": "Dienst" in mid-sentence, then an enumeration of ordinary
    words (its domains), names a municipality's service; the Rijksoverheid's national services
    (``institutions.txt``) stay."""
    found = []
    for m in SERVICE.finditer(text):
        name = m["name"]
        domains = re.findall(rf"[{UP}][\w'’-]*", name)[1:]
        if _kept(name) or not all(is_ordinary(w) and not is_stop_word(w) for w in domains):
            continue
        found.append(_org(m.start("name"), m.end("name"), text, "service"))
    return found


# "de studiedag van Kempenonderwijs": a school board by its name
SCHOOL_BOARD = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<name>[{UP}][a-zë]{{2,}})onderwijs(?![\w'’-])")
)


def school_board_mentions(text: str) -> list[Mention]:
    """A compound of "onderwijs" that no dictionary knows, whose first part is no dictionary
    word either ("Kempenonderwijs"), is a school board; "Speciaalonderwijs" is an ordinary
    word written as one."""
    found = []
    for m in SCHOOL_BOARD.finditer(text):
        stem = m["name"]
        if in_dictionary(m[0]) or in_dictionary(stem) or is_stop_word(stem) or _kept(m[0]):
            continue
        found.append(_org(m.start(), m.end(), text, "school-board"))
    return found


def structure_mentions(text: str) -> list[Mention]:
    """All organisations this module finds by the structure of their name."""
    return (
        party_mentions(text)
        + hyphened_mentions(text)
        + dotted_mentions(text)
        + legal_form_in_mentions(text)
        + broadcaster_mentions(text)
        + newspaper_mentions(text)
        + local_news_mentions(text)
        + branch_mentions(text)
        + service_mentions(text)
        + school_board_mentions(text)
        + regional_mentions(text)
    )
