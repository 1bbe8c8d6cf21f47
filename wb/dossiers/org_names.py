"""Organisations and schools of ``organisations.txt``, and the short forms a dossier learned.

An organisation pattern ("Stichting X", "Jeugdzorg X", "RKBS X") names a local organisation; its
name ends before a kept term, a phrase, a person, a table's label or a motto, and a trailing place
is a place of its own ("Wijkteam Centrum-Oost Zaandam"). An acronym in brackets that spells the
name keeps the place in it ("Jeugdbescherming Utrecht Amersfoort (JBUA)"). Organisation patterns
also match text in CAPITALS. Names made only of kept words ("Jeugdbescherming Nederland") and
national institutions are kept.

The other organisation rules live in the ``org_*`` modules: head words (:mod:`org_head_names`),
compound names (:mod:`org_compounds`), parties of a ruling (:mod:`org_party_lines`), the shared
words (:mod:`org_words`) and documents' titles (:mod:`org_documents`).
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    UP,
    OrgEntry,
    first_names,
    gazetteer,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    org_entries,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.org_documents import document_title, document_word, plan_before
from wb.dossiers.org_introduced import introduced_opens
from wb.dossiers.org_name_ends import (
    date_start,
    legal_name_opens,
    name_end,
    person_after,
    role_after,
)
from wb.dossiers.org_phrases import heading_after_domain, phrase_after
from wb.dossiers.org_words import (
    ACRONYM_AFTER,
    ARTICLES,
    REGION_CODE_WORD,
    kept_terms,
    national_before,
    national_name,
)
from wb.dossiers.place_names import place_tail
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.repeated_labels import label_cut
from wb.dossiers.school_kinds import care_kind_acronyms
from wb.dossiers.word_index import alone_in_quotes, literal_spans, per_text
from wb.lang import word_set

LOWER_LETTER = re.compile(rf"[{LOW}]")


@per_text
def entry_matches(text: str) -> tuple[tuple[OrgEntry, tuple[re.Match[str], ...]], ...]:
    """The matches of each entry of ``organisations.txt`` whose needle is in the text, in
    file order (both passes of a dossier and :func:`national_mentions` read them)."""
    lower = text.lower()
    return tuple(
        (entry, tuple(entry.regex.finditer(text)))
        for entry in org_entries()
        if entry.needle in lower
    )


def national_mentions(text: str) -> list[Mention]:
    """Organisation patterns whose name is only kept words ("Jeugdbescherming Nederland") or a
    national institution ("Stichting Jeugdzorg Nederland"): kept (a KEEP mention blocks the
    fallbacks)."""
    found = []
    for entry, matches in entry_matches(text):
        if entry.canonical:
            continue
        for m in matches:
            name = m.groupdict().get("name")
            if not name:
                continue
            kept = all(w in keep_terms() for w in name.split()) or name in kept_terms()
            if kept or national_name(name) or national_before(text, m.start()):
                found.append(Mention(m.start(), m.end(), "KEEP", m[0], 1, "national"))
    return found


CAPS_WORD = rf"(?:'[sS]-)?[{UP}][{UP}'’-]*[{UP}]"
CAPS_RUN = re.compile(rf"(?<![\w'’-]){CAPS_WORD}(?:[ ]{CAPS_WORD})+(?![\w'’-])")


def caps_org_mentions(text: str) -> list[Mention]:
    """Organisation patterns in text in CAPITALS ("SAMEN VEILIG MIDDEN NEDERLAND")."""
    found = []
    for run in CAPS_RUN.finditer(text):
        titled = re.sub(rf"[{UP}]+", lambda w: w[0][0] + w[0][1:].lower(), run[0])
        if len(titled) != len(run[0]):
            continue
        lower = titled.lower()
        for entry in org_entries():
            if entry.needle not in lower:
                continue
            for m in entry.regex.finditer(titled):
                name = m.groupdict().get("name") or ""
                words = name.split()
                if words and words[0] in ARTICLES:
                    words = words[1:]
                if any(is_stop_word(w) for w in words):
                    continue  # "BASISSCHOOL EN JEUGDZORG": a heading
                s, e = run.start() + m.start(), run.start() + m.end()
                key = entry.canonical or norm_name(text[s:e])
                found.append(Mention(s, e, entry.type, text[s:e], 1, "caps-org", key=key))
    return found


def org_mentions(text: str, learned: Learned) -> list[Mention]:
    """Organisations and schools of ``organisations.txt`` and the dossier's learned short forms."""
    found = []
    for entry, matches in entry_matches(text):
        for m in matches:
            start, end = m.start(), m.end()
            before = PREVIOUS_CAPITAL.search(text, max(0, start - 40), start)
            if before and " " not in m[0] and entry.canonical and _first_name(before[1]):
                continue  # "Sanne Curium": a listed one-word name after a first name, a surname
            name = m.groupdict().get("name")
            if name and entry.type != "SCHOOL" and plan_before(text, start) and _place_first(name):
                continue  # "het beleidsplan Jeugdhulp Kwarland": a plan's title, the place goes
            if before and document_title(before[1]) and entry.type != "SCHOOL":
                continue  # "Regiovisie Jeugdhulp Haaglanden": words of a plan's title (not
                # "Veiligheidsplan RKBS De Linde": a school's plan names the school)
            name = m.groupdict().get("name")
            if name and heading_after_domain(m[0][: m.start("name") - start].strip(), name):
                continue  # "Jeugdhulp Tussenrapportage": a heading, no name
            if name and " " not in name and document_word(name):
                continue  # "GGD Inspectierapporten": a document of the organisation, no name
            if name:
                # "Wijkteam Centrum-Oost Zaandam": the trailing place is a place of its own
                tail = place_tail(frozenset(places() | learned.places)).search(
                    name[: date_start(name) or len(name)].rstrip()
                )
                if tail and (
                    _spelled_by_acronym(text, start, m.end()) or name in learned.org_aliases
                ):
                    tail = None  # "Jeugdbescherming Utrecht Amersfoort (JBUA)", "stichting
                    # Stip Bussum" after "Stip Bussum": one name
                if tail and tail.start() > 0 and not _names_an_organisation(name[: tail.start()]):
                    end = m.start("name") + tail.start()
                if name.split()[0].lower() in ("de", "het", "'t") and len(name.split()) == 1:
                    continue
                if re.match(r"\d", name):
                    continue  # "Jeugdzorg 2009–2012": a year, no name
                if REGION_CODE_WORD.match(name):
                    continue  # "Jeugdzorg H-10": a region's code, no organisation's name
                if label_cut(name, text) == 0 or name_end(name, text, m.end()) == 0:
                    continue  # "wijkteams Taak en inzet": a table's label after a head word
                cut = (
                    _kept_word_after(name)
                    or phrase_after(name, text, m.end())
                    or person_after(name, text, m.end())
                    or label_cut(name, text)
                    or name_end(name, text, m.end())
                    or (_motto_word(name, text, m.end()) if entry.type == "SCHOOL" else None)
                )
                if cut:  # "Stichting Oosterpoort Inspectie jeugdzorg": the name ends before it
                    name = name[:cut].rstrip()
                    end = min(end, m.start("name") + len(name))
                if all(is_stop_word(w) for w in name.split()):
                    continue  # "De jeugdzorg Er is geldgebrek": a lost full stop, no name
            lead = m[0][: m.start("name") - start] if name else ""
            if name and _kind_readable(entry.type, lead, name, text[max(0, start - 12) : start]):
                start = m.start("name")  # "RKBS De Linde", "Kindcentrum De Linde": the kind
                # stays readable
            if text[end - 1 : end] in ("’", "'") and text[m.start() - 1 : m.start()] in ("‘", "'"):
                end -= 1  # "‘IKC Zuidwest’": the closing quote of a quoted name is no part of it
            span = text[start:end]
            key = entry.canonical or norm_name(span)
            if name and entry.type == "SCHOOL" and end == m.start("name") + len(name):
                key = entry.canonical or norm_name(name)  # "Kindcentrum X", "basisschool X": X
            found.append(Mention(start, end, entry.type, span, 1, "org", key=key))
            if name and start == m.start("name") > m.start():
                found[-1].extra["kind_before"] = True  # "OBS Het Zand": named by its kind
            if name and end == m.start("name") + len(name):  # also a name cut before a word
                found[-1].extra["short"] = name
                if _legal_form_name(text[start : m.start("name")], name):
                    found[-1].extra["named_short"] = name  # "Stichting Kompas": "Kompas" too
                if lead.strip() == "School" and start == m.start("name"):
                    found[-1].extra["named_short"] = name  # "School Kwarviklaan": bare too
                    kind = Mention(m.start(), m.start() + 6, "KEEP", "School", 1, "school-kind")
                    found.append(kind)  # the kind stays, also in a list of names
    for alias, (typ, key), from_caps in _alias_forms(learned.org_aliases):
        # "Horizon", "Zorg"; not a word in mixed case ("WIJeindhoven"), which no sentence
        # start or opening quote makes ordinary, nor a name learned in capitals (no dictionary
        # word, names70)
        ordinary = " " not in alias and is_ordinary(alias) and not _mixed_case(alias)
        ordinary = ordinary and not from_caps
        # (?<![\w-])ALIAS(?!\w|-(?![LOW])): "Horizon" also in "Horizon-medewerker"
        for a_start, a_end in literal_spans(text, alias, LOWER_LETTER):
            if (
                ordinary
                and sentence_initial(text, a_start)
                and text[a_start - 1 : a_start] != "("
                and not role_after(text, a_end)
                and not alone_in_quotes(text, a_start, a_end)  # "of ‘Mariadonk’ een school"
                and not legal_name_opens(text, alias, a_end)  # "Buurtwerk gaat ..."
                and not introduced_opens(text, alias, a_end)  # "buurthuis de X" ... "X zoekt"
            ):
                continue  # "Zorg dat je ...": the ordinary word, not "team Zorg"; "(Trots)" is it
                # (but "Kompas bestuurder Anna Bos": the name of a role's organisation)
            before = PREVIOUS_CAPITAL.search(text, max(0, a_start - 40), a_start)
            if (
                before
                and " " not in alias
                and before[1] not in learned.org_aliases
                and _first_name(before[1])
            ):
                continue  # "Sanne Curium": a surname after a first name
            span = text[a_start:a_end]
            found.append(Mention(a_start, a_end, typ, span, 1, "org-alias", key=key))
        if alias.split()[0] in ("De", "Het") and alias[1:] in text:
            low = alias[0].lower() + alias[1:]
            for a_start, a_end in literal_spans(text, low):
                found.append(
                    Mention(a_start, a_end, typ, text[a_start:a_end], 1, "org-alias", key=key)
                )
    return found


def _alias_forms(
    aliases: dict[str, tuple[str, str]],
) -> list[tuple[str, tuple[str, str], bool]]:
    """The learned short forms, and for a one-word name learned in capitals of five letters or
    more with a vowel ("KWARLEDE", no acronym) its form with one capital ("Kwarlede"), the way
    a ruling writes a party's name in its heading and in its text (names70)."""
    out = [(alias, value, False) for alias, value in aliases.items()]
    for alias, value in aliases.items():
        if len(alias) >= 5 and alias.isalpha() and alias.isupper() and re.search("[AEIOUY]", alias):
            low = alias.capitalize()
            if low in aliases or low in places() or is_known_name(low):
                continue  # a place, a person's name: no evidence of the organisation
            if not is_dutch_word(low.lower()):
                out.append((low, value, True))
    return out


def _kind_readable(typ: str, lead: str, name: str, before: str = "") -> bool:
    """True when the kind before a school's or child care's name stays out of its span: a
    school kind in capitals ("RKBS De Linde"), a kind of child care in capitals ("BSO De
    Linde"), or a capitalised school kind before a name with its article ("Kindcentrum De
    Linde") or before a dictionary word ("Montessorischool Linde"); not before a place or a
    word no dictionary knows ("Kindcentrum Kwarwijk": a district's centre is named by both) nor
    before a part of a school ("Vrijeschool Bovenbouw"). A school's plain level is a kind too
    ("Basisschool De Linde": De Linde; the names policy's kind-word line, names-policy6); bare
    "School" opens its name ("School Vandaag", a title) unless a kind's adjective in ``before``
    makes it a kind (``school_kind_words.txt``: "Brede School De Linde") or the name is one
    street's name ("School Kwarviklaan": a school named after its street)."""
    lead = lead.strip()
    if lead.isupper():
        return typ == "SCHOOL" or lead in care_kind_acronyms()
    if typ != "SCHOOL" or not lead[:1].isupper():
        return False
    kind_adjective = before.split()[-1:] and before.split()[-1] in word_set("school_kind_words.txt")
    if lead == "School" and not kind_adjective:
        return _street_named(name)  # "School Kwarviklaan": named after its street (names69)
    first, *rest = name.split()
    if first in ("De", "Het") and rest:
        return not _place_first(" ".join(rest))
    low = first.lower()
    return is_dutch_word(low) and low not in word_set("school_parts.txt") and not _place_first(name)


def _street_named(name: str) -> bool:
    """True for one word with a strong street suffix ("Kwarviklaan", also "Kastanjelaan": a
    dictionary word may name a street)."""
    from wb.dossiers.street_names import STREET_WORD

    return " " not in name and STREET_WORD.fullmatch(name) is not None


def _place_first(name: str) -> bool:
    """True when a name's first word (or its first part before a hyphen or slash) is a known
    place ("Kwarland", "Kwarland-Zutphen 2015")."""
    first = re.split(r"[ /-]", name, maxsplit=1)[0]
    return first in places() or first in gazetteer()


def _legal_form_name(lead: str, name: str) -> bool:
    """True for one capitalised word right after a legal form ("Stichting Kompas"): the
    organisation's own name, even when the dictionary knows it, so its bare mentions in
    mid-sentence are the organisation too."""
    return (
        lead.strip() in ("Stichting", "Vereniging")
        and " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and is_ordinary(name)
        and not is_known_name(name)
        and not is_stop_word(name)
    )


PREVIOUS_CAPITAL = re.compile(lead_first(rf"(?<![\w'’-])([{UP}][{LOW}]+)[ ]$"))


def _kept_word_after(name: str) -> int | None:
    """Where a name's first word that is itself a kept term (a national institution: "Inspectie")
    starts, when it is not the name's first word; None when there is none."""
    kept = kept_terms()
    for w in list(re.finditer(r"\S+", name))[1:]:
        if w[0] in kept:
            return w.start()
    return None


def _spelled_by_acronym(text: str, start: int, end: int) -> bool:
    """True when an acronym in capitals in brackets right after text[start:end] spells its
    capitalised words: their initials in order, the first and the last at its ends
    ("Jeugdbescherming Utrecht Amersfoort (JBUA)")."""
    m = ACRONYM_AFTER.match(text, end)
    if not m:
        return False
    initials = [w[0] for w in text[start:end].split() if w[:1].isupper()]
    letters = iter(m["a"][1:-1])  # compounds give more letters: "JBUA", "Jeugdbescherming"
    return (
        len(initials) > 1
        and initials[0] == m["a"][0]
        and initials[-1] == m["a"][-1]
        and all(ch in letters for ch in initials[1:-1])
    )


def _first_name(word: str) -> bool:
    """A known first name, or a name the dictionaries know that is no place."""
    if word in first_names():
        return True
    return is_known_name(word) and word not in places() and not is_stop_word(word)


def _motto_word(name: str, text: str, end: int) -> int | None:
    """ "RKBS Zonnewijzer Onderwijs door ...": a school's name of two words or more whose last word
    is a dictionary word before a lowercase word, while a word before it is none, ends before
    that word (a motto or subtitle starts there); None otherwise."""
    words = list(re.finditer(r"\S+", name))
    if len(words) < 2 or not re.match(r"[ ][a-z]", text[end : end + 2]):
        return None
    if not is_dutch_word(words[-1][0]) or is_known_name(words[-1][0]):
        return None
    if all(is_dutch_word(w[0]) or is_stop_word(w[0]) for w in words[:-1]):
        return None
    return words[-1].start()


def _mixed_case(word: str) -> bool:
    """True for a word written neither in lowercase, Title Case nor CAPITALS ("WIJeindhoven",
    "JeugdzorgPlus"): a coined name, never an ordinary word at a sentence start."""
    letters = word.replace("-", "")
    if letters.startswith("IJ") and letters[2:3].islower():
        letters = letters[1:]  # "IJsselgraaf": the Dutch capital IJ is one letter
    return not (letters.islower() or letters.isupper() or letters[1:].islower())


def _names_an_organisation(words: str) -> bool:
    """True when a name is itself an organisation without its region ("Bureau Jeugdzorg" in
    "Stichting Bureau Jeugdzorg Drenthe"): the region then stays part of the name."""
    return any(
        e.canonical is None and e.regex.fullmatch(words)
        for e in org_entries()
        if e.needle in words.lower()
    )
