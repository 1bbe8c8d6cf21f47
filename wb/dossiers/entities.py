"""Find identifying text in Dutch youth-care reports (rules + word lists, offline, no model).

Detection runs per dossier. Pass 1 finds mentions with patterns and word lists; from those it
learns the dossier's names (first names, surnames), street names, places, school and
organisation short forms and birth dates. Pass 2 searches again with what was learned, so
"De Vries" or "Vries" later in the dossier is found once "Jan de Vries" was seen anywhere in it;
what pass 2 learns on top is searched once more only where it occurs. The mentions that do not
depend on what was learned are found once per text.

The detectors live in modules named for what they find: ``person_names`` (persons; with
``person_parts``, ``person_roles`` and ``person_lists``),
``place_names`` (places; with ``place_caps`` and ``place_lists``), ``org_names``
(organisations, schools, teams and practices; with ``org_head_names``, ``org_compounds``,
``org_party_lines`` and ``org_words``),
``identifiers`` (e-mail, phone, BSN, postcode, address, birth date), ``kept_mentions`` (terms
that stay), ``fallback_names`` (capitalised words no list knows); this module holds the
choice between overlapping mentions and the passes.

A capitalised word is a name or an ordinary word by the dictionaries: OpenTaal's hunspell-nl
word list and wb's lexicon (:func:`~wb.dossiers.entity_data.is_ordinary`), looked up in
lowercase, so sentence starts, headings, list items, Title Case and CAPITALS all count; a
word class from a tagger (``token.pos_``: PROPN, NOUN) decides when it is given.

Priorities when spans overlap (lower tier wins, then the longer span):

0. the user's "always replace" terms; patterns: e-mail, phone, BSN (11-proef, or any 8-9 digits
   right after "BSN"), postcode, street address, birth date;
1. organisations and schools (``wb/lang/nl/organisations.txt``: names and "Trigger {NAAM}"
   patterns, also in CAPITALS; a head word from ``org_heads.txt`` before a capitalised or quoted
   name, "jeugdzorgaanbieder Horizon"; an acronym in brackets after one; "Regio" + a known
   region, "Regio Twente", a regional body) and terms that stay:
   the user's "never replace" terms, ``keep.txt`` (programmes, languages, countries),
   ``institutions.txt`` (national institutions, roles, ministries, parties, laws) and "Wet ..."
   titles;
3. persons: known first names (``first_names.txt``) with particles and surname, titles
   and role words ("dhr. Bos", "oma Visser", "wethouder Smit"), initials ("J.P. de Vries"),
   "Naam (12)", label lines ("Moeder: ...") and signature lines, and everything learned;
4. places (``places.txt``, ``regions.txt``; also in CAPITALS), the word after a postcode and after
   "gemeente", "rechtbank", "te", "in" (``place_triggers.txt``; "in Heel en Panheel" when
   neither part is a known place, at tier 3 so a person guess inside does not split it); runs of
   capitalised words that mix ordinary words and a name, or start with a capitalised article
   mid-sentence ("Het Poortje"), as a local organisation;
5. fallback: any other capitalised word that is no ordinary word (a name at a sentence start too),
   names in CAPITALS, names in an enumeration of names, a name under a signing role.

Person spans hold the name only: titles, role words and a possessive 's ("dhr.", "moeder",
"Jordy's") stay outside the span and so stay readable. Only birth dates are DATUM
(report and meeting dates are needed for the chronology of a dossier): dates after "geboren",
"geb." or "geboortedatum", dates in brackets or after a comma right behind a name, and every
other spelling of such a date in the same dossier.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from wb.dossiers.author_citations import author_citations
from wb.dossiers.entity_data import (
    HYPHEN_PARTICLE,
    UP,
    gazetteer,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    parse_any_date,
    places,
)
from wb.dossiers.fallback_names import fallback_mentions as _fallback_mentions
from wb.dossiers.identifiers import birth_date_mentions, pattern_mentions
from wb.dossiers.kept_inside import split_kept
from wb.dossiers.kept_mentions import keep_mentions
from wb.dossiers.law_citations import cited_laws
from wb.dossiers.mentions import Learned, Mention
from wb.dossiers.name_case_evidence import lowercase_attested
from wb.dossiers.name_context import (
    local_party_mentions,
    member_party_mentions,
    org_region_mentions,
    person_context_mentions,
    place_context_mentions,
    regional_body_mentions,
)
from wb.dossiers.name_forms import learned_forms
from wb.dossiers.name_headings import title_page_names
from wb.dossiers.name_lines import (
    attendance_members,
    chair_signatures,
    closing_signature,
    motion_signers,
    participant_pairs,
    particle_lines,
)
from wb.dossiers.name_pairs import first_name_pairs
from wb.dossiers.name_shapes import (
    adjective_noun_names,
    apposition_orgs,
    caps_place_brands,
    coordinated_local_parties,
    glued_number_names,
    glued_places,
    listed_in_places,
    listed_local_parties,
    listed_unknown_words,
    number_place_names,
    place_initials,
    venue_names,
    web_address_places,
)
from wb.dossiers.ordinary_acronyms import ordinary_acronym_mentions
from wb.dossiers.ordinary_vetoes import drop_ordinary_guesses, ordinary_first_name
from wb.dossiers.org_acronym_runs import bracket_run_mentions, join_same_acronym
from wb.dossiers.org_acronyms import bare_acronym_mentions, defined_run_mentions, mark_acronyms
from wb.dossiers.org_affiliations import affiliation_orgs
from wb.dossiers.org_article_forms import article_forms
from wb.dossiers.org_camel_names import camel_org_mentions
from wb.dossiers.org_caps_legal import caps_legal_names
from wb.dossiers.org_caps_parties import caps_party_mentions
from wb.dossiers.org_clubs import club_mentions
from wb.dossiers.org_coined import coined_org_mentions
from wb.dossiers.org_compounds import compound_mentions
from wb.dossiers.org_head_names import head_mentions
from wb.dossiers.org_introduced import introduced_mentions
from wb.dossiers.org_kinds import kind_mentions
from wb.dossiers.org_legal_rest import legal_form_rest
from wb.dossiers.org_list_items import listed_org_items
from wb.dossiers.org_municipal_runs import municipal_run_mentions
from wb.dossiers.org_names import caps_org_mentions, national_mentions, org_mentions
from wb.dossiers.org_national_branches import national_branches
from wb.dossiers.org_partners import partner_firms
from wb.dossiers.org_parts import part_of_orgs
from wb.dossiers.org_party_lines import party_line_mentions
from wb.dossiers.org_party_lists import party_list_mentions
from wb.dossiers.org_place_subjects import place_subjects
from wb.dossiers.org_sectors import (
    employer_names,
    linked_plural_names,
    sector_providers,
    sector_tail,
    speech_employers,
)
from wb.dossiers.org_slots import slot_mentions
from wb.dossiers.org_structure import structure_mentions
from wb.dossiers.org_trade_names import trade_firms
from wb.dossiers.org_trading_names import trading_names
from wb.dossiers.person_appositions import apposition_persons, unknown_first_surnames
from wb.dossiers.person_edges import (
    bare_initial_persons,
    camel_case_names,
    credit_initials,
    repair_person_edges,
)
from wb.dossiers.person_eponyms import eponym_persons
from wb.dossiers.person_lists import list_mentions, merge_adjacent_persons
from wb.dossiers.person_misses import repair_person_misses
from wb.dossiers.person_names import person_mentions
from wb.dossiers.person_neighbours import join_fallback_tail, join_name_neighbours
from wb.dossiers.person_residence import cut_residence
from wb.dossiers.person_roles import bracket_role_names
from wb.dossiers.person_vetoes import drop_vetoed_persons
from wb.dossiers.place_adjectives import (
    article_less_places,
    lowercase_places,
    place_adjective_mentions,
    place_short_forms,
    spaced_places,
)
from wb.dossiers.place_caps import caps_mentions
from wb.dossiers.place_evidence import place_list_tails
from wb.dossiers.place_lists import bullet_places, example_places, listed_places
from wb.dossiers.place_names import (
    all_places,
    compass_places,
    gazetteer_mentions,
    hyphen_place_pairs,
    place_mentions,
    place_runs,
    region_codes,
    split_place_runs,
    trigger_places,
)
from wb.dossiers.regex_lead import lead_first
from wb.dossiers.region_names import region_mentions
from wb.dossiers.school_kinds import concept_after_kind
from wb.dossiers.school_names import named_schools, plural_school_names, schools_of
from wb.dossiers.school_teams import school_teams, team_owner_schools
from wb.dossiers.span_repairs import (
    compass_before_place,
    generic_legal_forms,
    longer_written_form,
    place_after_care_word,
    place_before_ordinary_word,
)
from wb.dossiers.time_codes import glue_time_codes, split_time_codes
from wb.dossiers.word_index import literal_spans, names_regex, text_memo
from wb.lang import word_set

# --- detectors ------------------------------------------------------------------------------


def _user_mentions(text: str, replace: dict[str, str]) -> list[Mention]:
    """The user's "always replace" terms (tier 0: they win over everything)."""
    if not replace:
        return []
    found = []
    for m in names_regex(frozenset(replace)).finditer(text):
        type_ = replace[m[0]]
        mention = Mention(m.start(), m.end(), type_, m[0], 0, "user", key=norm_name(m[0]))
        if type_ == "PERSOON":
            mention.first, mention.surname = "", norm_name(m[0])
        found.append(mention)
    return found


# --- resolution of overlaps -----------------------------------------------------------------


def select(mentions: Iterable[Mention], text: str) -> list[Mention]:
    """Non-overlapping mentions: lower tier first, then longer, then earlier."""
    chosen: list[Mention] = []
    ordered = sorted(mentions, key=lambda m: (m.tier, -(m.end - m.start), m.start))
    low = min((m.start for m in ordered), default=0)
    taken = bytearray(max((m.end - low for m in ordered), default=0))  # 1: a chosen character
    for m in ordered:
        if m.end <= m.start:
            continue
        if 1 in taken[m.start - low : m.end - low]:  # overlaps a chosen span
            continue
        chosen.append(m)
        taken[m.start - low : m.end - low] = b"\x01" * (m.end - m.start)
    chosen = [m for m in chosen if m.type != "KEEP"]
    return merge_adjacent_persons(sorted(chosen, key=lambda m: m.start), text)


# --- the two passes -------------------------------------------------------------------------


def _static_mentions(
    text: str,
    tag_key: tuple[tuple[int, str], ...] | None,
    keep: frozenset[str],
    replace_key: tuple[tuple[str, str], ...],
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The mentions that do not depend on what was learned in the dossier, so the passes of
    :func:`detect_dossier` find them once per text: (patterns and lists, fallback)."""
    tags = dict(tag_key) if tag_key else None
    static = _user_mentions(text, dict(replace_key)) + pattern_mentions(text)
    static += keep_mentions(text, keep) + trigger_places(text) + cited_laws(text)
    static += head_mentions(text, tags) + national_mentions(text) + caps_org_mentions(text)
    static += compound_mentions(text) + org_region_mentions(text) + defined_run_mentions(text)
    static += bracket_run_mentions(text) + municipal_run_mentions(text)  # names-orgs4, names65
    static += person_context_mentions(text) + place_context_mentions(text)
    static += local_party_mentions(text) + bare_acronym_mentions(text)
    static += member_party_mentions(text) + ordinary_acronym_mentions(text)  # names-kept4
    static += (
        glued_number_names(text) + glued_places(text) + apposition_orgs(text) + place_initials(text)
    )
    static += listed_local_parties(text) + regional_body_mentions(text)
    static += coordinated_local_parties(text) + number_place_names(text) + sector_providers(text)
    static += linked_plural_names(text) + venue_names(text) + adjective_noun_names(text)
    static += gazetteer_mentions(text) + listed_places(text) + region_codes(text)
    static += bullet_places(text) + place_adjective_mentions(text) + place_short_forms(text)
    static += (
        spaced_places(text) + lowercase_places(text) + partner_firms(text) + employer_names(text)
    )
    static += article_less_places(text) + speech_employers(text)
    static += first_name_pairs(text) + part_of_orgs(text) + affiliation_orgs(text)
    static += place_runs(text) + party_line_mentions(text) + listed_in_places(text)
    static += party_list_mentions(text) + club_mentions(text) + coined_org_mentions(text)
    static += introduced_mentions(text)
    static += listed_unknown_words(text) + example_places(text) + slot_mentions(text)
    static += structure_mentions(text) + region_mentions(text) + kind_mentions(text)
    static += title_page_names(text) + named_schools(text) + schools_of(text)
    static += plural_school_names(text) + school_teams(text) + trade_firms(text)
    static += team_owner_schools(text)  # names70
    static += caps_legal_names(text) + camel_org_mentions(text)  # names-orgs4 (2026-12-07)
    static += caps_party_mentions(text)  # names-orgs5 (2026-12-07)
    static += attendance_members(text) + closing_signature(text) + chair_signatures(text)
    static += motion_signers(text) + particle_lines(text)
    static += participant_pairs(text) + eponym_persons(text)
    static += bare_initial_persons(text) + camel_case_names(text) + hyphen_place_pairs(text)
    static += web_address_places(text) + author_citations(text) + bracket_role_names(text)
    static += caps_place_brands(text) + place_list_tails(text) + compass_places(text)
    static += apposition_persons(text) + unknown_first_surnames(text)  # names68
    static += credit_initials(text) + trading_names(text)  # names69
    fallback = _fallback_mentions(text, tags) + caps_mentions(text) + list_mentions(text, tags)
    return tuple(static), tuple(fallback)


def detect(
    text: str,
    learned: Learned | None = None,
    tags: dict[int, str] | None = None,
    keep: frozenset[str] = frozenset(),
    replace: dict[str, str] | None = None,
    static: tuple[tuple[Mention, ...], tuple[Mention, ...]] | None = None,
) -> list[Mention]:
    """All identifying mentions in one text, non-overlapping, sorted by position.

    `tags` maps the start offset of a token to its word class (UPOS, ``token.pos_``) when a
    tagger ran; without it the dictionaries decide. `keep` are the user's terms that stay,
    `replace` the user's terms that are always replaced (term -> placeholder type).
    """
    learned = learned or Learned()
    if static is None:
        tag_key = tuple(sorted(tags.items())) if tags else None
        static = _static_mentions(text, tag_key, keep, tuple(sorted((replace or {}).items())))
    static, fallback = static
    persons = person_mentions(text, learned)
    candidates = [m.shallow_copy() for m in static] + org_mentions(text, learned)
    candidates += persons + place_mentions(text, learned) + learned_forms(text, learned)
    fallback_copies = [m.shallow_copy() for m in fallback]
    candidates += fallback_copies
    candidates += birth_date_mentions(text, learned, persons + fallback_copies)
    learned_streets = learned.streets
    for street in learned_streets:
        for s, e in literal_spans(text, street):  # (?<![\w-])STREET(?![\w-])
            candidates.append(Mention(s, e, "ADRES", text[s:e], 0, "street"))
            candidates[-1].key = norm_name(text[s:e])
    places_found = [(m.start, m.end) for m in candidates if m.source in ("place", "trigger")]
    if places_found:
        # "regio Zuidoost Nederland": a kept word inside a longer place name is part of it
        candidates = [
            m
            for m in candidates
            if m.type != "KEEP"
            or not any(
                s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in places_found
            )
        ]
    candidates = drop_vetoed_persons(text, candidates)  # names69
    candidates = drop_ordinary_guesses(text, candidates)  # names71
    candidates = national_branches(text, candidates)  # "Centrum voor ... Kwarveen" (names-orgs6)
    result = select(candidates, text)
    kept = [(m.start, m.end) for m in candidates if m.type == "KEEP"]
    listed = listed_org_items(text, result, kept)
    if listed:
        result = sorted(result + listed, key=lambda m: m.start)
    result = article_forms(text, result)  # "De X" ... "de X": the same one (names-orgs4)
    repair_person_edges(text, result)
    result = cut_residence(text, result)  # "X te Kwarveen": the place apart (names-tail)
    result = place_subjects(text, result)  # "Lokaal Kwarveen vraagt": one org (names-orgs6)
    join_name_neighbours(text, result)
    repair_person_misses(text, result)  # "Luuk van Kwarvik": the particle too (names-addr)
    result = join_fallback_tail(text, result)
    split_place_runs(text, result)
    _legal_form(text, result)
    _label_after(text, result)
    place_before_ordinary_word(text, result)
    compass_before_place(text, result)
    result = _street_word_before(text, result)
    sector_tail(text, result)
    place_after_care_word(text, result, learned.places)
    result = generic_legal_forms(text, result)
    longer_written_form(text, result)  # names70
    for m in result:
        if m.type == "SCHOOL":
            concept_after_kind(text, m)  # "basisschool Jenaplan de X": X (names71)
    for m in result:
        m.text = text[m.start : m.end]
    mark_acronyms(text, result)
    join_same_acronym(result, learned.org_aliases)
    result = split_kept(text, result, keep)  # "wijkteam Oosterveld", "wijkteam" kept
    return lowercase_attested(text, result)


def _street_word_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Oudezijds Achterburgwal 12": a word the fallback took for a person right before a
    street address is the street name's first word (the address takes it)."""
    drop = set()
    for a, b in itertools.pairwise(mentions):
        if a.type == "PERSOON" and a.source.startswith("fallback") and b.type == "ADRES":
            if text[a.end : b.start] == " " and " " not in text[a.start : a.end]:
                b.start, b.key = a.start, norm_name(text[a.start : b.end])
                drop.add(id(a))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _label_after(text: str, mentions: list[Mention]) -> None:
    """ "Sneek Telefoon: 0515 ...", "naar Drenthe Foto: ...": an ordinary word that is
    no known name right before a colon is the next field's label, no part of the name before
    it (the name is cut back to the words before the label); so is an ordinary word (a stop
    word too) before up to three lowercase words and a colon ("GGD Utrecht In opdracht van:")
    and, after a known place, a word no list knows right before a colon (a label's typo). A word
    right after an article ("De Zonnetrein:") ends the name, it is no label."""
    for m in mentions:
        if m.type not in ("PLAATS", "ORGANISATIE", "SCHOOL"):
            continue
        # "Gemeente Amsterdam Datum inspectie:", "GGD Utrecht In opdracht van:": a label of a
        # capitalised word and up to three lowercase words
        worded = LOWER_LABEL.match(text, m.end) is not None
        if text[m.end : m.end + 1] != ":" and not worded:
            continue
        words = list(re.finditer(r"\S+", text[m.start : m.end]))
        if worded and not any(w[0] in all_places() for w in words[:-1]):
            continue  # "De Jutters is georganiseerd in:": a sentence, no label after a place
        last = words[-1][0]
        if len(words) < 2 or not last[:1].isupper() or is_known_name(last):
            continue
        if words[-2][0].lower() in NAME_ARTICLES:
            continue  # "Stichting De Zonnetrein: ...": the word after an article ends the name
        if m.text in places() or m.text in gazetteer():
            continue  # "Den Haag: ...": the whole name is a place
        head = text[m.start : m.start + words[-2].end()]
        # "Gemeente Woerden Regislratiedatum:": after a known place an unknown word is a label
        unknown_after_place = (
            not worded and last[1:].islower() and len(last) >= 6 and head in all_places()
        )
        if (is_ordinary(last) and (worded or not is_stop_word(last))) or unknown_after_place:
            m.end = m.start + words[-2].end()
            m.text = text[m.start : m.end]
            m.key = norm_name(m.text)


NAME_ARTICLES = word_set("label_name_articles.txt")

LOWER_LABEL = re.compile(r"(?:[ ][a-zà-ÿ]+){1,3}:")

LEGAL_FORM = re.compile(r"(?<![\w-])(?:[Ss]tichting|[Vv]ereniging|[Cc]o[öo]peratie)[ ]$")


def _legal_form(text: str, mentions: list[Mention]) -> None:
    """ "Stichting Bureau Jeugdzorg Noord-Brabant": a legal form right before an organisation's
    name is part of it."""
    for m in mentions:
        if m.type in ("ORGANISATIE", "SCHOOL"):
            lead = LEGAL_FORM.search(text, max(0, m.start - 12), m.start)
            if lead and not any(
                o.start < m.start and lead.start() < o.end for o in mentions if o is not m
            ):
                m.start = lead.start()


def learn(texts: Iterable[str]) -> Learned:
    """Pass 1 over a dossier's texts: names, streets, short forms and birth dates to reuse."""
    learned = Learned()
    for text in texts:
        for m in detect(text, learned):
            _learn_from(m, learned)
    return learned


DOUBLE_SURNAME = re.compile(rf"[{UP}][\w'’]*{HYPHEN_PARTICLE}$")


def _learn_from(m: Mention, learned: Learned) -> None:
    if m.type == "PERSOON" and m.source not in ("fallback", "initial-age"):  # no letter learned
        if m.first:
            for word in m.first.split():
                if not ordinary_first_name(word):  # "Scheidingsloket": a compound (names-kept3)
                    learned.first_names.add(word)
        if m.surname:
            double = DOUBLE_SURNAME.search(m.text)  # "Kuiper-van Dijk": the whole double name
            core = double[0] if double else m.text.split()[-1]
            core = m.extra.get("surname_words", core)  # "Bart Kwarts Kwerps": both words
            if m.source == "surname-first":  # "Van den Broele Pieter": the surname before
                core = m.text.split()[-2]
            if m.source == "citation-inverted":  # "Velde, P.K. ter": the word before the comma
                core = m.text.split(",")[0]
            if core[:1].isupper() and not is_stop_word(core):
                learned.surnames.add(core)
                if "surname_words" in m.extra:
                    learned.surnames.add(m.text.split()[-1])  # "Kwerps" alone later too
                parts = core.split("-")
                if len(parts) > 1 and all(p[:1].isupper() and len(p) > 2 for p in parts):
                    learned.surnames.update(parts)  # "Kwakernaak-Oudshoorn"
    elif m.type == "PERSOON" and m.surname and " " in m.text:
        learned.surnames.add(m.text.split()[-1])
    elif m.type == "ADRES" and m.extra.get("street"):
        learned.streets.add(m.extra["street"])
    elif m.type == "DATUM" and m.source == "birth-date":
        value = parse_any_date(m.text)
        if value:
            learned.birth_dates.add(value)
    elif m.type == "PLAATS" and m.source in (
        "after-postcode",
        "trigger",
        "place-list",
        "gazetteer",
        "region-shape",
        "region-code",
    ):
        learned.places.add(m.text)
    if m.type in ("ORGANISATIE", "SCHOOL") and m.extra.get("acronym"):
        learned.org_aliases.setdefault(m.extra["acronym"], (m.type, m.key))
    rest = legal_form_rest(m.text) if m.type in ("ORGANISATIE", "SCHOOL") else None
    if rest:  # "Stichting Kansrijk Kwarstad": "Kansrijk Kwarstad" alone is the same one
        learned.org_aliases.setdefault(rest, (m.type, m.key))
    named_short = m.extra.get("named_short")  # a name though a dictionary word ("Kompas")
    for short in (m.extra.get("short"), named_short) if m.type in ("ORGANISATIE", "SCHOOL") else ():
        if not short:
            continue
        words = short.split()
        # "aanbieder Horizon"; "de fracties van VVD, Trots en CDA": a party in a vote's list
        named = m.source in ("org-head", "listed-org") or short == named_short
        named = named and not is_stop_word(short)
        if words[0] in ("De", "Het", "'t") or len(words) > 1 or not is_dutch_word(short) or named:
            if short not in places():
                learned.org_aliases.setdefault(short, (m.type, m.key))


def detect_dossier(
    texts: list[str],
    tags: list[dict[int, str] | None] | None = None,
    keep: frozenset[str] = frozenset(),
    replace: dict[str, str] | None = None,
) -> list[list[Mention]]:
    """Mentions per text of one dossier, with names learned across all its texts.

    Pass 1 learns names from every text; pass 2 detects with them. What pass 2 learns on top
    (a name found only thanks to pass 1) is searched again only in the texts where it occurs
    outside the mentions already found.
    """
    with text_memo():
        return _detect_dossier(texts, tags, keep, replace)


def _detect_dossier(
    texts: list[str],
    tags: list[dict[int, str] | None] | None,
    keep: frozenset[str],
    replace: dict[str, str] | None,
) -> list[list[Mention]]:
    originals = texts
    texts = [split_time_codes(_hyphens(_apostrophes(t))) for t in texts]
    tags = tags or [None] * len(texts)
    replace = replace or {}
    statics = [
        _static_mentions(
            text, tuple(sorted(t.items())) if t else None, keep, tuple(sorted(replace.items()))
        )
        for text, t in zip(texts, tags, strict=True)
    ]
    learned = Learned()
    for text, t, st in zip(texts, tags, statics, strict=True):
        for m in detect(text, learned, t, keep, replace, st):
            _learn_from(m, learned)
    before = _learned_words(learned)
    result = [
        detect(text, learned, t, keep, replace, st)
        for text, t, st in zip(texts, tags, statics, strict=True)
    ]
    for mentions in result:
        for m in mentions:
            _learn_from(m, learned)
    new = _learned_words(learned) - before
    if not new:
        return _original_text(result, originals)
    for i, text in enumerate(texts):
        covered = bytearray(len(text))
        for m in result[i]:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        for word in new:
            if word in text and any(not covered[k] for k, _ in literal_spans(text, word)):
                result[i] = detect(text, learned, tags[i], keep, replace, statics[i])
                break
    return _original_text(result, originals)


UNICODE_HYPHEN = re.compile(r"(?<=\w)[\u2010\u2011](?=\w)")


def _hyphens(text: str) -> str:
    """ "Kols\u2011Van Dreel": a Unicode hyphen or non-breaking hyphen between two word characters
    written as "-", so a double surname or compound is one word to the rules (same length)."""
    return UNICODE_HYPHEN.sub("-", text) if "\u2010" in text or "\u2011" in text else text


CURLY_ARTICLE = re.compile(lead_first(r"(?<![\w'‘’])[‘’](?=[ts](?:[ ]|-[A-Z]))"))


def _apostrophes(text: str) -> str:
    """ "‘t Zwaluwnest", "’s-Hertogenbosch": a curly apostrophe before the article 't or 's
    written as a straight one, so the rules see one spelling (same length: offsets hold)."""
    return CURLY_ARTICLE.sub("'", text)


def _join_known_orgs(result: list[list[Mention]], texts: list[str]) -> None:
    """ "Jeugdbescherming Utrecht" + "Amersfoort": an organisation and a place right after it
    that together are an organisation's full name elsewhere in the dossier are that name; so is
    an organisation whose name ends in "Regio" and the place after it ("Jeugdbescherming Regio"
    + "Amsterdam": a name does not end in the word)."""
    full = {m.key for ms in result for m in ms if m.type == "ORGANISATIE" and " " in m.key}
    for mentions, text in zip(result, texts, strict=True):
        for i in range(len(mentions) - 1, 0, -1):
            org, place = mentions[i - 1], mentions[i]
            if org.type != "ORGANISATIE" or place.type != "PLAATS":
                continue
            if text[org.end : place.start] != " ":
                continue
            key = norm_name(text[org.start : place.end])
            regio = org.text.split()[-1] == "Regio" and " " in org.text.strip()
            if (key in full or regio) and key != org.key:
                org.end, org.key = place.end, key
                org.text = text[org.start : org.end]
                del mentions[i]


def _original_text(result: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """The mentions' text as written in the original (curly apostrophes and all)."""
    _join_known_orgs(result, texts)
    for mentions, text in zip(result, texts, strict=True):
        glue_time_codes(mentions, text)
        for m in mentions:
            m.text = text[m.start : m.end]
    return result


def _learned_words(learned: Learned) -> set[str]:
    return (
        learned.first_names
        | learned.surnames
        | learned.streets
        | learned.places
        | set(learned.org_aliases)
    )
