"""Rule A of wb.dossiers.voice: the term is applied and denied."""

from __future__ import annotations

from typing import Any

from wb.dossiers.voice_structure import PERSON_WORDS, SPECIFIERS
from wb.dossiers.voice_words import (
    BOUNDARY,
    DETERMINERS,
    EVIDENCE,
    NEGATION_CLAUSE_STOPS,
    NEGATION_OPENERS,
    NEGATION_STOPS,
    NEGATORS,
    NOT_DEGREE,
    NOT_FOUND,
    PRONOUNS,
    PUNCT,
)
from wb.lang import word_set, words

EXISTENCE = word_set("voice_existence.txt")
CONTEST = word_set("voice_contest_words.txt")
REALITY = tuple(tuple(line.split()) for line in words("voice_reality_openers.txt"))
SEEMING = tuple(tuple(line.split()) for line in words("voice_seeming_verbs.txt"))
DENIAL_SENTENCES = frozenset(tuple(line.split()) for line in words("voice_denial_sentences.txt"))
DENIAL_FILLERS = word_set("voice_denial_fillers.txt")
DENIAL_VERBS = word_set("voice_denial_verbs.txt")
NOT_ONLY = word_set("voice_not_only.txt")
BECOMING = tuple(tuple(line.split()) for line in words("voice_becoming_forms.txt"))
MANNER_HEADS = word_set("voice_manner_heads.txt")
_MANNER_OPENERS = frozenset({"op", "in"})
_MANNER_REACH = 6
_NOT_A_REACH = 4


def negated(low: list[str], at: int, upto: int) -> bool:
    """Rule A: the term at tokens [at, upto) is denied (also by "niet"/"nooit" with a form of
    "bestaan" after it: "dat de diagnose X niet bestond"; labels22: by a word of contest right
    before it, "ten onrechte als X weggezet"). A denial after a word of contest is itself
    contested ("Ten onrechte heeft de rechtbank geoordeeld dat zij het niet aannemelijk acht dat
    ... X"): not negated."""
    if _becoming(low, at, upto):
        return False
    contest = [j for j in range(at) if low[j] in CONTEST]
    if contest:
        # the nearest word of contest before the term, with no denial between it and the term
        j = contest[-1]
        between = low[j + 1 : at]
        if len(between) <= 3 and not set(between) & (PUNCT | NEGATORS | {"niet"}):
            return True
        return False
    return _denied(low, at, upto)


def _becoming(low: list[str], at: int, upto: int) -> bool:
    """ "niet" right before the term and a form of becoming right after it ("hoort niet
    vervreemd te raken", "dat ze niet verslaafd raken"): a future, norm or wish, no denial of
    a term applied to someone (labels35)."""
    if not at or low[at - 1] != "niet":
        return False
    return any(tuple(low[upto : upto + len(form)]) == form for form in BECOMING)


def _denied(low: list[str], at: int, upto: int) -> bool:
    for j in range(at - 1, max(-1, at - 5), -1):
        if low[j] in PUNCT or low[j] in BOUNDARY:
            break
        if low[j] in NEGATORS:
            return True
    if at and low[at - 1] == "niet":
        return True
    if at > 1 and low[at - 2] == "niet" and low[at - 1] in NOT_DEGREE:
        return True
    if _manner_denied(low, at):
        return True
    for j in range(at - 1, max(-1, at - 13), -1):
        if low[j] in NEGATION_STOPS:
            break
        if low[j] in EVIDENCE and "geen" in low[max(0, j - 3) : j]:
            return True
        if low[j] in NOT_FOUND and "niet" in low[max(0, j - 5) : j + 1]:
            return True
    if negated_far(low, at):
        return True
    for j in range(upto, min(len(low), upto + 6)):
        if low[j] in NEGATION_STOPS or low[j] in PUNCT:
            break
        if low[j] == "niet" and any(w in NOT_FOUND for w in low[j + 1 : j + 4]):
            return True
        # "dat de diagnose X niet bestond", "X bestaat niet"
        if low[j] in EXISTENCE and ({"niet", "nooit"} & set(low[j - 1 : j + 2])):
            return True
    return False


def _manner_denied(low: list[str], at: int) -> bool:
    """ "niet" + a phrase of manner or degree right before the term ("wordt niet op een
    schandelijke manier verwaarloosd", "niet in ernstige mate manipulatief"): "op"/"in", at most
    four words, and a head of voice_manner_heads.txt (manier, wijze, mate) last (labels43)."""
    if at < 3 or low[at - 1] not in MANNER_HEADS:
        return False
    for j in range(at - 2, max(-1, at - 2 - _MANNER_REACH), -1):
        if low[j] in PUNCT or low[j] in BOUNDARY or low[j] == "niet":
            return False
        if low[j] in _MANNER_OPENERS:
            return j > 0 and low[j - 1] == "niet"
    return False


def not_a(tokens: list[Any], at: int) -> bool:
    """A finite verb, "niet", at most four words and "een" + the term: the verb's object is
    denied like "geen X" (labels26: "De gedragingen impliceren niet bij axioma een X"); not
    "niet alleen/zomaar een X", not over "te" ("valt niet te praten met een X")."""
    low = [t.lower_ for t in tokens]
    if at < 3 or low[at - 1] != "een":
        return False
    for j in range(at - 2, max(0, at - 2 - _NOT_A_REACH), -1):
        if low[j] in PUNCT or low[j] in BOUNDARY or low[j] in NOT_ONLY or low[j] == "te":
            return False
        if low[j] == "niet":
            return _finite_before(tokens, j)
    return False


_BEFORE_NOT = frozenset({"ADV", "PRON"})  # "heeft ze niet": subject and adverbs
_BEFORE_NOT_A = _BEFORE_NOT | {"ADJ"}  # "ben je echt niet ...": "echt" is tagged ADJ


def _finite_before(tokens: list[Any], j: int) -> bool:
    """A finite verb right before "niet" at j, or with at most two pronouns or adverbs between
    them ("dan ben je echt niet meteen een X", voice16; adverbs tagged ADJ count)."""
    for k in range(j - 1, max(-1, j - 4), -1):
        verb = tokens[k]
        if verb.pos_ in {"VERB", "AUX"}:
            return "Fin" in verb.morph.get("VerbForm")
        if verb.pos_ not in _BEFORE_NOT_A or verb.lower_ in NEGATORS:
            return False
    return False


_FRONT_OPENERS = frozenset({",", "maar", "en", "want"})
_FRONT_DETERMINERS = frozenset({"een", "zo'n", "zo’n"})


def denied_fronted(tokens: list[Any], at: int, upto: int) -> bool:
    """The term fronted as the object of its clause and denied at the clause's end: "maar een
    X heeft ze niet", "Een X is hij niet." (voice16): a finite verb right after the term, at
    most two pronouns or adverbs, "niet" (or "niet meer") and the clause's end."""
    k = at - 1
    if k >= 0 and tokens[k].lower_ in _FRONT_DETERMINERS:
        k -= 1
    if k >= 0 and tokens[k].lower_ not in _FRONT_OPENERS and not tokens[k].is_punct:
        return False
    if upto >= len(tokens) or tokens[upto].pos_ not in {"VERB", "AUX"}:
        return False
    if "Fin" not in tokens[upto].morph.get("VerbForm"):
        return False
    for j in range(upto + 1, min(len(tokens), upto + 4)):
        if tokens[j].lower_ == "niet":
            rest = [t for t in tokens[j + 1 :] if not t.is_space]
            if rest and rest[0].lower_ == "meer":
                rest = rest[1:]
            return not rest or rest[0].is_punct
        if tokens[j].pos_ not in _BEFORE_NOT:
            return False
    return False


def seeming_denied(tokens: list[Any], at: int, sentence: Any) -> bool:
    """True when a verb of seeming stands before the term ("Hij komt op vreemden over als een
    X") and the next sentence opens with a word of reality ("In werkelijkheid is hij ..."): the
    term is what he seems, and the text denies it (labels22)."""
    if sentence is None or not _seems(tokens, at):
        return False
    opening = tuple(t.lower_ for t in sentence if not t.is_space)[:3]
    return any(opening[: len(r)] == r for r in REALITY)


def _seems(tokens: list[Any], at: int) -> bool:
    """A verb of seeming before the term, a separable one with its particle between them."""
    low = [t.lower_ for t in tokens[:at]]
    for k, t in enumerate(tokens[:at]):
        for verb in SEEMING:
            if t.lemma_.lower() == verb[0] and all(p in low[k + 1 :] for p in verb[1:]):
                return True
    return False


def denied_after(sentence: Any) -> bool:
    """Whether the sentence after the term's one only denies it: "Echter, dat is zeer zeker
    niet het geval.", "Dat klopt niet." (voice_denial_sentences.txt)."""
    if sentence is None:
        return False
    tokens = list(sentence)
    # labels-voice5: a quoted denial before its speech tag ("Ik denk het niet", zegt ze.)
    close = next((k for k, t in enumerate(tokens) if k and t.text in _CLOSING_QUOTES), None)
    spans = [tokens] if close is None else [tokens, tokens[:close]]
    return any(_kept(part) in DENIAL_SENTENCES for part in spans)


_CLOSING_QUOTES = frozenset({'"', "”", "’", "''", "’’", "»"})


def _kept(tokens: list[Any]) -> tuple[str, ...]:
    return tuple(
        t.lower_
        for t in tokens
        if not t.is_space and not t.is_punct and t.lower_ not in DENIAL_FILLERS
    )


# a complement that a negated finding governs: "geen aanwijzing (gevonden) voor X",
# "niet aannemelijk (geworden) dat ... X"
_OPENERS = NEGATION_OPENERS
_HARD_STOPS = frozenset({";", ":", ".", "!", "?"}) | NEGATION_CLAUSE_STOPS


def negated_far(low: list[str], at: int) -> bool:
    """A negated finding anywhere earlier in the sentence whose complement holds the term.

    "Er is in het onderzoek van de Raad, ..., geen enkele aanwijzing gevonden voor het bestaan
    van ouderverstoting", "acht het hof niet aannemelijk geworden dat de problemen zo ernstig
    zijn dat het kind klem of verloren zal raken": the evidence word ("aanwijzing", "sprake")
    has "geen" just before it, or the finding ("aannemelijk", "gebleken") "niet"; a complement
    opens after it ("voor", "van", "dat"), and no clause boundary (";", "maar", "omdat") and no
    new main clause after "en" ("..., en moeder is ...") stands between it and the term.
    """
    for j in range(at - 1, -1, -1):
        word = low[j]
        if word in _HARD_STOPS:
            return False
        if word in ("en", "of") and _new_clause(low, j, at):
            return False  # "..., en moeder is manipulatief": a new clause
        evidence = word in EVIDENCE and "geen" in low[max(0, j - 3) : j]
        finding = word in NOT_FOUND and "niet" in low[max(0, j - 5) : j + 1]
        if (evidence or finding) and any(w in _OPENERS for w in low[j + 1 : min(at, j + 4)]):
            return True
        if word in DENIAL_VERBS:
            return _denial_governs(low, j, at)
    return False


def _denial_governs(low: list[str], j: int, at: int) -> bool:
    """A verb of denial at j whose object or "dat"-clause holds the term at `at`: "Moeder ontkent
    (het) X", "Hij betwist dat hij X" (labels-voice8). Not when the denial is itself denied
    ("ontkent niet dat") or a comma stands between ("de problemen ontkent, de adviezen ...")."""
    between = low[j + 1 : at]
    if set(between[:2]) & (NEGATORS | {"niet"}) or "," in between:
        return False
    if between and between[0] == "dat":
        return True
    return all(w in DETERMINERS for w in between)


def _new_clause(low: list[str], j: int, at: int) -> bool:
    """True when "en"/"of" at j opens a new clause before the term: after a comma (not "voor X,
    en voor Y") or before a subject ("en moeder is", "en de vader", "en zij")."""
    nxt = low[j + 1 : at]
    if not nxt or nxt[0] in _OPENERS:
        return False
    if j and low[j - 1] == ",":
        return True
    if nxt[0] in PRONOUNS or nxt[0] in PERSON_WORDS:
        return True
    return len(nxt) > 1 and nxt[0] in SPECIFIERS and nxt[1] in PERSON_WORDS
