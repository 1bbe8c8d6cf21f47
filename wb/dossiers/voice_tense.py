"""Finite verbs and their tense, as the voice rules read them from the Dutch pipeline's tokens
(word class ``pos_`` and ``morph``): one definition for every rule that asks whether a clause is
in the past ("waar de verstotende ouder een dwangsom kreeg") or a verb is finite."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def finite(token: Any) -> bool:
    """True for a finite verb or auxiliary ("kreeg", "heeft"; not "gekregen", "krijgen")."""
    return token.pos_ in {"AUX", "VERB"} and "Fin" in token.morph.get("VerbForm")


def only_past(tokens: Iterable[Any]) -> bool:
    """True when the tokens hold a finite verb and every finite verb is in the past tense."""
    return {tense for t in tokens if finite(t) for tense in t.morph.get("Tense")} == {"Past"}


__all__ = ["finite", "only_past"]
