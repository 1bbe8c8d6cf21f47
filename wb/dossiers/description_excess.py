"""Idioms that judge conduct as going too far or as careless: "(hij) zet de boel op stelten",
"die ouders gaan echt te ver", "(ze) kwam op hoge poten verhaal halen".

Other judging language (labels-judging, issue 11 §1): an idiom of
``wb/lang/nl/description_excess_idioms.txt`` (a verb lemma and a core of fixed words, "*" for one
determiner or possessive) counts when its core stands in the text and a form of its verb stands
in the same sentence within six words, with a person as subject: going back from the core (or
from its verb when that stands first) past verbs, adverbs, conjunctions, prepositional phrases
and, for an idiom with an object (third column "ja"), one noun right before the core ("de boel",
"de hele klas"), the first
noun or pronoun is a parent or child noun (``person_nouns.txt``; a professional judged is out of
scope, policy 5), a subject pronoun, "iemand" (labels-aimed3), a name, or a relative "die"
after one of them ("Piet, die ..."); a thing, a text or "wat"/"dat" as subject is no judgement
of a person ("wat hij schrijft gaat mij te ver"). A core without a verb ("-": "op hoge
poten") counts alone. The span is the core.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import read_table, resource, word_set

_VERB = frozenset({"VERB", "AUX"})
_ENDS = frozenset({".", "!", "?", ";", ":"})
_WINDOW = 6
_SUBJECTS = word_set("description_subject_pronouns.txt")
_THINGS = word_set("description_clause_subjects.txt")
_SKIP = frozenset({"VERB", "AUX", "ADV", "ADJ", "CCONJ", "SCONJ", "ADP", "DET", "NUM", "PART"})


@lru_cache(maxsize=1)
def idioms() -> tuple[tuple[str, tuple[str, ...], bool], ...]:
    """(verb lemma or "-", core words, whether an object stands before the core) of
    description_excess_idioms.txt."""
    rows = read_table(resource("description_excess_idioms.txt"), 3)
    return tuple(
        (fold(verb), tuple(fold(core).split()), fold(obj) == "ja") for _, (verb, core, obj) in rows
    )


def _core_at(doc: Doc, k: int, core: tuple[str, ...]) -> int | None:
    """The index after the core when it starts at token k."""
    if k + len(core) > len(doc):
        return None
    for n, word in enumerate(core):
        token = doc[k + n]
        if word == "*":
            if token.pos_ not in {"DET", "PRON"}:
                return None
        elif fold(token.text).rstrip(".") != word:  # "te ver." read as one token
            return None
    return k + len(core)


def _verb(doc: Doc, k: int, end: int, lemma: str) -> int | None:
    """A form of the verb within the window around the core, not across a sentence end."""
    before = []
    for v in range(k - 1, max(-1, k - 1 - _WINDOW), -1):
        if doc[v].text in _ENDS:
            break
        before.append(v)
    after = []
    for v in range(end, min(len(doc), end + _WINDOW)):
        if doc[v].text in _ENDS:
            break
        after.append(v)
    for v in before + after:
        if doc[v].pos_ in _VERB and fold(doc[v].lemma_) == lemma:
            return v
    return None


def _in_phrase(doc: Doc, i: int) -> bool:
    """The noun at i ends a prepositional phrase ("in winkels en restaurants")."""
    h = i - 1
    while h >= 0 and (
        doc[h].pos_ in {"DET", "ADJ", "NUM"}
        or (doc[h].pos_ == "PRON" and doc[h].lower_ not in _SUBJECTS)
    ):
        h -= 1
    if h > 0 and doc[h].lower_ in {"en", "of"} and doc[h - 1].pos_ == "NOUN":
        return _in_phrase(doc, h - 1)
    return h >= 0 and doc[h].pos_ == "ADP"


def _person(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    token = doc[i]
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in _SUBJECTS and token.lower_ not in {"die", "dat"}
    return token.pos_ == "NOUN" and person_key({fold(token.text), fold(token.lemma_)}, persons)


def _person_subject(doc: Doc, k: int, persons: frozenset[str], has_object: bool) -> bool:
    """The subject before token k is a person (module doc)."""
    object_seen = not has_object
    for i in range(k - 1, max(-1, k - 16), -1):
        token = doc[i]
        if token.text in _ENDS:
            return False
        if token.pos_ in _SKIP or token.is_punct:
            continue
        if token.pos_ == "NOUN" and (_in_phrase(doc, i) or (not object_seen and i >= k - 4)):
            object_seen = object_seen or not _in_phrase(doc, i)
            if not person_key({fold(token.text), fold(token.lemma_)}, persons):
                continue
        if token.pos_ == "PRON" and token.lower_ == "die":
            h = i - 2 if i > 1 and doc[i - 1].text == "," else i - 1
            return h >= 0 and _person(doc, h, persons)
        if token.pos_ == "PRON" and token.lower_ == "iemand":
            return True  # "dat iemand uit het gezin de fout in gaat" (labels-aimed3)
        if token.pos_ == "PRON" and token.lower_ not in _SUBJECTS:
            if token.lower_ in _THINGS:
                return False
            continue  # an object pronoun: "mij", "hem"
        if i > 0 and doc[i - 1].lower_ in {"wat", "dat"}:
            return False  # "Wat hij schrijft gaat mij te ver": a clause is the subject
        return _person(doc, i, persons)
    return False


def find_excess_idioms(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of idioms of conduct that goes too far (module doc)."""
    spans = []
    for k in range(len(doc)):
        for lemma, core, has_object in idioms():
            end = _core_at(doc, k, core)
            if end is None:
                continue
            if lemma != "-":
                v = _verb(doc, k, end, lemma)
                if v is None or not _person_subject(doc, min(k, v), persons, has_object):
                    continue
            last = doc[end - 1]
            stop = last.idx + len(last.text) - (1 if last.text.endswith(".") else 0)
            spans.append((doc[k].idx, stop))
    return spans


__all__ = ["find_excess_idioms", "idioms"]
