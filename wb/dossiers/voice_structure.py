"""Sentence structure that shows a term is talked about rather than applied (voice ``discussed``).

Used by :mod:`wb.dossiers.voice`. Each rule reads tokens of one sentence (text, lower case,
word class ``pos_`` and ``morph`` from the Dutch pipeline) and the span of the term in it:

* :func:`listed`: the term is one bare item of an enumeration of three or more nouns
  ("gevolgen kunnen zijn: loyaliteitsconflicten, parentificatie, psychotrauma en ..."), in a
  sentence without a person the list applies to.
* :func:`named_as`: the term is given as a name or a translation: "ook wel 'X' genoemd",
  "het Engelse X", "X, in het Nederlands Y", "PAS staat voor X".
* :func:`generic_question`: a question about a term that names no person ("Welke behandeling
  is er voor X?", Kamervragen).
* :func:`concept_statement`: a generic present-tense statement whose subject is an abstract
  noun, with the term as a bare noun in it ("Ouderverstoting door het kind wordt veroorzaakt
  door oudervervreemding ...").
* :func:`generic_pair`: "de ene ouder ... de andere ouder": a statement about parents in
  general.
* :func:`specific_person`: whether a line names a particular person ("de moeder", "haar
  zoon"), which keeps a case title asserted; a bare plural ("Kinderen in een
  conflictscheiding") is generic.
"""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_text import QUOTE_MARKS
from wb.lang import word_set

PERSON_WORDS = word_set("voice_person_words.txt")
PERSONAL = word_set("voice_personal_pronouns.txt")
SPECIFIERS = word_set("voice_specifiers.txt")
_ITEM_SEPARATORS = frozenset({",", "en", "of", "/"})
_LIST_END = frozenset({".", ";", "!", "?", "(", ")"})
_NOUNS = frozenset({"NOUN", "PROPN", "X"})
LANGUAGES = word_set("voice_languages.txt")
NAMED_AFTER = word_set("voice_named_after.txt")
_QUOTES = QUOTE_MARKS | {"`"}
_CONCEPT_ENDINGS = ("ing", "tie", "isme", "ict", "syndroom", "problematiek", "scheiding")


def _words(tokens: list[Any]) -> list[Any]:
    return [t for t in tokens if not t.is_space]


def listed(tokens: list[Any], at: int, upto: int) -> bool:
    """True when tokens[at:upto] is a bare item in a list of 3+ nouns in a sentence about no one.

    Items are separated by commas, "en", "of" or "/"; an item is at most four words, holds a
    noun and no determiner, pronoun or verb. The part of the sentence before the list names no
    person ("de moeder", "hij"): "Moeder is narcistisch, agressief en ..." stays asserted.
    """
    low = [t.lower_ for t in tokens]
    left = at
    while left > 0 and low[left - 1] not in _LIST_END and low[left - 1] != ":":
        left -= 1
    right = upto
    while right < len(low) and low[right] not in _LIST_END and low[right] != ":":
        right += 1
    items: list[list[Any]] = [[]]
    mine = -1
    for k in range(left, right):
        if low[k] in _ITEM_SEPARATORS:
            if items[-1]:
                items.append([])
            continue
        if not tokens[k].is_space:
            items[-1].append(tokens[k])
        if k == at:
            mine = len(items) - 1
    items = [i for i in items if i]
    if mine < 0 or mine >= len(items):
        return False

    def bare(item: list[Any]) -> bool:
        return (
            len(item) <= 4
            and any(t.pos_ in _NOUNS for t in item)
            and not any(t.pos_ in {"DET", "PRON", "VERB", "AUX"} for t in item)
            and not any(t.lower_ in PERSON_WORDS for t in item)
        )

    run, best, mine_in = 0, 0, False
    for n, item in enumerate(items):
        if bare(item):
            run += 1
            mine_in = mine_in or n == mine
            if n == mine or mine_in:
                best = max(best, run)
        else:
            if mine_in:
                break
            run = 0
    if not mine_in or best < 3:
        return False
    before = [t for t in tokens[:left] if not t.is_space]
    return not any(t.lower_ in PERSON_WORDS or t.lower_ in PERSONAL for t in before)


def named_as(low: list[str], at: int, upto: int) -> bool:
    """True when the term is a name or a translation: "ook wel X genoemd", "het Engelse X"."""
    after = [w for w in low[upto : upto + 4] if w not in _QUOTES and w.strip()]
    if after[:1] and after[0] in NAMED_AFTER:
        return True
    before = [w for w in low[max(0, at - 4) : at] if w not in _QUOTES and w.strip()]
    if before[-2:] == ["staat", "voor"]:
        return True  # "PAS staat voor Parental Alienation Syndrome"
    return any(w in LANGUAGES for w in before[-3:])


def specific_person(tokens: list[Any]) -> bool:
    """True when a person word stands with a determiner or possessive ("de moeder", "haar zoon")."""
    words = [t.lower_.strip(".,;:!?()'\"«»“”‘’·-") for t in _words(tokens)]
    for k, word in enumerate(words):
        if word in PERSON_WORDS and k and words[k - 1] in SPECIFIERS - {"je", "jouw", "uw"}:
            return True  # "de moeder", "haar zoon"; "je kind" is anyone's child
        if word in PERSONAL - {"je", "jij", "jouw"}:
            return True
    return False


def generic_question(tokens: list[Any]) -> bool:
    """True for a question that names no person: it asks about the term, not about someone."""
    words = _words(tokens)
    if not words or words[-1].text != "?":
        return False
    low = {t.lower_ for t in words}
    if not (low & PERSON_WORDS) and not (low & PERSONAL):
        return True
    return _plural_group(words)


def _plural_group(words: list[Any]) -> bool:
    """True when the only persons are a group in general: bare plural person nouns ("kinderen
    die lijden onder ...") and their own "hun" ("... van hun ouders"), no one in particular."""
    bare = False
    for n, t in enumerate(words):
        if t.lower_ in PERSONAL:
            if t.lower_ != "hun" or not bare:
                return False
            continue
        if t.lower_ not in PERSON_WORDS:
            continue
        before = words[n - 1] if n else None
        if before is not None and before.lower_ == "hun" and bare:
            continue
        if before is not None and before.pos_ in {"DET", "PRON", "NUM", "PROPN"}:
            return False
        if "Plur" not in t.morph.get("Number") and not t.lower_.endswith(("en", "s")):
            return False
        bare = True
    return bare


def conditional_inversion(tokens: list[Any], at: int) -> bool:
    """True for a term in a condition opened by the finite verb: "Zit een kind klem ..., dan".

    Dutch states a condition without "als" by putting the verb first; the main clause then
    follows after ", dan". A term inside such a condition is not said of anyone: "Raakt het
    kind in een loyaliteitsconflict, dan ..." talks about what happens if it were so.
    """
    words = _words(tokens)
    if len(words) < 4 or words[-1].text == "?":
        return False
    first = words[0]
    if first.pos_ not in {"VERB", "AUX"} or "Fin" not in first.morph.get("VerbForm"):
        return False
    for k, t in enumerate(tokens):
        if k > at and t.lower_ == "dan" and k and tokens[k - 1].text == ",":
            return True
    return False


def generic_pair(low: list[str]) -> bool:
    """True for a statement about "de ene ouder ... de andere ouder": parents in general.

    "Bij ouderverstoting zet de ene ouder het kind tegen de andere ouder op." describes the
    phenomenon, not a particular family.
    """
    for k in range(len(low) - 1):
        if low[k] == "ene" and low[k + 1] in PERSON_WORDS:
            rest = low[k + 2 :]
            return any(
                w == "andere" and n + 1 < len(rest) and rest[n + 1] in PERSON_WORDS
                for n, w in enumerate(rest)
            )
    return False


def concept_statement(tokens: list[Any], at: int) -> bool:
    """True for a generic present-tense sentence with an abstract noun as subject.

    The sentence opens with a concept noun (an acronym or an abstract noun such as
    "ouderverstoting"), its finite verbs are all present tense, and the term at ``at`` is a
    bare noun (no determiner or possessive right before it).
    """
    words = [t for t in tokens if not t.is_space and t.text not in _QUOTES]
    if not words or words[0].i == tokens[at].i:
        return False
    first = words[0].text
    if not (first.isupper() and len(first) >= 2) and not (
        first.isalpha() and first[:1].isupper() and first.lower().endswith(_CONCEPT_ENDINGS)
    ):
        return False
    tenses = [str(t.morph.get("Tense")) for t in words if "Fin" in t.morph.get("VerbForm")]
    if not tenses or any("Past" in t for t in tenses):
        return False
    prev = tokens[at - 1].lower_ if at else ""
    if prev in SPECIFIERS or tokens[at].pos_ not in _NOUNS:
        return False
    return not any(t.lower_ in PERSONAL for t in words)


__all__ = [
    "PERSON_WORDS",
    "concept_statement",
    "generic_pair",
    "generic_question",
    "listed",
    "named_as",
    "specific_person",
]
