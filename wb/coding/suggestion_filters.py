"""Filters applied to a document's found suggestions: exclude stops and document-about-itself
sentences (wb.coding.suggest calls them after each source has spoken)."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from wb.coding import line_roles
from wb.coding.sentence_kinds import meta_kind
from wb.coding.suggestion import BEYOND_RULES, Suggestion


def without_meta(sents: list[Span], found: list[Suggestion]) -> list[Suggestion]:
    """`found` without what a sentence about the document or meeting itself may not keep
    (:data:`wb.coding.line_roles.META_RULES`: a code's own pattern, or the sentence's own words)."""
    starts = [x.start_char for x in sents]
    allowed = ("patroon",) + (line_roles.META_OWN if line_roles.META_RULES == "own" else ())
    meta: dict[int, bool] = {}
    out = []
    for s in found:
        i = max(0, bisect_right(starts, s.match_start) - 1)
        if i not in meta:
            meta[i] = bool(sents) and meta_kind(sents[i].text) is not None
        if not meta[i] or rule_kind(s.rule) in allowed:
            out.append(s)
    return out


def rule_kind(rule: str) -> str:
    """The kind of a suggestion's rule: a beyond-pattern source by name, else "patroon"."""
    for kind, label in BEYOND_RULES.items():
        if rule.startswith(label):
            return kind
    return "patroon"


def not_stopped(
    found: list[Suggestion], starts: list[int], stopped: set[tuple[int, str]]
) -> list[Suggestion]:
    """`found` without the suggestions of a code an exclude clause stopped in their sentence."""
    if not stopped:
        return found
    return [
        s for s in found if (max(0, bisect_right(starts, s.match_start) - 1), s.code) not in stopped
    ]
