"""The most specific code in a document that names it: a parent's suggestions become its child.

A codebook pattern of a child code that hits somewhere in a document ("privacy" for *Privacy en
toestemming*) says what the document is about; where the same document's other sentences get
only the parent (*Informatie delen tussen instanties*, from its own pattern, a passage or a
neighbour), the child is what a coder writes there: child over parent, as within one sentence.
A child found only by its description does not count (a description's words are too loose to
name a document's topic), and with several children the one with the most pattern hits in the
document wins (the codebook's order breaks a tie).

Only a parent with one or two children: a parent with three or more is a typology (kinds of
label, kinds of measure), and its own sentences ("labels blijven hangen") stay general even in a
document that names one kind (the synthetic leernetwerk check; codes19).

A child's pattern that holds one of its parent's patterns whole (``{all: [kind, armoede]}``
below a parent with the pattern ``armoede``) finds the parent's topic with one more word, so its
hits do not say that the document is about the child (codes24).

A parent's own pattern hit whose words the child's text (name, description, include, examples,
patterns) does not share, not even as part of a compound or with the same first six letters
(*depressie* under *Psychische klachten van jongeren*, whose child *Suïcidaliteit* never says
it), names the parent's own topic: it stays with the parent (codes33). A child written as a name
and patterns alone says too little to judge by: its parent's hits move as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

import regex

from wb.codebook import Codebook
from wb.coding.code_scores import parent_of
from wb.coding.reasons import subcode_reason
from wb.coding.suggestion import BEYOND_RULES, Suggestion

#: A parent's suggestion in a document whose child code has its own pattern hit becomes the
#: child (codes19; ``Suggester(..., document_children=False)`` turns it off).
DOCUMENT_CHILDREN = True
#: A child's pattern that holds a pattern of its parent whole does not name the child in a
#: document (codes24; ``Suggester(..., child_own_words=False)`` counts it again).
CHILD_OWN_WORDS = True
#: A parent's pattern hit whose words the child's text does not share stays with the parent
#: (codes33; ``Suggester(..., child_shares_words=False)`` moves it as before).
CHILD_SHARES_WORDS = True
#: Shortest word that counts when it stands inside a compound of the other's text.
MIN_INSIDE = 5
#: Shortest common beginning that makes two words the same word (ontvoeren, ontvoering).
MIN_PREFIX = 6
#: Most children a parent may have for its suggestions to move to one of them.
MAX_CHILDREN = 2
#: Fewest sentences of the document with the child's own pattern hits for its parent's
#: suggestions to move to it (codes48; ``Suggester(..., child_sentences=1)`` as before).
MIN_SENTENCES = 2
#: Highest score of a suggestion moved to the child: below the passages of its own words.
SCORE = 0.7

_BEYOND = tuple(BEYOND_RULES.values())


def is_pattern_hit(s: Suggestion) -> bool:
    """True when a codebook pattern made the suggestion (not a rule beyond the patterns)."""
    return not s.rule.startswith(_BEYOND)


def parent_plus(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Per child code, the rules of its patterns that hold one of its parent's patterns whole:
    ``{all: [kind, armoede]}`` below a parent with ``armoede``."""
    codes = {c.path: c for c in codebook.walk()}
    found: dict[str, frozenset[str]] = {}
    for path, code in codes.items():
        parent = codes.get(parent_of(path) or "")
        if parent is None:
            continue
        theirs = [w for p in parent.patterns if (w := p.words)]
        rules = {p.rule for p in code.patterns if any(w <= p.words for w in theirs)}
        if rules:
            found[path] = frozenset(rules)
    return found


def _related(word: str, others: frozenset[str]) -> bool:
    """True when `word` is one of `others`, stands inside one or holds one (both 5+ letters
    for that), or shares its first six letters with one."""
    for other in others:
        if word == other:
            return True
        short, long_ = sorted((word, other), key=len)
        if len(short) >= MIN_INSIDE and short in long_:
            return True
        if len(short) >= MIN_PREFIX and long_.startswith(short[:MIN_PREFIX]):
            return True
    return False


def parent_own(codebook: Codebook) -> dict[str, frozenset[str]]:
    """Per child code with a description, include or examples, the rules of its parent's
    patterns whose words its own text never uses: their hits stay with the parent."""
    codes = {c.path: c for c in codebook.walk()}
    found: dict[str, frozenset[str]] = {}
    for path, code in codes.items():
        parent = codes.get(parent_of(path) or "")
        if parent is None or not (code.description or code.include or code.examples):
            continue  # a child of a name and patterns alone says too little to judge by
        text = " ".join(
            [code.name, code.description, code.include, *code.examples]
            + [" ".join(sorted(p.words)) for p in code.patterns]
        )
        words = frozenset(regex.findall(r"\p{L}+", text.lower()))
        rules = {
            p.rule
            for p in parent.patterns
            if p.words and not any(_related(w, words) for w in p.words)
        }
        if rules:
            found[path] = frozenset(rules)
    return found


def document_children(
    suggestions: Iterable[Suggestion],
    order: list[str],
    max_children: int = MAX_CHILDREN,
    parents_plus: dict[str, frozenset[str]] | None = None,
    parents_own: dict[str, frozenset[str]] | None = None,
    min_sentences: int = MIN_SENTENCES,
) -> list[Suggestion]:
    """The suggestions of one document with each parent's suggestion moved to the child code
    that has pattern hits in the document (dropped where the sentence has that child already).

    `order`: every code path in the codebook's order (ties between children); a parent with
    more than `max_children` children keeps its suggestions; `parents_plus` (from
    :func:`parent_plus`): per child, the rules whose hits do not count; `parents_own` (from
    :func:`parent_own`): per child, the parent's rules whose hits stay with the parent;
    a child whose pattern hits stand in fewer than `min_sentences` sentences leaves the parent
    its places."""
    out = list(suggestions)
    children = Counter(parent_of(code) for code in order)
    skip = parents_plus or {}
    counted = [
        s
        for s in out
        if is_pattern_hit(s)
        and (parent := parent_of(s.code))
        and children[parent] <= max_children
        and s.rule not in skip.get(s.code, ())
    ]
    sentences = Counter(code for code, _ in {(s.code, s.start) for s in counted})
    hits = Counter(s.code for s in counted if sentences[s.code] >= min_sentences)
    if not hits:
        return out
    rank = {code: k for k, code in enumerate(order)}
    child_of: dict[str, str] = {}
    for code in sorted(hits, key=lambda c: (-hits[c], rank.get(c, len(rank)))):
        child_of.setdefault(parent_of(code) or "", code)
    first = {}
    for s in out:
        if s.code in hits and is_pattern_hit(s) and s.rule not in skip.get(s.code, ()):
            first.setdefault(s.code, s)
    have = {(s.start, s.code) for s in out}
    moved = []
    for s in out:
        child = child_of.get(s.code)
        if child is None:
            moved.append(s)
            continue
        if (s.start, child) in have:
            continue  # the sentence has the child already: child over parent
        if s.rule in (parents_own or {}).get(child, ()):
            moved.append(s)  # the parent's own word, which the child never uses
            continue
        have.add((s.start, child))
        example = first[child]
        reason = subcode_reason(s.code, child, example.match_text, s.why)
        moved.append(
            replace(
                s,
                code=child,
                rule=BEYOND_RULES["child"],
                score=min(s.score, SCORE),
                reason=reason,
            )
        )
    return moved
