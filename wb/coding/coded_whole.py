"""Learning from documents a coder marked done ("Document klaar"): coded whole (codes17).

A coding session and ``wb code --coder`` read a document marked done the same way: each of its
sentences with text gets the codes of the coder's codings that overlap it, and every other code
counts as refused there (``Suggester.learn_document``, which also teaches the reach of the
codings, :mod:`wb.coding.coder_reach`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from wb.coding.reaching import text_sentences

if TYPE_CHECKING:
    from wb.coding.suggest import Suggester


def sentence_codes(doc: Doc, codings: Iterable[tuple[str, int, int]]) -> list[set[str]]:
    """Per sentence with text of `doc`, the codes of the (code, start, end) codings over it."""
    sents = text_sentences(doc)
    codes: list[set[str]] = [set() for _ in sents]
    for code, start, end in codings:
        for k, s in enumerate(sents):
            if s.start_char < end and start < s.end_char:
                codes[k].add(code)
    return codes


def learn_whole(
    suggester: Suggester,
    name: str,
    doc: Doc,
    codings: Iterable[tuple[str, int, int]],
    metadata: Mapping[str, object] | None = None,
) -> None:
    """Let `suggester` learn from a document coded whole with these codings."""
    suggester.learn_document(name, doc, sentence_codes(doc, codings), metadata)


__all__ = ["learn_whole", "sentence_codes"]
