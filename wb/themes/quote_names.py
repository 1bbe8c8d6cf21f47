"""Names the pseudonymiser left readable, masked in theme quotes with the dossier's placeholders.

A theme quote is a passage cut from a document pseudonymised with its whole dossier (issue 10
§2). What the pseudonymiser missed there would be shown in the summary; issue 11 §3 says names
never appear in quotes. This module resolves, over the whole dossier, a few shapes of names
that were left readable and masks them in the quote (the document itself is not changed):

* a word of a person mention found elsewhere in the dossier ("Huize Quelbers" when "Mirjam
  Quelbers" is a person): the same placeholder; not when a word of the mention is an ordinary Dutch
  word ("Platform X" is the name of something); a word that is only masked where it is
  capitalised inside a sentence or right before a person placeholder when it is an ordinary
  word (a first name of rule two);
* a capitalised word right before a person placeholder ("Roos [PERSOON-6]") that the dossier
  also writes capitalised inside a sentence, never in lowercase and never after a determiner
  of ``quote_name_determiners.txt`` ("de Kinderombudsman [PERSOON-4]" is a role), no function
  word, title or role of ``roles.txt``:
  that person's first name, masked everywhere with that placeholder;
* a capitalised name before a bracket that follows a person placeholder in the same document
  ("Wobbema (C.D.A.)" in a list of members where "[PERSOON-1] (C.D.A.)" stands): a new person
  placeholder;
* a single capital letter used as a name: before an age in brackets ("C (5 jaar)", the
  pseudonymiser's rule :func:`wb.dossiers.person_initials_age.initial_age_spans`, for a letter
  it left readable) or after a family noun of ``quote_initial_cues.txt`` ("mijn zoon L."): a new
  person placeholder per letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from wb.dossiers.person_initials_age import LETTER, initial_age_spans, initial_cues
from wb.dossiers.word_index import longest_first
from wb.lang import word_set

if TYPE_CHECKING:
    from wb.dossiers.pseudonymise import Pseudonymised

PERSON = "PERSOON"
_PLACEHOLDER = re.compile(r"\[[A-Z]+-\d+\]")
_PERSON_PLACEHOLDER = re.compile(rf"\[{PERSON}-(\d+)\]")
_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_BEFORE_PERSON = re.compile(rf"(?<![\w\]-])({_WORD}) (\[{PERSON}-\d+\])")
_BRACKET_AFTER_PERSON = re.compile(rf"\[{PERSON}-\d+\] (\([^()\d\n]{{1,15}}\))")


@cache
def _titles() -> frozenset[str]:
    from wb.dossiers.aimed import _persons
    from wb.lang import table

    words = {w.rstrip(".").lower() for w in word_set("titles.txt")}
    roles = {row[0].lower() for row in table("roles.txt", 3)}
    return frozenset(words | roles) | _persons()


@cache
def _after_cue_rx() -> re.Pattern:
    cues = "|".join(sorted((re.escape(c) for c in initial_cues()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?i:{cues}) {LETTER}(?=[\s,;:)]|$)")


def _initial_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each single letter used as a name: before an age (the letter) or after a
    family noun (the letter with its full stop)."""
    ends = dict(initial_age_spans(text))
    for m in _after_cue_rx().finditer(text):
        ends[m.start(1)] = m.end()  # "zoon L. (3)": the letter and its full stop, one span
    return sorted(ends.items())


def _mid_sentence(text: str, start: int) -> bool:
    """True when the word at `start` follows a lowercase word or a comma on the same line."""
    return bool(re.search(r"[a-zß-ÿ,;] $", text[max(0, start - 3) : start]))


def _ordinary(word: str) -> bool:
    from wb.dossiers.entity_data import is_dutch_word, is_stop_word

    return is_stop_word(word) or is_dutch_word(word)


def dossier_names(docs: Iterable[Pseudonymised]) -> dict[str, str]:
    """Readable name (word or single letter) -> person placeholder, over one dossier's
    pseudonymised documents (see the module's docstring for the shapes)."""
    from wb.dossiers.entity_data import is_stop_word, particles

    docs = list(docs)
    texts = [p.text for p in docs]
    numbers = [int(n) for t in texts for n in _PERSON_PLACEHOLDER.findall(t)]
    free = [max(numbers, default=0)]

    def new() -> str:
        free[0] += 1
        return f"[{PERSON}-{free[0]}]"

    names: dict[str, str] = {}
    lows = {p.lower() for p in particles()}
    for p in docs:
        for r in p.replacements:
            words = re.findall(_WORD, p.original[r[0] : r[1]])
            if r[4] != PERSON or any(_ordinary(w) for w in words):
                continue  # "Platform X": a name of something, or a word the reader needs
            for word in words:
                if len(word) >= 3 and word.lower() not in lows:
                    names.setdefault(word, r[5])
    lower = {w for t in texts for w in re.findall(r"\b[a-zß-ÿ]+\b", t)}
    articles = "|".join(map(re.escape, sorted(word_set("quote_name_determiners.txt"))))
    after_article = {m[1] for t in texts for m in re.finditer(rf"\b(?i:{articles}) ({_WORD})", t)}
    capital_inside = {
        m[0] for t in texts for m in re.finditer(_WORD, t) if _mid_sentence(t, m.start())
    }
    for t in texts:
        for m in _BEFORE_PERSON.finditer(t):
            word = m[1]
            if (
                word in capital_inside
                and word not in after_article
                and word.lower() not in lower
                and not is_stop_word(word)
                and word.lower() not in _titles()
            ):
                names.setdefault(word, m[2])
    for t in texts:
        for bracket in set(_BRACKET_AFTER_PERSON.findall(t)):
            rx = re.compile(rf"(?<![\w\]-])({_WORD}) {re.escape(bracket)}")
            for m in rx.finditer(t):
                word = m[1]
                if not is_stop_word(word) and word.lower() not in _titles():
                    names.setdefault(word, names.get(word) or new())
    for t in texts:
        for start, _ in _initial_spans(t):
            names.setdefault(t[start], new())
    return names


def mask_quote(text: str, names: dict[str, str]) -> str:
    """The quote with the dossier's readable names (see :func:`dossier_names`) masked."""
    spans: list[tuple[int, int, str]] = []
    for start, end in _initial_spans(text):
        if text[start] in names:
            spans.append((start, end, names[text[start]]))
    words = [w for w in names if len(w) > 1]
    if words:
        rx = re.compile(r"(?<![\w\[-])(?:" + longest_first(words) + r")(?![\w\]-])")
        for m in rx.finditer(text):
            before_person = text.startswith(f" [{PERSON}-", m.end())
            if not _ordinary(m[0]) or before_person or _mid_sentence(text, m.start()):
                spans.append((m.start(), m.end(), names[m[0]]))
    for m in _PLACEHOLDER.finditer(text):
        spans = [s for s in spans if s[1] <= m.start() or s[0] >= m.end()]
    for start, end, placeholder in sorted(set(spans), reverse=True):
        text = text[:start] + placeholder + text[end:]
    return text
