"""Terms that stay readable: the word lists of kept terms and national institutions, national
parties of several words, laws ("Wet ..."), the first words of a national institution's name,
PO boxes, an institution's acronym in brackets, salutations, English titles and words, and a
firm after a colophon's label. The choice between overlapping mentions lets them block a name."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    INITIALS,
    LOW,
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
    places,
    regions,
)
from wb.dossiers.kept_firms import kept_firms
from wb.dossiers.kept_national_lists import national_list_items
from wb.dossiers.mentions import Mention
from wb.dossiers.name_context import english_titles
from wb.dossiers.name_shapes import (
    english_after_place,
    english_spelling_titles,
    foreign_sentence_starts,
    short_forms,
)
from wb.dossiers.org_words import head_of
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.repeated_labels import label_mentions
from wb.dossiers.word_index import longest_first, longest_first_by_letter, names_regex
from wb.lang import word_set, words

LAW_RE = re.compile(
    rf"(?<![\w-])(?:(?:Tijdelijke|Algemene|Herziene)[ ])?[Ww]et[ ](?:[{LOW}][\w-]*[ ]?){{1,8}}"
)


def keep_mentions(text: str, extra: frozenset[str] = frozenset()) -> list[Mention]:
    """Terms that stay: programmes, laws, languages, national institutions, the user's list."""
    rx = names_regex(_kept_terms() | extra)
    found = [
        Mention(m.start(), m.end(), "KEEP", m[0], 1, "keep")
        for m in rx.finditer(text)
        if " " in m[0] or not _title_initials_before(text, m.start())
    ]
    found += _head_before_institution(text, found) + label_mentions(text)
    found += [Mention(m.start(), m.end(), "KEEP", m[0], 1, "law") for m in LAW_RE.finditer(text)]
    found += _institution_prefixes(text)
    found += [Mention(m.start(), m.end(), "KEEP", m[0], 1, "po-box") for m in PO_BOX.finditer(text)]
    found += [Mention(m.start(), m.end(), "KEEP", m[0], 1, "english") for m in I_AM.finditer(text)]
    found += _colophon_firms(text)
    found += [
        Mention(m.start(), m.end(), "KEEP", m[0], 1, "file") for m in FILE_TYPE.finditer(text)
    ]
    found += _national_acronyms(text) + _salutations(text) + _defined_terms(text)
    found += _defined_acronyms(text) + _acronym_spellings(text) + _region_adjectives(text)
    found += _law_short_forms(text)
    found += _joint_arrangements(text) + _acronym_with_noun(text) + _indefinite_compounds(text)
    found += english_titles(text) + english_spelling_titles(text) + english_after_place(text)
    found += foreign_sentence_starts(text) + short_forms(text) + kept_firms(text)
    found += national_list_items(text)
    return found


HEAD_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:De|de|Het|het)[ ])?(?P<w>[{UP}][{LOW}]+)[ ]$")


def _head_before_institution(text: str, kept: list[Mention]) -> list[Mention]:
    """ "De Stichting Leger des Heils": an organisation's head word (with its article) before a
    national institution of two words or more stays with it."""
    found = []
    for k in kept:
        if " " not in k.text or k.text not in institutions():
            continue
        m = HEAD_BEFORE.search(text, max(0, k.start - 30), k.start)
        if m and is_ordinary(m["w"]) and head_of(m["w"]) is not None:
            found.append(Mention(m.start(), k.end, "KEEP", text[m.start() : k.end], 1, "keep"))
    return found


def _title_initials_before(text: str, start: int) -> bool:
    """True after a title and initials ("mevrouw M. "): the kept word there is a surname."""
    before = text[max(0, start - 40) : start]
    return _TITLE_INITIALS.search(before) is not None


_TITLE_INITIALS = re.compile(
    r"(?<![\w.])(?:" + longest_first(TITLES) + r")[ ]+" + INITIALS + r"$",
    re.IGNORECASE,
)


DIAERESIS = str.maketrans("ëïöüËÏÖÜ", "eiouEIOU")


@cache
def _kept_terms() -> frozenset[str]:
    """The kept terms and institutions, each also as typed without its diaeresis ("Financien")."""
    terms = frozenset(keep_terms()) | frozenset(institutions()) | _parties()
    plain = {t.translate(DIAERESIS) for t in terms}
    return terms | {t for t in plain if t not in first_names()}  # not "Israel": a first name


@cache
def _parties() -> frozenset[str]:
    """National parties of several words ("Partij voor de Dieren", ``parties.txt``): they stay,
    also where a word of the name is a place."""
    return frozenset(p for p in words("parties.txt") if " " in p)


@cache
def _colophon_rx() -> re.Pattern:
    labels = longest_first_by_letter(words("colophon_labels.txt"), space="[ ]")  # (in (?i:))
    firm = rf"(?P<firm>{CAP}(?:[ ]{CAP}){{0,2}})(?=[ ]*(?:,|\n|$))"
    # "Ontwerp, opmaak en druk Kwarvikdruk, Assen": labels joined by "en" need no colon
    joined = rf"(?i:{labels})(?:[ ]*,[ ]*(?i:{labels}))*[ ]+en[ ]+(?i:{labels})[ ]*:?[ ]*"
    return re.compile(rf"(?<![\w-])(?:(?i:{labels})[ ]*:[ ]*|{joined}){firm}")


def _colophon_firms(text: str) -> list[Mention]:
    """ "Zet- en binnenwerk: Letterwerk, Utrecht": the firm after a colophon's label
    (``colophon_labels.txt``) stays when none of its words is a known first name."""
    found = []
    for m in _colophon_rx().finditer(text):
        if any(w in first_names() for w in m["firm"].split()):
            continue  # "Vormgeving: Anna Bakker": a person
        found.append(Mention(m.start("firm"), m.end("firm"), "KEEP", m["firm"], 1, "colophon"))
    # "foto Anna Bos drukwerk Kwarvik Print, Den Haag": a label without its colon, when the
    # firm's place follows after a comma
    for m in _bare_colophon_rx().finditer(text):
        if any(w in first_names() for w in m["firm"].split()):
            continue
        place = m["place"]
        if any(p in places() or p in gazetteer() for p in (place, place.split()[0])):
            found.append(Mention(m.start("firm"), m.end("firm"), "KEEP", m["firm"], 1, "colophon"))
    return found


@cache
def _bare_colophon_rx() -> re.Pattern:
    labels = longest_first(words("colophon_labels.txt"), space="[ ]")
    word = rf"(?:[A-Z]{{2,5}}|{CAP})"  # "KPG Print": a firm's name may open with capitals
    return re.compile(
        rf"(?<![\w-])(?:{labels})[ ]+(?P<firm>{word}(?:[ ]{word}){{0,2}}),[ ]+"
        rf"(?P<place>(?:'s-)?{CAP}(?:[ ]{CAP})?)"
    )


# "Adobe Acrobat document 613.4 KB": a download's file type and size, a program's name
FILE_TYPE = re.compile(
    rf"(?m)^[ \t]*{CAP}(?:[ ]{CAP}){{0,2}}"
    r"(?=[ ](?:document|bestand)[ ]\d+(?:[.,]\d+)?[ ]?[kKMG]B\b)"
)
# "I’m", "I've": the English pronoun with a contracted verb, no name
I_AM = re.compile(lead_first(r"(?<![\w'’-])I['’](?:m|ve|ll|d)(?![\w'’-])"))
# "Postbus 123": an organisation's PO box stays, and no name around it takes it in
PO_BOX = re.compile(r"(?<![\w-])(?:Postbus|Antwoordnummer)[ ]+\d+(?![\w-])")
BRACKET_ACRONYM = re.compile(r"\((?P<a>[A-Z][A-Za-z]{1,6})\)")
# "Geacht College,", "Edelachtbaar College,", "Hooggeachte Voorzitter,": a letter's salutation
SALUTATION = re.compile(
    rf"(?m)^(?P<s>(?:(?:Hoog|Zeer[ ])?[Gg]eachte?|Edel(?:groot)?achtba(?:ar|re))[ ]+"
    rf"(?P<w>[{UP}][{LOW}]+))[ ]*,"
)


def _national_acronyms(text: str) -> list[Mention]:
    """ "de Raad voor het openbaar bestuur (Rob)": an acronym in brackets whose letters are the
    initials of the words before it, when those start with a national body's first word
    (``national_heads.txt``), stays like the name."""
    heads = word_set("national_heads.txt")
    found = []
    for m in BRACKET_ACRONYM.finditer(text):
        letters = m["a"].lower()
        before = text[max(0, m.start() - 80) : m.start()].split()
        for i in range(len(before) - 1, max(-1, len(before) - 9), -1):
            if before[i] in heads and _initials_of(letters, before[i:]):
                found.append(Mention(m.start("a"), m.end("a"), "KEEP", m["a"], 1, "national"))
                break
    return found


LEGAL_FORMS = frozenset({"Stichting", "Vereniging", "Coöperatie", "Cooperatie"})


def _defined_terms(text: str) -> list[Mention]:
    """ "Leven in Balans (LIB)": dictionary words right before an acronym in brackets, one word for
    each of its letters, are a term the text defines and stay (not "Jeugdbescherming Utrecht
    Amersfoort (JBUA)": a place or a name among them leaves it to the other rules)."""
    found = []
    for m in BRACKET_ACRONYM.finditer(text):
        letters = m["a"].lower()
        before = list(re.finditer(r"\S+", text[max(0, m.start() - 120) : m.start()]))
        if len(before) < len(letters) or len(letters) < 2:
            continue
        run = before[-len(letters) :]
        words_ = [w[0] for w in run]
        if "".join(w[0].lower() for w in words_) != letters:
            continue
        if any(w in LEGAL_FORMS or head_of(w) for w in words_):
            continue  # "Stichting Samen Sterk (SSS)": an organisation's name and its acronym
        if not any(w[0].isupper() for w in words_[1:]) or not all(
            w.isalpha() and is_dutch_word(w) and not is_known_name(w) for w in words_
        ):
            continue
        offset = max(0, m.start() - 120)
        start = offset + run[0].start()
        found.append(Mention(start, m.end("a"), "KEEP", text[start : m.end("a")], 1, "defined"))
    return found


# a law's name and its short form in brackets: "Wet gemeentelijke schuldhulpverlening (Wgs)",
# "Jeugdwet (Jw)", "Participatiewet (Pwet)"
LAW_SHORT = re.compile(r"\((?P<a>[A-Z][A-Za-z]{1,6})\)")
LAW_BEFORE = re.compile(rf"(?:{LAW_RE.pattern}|(?<![\w-])[{UP}][{LOW}]*wet[ ])$")


def _law_short_forms(text: str) -> list[Mention]:
    """ "de Wet gemeentelijke kwelmhulp (Wgk)": a short form in brackets right after a law's name
    that opens with the law's first letter is that law's name and stays at every mention, no
    person (names46: the shape of kept words replaced in rounds 13, 15 and 27)."""
    found: list[Mention] = []
    for m in LAW_SHORT.finditer(text):
        if (
            text[max(0, m.start() - 4) : m.start()] not in ("wet ",)
            and "Wet " not in text[max(0, m.start() - 120) : m.start()]
        ):
            continue  # no law's name can end here (speed)
        law = LAW_BEFORE.search(text, max(0, m.start() - 120), m.start())
        short = m["a"]
        if law is None or short[0] != law[0][0].upper():
            continue
        for a in re.finditer(lead_first(rf"(?<![\w-]){re.escape(short)}(?![\w-])"), text):
            found.append(Mention(a.start(), a.end(), "KEEP", a[0], 1, "law-short"))
    return found


ACRONYM_DEFINED = re.compile(r"(?<![\w-])(?P<a>[A-Z]{2,6})[ ]\((?P<w>[^()\n]{3,80})\)")


def _defined_acronyms(text: str) -> list[Mention]:
    """ "een KIM (Kundige Informele Mentor)": an acronym in capitals spelled out in brackets right
    after it, by dictionary words and at least two capitalised, names a term of the text; it
    stays at every mention (not "JBUA (Jeugdbescherming Utrecht Amersfoort)": a place)."""
    found = []
    for m in ACRONYM_DEFINED.finditer(text):
        words_ = m["w"].split()
        content = [w for w in words_ if not is_stop_word(w) or w[:1].isupper()]
        if "".join(w[0].lower() for w in content) != m["a"].lower():
            continue
        if sum(w[:1].isupper() for w in words_) < 2 or any(
            w in LEGAL_FORMS or head_of(w) for w in words_
        ):
            continue
        if not all(w.isalpha() and is_dutch_word(w) and not is_known_name(w) for w in content):
            continue
        for a in re.finditer(lead_first(rf"(?<![\w-]){m['a']}(?![\w-])"), text):
            found.append(Mention(a.start(), a.end(), "KEEP", a[0], 1, "defined"))
    return found


REGION_ADJECTIVE = re.compile(
    lead_first(rf"(?<![\w'’-])[{UP}][{LOW}]{{3,}}ische?(?=[ ](?P<n>[{UP}]\w+))")
)


def _region_adjectives(text: str) -> list[Mention]:
    """ "Caribisch Nederland": a dictionary adjective in "-isch" right before a country's name
    that stays (``keep.txt``) is part of a kept name, no person."""
    return [
        Mention(m.start(), m.end(), "KEEP", m[0], 1, "keep")
        for m in REGION_ADJECTIVE.finditer(text)
        if is_dutch_word(m[0]) and m["n"] in keep_terms()
    ]


JOINT_ARRANGEMENT = re.compile(
    lead_first(
        rf"(?<![\w-])[Gg]emeenschappelijke[ ][Rr]egeling(?:[ ](?P<d>[{UP}][{LOW}]+)(?=[ ][{UP}]))?"
    )
)


FIELD_WORD = re.compile(rf"[ ](?:(?:&|en)[ ])?(?P<w>[{UP}][{LOW}]+)")
REGION_AFTER = re.compile(rf"[ ][{UP}]")


def _joint_arrangements(text: str) -> list[Mention]:
    """ "de Gemeenschappelijke Regeling Jeugdhulp Kwarland": municipalities' joint body, named
    like a municipality by its field and its region: the legal form and the ordinary words of
    the field ("Publieke Gezondheid & Zorg") stay, the region after them is left to the place
    rules."""
    found = []
    for m in JOINT_ARRANGEMENT.finditer(text):
        d = m["d"]
        field = d is not None and is_ordinary(d) and not is_known_name(d)
        end = (
            _field_end(text, m.end("d"))
            if field
            else m.start() + len("gemeenschappelijke regeling")
        )
        found.append(Mention(m.start(), end, "KEEP", text[m.start() : end], 0, "keep"))
    return found


def _field_end(text: str, end: int) -> int:
    """Where a joint arrangement's field ends: more ordinary capitalised words, also after "&"
    or "en", up to the last one a capitalised word (the region) still follows."""
    last = end
    while (w := FIELD_WORD.match(text, end)) and is_ordinary(w["w"]) and not is_known_name(w["w"]):
        end = w.end()
        if REGION_AFTER.match(text, end):
            last = end
    return last


ACRONYM_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<a>[A-Z]{{2,5}})[ ](?P<w>[{UP}][{LOW}]{{3,}})(?=[ ]*(?:[,.;:\n]|$))"
)


def _acronym_with_noun(text: str) -> list[Mention]:
    """ "GGD Jaarverslag, 2 juni": a national body's acronym (``national_acronyms.txt``)
    before one ordinary noun that ends the line or phrase names a kind of document or service,
    no branch ("GGD Flevoland": a place or region, or a word no dictionary knows, is one)."""
    found = []
    for m in ACRONYM_NOUN.finditer(text):
        w = m["w"]
        if m["a"] not in word_set("national_acronyms.txt") or not is_ordinary(w):
            continue
        if is_known_name(w) or w in hunspell().proper or _is_place(w):
            continue
        found.append(Mention(m.start(), m.end(), "KEEP", m[0], 0, "acronym-noun"))
    return found


def _is_place(word: str) -> bool:
    return word in places() or word in gazetteer() or word in regions()


INDEFINITE_COMPOUND = re.compile(
    rf"(?<![\w'’-])(?:een|geen)[ ](?P<w>[{UP}][{LOW}]{{7,}})(?![\w'’-])"
)


def _indefinite_compounds(text: str) -> list[Mention]:
    """ "is een Coördinatiebureau opgericht": a capitalised compound of dictionary words after
    "een" or "geen" is a kind of thing, no name (a name takes no indefinite article)."""
    from wb.nlp import compound_parts

    found = []
    for m in INDEFINITE_COMPOUND.finditer(text):
        w = m["w"]
        if is_known_name(w) or w in hunspell().proper or _is_place(w):
            continue
        parts = compound_parts(w.lower())
        if len(parts) < 2 or not all(is_ordinary(p) for p in parts):
            continue
        if any(is_known_name(p.title()) for p in parts):
            continue  # "een Mariaschool": a school named after a name
        found.append(Mention(m.start("w"), m.end("w"), "KEEP", w, 0, "indefinite"))
    return found


@cache
def _acronyms_by_letters() -> frozenset[str]:
    return frozenset(a.lower() for a in word_set("national_acronyms.txt") if a.isalpha())


def _acronym_spellings(text: str) -> list[Mention]:
    """ "Rvdk", "Cjg": a national acronym (``national_acronyms.txt``) written in Title Case is
    that acronym, no name (not when the spelling is a known name or place)."""
    found = []
    for m in re.finditer(lead_first(rf"(?<![\w'’-])[{UP}][{LOW}]{{1,5}}(?![\w-])"), text):
        w = m[0]
        if w.lower() in _acronyms_by_letters() and not is_known_name(w):
            found.append(Mention(m.start(), m.end(), "KEEP", w, 1, "national"))
    return found


def _initials_of(letters: str, words: list[str]) -> bool:
    """True when `letters` are the first letters of the first word, some of the words between and
    the last word, in order ("rob": Raad voor het openbaar bestuur)."""
    firsts = [w[0].lower() for w in words if w[:1].isalpha()]
    if not firsts or letters[0] != firsts[0] or letters[-1] != firsts[-1]:
        return False
    i = 0
    for ch in firsts:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


def _salutations(text: str) -> list[Mention]:
    """ "Geacht College," opening a letter: an ordinary word after "Geacht(e)",
    "Hooggeacht(e)" or "Edelachtba(a)r(e)" stays
    ("Geachte heer Visser" and "Beste Anja" are found as names elsewhere)."""
    return [
        Mention(m.start("s"), m.end("s"), "KEEP", m["s"], 1, "salutation")
        for m in SALUTATION.finditer(text)
        if is_ordinary(m["w"]) and m["w"] not in first_names()
    ]


@cache
def _institution_prefix_rx() -> re.Pattern:
    """ "William Schrikker Gezinsvormen": the first two capitalised words of a national
    institution's name of three or more words, with the capitalised words after them, also
    joined by "&" or "en" ("William Schrikker Jeugdbescherming & Jeugdreclassering")."""
    prefixes = {
        " ".join(t.split()[:2])
        for t in institutions()
        if len(t.split()) >= 3
        and all(w[:1].isupper() for w in t.split()[:2])
        and t.split()[0] not in ("De", "Het")
    }
    alternation = longest_first(prefixes)
    word = rf"[ ][{UP}][\w'’-]+"
    more = rf"(?:{word}|[ ](?:&|en){word})"
    return re.compile(rf"(?<![\w-])(?:{alternation}){word}{more}{{0,2}}(?![\w-])")


def _institution_prefixes(text: str) -> list[Mention]:
    """The kept institutions of :func:`_institution_prefix_rx`; a word after "&" or "en" only
    when it is an ordinary word that starts no other listed institution ("& Jeugdreclassering",
    not "en Jan Jansen" or "en Villa Pinedo")."""
    found = []
    for m in _institution_prefix_rx().finditer(text):
        end = m.end()
        for joint in re.finditer(r"[ ](?:&|en)[ ](\S+)", m[0]):
            rest = text[m.start() + joint.start(1) :]
            if (
                not is_ordinary(joint[1])
                or is_known_name(joint[1])
                or any(rest.startswith(t) for t in institutions())
            ):
                end = m.start() + joint.start()
                break
        found.append(
            Mention(m.start(), end, "KEEP", text[m.start() : end], 1, "institution-prefix")
        )
    return found
