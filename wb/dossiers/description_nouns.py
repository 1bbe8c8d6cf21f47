"""A judging noun tied to one person: "haar grillen", "de jaloezie van vader", "zijn waanbeelden".

Word classes and lemmas, not phrases. A NOUN counts when its lemma (or its text) is in
``wb/lang/nl/description_judging_nouns.txt`` (general Dutch words for a judged behaviour,
motive or delusion: gril, wrok, waanbeeld, gedragsprobleem, ...) or is an evaluative adjective
of :func:`wb.dossiers.descriptions.evaluative_words` + "-heid" ("jaloersheid",
"onbetrouwbaarheid"; not a feeling or state of ``description_heid_skip.txt``: boosheid,
zwakheid), and when it is tied to one person the way
:mod:`wb.dossiers.description_problems` ties a problem word: a possessive "haar", "zijn" or "hun"
right before it or before its adjectives ("zijn eeuwige grillen"), or "van"/"bij" and one person
right after it ("de jaloersheid van mijn vrouw"), or a person subject and a verb of having
right before it ("het kind heeft gedragsproblemen", "vader koestert wrok" is not: koesteren is
no verb of having). A bare noun ("wrok is een slechte raadgever"),
a noun of a thing or group ("de grillen van het weer", "de onwil van de instanties") and a
feeling or care need ("haar verdriet", "zijn zorgbehoefte") are no label. The span is the
adjectives and the noun.

Two more shapes: a conduct noun (``description_conduct_nouns.txt``: gedrag, houding, ...) counts
with the same tie when an evaluative adjective stands in its run ("zijn agressieve gedrag", "de
vijandige houding van moeder"; not "haar gedrag"), and a noun of behaviour
(``description_conduct_bare.txt``: gedrag) with an evaluative adjective counts without a tie
("respectloos gedrag", "Lastig gedrag"; not an adjective of concern: "zorgelijk gedrag";
labels35); and a compound of a judging first part and a
person or family noun (``description_judging_compounds.txt``: "probleemkind",
"probleemgezinnen") or of a person noun and a scolding group head ("moedermaffia", labels38)
counts wherever it stands, like a lexicon term, and so does a noun that
names a person by a judgement (``description_person_judgements.txt``: lastpost, leugenaar,
ruziezoeker, ...), with the adjectives before it ("jonge lastposten"); and two titles in the
plural or diminutive joined by "en" ("prinsjes en prinsesjes": ``description_title_pairs.txt``,
labels37).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.description_offences import offence_adjectives, offence_keys, offence_tied
from wb.dossiers.description_problems import (
    adjectives_before,
    having_subject,
    possessed,
    tied_after,
)
from wb.dossiers.lexicon import fold
from wb.lang import by_kind, table, words


@lru_cache(maxsize=1)
def judging_nouns() -> frozenset[str]:
    """The folded lemmas of description_judging_nouns.txt."""
    return frozenset(fold(w) for w in words("description_judging_nouns.txt"))


def _compound_parts() -> dict[str, frozenset[str]]:
    return by_kind("description_judging_compounds.txt", fold)


def _judging_compound(token: Any, persons: frozenset[str]) -> bool:
    """ "probleemkind", "probleemgezinnen": a judging first part + a person or family noun; a
    noun that names a person by a judgement is such a first part too ("etterouders",
    "tirannouders": description_person_judgements.txt, labels39)."""
    parts = _compound_parts()
    heads = persons | parts.get("hoofd", frozenset())
    firsts = parts.get("deel", frozenset()) | {w for w in _person_judgements() if len(w) >= 4}
    for key in {fold(token.lemma_), fold(token.text)}:
        for first in firsts:
            rest = key[len(first) :].lstrip("-")
            if key.startswith(first) and rest and (rest in heads or rest.rstrip("s") in heads):
                return True
    return False


def _group_compound(token: Any, persons: frozenset[str]) -> bool:
    """ "moedermaffia", "vadermaffia's": a person noun + a scolding group head (kind ``groep``
    of description_judging_compounds.txt, labels38); also when the tagger reads the word in
    quotes as foreign (X) or a name."""
    if token.pos_ not in {"NOUN", "X", "PROPN"}:
        return False
    for key in {fold(token.lemma_), fold(token.text)}:
        key = key.removesuffix("'s").removesuffix("s")
        for group in _compound_parts().get("groep", ()):
            if key.endswith(group) and key.removesuffix(group).rstrip("-") in persons:
                return True
    return False


def _misread_noun(doc: Doc, k: int) -> bool:
    """A word of description_judging_nouns.txt the tagger read as an adverb or adjective right
    after a person's possessive and before no noun or adjective: a noun all the same ("en zijn
    onvermogen om ..."; labels62)."""
    token = doc[k]
    if token.pos_ not in {"ADV", "ADJ"} or fold(token.text) not in judging_nouns():
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return possessed(doc, k) and not (after is not None and after.pos_ in {"NOUN", "ADJ"})


@lru_cache(maxsize=1)
def _person_judgements() -> frozenset[str]:
    """Nouns that name a person by a judgement (description_person_judgements.txt)."""
    return frozenset(fold(w) for w in words("description_person_judgements.txt"))


@lru_cache(maxsize=1)
def _conduct() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_conduct_nouns.txt"))


@lru_cache(maxsize=1)
def _bare_conduct() -> dict[str, frozenset[str]]:
    """Nouns of behaviour that an evaluative adjective judges without a tie ("naam": gedrag)
    and adjectives of concern that do not ("zorg": zorgelijk); description_conduct_bare.txt."""
    return by_kind("description_conduct_bare.txt", fold)


def _bare_judged(doc: Doc, first: int, k: int, adjectives: frozenset[str]) -> bool:
    """ "respectloos gedrag", "Lastig gedrag": behaviour judged by an evaluative adjective,
    without a tie to one person; not an adjective of concern ("zorgelijk gedrag"). labels47:
    also a compound with the noun as head ("slecht levensgedrag"), and for this noun also a
    negative subjective adjective of CLiPS ("moeilijk gedrag") or an adjective of blame or
    acceptability ("verwijtbaar gedrag", "onaanvaardbaar gedrag", description_conduct_bare.txt,
    "oordeel"). labels50: an offence adjective ("crimineel gedrag", "strafbaar gedrag") only
    when the text ties the behaviour to a person (:mod:`wb.dossiers.description_offences`)."""
    nouns = _bare_conduct().get("naam", frozenset())
    lemma = fold(doc[k].lemma_)
    if lemma not in nouns and not any(lemma.endswith(n) and len(lemma) > len(n) + 2 for n in nouns):
        return False
    judging = (
        adjectives | _negative_adjectives() | _bare_conduct().get("oordeel", frozenset())
    ) - (_bare_conduct().get("zorg", frozenset()) | offence_adjectives())
    if any(
        {fold(t.lemma_), fold(t.text), fold(t.text).removesuffix("e")} & judging
        for t in doc[first:k]
    ):
        return True
    # "crimineel gedrag" only when tied to a person (policy of 2026-12-06, labels50)
    return any(offence_keys(t) for t in doc[first:k]) and offence_tied(doc, first, k)


def _present_participle(doc: Doc, first: int) -> int:
    """first, or the index before it when an uninflected present participle stands there
    ("zelfbepalend gedrag", "storend gedrag": UD tags it VERB, so it opens no adjective run;
    labels56)."""
    if first and doc[first - 1].pos_ == "VERB" and "Part" in doc[first - 1].morph.get("VerbForm"):
        return first - 1 if doc[first - 1].lower_.endswith("end") else first
    return first


@lru_cache(maxsize=1)
def _negative_adjectives() -> frozenset[str]:
    """Adjectives of CLiPS that are clearly negative and subjective (polarity at most -0.3,
    subjectivity at least 0.5): "moeilijk", "crimineel", "vals"."""
    return frozenset(
        fold(word)
        for word, polarity, subjectivity in table("subjectivity_adjectives.txt", 3)
        if float(polarity) <= -0.3 and float(subjectivity) >= 0.5
    )


def _judged_conduct(doc: Doc, first: int, k: int, adjectives: frozenset[str]) -> bool:
    """ "zijn agressieve gedrag": a conduct noun with an evaluative adjective in its run that
    is no adjective of concern ("zorgelijk gedrag": description_conduct_bare.txt, "zorg")."""
    if fold(doc[k].lemma_) not in _conduct():
        return False
    judging = adjectives - _bare_conduct().get("zorg", frozenset())
    return any(
        {fold(t.lemma_), fold(t.text), fold(t.text).removesuffix("e")} & judging
        for t in doc[first:k]
    )


def _bare_ability(doc: Doc, k: int) -> bool:
    """A judging noun right before a bare "om te" + verb names an ability, not conduct: "zijn
    onvermogen om te lopen" (after an accident), unlike "zijn onvermogen om verantwoordelijkheid
    te nemen" (tests/test_labels_voice13.py, tests/test_labels62.py)."""
    return k + 3 < len(doc) and doc[k + 1].lower_ == "om" and doc[k + 2].lower_ == "te"


def _judging(token: Any, adjectives: frozenset[str]) -> bool:
    keys = {fold(token.lemma_), fold(token.text)}
    if keys & judging_nouns():
        return True
    skip = _heid_skip()
    return any(k.endswith("heid") and k[:-4] in adjectives and k[:-4] not in skip for k in keys)


@lru_cache(maxsize=1)
def _heid_skip() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_heid_skip.txt"))


def _opening_name(doc: Doc, k: int) -> bool:
    """A word the tagger reads as a name only because a capital opens its sentence:
    "Flesvoeding? Loedermoeder." (PROPN first in its sentence, after quote marks)."""
    token = doc[k]
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    j = k - 1
    while j >= 0 and doc[j].text in _QUOTE_MARKS:
        j -= 1
    if j >= 0 and j < k - 1 and doc[j].text == ":":
        return True  # a quote that opens after a colon: 'stelt: „Pestkoppen ...' (labels39)
    return j < 0 or bool(doc[j + 1].is_sent_start)


def _noun_keys(token: Any) -> set[str]:
    """Folded lemma and text, and for a word the tagger read as a name (so not lemmatised)
    the singular of a plural in -en or -s ("Pestkoppen": pestkop; labels39)."""
    keys = {fold(token.lemma_), fold(token.text)}
    if token.pos_ == "PROPN":
        word = fold(token.text)
        if word.endswith("en") and len(word) > 5:
            stem = word[:-2]
            keys.add(stem[:-1] if stem[-1] == stem[-2] else stem)
        elif word.endswith("s") and len(word) > 4:
            keys.add(word[:-1])
    return keys


_QUOTE_MARKS = frozenset("'\"“”„«»‘’")


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(fold(w) for w in words("description_title_pairs.txt"))


def _title_pair(doc: Doc, k: int) -> bool:
    """ "prinsjes en prinsesjes", "prinsen en prinsessen": two titles of description_title_pairs.txt
    joined by "en", each in the plural or a diminutive (its text is not its lemma), as a type
    of pampered child (labels37); "de koning en koningin" (singular) is not."""
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "en":
        return False
    return all(
        doc[i].pos_ == "NOUN"
        and fold(doc[i].lemma_) in _titles()
        and fold(doc[i].text) != fold(doc[i].lemma_)
        for i in (k, k + 2)
    )


def find_judging_nouns(
    doc: Doc, persons: frozenset[str], adjectives: frozenset[str]
) -> list[tuple[int, int]]:
    """Character spans of judging nouns tied to one person in doc (word classes needed)."""
    spans = []
    for k, token in enumerate(doc):
        if _title_pair(doc, k):
            spans.append((token.idx, doc[k + 2].idx + len(doc[k + 2].text)))
            continue
        if _group_compound(token, persons):
            spans.append((token.idx, token.idx + len(token.text)))
            continue
        misread = _misread_noun(doc, k)
        if token.pos_ != "NOUN" and not _opening_name(doc, k) and not misread:
            continue
        if _judging_compound(token, persons):
            spans.append((token.idx, token.idx + len(token.text)))
            continue
        judged = bool(_noun_keys(token) & _person_judgements())
        if token.pos_ != "NOUN" and not judged and not misread:
            continue
        if judged:
            first = adjectives_before(doc, k)  # "jonge lastposten", not "echt lastposten"
            while first < k and not fold(doc[first].text).endswith("e"):
                first += 1
            spans.append((doc[first].idx, token.idx + len(token.text)))
            continue
        first = adjectives_before(doc, k)
        bare = _present_participle(doc, first)
        if _bare_judged(doc, bare, k, adjectives):
            spans.append((doc[bare].idx, token.idx + len(token.text)))
            continue
        if not (_judging(token, adjectives) or _judged_conduct(doc, first, k, adjectives)):
            continue
        if _bare_ability(doc, k):
            continue
        if (
            possessed(doc, first)
            or tied_after(doc, k, persons)
            or having_subject(doc, first, persons, k)
        ):
            spans.append((doc[first].idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_judging_nouns", "judging_nouns"]
