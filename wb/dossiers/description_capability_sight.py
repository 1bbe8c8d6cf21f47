"""A parent judged to lose or lack sight of the child or a person: "de ouders verliezen de
belangen van de kinderen uit het oog", "hij heeft geen oog meer voor haar".

Two shapes of the idiom "oog" (policy line 6 of 2026-12-05: insight and putting the child
first), found beside "niet in staat" by
:func:`wb.dossiers.description_capability.find_capabilities`:

* "uit het oog" with a form of "verliezen" (``description_capability_sight_verbs.txt``) within
  three words after it ("uit het oog verliezen", "uit het oog te worden verloren") or earlier in
  the clause ("verliest het belang van het kind uit het oog"), when the object before "uit"
  holds a task word of ``description_capability_tasks.txt`` (belang, kind, veiligheid, ...). The
  span runs from "uit" to the verb, or from the verb to "oog".
* a word of lack (``description_lack_words.txt``: geen, weinig, onvoldoende, beperkt, ...), "oog"
  and "voor" ("meer", "enkel" may stand before or after "oog") with a person (an object
  pronoun, a person noun) or a task word right after ("geen oog meer voor mij", "onvoldoende
  oog voor de behoeften van het kind"). The span runs from the word of lack to that word.

Not when the nearest subject noun before the object is a professional's role or a body
(:func:`wb.dossiers.description_capability_unable.professional_subject`: "de gezinsvoogd
verloor het belang van het kind uit het oog"); "oog voor" without a word of lack ("kreeg er oog
voor") and "uit het oog" without "verliezen" ("uit het oog, uit het hart") are no description.
"""

from __future__ import annotations

from spacy.tokens import Doc

from wb.dossiers.description_capability_unable import professional_subject, task_keys
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_VERBS = word_set("description_capability_sight_verbs.txt")
_LACKS = word_set("description_lack_words.txt")
_OBJECTS = frozenset(
    w.split(";", 1)[1] for w in word_set("aimed_pronouns.txt") if w.startswith("object;")
)
_CLAUSE_END = word_set("description_capability_unable_ends.txt")
_BETWEEN = frozenset({"meer", "enkel", "echt"})
_REACH = 12


def _verb(doc: Doc, k: int) -> bool:
    return fold(doc[k].text) in _VERBS or fold(doc[k].lemma_) == "verliezen"


def _object_start(doc: Doc, i: int) -> int | None:
    """The first token of the clause part before "uit" at i that holds a task word, or None."""
    first = None
    for k in range(i - 1, max(-1, i - _REACH), -1):
        if fold(doc[k].text) in _CLAUSE_END or doc[k].pos_ == "SCONJ":
            break
        if any(task_keys(doc, k)):
            first = k
    if first is None:
        return None
    while first > 0 and doc[first - 1].pos_ in {"DET", "ADJ"}:
        first -= 1
    return first


def _lost_sight(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    spans = []
    for i in range(len(doc) - 2):
        if [fold(t.text) for t in doc[i : i + 3]] != ["uit", "het", "oog"]:
            continue
        after = next((k for k in range(i + 3, min(i + 7, len(doc))) if _verb(doc, k)), None)
        before = None
        if after is None:
            for k in range(i - 1, max(-1, i - _REACH), -1):
                if fold(doc[k].text) in _CLAUSE_END:
                    break
                if _verb(doc, k):
                    before = k
                    break
            if before is None:
                continue
        first = _object_start(doc, i)
        if first is None or professional_subject(doc, first, persons):
            continue
        if after is not None:
            spans.append((doc[i].idx, doc[after].idx + len(doc[after].text)))
        else:
            spans.append((doc[before].idx, doc[i + 2].idx + len(doc[i + 2].text)))
    return spans


def _no_eye(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    spans = []
    for i, token in enumerate(doc):
        if fold(token.text) not in _LACKS:
            continue
        k = i + 1
        while k < len(doc) and fold(doc[k].text) in _BETWEEN:
            k += 1
        if k >= len(doc) or fold(doc[k].text) != "oog":
            continue
        k += 1
        while k < len(doc) and fold(doc[k].text) in _BETWEEN:
            k += 1  # "geen oog meer voor"
        if k + 1 >= len(doc) or fold(doc[k].text) != "voor":
            continue
        for m in range(k + 1, min(k + 4, len(doc))):
            word = fold(doc[m].text)
            if word in _CLAUSE_END:
                break
            if word in _OBJECTS or {word, fold(doc[m].lemma_)} & persons or any(task_keys(doc, m)):
                if not professional_subject(doc, i, persons):
                    spans.append((token.idx, doc[m].idx + len(doc[m].text)))
                break
    return spans


def find_sight(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of losing or lacking sight of the child or a person (module doc)."""
    return _lost_sight(doc, persons) + _no_eye(doc, persons)


__all__ = ["find_sight"]
