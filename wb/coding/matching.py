"""Pattern matching within one sentence: phrases, separable verbs, compounds and all-of patterns.

:class:`wb.coding.suggest.Suggester` compiles a codebook's patterns into the tables these
functions read; a token is matched on its lemma or its lowercase form (:func:`_keys`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from wb.coding import evidence
from wb.coding.compounds import compound_ends, compound_head, elsewhere
from wb.coding.rank import token_lemma
from wb.coding.spelled import joined_parts, number_word, part_lemmas
from wb.nlp.separable import find_particle as _find_particle
from wb.nlp.separable import split_separable

#: An all-of pattern's word also matches a compound's head ("opvang" in "crisisopvang"). Off:
#: tried in codes19 and again in codes24, it adds wrong codings outside the set it was read on.
ALL_OF_HEADS = False
#: A word cut off before "en"/"of" ("maatschappelijke- en vrouwenopvang") counts as itself
#: and as the head of the compound after it: "maatschappelijke opvang" (codes24).
ELLIPSIS = True
_ELLIPSIS_JOINS = frozenset({"en", "of"})
#: ... and a pattern word that is the cut-off word joined to the end of the compound after
#: the conjunction matches there: "dak- en thuisloze" holds "dakloos", "pleeg- of jeugdzorg"
#: holds "pleegzorg" (codes23; the rest of the compound keeps 3+ letters, so does the part it
#: loses). Only pattern words are looked up, so nothing else is made of a cut-off word.
ELLIPSIS_COMPOUNDS = True
#: Fewest letters of the compound's end that the cut-off word takes, and of the part it drops.
_ELLIPSIS_MIN = 3


@dataclass(frozen=True)
class _Phrase:
    words: tuple[frozenset[str], ...]  # per position: the forms that count as a match
    code: str
    rule: str


@dataclass(frozen=True)
class _Separable:
    particle: str
    verb: str
    code: str
    rule: str


@dataclass(frozen=True)
class _AllOf:
    lemmas: tuple[frozenset[str], ...]
    splits: tuple[tuple[tuple[str, str], ...], ...]  # per lemma: (particle, verb) readings
    code: str
    rule: str


_KEYS: dict[tuple[int, int], tuple[str, str]] = {}  # (orth, lemma) hashes -> _keys


def _keys(token: Any) -> tuple[str, str]:
    """Forms under which a token can be matched: its lemma and its lowercase text.

    A verb whose lemma includes a particle that stands elsewhere ("stemden ... af", lemma
    ``afstemmen``) is keyed by the bare verb, so the separable-verb match spans both parts.
    """
    key = (token.orth, token.lemma)
    found = _KEYS.get(key)
    if found is None:
        lower = token.lower_
        lemma = token_lemma(token)
        # "1" is "één"; an ordinal in digits ("18e", lemma "18") is its number word as well
        lemma = number_word(lower) or number_word(lemma) or _match_lemma(lemma, lower)
        found = _KEYS[key] = (lemma, lower)
        if len(_KEYS) > 200_000:
            _KEYS.clear()
    return found


@functools.lru_cache(maxsize=65536)
def _match_lemma(lemma: str, lower: str) -> str:
    split = split_separable(lemma) if lemma != lower else None
    if split is not None and not lower.startswith(split[0]):
        return split[1]
    if lemma != lower and "participle" in evidence.ENABLED:
        return evidence.participle_verb(lemma) or lemma  # "(uit huis) geplaatste" -> "plaatsen"
    return lemma


def match_sentence(
    sent: Span,
    phrases: Mapping[str, list[_Phrase]],
    inner: Mapping[str, list[_Phrase]],
    book_words: dict[str, frozenset[str]],
    separables: Mapping[str, list[_Separable]],
    all_of: Sequence[_AllOf],
    all_of_first: Mapping[str, list[int]],
) -> Iterator[tuple[int, int, str, str]]:
    """Pattern hits in one sentence as (start, end, code, rule), character offsets in the doc."""
    tokens = [t for t in sent if not t.is_space]
    keys = [_keys(t) for t in tokens]
    for i, forms in enumerate(keys):
        seen: set[int] = set()
        for form in forms:
            for phrase in phrases.get(form, ()):
                if id(phrase) in seen:
                    continue
                seen.add(id(phrase))
                n = len(phrase.words)
                if i + n <= len(tokens) and all(
                    keys[i + k][0] in phrase.words[k] or keys[i + k][1] in phrase.words[k]
                    for k in range(1, n)
                ):
                    last = tokens[i + n - 1]
                    yield tokens[i].idx, last.idx + len(last), phrase.code, phrase.rule
                elif (
                    n >= 2
                    and "possessive_gap" in evidence.ENABLED
                    and forms[1] in evidence.SPEAKER_OPENERS
                    and i + n + 1 <= len(tokens)
                    and tokens[i + 1].pos_ == "ADJ"
                    and all(
                        keys[i + k + 1][0] in phrase.words[k]
                        or keys[i + k + 1][1] in phrase.words[k]
                        for k in range(1, n)
                    )
                ):
                    # "mijn eigen kinderen" for the pattern "mijn kinderen"
                    last = tokens[i + n]
                    yield tokens[i].idx, last.idx + len(last), phrase.code, phrase.rule
        yield from _joined_hits(tokens[i], phrases)
        for form in elided_compounds(tokens, keys, i) if ELLIPSIS_COMPOUNDS else ():
            for phrase in phrases.get(form, ()):
                if len(phrase.words) == 1:
                    last = tokens[i + 2]
                    yield tokens[i].idx, last.idx + len(last), phrase.code, phrase.rule
        for part in compound_ends(forms[0]) if inner else ():
            end = tokens[i].idx + len(tokens[i])
            for phrase in inner.get(part, ()):
                if not elsewhere(forms[0], phrase.code, book_words):
                    yield tokens[i].idx, end, phrase.code, phrase.rule
        seps = separables.get(forms[0], ())
        if forms[1] != forms[0] and forms[1] in separables:
            seps = (*seps, *separables[forms[1]])
        for sep in seps:
            hit = _find_particle(tokens, i, sep.particle)
            if hit is not None:
                a, b = sorted((i, hit))
                yield tokens[a].idx, tokens[b].idx + len(tokens[b]), sep.code, sep.rule
    if all_of:
        present: dict[str, list[int]] = defaultdict(list)
        for i, forms in enumerate(keys):
            for form in {*forms, *joined_parts(tokens[i].text), *part_lemmas(tokens[i].text)}:
                present[form].append(i)
            if ALL_OF_HEADS and inner and (head := compound_head(forms[0])):
                present[head].append(i)
            if ELLIPSIS:
                for form in elided(tokens, keys, i):
                    present[form].append(i)
            if ELLIPSIS_COMPOUNDS:
                for form in elided_compounds(tokens, keys, i):
                    present[form].append(i)
        first = all_of_first
        for k in sorted({k for form in present if form in first for k in first[form]}):
            pattern = all_of[k]
            positions = []
            for alternatives, splits in zip(pattern.lemmas, pattern.splits, strict=True):
                hits = [i for form in alternatives for i in present.get(form, ())]
                for particle, verb in splits:  # a separable verb may stand split
                    if verb in present and particle in present:
                        hits += [present[verb][0], present[particle][-1]]
                if not hits:
                    break
                positions += [min(hits), max(hits)] if len(hits) > 1 else hits
            else:
                a, b = min(positions), max(positions)
                yield tokens[a].idx, tokens[b].idx + len(tokens[b]), pattern.code, pattern.rule


def elided(tokens: Sequence[Any], keys: Sequence[tuple[str, str]], i: int) -> tuple[str, ...]:
    """The forms a word cut off with a hyphen before "en"/"of" stands for: the word itself
    and the head of the compound after the conjunction ("maatschappelijke- en vrouwenopvang":
    "maatschappelijk", "opvang"); none for any other token."""
    from wb.nlp import lemmatize

    text = tokens[i].text
    if len(text) < 3 or not text.endswith("-") or i + 2 >= len(tokens):
        return ()
    if tokens[i + 1].lower_ not in _ELLIPSIS_JOINS:
        return ()
    word = text[:-1].lower()
    if not word.isalpha():
        return ()
    head = compound_head(keys[i + 2][0]) or compound_head(keys[i + 2][1])
    return tuple(x for x in (word, lemmatize(word), head) if x)


def elided_compounds(
    tokens: Sequence[Any], keys: Sequence[tuple[str, str]], i: int
) -> tuple[str, ...]:
    """The compounds a word cut off with a hyphen before "en"/"of" may stand for: the word
    joined to each end of the next word's lemma and lowercase form ("dak- en thuisloze":
    "dakloos", "dakloze", ...); none for any other token."""
    text = tokens[i].text
    if len(text) < 3 or not text.endswith("-") or i + 2 >= len(tokens):
        return ()
    if tokens[i + 1].lower_ not in _ELLIPSIS_JOINS:
        return ()
    word = text[:-1].lower()
    if not word.isalpha():
        return ()
    out: list[str] = []
    for w in dict.fromkeys(keys[i + 2]):
        if not w.isalpha():
            continue
        out += [word + w[k:] for k in range(_ELLIPSIS_MIN, len(w) - _ELLIPSIS_MIN + 1)]
    return tuple(dict.fromkeys(out))


def _joined_hits(
    token: Any, phrases: Mapping[str, list[_Phrase]]
) -> Iterator[tuple[int, int, str, str]]:
    """Phrases whose words all stand inside one token that joins words ("VeiligThuis" for the
    phrase ``veilig thuis``, "PrivacyApp" for ``privacy``): the token is the hit."""
    parts = joined_parts(token.text)
    if not parts:
        return
    lemmas = part_lemmas(token.text)
    end = token.idx + len(token)
    seen: set[int] = set()
    for i in range(len(parts)):
        for form in {parts[i], lemmas[i]}:
            for phrase in phrases.get(form, ()):
                n = len(phrase.words)
                if id(phrase) in seen or i + n > len(parts):
                    continue
                if all(
                    parts[i + k] in phrase.words[k] or lemmas[i + k] in phrase.words[k]
                    for k in range(n)
                ):
                    seen.add(id(phrase))
                    yield token.idx, end, phrase.code, phrase.rule
