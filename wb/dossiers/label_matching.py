"""Where the variants of a label lexicon's terms stand in a text (see :mod:`wb.dossiers.labels`).

Surface matches on the folded text, with compounds (a variant as a part of a longer word whose
split agrees with :func:`wb.nlp.compound_parts`) and letters in brackets inside a word read
without them; lemma matches over a sentence's tokens, with gaps; and the checks on a hit: an
acronym in a run of capitals, a one-word hit on a verb that is no form of the term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import word_set
from wb.nlp import compound_parts

_LINKS = ("", "s", "e", "en", "n", "-")
_INFLECTION = {"", "e", "en", "s", "'s", "n", "es"}
_SUFFIXES = {"heid", "ig", "ige", "lijk", "lijke", "achtig", "baar", "isch", "loos", "je", "tje"}
_PUNCT = set(".,;:!?")
GAP_WORDS = 4


@dataclass(frozen=True)
class _Variant:
    term: int
    label: str
    text: str
    regex: re.Pattern[str]
    base: str  # folded, no separators: for compounds and specificity
    compound: bool
    lemmas: tuple[tuple[frozenset[str], ...], ...]  # segments between gaps
    head: bool = False  # also the head of a compound ("gameverslaafd"): head_compounds


def bracketed_matches(
    variants: list[_Variant], folded: str, text: str
) -> list[tuple[int, int, int, int]]:
    """Surface matches in words with letters in brackets ("(v)echtscheidingen",
    "ouder(s)"), read without the brackets; spans in the original text."""
    plain, where = unbracket(folded, text)
    if where is None:
        return []
    out = []
    for v in variants:
        spans = [(m.start(), m.end()) for m in v.regex.finditer(plain)]
        if v.compound:
            spans += list(_compounds(plain, v.base))
        for a, b in spans:
            start, end = where[a], where[b - 1] + 1
            if folded[start - 1 : start] == "(":
                start -= 1  # "(v)echtscheiding": the whole written word
            if folded[end : end + 1] == ")" and "(" in folded[start:end]:
                end += 1  # "manipulatie(f)"
            if "(" in folded[start:end] or ")" in folded[start:end]:
                out.append((start, end, len(v.base), v.term))
    return out


def lemma_matches(
    first: Mapping[str, list[_Variant]], sent: Any
) -> list[tuple[int, int, int, int]]:
    """Lemma matches in a sentence: consecutive tokens whose lemmas equal a variant's
    (`first` holds the variants by the keys of their first word); gaps between segments."""
    tokens = [t for t in sent if not t.is_space]
    keys = [_keys(t) for t in tokens]
    out = []
    for i in range(len(tokens)):
        variants = {id(v): v for k in keys[i] for v in first.get(k, ())}
        for v in variants.values():
            end = _match_segments(keys, tokens, i, v.lemmas)
            if end is not None:
                last = tokens[end]
                out.append((tokens[i].idx, last.idx + len(last), len(v.base), v.term))
    return out


def other_verb(term_keys: list[set[str]], doc: Doc, hit: tuple[int, int, int, int]) -> bool:
    """A one-word hit on a verb whose lemma is no word of the term: an ending read onto
    another word ("staren" is no form of "star"; "geparentificeerde" is one of
    "geparentificeerd")."""
    span = doc.char_span(hit[0], hit[1])
    if span is None or len(span) != 1 or span[0].pos_ != "VERB":
        return False
    keys = term_keys[hit[3]]
    word = fold(span[0].text)
    # an attributive -e on a participle of the term stays ("geparentificeerde")
    return not (_keys(span[0]) & keys) and word.removesuffix("e") not in keys


# a word next to an acronym with only whitespace between: "MIJN PA", "PAS OP" (capitals)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([^\W\d_]+)")


_CLOSE_MARKS = "’'\"”"
_OPEN_MARKS = "‘'\"“"


def scare_quotes_fit(text: str, start: int, end: int) -> bool:
    """Whether the quotation marks between the words of a match quote one word of the term:
    its first ("een ‘ontaarde’ moeder") or its last ("ontaarde ‘moeder’"), not a phrase the term
    only ends or starts in ("‘moeten kiezen’ tussen ouders"; labels40)."""
    inner = text[start:end]
    for i, ch in enumerate(inner[:-1]):
        if ch in _CLOSE_MARKS and inner[i + 1].isspace() and i:
            if (
                any(c.isspace() for c in inner[:i])
                or not start
                or text[start - 1] not in _OPEN_MARKS
            ):
                return False
        if ch in _OPEN_MARKS and i and inner[i - 1].isspace():
            if (
                any(c.isspace() for c in inner[i:])
                or end >= len(text)
                or text[end] not in _CLOSE_MARKS
            ):
                return False
    return True


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether an acronym hit stands in a run of capitals (a heading in capitals), not a term."""
    words = [
        m.group(1)
        for m in (
            _WORD_BEFORE.search(text[max(0, start - 40) : start]),
            _WORD_AFTER.search(text[end : end + 40]),
        )
        if m
    ]
    return any(len(w) > 1 and w.isupper() for w in words)


# one to four lowercase letters in brackets against a letter: "(v)echt", "ouder(s)"; not "X(PAS)"
_LOWER = r"[^\W\d_A-ZÀ-Þ]"
_IN_WORD_BRACKETS = re.compile(
    rf"(?<=[^\W\d_])\(({_LOWER}{{1,4}})\)|\(({_LOWER}{{1,4}})\)(?=[^\W\d_])"
)


def unbracket(folded: str, text: str | None = None) -> tuple[str, list[int] | None]:
    """The text with brackets inside words left out ("(v)echtscheiding" -> "vechtscheiding",
    "ouder(s)" -> "ouders") and, per character of it, its offset in folded; None: no brackets.
    """
    source = folded if text is None else text  # the written text tells case (fold keeps offsets)
    if not _IN_WORD_BRACKETS.search(source):
        return folded, None
    keep = [True] * len(folded)
    for m in _IN_WORD_BRACKETS.finditer(source):
        keep[m.start()] = keep[m.end() - 1] = False
    where = [i for i, k in enumerate(keep) if k]
    return "".join(folded[i] for i in where), where


# a reflexive pronoun of any person stands where a variant has "zich" ("hield me niet aan
# afspraken" for "hield zich niet aan afspraken"; labels-lexicon2)
_REFLEXIVES = word_set("label_reflexives.txt")


def _keys(token: Any) -> set[str]:
    low = fold(token.text)
    keys = {low, low.replace("-", ""), fold(token.lemma_)} - {""}
    if low in _REFLEXIVES and token.pos_ == "PRON":
        keys.add("zich")
    return keys


def _sentence_keys(sent: Any) -> set[str]:
    return {k for t in sent for k in _keys(t)}


def _match_segments(
    keys: list[set[str]], tokens: list[Any], i: int, segments: tuple[tuple[frozenset[str], ...]]
) -> int | None:
    """Index of the last token when the segments match from token i (gaps between them)."""
    pos = i
    for n, words in enumerate(segments):
        if not words:
            return None
        starts = [pos] if n == 0 else []
        if n:
            for skip in range(GAP_WORDS + 1):
                j = pos + skip
                if j >= len(tokens) or tokens[j].text in _PUNCT:
                    break
                starts.append(j)
        for start in starts:
            end = _match_words(keys, tokens, start, words)
            if end is not None:
                pos = end
                break
        else:
            return None
    return pos - 1


# between two words of a variant the text may hold the auxiliary of the active perfect between
# an adverb and a participle ("emotioneel heeft mishandeld" for "emotioneel mishandeld"; not a
# passive: "niet of onvoldoende wordt geaccepteerd" is the law's ground for supervision, "kind
# wordt weggehouden" no act of a parent) or one definite article between a preposition and a noun
# ("zich niet aan de afspraken houdt" for "zich niet aan afspraken houden"; not "verwaarloost de
# kinderen" for "verwaarloosd kind"); labels-lexicon2
_AUXILIARIES = frozenset({"hebben"})
_ARTICLES = frozenset({"de", "het"})
_MODIFIERS = frozenset({"ADJ", "ADV"})


def _match_words(
    keys: list[set[str]], tokens: list[Any], start: int, words: tuple[frozenset[str], ...]
) -> int | None:
    """Index after the last token when the words match from token start, with at most one
    auxiliary or article of the text between two of them (:data:`_AUXILIARIES`)."""
    j = start
    for k, word in enumerate(words):
        if j >= len(tokens):
            return None
        if not keys[j] & word:
            if not k or j + 1 >= len(tokens) or not keys[j + 1] & word or word & _ARTICLES:
                return None
            extra, following = tokens[j], tokens[j + 1]
            aux = extra.pos_ == "AUX" and fold(extra.lemma_) in _AUXILIARIES
            aux = aux and tokens[j - 1].pos_ in _MODIFIERS  # not "kind wordt weggehouden"
            article = extra.lower_ in _ARTICLES and following.pos_ == "NOUN"
            article = (
                article and tokens[j - 1].pos_ == "ADP"
            )  # "aan de afspraken", not "X de kinderen"
            if not (aux and following.pos_ == "VERB") and not article:
                return None
            j += 1
        j += 1
    return j


def _compounds(folded: str, base: str) -> Iterable[tuple[int, int]]:
    """Spans of whole words that contain base as a compound part."""
    for m in re.finditer(re.escape(base), folded):
        a, b = m.start(), m.end()
        while a > 0 and folded[a - 1].isalpha():
            a -= 1
        while b < len(folded) and folded[b].isalpha():
            b += 1
        pre, rest = folded[a : m.start()], folded[m.end() : b]
        if (pre or rest not in _INFLECTION) and _is_compound(folded[a:b], len(pre), base, rest):
            yield a, b


HEAD_MIN = 6  # letters of a one-word variant that may head a compound (labels-lexicon2)
_MODIFIER_MIN = 3


def head_variant(variant: str, compound: bool, term_compound: bool | None) -> bool:
    """Whether a one-word variant that does not count inside compounds may still be the head
    of one ("verslaafd" in "gameverslaafd"): one word of letters, 6+ letters, and the term does
    not switch compounds off."""
    word = fold(variant.strip())
    return not compound and term_compound is not False and len(word) >= HEAD_MIN and word.isalpha()


def head_compounds(folded: str, base: str) -> Iterable[tuple[int, int]]:
    """Spans of whole words that end in base (with an ending) after a modifier of 3+ letters,
    where :func:`wb.nlp.compound_parts` splits the word right before base: "gameverslaafde"
    for "verslaafd", not "onverslaafd" (labels-lexicon2)."""
    for m in re.finditer(re.escape(base), folded):
        a, b = m.start(), m.end()
        while a > 0 and folded[a - 1].isalpha():
            a -= 1
        while b < len(folded) and folded[b].isalpha():
            b += 1
        pre, rest = folded[a : m.start()], folded[m.end() : b]
        if len(pre) >= _MODIFIER_MIN and rest in _INFLECTION:
            if len(pre) in _part_bounds(folded[a:b]):
                yield a, b


def _is_compound(word: str, at: int, base: str, rest: str) -> bool:
    """True when base (at offset at in word) is a real part of the compound word."""
    heads = [rest[len(link) :] for link in _LINKS if rest.startswith(link)]
    head_ok = rest in _INFLECTION or any(len(h) >= 3 and h not in _SUFFIXES for h in heads)
    if not head_ok or 0 < at < 3:
        return False
    bounds = _part_bounds(word)
    if len(bounds) > 2:
        start_ok = at == 0 or at in bounds
        end = at + len(base)
        end_ok = rest in _INFLECTION or any(end + len(link) in bounds for link in _LINKS)
        return start_ok and end_ok
    return len(base) >= 8


@lru_cache(maxsize=4096)
def _part_bounds(word: str) -> frozenset[int]:
    """Offsets where the parts of a compound start (and the word's end)."""
    bounds, pos = {len(word)}, 0
    for part in compound_parts(word):
        found = word.find(fold(part)[: max(3, len(part) - 2)], pos)
        if found < 0:
            return frozenset({len(word)})
        bounds.add(found)
        pos = found + 1
    return frozenset(bounds)
