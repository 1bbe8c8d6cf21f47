"""Reported acts that judge conduct: "hij treitert haar", "Liam werd gekleineerd door de juf",
"(ouders) die misbruik maakten van de situatie".

A verb whose meaning judges how someone treats a person
(``wb/lang/nl/description_conduct_acts.txt``: treiteren, kleineren, vernederen, pesten, ...) is a
description aimed at a person when a person is its subject or object (labels-policy, 2026-12-05;
the annotation guide in ``bench/realtext/labels/README.md``). Word classes and lemmas, not
phrases; a person is a person noun (``person_nouns.txt``, ``scope_person_roles.txt``: also a
teacher or a social worker), a personal pronoun, or a name as object or agent; as the clause
subject also a family (``voice_person_words.txt``: "gezin", labels-aimed5). The verb counts
when

* its clause subject is a person noun or subject pronoun (:mod:`wb.dossiers.description_verbs`):
  "Ex-partners terroriseren ...";
* a person object follows it: "treiterde hen", "schoffeer je het kind";
* a person stands right before it at the end of its clause: "(dat) hij haar kleineert", "is mijn
  zoon kapotgepest"; or after "te" the infinitive clause opens with a person ("door de andere
  ouder ... te vernederen");
* a participle has a person agent right after it: "gekleineerd door de juf";
* it follows another such verb in a list: "terroriseren, vernederen en ...", "te vernederen, te
  kleineren";
* it is a past participle ("Een kind dat gepest wordt", "om gepest te worden") or a present
  participle before a person noun ("de pestende jongens"): the act is said of someone whoever
  the subject is (labels47: the passive hides the actor, the victim stands far from the verb);
  not after a denial ("werd niet gepest", as the subject rule), not felt ("voelt zich
  gekleineerd", labels43), not the infinitive as a noun ("het pesten", a phenomenon).

Not when the clause subject is a noun that is no person ("De twijfel kwelde hem"). An idiom of
``description_conduct_idioms.txt`` (maken;misbruik;van) counts with a person subject or a person
after its preposition: "maakte ze misbruik van mijn stiefvader". The span is the verb, or the
idiom from its first word to the preposition. A report of an act without a judging word ("sloeg",
"schold") is not in the lists and stays out.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.description_verbs import _clause_subject, _person_object, _subject_is_person
from wb.dossiers.lexicon import fold
from wb.lang import read_table, resource, word_set, words

_VERB = frozenset({"VERB", "AUX"})
_LIST = frozenset({",", "en", "of", "te"})
_OPENERS = frozenset({"door", "om"})
_DENIALS = word_set("description_denials.txt")


@lru_cache(maxsize=1)
def acts() -> frozenset[str]:
    """The folded lemmas of the act verbs."""
    return frozenset(fold(w) for w in words("description_conduct_acts.txt"))


@lru_cache(maxsize=1)
def _idioms() -> frozenset[tuple[str, str, str]]:
    rows = read_table(resource("description_conduct_idioms.txt"), 3)
    return frozenset((fold(a), fold(b), fold(c)) for _, (a, b, c) in rows)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(fold(w) for w in words("scope_person_roles.txt"))


@lru_cache(maxsize=1)
def _families() -> frozenset[str]:
    """The family words of voice_person_words.txt ("gezin"): as the subject of an act verb a
    family acts as its members do ("Drie gezinnen terroriseren de buurt", labels-aimed5)."""
    return frozenset(fold(w) for w in words("voice_person_words.txt"))


def _persons(persons: frozenset[str]) -> frozenset[str]:
    return persons | _roles()


def _is_act(token: Any) -> bool:
    return token.pos_ in _VERB and fold(token.lemma_) in acts()


def _agent(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """ "gekleineerd door de juf": "door" and a person right after the participle at i (one
    adverb between at most)."""
    for j in (i + 1, i + 2):
        if j + 1 < len(doc) and doc[j].lower_ == "door":
            return _person_object(doc, j + 1, persons) is not None or _noun_person(
                doc, j + 1, persons
            )
        if j < len(doc) and doc[j].pos_ != "ADV":
            return False
    return False


def _noun_person(doc: Doc, j: int, persons: frozenset[str]) -> bool:
    """A (determiner or possessive and) person noun at j, also the head of a compound."""
    if j < len(doc) and doc[j].pos_ in {"DET", "PRON"}:
        j += 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1  # "de andere ouder"
    if j >= len(doc) or doc[j].pos_ != "NOUN":
        return False
    return person_key({fold(doc[j].text), fold(doc[j].lemma_)}, persons)


def _object_after(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A person object right after the verb at i (adverbs between, at most two)."""
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc):
        return False
    return _person_object(doc, j, persons) is not None or _noun_person(doc, j, persons)


def _person_before(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A person right before the verb at i at the end of its clause (adverbs between, at most
    two), not inside a prepositional phrase: "(dat) hij haar kleineert", "is mijn zoon
    kapotgepest"."""
    j = i - 1
    while j > 0 and i - j <= 2 and doc[j].pos_ == "ADV":
        j -= 1
    if j < 0:
        return False
    token = doc[j]
    if token.pos_ == "PRON" and token.i == j:
        start = j
        person = _person_object(doc, j, persons) is not None or _subject_is_person(doc, i, persons)
    elif token.pos_ == "NOUN" and person_key({fold(token.text), fold(token.lemma_)}, persons):
        start = j - 1 if j and doc[j - 1].pos_ in {"DET", "PRON"} else j
        person = True
    else:
        return False
    return person and not (start and doc[start - 1].pos_ == "ADP")


def _infinitive_object(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """ "door de andere ouder ... te vernederen": after "te", the first noun phrase after the
    opener of the infinitive clause ("door", "om") is a person."""
    if not i or doc[i - 1].lower_ != "te":
        return False
    for j in range(i - 2, max(-1, i - 14), -1):
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX", "SCONJ"}:
            return False
        if doc[j].lower_ in _OPENERS:
            return _person_object(doc, j + 1, persons) is not None or _noun_person(
                doc, j + 1, persons
            )
    return False


def _thing_subject(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """The clause subject of the verb at i is a noun that is no person: "De twijfel kwelde hem"
    tells what something does to a person, no one's conduct."""
    subject = _clause_subject(doc, i)
    if subject is None or subject.pos_ != "NOUN":
        return False
    h = subject.i - 1
    while h >= 0 and doc[h].pos_ in {"DET", "PRON", "ADJ"}:
        h -= 1
    if h >= 0 and doc[h].pos_ == "ADP":
        return False  # "Op alle scholen (is mijn zoon ...)": a prepositional phrase
    return not person_key({fold(subject.text), fold(subject.lemma_)}, persons)


def _felt(doc: Doc, i: int) -> bool:
    """ "(vader geeft aan dat hij) zich buitengesloten voelt": a participle with a form of
    "voelen" at most two words before or after it and no agent tells how someone feels, not an
    act reported of someone (labels43); "voelde me door haar gekleineerd" has an agent."""
    if "Part" not in doc[i].morph.get("VerbForm") and not fold(doc[i].text).startswith("ge"):
        return False
    near = [*doc[max(0, i - 2) : i], *doc[i + 1 : i + 3]]
    return any(t.pos_ in _VERB and fold(t.lemma_) == "voelen" for t in near)


def _participle_act(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A participle of an act verb: "gepest", "getreiterd" (also tagged ADJ or NOUN, or at the
    start of a sentence), or "pestende" right before a person noun (not "een kleinerende
    ondertoon")."""
    token = doc[i]
    if token.pos_ not in _VERB | {"ADJ", "NOUN", "PROPN"}:
        return False
    if any(t.lower_ in _DENIALS for t in doc[max(0, i - 3) : i]):
        return False  # "werd niet gepest": denied, as a denial before an act verb (labels39)
    word = fold(token.text)
    if word.startswith("ge") and len(word) > 5:
        stem = word[2:]
        keys = {fold(token.lemma_), stem + "en", stem[:-1] + "en"}
        return bool(keys & acts())
    if word.endswith("ende") and _noun_person(doc, i + 1, persons):
        return word[:-4] + "en" in acts()
    return False


def _listed_after(doc: Doc, i: int, found: set[int]) -> bool:
    """The act verb at i continues a list whose previous act verb was found: "terroriseren,
    vernederen", "te vernederen, te kleineren"."""
    j = i - 1
    while j >= 0 and i - j <= 3 and doc[j].lower_ in _LIST:
        j -= 1
    return j >= 0 and j < i - 1 and j in found


def find_acts(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of act verbs and idioms with a person as subject or object (module)."""
    people = _persons(persons)
    actors = people | _families()
    found: set[int] = set()
    for i, token in enumerate(doc):
        if not _is_act(token):
            continue
        if _agent(doc, i, people) or _listed_after(doc, i, found):
            found.add(i)
        elif _thing_subject(doc, i, actors):
            continue
        elif (
            _subject_is_person(doc, i, actors)
            or _object_after(doc, i, people)
            or _person_before(doc, i, people)
            or _infinitive_object(doc, i, people)
        ):
            found.add(i)
    found |= {i for i in range(len(doc)) if _participle_act(doc, i, people) and not _felt(doc, i)}
    found |= _excluded(doc, people, found)
    spans = [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(found)]
    return spans + _idiom_spans(doc, people)


@lru_cache(maxsize=1)
def _exclusions() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_exclusion_acts.txt"))


@lru_cache(maxsize=1)
def _parents() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_party_cues.txt"))


def _excluded(doc: Doc, persons: frozenset[str], found: set[int]) -> set[int]:
    """ "Mijn zoon werd buitengesloten", "daarom word je buitengesloten": a participle of
    description_exclusion_acts.txt whose clause subject is a person pronoun or a person noun
    that is no parent (the parent shut out is the lexicon's own term), not felt ("zich
    buitengesloten voelen"); an act verb of a list after it follows (labels43)."""
    out: set[int] = set()
    for i, token in enumerate(doc):
        if token.pos_ not in _VERB or fold(token.lemma_) not in _exclusions():
            continue
        if "Part" not in token.morph.get("VerbForm") or _felt(doc, i):
            continue
        subject = _clause_subject(doc, i)
        if subject is None:
            continue
        keys = {fold(subject.text), fold(subject.lemma_)}
        if subject.pos_ == "PRON":
            person = subject.lower_ in _pronouns()
        else:
            person = subject.pos_ == "NOUN" and person_key(keys, persons)
        if person and not keys & _parents():
            out.add(i)
    for i, token in enumerate(doc):  # "buitengesloten, gekleineerd of gepest"
        if i not in found and _is_act(token) and _listed_after(doc, i, found | out):
            out.add(i)
    return out


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    """Personal pronouns that name a person as subject or object ("je", "hij", "ze", "mij")."""
    from wb.dossiers.description_problems import person_words

    return frozenset(words("description_subject_pronouns.txt")) | person_words()["voorwerp"]


def _idiom_spans(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """ "misbruik maakten van (de situatie)": the noun, a form of the verb within four words and
    the preposition after the noun; a person subject of the verb or a person after the
    preposition."""
    spans = []
    for k, noun in enumerate(doc):
        if noun.pos_ != "NOUN":
            continue
        for verb_lemma, word, prep in _idioms():
            if fold(noun.lemma_) != word and fold(noun.text) != word:
                continue
            verbs = [
                v
                for v in range(max(0, k - 4), min(len(doc), k + 5))
                if doc[v].pos_ in _VERB and fold(doc[v].lemma_) == verb_lemma
            ]
            preps = []
            for p in range(k + 1, min(len(doc), k + 4)):
                if doc[p].is_punct:
                    break  # not across a sentence or a quote: "neemt ze wraak. “Op mij"
                if doc[p].lower_ == prep:
                    preps.append(p)
            if not verbs or not preps:
                continue
            v, p = verbs[0], preps[0]
            if not (
                _subject_is_person(doc, v, persons)
                or _person_object(doc, p + 1, persons) is not None
                or _noun_person(doc, p + 1, persons)
            ):
                continue
            first = min(v, k)
            spans.append((doc[first].idx, doc[p].idx + len(doc[p].text)))
    return spans


__all__ = ["acts", "find_acts"]
