"""A role's "van" before a place whose name joins its words with a lowercase word ("de
burgemeester van Bergen op Zoom", "wethouder van Alphen aan den Rijn"): the place the role
serves, no surname with particles (no surname is written so)."""

from __future__ import annotations

from functools import cache

from wb.dossiers.entity_data import places


@cache
def _joined_places() -> tuple[str, ...]:
    """Known places of several words with a lowercase word between them, longest first."""
    joined = (p for p in places() if " " in p and any(w[:1].islower() for w in p.split()[1:]))
    return tuple(sorted(joined, key=len, reverse=True))


def joined_place_at(text: str, start: int) -> bool:
    """Whether a known place of several words joined by a lowercase word starts at ``start``
    and ends at a word's end ("Bergen op Zoom", not "Bergen op Zoomweg")."""
    return joined_place_end(text, start) is not None


def joined_place_end(text: str, start: int) -> int | None:
    """Where a known place of several words joined by a lowercase word that starts at ``start``
    ends (at a word's end), else None."""
    for place in _joined_places():
        if text.startswith(place, start):
            end = start + len(place)
            if end == len(text) or not (text[end].isalnum() or text[end] == "-"):
                return end
            return None
    return None
