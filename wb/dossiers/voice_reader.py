"""Terms a page asks the reader about or puts in a condition to the reader, and terms that name
the situation of a group in general: voice discussed.

* A yes/no question to the reader with the term as predicate: "Ben jij een curlingouder?",
  "Kijk eens eerlijk naar jezelf: ben jij (een beetje) een curlingouder?". The clause of the
  term (after the last ":" or ";" before it) opens with a form of "zijn" or "worden" and a
  reader pronoun (``voice_assertion_you.txt``), "een" or "zo'n" stands at most three words
  before the term, and the sentence ends in "?". A page that asks this lets the reader try the
  type on; it applies it to no one (rounds 11, 13, 15, 19).
* A condition to the reader: a conditional opener (``voice_condition_openers.txt``) followed by
  a person of the reader's own situation ("als de andere ouder ...", "als je ex ...",
  ``voice_reader_others.txt``) or by a kind ("als zo'n kind ...",
  ``voice_reader_kind_determiners.txt``), with the term after it in the same sentence before
  the clause's comma: "Als de andere ouder ... ambivalent of instabiel is, kom je ...".
* On a page that asks the reader about a term, its other asserted hits in sentences about no
  one in particular are discussed (:func:`asked_terms`).
* The situation of a group in general: a bare plural person noun first in its clause (after
  punctuation or a conjunction, no determiner or verb before it) with "in", "uit", "na", "met"
  or "bij" and then the term, "een" or an adjective between ("Kinderen in een vechtscheiding
  vertonen ..."): the term names the group's situation, even inside a quoted expert's words,
  where the judgement of the group stays attributed.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.lexicon import fold
from wb.dossiers.voice_generic import CONDITION_OPENERS, READER
from wb.dossiers.voice_structure import PERSON_WORDS
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set, words

_OTHERS = tuple(tuple(fold(line).split()) for line in words("voice_reader_others.txt"))
_KINDS = frozenset(fold(w) for w in word_set("voice_reader_kind_determiners.txt"))
_INDEFINITE = frozenset({"een", "zo'n", "'n"})  # folded; "zo’n" may be two tokens
_CLAUSE_EDGES = frozenset({":", ";"})
_GROUP_PREPOSITIONS = word_set("voice_group_prepositions.txt")
_QUESTION_VERBS = frozenset({"zijn", "worden"})
_QUOTE_MARKS = QUOTE_MARKS


def _words(tokens: list[Any]) -> list[Any]:
    return [t for t in tokens if not t.is_space]


def reader_type_question(tokens: list[Any], at: int) -> bool:
    """True for "Ben jij een X?": a yes/no question to the reader with the term as predicate."""
    return _type_question(tokens, at, READER, opened=False)


_SPEAKER = word_set("voice_self_question_subjects.txt")
_OPENERS = word_set("voice_question_openers.txt")


def self_type_question(tokens: list[Any], at: int) -> bool:
    """True for "Ben ik dan een slechte vader?": a yes/no question about the speaker with the
    term as predicate asks whether it applies and applies it to no one, also inside a quote
    (the annotation guide, labels-policy; labels33)."""
    return _type_question(tokens, at, _SPEAKER, opened=True)


def _type_question(
    tokens: list[Any], at: int, subjects: frozenset[str] | set[str], opened: bool
) -> bool:
    """A form of "zijn"/"worden" opening the term's clause (with `opened`, also after quote
    marks or "en"/"maar"),
    a subject of `subjects` right after it, "een"/"zo'n" at most three words before the term,
    and "?" at the end of the sentence."""
    words_ = _words(tokens)
    while opened and words_ and words_[-1].text in _QUOTE_MARKS:
        words_ = words_[:-1]  # "‘Ben ik ook een slecht persoon?’"
    if not words_ or words_[-1].text != "?":
        return False
    first = at
    while first > 0 and tokens[first - 1].text not in _CLAUSE_EDGES:
        first -= 1
    clause = [t for t in tokens[first:at] if not t.is_space]
    while opened and clause and (clause[0].text in _QUOTE_MARKS or clause[0].lower_ in _OPENERS):
        clause = clause[1:]
    if len(clause) < 3:
        return False
    verb, subject = clause[0], clause[1]
    if verb.lemma_.lower() not in _QUESTION_VERBS or subject.lower_ not in subjects:
        return False
    return any(fold(t.text) in _INDEFINITE for t in clause[-3:])


def reader_have_question(tokens: list[Any], at: int) -> bool:
    """True for "Heeft u een X?", "U heeft X?", "Heb jij een X-kind?": a yes/no question to the
    reader whose clause opens with the reader and "hebben" (either order), the term at most three
    words after them (labels32). Like "Ben jij een X?" it lets the reader try the term on and
    applies it to no one, also in a quoted speaker's words (voice ``discussed``)."""
    words_ = [t for t in _words(tokens) if t.text not in _QUOTE_MARKS]
    if not words_ or words_[-1].text != "?":
        return False
    first = at
    while first > 0 and tokens[first - 1].text not in _CLAUSE_EDGES:
        first -= 1
    clause = [t for t in tokens[first:at] if not t.is_space and t.text not in _QUOTE_MARKS]
    if not 2 <= len(clause) <= 5:
        return False
    a, b = clause[0], clause[1]
    pair = (a.lower_ in READER and b.lemma_.lower() == "hebben") or (
        a.lemma_.lower() == "hebben" and b.lower_ in READER
    )
    return pair and all(t.pos_ in {"DET", "ADJ", "ADV"} or t.text == "'n" for t in clause[2:])


def reader_condition(tokens: list[Any], at: int) -> bool:
    """True when a conditional opener with the reader's other parent ("als de andere ouder")
    or a kind ("als zo'n kind") stands before the term in its sentence."""
    low = [fold(t.text) for t in tokens]
    for k in range(at):
        if low[k] not in CONDITION_OPENERS:
            continue
        rest = [w for w in low[k + 1 : at] if w.strip()]
        if rest[:2] == ["zo", "'n"]:  # "zo’n" as two tokens
            rest = ["zo'n", *rest[2:]]
        if any(tuple(rest[: len(p)]) == p for p in _OTHERS):
            return True
        if len(rest) >= 2 and rest[0] in _KINDS and rest[1] in PERSON_WORDS:
            return True
    return False


def group_situation(tokens: list[Any], at: int) -> bool:
    """True for "Kinderen in een vechtscheiding": a bare plural person noun, a preposition of
    situation and the term (with "een" or adjectives between); or a population marked out by
    "die te maken hebben met" (:func:`_population`)."""
    k = at - 1
    while k >= 0 and (tokens[k].lower_ == "een" or tokens[k].pos_ == "ADJ"):
        k -= 1
    if k < 1 or tokens[k].lower_ not in _GROUP_PREPOSITIONS:
        return False
    if _population(tokens, k):
        return True
    noun = tokens[k - 1]
    if not (noun.lower_ in PERSON_WORDS or noun.lemma_.lower() in PERSON_WORDS):
        return False
    if "Plur" not in noun.morph.get("Number") and not noun.lower_.endswith(("en", "s")):
        return False
    before = tokens[k - 2] if k >= 2 else None
    # the group as subject: first in its clause ("“Kinderen in een ..."), not "van kinderen in
    # een vechtscheiding" (an object of someone's act) nor "gingen kinderen uit ..."
    return before is None or before.pos_ in {"PUNCT", "SCONJ", "CCONJ"} or before.is_space


_DEALING = frozenset({"hebben", "krijgen"})


def _population(tokens: list[Any], k: int) -> bool:
    """ "(Veel) kinderen die te maken hebben met een X": a plural person noun, "die te maken
    hebben/krijgen (gehad)" and "met" at k; the term marks out whom the sentence is about, a
    population, and judges no one (the annotation guide, line 4; labels33)."""
    j = k - 1
    while j >= 0 and j >= k - 2 and tokens[j].lemma_.lower() in _DEALING:
        j -= 1
    if tokens[k].lower_ != "met" or j == k - 1 or j < 3:
        return False
    if [t.lower_ for t in tokens[j - 2 : j + 1]] != ["die", "te", "maken"]:
        return False
    noun = tokens[j - 3]
    if not (noun.lower_ in PERSON_WORDS or noun.lemma_.lower() in PERSON_WORDS):
        return False
    return "Plur" in noun.morph.get("Number") or noun.lower_.endswith(("en", "s"))


_FIRST_PERSON = word_set("voice_first_person.txt") | {"mijn", "me", "onze"}
_OWNERS = word_set("voice_particular_possessives.txt")
_ARTICLES = frozenset({"een", "de", "het"})


def asks_about(tokens: list[Any], at: int, upto: int) -> bool:
    """True when the sentence asks what the term is or whether the reader is one: "Ben jij een
    X?", "Wat is een X?", or the term alone as a question ("Een curlingouder?")."""
    words_ = _words(tokens)
    if not words_ or words_[-1].text != "?":
        return False
    if reader_type_question(tokens, at):
        return True
    # "Wat is (een) X?", "Wat betekent X?": the term at most two words after the verb
    if len(words_) > 2 and words_[0].lower_ == "wat":
        verb = words_[1]
        offset = at - (verb.i - tokens[0].i)
        return verb.lemma_.lower() in {"zijn", "betekenen"} and 0 < offset <= 2
    rest = [t for t in words_[:-1] if not (at <= t.i - tokens[0].i < upto)]
    return all(t.lower_ in _ARTICLES for t in rest)


def _particular(tokens: list[Any], at: int, upto: int) -> bool:
    """A sentence about someone in particular: a name (not the term itself, not its first
    word), a first-person word, or a possessive before a person noun ("haar vader")."""
    for n, t in enumerate(tokens):
        if t.lower_ in _FIRST_PERSON or (t.pos_ == "PROPN" and n > 0 and not at <= n < upto):
            return True
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if t.lower_ in _OWNERS and nxt is not None and nxt.lower_ in PERSON_WORDS:
            return True
    return False


def asked_terms(
    resolver: Any, hits: list[tuple[int, int, int, int]], voices: list[str]
) -> list[str]:
    """On a page that asks the reader about a term ("Ben jij een curlingouder?", "Wat is een
    X?"), the term's other asserted hits in sentences about no one in particular are discussed:
    the page is about the type, it tries it on the reader (rounds 13, 15, 19)."""
    located = [resolver.locate(a, b) for a, b, _, _ in hits]
    asked = {
        hits[i][3]
        for i, (_, tokens, at, upto) in enumerate(located)
        if asks_about(tokens, at, upto)
    }
    if not asked:
        return voices
    out = list(voices)
    for i, (_, tokens, at, upto) in enumerate(located):
        if out[i] == "asserted" and hits[i][3] in asked and not _particular(tokens, at, upto):
            out[i] = "discussed"
    return out


__all__ = [
    "asked_terms",
    "asks_about",
    "group_situation",
    "reader_condition",
    "reader_have_question",
    "reader_type_question",
    "self_type_question",
]
