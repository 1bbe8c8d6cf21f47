"""A child's voice: texts told by a child or young person, for the code about their experience.

A code about how a child lives through something ("Ervaring van het kind: hoe het kind de
uithuisplaatsing zelf beleeft") is seldom carried by its own words: "Ik had altijd een tas
klaarstaan." says it through who tells and what happens to them. So (issue 11 §2, codes7):

* **the code**: the one code whose name holds a child word and whose name or description a
  feeling or experience word (``coding_child_words.txt``, ``coding_feeling_words.txt``);
  perspective codes are left out (they say who speaks, see :mod:`wb.coding.perspective`);
* **the voice**: a text is in a child's voice when one of its opening sentences shows a
  young narrator or speaker (``coding_child_voice.txt``: "Sanne (16)", "toen ik twaalf was",
  "reageert een jongere");
* **the sentence**: in such a text a sentence that someone tells of themself (the first
  person, the speaker's "je", or quoted speech) and that says how it is lived (a feeling or
  experience word, ``coding_experience_words.txt``) or what happens (a code the experience
  code's description names, e.g. the placement) gets the code; an adult's own words in their
  role ("mijn kinderen", "als advocaat") never do (``coding_adult_voice.txt``).

Every suggestion says why in Dutch: "verteld door een kind («Sanne (16)»): bang, eng".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from wb.codebook import Codebook
from wb.coding.perspective import perspective_codes
from wb.lang import word_set, words

#: How many sentences at the start of a text may show a young narrator or speaker.
OPENING_SENTENCES = 10
#: Score of a suggestion from a child's voice (below a pattern's 1.0).
VOICE_SCORE = 0.7
#: Quoted speech within a paragraph: “…”, "…" and ‘…’ (a ’ inside a word is an apostrophe).
QUOTES = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?|‘[^\n]*?’(?!\w)")
#: Ways of asking which sentences of a child's text get the code: a sentence someone tells of
#: themself that also says how it is lived or what happens ("and"); any sentence that says how
#: it is lived, or one told of oneself that says what happens ("lived"); any one of the three
#: ("or").
MODES = ("and", "lived", "or")
_WORD = re.compile(r"[\w']+")
#: Something happens to the one who tells: "ik werd (geplaatst)", "werden we", "je werd".
PASSIVE = re.compile(
    r"\b(?:ik|we|wij|je|jij)\s+(?:werd|werden|word|worden)\b"
    r"|\b(?:werd|werden|word|worden)\s+(?:ik|we|wij|je|jij)\b",
    re.IGNORECASE,
)


@cache
def _signs(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line) for line in words(name))


@cache
def experience_lemmas() -> frozenset[str]:
    """Lemmas that say how something is lived: feeling words and experience words."""
    return word_set("coding_feeling_words.txt") | word_set("coding_experience_words.txt")


@dataclass(frozen=True)
class ChildVoice:
    """The code about a child's experience and the codes its description names."""

    code: str
    related: frozenset[str]
    mode: str = "lived"

    def fits(
        self, sentence: str, feats: Iterable[str], codes: Iterable[str], quoted: bool = False
    ) -> str | None:
        """Why the sentence, in a child's voice, gets the code ("bang, eng"), or None.

        `feats` are the sentence's lemmas, `codes` the codes it already has, `quoted` whether
        it stands in quoted speech.
        """
        if adult_speaks(sentence):
            return None
        lived = sorted(set(feats) & experience_lemmas())
        named = sorted(c.rsplit("/", 1)[-1].lower() for c in set(codes) & self.related)
        told = quoted or first_person_singular(sentence)
        happened = bool(PASSIVE.search(sentence))
        what = lived[:3] + named[:1] + (["er gebeurt iets met de verteller"] if happened else [])
        if self.mode == "and" and not (told and what):
            return None
        if self.mode == "lived" and not (lived or (told and (named or happened))):
            return None
        if not (told or what):
            return None
        return ", ".join(what) if what else "in de ik-vorm"


def experience_code(
    codebook: Codebook, lemmas: Callable[[str], list[str]], mode: str = "lived"
) -> ChildVoice | None:
    """The codebook's one code about a child's experience, or None (none, or more than one).

    `lemmas` gives the content lemmas of a text (the pipeline's, as the ranking reads them).
    """
    if mode not in MODES:
        raise ValueError(f"voice mode {mode!r} not in {MODES}")
    child = word_set("coding_child_words.txt")
    feeling = word_set("coding_feeling_words.txt")
    skip = set(perspective_codes(codebook))
    found = []
    for code in codebook.walk():
        if code.path in skip:
            continue
        name = set(lemmas(code.name))
        if name & child and (name | set(lemmas(code.description))) & feeling:
            found.append(code)
    if len(found) != 1:
        return None
    (code,) = found
    described = set(lemmas(code.description.lower()))
    related = set()
    for other in codebook.walk():
        if other.path == code.path or other.path in skip:
            continue
        if _name_parts(other.name, lemmas) & described:
            related |= {c.path for c in codebook.walk() if c.path.startswith(other.path)}
    return ChildVoice(code.path, frozenset(related - {code.path}), mode)


def _name_parts(name: str, lemmas: Callable[[str], list[str]]) -> set[str]:
    """A code name's lemmas and the known parts of its compounds ("Raadsonderzoek": raad)."""
    from wb.coding.rank import features

    return set(features(lemmas(name.lower())))


def child_sign(text: str, sentences: list[tuple[int, int]]) -> str | None:
    """The sign that a child or young person tells or speaks, in the opening sentences."""
    for start, end in sentences[:OPENING_SENTENCES]:
        sentence = text[start:end]
        for sign in _signs("coding_child_voice.txt"):
            m = sign.search(sentence)
            if m:
                return " ".join(m.group(0).split())
    return None


def adult_speaks(sentence: str) -> bool:
    """True when an adult speaks in their role ("mijn kinderen", "als advocaat")."""
    return any(sign.search(sentence) for sign in _signs("coding_adult_voice.txt"))


def first_person_singular(sentence: str) -> bool:
    """True when someone speaks of themself ("ik", "mijn", the speaker's "je"), inside quotes
    or not."""
    return not word_set("coding_teller_words.txt").isdisjoint(_WORD.findall(sentence.lower()))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted speech in a text, each within one paragraph line."""
    return [m.span() for m in QUOTES.finditer(text)]


def in_quotes(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when the stretch [start, end) lies mostly inside quoted speech."""
    inside = sum(max(0, min(b, end) - max(a, start)) for a, b in spans)
    return inside * 2 > end - start


__all__ = [
    "ChildVoice",
    "adult_speaks",
    "child_sign",
    "experience_code",
    "first_person_singular",
    "in_quotes",
    "quoted_spans",
]
