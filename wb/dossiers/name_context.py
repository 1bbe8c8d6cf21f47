"""Names found by their context rather than by a word list: bylines and author lines ("Door Anna
Smit"), a name + particles + surname ("Vanda van der Kooi", whatever "Kooi" means in the
dictionary), words in positions where only persons stand ("zegt X", "aldus X"), places by their
shape ("'s-Hertogenbosch"), after "in", "uit", "te" in mid-sentence (a capitalised word there
names something, even when the dictionary knows it), in a list with known places, and adjectives
of a place ("Helmondse" -> Helmond); a regional body ("Regio Twente"); English titles that stay
("Follow the Money")."""

from __future__ import annotations

import re
from functools import cache

from wb.corpus.metadata import MONTHS
from wb.dossiers.entity_data import (
    AGE_UNIT,
    CAP,
    INITIALS,
    ROLES,
    TITLES,
    UP,
    first_names,
    gazetteer,
    hunspell,
    institutions,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    regions,
    sentence_initial,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.name_caps_members import caps_members
from wb.dossiers.org_member_compounds import compound_member_parties
from wb.dossiers.org_party_short_forms import national_short_form
from wb.dossiers.org_words import head_of
from wb.dossiers.person_parts import (
    BARE_PREPOSITIONS,
    low_particles,
    particle_re,
    person,
    surname_re,
)
from wb.dossiers.person_roles import portfolio_after
from wb.dossiers.place_article_names import article_place_mentions
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.word_index import longest_first
from wb.lang import table, word_set, words

SPEECH_VERBS = "|".join(map(re.escape, words("name_speech_verbs.txt")))
COMPASS = "|".join(map(re.escape, words("name_compass.txt")))
WEEKDAYS = frozenset(words("weekdays.txt"))
ENGLISH_LINK = r"(?:the|and|for|with|of the|to|in the|on the)"
ENGLISH_TITLE = re.compile(
    lead_first(
        rf"(?<![\w'’-]){CAP}(?:[ ]{CAP})*(?:[ ]{ENGLISH_LINK}[ ]{CAP}(?:[ ]{CAP})*)+(?![\w'’-])"
    )
)
PLACE_SHAPE = re.compile(
    lead_first(rf"(?<![\w'’-])['’][sS][- ](?P<word>[{UP}][\w]+)(?:-[{UP}][\w]+)*(?![\w-])")
)  # "'s-Hertogenbosch", also "'s Hertogenbosch" (not "'s Nachts": an ordinary word)
# "het Vlaamse Gewest", "het Waals Gewest": a region named by its adjective and "Gewest"
REGION_NOUN = re.compile(r"(?:[ ]Hoofdstedelijk)?[ ]Gewest(?![\w'’-])")
DATELINE = re.compile(
    rf"(?m)^(?P<place>[{UP}][{UP}'’-]+(?:[ ][{UP}][{UP}'’-]+)?)[ ]+"
    rf"(?:[-–][ ]+(?=[{UP}])|(?P<quote>(?=[\"“„][{UP}])))"
)


@cache
def _blocked() -> frozenset[str]:
    """Capitalised words that never make a person's name: institutions' words, kept terms,
    titles and role words."""
    words = {w for term in institutions() for w in term.split()}
    words |= {w for term in keep_terms() for w in term.split() if w[:1].isupper()}
    words |= {w.capitalize() for w in (*TITLES, *ROLES)}
    return frozenset(words)


@cache
def _national_acronyms() -> frozenset[str]:
    """Acronyms of national institutions and generic services ("GGZ", "JGZ"): in brackets after
    a name they say what it is, no local party."""
    return frozenset(words("national_acronyms.txt"))


def _name_start(word: str) -> bool:
    """A word that may start a person's name: a known first name, or a capitalised word that
    is no ordinary word, no place and no kept term."""
    if word in first_names():
        return True
    return (
        not (is_ordinary(word) or word in places() or word in _blocked() or is_stop_word(word))
        and not word.isupper()
    )


def _surname_word(word: str) -> bool:
    """A capitalised word that may end a person's name (ordinary words too: "Gordijn")."""
    return not (is_stop_word(word) or word in _blocked() or word in places() or word.isupper())


@cache
def _byline_rx() -> re.Pattern:
    name = rf"{CAP}(?:[ ]{surname_re()}){{1,3}}"
    return re.compile(
        rf"(?m)^[ \t]*(?P<lead>(?:[Dd]oor|[Tt]ekst|[Aa]uteur|[Rr]edactie)[ ]*:?[ ]+|@)?"
        rf"(?P<name>{name})[ \t]*(?=$|[ ]+\d[\d:./ ,-]*$|[ ]*,[ ]*\d)"
    )


@cache
def _chain_rx() -> re.Pattern:
    part = particle_re()
    return re.compile(
        lead_first(rf"(?<![\w'’@.-])(?P<first>{CAP})(?P<rest>(?:[ ](?:{part}))+[ ]+{CAP})(?![\w-])")
    )


@cache
def _speech_rx() -> re.Pattern:
    name = surname_re()
    return re.compile(
        rf"(?<![\w-])(?:{SPEECH_VERBS})[ ]+(?P<name>{name}(?:[ ]{name})?)(?=[ ]*[.,;:!?\n])"
    )


@cache
def _age_surname_rx() -> re.Pattern:
    age = rf"[ ]\((?:\d{{1,3}}){AGE_UNIT}\)"
    return re.compile(
        lead_first(
            rf"(?<![\w'’-])(?P<first>{CAP}){age}(?:[ ](?:en|&)[ ](?P<second>{CAP}){age})?"
            rf"[ ](?P<surname>{surname_re()})(?![\w-])"
        )
    )


def _age_surnames(text: str) -> list[Mention]:
    """ "Peter (41) en Mirelle (40) Veldhuizen", "Anna (9) de Wit": a capitalised word right
    after a first name and an age is the surname."""
    found = []
    for m in _age_surname_rx().finditer(text):
        firsts = [w for w in (m["first"], m["second"]) if w]
        if not all(_name_start(w) for w in firsts):
            continue
        last = m["surname"].split()[-1]
        if not _surname_word(last) or last.lower() in MONTHS or last.lower() in WEEKDAYS:
            continue
        mention = person(text, m.start("surname"), m.end("surname"), 3, "age-surname")
        if mention:
            mention.first, mention.surname = "", norm_name(m["surname"])
            found.append(mention)
    return found


@cache
def _party_rx() -> re.Pattern:
    parties = longest_first(words("parties.txt"))
    name = surname_re()
    return re.compile(
        rf"(?<![\w'’-])(?P<name>{name}(?:[ ]{name})?)[ ]\((?:{parties})(?:,[^)\n]{{0,40}})?\)"
    )


@cache
def _members_rx() -> re.Pattern:
    name = surname_re()
    return re.compile(
        rf"(?<![\w-])(?:[Hh]et[ ]lid|[Dd]e[ ]leden)[ ]+(?P<a>{name})"
        rf"(?:[ ]+en[ ]+(?P<b>{name}))?(?![\w-])"
    )


@cache
def _signature_rx() -> re.Pattern[str]:
    """A committee's signature line: "De voorzitter van de commissie, Van Meenen"."""
    return re.compile(
        r"(?im)^[ \t]*(?:de[ \t]+)?(?:adjunct-)?(?:voorzitter|griffier)[ \t]+van[ \t]+de"
        r"[ \t]+(?:vaste[ \t]+)?commissie,[ \t]+(?-i:(?P<name>(?:(?:[Vv]an|[Dd]e[nr]?|[Tt]e[nr])"
        r"[ \t]+)*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?))[ \t]*$"
    )


def _committee_signatures(text: str) -> list[Mention]:
    """ "De voorzitter van de commissie, Meenen": the name that signs for a committee (chair,
    clerk) is a person, even when it is an ordinary word ("Burger", "Post")."""
    found = []
    for m in _signature_rx().finditer(text):
        mention = person(text, m.start("name"), m.end("name"), 2, "signature")
        if mention:
            found.append(mention)
    return found


def _party_members(text: str) -> list[Mention]:
    """ "Ceder (ChristenUnie)", "Bos (CDA, Goes)": a name before a party in brackets; "de
    leden Ceder en Bos", "het lid Smit": names after the members of a parliament or council."""
    found = []
    spans = [(m.start("name"), m.end("name")) for m in _party_rx().finditer(text)]
    for m in _members_rx().finditer(text):
        spans += [(m.start(g), m.end(g)) for g in ("a", "b") if m[g] and not _of_body(m[g])]
    for s, e in spans:
        base = s
        for w in re.finditer(r"\S+", text[base:e]):
            if w[0].lower() in ROLES:  # "van het Kamerlid Kuiken (PvdA)": the name after it
                s = base + w.end() + 1
        if s >= e:
            continue
        # "Van der Vlies (SGP)": the particles are no part of the check
        caps = [w for w in text[s:e].split() if w[0].isupper() and w.lower() not in low_particles()]
        if caps and any(w.lower() in _vacancy_words() for w in caps):
            continue  # "Vacature (SGP)": a seat without a member
        if caps and all(_surname_word(w) for w in caps):
            mention = person(text, s, e, 3, "party")
            if mention:
                found.append(mention)
    return found + caps_members(text)


def _of_body(name: str) -> bool:
    """True for "van de Klachtadviescommissie" after "de leden": a lowercase "van" and an article
    before ordinary words that no list knows as a name are the members of a body, no surname."""
    words = name.split()
    if len(words) < 3 or words[0] != "van" or words[1] not in ("de", "het"):
        return False
    return all(is_ordinary(w) and not is_known_name(w) for w in words[2:])


@cache
def _vacancy_words() -> frozenset[str]:
    """Words that stand where a member's name would in a member list ("Vacature")."""
    return word_set("member_vacancies.txt")


@cache
def _local_party_rx() -> re.Pattern:
    return re.compile(
        # (a match starts where a run of non-spaces starts, or right after the ")" that ended
        # the match before, as without the lookbehinds; they spare a scan from every
        # position inside a word)
        rf"(?:(?<!\S)|(?<=\)))(?P<before>\S+)[ ](?P<name>{CAP}(?:[ ]{CAP})?)[ ]"
        rf"\((?P<a>[{UP}][{UP}a-z0-9&]{{1,7}})(?:,[^)\n]{{0,40}})?\)"
    )


def local_party_mentions(text: str) -> list[Mention]:
    """ "wethouder Carla Smit (LKP)": an acronym in brackets after a person's name that is no
    national party names a local party, a local organisation (replaced, and reused as a short
    form)."""
    found = []
    national = frozenset(words("parties.txt")) | _blocked() | _national_acronyms()
    for m in _local_party_rx().finditer(text):
        acronym = m["a"]
        if sum(ch.isupper() for ch in acronym) < 2 or acronym in national:
            continue
        if national_short_form(acronym):  # "(GrLi)": GroenLinks, cut
            continue
        if acronym in keep_terms() or acronym in institutions():
            continue
        first = m["name"].split()[0]
        if not _name_start(first) and m["before"].lower() not in ROLES:
            continue  # a known first name or another word that may start a name
        mention = Mention(m.start("a"), m.end("a"), "ORGANISATIE", acronym, 1, "local-party")
        mention.key = norm_name(acronym)
        mention.extra["short"] = acronym
        found.append(mention)
    return found


@cache
def _member_party_rx() -> re.Pattern:
    roles = "|".join(sorted(words("party_member_roles.txt"), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?i:{roles})[ ](?:(?:van|namens)[ ])?(?P<a>[{UP}][{UP}a-z0-9&]{{1,7}})"
        r"(?![\w-])"
    )


def member_party_mentions(text: str) -> list[Mention]:
    """ "raadslid LBK", "fractievoorzitter namens LKP": an acronym that is no national party
    right after a council member's role word names a local party (replaced, and reused)."""
    found = []
    national = frozenset(words("parties.txt")) | _blocked()
    for m in _member_party_rx().finditer(text):
        acronym = m["a"]
        if sum(ch.isupper() for ch in acronym) < 2 or acronym in national:
            continue
        if national_short_form(acronym):  # "(GrLi)": GroenLinks, cut
            continue
        if acronym in keep_terms() or acronym in institutions():
            continue
        mention = Mention(m.start("a"), m.end("a"), "ORGANISATIE", acronym, 1, "local-party")
        mention.key = norm_name(acronym)
        mention.extra["short"] = acronym
        found.append(mention)
    return found + compound_member_parties(text)  # "KWP-raadslid" (names-orgs3)


NAME_BEFORE = re.compile(lead_first(rf"(?<![\w'’.-]){CAP}[ ]$"))
COORDINATED = re.compile(lead_first(rf"(?<![\w'’-])(?P<a>{CAP})[ ]en[ ](?P<b>{CAP})(?![\w'’-])"))


def _coordinated_names(text: str) -> list[Mention]:
    """ "Rijk en Lex namen ...": a capitalised word joined by "en" to a known first name is a
    name too, even when it is a dictionary word (not a plural: "Ouders en Anna")."""
    found = []
    for m in COORDINATED.finditer(text):
        a, b = m["a"], m["b"]
        if b not in first_names() or a in first_names() or len(a) > 8:
            continue
        if a.endswith(("en", "s")) or a in places() or not _surname_word(a):
            continue
        if NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Marly Kiewak en Inge Kwarvik": the second word of a name, no first name
        mention = person(text, m.start("a"), m.end("a"), 4, "coordinated")
        if mention:
            mention.first, mention.surname = a, ""
            found.append(mention)
    return found


@cache
def _bracketed_first_rx() -> re.Pattern:
    return re.compile(
        rf"(?<![\w.-])(?P<initials>{INITIALS})[ ]?\((?P<first>{CAP})\)[ ]"
        rf"(?P<surname>{surname_re()})(?![\w-])"
    )


def _bracketed_first_names(text: str) -> list[Mention]:
    """ "J. (Jeroen) Brokke", "S.D. (Sabrina) van den Heuvel" (council lists): initials, the
    first name in brackets (starting with one of the initials) and the surname are one person,
    whatever the names mean."""
    found = []
    for m in _bracketed_first_rx().finditer(text):
        last = m["surname"].split()[-1]
        if m["first"][0] not in m["initials"] or is_stop_word(m["first"]):
            continue  # the first name (a "roepnaam") starts with one of the initials
        if not (_surname_word(last) or last in places()):
            continue  # "K. (Kees) van Tiel": a town is a surname here too
        mention = Mention(m.start(), m.end(), "PERSOON", m[0], 3, "bracketed-first")
        mention.first, mention.initials = m["first"], m["initials"]
        mention.surname = norm_name(m["surname"])
        mention.gender = first_names().get(m["first"], "")
        found.append(mention)
    return found


NAME_GOES_ON = re.compile(r"[ ]+(?:van|voor|der|de|[A-Z])")


def _second_first_name(word: str, m: re.Match) -> bool:
    """True when the capitalised word before a particle chain is a known first name, the
    chain's first word no dictionary word, and its particles more than one word ("Anne Martien
    van der Does"): a second first name, not a surname before "van" = of."""
    return (
        word in first_names()
        and not is_ordinary(m["first"])
        and len(m["rest"].split()) > 2
        and m["rest"].split()[0] in ("van", "de", "ter", "ten")
        and m["rest"].split()[-1] not in _blocked()
        and not NAME_GOES_ON.match(m.string, m.end())  # "Jan Stams van de Universiteit van X"
    )


def _capital_particle_before(text: str, m: re.Match, before: re.Match) -> bool:
    """True for a capitalised "Van" mid-sentence right before a particle chain whose first word
    is no first name ("bureau Van Eijck van der Lubbe"): Dutch spelling capitalises a surname's
    "Van" when no first name or initial precedes it, so it opens the same (double) surname."""
    return (
        before[1] == "Van"
        and m["first"] not in first_names()
        and not sentence_initial(text, m.start() - len(before[0]))
    )


def person_context_mentions(text: str) -> list[Mention]:
    """Persons by context: bylines, name + particles + surname, after a verb of saying, a
    surname after a first name and an age, a name before a party, a word joined to a first
    name by "en"."""
    found: list[Mention] = _age_surnames(text) + _party_members(text)
    found += _committee_signatures(text)
    found += _coordinated_names(text) + _bracketed_first_names(text)
    for m in _byline_rx().finditer(text):
        words = m["name"].split()
        caps = [w for w in words if w[0].isupper()]
        if not _name_start(words[0]) or not all(_surname_word(w) for w in caps[1:]):
            continue
        if m["lead"] is None and len(caps) > 3:
            continue
        mention = person(text, m.start("name"), m.end("name"), 3, "byline")
        if mention:
            found.append(mention)
    for m in _chain_rx().finditer(text):
        last = m["rest"].split()[-1]
        before = re.search(rf"({CAP})[ ]+$", text[max(0, m.start() - 40) : m.start()])
        start = m.start()
        if before and not is_stop_word(before[1]) and not sentence_initial(text, m.start()):
            if not _second_first_name(before[1], m):
                continue  # "Saskia Bruines van Jeugdzaken": a surname, then "van" = of
            start = m.start() - len(before[0])  # "Anne Martien van der Does": two first names
        elif before and _capital_particle_before(text, m, before):
            start = m.start() - len(before[0])  # "bureau Van Eijck van der Lubbe": one name
        if m["rest"].split()[0] == "van" and portfolio_after(m["rest"].split()[1:]):
            continue  # "staatssecretaris Ross van Volksgezondheid": of a portfolio
        # "Adri van Montfoort": after a name and "van", a town is a surname too ("te" is no
        # particle there: "Albers te Alkmaar")
        town = m["rest"].split()[0] == "van" and last in places() and last not in regions()
        if len(m["rest"].split()) == 2 and m["rest"].split()[0] in BARE_PREPOSITIONS:
            continue  # "zegt Hilde uit Genk": a bare preposition before a place, no particle
        surname = _surname_word(last) or town
        if _name_start(m["first"]) and surname and not is_ordinary(m["first"]):
            mention = person(text, start, m.end(), 3, "particle-chain")
            if mention:
                found.append(mention)
    for m in _speech_rx().finditer(text):
        caps = [w for w in m["name"].split() if w[0].isupper()]
        if caps and all(_surname_word(w) for w in caps):
            mention = person(text, m.start("name"), m.end("name"), 4, "speech")
            if mention:
                found.append(mention)
    return found


# --- places ---------------------------------------------------------------------------------

PLACE_ADJECTIVE = re.compile(
    lead_first(rf"(?<![\w'’-])(?P<stem>[{UP}][a-zà-ÿ]{{2,}}?)(?P<suffix>se|ers?|aars?)(?![\w'’-])")
)
# "in heel X", "uit geheel X": the place of the whole region
WEAK_TRIGGER = re.compile(
    rf"(?<![\w-])(?:in|uit|naar|te)[ ]+(?:(?:heel|geheel)[ ]+)?(?P<place>{CAP})(?![\w'’-])"
)


@cache
def place_adjectives() -> dict[str, str]:
    """Irregular adjectives and inhabitants of places ("Zeeuwse" -> Zeeland)."""
    return dict(table("place_adjectives.txt", 2))


def _place_of_stem(stem: str, names: frozenset[str]) -> str | None:
    """The place an adjective's stem belongs to: "Helmond", "Leid" -> "Leiden",
    "Amsterdamm" -> "Amsterdam", "Haag" -> "Den Haag"."""
    candidates = [stem, stem + "en", "Den " + stem, stem + stem[-1] + "e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    return next((c for c in candidates if c in names), None)


@cache
def _longer_names() -> dict[str, tuple[str, ...]]:
    """Places of the shape "X aan/op/bij/in ..." by their first word ("Egmond" -> "Egmond aan
    Zee")."""
    heads: dict[str, list[str]] = {}
    for name in places():
        first, _, rest = name.partition(" ")
        if rest.split(" ")[0] in ("aan", "op", "bij", "in"):
            heads.setdefault(first, []).append(name)
    return {k: tuple(v) for k, v in heads.items()}


def _longer_in_text(place: str, text: str) -> str:
    """ "Egmondse ouders" in a text about "Egmond aan Zee": the longer name the text
    uses for the place of an adjective, else the place itself."""
    return next((n for n in _longer_names().get(place, ()) if n in text), place)


def place_context_mentions(text: str, learned: Learned | None = None) -> list[Mention]:
    """Places by shape ("'s-Gravenhage"), place adjectives, and a capitalised word after "in",
    "uit", "te" in mid-sentence that is no kept term (the dictionary may know it)."""
    names = places() | (frozenset(learned.places) if learned else frozenset())
    found: list[Mention] = []
    # "HEDEL - Toen ze ...", 'EPE "Het ...': a news article's place
    for m in DATELINE.finditer(text):
        titled = m["place"].title()
        if titled in _blocked() or m["place"] in _blocked() or len(m["place"]) < 3:
            continue
        known = titled in places() or titled in gazetteer()
        # "BERGEN "Het mooie weer ...": a quote after the place only when the place is known
        if known or (m["quote"] is None and not is_ordinary(titled)):
            found.append(Mention(m.start(), m.end("place"), "PLAATS", m["place"], 4, "dateline"))
            found[-1].key = norm_name(titled)
    for m in PLACE_SHAPE.finditer(text):
        if " " in m[0][:3] and is_dutch_word(m["word"].lower()):
            continue
        found.append(Mention(m.start(), m.end(), "PLAATS", m[0], 4, "place-shape"))
        shape = m[0].replace("’", "'")
        found[-1].key = norm_name(shape[:2] + "-" + shape[3:])  # "'s Hertogenbosch" = "'s-..."
    found += article_place_mentions(text)
    adjectives = place_adjectives()
    compass = "|".join(w.capitalize() for w in words("name_compass.txt"))
    irregular = rf"(?<![\w'’-])(?:(?P<c>{compass})-)?(?P<a>{'|'.join(adjectives)})(?![\w'’-])"
    for m in re.finditer(irregular, text):
        if sentence_initial(text, m.start()) and m[0].lower() in hunspell().ordinary:
            continue  # "Fries" starting a sentence may be the language
        end = m.end()
        if REGION_NOUN.match(text, end):
            end = REGION_NOUN.match(text, end).end()  # "het Vlaamse Gewest": the region
        found.append(Mention(m.start(), end, "PLAATS", text[m.start() : end], 4, "place-adjective"))
        place = adjectives[m["a"]]  # "West-Friese": the region West-Friesland
        found[-1].key = norm_name(f"{m['c']}-{place}" if m["c"] else place)
    for m in PLACE_ADJECTIVE.finditer(text):
        word = m[0]
        if word in names or word in _blocked() or word in adjectives:
            continue
        place = _place_of_stem(m["stem"], names)
        if place is None:
            continue
        if sentence_initial(text, m.start()) and word.lower() in hunspell().ordinary:
            continue
        if (
            " " in place
            and word.endswith("s")
            and is_dutch_word(word[:-1].lower())
            and not _title_or_role_before(text, m.start())
        ):
            continue  # "Burgers vragen": a plural of the dictionary, not of "Den Burg"
        found.append(Mention(m.start(), m.end(), "PLAATS", word, 4, "place-adjective"))
        found[-1].key = norm_name(_longer_in_text(place, text))
    for m in WEAK_TRIGGER.finditer(text):
        word = m["place"]
        if sentence_initial(text, m.start()) or word in _blocked() or is_stop_word(word):
            continue
        if word.isupper() or len(word) < 4 or word in first_names():
            continue
        before = re.search(r"(\S+)[ ]+\S+[ ]+$", text[max(0, m.start() - 40) : m.start("place")])
        if m[0].startswith("naar") and before and before[1][:1].isupper():
            continue  # "Van Afstand naar Verbinding": a title
        if (
            word not in names
            and is_dutch_word(word.lower())
            and _titled_word_before(text, m.start())
        ):
            continue  # "als Zorg in Natura": a Title Case term of Dutch words, no place
        if PARTICIPLE.match(word.lower()) and is_dutch_word(word.lower()):
            if word not in names and word not in gazetteer():
                continue  # "3 uit Samengevat komen": a participle (a heading run in), no place
        if re.match(r"[ ]+[\w]", text[m.end() :]) and text[m.end() + 1 : m.end() + 2].isupper():
            continue  # "in Jeugdzorg Nederland": a longer name, other rules decide
        if re.match(r"[ ]*&[ ]*[A-Z]", text[m.end() :]) and word not in names:
            continue  # "in Bowling & Feestzaal X": a firm's name joined by "&", no place
        if word not in names and is_dutch_word(word.lower()) and NUMBER_AFTER.match(text, m.end()):
            continue  # "in Vergaderzaal 2": a numbered room or part of a building, no place
        if is_ordinary(word) and word not in names and _capitalised_elsewhere(text, word):
            continue  # "kosten voor Jeugdhulp ... geïnvesteerd in Jeugdhulp": a term, no place
        if word not in names and _names_something_else(text, m, word):
            continue
        found.append(Mention(m.start("place"), m.end(), "PLAATS", word, 5, "place-context"))
        found[-1].key = norm_name(word)
    return found


NUMBER_AFTER = re.compile(r"[ ]+\d{1,3}(?![\d.,:-])")

# "samengevat", "opgevoed", "geregeld": a past participle (after a separable particle too)
PARTICIPLE = re.compile(r"(?:[a-z]{2,6})?ge[a-z]{2,}[td]$")


def _title_or_role_before(text: str, start: int) -> bool:
    """True when a title or role word ("wethouder", "mevrouw") stands right before `start`."""
    before = re.search(r"([A-Za-z]+\.?)[ ]+$", text[max(0, start - 30) : start])
    return bool(before) and (before[1].lower() in ROLES or before[1].lower() in TITLES)


def adjective_and_noun(run: str) -> bool:
    """ "Leidse Methode": a place's adjective and one dictionary word, a term named after the
    place (the adjective is the place, the noun stays), no organisation."""
    words_ = run.split()
    if len(words_) != 2 or not is_dutch_word(words_[1].lower()) or head_of(words_[1]):
        return False
    if words_[1].endswith(("en", "s")):
        return False  # "Haagse Scholen": a plural names a group of schools, a board
    if words_[0] in place_adjectives():
        return True
    m = PLACE_ADJECTIVE.fullmatch(words_[0])
    return bool(m) and m["suffix"] == "se" and _place_of_stem(m["stem"], places()) is not None


def _names_something_else(text: str, m: re.Match[str], word: str) -> bool:
    """ "naar Sportcentrum de Vaart": an organisation's head word before its name; "PO in Actie":
    an acronym, "in" and a dictionary word make a movement's name; neither is a place."""
    if head_of(word) is not None and re.match(rf"[ ]+(?:de|het)[ ]+[{UP}]", text[m.end() :]):
        return True
    acronym = re.search(r"(?<![\w-])[A-Z]{2,5}[ ]+$", text[max(0, m.start() - 8) : m.start()])
    return bool(acronym) and m[0].startswith("in") and is_dutch_word(word.lower())


def _titled_word_before(text: str, start: int) -> bool:
    """True when the word right before "in", "uit", "te" is an ordinary word capitalised in
    mid-sentence after a lowercase word ("als Zorg in Natura", "over Kinderen in Echtscheiding"):
    a title's words follow. Not after an article or a head word ("De Hoge Aard in X",
    "zorgboerderij Horizon in X"): that is a name, and a place may follow it."""
    from wb.dossiers.org_words import head_of

    window = text[max(0, start - 60) : start]
    prev = re.search(rf"(?<![\w'’-])([a-zà-ÿ]+)[ ]+({CAP})[ ]+$", window)
    if not prev:
        return False
    lead, word = prev[1], prev[2]
    if lead in ("de", "het", "een") or not is_dutch_word(lead) or head_of(lead):
        return False
    return is_ordinary(word) and not is_known_name(word)


def _capitalised_elsewhere(text: str, word: str) -> bool:
    """True when a dictionary word is also capitalised in mid-sentence where no place trigger
    stands before it: the text capitalises a term, not a place."""
    for m in re.finditer(lead_first(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])"), text):
        before = text[max(0, m.start() - 13) : m.start()]
        if re.search(
            r"(?:\b(?:in|uit|naar|te)[ ]+(?:(?:heel|geheel)[ ]+)?|[.!?:]\s*|^\s*)$", before
        ):
            continue
        return True
    return False


def english_titles(text: str) -> list[Mention]:
    """English titles of several capitalised words ("Follow the Money", "Save the Children"):
    kept (a KEEP mention blocks the fallbacks)."""
    return [
        Mention(m.start(), m.end(), "KEEP", m[0], 1, "english")
        for m in ENGLISH_TITLE.finditer(text)
    ]


@cache
def _org_region_rx() -> re.Pattern:
    return re.compile(
        rf"(?<![\w-])(?:Stichting|Vereniging|Coöperatie|Cooperatie)"
        rf"(?P<words>(?:[ ]{CAP}){{1,4}})[ ](?:(?i:{COMPASS})[ ])?(?P<place>{CAP})"
        rf"(?![\w-])"
    )


def org_region_mentions(text: str) -> list[Mention]:
    """ "Stichting Jeugdbescherming west Haaglanden": a legal form, a name and a region (a
    compass word in lowercase between them) are one organisation."""
    found = []
    for m in _org_region_rx().finditer(text):
        if m["place"] not in places() or re.search(r"[ ](?:en|van|de)$", m["words"]):
            continue
        found.append(Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "org-region"))
        found[-1].key = norm_name(m[0])
    return found


REGIO = re.compile(lead_first(r"(?<![\w-])Regio[ ]+(?=[A-Z])"))
PLACE_WORD = re.compile(r"[ ]*(?:[A-Z][\w'’-]*|en|aan|op|bij|de|den|der)(?![\w'’-])")


def regional_body_mentions(text: str) -> list[Mention]:
    """ "Regio Twente", "Regio Gooi en Vechtstreek": capitalised "Regio" before a known place or
    region names the municipalities' regional body, one organisation (lowercase "regio" before a
    place stays a place: "in de regio Zuidwest Nederland")."""
    found = []
    for m in REGIO.finditer(text):
        ends, pos = [], m.end()
        for _ in range(5):
            w = PLACE_WORD.match(text, pos)
            if not w:
                break
            pos = w.end()
            ends.append(pos)
        known = [e for e in ends if text[m.end() : e] in places()]
        if not known or _national_branch(text, m.start()):
            continue
        end = max(known)
        found.append(Mention(m.start(), end, "ORGANISATIE", text[m.start() : end], 1, "regio"))
        found[-1].key = norm_name(text[m.start() : end])
    return found


def _national_branch(text: str, start: int) -> bool:
    """True when a national institution and a comma stand right before `start` ("de Raad voor
    de Kinderbescherming, Regio Twente"): "Regio" names the institution's branch, which stays
    with it, and the region after it is a place."""
    before = text[max(0, start - 60) : start]
    if not before.endswith(", "):
        return False
    return any(before[:-2].endswith(term) for term in institutions())
