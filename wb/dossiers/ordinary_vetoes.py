"""Capitalised ordinary words that a guessing rule took for a name (names71).

The fallback rules (a capitalised word no list knows, a run of capitals, a capitalised article in
mid-sentence), a club's kind before a capital and a dossier's learned short form read shapes;
these shapes also hold ordinary words that Dutch capitalises:

* a royal title alone ("namens de Koning", "b. Den Keizer", "de afgaande Koning", "Koning van
  het Gilde"; ``royal_titles.txt``): the head of state, or the king of a guild or a marksmen's
  society, by his title. A person with that surname ("Martin Koning", "mevrouw Prins", "F.
  Keizer") has a first name, initials or a title before it, which the person rules read;
* a venue or organisation named by its kind alone ("een voorstelling in Het Dorpshuis", "in
  overleg met het Sportcentrum"): the one village hall or sports centre, a kind of place
  (``org_introducing_kinds.txt``, the head words of ``org_heads.txt`` and compounds on one),
  no name of its own;
* "De X en de Y" with the second article in lowercase ("De Juffer en de Jongs"): the title of
  a play, book or song, written in sentence case; a second organisation's name would keep its
  capital ("De Balie en De Melkweg");
* a run of capitals that ends in an abbreviated first name before the surname ("Staand Adr.
  Willemsen"): a word before a person, no organisation;
* an unknown word at a sentence's start that is a stop word with another first letter
  ("Yervolgens besluit de raad"): a scan misread the capital;
* one long capitalised dictionary compound read as a name after a role word ("een moeder aan de
  Leerplichtambtenaar"): the noun of an office, no surname;
* a credit word opening a guessed run before the credited name ("Foto Kees de Kwast", "Redactie
  Kwakblad"): the word stays, the name after it is still replaced (names-kept3);
* an unknown word glued with a hyphen to a lowercase dictionary word ("Fifa-toernooien",
  "Kwik-rapport"): a compound whose head is an ordinary noun (names-kept3);
* an adjective or adverb opening a sentence or heading before a lowercase word that is no verb
  ("Groot podium", "Straks misschien nog ..."): a surname there is followed by its verb ("Groot
  zei"), so the word is the sentence's own (names-kept3);
* a law's abbreviation in mixed case, "W" and a consonant or "Aw" and up to four letters ("de
  Wkkp", "de Awir"): no Dutch name has that shape (names-kept3);
* a long compound of dictionary words read as a first name ("Scheidingsloket Kwarsom" at a
  heading): no first name a dossier learns, so the compound is not replaced elsewhere
  (``ordinary_first_name``, read by pass 1's learning; names-kept3).

Such a guess becomes a KEEP mention of its span and tier before the choice between overlapping
mentions: the guesses inside it lose to it, while a list's, a pattern's or the user's own mention
of the same words (a lower tier) still wins.
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import (
    LOW,
    TITLES,
    UP,
    first_names,
    is_dutch_word,
    is_known_name,
    is_ordinary,
    is_stop_word,
    norm_name,
    places,
    sentence_initial,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.org_introduced import is_kind
from wb.dossiers.org_words import head_of
from wb.dossiers.person_parts import low_particles
from wb.lang import word_set

# the sources whose mentions are guesses from a word's shape
GUESSES = frozenset({"fallback", "fallback-initial", "fallback-org", "club-kind", "party"})

# the word before a title: a first name, initials or a title ("Martin Koning", "F. Keizer")
_WORD_BEFORE = re.compile(r"(?P<w>[\w'’.]+)[ ]+$")
_INITIAL = re.compile(rf"(?:[{UP}]\.)+")


def _royal(word: str) -> bool:
    """A royal title as one capitalised word ("Koning", "Keizerin", "Koning(in)")."""
    word = word.removesuffix("(in)")
    return word[:1].isupper() and word.lower() in word_set("royal_titles.txt")


def _name_before(text: str, start: int) -> bool:
    """True when a first name, initials or a title stands right before ``start``, or before a
    particle there ("Jan de Koning", "mevrouw de Koning"): the word at ``start`` is a
    surname."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m["w"]
    if word.lower() in low_particles():
        return _name_before(text, m.start())
    return bool(_INITIAL.fullmatch(word)) or word.lower() in TITLES or word in first_names()


def royal_title(text: str, m: Mention) -> bool:
    """True for a guessed mention that is a royal title alone, or a run of ordinary words that
    opens with one ("Koning van het Gilde"), with no name, initials or title before it."""
    words = text[m.start : m.end].split()
    if not words or not _royal(words[0]) or _name_before(text, m.start):
        return False
    if _CAPITAL_AFTER.match(text, m.end):
        return False  # "Prins Willem Alexanderschool": the title opens a longer name
    rest = [w for w in words[1:] if w[:1].isupper()]
    return all(is_ordinary(w) and not is_known_name(w) and w not in places() for w in rest)


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:de|het|De|Het|in|op|naar|bij)[ ]$")
_CAPITAL_AFTER = re.compile(rf"[ ][{UP}]")


def kind_alone(text: str, m: Mention) -> bool:
    """True for a guessed or learned name that is only a dictionary word naming a kind of
    venue or organisation, with or without its article ("Het Dorpshuis", "het Sportcentrum")."""
    words = text[m.start : m.end].split()
    if words and words[0] in ("De", "Het", "de", "het") and len(words) == 2:
        words = words[1:]
    elif not _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start):
        return False
    if len(words) != 1:
        return False
    word = words[0]
    return (
        word[:1].isupper()
        and word[1:].islower()
        and is_dutch_word(word.lower())
        and not is_known_name(word)
        and (is_kind(word) or head_of(word) is not None)
    )


_SECOND_TITLE_PART = re.compile(rf"[ ]en[ ](?:de|het)[ ][{UP}][{LOW}]+")


def sentence_case_title(text: str, m: Mention) -> bool:
    """True for "De X" (X a dictionary word) right before "en de Y": the title of a work in
    sentence case ("De Juffer en de Jongs"), no organisation."""
    words = text[m.start : m.end].split()
    return (
        len(words) == 2
        and words[0] in ("De", "Het")
        and is_dutch_word(words[1].lower())
        and _SECOND_TITLE_PART.match(text, m.end) is not None
    )


_ABBREVIATED_FIRST = re.compile(rf"\.[ ][{UP}][{LOW}]")


def before_abbreviated_name(text: str, m: Mention) -> bool:
    """True for a run of capitals whose last word is a short abbreviation no dictionary knows,
    with its full stop and then a capitalised word ("Staand Adr. Willemsen"): an abbreviated
    first name and its surname follow the run's ordinary word."""
    words = text[m.start : m.end].split()
    last = words[-1] if len(words) > 1 else ""
    return (
        2 <= len(last) <= 4
        and last[:1].isupper()
        and last[1:].islower()
        and not is_dutch_word(last.lower())
        and all(is_ordinary(w) for w in words[:-1])
        and _ABBREVIATED_FIRST.match(text, m.end) is not None
    )


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def misread_stop_word(text: str, m: Mention) -> bool:
    """True for one unknown word of six letters or more at a sentence's start that is a stop
    word with another first letter ("Yervolgens" for "Vervolgens"): a scan misread the capital,
    no name."""
    word = text[m.start : m.end]
    if len(word) < 6 or not word[1:].islower() or not sentence_initial(text, m.start):
        return False
    if is_dutch_word(word.lower()) or is_known_name(word):
        return False
    return any(c != word[0].lower() and is_stop_word(c + word[1:]) for c in _LETTERS)


def compound_after_role(text: str, m: Mention) -> bool:
    """True for a person's name read after a role word that is one capitalised dictionary
    compound of twelve letters or more, no known name ("een moeder aan de
    Leerplichtambtenaar"): a noun for someone's office, no surname."""
    from wb.nlp import compound_parts

    word = text[m.start : m.end].split()[-1]
    return (
        len(word) >= 12
        and word[:1].isupper()
        and word[1:].islower()
        and is_dutch_word(word.lower())
        and not is_known_name(word)
        and len(compound_parts(word.lower())) > 1
    )


# words that credit a photo, a text or an editor before the credited name
CREDIT_WORDS = frozenset({"Foto", "Foto's", "Beeld", "Tekst", "Redactie", "Illustratie", "Video"})


def credit_word(text: str, m: Mention) -> bool:
    """True for a guessed run of two words or more that opens with a credit word ("Foto Kees de
    Kwast", "Redactie Kwakblad"): the credit is an ordinary word before the name."""
    words = text[m.start : m.end].split()
    return len(words) > 1 and words[0] in CREDIT_WORDS


_HYPHEN_TAIL = re.compile(rf"[{UP}][\w'’]*-(?P<tail>[{LOW}]{{4,}})")


def hyphen_compound(text: str, m: Mention) -> bool:
    """True for one guessed word glued with a hyphen to a lowercase dictionary word of four
    letters or more ("Fifa-toernooien"): a compound on an ordinary noun, no name."""
    match = _HYPHEN_TAIL.fullmatch(text, m.start, m.end)
    return match is not None and is_dutch_word(match["tail"])


_NEXT_WORD = re.compile(rf"[ ]+(?P<w>[{LOW}]+)")
_ADJ_ADV, _VERB = 4 | 8, 2  # wb.nlp.lexicon.POS_BITS


def modifier_at_start(text: str, m: Mention) -> bool:
    """True for one guessed word at a sentence's or line's start that the lexicon knows as an
    adjective or adverb, right before a lowercase word the lexicon knows and not as a verb
    ("Groot podium", "Straks misschien"; not "Groot zei"): the sentence's own word, no
    surname."""
    from wb.nlp.lexicon import get_lexicon

    word = text[m.start : m.end]
    if " " in word or not word[1:].islower() or word in first_names():
        return False  # "Koen van Asten": a first name, whatever the lexicon says of "koen"
    after = _NEXT_WORD.match(text, m.end)
    if after is None or after["w"] in low_particles() or not sentence_initial(text, m.start):
        return False
    mask = get_lexicon().pos_mask
    follows = mask.get(after["w"], 0)  # 0: an inflected verb ("zei") the table does not hold
    return bool(mask.get(word.lower(), 0) & _ADJ_ADV) and follows != 0 and not follows & _VERB


_LAW_ABBREVIATION = re.compile(r"(?:W[bcdfgjklmnpqstvwxz]|Aw)[a-z]{1,4}")


def law_abbreviation(text: str, m: Mention) -> bool:
    """True for one guessed word shaped as a law's abbreviation ("Wkkp", "Awir")."""
    return _LAW_ABBREVIATION.fullmatch(text, m.start, m.end) is not None


_NOUN, _ADJ, _FUNCTION = 1, 4, 16 | 32 | 64  # wb.nlp.lexicon.POS_BITS (adp, det, pron)
# the rules whose one-word mention a heading's or a noun phrase's first word can fill
PHRASE_SOURCES = GUESSES | {
    "org-head",
    "org-compound",
    "place",
    "trigger",
    "place-context",
    "title-role",
}


def _word_class(word: str) -> int:
    """The lexicon's word classes of a lowercase word, else of its lemma (0: unknown)."""
    from wb.nlp.lexicon import get_lexicon

    lexicon = get_lexicon()
    return lexicon.pos_mask.get(word, 0) or lexicon.pos_mask.get(lexicon.table_lemma(word) or "", 0)


def _noun_after(word: str) -> bool:
    """True for a lowercase word that is a noun or an adjective and no verb form: a content
    word of a noun phrase ("gegevens", "houder", "ondertoezichtstelling"), not a verb after a
    surname ("zei", "vindt", "werken") or a preposition ("namens")."""
    from wb.nlp.lexicon import get_lexicon

    if len(word) < 3 or is_stop_word(word) or word in low_particles() or not is_dutch_word(word):
        return False
    lexicon = get_lexicon()
    own = lexicon.pos_mask.get(word, 0)
    if own:
        return bool(own & (_NOUN | _ADJ)) and not own & (_VERB | _FUNCTION)  # not "namens"
    lemma = lexicon.table_lemma(word) or ""
    mask = lexicon.pos_mask.get(lemma, 0)
    if not mask & (_NOUN | _ADJ):
        return False
    # a plural in -s ("gegevens") is never a finite verb; else the lemma must be no verb
    return not mask & _VERB or (word == lemma + "s" and not word.endswith("ts"))


def phrase_start(text: str, m: Mention) -> bool:
    """True for a one-word mention that is a capitalised dictionary noun or adjective, no name
    in any list, right before a lowercase noun or adjective ("Algemene gegevens", "Zienswijze
    houder", "kinderrechter Voorlopige ondertoezichtstelling"): the first word of a heading or
    a noun phrase in sentence case; a surname there is followed by its verb ("Bakker zei")."""
    word = text[m.start : m.end]
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    low = word.lower()
    if not is_dutch_word(low) or is_known_name(word) or word in places():
        return False
    if not _word_class(low) & (_NOUN | _ADJ):
        return False
    after = _NEXT_WORD.match(text, m.end)
    return after is not None and _noun_after(after["w"])


def ordinary_first_name(word: str) -> bool:
    """True for a word of ten letters or more that no first-name list holds and that is a
    compound of dictionary words ("Scheidingsloket"): pass 1 learns no first name from it."""
    from wb.nlp import compound_parts

    return (
        len(word) >= 10
        and word[1:].islower()
        and word not in first_names()
        and not is_known_name(word)
        and is_ordinary(word)
        and len(compound_parts(word.lower())) > 1
    )


def ordinary_guess(text: str, m: Mention) -> tuple[int, int] | None:
    """The span of ordinary words in a guessed (or learned one-word) mention by one of the
    shapes above, or None when it is no such guess."""
    if m.source == "org-alias":
        return (m.start, m.end) if kind_alone(text, m) else None
    if m.source in PHRASE_SOURCES and phrase_start(text, m):
        return m.start, m.end  # names-kept4
    if m.source == "title-role" and m.type == "PERSOON":
        return (m.start, m.end) if compound_after_role(text, m) else None
    if m.source not in GUESSES:
        return None
    if royal_title(text, m) or kind_alone(text, m) or misread_stop_word(text, m):
        return m.start, m.end
    if m.source == "fallback-org" and sentence_case_title(text, m):
        return m.start, m.end
    if m.source == "fallback-org" and before_abbreviated_name(text, m):
        return m.start, text.rindex(" ", m.start, m.end)  # "Staand": "Adr." stays a name's
    if m.source in ("fallback", "fallback-org") and hyphen_compound(text, m):
        return m.start, m.end
    if m.source in ("fallback", "fallback-initial") and (
        modifier_at_start(text, m) or law_abbreviation(text, m)
    ):
        return m.start, m.end
    return None


POSTCODE_BEFORE = re.compile(r"(?<!\d)\d{4}[ ]?[A-Z]{2}[ ]$")


def after_postcode(text: str, m: Mention) -> bool:
    """True for a school's or organisation's name read after a kind's acronym that is a
    postcode's letters ("1234 BS Kwarstad"): the place of an address, no school."""
    return m.type in ("SCHOOL", "ORGANISATIE") and bool(
        POSTCODE_BEFORE.search(text, max(0, m.start - 10), m.start)
    )


def drop_ordinary_guesses(text: str, candidates: list[Mention]) -> list[Mention]:
    """The candidates with each guess that is an ordinary word turned into a KEEP mention of its
    ordinary words, with its tier, put first, so the guesses inside it ("Juffer" in "De
    Juffer") lose to it as well and no name is learned from it; a name read after a postcode's
    letters as a kind ("1234 BS Kwarstad") is dropped."""
    kept, rest = [], []
    for m in candidates:
        if m.source == "org" and after_postcode(text, m):
            continue  # the place after the postcode is left to the place rules
        if m.source in GUESSES and credit_word(text, m):
            end = text.index(" ", m.start)  # "Foto": the name after it stays the guess's
            kept.append(Mention(m.start, end, "KEEP", text[m.start : end], m.tier, "ordinary"))
            m = m.shallow_copy()
            m.start = end + 1
            m.text = text[m.start : m.end]
            m.key = norm_name(m.text) if m.key else m.key
        span = ordinary_guess(text, m)
        if span:
            kept.append(Mention(*span, "KEEP", text[span[0] : span[1]], m.tier, "ordinary"))
        else:
            rest.append(m)
    return kept + rest
