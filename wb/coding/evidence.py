"""When a codebook pattern's hit is no evidence for its code (synthetic check, round 5).

A pattern finds its words; these rules look at where the words stand in the sentence:

* **list item**: a role or organisation named as one item of a long enumeration ("twee
  advocaten, een mediator, een kindertherapeut, de school, het wijkteam") stands for the many
  parties around a family, not for the item's own topic;
* **the project's own name**: the head of the project's name ("netwerk" of "Leernetwerk Kind &
  Scheiding") after a demonstrative ("de vraag aan dit netwerk"), or after "het" in a document
  that names the project and no other network ("het netwerk kwam drie keer bijeen"), with
  nothing after it that says whose network, is the project, not a family's network;
* **all-of across a colon**: the words of an ``{all: [...]}`` pattern on both sides of a colon
  or semicolon belong to two statements ("ouders hebben zelf steun nodig: een kind kan ...");
* **another narrator**: a first-person pattern of a perspective code ("mijn zoon") in a turn or
  story whose narrator is another perspective ("Grootmoeder: Na de scheiding van mijn zoon ...")
  describes the narrator's family, not the narrator;
* **an action item's doer**: in a list line of minutes ("- Intern begeleider en
  wijkteammedewerker maken een voorstel ..."), the roles before the verb say who acts;
* **a quoted speaker**: a first-person pattern inside a quotation after a colon ("De moeder
  zei: 'Ik ... mijn kinderen'") is the quoted person's, not the narrator's.

Two rules widen a pattern instead. ``possessive_gap``: a first-person pattern ("mijn
kinderen") also matches with one adjective after its possessive ("mijn eigen kinderen").
``participle`` (codes6): a participle used as an adjective counts as its verb ("de uit huis
geplaatste kinderen" for ``{all: [uit, huis, plaatsen]}``), and an all-of pattern's words
written as one word match that word ("uithuisgeplaatste"), unless they are a particle and
its verb ({all: [terug, kijken]}).

A sentence whose pattern hits were all set aside this way gets no suggestion from the
description's words either (``removed_silent``): its words were about the parties named.
Each rule was measured alone on the tune documents of the synthetic gold (bench/README.md,
round 5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from wb.lang import word_set

#: The rules, by name; bench/bench_codes.py switches them one by one to measure each alone.
RULES = frozenset(
    {
        "list_item",
        "own_name",
        "all_colon",
        "other_narrator",
        "action_doer",
        "quoted_speaker",
        "removed_silent",
        "welcome",
        "exclude_verbs",
        "possessive_gap",
        "participle",
    }
)
#: The rules that are on.
ENABLED: set[str] = set(RULES)
#: Marks that open a list line of minutes ("- Coördinator schrijft ...").
LIST_MARKS = ("-", "•", "*")
#: Items an enumeration needs before its items stop counting as topics.
LIST_MIN_ITEMS = 4
#: Longest list item in words (before a relative clause: "een mediator die afhaakte").
LIST_ITEM_WORDS = 5
#: Commas a run of items needs to be an enumeration.
LIST_MIN_COMMAS = 2
_LIST_BREAKS = frozenset({",", ";", ":"})
_LIST_JOINS = frozenset({"en", "of"})
#: Relative pronouns: after a noun, the head of a list item ends there.
RELATIVE = word_set("coding_relative_words.txt")
#: Before a head of the project's name: "dit netwerk" is the project itself.
DEMONSTRATIVES = word_set("coding_demonstratives.txt")
#: The same in a document that names the project and no other group of that name.
DEFINITES = DEMONSTRATIVES | {"het", "de"}
#: Words after a noun that say whose or which one it is ("het netwerk rond het kind").
MODIFIERS = word_set("coding_noun_modifiers.txt")
#: First words of a pattern that names the speaker through the first person ("mijn zoon").
SPEAKER_OPENERS = word_set("coding_speaker_openers.txt")


def list_items(tokens: Sequence[Any]) -> list[tuple[int, int, int]]:
    """(first token, end token, run length) of each short item of an enumeration.

    Items are separated by commas, semicolons, colons, "en" and "of"; an item is short when it
    has at most `LIST_ITEM_WORDS` words before a relative clause and holds a noun or a name. A
    run is a sequence of short items with nothing long between them.
    """
    if sum(1 for t in tokens if t.text == ",") < LIST_MIN_COMMAS:
        return []
    items: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate([*tokens, None]):
        if t is None or t.text in _LIST_BREAKS or t.lower_ in _LIST_JOINS:
            end = i
            while end > start and tokens[end - 1].is_punct:  # the sentence's full stop
                end -= 1
            if end > start:
                items.append((start, end))
            start = i + 1
    runs: list[list[tuple[int, int]]] = [[]]
    for a, b in items:
        if _short_item([t for t in tokens[a:b] if not t.is_punct]):
            runs[-1].append((a, b))
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        # an enumeration is written with commas: "grootouders en neven en nichten" is no list
        commas = sum(1 for t in tokens[run[0][0] : run[-1][1]] if t.text == ",") if run else 0
        if commas >= LIST_MIN_COMMAS:
            out += [(a, b, len(run)) for a, b in run]
    return out


def _short_item(words: Sequence[Any]) -> bool:
    """A few words naming someone or something: a noun or name, no verb before a relative
    clause ("een mediator die afhaakte"); "is er angst" is a clause, not an item."""
    cut = next(
        (
            k
            for k, t in enumerate(words)
            if k and t.lower_ in RELATIVE and words[k - 1].pos_ in ("NOUN", "PROPN")
        ),
        len(words),
    )
    head = words[:cut]
    return (
        0 < cut <= LIST_ITEM_WORDS
        and any(t.pos_ in ("NOUN", "PROPN") for t in head)
        and not any(t.pos_ in ("VERB", "AUX") for t in head)
    )


def in_long_list(
    tokens: Sequence[Any],
    start: int,
    end: int,
    items: list[tuple[int, int, int]] | None = None,
) -> bool:
    """True when the characters [start, end) lie inside one item of a long enumeration.

    `items` are the sentence's :func:`list_items` when already known.
    """
    for a, b, n in list_items(tokens) if items is None else items:
        if n >= LIST_MIN_ITEMS and tokens[a].idx <= start and end <= _end(tokens[b - 1]):
            return True
    return False


def _end(token: Any) -> int:
    return token.idx + len(token.text)


def own_name_heads(project_name: str) -> frozenset[str]:
    """Heads of the compounds in a project's name: "Leernetwerk Kind & Scheiding" -> netwerk."""
    from wb.nlp import compound_parts, is_known

    out = set()
    for word in project_name.lower().replace("-", " ").split():
        # the compound rule of wb.coding.rank: 10+ letters, every part a word of 4+ letters
        if not word.isalpha() or len(word) < 10:
            continue
        parts = compound_parts(word)
        if len(parts) >= 2 and all(len(p) >= 4 and is_known(p) for p in parts):
            out.add(parts[-1])
    return frozenset(out)


def is_own_name(
    tokens: Sequence[Any],
    start: int,
    end: int,
    heads: frozenset[str],
    determiners: frozenset[str] = DEMONSTRATIVES,
) -> bool:
    """True for a bare head of the project's name after "dit"/"dat" with no modifier after."""
    for i, t in enumerate(tokens):
        if t.idx == start and _end(t) == end and t.lower_ in heads:
            before = tokens[i - 1].lower_ if i else ""
            after = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
            return before in determiners and after not in MODIFIERS
    return False


def other_group(text: str, head: str) -> bool:
    """True when a text names a `head` that is not the project's: an adjective before it ("het
    sociale netwerk", "het bredere netwerk") or whose it is after it ("het netwerk rond het
    gezin")."""
    h = re.escape(head)
    return (
        re.search(rf"\b\w+e\s+{h}\b|\b{h}\s+(?:rond|rondom|om|van)\b", text, re.IGNORECASE)
        is not None
    )


def names_project(text: str, project_name: str, head: str) -> bool:
    """True when a text names the project by its compound ("leernetwerk")."""
    words = [w for w in re.findall(r"\w+", project_name.lower()) if w.endswith(head) and w != head]
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}", low) for w in words)


def across_colon(text: str, start: int, end: int) -> bool:
    """True when a colon or semicolon stands between the first and last word of a hit."""
    inner = text[start:end]
    return ":" in inner or ";" in inner


def first_person_pattern(rule: str) -> bool:
    """True for a pattern that names the speaker through the first person ("mijn zoon")."""
    words = rule.lower().split()
    return len(words) >= 2 and words[0] in SPEAKER_OPENERS


#: Reported speech: a quotation that opens after a colon ("zei: 'Ik ...'").
_REPORTED = re.compile(r":\s*(['‘\"“„])(.+?)(?:['’\"”]\s*$|['’\"”](?=[\s.,;:!?]))", re.DOTALL)


def in_reported_speech(text: str, start: int, end: int) -> bool:
    """True when [start, end) lies inside a quotation that follows a colon (someone quoted)."""
    for m in _REPORTED.finditer(text):
        if m.start(2) <= start and end <= m.end(2):
            return True
    return False


#: The chair's welcome in minutes: "De voorzitter heet iedereen welkom, in het bijzonder ...".
_WELCOME = re.compile(r"\b(?:heet|heten)\b[^.?!:]{0,80}\bwelkom\b", re.IGNORECASE)


def is_welcome(sentence: str) -> bool:
    """True for a sentence of minutes that welcomes people: it names who came, not a topic."""
    return _WELCOME.search(sentence) is not None


def action_doer(tokens: Sequence[Any], start: int, end: int) -> bool:
    """True for a hit before the first verb of a list line ("- Intern begeleider ... maken")."""
    if not tokens or tokens[0].text not in LIST_MARKS:
        return False
    hit = [t for t in tokens if start <= t.idx < end]
    if any(t.pos_ == "PROPN" for t in hit):  # an organisation ("Veilig Thuis") may be the topic
        return False
    for t in tokens[1:]:
        if t.pos_ in ("VERB", "AUX"):
            return end <= t.idx
    return False


@lru_cache(maxsize=65536)
def participle_verb(lemma: str) -> str:
    """The verb of a participle used as an adjective ("geplaatst" -> "plaatsen",
    "uithuisgeplaatst" -> "uithuisplaatsen"), or ''."""
    from wb.nlp import lemmatize

    if lemma[-1:] not in ("t", "d") or "ge" not in lemma[:-3]:
        return ""
    verb = lemmatize(lemma)
    return verb if verb != lemma and verb.endswith("en") else ""


__all__ = [
    "DEFINITES",
    "DEMONSTRATIVES",
    "ENABLED",
    "RULES",
    "across_colon",
    "action_doer",
    "first_person_pattern",
    "in_long_list",
    "in_reported_speech",
    "is_own_name",
    "is_welcome",
    "list_items",
    "names_project",
    "other_group",
    "own_name_heads",
    "participle_verb",
]
