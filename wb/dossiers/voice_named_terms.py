"""A term as the topic of talk with "het", in a page title or in a programme's name
(labels-voice6, 2026-12-07).

Three shapes of the guide's `discussed` (the term is named, talked about or a title;
bench/realtext/labels/README.md, lines 7 and 11) that the other rules read as applied:

* :func:`topic_with_it`: a bare plural group after "over" with "het" and a verb of
  ``voice_topic_holders.txt`` before it in its clause ("Als we het hebben over
  hoog-conflictscheidingen", "Het gaat over jongeren die ..."): the topic of the talk,
  whoever talks; a group with a determiner or possessive is someone's account.
* :func:`page_title`: the term before a site separator " | " on a line without final
  punctuation ("Agressieve ouders: van agressie naar ... | Naam van de site"): a page title.
* :func:`programme_name`: the term inside a quoted name that opens with a capital, after a
  programme noun (``voice_programme_nouns.txt``: "de trajecten van “Ouderschap blijft” en
  “Kinderen uit de knel”"): the name of a programme, course or work.

Word classes, lemmas and line shapes only.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from wb.dossiers.voice_tense import finite
from wb.dossiers.voice_text import QUOTE_MARKS
from wb.dossiers.voice_topics import _group_opening, _plural_head
from wb.lang import word_set

_HOLDERS = word_set("voice_topic_holders.txt")
_PROGRAMMES = word_set("voice_programme_nouns.txt")
_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")"})
_REACH = 6  # words from "het" or the verb back from "over"
_NAME_WORDS = 6  # words of a quoted name at most
_TITLE_WORDS = 16  # words before the separator at most
_LINKS = frozenset({"van", "als", ":"})
_JOINS = frozenset({"en", ",", "of"})


def topic_with_it(tokens: list[Any], at: int, upto: int) -> bool:
    """True for "(als we) het hebben over X-en", "het gaat over X-en": a bare plural group
    after "over" with "het" and a topic verb before it in its clause (module)."""
    k = _group_opening(tokens, at)
    if k < 1 or tokens[k].lower_ != "over" or not _plural_head(tokens, at, upto):
        return False
    it = verb = False
    seen = 0
    for j in range(k - 1, -1, -1):
        t = tokens[j]
        if t.text in _STOPS or t.lower_ == "," or seen >= _REACH:
            break
        it = it or _pronoun_it(tokens, j)
        verb = verb or _holder(t)
        seen += not t.is_space
    for t in tokens[upto : upto + _REACH]:  # "als we het over X-en hebben"
        if t.text in _STOPS or t.lower_ == ",":
            break
        verb = verb or _holder(t)
    return it and verb


def _holder(token: Any) -> bool:
    """A form of a verb that names the topic with "het" (hebben, gaan)."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in _HOLDERS


def _pronoun_it(tokens: list[Any], j: int) -> bool:
    """The pronoun "het", not the article: no noun or adjective right after it (the tagger
    may call the pronoun DET: "als we het hebben over")."""
    if tokens[j].lower_ != "het":
        return False
    nxt = next((t for t in tokens[j + 1 :] if not t.is_space), None)
    return nxt is None or nxt.pos_ not in {"NOUN", "ADJ", "PROPN", "NUM"}


def page_title(doc: Doc, start: int, end: int) -> bool:
    """True for a term before " | " on a line without final punctuation: a page's title with
    its site's name ("X: van ... naar ... | Site")."""
    text = doc.text
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a : len(text) if b < 0 else b].strip()
    bar = text.find(" | ", end, a + len(text[a:]) if b < 0 else b)
    if bar < 0 or not line or line[-1] in ".,;!?":
        return False
    return len(text[a:start].split()) + len(text[start:bar].split()) <= _TITLE_WORDS


def _quote_open(tokens: list[Any], at: int) -> int:
    """Index of the opening quote mark of the quote the term stands in (same sentence), or -1."""
    k = at - 1
    while k >= 0 and k >= at - _NAME_WORDS - 1:
        if tokens[k].text in QUOTE_MARKS:
            return k
        if tokens[k].text in _STOPS:
            return -1
        k -= 1
    return -1


def programme_name(tokens: list[Any], at: int, upto: int) -> bool:
    """True for a term in “Kinderen uit de knel” after "de trajecten van “...” en": a quoted,
    capitalised name without a finite verb after a programme noun (module)."""
    q = _quote_open(tokens, at)
    if q < 1 or q + 1 >= len(tokens) or not tokens[q + 1].text[:1].isupper():
        return False
    close = next((k for k in range(upto, len(tokens)) if tokens[k].text in QUOTE_MARKS), -1)
    if close < 0 or close - q - 1 > _NAME_WORDS:
        return False
    if any(finite(t) for t in tokens[q + 1 : close]):
        return False  # a quoted statement, no name
    j = q - 1
    while j >= 1 and tokens[j].lower_ in _JOINS and tokens[j - 1].text in QUOTE_MARKS:
        j -= 2  # over an earlier name of the same list: “A” en “B”
        while j >= 0 and tokens[j].text not in QUOTE_MARKS:
            j -= 1
        j -= 1
    if j >= 0 and tokens[j].lower_ in _LINKS:
        j -= 1
    if j < 0:
        return False
    t = tokens[j]
    return t.pos_ == "NOUN" and (t.lower_ in _PROGRAMMES or t.lemma_.lower() in _PROGRAMMES)


__all__ = ["page_title", "programme_name", "topic_with_it"]
