"""A person's care or duty denied, as a judgement of that person: "moeder zorgt niet goed voor
de kinderen", "hij keek niet naar hen om", "ze wordt niet opgevoed".

A verb of care or duty (``wb/lang/nl/aimed_care_verbs.txt``: zorgen voor, omkijken naar,
opvoeden, naleven, ...) with a negator of ``aimed_care_negators.txt`` (niet, nooit, nauwelijks,
onvoldoende, ...) in the same clause, at most six words before the verb or four after it
("zorgde niet goed voor"), where a person is involved:

* a verb with a preposition counts when that preposition stands in the clause with a person
  after it: a person noun (also a compound or diminutive), an object pronoun ("voor hem") or a
  possessive with a noun ("voor haar kind"); "zorgt niet voor rust" and "zorg er niet voor dat"
  are no description;
* a verb without one counts when the clause has a person as subject or object (a person noun,
  a personal pronoun): "kun je die jongen niet opvoeden", "de moeder heeft de regeling niet
  nageleefd"; "de regeling wordt niet nageleefd" (no person) is none.

Not when the negator denies something else: "niet alleen voor de kinderen zorgen" (not only),
"niet zonder", or a negator in another clause; "zorgen" not with "dat" or "ervoor" in its
clause ("zorg er niet voor dat ...": see to it; this also leaves a clause after a "dat" the
tagger reads as a pronoun). The span runs from the first to the last of
negator, verb and a separated particle ("keek niet naar hen om"). Not a negator after the verb
with another verb between ("Goed opvoeden is niet voor alle ouders vanzelfsprekend": the verb
is the subject of "is", which the negator denies; labels53). Tagger word classes only.

Care in excess (:func:`find_excess`) judges too: "de vader verwent zijn kinderen teveel",
"ouders die hun kind te veel verwennen", "zitten veel te veel bovenop": "te veel" or "teveel"
(also after "veel") not followed by a noun or adjective ("te veel stress" is an amount), in a
clause with a person subject (not after a preposition: "het wijkteam luistert te veel naar
moeder" is about the team) and a main verb (not a copula, auxiliary, "laten"/"doen" before an
infinitive: "ik deed haar te veel denken aan", nor a verb used as a noun: "het dekken van de
tafel is ze te veel"). The span runs from the verb to "veel". Occupied too much or too
often with something else judges a person too: "ouders zijn te vaak met zichzelf bezig" ("te
veel" or "te vaak", "met", at most four words and "bezig", in a clause with a person subject;
labels35); the span runs from "te" to "bezig". labels62: a clause after an aside between dashes
goes on from before the aside ("Zij laten zich – bij gebrek aan ... – te veel leiden door ..."),
and "laten" with a reflexive right after it ("zich laten leiden") is no causative.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, table, word_set

_BOUNDS = frozenset({",", ";", ":", "(", ")", "?", "!", ".", "–", "—", "…"}) | word_set(
    "aimed_bounds.txt"
)
_PERSON_LISTS = ("person_nouns.txt", "voice_person_words.txt", "scope_person_roles.txt")


@cache
def _words(kind: str) -> frozenset[str]:
    """Function words of one kind of aimed_care_words.txt (alleen, nominaal, regelen, hulp)."""
    return by_kind("aimed_care_words.txt", fold)[kind]


@cache
def _verbs() -> dict[str, str]:
    return {fold(lemma): fold(prep) for lemma, prep in table("aimed_care_verbs.txt", 2)}


@cache
def _negators() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("aimed_care_negators.txt"))


@cache
def _persons() -> frozenset[str]:
    return frozenset(fold(w) for name in _PERSON_LISTS for w in word_set(name))


@cache
def _pronouns() -> dict[str, frozenset[str]]:
    return by_kind("aimed_pronouns.txt")


def _person_noun(token: Any) -> bool:
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    return person_key({fold(token.text), fold(token.lemma_ or token.text)}, _persons())


def is_person(token: Any) -> bool:
    """A person noun or a personal pronoun (subject or object)."""
    low = token.lower_
    pronouns = _pronouns()
    if token.pos_ == "PRON" and (low in pronouns["subject"] or low in pronouns["object"]):
        return low != "die"
    return _person_noun(token)


def _bound(token: Any) -> bool:
    """Clause punctuation, a subordinating conjunction or a relative adverb ("waarbij")."""
    low = token.lower_
    return low in _BOUNDS or token.pos_ == "SCONJ" or (low.startswith("waar") and len(low) > 6)


def clause(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds [a, b) of the clause around token i, within its sentence."""
    sent = doc[i].sent
    a = i
    while a > sent.start and not _bound(doc[a - 1]):
        a -= 1
    b = i + 1
    while b < sent.end and not _bound(doc[b]):
        b += 1
    return a, b


def _nominal(doc: Doc, i: int, k: int) -> bool:
    """The verb used as a noun or a role: "het niet naleven van", "methode van opvoeden", "de
    niet verzorgende ouder" (a present participle names a role)."""
    if fold(doc[i].text).endswith(("nde", "end")):
        return True
    for j in {min(i, k) - 1, i - 1}:
        if j >= 0 and (doc[j].pos_ == "DET" or doc[j].lower_ in _words("nominaal")):
            return True
    return False


def _person_after(doc: Doc, k: int, b: int) -> bool:
    """A person right after the preposition at k: a person noun (after a determiner,
    possessive or adjectives), an object pronoun, or a possessive with a noun."""
    j = k + 1
    while j < b and j - k <= 4:
        token = doc[j]
        if is_person(token):
            return True
        possessive = token.pos_ == "PRON" and token.lower_ in _pronouns()["possessive"]
        if not (possessive or token.pos_ in {"DET", "ADJ", "NUM"}):
            return False
        j += 1
    return False


def _negator(doc: Doc, i: int, a: int, b: int) -> int | None:
    """The negator of the verb at i: in its clause, at most six words before or four after,
    not "niet alleen" (not only)."""
    for k in [*range(i - 1, max(a, i - 6) - 1, -1), *range(i + 1, min(b, i + 5))]:
        if fold(doc[k].text) in _negators() and doc[k].pos_ in {"ADV", "ADJ", "DET", "PRON"}:
            nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
            return None if nxt in _words("alleen") else k
    return None


def _possessive(doc: Doc, j: int) -> bool:
    """ "haar" or "hun" before a noun or adjective is a possessive, neither subject nor object
    of the verb ("werden hun tanden niet verzorgd": the teeth are cared for, labels50)."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    low = doc[j].lower_
    return low in _pronouns()["possessive"] and nxt is not None and nxt.pos_ in {"NOUN", "ADJ"}


def _coordinated(doc: Doc, i: int, a: int, b: int) -> tuple[int, int]:
    """The clause bounds [a, b) around i cut after i at "en" or "of" + a finite verb, which
    opens the next coordinated clause with its own subject ("werden hun tanden niet verzorgd en
    woonden zij ...": "zij" is not in the clause of "verzorgd", labels50)."""
    for j in range(i + 1, b - 1):
        if doc[j].lower_ in {"en", "of"} and "Fin" in doc[j + 1].morph.get("VerbForm"):
            return a, j
    return a, b


def _care_noun_as_verb(doc: Doc, i: int) -> bool:
    """ "(als de ouders) niet goed zorgen voor het kind": the tagger reads "zorgen" as the plural
    noun; with an adverb or bare adjective right before it and "voor" right after it, it is the
    verb (a noun has a determiner or possessive: "de zorgen voor het kind"; labels-aimed3)."""
    if doc[i].pos_ != "NOUN" or doc[i].lower_ != "zorgen" or i == 0 or i + 1 >= len(doc):
        return False
    before = doc[i - 1]
    bare = before.pos_ == "ADV" or (before.pos_ == "ADJ" and not before.lower_.endswith("e"))
    return bare and doc[i + 1].lower_ == "voor"


def find_care_denied(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of a denied care or duty verb with a person (see the module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    verbs = _verbs()
    spans = []
    for i, token in enumerate(doc):
        lemma = fold(token.lemma_ or token.text)
        if _care_noun_as_verb(doc, i):
            lemma = "zorgen"
        elif token.pos_ != "VERB" or lemma not in verbs:
            continue
        a, b = _coordinated(doc, i, *clause(doc, i))
        k = _negator(doc, i, a, b)
        if k is None:
            continue
        if _nominal(doc, i, k):
            continue
        if any(doc[j].pos_ in {"AUX", "VERB"} for j in range(i + 1, k)):
            continue  # "Goed opvoeden is niet ...": the negator denies the verb between
        prep = verbs[lemma]
        if prep != "-":
            ok = any(
                doc[j].lower_ == prep and _person_after(doc, j, b) for j in range(a, b) if j != i
            )
            if lemma == "zorgen" and any(doc[j].lower_ in _words("regelen") for j in range(a, b)):
                ok = False  # "zorg er niet voor dat ...": see to it
        else:
            ok = any(
                is_person(doc[j]) and not _possessive(doc, j)
                for j in range(a, b)
                if j not in (i, k)
            )
        if not ok:
            continue
        last = max(i, k)
        # a separated particle of the verb: "keek niet naar hen om"
        word = fold(token.text)
        for j in range(last + 1, b):
            part = doc[j].lower_
            if doc[j].pos_ == "ADP" and lemma.startswith(part) and not word.startswith(part):
                last = j
        first = min(i, k)
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


def _after_preposition(doc: Doc, j: int, a: int) -> bool:
    """Whether the word at j ends a prepositional phrase ("naar moeder"), so is no subject."""
    h = j - 1
    while h >= a and j - h <= 3 and doc[h].pos_ in {"DET", "ADJ", "NUM", "PRON"}:
        h -= 1
    return h >= a and doc[h].pos_ == "ADP"


def person_subject(doc: Doc, a: int, b: int, skip: set[int]) -> bool:
    """Whether tokens a..b (not those in skip) hold a person that can be the subject: a person
    noun or a subject pronoun, not an object pronoun ("hem") and not after a preposition; or a
    relative "die" right after a person noun ("(het gaat om) ouders die zich nergens iets van
    aantrekken", labels-aimed3)."""
    return any(
        (
            is_person(doc[j])
            and doc[j].lower_ not in _pronouns()["object"] - {"ze"}
            and not _after_preposition(doc, j, a)
        )
        or relative_person(doc, j)
        for j in range(a, b)
        if j not in skip
    )


def relative_person(doc: Doc, j: int) -> bool:
    """A relative "die" at j whose antecedent, right before it (a comma may stand between), is a
    person noun: "ouders die ...", "de vader, die ..." (labels-aimed3)."""
    if doc[j].lower_ != "die" or doc[j].pos_ != "PRON" or j == 0:
        return False
    h = j - 2 if j > 1 and doc[j - 1].text == "," else j - 1
    return _person_noun(doc[h])


def _excess_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token bounds of "(veel) te veel" / "teveel" starting at i, or None."""
    if doc[i].lower_ == "teveel":
        first, last = i, i
    elif doc[i].lower_ == "te" and i + 1 < len(doc) and doc[i + 1].lower_ == "veel":
        first, last = i, i + 1
    else:
        return None
    if first > 0 and doc[first - 1].lower_ == "veel":
        first -= 1
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
        return None  # "te veel stress": an amount of something
    return first, last


def _busy_excess(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token bounds of "te veel/vaak met ... bezig" starting at i, or None (labels35)."""
    if doc[i].lower_ not in {"te", "té"} or i + 2 >= len(doc):
        return None
    if fold(doc[i + 1].text) not in _words("mate") or doc[i + 2].lower_ != "met":
        return None
    for j in range(i + 3, min(len(doc), i + 8)):
        if fold(doc[j].text) in _words("bezig"):
            return i, j
        if doc[j].is_punct:
            return None
    return None


_DASHES = frozenset({"\u2013", "\u2014"})
_REFLEXIVES = word_set("reflexive_pronouns.txt")


def _aside_before(doc: Doc, a: int) -> tuple[int, int, int] | None:
    """When the clause starting at a follows an aside between dashes ("Zij laten zich – bij
    gebrek aan ... – te veel leiden"; labels62): the start of the clause before the aside and
    the aside's token bounds (its dashes included), else None."""
    if a < 2 or doc[a - 1].text not in _DASHES:
        return None
    sent = doc[a].sent
    for p in range(a - 2, sent.start, -1):
        if doc[p].text in _DASHES:
            if doc[p - 1].is_punct:
                return None
            return clause(doc, p - 1)[0], p, a
        if doc[p].text in {".", ";", ":", "?", "!"}:
            return None
    return None


def _reflexive_after(doc: Doc, j: int) -> bool:
    """ "zich laten leiden": "laten" with a reflexive right after it lets the subject itself be
    led, no one else made to act (labels62)."""
    return j + 1 < len(doc) and doc[j + 1].lower_ in _REFLEXIVES


def find_excess(doc: Doc) -> list[tuple[int, int]]:
    """Character spans "verb ... te veel" of an act of a person done in excess (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for i in range(len(doc)):
        busy = _busy_excess(doc, i)
        if busy is not None:
            a, b = clause(doc, i)
            if person_subject(doc, a, b, set(range(*busy))):
                spans.append((doc[busy[0]].idx, doc[busy[1]].idx + len(doc[busy[1]].text)))
            continue
        found = _excess_at(doc, i)
        if found is None:
            continue
        a, b = clause(doc, i)
        aside = _aside_before(doc, a)
        if aside is not None:
            a = aside[0]
        inside = set(range(*aside[1:])) if aside is not None else set()
        verbs = [
            j
            for j in range(a, b)
            if j not in inside
            and doc[j].pos_ == "VERB"
            and fold(doc[j].lemma_) not in _words("hulp")
            and not (j > a and (doc[j - 1].pos_ == "DET" or doc[j - 1].lower_ == "het"))
        ]
        causative = any(
            fold(doc[j].lemma_) in {"laten", "doen"} and not _reflexive_after(doc, j)
            for j in range(a, b)
            if j not in inside
        )
        if not verbs or causative:
            continue
        if not person_subject(doc, a, b, set(verbs) | inside):
            continue
        verb = min(verbs, key=lambda j: abs(j - i))
        first, last = min(verb, found[0]), max(verb, found[1])
        spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
    return spans


__all__ = [
    "clause",
    "find_care_denied",
    "find_excess",
    "is_person",
    "person_subject",
    "relative_person",
]
