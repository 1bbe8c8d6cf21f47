"""The fallback for names no list knows: capitalised words that are no ordinary word.

The last tier of the priorities in :mod:`wb.dossiers.entities`: a capitalised word in the
middle of a sentence (or an unknown one at its start) that the dictionaries do not know is a
person; a run of capitalised words that mixes ordinary words and a name is a local organisation.
The helpers here tell the capitalised words that are no name ("Wmo-onderwerp", "Gedupeerden",
"een Legoblokje") apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wb.dossiers.entity_data import (
    CAP,
    ROLES,
    TITLES,
    UP,
    first_names,
    gazetteer,
    inflected_adjective,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.foreign_sentences import foreign_start
from wb.dossiers.mentions import Mention
from wb.dossiers.name_case_evidence import written_lowercase
from wb.dossiers.name_compounds import day_compound, noun_headed_compound
from wb.dossiers.name_context import adjective_and_noun
from wb.dossiers.name_headings import section_heading_word
from wb.dossiers.org_documents import plan_before
from wb.dossiers.org_runs import after_abbreviation, ordinary_parts, org_run
from wb.dossiers.org_words import org_heads
from wb.dossiers.person_double_surnames import double_surnames
from wb.dossiers.person_lists import name_like
from wb.dossiers.person_parts import low_particles, particle_re, person
from wb.dossiers.place_names import counted
from wb.dossiers.regex_lead import lead_first
from wb.lang import word_set


def fallback_mentions(text: str, tags: dict[int, str] | None = None) -> list[Mention]:
    """Capitalised words in the middle of a sentence: names the lists do not know."""
    found = []
    part = particle_re()
    rx = re.compile(
        rf"(?<![\w'’@.-])(?:(?:{part})[ ])*{CAP}(?:[ ](?:(?:{part})[ ])*{CAP})*(?![\w-])"
    )
    for m in rx.finditer(text):
        if all(_acronym_compound(w) for w in m[0].split() if w[0].isupper()):
            continue  # "het Wmo-onderwerp": a short capitalised head before a lowercase word
        start = m.start()
        first_word = m[0].split()[0]
        if m[0] == first_word and text[m.end() : m.end() + 1] == "." and _title(first_word):
            continue  # "gemaild naar Mw. Jansen": the title, the name follows
        if m[0] == first_word and text[m.end() : m.end() + 2] == ".:":
            continue  # "2014 Aanw.: ...": an abbreviated label, no name
        labelled = False
        while _meeting_label(first_word):
            # "Leerkrachten MR Aanwezig de Swart", "Griffier Notuliste :": a list's label
            start, labelled = start + len(first_word) + 1, True
            rest = text[start : m.end()].split()
            if not rest or not any(w[0].isupper() for w in rest):
                break
            first_word = rest[0]
        if start >= m.end() or not any(w[0].isupper() for w in text[start : m.end()].split()):
            continue
        if first_word[0].islower() and not labelled:  # "Aanwezig de Swart": particles stay
            # particles belong to the name only when a capitalised word follows directly
            run = text[start : m.end()]
            start += run.index(next(w for w in run.split() if w[0].isupper()))
            if text[start - 3 : start] == "'t ":
                start, first_word = start - 3, "'t"  # "in 't Anker"
        if first_word == "'t":
            org = org_run(text, start, m.end(), tags)  # "'t Zwaluwnest", also after "naam:"
            if org:
                found.append(org)
            continue
        if after_abbreviation(text, start) and is_stop_word(first_word):
            org = org_run(text, start, m.end(), tags)  # "o.a. Rondom Ugchelen"
            if org:
                found.append(org)
                continue
        if sentence_initial(text, start):
            # an unknown word starting a sentence ("Xiomara vertelt") is a name as well
            word = re.match(CAP, text[start:])
            if not word:
                continue
            w = word[0]
            if _title(w):
                continue  # "Steller: Drs. A. Bos", "Prof. Dr A. Bos": a title, the name follows
            if ABBREVIATION_BEFORE_LOWER.match(text, start):
                continue  # "Plv. leden: ...": an abbreviation without a vowel, no name
            if ABBREVIATION_PAIR.match(text, start):
                continue  # "Reg. nr.: ...", "Reg.nr.": one abbreviation before another
            name = (not is_ordinary(w) or (is_known_name(w) and w not in places())) and not (
                is_stop_word(w) or text.startswith(keep_terms(), start)
            )
            if tags and tags.get(start) not in (None, "PROPN", "X"):
                name = False
            if name and is_ordinary(w) and inflected_adjective(w.lower()):
                # "Jonge mensen", "Kleine kinderen": an adjective before a word in lowercase
                name = not re.match(r"[ ]+[a-zà-ÿ]", text[start + word.end() :])
            if name and (_acronym_compound(w) or section_heading_word(text, start, w)):
                name = False  # "Ib-er is coach", "1.7. Agenda": no name
            if name and is_ordinary(w.split("-")[0]) and _contents_line(text, start):
                name = False  # "Werk-items ... 14": a table of contents' entry
            if name and is_dutch_word(w.lower()) and _verb_before_pronoun(text, start + word.end()):
                name = False  # "Kent u het bericht ...?": an inverted question's verb, no name
            if name and INTERJECTION.fullmatch(w):
                name = False  # "Pff…Dat kan toch niet": a sound, consonants only, no name
            if name and (_nominal_plural(w) or _inflected_form(w)):
                name = False  # "Gedupeerden, organisaties en ...": an adjective as a noun
            if name and foreign_start(text, start, start + word.end()):
                name = False  # "Currently, there are ...", "Dêrom bin ik ek ...": no name
            if name and glued_article_role(w):
                name = False  # "Devoorzitter: Ik heet ...": an article glued to a role word
            if name and written_lowercase(text, w):
                name = False  # "3. Outreachend Jongerenwerk", "outreachend werk": the text's word
            if name and ("-" not in w or not is_ordinary(w)):
                mention = person(text, start, start + word.end(), 6, "fallback-initial")
                if mention:
                    found.append(mention)
                surname = _surname_after(text, start + word.end(), part)
                if surname:
                    mention = person(text, start, surname, 5, "fallback-initial")
                    if mention:
                        found.append(mention)
            rest = re.search(r"\s+", text[start : m.end()])
            if not rest:
                continue
            head = w.lower() in org_heads() and text[start + rest.end() : m.end()] not in places()
            org = org_run(text, start, m.end(), tags) if head else None
            if org:  # "Centrum Groot denkt mee": a head word opens the name at a sentence start
                found.append(org)
                continue
            start += rest.end()  # "Zelfs Davy": the words after the first one
        if (
            " " in m[0].strip()
            and ONE_OF_A_KIND.search(text, max(0, start - 30), start)
            and NOUN_AFTER.match(text, m.end())
        ):
            continue  # "een extra Join Us groep": one of a kind, no organisation's or person's name
        doubles = double_surnames(text, start, m.end())
        for s, e in doubles:  # "van Dijken-te Velde": a double surname, a person's
            mention = person(text, s, e, 5, "fallback")
            if mention:
                found.append(mention)
        org = org_run(text, start, m.end(), tags)
        if org and doubles and any(org.start < e and s < org.end for s, e in doubles):
            org = None
        if org and not adjective_and_noun(org.text):
            _van_der_before(text, org)
            found.append(org)
        titled = len(m[0].split()) > 1  # a run of capitalised words, not one word alone
        if titled and plan_before(text, start):
            continue  # "het project Local Future Collective": a plan's or project's title
        for s, e in _name_runs(text, start, m.end(), tags):
            words = text[s:e].split()
            if all(is_stop_word(w) for w in words):
                continue
            if _article_before(text, s) and all(is_dutch_word(w.lower()) for w in words):
                continue  # "een oud Afrikaans gezegde": a person takes no "een" or "het"
            if _article_before(text, s) and len(words) == 1 and _diminutive(words[0]):
                continue  # "op een Legoblokje stappen": a thing, no person
            if len(words) == 1 and is_dutch_word(words[0].lower()) and counted(text, s):
                continue  # "Leven in Twee Huizen": a counted plural noun, no name
            if titled and any(ordinary_parts(w) for w in words):
                continue  # "De Praktijkondersteuner Huisarts-Jeugd Een": a Title Case title
            if all(_meeting_label(w) for w in words if w[0].isupper()):
                continue  # "Griffier Notuliste :": the labels of a list of those present
            mention = person(text, s, e, 5, "fallback")
            if mention:
                found.append(mention)
            for w in re.finditer(CAP, text[s:e]):
                if _meeting_label(w[0]):
                    continue
                if not is_stop_word(w[0]) and not (titled and ordinary_parts(w[0])):
                    single = person(text, s + w.start(), s + w.end(), 6, "fallback")
                    if single:
                        found.append(single)
    people = word_set("demonyms.txt")  # "de opvang voor Syriërs": a people alone, no person
    return [m for m in found if m.type != "PERSOON" or text[m.start : m.end] not in people]


def _verb_before_pronoun(text: str, end: int) -> bool:
    """Whether a subject pronoun in lowercase follows ``end`` ("Kent u", "Weet je")."""
    m = re.match(r"[ ]+([a-z]+)[ ]", text[end : end + 12])
    return bool(m) and m[1] in word_set("inverted_subject_pronouns.txt")


def _meeting_label(word: str) -> bool:
    """True for a capitalised label of a list of those present ("Aanwezig", "Notuliste")."""
    return word[:1].isupper() and word.lower() in word_set("meeting_labels.txt")


ONE_OF_A_KIND = re.compile(lead_first(r"(?<![\w'’-])een[ ](?:[a-zà-ÿ]+[ ])?$"))
NOUN_AFTER = re.compile(r"[ ][a-zà-ÿ]{4,}\b")


def _surname_after(text: str, end: int, part: str) -> int | None:
    """ "Wendeline van Kramsma, ...": where a surname that no dictionary knows (after particles)
    right after a name at a sentence start ends; None when the next word is none."""
    m = re.compile(rf"[ ](?:(?:{part})[ ])*(?P<s>{CAP})(?![\w'’-])").match(text, end)
    if not m:
        return None
    word = m["s"]
    if is_dutch_word(word.lower()) or is_stop_word(word) or word in places():
        return None
    if word in keep_terms() or word in gazetteer() or (is_known_name(word) and is_ordinary(word)):
        return None
    return m.end()


# a capitalised word without a vowel, its full stop and a lowercase word: an abbreviation
ABBREVIATION_BEFORE_LOWER = re.compile(rf"[{UP}][b-df-hj-np-tv-xz]{{1,4}}\.[ ]+[a-z]")
# a short word and its full stop before a lowercase abbreviation and its own: "Reg. nr."
ABBREVIATION_PAIR = re.compile(rf"[{UP}][a-z]{{1,5}}\.[ ]?[a-z]{{1,4}}\.")

# a sound written out: consonants only, ending in a doubled letter ("Pff", "Hmm", "Brr")
INTERJECTION = re.compile(r"[B-DF-HJ-NP-TV-XZ][b-df-hj-np-tv-xz]*([b-df-hj-np-tv-xz])\1")
VAN_DER = re.compile(lead_first(r"(?<![\w'’-])[Vv]an[ ]d(?:er|en)[ ]$"))


def _van_der_before(text: str, org: Mention) -> None:
    """ "Van der Valk Hotel Ede": "van der" or "van den" (no ordinary words) right before an
    organisation's name found in a run is the start of that name."""
    lead = VAN_DER.search(text, max(0, org.start - 8), org.start)
    if lead:
        org.start = lead.start()
        org.text = text[org.start : org.end]
        org.key = norm_name(org.text)


ACRONYM_COMPOUND = re.compile(r"[A-Z][A-Za-z]{0,4}-(?P<tail>[a-z]{4,})")
ACRONYM_AGENT = re.compile(r"[A-Z][A-Za-z]{0,4}[-'’](?:er|ers|ster|sters)")


@lru_cache(maxsize=1 << 16)
def _acronym_compound(word: str) -> bool:
    """True for a compound of a short capitalised head and a lowercase dictionary word
    ("Wmo-onderwerp", "GGD-arts"): an ordinary word, no name ("Kuiper-van" has a particle)."""
    if ACRONYM_AGENT.fullmatch(word):
        return True  # "Ib-er", "VVD'er": someone who is or does what the acronym says
    m = ACRONYM_COMPOUND.fullmatch(word)
    if m and is_dutch_word(m["tail"]) and m["tail"] not in low_particles():
        return True
    # "Facebook-pagina": a longer head, the same; "Werelddierendag": a compound on "dag"
    return noun_headed_compound(word) or day_compound(word)


def _nominal_plural(word: str) -> bool:
    """True for the plural of an adjective or participle used as a noun ("Gedupeerden",
    "Volwassenen"): without "n" an ordinary word in -e, without "en" one too."""
    return (
        len(word) >= 8
        and word.endswith("en")
        and is_ordinary(word[:-1])
        and is_ordinary(word[:-2])
        and not is_known_name(word)
    )


def _inflected_form(word: str) -> bool:
    """True for an adjective or participle with its inflection -e whose stem the dictionary
    knows and that is no known name ("Vergaande", "Betreffende"): eight letters or more."""
    return (
        len(word) >= 8
        and word.endswith("e")
        and not re.search(r"-[A-Z]", word)  # "Noord-Hollandse": a place's adjective
        and word[:-2] not in places()
        and is_ordinary(word[:-1])
        and is_dutch_word(word[:-1].lower())
        and not is_known_name(word)
    )


def _diminutive(word: str) -> bool:
    """True for a word of seven letters or more ending in a diminutive ("-je", "-tje") that is
    no known first name ("Legoblokje"; not "Marijtje")."""
    return len(word) >= 7 and word.endswith("je") and word not in first_names()


def _title(word: str) -> bool:
    """True for a title written with a full stop ("Drs.", "Mr.", "Prof.")."""
    return word.lower() + "." in TITLES


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:een|het)[ ](?:[a-zà-ÿ]+[ ])?$")


def _article_before(text: str, start: int) -> bool:
    """True when "een" or "het" (and at most one lowercase word) stands right before `start`:
    "een oud Afrikaans gezegde", "het Zweeds"."""
    return _ARTICLE_BEFORE.search(text, max(0, start - 30), start) is not None


def _people_adjective(word: str) -> bool:
    """True for an adjective of a people, language or place with its -e ("Zweedse", "Duitse"):
    before a name ("de Zweedse Anna") it is no part of the name."""
    return (
        len(word) >= 6
        and word.endswith("se")
        and word not in first_names()
        and is_dutch_word(word.lower())
    )


def _name_runs(
    text: str, start: int, end: int, tags: dict[int, str] | None
) -> list[tuple[int, int]]:
    """The parts of a run of capitalised words that may be names (ordinary words split it)."""
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    pending = None  # particles waiting for a name after them
    # "Van Vroonhoven": a capitalised particle mid-sentence before a name (not before an ordinary
    # word of a Title Case title: "Van Afstand naar Verbinding")
    capital_particle = False
    for w in re.finditer(r"\S+", text[start:end]):
        s, e = start + w.start(), start + w.end()
        word = w[0]
        if word[0].islower() or word.lower() in low_particles():  # a particle
            pending = s if pending is None else pending
            # "maart Het Bureau heeft": "Het" opens no surname ("'t Hart" is written so)
            capital_particle = capital_particle or (word[0].isupper() and word != "Het")
            continue
        adjective = current is None and pending is None and _people_adjective(word)
        particle_name = (
            capital_particle and not _from_to(text, e, word) and not _title_adjective(text, e, word)
        )
        if (particle_name or name_like(text, s, word, tags)) and not (
            is_stop_word(word) or adjective
        ):
            if current is None:
                current = (s if pending is None else pending, e)
            else:
                current = (current[0], e)
        else:
            if current:
                runs.append(current)
            current = None
        pending = None
        capital_particle = False
    if current:
        runs.append(current)
    return runs


FROM_TO = re.compile(rf"[ ]+(?:naar|tot)[ ]+[{UP}]")


def _from_to(text: str, end: int, word: str) -> bool:
    """True for "Van Afstand naar Verbinding": "Van", an ordinary word that is no known name,
    then "naar" or "tot" and a capital: a title "from X to Y", no surname."""
    return (
        text.startswith("Van ", end - len(word) - 4)
        and FROM_TO.match(text, end) is not None
        and is_ordinary(word)
        and not is_known_name(word)
    )


CAPITAL_AFTER = re.compile(rf"[ ]+[{UP}]")


def _title_adjective(text: str, end: int, word: str) -> bool:
    """True for "De Nationale Voorleeswedstrijd": after a capitalised particle an inflected
    adjective of the dictionary that no list knows as a name, then a capitalised word: the
    adjective of a Title Case title, no surname ("De Jonge" stays one: a known name)."""
    return (
        word[:1].isupper()
        and is_ordinary(word)
        and inflected_adjective(word.lower())
        and not is_known_name(word)
        and CAPITAL_AFTER.match(text, end) is not None
    )


GLUED_ARTICLE = re.compile(r"(?:De|Het)(?P<role>[a-z]{4,})")


def glued_article_role(word: str) -> bool:
    """True for an article glued to a role word as stored ("Devoorzitter", "Deminister"): no
    name."""
    m = GLUED_ARTICLE.fullmatch(word)
    return bool(m) and m["role"] in ROLES


CONTENTS_LINE = re.compile(r"[^\n]*?(?:\.[ ]?\.[ ]?\.|…)[ .…]*\d{1,3}[ ]*(?:\n|$)")


def _contents_line(text: str, start: int) -> bool:
    """True when the line from `start` ends in a dot leader and a page number ("Werk-items
    ... 14"): an entry of a table of contents, whose first word is a heading's."""
    if start and text[start - 1] != "\n":
        return False
    return CONTENTS_LINE.match(text, start) is not None
