"""Python's regular-expression errors said in Dutch, for codebooks and label lists."""

from __future__ import annotations

#: The start of Python's (English) message, and what it means for the writer of a pattern.
KNOWN = (
    ("missing ), unterminated subpattern", "een haakje ( wordt niet gesloten"),
    ("unterminated character set", "een [ wordt niet gesloten met ]"),
    ("unbalanced parenthesis", "een haakje ) zonder ( ervoor"),
    ("nothing to repeat", "*, + of ? staat achter niets dat herhaald kan worden"),
    ("multiple repeat", "twee herhalingstekens achter elkaar (zoals ** of +*)"),
    ("bad escape", "een \\ met een letter die in een reguliere expressie niets betekent"),
    ("min repeat greater than max repeat", "in {n,m} is n groter dan m"),
    ("redefinition of group name", "dezelfde groepnaam staat er twee keer in"),
)


def dutch_regex_error(exc: Exception) -> str:
    """What is wrong with a pattern, in Dutch, with the position (1 = first character)."""
    text = str(getattr(exc, "msg", None) or exc)
    why = next((dutch for english, dutch in KNOWN if text.startswith(english)), None)
    if why is None:
        why = "controleer haakjes ( [ { en tekens als * + ? \\"
    pos = getattr(exc, "pos", None)
    return f"{why} (bij teken {pos + 1})" if isinstance(pos, int) else why
