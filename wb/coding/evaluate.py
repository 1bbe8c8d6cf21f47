"""How good are a codebook's suggestions? Recall and precision against sentences coded by hand.

The unit is a sentence with a code. A gold file (JSON lines) lists every sentence of the coded
documents with its codes, also the sentences without any (``"codes": []``), so that a suggestion
in an uncoded sentence counts against precision::

    {"doc": "notulen/x.txt", "start": 0, "end": 57, "codes": ["A/B"], "context": []}

``start``/``end`` are Python str indices into the document's text. ``context`` lists the codes
of ``codes`` the coder gave only because of the sentences around it ("Elke dinsdag." in a
grandfather's story); the others the sentence shows by itself. A suggestion belongs to the gold
sentence in which its match starts.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wb.coding.coded_whole import sentence_codes
from wb.coding.suggest import Suggestion
from wb.errors import ReadError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class GoldSentence:
    """One sentence coded by hand: where it is and which codes it has."""

    doc: str
    start: int
    end: int
    codes: frozenset[str]
    context: frozenset[str] = frozenset()  # codes given only because of the sentences around


Gold = dict[str, list[GoldSentence]]  # document -> its sentences in text order


@dataclass(frozen=True)
class Scores:
    """Recall and precision of suggestions, over (document, sentence, code)."""

    recall: float  # of all codings in the gold
    recall_explicit: float  # of the codings a sentence shows by itself
    precision: float
    n_gold: int
    n_explicit: int
    n_suggested: int
    n_right: int
    missed: Counter[str] = field(default_factory=Counter)  # code -> codings not suggested
    wrong: Counter[str] = field(default_factory=Counter)  # code -> suggestions not in the gold


def load_gold(path: str | Path) -> Gold:
    """The gold sentences of a JSON-lines file, by document, in text order."""
    path = Path(path)
    gold: Gold = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            codes = frozenset(row["codes"])
            sentence = GoldSentence(
                row["doc"], int(row["start"]), int(row["end"]), codes, frozenset(row["context"])
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ReadError(
                f"geen geldige goudregel ({exc}). Elke regel is een JSON-object met doc, start, "
                "end, codes en context.",
                path=path,
                line=number,
            ) from None
        if not sentence.context <= codes:
            raise ReadError(
                "'context' noemt een code die niet in 'codes' staat.", path=path, line=number
            )
        gold.setdefault(sentence.doc, []).append(sentence)
    for sentences in gold.values():
        sentences.sort(key=lambda s: s.start)
    return gold


def gold_codings(gold: Gold, *, explicit: bool = False) -> set[tuple[str, int, str]]:
    """(document, sentence index, code) of every gold coding (only explicit ones if asked)."""
    return {
        (doc, i, code)
        for doc, sentences in gold.items()
        for i, s in enumerate(sentences)
        for code in (s.codes - s.context if explicit else s.codes)
    }


def gold_as_codings(sentences: Iterable[GoldSentence]) -> list[tuple[str, int, int]]:
    """The (code, start, end) codings of a coder who coded a document as its gold says."""
    return [(code, s.start, s.end) for s in sentences for code in sorted(s.codes)]


def gold_sentence_codes(sentences: Iterable[GoldSentence], doc: Doc) -> list[set[str]]:
    """Per sentence with text of `doc`, the codes a coding session learns from it when the
    document, coded as its gold says, is marked done (:func:`wb.coding.coded_whole.sentence_codes`:
    the codes of every gold sentence it overlaps)."""
    return sentence_codes(doc, gold_as_codings(sentences))


def sentence_index(starts: list[int], pos: int) -> int:
    """Index of the sentence (given by its sorted start offsets) in which `pos` lies."""
    return max(0, bisect_right(starts, pos) - 1)


def sentence_start(sent: Span) -> int:
    """Offset of a sentence span's first non-space character (where a gold sentence starts)."""
    return sent.start_char + len(sent.text) - len(sent.text.lstrip())


def suggested_codings(suggestions: Iterable[Suggestion], gold: Gold) -> set[tuple[str, int, str]]:
    """(document, sentence index, code) of the suggestions in the gold's documents."""
    starts = {doc: [s.start for s in sentences] for doc, sentences in gold.items()}
    return {
        (s.doc, sentence_index(starts[s.doc], s.match_start), s.code)
        for s in suggestions
        if s.doc in starts
    }


def score_suggestions(suggestions: Iterable[Suggestion], gold: Gold) -> Scores:
    """Recall (all codings and explicit ones) and precision of suggestions against the gold."""
    truth = gold_codings(gold)
    explicit = gold_codings(gold, explicit=True)
    pred = suggested_codings(suggestions, gold)
    right = pred & truth
    return Scores(
        recall=len(right) / len(truth) if truth else 0.0,
        recall_explicit=len(pred & explicit) / len(explicit) if explicit else 0.0,
        precision=len(right) / len(pred) if pred else 0.0,
        n_gold=len(truth),
        n_explicit=len(explicit),
        n_suggested=len(pred),
        n_right=len(right),
        missed=Counter(code for _, _, code in truth - pred),
        wrong=Counter(code for _, _, code in pred - truth),
    )


__all__ = [
    "Gold",
    "GoldSentence",
    "Scores",
    "gold_as_codings",
    "gold_codings",
    "gold_sentence_codes",
    "load_gold",
    "score_suggestions",
    "sentence_index",
    "suggested_codings",
]
