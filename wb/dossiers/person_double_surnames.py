"""A double surname joined by a hyphen and a lowercase particle ("Dijken-te Velde", "Kuiper-van
Dijk"), with the particles before it ("van Dijken-te Velde"): a married person's name as Dutch
writes it, never an organisation's, also when its first part is a dictionary word."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import HYPHEN_PARTICLE, LOW, UP, particles


@cache
def _double_rx() -> re.Pattern[str]:
    # the particles before it, also capitalised: "De Pater-van der Meer"
    lead = "|".join(
        f"[{p[0]}{p[0].upper()}]" + re.escape(p[1:]).replace(r"\ ", "[ ]")
        for p in sorted(particles(), key=len, reverse=True)
        if p[:1].isalpha()
    )
    return re.compile(
        rf"(?<![\w'’-])(?:(?:{lead})[ ])*[{UP}][{LOW}'’]*[{LOW}]{HYPHEN_PARTICLE}(?![\w-])"
    )


def double_surnames(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of double surnames with a particle after the hyphen between ``start`` and
    ``end`` (with the particles right before them)."""
    return [(m.start(), m.end()) for m in _double_rx().finditer(text, start, end)]
