"""Rules B and D of wb.dossiers.voice: the term itself is talked about (named, defined, a
heading or a literature reference)."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.voice_structure import NAMED_AFTER, PERSON_WORDS, specific_person
from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_words import (
    ABSTRACT_OF,
    CARE_NOUNS,
    DEFINING,
    DEFINITION_NOUNS,
    LIST_NOUNS,
    NAME_HEADS,
    OF_TOPICS,
    OWN_TEXT_NOUNS,
    RELATION_NOUNS,
    SINGULAR_TERM_NOUNS,
    TERM_CUES,
    TOPIC_ALWAYS,
    TOPIC_NOUNS,
    TOPIC_PREPS,
    WHAT_IS,
    WORD_NOUNS,
)
from wb.lang import word_set, words

_TOPIC_HEADS = words("voice_topic_heads.txt")
CLASSIFY_PARTICIPLES = word_set("voice_classify_participles.txt")
CLASSIFY_VERBS = word_set("voice_classify_verbs.txt")
_THIRD_PERSON = word_set("voice_assertion_third_person.txt")
_PLURAL_OPENERS = word_set("voice_plural_openers.txt")
_NAME_PARTICLES = word_set("voice_name_particles.txt")
HEADLINE_PERSONS = word_set("voice_headline_persons.txt")
REFERRING = frozenset(tuple(line.split()) for line in words("voice_referring_verbs.txt"))
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_CONCEPT_ENDINGS = ("ing", "tie", "isme", "ict", "syndroom", "problematiek", "scheiding")
_QUOTE_TOKENS = QUOTE_MARKS | {"`"}


def heading(doc: Doc, start: int, end: int) -> bool:
    """True when the span stands in a short line without final punctuation.

    A line that names a particular person ("de moeder", "haar zoon"; a bare singular "moeder" or
    "vader" in a verbless headline: "Slachtofferrol moeder", or as the headline's first word,
    its subject: "Moeder verkiest vriend boven kind") is a case title, not a heading;
    a bare plural ("Kinderen in een conflictscheiding") is still a general title. A line that
    gives its source after the term ("X volgens Y") is no heading either: the
    attribution rules decide.
    """
    text = doc.text
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    alone = (a == 0 or text[:a].endswith("\n\n")) and (
        b == len(text) or text[b:].startswith("\n\n") or not text[b:].strip()
    )
    line = line.strip().rstrip("'\"”’»)")
    words = [w.strip(".,;:!?()'\"«»“”‘’·-").lower() for w in line.split()]
    question = line.endswith("?") and alone  # "Loyaliteitsconflict: hoe te voorkomen?"
    if not line or (line[-1] in ".,;:!?" and not question) or len(words) > 12:
        return False
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return True
    raw = text[a:b].strip()
    quoted = raw[:1] in "'\"“„‘«" and raw[-1:] in "'\"”’»"
    if quoted and any("Fin" in t.morph.get("VerbForm") for t in span):
        return False  # a quoted statement as headline: 'X kent alleen maar verliezers'
    if any(t.lower_ in ("volgens", "aldus") for t in span if t.idx >= end):
        return False  # "Ruziënde ouders volgens een verslaggever": a source applies the term
    if any(w in HEADLINE_PERSONS for w in words) and not any(
        t.pos_ in ("VERB", "AUX") for t in span
    ):
        return False  # "Slachtofferrol moeder": a verbless headline about a particular parent
    if words[0] in HEADLINE_PERSONS:
        return False  # "Moeder verkiest vriend boven kind": that parent is the headline's subject
    if _named_subject(list(span)):
        return False  # "Liam werd dagelijks gekleineerd door de juf": what happened to someone
    return not specific_person(list(span))


def _named_subject(tokens: list[Any]) -> bool:
    """A headline that opens with a name and a past finite verb tells what that person did or
    what was done to them (a story's title: asserted by the usual rules), labels33. Not in the
    present: "Stadskanaal wil betere begeleiding bij X" (a place, a plan)."""
    words_ = [t for t in tokens if not t.is_space and t.text not in "'\"‘“„«"]
    if len(words_) < 3 or words_[0].pos_ != "PROPN" or words_[1].pos_ == "PROPN":
        return False
    verb = words_[1]
    return finite(verb) and "Past" in verb.morph.get("Tense")


def reference(doc: Doc, start: int, end: int) -> bool:
    """True in a literature reference: 'J. Zander; Titel; Assen, 1999.'"""
    text = doc.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : len(text) if b < 0 else b]
    return line.count(";") >= 2 and bool(_YEAR.search(line))


def title_case(tokens: list[Any], at: int) -> bool:
    """True for a capitalised term inside a capitalised name: 'Dag van de Ouderverstoting',
    'Herken Ouderverstoting', 'The Parental Alienation Syndrome'."""
    word = tokens[at].text
    if at == 0 or not word[:1].isupper() or word.isupper():
        return False
    for j in range(at - 1, max(-1, at - 4), -1):
        prev = tokens[j].text
        if prev.lower() in _NAME_PARTICLES:
            continue
        if not prev[:1].isupper() or prev.isupper() or not prev.isalpha():
            return False
        starts = (
            j == 0 or tokens[j - 1].text in {".", ":", "!", "?", "\n"} or tokens[j - 1].is_space
        )
        return not starts or j + 1 < at  # 'Vader stelt ...' is no name; 'Dag van de X' is
    return False


_TERM_COPULAS = word_set("voice_term_copulas.txt")


def quoted_definition(tokens: list[Any]) -> bool:
    """The sentence opens with a word or short phrase in quotes and a form of "zijn" right after
    it: "‘Afhaken’ is een term die ...", "'Probleemkinderen' zijn kinderen uit ...". It explains
    the quoted word, so every term in it is talked about."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 4 or words[0].text not in _QUOTE_TOKENS:
        return False
    for k in range(2, min(len(words) - 1, 6)):
        if words[k].text in _QUOTE_TOKENS:
            if any(t.pos_ in {"VERB", "AUX"} for t in words[1:k]):
                return False  # a quoted statement, not a term: "'Moeder is boos' zei hij"
            # "zijn" after a plural term may be tagged as a possessive: match the word
            return words[k + 1].lower_ in _TERM_COPULAS
    return False


def quoted_gloss(tokens: list[Any], at: int, upto: int) -> bool:
    """The term stands in quotes and a colon glosses it with a noun and a relative clause:
    "noemen ze ‘X’: moeders die ...". The quoted word is explained, so it is talked about
    (policy 8: a category in scare quotes), also when someone is said to use it (labels40)."""
    if at < 1 or upto + 3 >= len(tokens) or tokens[at - 1].text not in _QUOTE_TOKENS:
        return False
    if tokens[upto].text not in _QUOTE_TOKENS or tokens[upto + 1].text != ":":
        return False
    rest = [t for t in tokens[upto + 2 : upto + 7] if not t.is_space]
    if not rest or (
        rest[0].pos_ != "NOUN"
        and not (rest[0].pos_ == "ADJ" and rest[1:2] and rest[1].pos_ == "NOUN")
    ):
        return False
    return any(t.lower_ in {"die", "dat"} and t.pos_ == "PRON" for t in rest[1:])


def defines(low: list[str], at: int, upto: int) -> bool:
    """'We spreken van X (als ...)', 'Er is sprake van X als een kind ...': a definition; and
    'uitleg over wat (een) X is/inhoudt/betekent' (labels14)."""
    before = low[max(0, at - 4) : at]
    if "spreken" in before and any(w in {"we", "wij", "men"} for w in before):
        return True
    if _what_it_is(low, at, upto):
        return True
    return low[max(0, at - 2) : at] == ["sprake", "van"] and low[upto : upto + 1] == ["als"]


def _what_it_is(low: list[str], at: int, upto: int) -> bool:
    """'wat (een) X is': the term explained, not applied ('wat een narcist hij is' is not)."""
    opener = low[at - 1 : at] == ["wat"] or low[max(0, at - 2) : at] == ["wat", "een"]
    return opener and low[upto : upto + 1] in (["is"], ["inhoudt"], ["betekent"])


def named(low: list[str], tokens: list[Any], at: int) -> bool:
    """Rule B (without headings): a name, a topic or a list of terms introduces the term."""
    j = at - 1
    while j >= 0 and (low[j] in _QUOTE_TOKENS or tokens[j].is_space):
        j -= 1
    if j >= 0 and (low[j] in NAME_HEADS or tokens[j].lemma_.lower() in NAME_HEADS):
        return True
    if any(
        low[k] in OWN_TEXT_NOUNS and k and low[k - 1] in {"dit", "deze"} for k in range(len(low))
    ):
        return True  # "In dit artikel benaderen we ouderverstoting ..."
    seen = 0
    for j in range(at - 1, -1, -1):
        word = low[j]
        if word in {".", ";", ":", "!", "?"}:
            break
        if word in _QUOTE_TOKENS or word == "/":
            continue
        seen += 1
        if word in TOPIC_ALWAYS and seen <= 10:
            return True  # "inzake de positie van kinderen in een vechtscheiding"
        if word == "over" and (j == 0 or low[0] in TOPIC_NOUNS):
            return True  # "Over ouderverstoting ...", "Vragen van het lid ... over X"
        if word == "voor" and seen <= 5 and any(w in CARE_NOUNS for w in low[max(0, j - 3) : j]):
            return True  # "behandeling (te ontwikkelen) voor parental alienation"
        if seen <= 5:
            if word in TOPIC_PREPS and any(
                w in TOPIC_NOUNS or t.lemma_.lower() in TOPIC_NOUNS or w.endswith(_TOPIC_HEADS)
                for w, t in zip(low[max(0, j - 10) : j], tokens[max(0, j - 10) : j], strict=True)
            ):
                return True
            if word == "van" and j and low[j - 1] in OF_TOPICS:
                return True
            if (
                word == "van"
                and j
                and low[j - 1] in ABSTRACT_OF
                and (j == at - 1 or (j == at - 2 and low[at - 1] == "een"))
            ):
                return True  # "de aanpak van vechtscheidingen", "de gevolgen van een X"
            if word in {"met", "tussen"} and any(
                w in RELATION_NOUNS for w in low[max(0, j - 3) : j]
            ):
                return True
        if seen <= 10 and word in TERM_CUES:
            return True
        if seen > 10:
            break
    return False


_EXPLAIN_VERBS = (["houdt", "in"], ["betekent"], ["wil", "zeggen"])


def explains_term(prev: list[Any], tokens: list[Any]) -> bool:
    """Rule D: "... kan ontaarden in 'ouderonthechting'. Dat houdt in dat ...": a sentence that
    opens with "Dat/Dit houdt in", "betekent" or "wil zeggen" explains the term the previous
    sentence ended with, when that term was named as a term (in quotes, or after "de term",
    "het begrip"); the terms in the explanation are discussed. An inference after a plain
    sentence ("Er is sprake van X. Dit betekent dat ...") is not."""
    low = [t.lower_ for t in tokens if not t.is_space]
    if len(low) < 3 or low[0] not in ("dat", "dit"):
        return False
    if not any(low[1 : 1 + len(v)] == v for v in _EXPLAIN_VERBS):
        return False
    words = [t for t in prev if not t.is_space]
    while words and words[-1].text in {".", "!", ":"}:
        words.pop()
    if len(words) < 2:
        return False
    quoted = words[-1].text in _QUOTE_TOKENS and words[-2].text.isalpha()
    named_term = any(t.lower_ in WORD_NOUNS for t in words)
    return quoted or named_term


def quoted_concept_definition(tokens: list[Any], at: int, upto: int) -> bool:
    """A definition inside a quote (labels22): the term opens the quoted sentence (after "de" or
    "het" at most) and a copula and a definition noun follow ("“Ouderverstoting is een ernstige
    vorm van ...”", "\"Het X is een ziekte ...\""). Someone states what the term is; the term
    is talked about, not applied to anyone."""
    k = at - 1
    while k >= 0 and tokens[k].is_space:
        k -= 1
    if k >= 0 and tokens[k].lower_ in {"de", "het"}:
        k -= 1
        while k >= 0 and tokens[k].is_space:
            k -= 1
    if k >= 0 and tokens[k].text not in _QUOTE_TOKENS:
        return False
    if tokens[upto - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    after = [t.lower_ for t in tokens[upto:] if not t.is_space][:7]
    return after[:1] in (["is"], ["zijn"], ["betekent"]) and any(
        _definition_noun(w) for w in after[1:]
    )


def _definition_noun(word: str) -> bool:
    """A definition noun, also as the head of a compound ("persoonlijkheidsstoornis")."""
    return word in DEFINITION_NOUNS or any(
        word.endswith(n) and len(word) - len(n) >= 4 for n in DEFINITION_NOUNS
    )


def _naming_subject(low: list[str], upto: int) -> bool:
    """'Wat er met je kind gebeurt tijdens een X ... heet: Y' (labels22): a statement that opens
    with "wat"/"hetgeen" and names its clause with "heet"/"heten" after the term describes what
    the name stands for; every term in that description is discussed. A question is not."""
    words = [w for w in low if w.strip()]
    if not words or words[0] not in {"wat", "hetgeen"} or words[-1] == "?":
        return False
    return any(w in {"heet", "heten"} for w in low[upto:])


def _concept_noun(word: str) -> bool:
    """True for an acronym or a single abstract noun (ouderverstoting, parentificatie, narcisme)."""
    if word.isupper() and len(word) >= 2:
        return True
    low = word.lower()
    return word.isalpha() and low.endswith(_CONCEPT_ENDINGS)


def _someone(tokens: list[Any], at: int, upto: int) -> bool:
    """True when a particular person stands outside the term: a singular person word, a
    third-person pronoun, or a person word with a determiner or possessive ("de ouders")."""
    for k, t in enumerate(tokens):
        if at <= k < upto or t.is_space:
            continue
        if t.lower_ in _THIRD_PERSON and t.pos_ == "PRON":
            return True
        if t.lower_ in PERSON_WORDS and "Plur" not in t.morph.get("Number"):
            return True
    rest = [t for k, t in enumerate(tokens) if not at <= k < upto]
    return specific_person(rest)


def classified(tokens: list[Any], low: list[str], at: int, upto: int) -> bool:
    """A case or a phenomenon is classified with the term, or a generic group is named by it.

    "Ruim 7000 scheidingen worden gezien als een vechtscheiding", "oudervervreemding is
    gekwalificeerd als geestelijk geweld", "De rechtbank noemde oudervervreemding een vorm van
    kindermishandeling", "Ouders die ... worden vaak manipulatief genoemd": the term is talked
    about. Not when a particular person is classified ("moeder wordt gezien als manipulatief").
    """
    words = [t for t in tokens if not t.is_space]
    if any(w in NAMED_AFTER for w in low) and words:
        first = words[0]
        opener = first.lower_ in _PLURAL_OPENERS and len(words) > 1
        head = words[1] if opener else first
        person = head.lower_ in PERSON_WORDS or head.lemma_.lower() in PERSON_WORDS
        plural = person and "Plur" in head.morph.get("Number")
        if plural and (opener or "die" in low[: at + 1]):
            return True  # "Ouders die ... worden vaak ... genoemd": a generic group is named
    if _someone(tokens, at, upto):
        return False
    for k, word in enumerate(low):
        if word in CLASSIFY_PARTICIPLES and "als" in low[k + 1 : k + 3]:
            if any(t.pos_ == "AUX" for t in tokens):
                return True  # passive: "worden gezien als", "is aangemerkt als"
    lemmas = [t.lemma_.lower() for t in tokens]
    # the term as object, not as a predicate ("noemt moeder manipulatief"); taggers sometimes
    # call a bare abstract noun ADV, so only adjectives and verbs are excluded
    if any(w in CLASSIFY_VERBS for w in lemmas[:at]) and tokens[at].pos_ not in {"ADJ", "VERB"}:
        after = low[upto : upto + 4]
        if after[:1] == ["als"] or (
            after[:1] == ["een"] and any(w in DEFINITION_NOUNS for w in after[1:3])
        ):
            return True  # "noemde oudervervreemding een vorm van ..."
    return False


def defined(tokens: list[Any], low: list[str], at: int, upto: int) -> bool:
    """Rule D: the sentence defines or names the term."""
    if low[:2] in WHAT_IS or low[max(0, at - 2) : at] in WHAT_IS:
        return True
    if any(w in DEFINING for w in low):
        return True
    if any(w in LIST_NOUNS for w in low[upto : upto + 14]):
        return True
    if any(w in {"heet", "heten"} for w in low[max(0, at - 2) : at]):
        return True
    if _naming_subject(low, upto):
        return True
    if low[upto : upto + 2] == ["staat", "voor"]:
        return True
    if any(w in SINGULAR_TERM_NOUNS for w in low[max(0, at - 2) : at]):
        return True
    ends = [t.text for t in tokens if not t.is_space][-1:]
    if at == 0 and ends in ([":"], ["."], ["!"]) and _concept_noun(tokens[0].text):
        return True  # "Ouderverstoting wordt veroorzaakt door ...": the concept as subject
    if low[upto : upto + 2] in ([",", "een"], [",", "de"], [",", "het"]) and any(
        w in WORD_NOUNS for w in low[upto + 2 : upto + 5]
    ):
        return True  # "Het ouderverstotingssyndroom, een vertaling van ..."
    if low[upto : upto + 1] == ["een"] and any(w in WORD_NOUNS for w in low[upto + 1 : upto + 4]):
        return True  # "Wij vinden X een betere vertaling van ..." (labels26): called a word
    if low[upto : upto + 1] in (["–"], ["—"]) and any(
        w in DEFINITION_NOUNS for w in low[upto + 1 : upto + 4]
    ):
        return True  # "ouderverstoting – een vorm van ..."
    words = [t for t in tokens if not t.is_space]
    if words and words[0].i < tokens[at].i and _concept_noun(words[0].text):
        verb = [w.lower_ for w in words[1:5]]
        if tuple(verb[:2]) in REFERRING:  # "X verwijst naar een situatie waarin ..." (labels26)
            verb = ["is", *verb[2:]]
        if verb[:1] in (["is"], ["betekent"]) and any(
            w in DEFINITION_NOUNS or w == "situatie" for w in verb[1:3]
        ):
            return True  # "Ouderverstoting is de situatie waarin ... klem zit": the definiens
    if (
        at
        and low[at - 1] == "het"
        and low[upto : upto + 1] == ["van"]
        and tokens[at].text.lower().endswith("en")
        and upto + 1 < len(tokens)
        and (low[upto + 1] == "een" or "Plur" in tokens[upto + 1].morph.get("Number"))
    ):
        return True  # "het verstoten van ouders": the act in general
    if any(w in PERSON_WORDS for w in low[:at]):
        return False
    for j in range(upto, min(len(low), upto + 16)):
        if low[j] in {".", ";", ":", "!", "?"}:
            return False
        if low[j] in {"is", "zijn", "betekent"}:
            return any(w in DEFINITION_NOUNS for w in low[j + 1 : j + 7])
    return False
