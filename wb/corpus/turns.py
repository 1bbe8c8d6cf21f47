"""Speaker turns in minutes: ``Rol (organisatie): tekst`` at the start of a line.

Lines such as ``Aanwezig: ...`` or ``Doel 1: ...`` do not count (corpora/notulen/README.md).
Used by the theme segments (unit ``"turn"``) and by code suggestions (who speaks in a turn).
"""

from __future__ import annotations

import re

from wb.lang import word_set, words

# "Rolnaam (organisatie, rol): tekst" or "Grootmoeder: tekst" at the start of a line.
TURN = re.compile(
    r"^(?P<role>[A-ZÀ-Ý][\w’'\-]*(?: [\w’'\-]+){0,3})(?: \((?P<org>[^()\n]{1,80})\))?: \S",
    re.MULTILINE,
)
# Words that open a line with a colon but are not a speaker (see corpora/notulen/README.md).
NOT_SPEAKERS = frozenset(words("theme_not_speakers.txt"))
# A speaker's role does not begin with an article, pronoun or conjunction ("Het rare is: ...").
NOT_ROLE_START = word_set("theme_not_role_start.txt")


def speaker(line: str) -> str | None:
    """The speaker label a line opens with ("Raadsonderzoeker (RvdK)"), or None."""
    m = TURN.match(line)
    if not m:
        return None
    role = m.group("role")
    first = role.split()[0].lower()
    if role.lower() in NOT_SPEAKERS or first in NOT_SPEAKERS | NOT_ROLE_START:
        return None
    return role + (f" ({m.group('org')})" if m.group("org") else "")


def turn_spans(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Split one paragraph at lines that open a speaker turn; (start, end, speaker)."""
    cuts: list[tuple[int, str | None]] = []
    pos = start
    for line in text[start:end].split("\n"):
        who = speaker(line)
        if who is not None or not cuts:
            cuts.append((pos, who))
        pos += len(line) + 1
    out = []
    for i, (s, who) in enumerate(cuts):
        e = cuts[i + 1][0] if i + 1 < len(cuts) else end
        e = s + len(text[s:e].rstrip())
        if e > s:
            out.append((s, e, who))
    return out
