"""A separable judging verb with a person as subject and object: "(hij) maakt me zwart".

Word classes and lemmas, not phrases: a verb whose lemma and separated part stand in
``wb/lang/nl/description_judging_particles.txt`` (maken ... zwart, laten ... in de steek) counts
when its subject is a person (a person noun, a name or a personal pronoun right before the verb,
or a pronoun right after it: "laat ze haar kind in de steek") and its object, right after the
verb or that pronoun, is a person: an object pronoun ("me", "haar", "hem"), a name, or a singular
person noun with at most a determiner or possessive in front ("maakte de vader zwart"). "Ze
maakt de muur zwart" and "Mijn geheugen liet me in de steek" are no label. The span runs from
the verb to the part.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.description_problems import person_words
from wb.dossiers.lexicon import fold
from wb.lang import read_table, resource, word_set, words

_NOT = word_set("description_denials.txt")
_POSSESSIVES = word_set("voice_model_possessives.txt")
_OPENERS = word_set("description_clause_openers.txt")
_SUBJECT_PRONOUNS = word_set("description_subject_pronouns.txt") | word_set(
    "voice_first_person.txt"
)


def _subject_pronoun(token: Any) -> bool:
    return token.pos_ == "PRON" and token.lower_ in _SUBJECT_PRONOUNS


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    rows = read_table(resource("description_judging_particles.txt"), 2)
    return frozenset((fold(a), " ".join(fold(b).split())) for _, (a, b) in rows)


def _person_object(doc: Doc, j: int, persons: frozenset[str]) -> int | None:
    """The index after a person object starting at j, or None."""
    token = doc[j]
    if token.pos_ == "PRON" and token.lower_ in person_words()["voorwerp"]:
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}:  # "haar vader": a possessive
            return j + 2 if _is_person(nxt, persons) else None
        return j + 1
    if token.pos_ in {"DET", "PRON"} and j + 1 < len(doc):
        j += 1
        token = doc[j]
    if _is_person(token, persons):  # a name or a person noun
        return j + 1
    return None


def _is_person(token: Any, persons: frozenset[str]) -> bool:
    """A name, or a person noun, also the head of a compound ("kleindochter", "schoonmoeder":
    :mod:`wb.dossiers.description_persons`; labels39)."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and person_key({fold(token.text), fold(token.lemma_)}, persons)


def _part_end(doc: Doc, k: int, parts: list[str]) -> int | None:
    """The index of the last word of a (multiword) part starting at k ("in de steek")."""
    for part in parts:
        tokens = part.split()
        if [fold(t.text) for t in doc[k : k + len(tokens)]] == tokens:
            return k + len(tokens) - 1
    return None


def find_judging_verbs(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans "verb ... part" of separable judging verbs with a person object."""
    pairs = _pairs()
    # the lemmatizer may join the part to the lemma ("sluit ... buiten": buitensluiten)
    parts_of: dict[str, list[str]] = {}
    for a, b in pairs:
        parts_of.setdefault(a, []).append(b)
        parts_of.setdefault(b.replace(" ", "") + a, []).append(b)
    verbs = set(parts_of)
    spans = []
    for i, verb in enumerate(doc):
        lemma = fold(verb.lemma_)
        if verb.pos_ not in {"VERB", "AUX"} or lemma not in verbs or i + 2 >= len(doc):
            continue
        end = None
        if i and (_subject_pronoun(doc[i - 1]) or _is_person(doc[i - 1], persons)):
            end = _person_object(doc, i + 1, persons)
        if end is None and _subject_pronoun(doc[i + 1]):  # "laat ze haar kind in de steek"
            end = _person_object(doc, i + 2, persons)
        if end is None:
            continue
        # degree words and coordinated predicates between object and part, at most five
        # ("maakt me regelmatig zwart", "maakt hem dom of zelfs zwart")
        for k in range(end, min(end + 6, len(doc))):
            last = _part_end(doc, k, parts_of[lemma])
            if last is not None:
                spans.append((verb.idx, doc[last].idx + len(doc[last].text)))
                break
            if not (
                doc[k].pos_ in {"ADV", "CCONJ"}
                or (doc[k].pos_ == "ADJ" and not doc[k].lower_.endswith("e"))
            ):
                break
    return spans + _verb_final(doc, persons, parts_of)


def _object_before(doc: Doc, j: int, persons: frozenset[str]) -> int | None:
    """The index where a person object ending at j starts ("haar", "het kind", "zijn zoon"),
    with a person subject right before it; else None."""
    while j >= 0 and doc[j].pos_ == "ADV":
        j -= 1  # "(dat hij) haar steeds zwart maakt"
    if j < 1:
        return None
    token = doc[j]
    if token.pos_ == "PRON" and token.lower_ in person_words()["voorwerp"]:
        start = j
    elif _is_person(token, persons):
        det = doc[j - 1]
        # a determiner or possessive belongs to the object ("het kind"), a subject pronoun not
        start = j - 1 if det.pos_ in {"DET", "PRON"} and not _subject_pronoun(det) else j
    else:
        return None
    subject = doc[start - 1]
    if _subject_pronoun(subject) or _is_person(subject, persons):
        return start
    return None


def _verb_final(
    doc: Doc, persons: frozenset[str], parts_of: dict[str, list[str]]
) -> list[tuple[int, int]]:
    """The same verbs at the end of a subordinate clause: "(dat) hij haar zwart maakt", "(dat)
    moeder het kind laat vallen", "(dat) zij vader buitensluit"; the span is part and verb."""
    spans = []
    for i, verb in enumerate(doc):
        lemma = fold(verb.lemma_)
        if verb.pos_ not in {"VERB", "AUX"} or lemma not in parts_of or i < 2:
            continue
        for part in parts_of[lemma]:
            size = len(part.split())
            if fold(verb.text).startswith(part.replace(" ", "")):
                first, last = i, i  # one word: "buitensluit", "zwartmaakt"
            elif i + size < len(doc) and _part_end(doc, i + 1, [part]) == i + size:
                first, last = i, i + size  # "laat vallen"
            elif i >= size and _part_end(doc, i - size, [part]) == i - 1:
                first, last = i - size, i  # "zwart maakt", "in de steek laat"
            else:
                continue
            if _object_before(doc, first - 1, persons) is not None:
                spans.append((doc[first].idx, doc[last].idx + len(doc[last].text)))
            break
    return spans


@lru_cache(maxsize=1)
def _lemmas(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(name))


def judging_verbs() -> frozenset[str]:
    """The folded lemmas of the intransitive and intent verb lists."""
    return _lemmas("description_judging_intransitive.txt") | _lemmas(
        "description_judging_transitive.txt"
    )


def _person_subject(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A person subject before the verb at i (at most two adverbs between: "dat moeder steeds
    dwarsligt"), or an inverted pronoun right after it."""
    j = i - 1
    while j > 0 and i - j <= 2 and doc[j].pos_ == "ADV" and doc[j].lower_ not in _NOT:
        j -= 1
    if j >= 0 and (_subject_pronoun(doc[j]) or _is_person(doc[j], persons)):
        return True
    return i + 1 < len(doc) and _subject_pronoun(doc[i + 1])


def _preferences(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """ "verkiest (ze) X boven (haar) kind": a verb of preferring with a person on both sides."""
    spans = []
    verbs = _lemmas("description_preference_verbs.txt")
    for i, verb in enumerate(doc):
        if verb.pos_ not in {"VERB", "AUX"} or fold(verb.lemma_) not in verbs:
            continue
        if not _person_subject(doc, i, persons):
            continue
        for k in range(i + 1, min(i + 8, len(doc) - 1)):
            if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "SCONJ"}:
                break
            if doc[k].lower_ == "boven":
                end = _person_object(doc, k + 1, persons)
                after = doc[end] if end is not None and end < len(doc) else None
                if end is not None and after is not None and after.pos_ in {"ADJ", "NOUN"}:
                    end = None  # "boven haar eigen belang": a possessive, not a person
                if end is not None:
                    spans.append((verb.idx, doc[end - 1].idx + len(doc[end - 1].text)))
                break
    return spans


def _opens_clause(doc: Doc, j: int) -> bool:
    """A clause opener at j; not "dat"/"die" as a determiner before a noun ("dat contact")."""
    if doc[j].lower_ not in _OPENERS:
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return not (doc[j].pos_ == "DET" and nxt is not None and nxt.pos_ in {"NOUN", "ADJ"})


def _clause_subject(doc: Doc, i: int) -> Any | None:
    """The subject of the verb at i: the first noun or pronoun of its clause before it (after a
    comma, a conjunction or "dat"/"die"), else one right after it ("frustreert hij ...")."""
    j = i - 1
    while j >= 0 and not (
        doc[j].is_punct or doc[j].pos_ in {"SCONJ", "CCONJ"} or _opens_clause(doc, j)
    ):
        j -= 1
    if j > 0 and doc[j].lower_ == "die" and doc[j - 1].pos_ == "NOUN":
        return doc[j - 1]  # "ouders die de omgang frustreren": the relative's antecedent
    for k in range(j + 1, i):
        token = doc[k]
        if token.lower_ in _POSSESSIVES and doc[k + 1].pos_ in {"NOUN", "ADJ"}:
            continue  # a possessive: "mijn moeder", "haar eigen kind"
        if token.pos_ == "PROPN" and token.text.endswith("s") and doc[k + 1].pos_ == "NOUN":
            continue  # a name's genitive: "Koens moeder" (labels39)
        if token.pos_ in {"NOUN", "PROPN", "PRON"}:
            return token
    for token in doc[i + 1 : i + 3]:
        if token.pos_ == "PRON":
            return token
    return None


def _subject_is_person(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """A person noun or a subject pronoun as the clause subject of the verb at i (no name);
    not when a denial stands between them ("dat vader niet afhaakt": a wish, no judgement)."""
    token = _clause_subject(doc, i)
    if token is None:
        return False
    if any(t.lower_ in _NOT for t in doc[min(token.i, i) + 1 : max(token.i, i)]):
        return False
    return _subject_pronoun(token) or (token.pos_ == "NOUN" and _is_person(token, persons))


def _present_form(verb: Any) -> bool:
    """A present tense the tagger read as a participle: the stem + "t" with no "ge-"
    ("(dat zij het contact) tegenwerkt", participle "tegengewerkt")."""
    lemma = fold(verb.lemma_)
    return lemma.endswith("en") and fold(verb.text) == lemma[:-2] + "t"


_CHAIN = word_set("description_modal_chain.txt")


def _after_modal(doc: Doc, i: int) -> bool:
    """An infinitive right after a finite "kunnen", "zullen", "willen", "gaan" or "blijven"
    (and at most one more of them): "(moeder) kan gaan mekkeren", "(vader) zal afhaken"
    (labels39)."""
    if "Inf" not in doc[i].morph.get("VerbForm"):
        return False
    for h in (i - 1, i - 2):
        if h < 0 or doc[h].pos_ not in {"VERB", "AUX"} or fold(doc[h].lemma_) not in _CHAIN:
            return False
        if "Fin" in doc[h].morph.get("VerbForm"):
            return True
    return False


def _relative_person(doc: Doc, i: int, persons: frozenset[str]) -> bool:
    """ "ouders die op dit punt tekortschieten": the verb at i ends a relative clause whose "die"
    follows a person noun (the relative pronoun is the subject; no verb, punctuation or denial
    between, at most six words), labels47."""
    for h in range(i - 1, max(-1, i - 8), -1):
        token = doc[h]
        if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ"} or token.lower_ in _NOT:
            return False
        if token.lower_ == "die" and h > 0:
            return doc[h - 1].pos_ == "NOUN" and _is_person(doc[h - 1], persons)
    return False


def _intransitive(doc: Doc, persons: frozenset[str], name: str) -> list[tuple[int, int]]:
    """ "vader haakt af", "moeder ligt dwars", "dat moeder dwarsligt", "(dat) vader de situatie
    frustreert": a judging verb of the list `name` (its lemma, or its separated part + lemma)
    with a person subject; the span is the verb and its separated part."""
    spans = []
    verbs = _lemmas(name)
    for i, verb in enumerate(doc):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        lemma = fold(verb.lemma_)
        last = None
        for k in range(i + 1, min(i + 5, len(doc))):
            if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX", "SCONJ"}:
                break
            part = fold(doc[k].text)
            if (
                doc[k].pos_ not in {"PRON", "DET", "NOUN"}
                and ((lemma in verbs and lemma.startswith(part)) or part + lemma in verbs)
                and not _opens_phrase(doc, k)
            ):
                last = k  # the separated part: "haakt ... af", "ligt ... dwars"
                break
            if k == i + 1 and doc[k].pos_ == "NOUN" and part + lemma in verbs:
                last = k  # a part the tagger reads as a noun: "schiet tekort" (labels39)
                break
        first = i
        if last is None and lemma not in verbs and i and _part_before(doc, i, lemma, verbs):
            first = last = i - 1  # the part written apart before it: "(dat ik) tekort schiet"
        if last is None and lemma not in verbs:
            continue
        form = verb.morph.get("VerbForm")
        if first > 0 and doc[first - 1].lower_ == "te":
            continue  # "om het contact te frustreren"
        if "Part" in form and not _present_form(verb):
            # only a perfect with "hebben" ("moeder heeft het contact tegengewerkt"), not a
            # passive or an adjective ("wordt tegengewerkt", "voelt zich gefrustreerd")
            clause = doc[max(0, i - 12) : i]
            if not any(fold(t.lemma_) == "hebben" for t in clause):
                continue
            if _subject_is_person(doc, i, persons):
                spans.append((verb.idx, verb.idx + len(verb.text)))
            continue
        names = name == "description_judging_intransitive.txt"
        before = doc[i - 1] if i else None
        right_before = before is not None and (
            _subject_pronoun(before)
            or (_is_person(before, persons) and (names or before.pos_ == "NOUN"))
        )
        # a plural present tense is often tagged as infinitive: "(waarom) ouders afhaken"
        finite = "Fin" in form or _present_form(verb) or _after_modal(doc, i)
        if not (
            right_before
            or (finite and _subject_is_person(doc, i, persons))
            or _relative_person(doc, i, persons)
        ):
            continue
        if first < i:
            spans.append((doc[first].idx, verb.idx + len(verb.text)))
            continue
        last = i if last is None else last
        spans.append((verb.idx, doc[last].idx + len(doc[last].text)))
    return spans


def _opens_phrase(doc: Doc, k: int) -> bool:
    """The word at k is a preposition with its noun phrase after it, not a separated part: a
    determiner, noun, name or number right after it ("ze werken het jongetje tegen de grond";
    labels62). A separated part closes its clause."""
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    return nxt is not None and nxt.pos_ in {"DET", "NOUN", "PROPN", "NUM"}


def _part_before(doc: Doc, i: int, lemma: str, verbs: frozenset[str]) -> bool:
    """The separable part of a listed verb written apart right before it at the end of a
    clause ("dat ik bij een kind tekort schiet", "dat hij dwars ligt"; labels39)."""
    part = doc[i - 1]
    if part.pos_ in {"PRON", "DET", "NOUN", "VERB", "AUX"}:
        return False
    return fold(part.text) + lemma in verbs


def find_adverbial_judgements(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """ "(moeder) weigert halsstarrig", "reageert agressief", "(dat zij) halsstarrig weigert":
    an uninflected evaluative adjective right before or after a finite verb of conduct
    (``description_conduct_verbs.txt``: reageren, weigeren, zich gedragen, ...), whose clause
    subject is a person noun or pronoun; the span is the adjective. Not a verb of manner ("ze
    loopt houterig", "moeder slaapt slecht")."""
    spans = []
    for k, adj in enumerate(doc):
        if adj.pos_ != "ADJ" or fold(adj.text).endswith("e"):
            continue
        if not ({fold(adj.text), fold(adj.lemma_)} & adjectives):
            continue
        if k + 1 < len(doc) and doc[k + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            continue  # attributive or a degree word: "halsstarrig verzet", "erg boze"
        for v in (k - 1, k - 2, k + 1):
            if not 0 <= v < len(doc):
                continue
            verb = doc[v]
            if v == k - 2 and doc[k - 1].lower_ != "zich":
                continue  # "gedraagt zich manipulatief"
            if verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm"):
                continue
            lemma = fold(verb.lemma_)
            if lemma == "dragen" and fold(verb.text).startswith("gedr"):
                lemma = "gedragen"  # the lemmatizer reads "gedraagt" as a form of dragen
            if lemma not in _lemmas("description_conduct_verbs.txt"):
                break
            if _subject_is_person(doc, v, persons) and not (k and doc[k - 1].lower_ in _NOT):
                spans.append((adj.idx, adj.idx + len(adj.text)))
            break
    return spans


def find_judging_verb_phrases(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of every shape: separable judging verbs, preferring, judging verbs by subject."""
    return (
        find_judging_verbs(doc, persons)
        + _preferences(doc, persons)
        + _intransitive(doc, persons, "description_judging_intransitive.txt")
        + _intransitive(doc, persons, "description_judging_transitive.txt")
    )


__all__ = [
    "find_adverbial_judgements",
    "find_judging_verb_phrases",
    "find_judging_verbs",
    "judging_verbs",
]
