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


#: ordinary sentences around the coded ones
FILL = [
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De bus was te laat.",
    "De kat slaapt op de bank.",
]
#: three documents a researcher coded: (text, the codes of each sentence)
CODED = [
    (
        "Moeder wil verhuizen naar Groningen. Zij heeft daar een nieuwe baan. " + " ".join(FILL),
        [{V}, {V}, set(), set(), set(), set(), set()],
    ),
    (
        " ".join(FILL[:2])
        + " Vader betaalt geen alimentatie. Hij heeft geen werk meer. "
        + " ".join(FILL[2:]),
        [set(), set(), {A}, {A}, set(), set(), set()],
    ),
    (
        " ".join(FILL[:3])
        + " De verhuizing is in mei. Het huis is al gekocht. "
        + " ".join(FILL[3:]),
        [set(), set(), set(), {V}, {V}, set(), set()],
    ),
]
