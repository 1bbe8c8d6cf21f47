"""The lemmas a code suggestion compares: content words of a sentence and their compound parts.

Word classes (``token.pos_``) narrow the lemmas to content words when the pipeline sets them;
without them a stop list does that. A compound of 10+ letters also gives its parts when every
part is a known word ("wachtlijst" gives "wacht" and "lijst").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from wb.coding.mistagged import mistagged_verb, verb_head
from wb.coding.word_classes import class_features
from wb.lang import word_set

#: Word classes that carry content (used only when the pipeline tags them).
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
#: Letters a lemma needs before its compound parts count ("wachtlijst" has ten).
PARTS_MIN = 10
#: A compound's head also as the word writes it, where the split lemmatised it ("rechter").
LITERAL_TAIL = True
#: Function words and words too general to say what a passage is about.
EXTRA_STOP = word_set("coding_stop_words.txt")
#: Negation words: "niet-betaalde" is a content word "betalen", negated (codes26).
NEGATIONS = word_set("coding_negations.txt")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | EXTRA_STOP


@lru_cache(maxsize=200_000)
def _parts(lemma: str) -> tuple[str, ...]:
    from wb.nlp import compound_parts, is_known, lemmatize
    from wb.nlp.separable import split_separable

    if len(lemma) < PARTS_MIN or split_separable(lemma):  # scheiding, samenhangen: none
        return ()
    out = set()
    # "-ing" is a suffix, not a compound part: the noun names the act of its verb, which a
    # sentence may use instead ("mishandeling" -> "mishandelen", "verwaarlozing" -> "verwaarlozen")
    verb = lemma[:-3] + "en" if lemma.endswith("ing") else ""
    if verb and is_known(verb):
        out.add(verb)
    parts = compound_parts(lemma)
    # a split is believed only when every part is a word of its own: "verhui" + "zing" is no
    # compound, "ach" + "terg" + "rond" neither
    if len(parts) < 2 or any(len(p) < 4 or not is_known(p) for p in parts):
        # the split clips a verb head ("videobellen": "video" + "bel"): the infinitive's parts
        return tuple(sorted(out | set(verb_head(lemma))))
    for p in parts:
        base = lemmatize(p)
        out.add(p)
        if len(base) <= len(p) and is_known(base):  # "lijsten" -> "lijst", not "zicht" -> "zichten"
            out.add(base)
    tail = lemma[len("".join(parts[:-1])) :]
    if LITERAL_TAIL and lemma.startswith("".join(parts[:-1])) and tail != parts[-1]:
        # the split lemmatised the head ("familierechter": "recht"): as the word writes it too,
        # unless it is only the head's plural ("wachtlijsten": "lijsten")
        plural = tail.startswith(parts[-1]) and tail[len(parts[-1]) :] in PLURAL_ENDINGS
        if is_known(tail) and not plural:
            out.add(tail)
    return tuple(sorted(out - {lemma}))


PLURAL_ENDINGS = ("en", "s", "'s", "n")


@lru_cache(maxsize=65536)
def _plural_base(lower: str) -> str:
    """The singular of a plural noun wb's lexicon knows ("wachttijden" -> "wachttijd"), or ''."""
    from wb.nlp import is_known, lemmatize

    if not is_known(lower):
        return ""
    base = lemmatize(lower)
    return (
        base
        if base != lower and lower[len(base) :] in PLURAL_ENDINGS and lower.startswith(base)
        else ""
    )


def token_lemma(token: Any) -> str:
    """Lowercase lemma of a token; a capitalised plural ("Wachttijden") gets its singular.

    A title-case word is tagged as a name and keeps its form as lemma; only a plural ending is
    taken off, so that a name such as "Pieter" does not become a verb.
    """
    lemma = token.lemma_.lower() or token.lower_
    if lemma == token.lower_ and token.text[:1].isupper():
        return _plural_base(lemma) or lemma
    return lemma


def content_lemmas(tokens: Iterable[Any], *, skip_names: bool = False) -> list[str]:
    """Lowercase lemmas of a sentence's content words (word classes used when tagged).

    With `skip_names`, capitalised words inside a sentence (names such as "Veilig Thuis") are
    left out: in a codebook they name an organisation, not the topic.
    """
    stop = _stop_words()
    out = []
    for t in tokens:
        lemma = token_lemma(t)
        low = _after_negation(lemma)  # "niet-betaalde": a content word whatever its tag
        pos = getattr(t, "pos_", "")
        if pos and pos not in CONTENT_POS and low == lemma:
            low = mistagged_verb(t)  # "videobellen", "appen" read as a pronoun or adverb
            if not low:
                continue
        if skip_names and not t.is_sent_start and t.text[:1].isupper():
            continue
        if len(low) < 3 or not low.isalpha() or low in stop or t.lower_ in stop:
            continue
        out.append(low)
    return out


def _after_negation(lemma: str) -> str:
    """The lemma of the word after a hyphenated negation ("niet-betaald" -> "betalen",
    "niet-nakomen" -> "nakomen"); any other lemma as it is."""
    head, dash, rest = lemma.partition("-")
    if not dash or head not in NEGATIONS or not rest.isalpha():
        return lemma
    from wb.nlp import lemmatize

    return lemmatize(rest).lower() or rest


def features(lemmas: Iterable[str]) -> frozenset[str]:
    """Lemmas plus the known parts of compounds among them."""
    out = set()
    for lemma in lemmas:
        out.add(lemma)
        out.update(_parts(lemma))
    return frozenset(out)


def with_classes(feats: frozenset[str]) -> frozenset[str]:
    """Features plus their word classes (``~gevoel``, see :mod:`wb.coding.word_classes`);
    a word counts only when it stands whole, not as a compound's part ("ervaringsdeskundige")."""
    whole = [x for x in feats if not any(x in _parts(y) for y in feats if len(y) > len(x))]
    found = class_features(whole)
    return feats | found if found else feats


__all__ = ["CONTENT_POS", "content_lemmas", "features", "token_lemma", "with_classes"]
