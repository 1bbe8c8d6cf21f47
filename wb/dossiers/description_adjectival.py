"""A word the label patterns read as an adjective: ADJ, or an uninflected present participle.

UD Dutch tags a present participle VERB (VerbForm=Part) unless Alpino's lexicon lists the word
as an adjective ("bedroevend", "intimiderend" are VERB in the treebanks, "spannend" is ADJ), and
wb's tagger follows that; as a predicate or a grading word the participle does the work of an
adjective ("Ik vind haar vervelend", "Pubers zijn ontzettend lastig"). The tagger is left as the
treebanks want it; the patterns ask for this instead of ``pos_ == "ADJ"`` (labels48).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from wb.dossiers.lexicon import fold


def is_adjectival(token: Any) -> bool:
    """Whether token is ADJ or an uninflected present participle ("vervelend", "ontzettend")."""
    if token.pos_ == "ADJ":
        return True
    return (
        token.pos_ == "VERB"
        and "Part" in token.morph.get("VerbForm")
        and fold(token.text).endswith("end")
    )


def grades_next(doc: Doc, k: int, judges: Callable[[Doc, int], bool]) -> bool:
    """Whether doc[k] is an uninflected adjective (or participle) that is no judgement itself
    (`judges` says which is one) before another adjective: it grades that one ("ontzettend
    vervelend", "bijzonder brutaal"); not "slecht bereikbaar" when slecht judges."""
    return (
        is_adjectival(doc[k])
        and k + 1 < len(doc)
        and is_adjectival(doc[k + 1])
        and not fold(doc[k].text).endswith("e")
        and not judges(doc, k)
    )


__all__ = ["grades_next", "is_adjectival"]
