"""The small two-code codebook the coding tests share (Verhuizing, Alimentatie)."""

from __future__ import annotations

from wb.codebook import Codebook, parse_codebook

V, A = "Verhuizing", "Alimentatie"
PROEF_CODES = """
name: proef
codes:
  - name: Verhuizing
    description: Een ouder die met het kind naar een andere stad wil verhuizen.
    patterns: [verhuizen, verhuizing]
  - name: Alimentatie
    description: Het geld dat een ouder voor de kinderen betaalt.
    patterns: [alimentatie]
"""


def proef_book(extra: str = "") -> Codebook:
    """The two-code codebook, with `extra` YAML code entries appended."""
    return parse_codebook(PROEF_CODES + extra)
