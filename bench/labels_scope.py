"""The scope of an annotated occurrence, by a rule over the annotation itself (span + tagger).

Three classes (labels25, issue 11 §1):

* ``lexicon``: the annotator gave a lexicon term's label (not ``nieuw: ...`` and not the label
  of a pattern, ``negatieve typering``);
* ``person``: outside the lexicon, a description aimed at a person: the judged word applies to
  a parent, child, family or professional in the text ("boze moeder", "zij is manipulatief",
  "traineert de boel");
* ``other``: outside the lexicon, other judging: evaluative words about a situation, process,
  report, or a feeling or condition named without its bearer ("wrok", "eigen problematiek").

An occurrence outside the lexicon is ``person`` when, with the tagger's word classes:

1. the span holds a person word (a person noun of ``person_nouns.txt``,
   ``voice_person_words.txt`` or ``scope_person_roles.txt``, also as the head of a compound:
   "loedermoeder", "probleemkinderen"; or a personal pronoun as object: "maakt me zwart");
2. an adjective or participle that ends the span stands before a person noun (at most two more
   adjectives, a comma or "en"/"of" between): "controlerende ouder" with the span
   "controlerende";
3. the span is a possessive's or "van"'s noun of a person ("haar achterdocht", "zijn fout");
4. its clause has a person subject (a person noun, a personal pronoun or a name, not after a
   preposition) and the span is the predicate of a copula or of "hebben" there, or holds the
   clause's verb ("Zij traineert de boel", "mijn vader is alcoholist", "dat ik een
   alcoholprobleem zou hebben").

Everything else outside the lexicon is ``other``. The rule reads the annotated span and its
sentence, never wb's hits, so it is the same for every version of wb that is measured.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from wb.dossiers.lexicon import fold  # noqa: E402
from wb.lang import word_set, words  # noqa: E402

SCOPES = ("lexicon", "person", "other")
_SUBJECTS = frozenset(
    {"ik", "jij", "je", "u", "hij", "zij", "ze", "wij", "we", "jullie", "ie", "men", "die"}
)
_OBJECTS = frozenset({"me", "mij", "jou", "je", "u", "hem", "haar", "ons", "hen", "hun", "jullie"})
_POSSESSIVES = frozenset({"mijn", "jouw", "je", "uw", "zijn", "haar", "ons", "onze", "hun"})
_HAVE = frozenset({"hebben"})
_BOUNDS = frozenset({",", ";", ":", "(", ")", "?", "!", ".", "–", "—", "maar", "want"})
_PLURAL_ENDINGS = ("eren", "en", "s", "'s")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Folded lemmas of person nouns: family, children and professionals."""
    names = ("person_nouns.txt", "voice_person_words.txt", "scope_person_roles.txt")
    return frozenset(fold(w) for name in names for w in words(name))


@lru_cache(maxsize=1)
def _copulas() -> frozenset[str]:
    return word_set("voice_assertion_copulas.txt")


def _bare(word: str) -> set[str]:
    """The word and its forms without a plural ending ("kinderen": kind, "ouders": ouder)."""
    out = {word}
    for ending in _PLURAL_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.add(word[: -len(ending)])
    return out


def is_person_word(token: Any) -> bool:
    """A person noun, also as the head of a compound ("loedermoeder", "puberdochter")."""
    if token.pos_ not in {"NOUN", "PROPN", "ADJ", "X"}:
        return False
    persons = person_nouns()
    keys: set[str] = set()
    for key in {fold(token.text), fold(token.lemma_)}:
        keys |= _bare(key.replace("-", ""))
    if keys & persons:
        return True
    return any(
        k.endswith(p) and len(k) - len(p) >= 3 and len(p) >= 3 for k in keys for p in persons
    )


_AGENT_ENDINGS = ("ist", "isten", "aar", "aars", "ling", "lingen")


def _agent_noun(token: Any) -> bool:
    """A noun for a person by its ending: -ist, -aar, -ling ("egoïst", "alcoholist")."""
    word = fold(token.lemma_ or token.text)
    return token.pos_ == "NOUN" and len(word) > 5 and word.endswith(_AGENT_ENDINGS)


def _is_subject(doc: Any, i: int) -> bool:
    """A person subject: personal pronoun, person noun or name, not after a preposition; a
    relative "die" right after a person noun ("ouders die ...")."""
    token = doc[i]
    if token.lower_ == "die":
        h = i - 1 if i and doc[i - 1].text != "," else i - 2
        return h >= 0 and is_person_word(doc[h])
    if token.pos_ == "PRON":
        return token.lower_ in _SUBJECTS
    if not (token.pos_ == "PROPN" or is_person_word(token)):
        return False
    h = i - 1
    while h >= 0 and i - h <= 3 and doc[h].pos_ in {"DET", "PRON", "ADJ", "NUM"}:
        h -= 1
    return not (h >= 0 and doc[h].pos_ == "ADP")


def _left_bound(doc: Any, k: int, first: int) -> bool:
    """Whether token k ends the clause on the left of a span starting at first: clause
    punctuation or a subordinating conjunction, but not a comma in a list of adjectives
    ("zijn pretentieus, arrogant") nor "als" right before the span ("omschreven als X")."""
    token = doc[k]
    if token.text == ",":
        return not (k and doc[k - 1].pos_ == "ADJ")
    if token.lower_ in _BOUNDS:
        return True
    return token.pos_ == "SCONJ" and not (token.lower_ == "als" and first - k <= 3)


def _clause(doc: Any, first: int, last: int) -> tuple[int, int]:
    """Token bounds [a, b) of the clause around tokens first..last: up to punctuation of a
    clause end or a subordinating conjunction, within the sentence."""
    sent = doc[first].sent
    a = first
    while a > sent.start and not _left_bound(doc, a - 1, first):
        a -= 1
    if a > sent.start and doc[a - 1].pos_ == "SCONJ":
        a -= 1
    b = last + 1
    while b < sent.end and doc[b].lower_ not in _BOUNDS and doc[b].pos_ != "SCONJ":
        b += 1
    return a, b


def _attributive(doc: Any, last: int) -> bool:
    """Rule 2: an adjective or participle ending the span stands before a person noun."""
    if doc[last].pos_ not in {"ADJ", "VERB"}:
        return False
    j = last + 1
    while j < len(doc) and j - last <= 3:
        token = doc[j]
        if is_person_word(token) and token.pos_ in {"NOUN", "PROPN"}:
            return True
        if token.pos_ == "ADJ" or token.lower_ in {",", "en", "of"}:
            j += 1
            continue
        return False
    return False


def _owned(doc: Any, first: int, last: int) -> bool:
    """Rule 3: "haar achterdocht", "zijn fout", "X van moeder": a person's noun."""
    if not any(doc[k].pos_ == "NOUN" for k in range(first, last + 1)):
        return False
    h = first - 1
    while h >= 0 and first - h <= 4 and (doc[h].pos_ == "ADJ" or doc[h].lower_ == "en"):
        h -= 1
    if h >= 0 and doc[h].lower_ in _POSSESSIVES and doc[h].pos_ in {"PRON", "DET"}:
        return True
    after = last + 1
    if after + 1 < len(doc) and doc[after].lower_ in {"van", "bij"}:
        k = after + 1
        while k < len(doc) and k - after <= 3 and doc[k].pos_ in {"DET", "PRON", "ADJ"}:
            if doc[k].pos_ == "PRON" and doc[k].lower_ in _OBJECTS:
                return True
            k += 1
        return k < len(doc) and (is_person_word(doc[k]) or doc[k].pos_ == "PROPN")
    return False


def _predicate(doc: Any, first: int, last: int) -> bool:
    """Rule 4: the span is the predicate of a copula or "hebben", or holds the verb, of a
    clause with a person subject."""
    a, b = _clause(doc, first, last)
    subjects = [i for i in range(a, b) if not first <= i <= last and _is_subject(doc, i)]
    if not subjects:
        return False
    span = range(first, last + 1)
    if any(_main_verb(doc, k, last) for k in span):
        return True
    if doc[last].pos_ in {"ADJ", "ADV"}:
        return True  # a predicate or the manner of a person's act: "ze is mogelijk dwangmatig"
    outside = [i for i in range(a, b) if i not in span and doc[i].pos_ in {"AUX", "VERB"}]
    if any(_main_verb(doc, i, b - 1) and doc[i].lemma_.lower() not in _HAVE for i in outside):
        return False  # "we zien storend gedrag": another verb says what happens
    return any(doc[i].lemma_.lower() in _copulas() | _HAVE for i in outside)


def _main_verb(doc: Any, k: int, last: int) -> bool:
    """A verb that is no attributive participle before a noun ("storend gedrag") and no
    copula or auxiliary."""
    token = doc[k]
    if token.pos_ != "VERB" or token.lemma_.lower() in _copulas():
        return False
    return not (k < last and doc[k + 1].pos_ in {"NOUN", "ADJ"})


def _complement(doc: Any, first: int, last: int) -> bool:
    """Rule 5: the span says what a person object is ("Ik vond hem saai", "noemde me een
    achterbakse egoïst", "labelde hem als lui"): an object pronoun or person noun before the
    span in its clause, only adverbs, determiners, "als" or quote marks between."""
    a, _ = _clause(doc, first, last)
    k = first - 1
    while k >= a and (
        doc[k].pos_ in {"ADV", "DET", "PUNCT"} or doc[k].lower_ in {"als", "ook", "wel"}
    ):
        k -= 1
    if k < a:
        return False
    token = doc[k]
    if token.pos_ == "PRON" and token.lower_ in _OBJECTS:
        return k > a  # an object follows its verb or subject
    return is_person_word(token) and token.pos_ == "NOUN" and k > a


def scope_of(doc: Any, start: int, end: int, lexicon: bool) -> str:
    """lexicon, person or other for the annotated characters start..end of a parsed doc."""
    if lexicon:
        return "lexicon"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "other"
    first, last = span.start, span.end - 1
    tokens = list(span)
    if any(is_person_word(t) or _agent_noun(t) for t in tokens if t.pos_ != "ADJ"):
        return "person"
    if any(t.pos_ == "PRON" and t.lower_ in _OBJECTS | _SUBJECTS for t in tokens):
        return "person"
    if _attributive(doc, last) or _owned(doc, first, last) or _predicate(doc, first, last):
        return "person"
    if _complement(doc, first, last):
        return "person"
    return "other"


# labels of wb's patterns, not lexicon terms (the lexicon lists "negatieve typering" too, for its
# why and alternative): an annotation or hit with one of them is outside the lexicon
PATTERN_LABELS = frozenset({"negatieve typering", "etiket (kader)", "oordelende taal (geleerd)"})


def is_lexicon_annotation(item: dict) -> bool:
    """Whether the annotator gave a lexicon term's label (not "nieuw: ...", not a pattern's)."""
    label = str(item.get("label", ""))
    return not label.startswith("nieuw") and label not in PATTERN_LABELS


def is_lexicon_hit(label: str) -> bool:
    """Whether a hit of wb comes from a lexicon term (not from a pattern or the detector)."""
    return label not in PATTERN_LABELS


__all__ = [
    "PATTERN_LABELS",
    "SCOPES",
    "is_lexicon_annotation",
    "is_lexicon_hit",
    "is_person_word",
    "person_nouns",
    "scope_of",
]
