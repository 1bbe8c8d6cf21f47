"""The replacements of the default pseudonymiser on one text, for the name tests."""

from __future__ import annotations

from wb.dossiers.pseudonymise import Pseudonymiser

PLAIN = Pseudonymiser()


def spans(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, placeholder) of every replacement, in order."""
    pseudo = PLAIN.dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in pseudo.replacements]
