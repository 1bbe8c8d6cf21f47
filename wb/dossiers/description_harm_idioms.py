"""Harm done to a person, said with an idiom: "(dat) ik de toekomst van mijn kind in gevaar
bracht", "Samantha brengt haar kinderen in gevaar", "(dat ze) door hun vader in de steek zijn
gelaten", "(hij) liet zijn vriendje aan zijn lot over" (labels-aimed3).

An idiom of ``wb/lang/nl/description_harm_idioms.txt`` (a verb lemma and a core of fixed words,
"*" for one determiner or possessive) counts when its core stands in the text, a form of its
verb stands in the same clause within four words after it or eight before it (an object
between), and the one harmed is a person: the noun phrase right before the core (adverbs and
uninflected adjectives such as "ernstig" may stand between) is an object pronoun ("hem") or has
a person noun as head, also after "van" ("de gezondheid van het kind", "haar kinderen"). A thing
harmed ("het huis in gevaar brengen") is no judgement of a person. Not with a denial in the
clause ("niet in gevaar willen brengen"); in the passive (a participle of the verb, or a form of
"worden" in the clause) only with "door" and a person as the agent ("door hun vader in de steek
gelaten"; "de veiligheid van kinderen in gevaar wordt gebracht" names no one). The span runs
from the harmed person's phrase, or the verb when that comes first, to the last of core and
verb. Tagger word classes only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_care import clause
from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, table, word_set

_REACH = 4
_BEFORE = 8  # the finite verb first, its object between: "bracht de gezondheid ... in gevaar"
_NP = frozenset({"DET", "ADJ", "NUM"})
_PERSON_LISTS = ("person_nouns.txt", "voice_person_words.txt", "scope_person_roles.txt")


@cache
def _active_elsewhere() -> frozenset[tuple[str, tuple[str, ...]]]:
    """Idioms whose active form the separable-verb rule (description_judging_particles.txt,
    wb.dossiers.description_verbs) already finds, with its own guards ("mijn geheugen liet me in
    de steek"): here only their passive with a person as agent."""
    return frozenset(
        (fold(verb), tuple(fold(part).split()))
        for verb, part in table("description_judging_particles.txt", 2)
    )


def _passive(doc: Doc, v: int, a: int, b: int) -> bool:
    """The verb at v is a participle, or a form of "worden" stands in the clause [a, b)."""
    return "Part" in doc[v].morph.get("VerbForm") or any(
        fold(doc[j].lemma_) == "worden" for j in range(a, b)
    )


@cache
def harm_idioms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(verb lemma, core words) of description_harm_idioms.txt."""
    return tuple(
        (fold(verb), tuple(fold(core).split()))
        for verb, core in table("description_harm_idioms.txt", 2)
    )


@cache
def _persons() -> frozenset[str]:
    return frozenset(fold(w) for name in _PERSON_LISTS for w in word_set(name))


@cache
def _objects() -> frozenset[str]:
    return by_kind("aimed_pronouns.txt")["object"]


@cache
def _possessives() -> frozenset[str]:
    return by_kind("aimed_pronouns.txt")["possessive"]


def _in_phrase(token: Any) -> bool:
    """A determiner, adjective, number or possessive inside a noun phrase."""
    return token.pos_ in _NP or (token.pos_ == "PRON" and token.lower_ in _possessives())


@cache
def _denials() -> frozenset[str]:
    return frozenset(fold(w) for w in word_set("description_denials.txt"))


def _person_noun(token: Any) -> bool:
    return token.pos_ == "NOUN" and person_key(
        {fold(token.text), fold(token.lemma_ or token.text)}, _persons()
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
        elif fold(token.text) != word:
            return None
    return k + len(core)


def harmed_person(doc: Doc, k: int, a: int) -> int | None:
    """The first token of the person's phrase that ends right before token k (clause start a),
    or None: an object pronoun, or a noun phrase with a person noun as head, also the phrase
    after "van" in "de toekomst van mijn kind" (module doc)."""
    j = k - 1
    while j >= a and (doc[j].pos_ == "ADV" or (doc[j].pos_ == "ADJ" and doc[j].lower_[-1] != "e")):
        j -= 1  # "ernstig", "totaal"
    if j < a:
        return None
    if doc[j].pos_ == "PRON" and doc[j].lower_ in _objects():
        return j
    person = False
    while j >= a and doc[j].pos_ == "NOUN":
        person = person or _person_noun(doc[j])
        h = j - 1
        while h >= a and _in_phrase(doc[h]):
            h -= 1
        if h > a and doc[h].lower_ == "van" and doc[h - 1].pos_ == "NOUN":
            j = h - 1  # "de gezondheid van het kind": the phrase goes on before "van"
            continue
        return h + 1 if person else None
    return None


def _passive_without_agent(doc: Doc, v: int, a: int, b: int) -> bool:
    """The verb at v is passive ("gebracht", or "worden" in the clause) and no "door" with a
    person noun after it stands in the clause."""
    if not _passive(doc, v, a, b):
        return False
    for j in range(a, b - 1):
        if doc[j].lower_ == "door":
            h = j + 1
            while h < b and _in_phrase(doc[h]):
                h += 1
            if h < b and _person_noun(doc[h]):
                return False
    return True


def find_harm_idioms(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of harm done to a person, said with an idiom (module doc)."""
    if not doc.has_annotation("SENT_START"):
        return []
    spans = []
    for k in range(len(doc)):
        for lemma, core in harm_idioms():
            end = _core_at(doc, k, core)
            if end is None:
                continue
            a, b = clause(doc, k)
            verbs = [
                v
                for v in range(max(a, k - _BEFORE), min(b, end + _REACH))
                if not k <= v < end
                and doc[v].pos_ in {"VERB", "AUX"}
                and fold(doc[v].lemma_) == lemma
            ]
            if not verbs or any(fold(doc[j].text) in _denials() for j in range(a, b)):
                continue
            v = verbs[0]
            first = harmed_person(doc, k, v + 1 if v < k else a)
            if first is not None and v < k:
                first = v  # "bracht de gezondheid van het kind ernstig in gevaar"
            if first is None or _passive_without_agent(doc, v, a, b):
                continue
            if (lemma, core) in _active_elsewhere() and not _passive(doc, v, a, b):
                continue
            last = doc[max(end - 1, v)]
            spans.append((doc[first].idx, last.idx + len(last.text)))
    return spans


__all__ = ["find_harm_idioms", "harm_idioms", "harmed_person"]
