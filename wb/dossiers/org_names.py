"""Named local organisations, schools, teams and practices, found by their head word.

A generic noun ("basisschool", "jeugdzorgaanbieder", "praktijk", "zorgboerderij", listed in
``wb/lang/nl/org_heads.txt``, compounds ending in one count too) followed by a capitalised or
quoted name names a local organisation: "basisschool De Regenboog", "jeugdzorgaanbieder Horizon",
"zorgboerderij 'De Hoeve'". Some heads also follow the name ("het Orion college"). The head stays
readable, the name is replaced and reused as a short form in the whole dossier. An acronym in
brackets right after (or before) an organisation's name ("Stichting Samen Sterk (SSS)") is the
same organisation. Organisation patterns of ``organisations.txt`` also match text in CAPITALS.

Kept: national institutions and programmes (``institutions.txt``, ``keep.txt``), names made only
of kept words ("Jeugdbescherming Nederland"), places (found as places), and Title Case headings.
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    LOW,
    ROLES,
    TITLES,
    UP,
    OrgEntry,
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
    org_entries,
    place_triggers,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.org_name_ends import (
    date_start,
    dot_leader,
    legal_name_opens,
    located,
    name_end,
    role_after,
    role_opens_name,
    street_end,
)
from wb.dossiers.org_phrases import (
    domain_name,
    heading_after_domain,
    in_dictionary,
    noun_list_after,
    phrase_after,
)
from wb.dossiers.place_adjectives import place_of_adjective
from wb.dossiers.place_names import place_tail
from wb.dossiers.repeated_labels import label_cut
from wb.dossiers.word_index import alone_in_quotes, per_text
from wb.lang import table, word_set, words

# "Jeugd- en Gezinsteams"; "Go! voor Jeugd": a "!" inside a name (a lowercase word follows)
NAME = rf"[{UP}][\w'’]*(?:!(?=[ ][{LOW}]))?(?:-[\w'’]+)*(?:-(?=[ ]en[ ]))?"
CONNECT = r"(?:van|voor|de|der|den|het|'t|aan|op|ter|ten|tot|en|&)"
UNQUOTED = re.compile(
    rf"(?P<name>(?:(?:De|Het|'t)[ ])?{NAME}(?:[ ](?:{CONNECT}[ ])*{NAME}){{0,4}})(?![\w'’-])"
)
QUOTED = re.compile(r"[\"“„'‘](?P<name>[" + UP + r"][^\"“”'‘’\n]{0,48}?)[\"”'’](?![\w])")
# a region's code as a name's first word ("H-10", "K12"): the region, no organisation
REGION_CODE_WORD = re.compile(r"[A-Z]{1,3}-?[0-9]{1,3}(?![\w'’]|-[A-Z0-9])")
COMPOUND = re.compile(rf"(?<![\w'’-])[{UP}][{LOW}]{{3,}}(?![\w'’-])")
HEAD_WORD = re.compile(r"(?<![\w'’-])[\w][\w-]*(?=[ ])")
AFTER_HEAD = re.compile(rf"(?<![\w'’-])(?P<name>{NAME}(?:[ ]{NAME})?)[ ](?P<head>[{LOW}]+)\b")
ACRONYM_AFTER = re.compile(r"[ ]?\((?P<a>[A-Z][A-Za-z&]{1,7})\)")
ACRONYM_BEFORE = re.compile(r"(?<![\w-])(?P<a>[A-Z][A-Za-z&]{1,7})[ ]?\($")
MONTH_NAMES = frozenset((*words("months.txt"), *words("weekdays.txt")))
# word classes that never belong to an organisation's name
NOT_IN_NAME_POS = frozenset(("VERB", "AUX", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "NUM"))
ARTICLES = ("De", "Het", "'t")
NAME_GROUP = re.compile(rf"(?<![\w'’-])(?P<name>[{UP}][{LOW}]{{2,}})[ ]Groep(?![\w'’-])")
LOW_ARTICLE = re.compile(rf"(?:de|het)[ ](?=[{UP}])")
SECOND_HEAD = re.compile(rf"en[ ][{UP}][{LOW}]{{4,}}[ ](?=(?:de|het)[ ][{UP}])")


@cache
def org_heads() -> dict[str, tuple[str, bool]]:
    """Head words (lowercase) -> (type, may also follow the name)."""
    return {head: (typ, where == "voor+na") for head, typ, where in table("org_heads.txt", 3)}


@cache
def head_of(word: str) -> tuple[str, bool] | None:
    """The head entry a word is or ends in ("jeugdzorgaanbieder" -> "aanbieder"), or None."""
    low = word.lower()
    heads = org_heads()
    if low in heads:
        return heads[low]
    for head, entry in heads.items():
        if len(head) >= 4 and low.endswith(head) and len(low) > len(head) + 2:
            return entry
    return None


@cache
def _kept_words() -> frozenset[str]:
    """Words that end an organisation's name: one-word kept terms and institutions, titles,
    role words, place triggers, months and days."""
    words = {term for term in (*keep_terms(), *institutions()) if " " not in term}
    strong, weak = place_triggers()
    words |= {w.capitalize() for w in strong | weak | set(TITLES) | set(ROLES) | MONTH_NAMES}
    return frozenset(words)


@cache
def _kept_multiword(first: str) -> tuple[str, ...]:
    """Kept terms of several words that start with `first`."""
    return tuple(t for t in kept_terms() if " " in t and t.split()[0] == first)


@cache
def kept_terms() -> frozenset[str]:
    """Terms and national institutions that stay readable: never an organisation's name."""
    return frozenset(keep_terms()) | frozenset(institutions())


def title_case_line(text: str, pos: int) -> bool:
    """True when the line around `pos` is a Title Case heading ("Hulp Van Het Team")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if line.rstrip().endswith(","):
        return False  # "Zorgaanbieder Via Zorg,": a party's line in a ruling, no heading
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 3 or len(words) > 12:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def _trim(text: str, start: int, name: str, tags: dict[int, str] | None) -> str:
    """The name up to the first word that cannot belong to it (a stop word, a kept term, a
    title or role word, a verb by its word class), without trailing connectors."""
    kept: list[str] = []
    offset = start
    for word in name.split(" "):
        bare = word.rstrip(".,;:")
        tag = tags.get(offset) if tags else None
        first = not kept or (len(kept) == 1 and kept[0] in ARTICLES)
        if word[0].isupper() and not (first and word in ARTICLES):
            role = role_opens_name(text, offset + len(word), bare, not kept)  # "Kind aan Huis"
            if (bare in _kept_words() and not role) or is_stop_word(bare) or tag in NOT_IN_NAME_POS:
                break
            if re.fullmatch(r"[IVX]+|\d+", bare):
                break  # "Team III": a numbered chamber
            if kept and head_of(bare) is not None:
                break  # "praktijk Het Anker en Stichting Kompas": a second organisation
            if len(kept) > 1 and kept[-1] in ("de", "het") and kept[-2] == "en":
                kept.pop()
                break  # "Stichting Leergeld Oss en de Voedselbank": a second name, its article
            if kept and kept[-1] in ("en", "&") and re.fullmatch(r"[A-Z]{2,6}", bare):
                break  # "SBO De Brug en IKC Het Palet": a school type starts a second name
            if any(text.startswith(t, offset) for t in _kept_multiword(bare)):
                break  # "instelling Raad voor de Kinderbescherming"
        kept.append(word)
        offset += len(word) + 1
    while kept and (kept[-1][0].islower() or kept[-1] in ARTICLES or kept[-1] == "&"):
        kept.pop()
    return " ".join(kept)


NATIONAL_CUES = word_set("national_cues.txt")
REGION_WORDS = frozenset(words("name_compass.txt"))


def national_name(name: str) -> bool:
    """ "Pleegzorg Nederland", "Stichting Kompas Nederland": a name that ends in "Nederland"
    (not "Midden Nederland", a region) names a national organisation; so does a national or
    generic acronym ("team JGZ", ``national_acronyms.txt``)."""
    words = name.replace("-", " ").split()
    ends = len(words) > 1 and words[-1] == "Nederland" and words[-2].lower() not in REGION_WORDS
    return ends or name in word_set("national_acronyms.txt")


def national_before(text: str, start: int) -> bool:
    """True when "landelijke", "nationale" or "Nederlandse" stands right before an organisation
    (or its head word): "de landelijke vereniging X", "de Nederlandse Vereniging voor X"."""
    before = re.search(r"(\S+)[ ]+$", text[max(0, start - 30) : start])
    return bool(before) and before[1] in NATIONAL_CUES


def _acceptable(core: str) -> bool:
    """A name (without its article) that may be a local organisation's name."""
    words = core.split()
    if not words or national_name(core):
        return False
    if core in kept_terms() or any(core.startswith(t + " ") for t in kept_terms()):
        return False
    if all(w in _kept_words() or w in keep_terms() for w in words):
        return False  # "Jeugdbescherming Nederland": national
    return core not in places()


def _head_in_name(text: str, head: re.Match[str], core: str, article: bool) -> bool:
    """True when a capitalised head word in mid-sentence and the ordinary words after it start
    a region's or place's body ("Inkooporganisatie Jeugd Noord Veluwe"): one name, replaced
    whole, so the head word does not stay readable before the placeholder."""
    words = core.split()
    return (
        head[0][0].isupper()
        and not article
        and len(words) >= 2
        and is_ordinary(words[0])
        and not all(is_ordinary(w) for w in words)
        and not sentence_initial(text, head.start())
        and not title_case_line(text, head.start())
    )


def head_mentions(text: str, tags: dict[int, str] | None = None) -> list[Mention]:
    """Names after a head word ("praktijk Het Anker") and before one ("Orion college")."""
    found: list[Mention] = []
    for h in HEAD_WORD.finditer(text):
        entry = head_of(h[0])
        if entry is None or national_before(text, h.start()):
            continue
        typ, _ = entry
        pos = h.end() + 1
        quoted = QUOTED.match(text, pos)
        if quoted:
            name = quoted["name"].strip()
            start = quoted.start("name")
            if not _acceptable(name.split(" ", 1)[-1] if name.startswith(ARTICLES) else name):
                continue
        else:
            # "Basisschool de Waaier": an article in lowercase between head and name stays
            # readable, and shows the capital is a name's, not a Title Case heading's
            # "Zorgboerderij en Paardenhouderij de Hoeve": a second description, then the name
            second = SECOND_HEAD.match(text, pos)
            pos = second.end() if second else pos
            article = LOW_ARTICLE.match(text, pos)
            pos += article.end() - pos if article else 0
            m = UNQUOTED.match(text, pos)
            if not m or (title_case_line(text, pos) and not article):
                continue
            start = pos
            name = _trim(text, start, m["name"], tags)
            name = name[: street_end(name) or len(name)]  # "... Kwark aan de Kanaalweg"
            if article and title_case_line(text, pos):
                name = name.split(" ")[0]  # "Basisschool de Waaier Beeld Google": a caption
            core = name.split(" ", 1)[1] if name.split()[0:1] in (["De"], ["Het"], ["'t"]) else name
            # "Gezinshuis de Veluwe": after a head and a lowercase article a place names the home
            named_for_place = article is not None and " " not in core and core in places()
            if not name or not (_acceptable(core) or named_for_place):
                continue
            if REGION_CODE_WORD.match(name):
                continue  # "Inkoopbureau H-10": a region's code, the place of the body
            if " " not in name and name in first_names():
                continue  # "team Anja": a person
            if not article and " " not in name and noun_list_after(name, text, start + len(name)):
                continue  # "organisatie Koers, waarden en ambities": a heading's list
            if domain_name(core, DOMAINS) and not article:
                continue  # "team Zorg", "team Sociale Jeugdzorg": a team named for its domain
            if h[0][0].isupper() and not article and all(is_ordinary(w) for w in core.split()):
                # "Bureau Jeugdbescherming": Title Case of ordinary words; at a sentence start
                # only words of the dictionary count ("Kinderopvangorganisatie Kidsplus" names)
                dictionary = all(in_dictionary(w) for w in core.split())
                if not located(text, name, start + len(name)) and (
                    dictionary or not sentence_initial(text, h.start())
                ):
                    continue
            person_cut = _person_after(name, text, start + len(name))
            if person_cut:
                name = name[:person_cut].rstrip()  # "Stichting X Anna Verbeek, ...": a person
            if _head_in_name(text, h, core, article is not None):
                name, start = text[h.start() : start + len(name)], h.start()
        mention = Mention(start, start + len(name), typ, name, 1, "org-head", key=norm_name(name))
        mention.extra["short"] = name
        found.append(mention)
    for m in NAME_GROUP.finditer(text):  # "de Hoeve Groep": a name, then "Groep" capitalised
        name = m["name"]
        if is_ordinary(name) or is_stop_word(name) or name in first_names():
            continue
        if name in _kept_words() or name in ARTICLES:
            continue
        mention = Mention(m.start(), m.end(), "ORGANISATIE", m[0], 1, "org-group")
        mention.key, mention.extra["short"] = norm_name(m[0]), m[0]
        found.append(mention)
    for m in AFTER_HEAD.finditer(text):
        entry = head_of(m["head"])
        if entry is None or not entry[1] or m["head"] not in org_heads():
            continue
        name = m["name"]
        words = name.split()
        if any(is_stop_word(w) or w in _kept_words() for w in words) or name in places():
            continue
        if _document_word(words[0]) or (all(map(is_ordinary, words)) and dot_leader(text, m.end())):
            continue  # "Inspectierapport gastouderbureau", "Kwaliteit gastouderbureau .... 11"
        if sentence_initial(text, m.start()) and is_ordinary(words[0]):
            if len(m["head"]) < 10 or not ACRONYM_AFTER.match(text, m.end()):
                continue  # "Goede school"; but "Zon gastouderbureau (GOB)" names one
        if re.match(r"[ ]+van\b", text[m.end() :]):
            continue  # "het Haagse college van burgemeester en wethouders"
        if m["head"] == "college" and place_of_adjective(name):
            continue  # "het Zwolse college": the municipality's executive, no school
        mention = Mention(m.start(), m.end(), entry[0], m[0], 1, "org-head", key=norm_name(m[0]))
        mention.extra["short"] = name
        found.append(mention)
    return found


def compound_mentions(text: str) -> list[Mention]:
    """A capitalised word in mid-sentence that ends in a head word and is no dictionary word:
    the name of a school or organisation ("de Mariaschool", "het Vechtdalcollege")."""
    found = []
    ordinary = hunspell().ordinary
    for m in COMPOUND.finditer(text):
        word = m[0]
        entry = head_of(word)
        low = word.lower()
        if entry is None or low in org_heads() or low in ordinary or is_dutch_word(low):
            continue
        title = NAME_TITLE.search(text, max(0, m.start() - 12), m.start())
        title = title if title and title[1] in word_set("org_name_titles.txt") else None
        # "Kon. Julianaschool": the full stop of the title ends no sentence
        if (sentence_initial(text, m.start()) and not title) or title_case_line(text, m.start()):
            continue
        if word in kept_terms() or is_stop_word(word):
            continue
        if text[max(0, m.start() - 4) : m.start()].lower() == "een " and not title:
            continue  # "er is een Implementatiebureau opgericht": one of a kind, no name
        end = m.end()
        tail = COMPOUND_TAIL.match(text, end)
        if tail and all(
            is_ordinary(w) and not is_stop_word(w) and w not in places()
            for w in re.findall(rf"[{UP}][{LOW}]+", tail[0])
        ):
            end = tail.end()  # "het Regiecentrum Bescherming en Veiligheid": its whole name
        provider = PROVIDER_AFTER.match(text, end)
        if not tail and provider and _provider_name(provider[1]):
            end = provider.end()  # "het Expertisecentrum Kwarvik": a unit with its provider
        start = title.start(1) if title else m.start()  # "Koningin Julianaschool": its title
        name = text[start:end]
        mention = Mention(start, end, entry[0], name, 1, "org-compound", key=norm_name(name))
        mention.extra["short"] = name
        found.append(mention)
    return found


NAME_TITLE = re.compile(rf"(?<![\w'’.-])([{UP}][{LOW}]+)\.?[ ]$")
PROVIDER_AFTER = re.compile(rf"[ ]([{UP}][{LOW}]{{3,}})(?![\w'’-])")


def _provider_name(word: str) -> bool:
    """A capitalised word that is no dictionary word, stop word or place: a name."""
    return not (in_dictionary(word) or is_stop_word(word) or word in places())


# capitalised ordinary words joined by "en" after a compound's name, up to the last capital
COMPOUND_TAIL = re.compile(rf"[ ][{UP}][{LOW}]+(?:[ ](?:en|&)[ ][{UP}][{LOW}]+)+(?![\w'’-])")


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
            if name and " " not in name and _document_word(name):
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
                    or _person_after(name, text, m.end())
                    or label_cut(name, text)
                    or name_end(name, text, m.end())
                    or (_motto_word(name, text, m.end()) if entry.type == "SCHOOL" else None)
                )
                if cut:  # "Stichting Oosterpoort Inspectie jeugdzorg": the name ends before it
                    name = name[:cut].rstrip()
                    end = min(end, m.start("name") + len(name))
                if all(is_stop_word(w) for w in name.split()):
                    continue  # "De jeugdzorg Er is geldgebrek": a lost full stop, no name
            if name and entry.type == "SCHOOL" and m[0][: m.start("name") - start].isupper():
                start = m.start("name")  # "RKBS De Linde": the school type stays readable
            span = text[start:end]
            key = entry.canonical or norm_name(span)
            found.append(Mention(start, end, entry.type, span, 1, "org", key=key))
            if name and end == m.start("name") + len(name):  # also a name cut before a word
                found[-1].extra["short"] = name
                if _legal_form_name(text[start : m.start("name")], name):
                    found[-1].extra["named_short"] = name  # "Stichting Kompas": "Kompas" too
    for alias, (typ, key) in learned.org_aliases.items():
        # "Horizon", "Zorg"; not a word in mixed case ("WIJeindhoven"), which no sentence
        # start or opening quote makes ordinary
        ordinary = " " not in alias and is_ordinary(alias) and not _mixed_case(alias)
        for m in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?!\w|-(?![{LOW}]))", text):
            if (
                ordinary
                and sentence_initial(text, m.start())
                and text[m.start() - 1 : m.start()] != "("
                and not role_after(text, m.end())
                and not alone_in_quotes(text, m.start(), m.end())  # "of ‘Mariadonk’ een school"
                and not legal_name_opens(text, alias, m.end())  # "Buurtwerk gaat ..."
            ):
                continue  # "Zorg dat je ...": the ordinary word, not "team Zorg"; "(Trots)" is it
                # (but "Kompas bestuurder Anna Bos": the name of a role's organisation)
            before = PREVIOUS_CAPITAL.search(text, max(0, m.start() - 40), m.start())
            if (
                before
                and " " not in alias
                and before[1] not in learned.org_aliases
                and _first_name(before[1])
            ):
                continue  # "Sanne Curium": a surname after a first name
            found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
        if alias.split()[0] in ("De", "Het"):
            low = alias[0].lower() + alias[1:]
            for m in re.finditer(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
                found.append(Mention(m.start(), m.end(), typ, m[0], 1, "org-alias", key=key))
    return found


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


PREVIOUS_CAPITAL = re.compile(rf"(?<![\w'’-])([{UP}][{LOW}]+)[ ]$")


@cache
def _document_nouns() -> tuple[str, ...]:
    return tuple(sorted(word_set("document_nouns.txt")))


WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-zà-ÿ][\w-]*)[ ]$")


def plan_before(text: str, start: int) -> bool:
    """True when a lowercase plan's or document's noun stands right before `start` ("het
    beleidsplan Jeugdhulp Kwarland", ``document_nouns.txt``): the words after it are its title."""
    m = WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and m[1].endswith(_document_nouns())


def document_title(word: str) -> bool:
    """True for a capitalised ordinary word that is or ends in the head of a plan's or
    document's name ("Regiovisie", "Beleidsplan", ``document_nouns.txt``)."""
    low = word.lower()
    return word[:1].isupper() and is_ordinary(word) and low.endswith(_document_nouns())


def _document_word(word: str) -> bool:
    """A document's noun or its plural as one capitalised word ("Inspectierapport",
    "Inspectierapporten", "Beleidsplannen")."""
    if document_title(word):
        return True
    for ending, back in (("en", ""), ("nen", "n"), ("s", "")):
        stem = word[: -len(ending)] + back if word.endswith(ending) else ""
        if len(stem) > 3 and stem.lower().endswith(_document_nouns()) and is_ordinary(stem):
            return True
    return False


def _kept_word_after(name: str) -> int | None:
    """Where a name's first word that is itself a kept term (a national institution: "Inspectie")
    starts, when it is not the name's first word; None when there is none."""
    kept = kept_terms()
    for w in list(re.finditer(r"\S+", name))[1:]:
        if w[0] in kept:
            return w.start()
    return None


ACRONYM_AFTER = re.compile(r"[ ]?\((?P<a>[A-Z]{2,8})\)")


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


def _person_after(name: str, text: str, end: int) -> int | None:
    """ "Stichting Zonnebloemhuis Anna Verbeek, Kim Bos": where a known first name and one more
    capitalised word end a name, right before a comma, a person starts (the name ends before
    her); None otherwise."""
    words = list(re.finditer(r"\S+", name))
    if len(words) < 2 or text[end : end + 1] != ",":
        return None
    first, last = words[-2][0], words[-1][0]
    if words[-2].start() == 0 and len(words) == 2:
        return None  # the name is a person's name as a whole: left to the other rules
    if first in first_names() and last[:1].isupper() and not is_stop_word(last):
        return words[-2].start()
    return None


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


@cache
def not_in_names() -> frozenset[str]:
    """Capitalised words that never belong to a local organisation's name: institutions, titles,
    role words and the words after which a place follows ("Rechtbank", "Gemeente")."""
    words = {w for term in institutions() for w in term.split()}
    strong, weak = place_triggers()
    words |= {w.capitalize() for w in strong | weak | set(TITLES) | set(ROLES)}
    return frozenset(words)


DOMAINS = word_set("org_domains.txt")


# "De Jeugd- en Gezinsbeschermers,\ngevestigd te Alkmaar": a party's line in a ruling, then
# where it is established; a person lives ("wonende te"), an organisation is established
PARTY_LINE = re.compile(
    rf"(?m)^[ ]*(?P<name>(?:(?:De|Het)[ ])?{NAME}(?:[ ](?:{CONNECT}[ ])*{NAME}){{0,5}}),[ ]*"
    r"\n\s*gevestigd[ ]+(?:te|in)\b"
)


def party_line_mentions(text: str) -> list[Mention]:
    """A line that is only a capitalised name and a comma, followed by a line "gevestigd te":
    a party of a ruling that is an organisation; kept when it is a national institution."""
    found = []
    for m in PARTY_LINE.finditer(text):
        name = m["name"]
        core = name.split(" ", 1)[1] if name.startswith(ARTICLES) and " " in name else name
        words = core.split()
        if not _acceptable(core) or words[0] in first_names() or words[0] in not_in_names():
            continue
        if any(is_stop_word(w) for w in words if w[0].isupper()):
            continue
        if all(is_ordinary(w) and in_dictionary(w) for w in words if w[0].isupper()):
            continue  # "Gemeente Amsterdam"-like ordinary words only: left to the other rules
        start = m.end("name") - len(core)  # a line's first "De" is no part of the name
        mention = Mention(
            start, m.end("name"), "ORGANISATIE", core, 2, "party-line", key=norm_name(core)
        )
        mention.extra["short"] = core
        found.append(mention)
    return found
