"""A parent or child typed by a hyphenated compound: "Game-kinderen", "jihad-moeder",
"burrata-kind" (labels-aimed3).

A writer who joins a noun to a parent or child word with a hyphen makes an ad-hoc type of
person: the first part names what the person is reduced to. One token whose last part, after
the last hyphen, is a parent, child or family word (``description_type_compound_heads.txt``,
also plural or diminutive: "kinderen", "moeders", "jongeren") and whose first part is a word
of letters that is neither a person noun ("ouder-kind relatie", "moeder-kind-huis") nor a
kinship, care or stage prefix (``description_type_compound_neutral.txt``: "ex-moeder",
"co-ouder", "pleeg-kind", "mede-moeders"). The span is the word. Compounds without a hyphen
("schildpadmoeder") are vocabulary and stay out; a compound the lexicon holds
("curling-ouder") is the lexicon's hit.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from wb.dossiers.description_persons import person_key
from wb.dossiers.lexicon import fold
from wb.lang import word_set

_PLURALS = ("eren", "en", "n", "s", "'s", "jes", "tjes")


@cache
def _heads() -> frozenset[str]:
    return word_set("description_type_compound_heads.txt")


@cache
def _neutral() -> frozenset[str]:
    return word_set("description_type_compound_neutral.txt")


def _head(part: str) -> bool:
    """A parent or child word, also in a plural or diminutive form ("kinderen", "moedertjes")."""
    if part in _heads():
        return True
    return any(
        part.endswith(end) and part[: -len(end)] in _heads() for end in _PLURALS if len(part) > 4
    )


def _typing_part(part: str, persons: frozenset[str]) -> bool:
    """A first part that can type a person: letters only, no person noun, no neutral prefix."""
    if len(part) < 2 or not part.isalpha():
        return False
    return part not in _neutral() and not person_key({part}, persons) and not _head(part)


def find_type_compounds(doc: Doc, persons: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of hyphenated compounds that type a parent or child (module doc)."""
    spans = []
    for token in doc:
        if token.pos_ not in {"NOUN", "PROPN", "X", "ADJ"} or "-" not in token.text:
            continue
        parts = [fold(p) for p in token.text.split("-")]
        if len(parts) != 2 or not _head(parts[1]) or not _typing_part(parts[0], persons):
            continue
        spans.append((token.idx, token.idx + len(token.text)))
    return spans


__all__ = ["find_type_compounds"]
