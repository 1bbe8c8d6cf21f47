"""A list of judging adjectives that stands by itself: "ongeïnteresseerd, brutaal en in één
geval zelfs leugenachtig", "Lastig. Dwars. Ongehoorzaam.", "vals, manipulatief en achterbaks"
(labels-judging3).

A judging adjective (the lemma as written: ``evaluative_adjectives.txt``, its lexicon part and
``person_judging_adjectives.txt``; the joins, degree words and denials in
``description_adjective_run_words.txt``) counts when another one stands within three words of it,
with only a comma, "en", "of", a full stop or a degree word between ("heel", "zeer", "erg",
"zelfs", "nogal", ...), and neither is followed by a noun or an inflected word (then it is
attributive and the noun rules decide) or preceded by "niet", "geen" or "te" ("Te duur. Te
saai.": too much of a thing). Not an adjective of a feeling that tells a state
(``description_state_adjectives.txt``: "boos en opstandig"), and not a list followed by "om"
("Het is gevaarlijk en ongepast om ...": a verdict on an act). The run is a list: a comma,
full stop, semicolon or dash between the first two adjectives; two adjectives with just "en"
or "of" between them ("hinderlijk en onterecht", "bozig en onhandelbaar") are an ordinary
predicate, left to the predicate rules (the tune annotations make such a pair one span in one
text and two in another). Each adjective of the list is its own span. A list says what someone
is like even when the person is a sentence away, as in an enumeration of traits or headings.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import by_kind, words

_MARKS = frozenset({",", ".", ";", "-", "–"})
_REACH = 3


@cache
def _kind(kind: str) -> frozenset[str]:
    """Words of one kind of description_adjective_run_words.txt (verbinding, graad, ...)."""
    return by_kind("description_adjective_run_words.txt", fold)[kind]


@cache
def _adjectives() -> frozenset[str]:
    """The lemmas of the judging adjective lists."""
    names = (
        "evaluative_adjectives.txt",
        "evaluative_adjectives_lexicon.txt",
        "person_judging_adjectives.txt",
    )
    states = frozenset(fold(word) for word in words("description_state_adjectives.txt"))
    return frozenset(fold(word) for name in names for word in words(name)) - states


def _standalone(doc: Doc, i: int) -> bool:
    """A list adjective as written, not denied, not before a noun or an inflected word."""
    if fold(doc[i].text) not in _adjectives():
        return False
    if i and fold(doc[i - 1].text) in _kind("ontkenning"):
        return False
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.pos_ in ("NOUN", "PROPN") or (nxt.is_alpha and fold(nxt.text).endswith("e")):
            return fold(nxt.text) in _kind("graad") | _kind("verbinding")
    return True


def _linked(doc: Doc, i: int, j: int) -> bool:
    """Only joins and degree words between tokens i and j, at least one join."""
    between = [fold(t.text) for t in doc[i + 1 : j]]
    joins = _MARKS | _kind("verbinding")
    return any(w in joins for w in between) and all(
        w in joins or w in _kind("graad") for w in between
    )


def _act_follows(doc: Doc, b: int) -> bool:
    """ "om" right after the run or after one more adjective: a verdict on an act."""
    after = [fold(t.text) for t in doc[b + 1 : b + 4]]
    acts = _kind("handeling")
    return bool(after) and (
        after[0] in acts
        or (len(after) > 2 and after[0] in _kind("verbinding") and after[2] in acts)
    )


def _listed(doc: Doc, a: int, b: int) -> bool:
    """A comma, full stop, semicolon or dash between a and b: a list, not a pair with "en"."""
    return any(fold(t.text) in _MARKS for t in doc[a + 1 : b])


def find_adjective_runs(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the adjectives of a list of two or more judging adjectives."""
    marks = [i for i in range(len(doc)) if _standalone(doc, i)]
    keep: set[int] = set()
    for a, b in pairwise(marks):
        if b - a > _REACH + 1 or not _linked(doc, a, b) or _act_follows(doc, b):
            continue
        if _listed(doc, a, b) or a in keep:
            keep |= {a, b}
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(keep)]
