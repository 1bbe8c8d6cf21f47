"""Acronyms and defined short forms of local organisations.

"Stichting Samen Sterk (SSS)", "verder te noemen: BJZ", "BJL" elsewhere in the text after "Bureau
Jeugdzorg Limburg", and bare acronyms in capitals where an organisation stands ("klachten over
JBRA"). Split from :mod:`wb.dossiers.org_names`, whose names and kept terms it uses.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    UP,
    first_names,
    hunspell,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_documents import document_title
from wb.dossiers.org_party_slots import coordinated_acronyms
from wb.dossiers.org_words import (
    ACRONYM_AFTER,
    ACRONYM_BEFORE,
    ARTICLES,
    DOMAINS,
    head_of,
    kept_terms,
    national_name,
    not_in_names,
)
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


def mark_acronyms(text: str, mentions: list[Mention]) -> None:
    """An acronym in brackets right after or before an organisation's name is that
    organisation: "Stichting Samen Sterk (SSS)", "SSS (Stichting Samen Sterk)"."""
    for m in mentions:
        if m.type not in ("ORGANISATIE", "SCHOOL"):
            continue
        after = ACRONYM_AFTER.match(text, m.end)
        before = ACRONYM_BEFORE.search(text, max(0, m.start - 12), m.start)
        if before and not text.startswith(")", m.end):
            before = None
        hit = after or before
        if not hit:
            continue
        acronym = hit["a"]
        if sum(ch.isupper() for ch in acronym) < 2 or acronym in kept_terms():
            continue
        if acronym in word_set("org_kind_codes.txt"):
            continue  # "Zonnedauw (GOB)": the kind of childcare, not the provider's short form
        initials = {w[0] for w in re.findall(rf"[{UP}][\w'’-]*", m.text)}
        if acronym[0] in initials:
            m.extra["acronym"] = acronym
    _defined_short_forms(text, mentions)
    _acronyms_in_text(text, mentions)
    _first_word_short_forms(mentions)


def _first_word_short_forms(mentions: list[Mention]) -> None:
    """ "Kompas Jeugdzorg", "Kompas Jeugdhulp en Welzijn": an organisation named by one
    capitalised word and care domains after it is that word elsewhere in the text ("een melding
    naar Kompas"), also when the word is in the dictionary (no head word, kept word, place or
    first name)."""
    for m in mentions:
        words = m.text.split()
        if words and words[0] in LEGAL_FORMS:
            words = words[1:]  # "Stichting Kompas Jeugdzorg": the name after its legal form
        if m.type != "ORGANISATIE" or len(words) < 2:
            continue
        first, rest = words[0], [w.lower() for w in words[1:]]
        if not all(w in DOMAINS or w in ("en", "&") for w in rest) or rest[-1] in ("en", "&"):
            continue
        if not first[:1].isupper() or is_stop_word(first) or first in ARTICLES:
            continue
        if head_of(first) or first in kept_terms() or first in places() or _kept_word(first):
            continue
        if first in first_names() or is_known_name(first):
            continue  # "Petrus Onderwijs": a person's name may be meant elsewhere
        m.extra["named_short"] = first


# "verder te noemen: BJZ", "(hierna: SJW)", "hierna te noemen: Kompas": a short form defined
# after a party's name in a ruling or contract
DEFINED = re.compile(
    rf"\b(?:verder|hierna)(?:[ ]te[ ]noemen)?[ ]?:?[ ]+[\"“'‘]?(?P<a>[{UP}][\w&'’-]{{1,24}})"
    rf"(?P<more>(?:[ ]&)?[ ][{UP}][\w'’-]+)?[\"”'’]?(?=[ ]?[),.;]|[ ]of[ ]|[ ]en[ ]|\n)"
)  # "(hierna: Party & Bowling)": two words joined by "&" too (names70)


# "Partijen zullen hierna [eiser] en Kwak (worden) genoemd": the second party's short form
PARTIES_DEFINED = re.compile(
    rf"\bhierna[ ]+(?:\[[^\]\n]{{1,40}}\]|[{UP}]?[{LOW}]+(?:[ ][{LOW}]+)?)[ ]+en[ ]+"
    rf"(?P<a>[{UP}][\w&'’-]{{1,24}})(?P<more>)[ ]+(?:worden[ ]+)?genoemd\b"
)


def _defined_short_forms(text: str, mentions: list[Mention]) -> None:
    """A short form defined right after an organisation ("Bureau Jeugdzorg Friesland, gevestigd
    te Leeuwarden, verder te noemen: BJZ") is that organisation: its initial must be one of the
    name's initials, and no other organisation may stand between them."""
    orgs = sorted((m for m in mentions if m.type in ("ORGANISATIE", "SCHOOL")), key=lambda m: m.end)
    for d in [*DEFINED.finditer(text), *PARTIES_DEFINED.finditer(text)]:
        short = d["a"] + (d["more"] or "")
        if short in kept_terms() or d["a"] in ARTICLES or is_stop_word(d["a"]):
            continue
        parties = d.re is PARTIES_DEFINED
        if parties and head_of(short):
            continue  # "hierna [eiser] en Stichting genoemd": the kind, no short form
        if not parties and not d["more"] and sum(ch.isupper() for ch in short) < 2:
            if is_ordinary(short):
                continue  # "hierna: Stichting": an ordinary word
        before = [m for m in orgs if m.end <= d.start() and d.start() - m.end <= 150]
        if not before or "acronym" in before[-1].extra:
            continue
        org = before[-1]
        if parties and short.lower() not in org.text.lower().split():
            continue  # names65: the parties' formula names a word of the party's own name
        initials = {w[0] for w in re.findall(rf"[{UP}][\w'’-]*", org.text)}
        if short[0] in initials and short != org.text:
            org.extra["acronym"] = short


ACRONYM_WORD = re.compile(lead_first(r"(?<![\w-])[A-Z][A-Za-z]{1,5}(?![\w-])"))


def initials_fit(acronym: str, name: str) -> bool:
    """True when an acronym is made of a name's words: every word gives its first letter, in
    order, and the other letters come from inside the words ("BJL" = Bureau Jeugdzorg Limburg,
    "JbOV" = Jeugdbescherming Overijssel)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    letters = acronym.lower()
    if len(words) < 2 or len(letters) < len(words) or len(letters) > 2 * len(words) + 1:
        return False
    i = 0
    for n, word in enumerate(words):
        if i >= len(letters) or letters[i] != word[0]:
            return False
        i += 1
        rest = len(words) - n - 1  # letters still needed for the words after this one
        pos = 1
        while i < len(letters) - rest and letters[i] in word[pos:]:
            pos = word.index(letters[i], pos) + 1
            i += 1
    return i == len(letters)


def _acronyms_in_text(text: str, mentions: list[Mention]) -> None:
    """An acronym elsewhere in the text that fits the initials of an organisation found there
    ("BJL" after "Bureau Jeugdzorg Limburg") is that organisation (learned as its short form)."""
    orgs = [m for m in mentions if m.type in ("ORGANISATIE", "SCHOOL") and " " in m.text]
    if not orgs:
        return
    seen: set[str] = set()
    for w in ACRONYM_WORD.finditer(text):
        acronym = w[0]
        if acronym in seen or sum(ch.isupper() for ch in acronym) < 2:
            continue
        seen.add(acronym)
        if acronym in kept_terms() or acronym.lower() in hunspell().ordinary:
            continue
        for m in orgs:
            if "acronym" in m.extra:
                continue
            if initials_fit(acronym, m.text):
                m.extra["acronym"] = acronym
                break
            head, _, last = m.text.rpartition(" ")
            if len(head.split()) >= 3 and _not_in_name(last) and initials_fit(acronym, head):
                # "Stichting Zorg Samen Verder Bouwen aan ...": the acronym SZSV shows that the
                # name ends before the last word, an ordinary word of the next heading
                m.end, m.text = m.start + len(head), head
                m.extra["acronym"] = acronym
                break


LEGAL_FORMS = ("Stichting", "Vereniging")


def _kept_word(word: str) -> bool:
    return word in not_in_names()


def _not_in_name(word: str) -> bool:
    """True for an ordinary word that no list knows as a name or a place."""
    return is_ordinary(word) and not is_known_name(word) and word not in places()


# "de Ambulante Jeugdbescherming & Jeugdhulpverlening Lelystad (verder AJL)": a run of
# capitalised words that ends in a place, then a defined short form in capitals
DEFINED_RUN = re.compile(
    rf"(?P<run>[{UP}][\w'’-]*(?:[ ](?:&|en|voor|van|de|der|het)?[ ]?[{UP}][\w'’-]*)+)"
    rf"(?:[ ]\(|,[ ])(?:verder|hierna)(?:[ ]te[ ]noemen)?:?[ ]+(?P<a>[{UP}]{{2,6}})(?=[),.; ])"
)


def _letters_fit(acronym: str, words: list[str]) -> bool:
    """True when an acronym's letters are the initials of the first word and of most others, in
    order ("AJL": Ambulante Jeugdbescherming & Jeugdhulpverlening Lelystad)."""
    initials = "".join(w[0].lower() for w in words)
    letters = acronym.lower()
    if not initials or letters[0] != initials[0] or len(letters) < len(words) - 1:
        return False
    it = iter(initials)
    return all(ch in it for ch in letters)


def place_run_words(run: str, acronym: str) -> tuple[list[str], list[str]] | None:
    """The words of a run of three or more capitalised words ending in a place, without a
    leading article or stop word, and its capitalised words, when the acronym's letters fit
    them; None otherwise."""
    words = run.split()
    while words and (is_stop_word(words[0]) or words[0] in ARTICLES):
        words = words[1:]
    caps = [w for w in words if w[0].isupper()]
    if len(caps) < 3 or caps[-1] not in places() or not _letters_fit(acronym, caps):
        return None
    return words, caps


def defined_run_mentions(text: str) -> list[Mention]:
    """A local organisation written as ordinary capitalised words before its place, with a
    short form defined after it whose letters fit: the run is the organisation, the short form
    its acronym (learned for the rest of the text)."""
    found = []
    for d in DEFINED_RUN.finditer(text):
        fit = place_run_words(d["run"], d["a"])
        if fit is None:
            continue
        words, caps = fit
        if d["a"] in kept_terms() or " ".join(words[:-1]) in kept_terms():
            continue
        if any(document_title(w) for w in caps[:-1]):
            continue  # "de Algemene Plaatselijke Verordening Kwarlo (hierna: APV)": a bylaw
        start = d.start("run") + d["run"].index(" ".join(words))
        end = d.end("run")
        name = text[start:end]
        if national_name(name):
            continue
        mention = Mention(start, end, "ORGANISATIE", name, 2, "defined-run", key=norm_name(name))
        mention.extra["acronym"] = d["a"]
        found.append(mention)
    return found + camel_defined_mentions(text)


CAMEL_DEFINED = re.compile(
    lead_first(
        rf"(?<![\w'’-])(?P<run>[{UP}][a-zà-ÿ]+(?:[{UP}][a-zà-ÿ]+){{1,4}})"
        rf"[ ]\((?P<a>[{UP}]{{2,6}})\)"
    )
)


def camel_defined_mentions(text: str) -> list[Mention]:
    """ "verzorgd door ZorgPlusWelzijn (ZPW)": a word written in camel case, then in brackets
    exactly its capitals, is an organisation's name that defines its acronym (learned for the
    rest of the text); not a kept term or a party ("GroenLinks")."""
    found = []
    for d in CAMEL_DEFINED.finditer(text):
        run = d["run"]
        if "".join(ch for ch in run if ch.isupper()) != d["a"]:
            continue
        if run in kept_terms() or d["a"] in kept_terms() or national_name(run):
            continue
        mention = Mention(d.start("run"), d.end("run"), "ORGANISATIE", run, 2, "defined-run")
        mention.key = norm_name(run)
        mention.extra["acronym"] = d["a"]
        found.append(mention)
    return found


# "de GR DG&J", "de gemeenschappelijke regeling DG&J": an acronym with an ampersand after a
# joint regulation names the body it set up (a bare code there is a region: "regeling ZHZ")
_REGULATION_ACRONYM = re.compile(
    r"(?<![\w-])(?:GR|[Rr]egeling)[ ]+(?P<a>[A-Z]{1,4}&[A-Z]{1,4})(?![\w&/-])"
)
_BARE_ACRONYM = re.compile(r"(?<![\w&/-])[A-Z]{3,5}(?![\w&/-]|:\w)")
# "door JBRA", "namens JBRA", "het bestuur van JBRA", "Instantie: JBRA": a bare acronym where
# an organisation stands
_ORG_SLOT = re.compile(
    r"(?:(?<![\w-])(?:door|bij|tegen|naar|met|[Nn]amens|[Vv]anuit)[ ]"
    r"|(?<![\w-])(?i:bestuur|directeur|directie|medewerkers?|leerlingen|cliënten)[ ]van[ ]"
    r"|(?m:^)(?:Instantie|Organisatie|Instelling"
    r"|Zorgaanbieder|Aanbieder|Verweerder|Verweerster):[ ]+)(?P<a>[A-Z]{3,5})(?![\w-])"
)


@cache
def _national_acronyms() -> frozenset[str]:
    return word_set("national_acronyms.txt")


def bare_acronym_mentions(text: str) -> list[Mention]:
    """A bare acronym in capitals that no dictionary or list knows, standing where an
    organisation stands ("klachten over JBRA", "Instantie: JBRA", "de GR DG&J"): a local
    organisation, at all its mentions in the text."""
    slots = {m["a"] for m in _ORG_SLOT.finditer(text)}
    parties = coordinated_acronyms(text)  # names-orgs5: "ZWAP en GroenLinks"
    found = []
    for acronym in sorted(slots | parties):
        low = acronym.lower()
        # "door WIJ", "met WIJ": a subject pronoun never follows a preposition, so in capitals
        # there it is a name, though the dictionary knows the word; so is a word in capitals
        # joined to a national party ("ZWAP en GroenLinks")
        pronoun = low in word_set("tagger_subject_pronouns.txt") and len(acronym) >= 3
        listed = acronym in _national_acronyms() or acronym in kept_terms() or acronym in places()
        ordinary = (
            low in hunspell().ordinary
            or acronym in hunspell().proper
            or acronym.capitalize() in hunspell().proper
            or is_dutch_word(low)
        )
        if not pronoun and (listed or (ordinary and acronym not in parties)):
            continue
        for m in _BARE_ACRONYM.finditer(text):
            if m[0] == acronym:
                found.append(Mention(m.start(), m.end(), "ORGANISATIE", acronym, 4, "bare-acronym"))
                found[-1].key = norm_name(acronym)
    for m in _REGULATION_ACRONYM.finditer(text):
        acronym = m["a"]
        if acronym in _national_acronyms() or acronym in kept_terms():
            continue
        for a in re.finditer(rf"(?<![\w&/-]){re.escape(acronym)}(?![\w&/-])", text):
            found.append(Mention(a.start(), a.end(), "ORGANISATIE", acronym, 4, "bare-acronym"))
            found[-1].key = norm_name(acronym)
    return found
