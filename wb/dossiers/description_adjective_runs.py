"""A run of judging adjectives that stands by itself: "ongeïnteresseerd, brutaal en in één geval
zelfs leugenachtig", "Lastig. Dwars. Ongehoorzaam.", "heel bezitterig zijn, ... zeer dwingend"
(labels-judging3).

A judging adjective (the lemma as written: ``evaluative_adjectives.txt``, its lexicon part and
``person_judging_adjectives.txt``) counts when another one stands within three words of it,
with only a comma, "en", "of", a full stop or a degree word between ("heel", "zeer", "erg",
"zelfs", "nogal", ...), and neither is followed by a noun or an inflected word (then it is
attributive and the noun rules decide) or preceded by "niet", "geen" or "te" ("Te duur. Te
saai.": too much of a thing). Not an adjective of a feeling that tells a state
(``description_state_adjectives.txt``: "boos en opstandig"), and not a run followed by "om"
("Het is gevaarlijk en ongepast om ...": a verdict on an act). Each adjective of the run is its
own span. A run of two or more says what someone is like even when the person is
a sentence away, as in an enumeration of traits or a list of headings.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold
from wb.lang import words

_JOINS = frozenset({",", "en", "of", ".", ";", "-", "–"})
_DEGREES = frozenset(
    {"heel", "zeer", "erg", "zelfs", "nogal", "best", "echt", "behoorlijk", "soms", "vaak"}
)
_DENIALS = frozenset({"niet", "geen", "nooit", "weinig", "minder", "te"})
_REACH = 3


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
    if i and fold(doc[i - 1].text) in _DENIALS:
        return False
    if i + 1 < len(doc):
        nxt = doc[i + 1]
        if nxt.pos_ in ("NOUN", "PROPN") or (nxt.is_alpha and fold(nxt.text).endswith("e")):
            return fold(nxt.text) in _DEGREES or fold(nxt.text) == "en"
    return True


def _linked(doc: Doc, i: int, j: int) -> bool:
    """Only joins and degree words between tokens i and j, at least one join."""
    between = [fold(t.text) for t in doc[i + 1 : j]]
    return any(w in _JOINS for w in between) and all(w in _JOINS or w in _DEGREES for w in between)


def _act_follows(doc: Doc, b: int) -> bool:
    """ "om" right after the run or after one more adjective: a verdict on an act."""
    after = [fold(t.text) for t in doc[b + 1 : b + 4]]
    return "om" in after[:1] or (len(after) > 2 and after[0] in ("en", "of") and after[2] == "om")


def find_adjective_runs(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the adjectives of a run of two or more judging adjectives."""
    marks = [i for i in range(len(doc)) if _standalone(doc, i)]
    keep: set[int] = set()
    for a, b in pairwise(marks):
        if b - a <= _REACH + 1 and _linked(doc, a, b) and not _act_follows(doc, b):
            keep |= {a, b}
    return [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(keep)]
