"""After learning, the codebook's own suggestions stay (codes26, ``LEARNING_KEEPS``).

Learning from a researcher's codings only adds: every suggestion of the twin suggester that
learned nothing (same codebook, same corpus) is kept, unless the researcher rejected a sentence
much like it or the sentence already has the code, its parent or a child.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from wb.coding.neighbours import _has_relative
from wb.coding.sentence_kinds import sentence_features
from wb.coding.suggestion import Suggestion

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester


def keeping_plain(
    suggester: Suggester,
    name: str,
    doc: Doc,
    sents: list[Span],
    out: list[Suggestion],
    metadata: Mapping[str, object] | None,
) -> list[Suggestion]:
    """`out` plus what the twin that learned nothing suggests and learning took away,
    except where the researcher rejected a sentence like it or a relative code is there."""
    model = suggester.model_
    assert model is not None
    starts = [x.start_char for x in sents]
    given: dict[int, set[str]] = defaultdict(set)
    for s in out:
        given[max(0, bisect_right(starts, s.match_start) - 1)].add(s.code)
    kept = list(out)
    for s in suggester.plain_suggester().suggest_doc(name, doc, metadata):
        i = max(0, bisect_right(starts, s.match_start) - 1)
        if s.code in given[i] or _has_relative(s.code, given[i]):
            continue
        if model.rejected_like(s.code, sentence_features(sents[i]), pattern=True):
            continue
        given[i].add(s.code)
        kept.append(s)
    return kept


__all__ = ["keeping_plain"]
