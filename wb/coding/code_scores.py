"""A code's score for a sentence, what the model knows of each code, and child over parent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wb.coding.excludes import Exclude
from wb.coding.word_classes import describe, is_class


@dataclass
class Scored:
    """One code's score for one sentence, with the reason in Dutch."""

    code: str
    score: float
    reason: str
    source: str  # 'description', 'example', 'learned', 'nearest' or 'exclude'
    own: bool = True  # the codebook's own text or examples speak for it (not only the codings)


@dataclass
class CodeInfo:
    """What the model knows of one code: its lemmas, examples, excludes and decisions."""

    code: str
    name: str
    seeds: dict[str, float] = field(default_factory=dict)  # lemma -> source weight
    whole: set[str] = field(default_factory=set)  # seeds the codebook writes as whole words
    named: set[str] = field(default_factory=set)  # lemmas of the code's own name
    examples: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    rejected: list[frozenset[str]] = field(default_factory=list)  # passages a coder rejected
    excludes: list[Exclude] = field(default_factory=list)
    company: dict[str, float] = field(default_factory=dict)  # co-occurrence lemmas (PMI)
    together: dict[str, str] = field(default_factory=dict)  # company lemma -> its anchor
    pos: Counter[str] = field(default_factory=Counter)
    neg: Counter[str] = field(default_factory=Counter)
    n_pos: int = 0
    n_neg: int = 0


def description_reason(info: CodeInfo, hits: list[str], feats: frozenset[str]) -> str:
    """Why the description suggests the code, in Dutch: the code's own words, then the words
    that keep it company in the project ("staat in uw documenten vaak bij deze code: ..."),
    a word class it names ("gevoelswoorden (bang), ...") and words of the researcher's codings."""
    own = [x for x in hits if x in info.seeds and not is_class(x)]
    more = [x for x in hits if x not in info.seeds and x not in info.company]
    near = [x for x in hits if x in info.company and x not in info.seeds]
    together = [x for x in near if x in info.together]
    near = [x for x in near if x not in info.together]
    reason = "past bij de beschrijving: " + ", ".join(own[:4])
    if near:
        reason += "; staat in uw documenten vaak bij deze code: " + ", ".join(near[:3])
    for anchor in sorted({info.together[x] for x in together})[:2]:
        words = [x for x in together if info.together[x] == anchor]
        reason += f"; woorden die vaak samengaan met {anchor}: " + ", ".join(words[:3])
    if not own:
        reason = reason.replace("past bij de beschrijving: ; s", "S", 1)
    classes = [x for x in hits if is_class(x)]
    if classes:
        reason = describe(min(classes, key=len), feats) + ", " + reason
    if more:
        reason += "; uit uw coderingen: " + ", ".join(more[:3])
    return reason


def short(text: str, n: int = 60) -> str:
    """The text on one line, cut to `n` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def parent_of(path: str) -> str | None:
    """The parent code's path, or None at the top."""
    return path.rsplit("/", 1)[0] if "/" in path else None


def prefer_children(codes: Iterable[str]) -> set[str]:
    """Drop a code when one of its descendants is also suggested for the same sentence."""
    codes = set(codes)
    ancestors = set()
    for code in codes:
        parent = parent_of(code)
        while parent:
            ancestors.add(parent)
            parent = parent_of(parent)
    return codes - ancestors


def below_hit(code: str, hits: Iterable[Any]) -> bool:
    """True when a pattern hit (anything with a ``code``) is on an ancestor of `code`."""
    return any(code.startswith(h.code + "/") for h in hits)


def prefer_children_keeping(codes: Iterable[str], learned: Iterable[str]) -> set[str]:
    """Child over parent, but a code of the codebook's own evidence stays when only `learned`
    codes (from the researcher's codings alone) would displace it: learning adds, it does not
    take the codebook's suggestions away (codes13)."""
    codes = set(codes)
    own = codes - set(learned)
    return prefer_children(codes) | prefer_children(own)


__all__ = [
    "CodeInfo",
    "Scored",
    "below_hit",
    "description_reason",
    "parent_of",
    "prefer_children",
    "prefer_children_keeping",
    "short",
]
