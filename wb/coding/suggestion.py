"""A code suggestion (a passage for a code) and its JSON form for `wb code --json`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

#: The `rule` of a suggestion made beyond the patterns: where it came from, in brackets.
BEYOND_RULES = {
    "description": "(beschrijving)",
    "example": "(voorbeeld)",
    "learned": "(geleerd)",
    "nearest": "(gecodeerde zin)",
    "exclude": "(uitsluiting)",
    "narrator": "(verteller)",
    "voice": "(stem van een kind)",
    "neighbour": "(naastliggende zin)",
    "passage": "(passage)",
    "reach": "(zoals uw coderingen)",
    "child": "(subcode in dit document)",
}


@dataclass(frozen=True, order=True)
class Suggestion:
    """A passage suggested for a code: the sentence, and the matched span within it."""

    doc: str
    start: int
    end: int
    code: str
    match_start: int
    match_end: int
    match_text: str
    rule: str
    doc_id: int | None = None  # the document's identity when it comes from a project
    score: float = 1.0  # how sure: 1.0 for a pattern, lower for a suggestion beyond patterns
    reason: str = ""  # why, in Dutch ("patroon: contact + verliezen", "lijkt op voorbeeld: …")

    @property
    def why(self) -> str:
        """The reason in Dutch words (the pattern described when no reason was given)."""
        from wb.coding.reasons import describe_rule

        return self.reason or describe_rule(self.rule)

    def to_json(self) -> dict[str, Any]:
        """The JSON form of the `wb code` contract (``doc_id`` too for a project's documents)."""
        extra = {} if self.doc_id is None else {"doc_id": self.doc_id}
        return {
            "doc": self.doc,
            **extra,
            "start": self.start,
            "end": self.end,
            "code": self.code,
            "match": {"start": self.match_start, "end": self.match_end, "text": self.match_text},
            "rule": self.rule,
            "score": round(self.score, 3),
            "reason": self.why,
        }


def ranked(suggestions: Iterable[Suggestion]) -> list[Suggestion]:
    """Suggestions by score, highest first (position breaks ties)."""
    return sorted(suggestions, key=lambda s: (-s.score, s.doc, s.match_start, s.code))


def suggestions_json(suggestions: list[Suggestion]) -> dict[str, Any]:
    """The `wb code --json` document."""
    return {"suggestions": [s.to_json() for s in suggestions]}
