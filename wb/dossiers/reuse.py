"""Find passages copied (exactly or lightly edited) from earlier reports of the same dossier.

Algorithm (one pass over the corpus, no all-pairs comparison):

1. Reports are ordered by their date (then by name). Each text is split into word tokens
   (``\\w+``, lowercased, punctuation dropped) with character offsets, and into paragraphs
   (blank-line separated). A passage never crosses a paragraph boundary.
2. Every run of ``shingle_words`` consecutive words inside a paragraph is hashed to 64 bits.
   With numpy, each hash gets the number of reports and of dossiers it occurs in; hashes in
   one report only are dropped. Hashes in reports of at least ``boilerplate_dossiers``
   dossiers, or in at least ``boilerplate_share`` of all reports, are *boilerplate*.
3. Per dossier, in date order, an inverted index (hash -> earlier occurrences) gives seeds:
   (target position, earlier report, source position). Hashes with more than
   ``max_postings`` occurrences in one dossier are skipped.
4. Seeds are grouped per (target paragraph, source report, source paragraph); seeds whose
   target words lie within ``max_gap`` words of each other form one run, so changed, inserted
   or dropped words and sentences swapped inside the passage do not split it. The target span
   is the run's words; the source span runs from the first to the last matched source word.
   A run is a passage when it covers at least ``min_words`` target words.
5. Of the earlier reports that contain the passage (at least half as many matched words as
   the best one), ``source`` is the nearest earlier one; ``origin`` follows the chain: when the
   source span is itself a detected copy, its origin is taken over (A -> B -> C gives A).
6. A passage whose seeds are mostly (>= half) boilerplate hashes is flagged ``boilerplate``.
   Boilerplate paragraphs that have no earlier copy in their own dossier are matched against
   the nearest earlier report of another dossier that shares them (still flagged).

Offsets are character offsets into the text as read (:func:`wb.corpus.readers.read_document`),
trimmed to whole words. ``similarity`` is the Dice overlap of the word multisets of target and
source span (1.0 for an exact copy and for sentences only swapped).

Parts: :mod:`wb.dossiers.reuse_tokens` (tokens, paragraphs, spans),
:mod:`wb.dossiers.reuse_shingles` (shingle hashes and flags), :mod:`wb.dossiers.reuse_align`
(span edges, origins) and :mod:`wb.dossiers.reuse_detector` (:class:`ReuseDetector`). This
module keeps the entry points and the names callers import from it.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from wb.corpus.dossiers import Report, read_folder
from wb.dossiers.reuse_align import _chain_origin
from wb.dossiers.reuse_detector import ReuseDetector, _as_report, order_reports
from wb.dossiers.reuse_shingles import (
    doc_stats,
    hash_flags,
    repeated_shingles,
    shingle_hashes,
    source_paras,
)
from wb.dossiers.reuse_tokens import Passage, Span, _Doc, _Vocab

__all__ = [  # also the names callers import from here
    "Passage",
    "Report",
    "ReuseDetector",
    "Span",
    "_Doc",
    "_Vocab",
    "_as_report",
    "_chain_origin",
    "detect_reuse",
    "doc_stats",
    "hash_flags",
    "order_reports",
    "read_reports",
    "repeated_shingles",
    "shingle_hashes",
    "source_paras",
]


def read_reports(folder: Path) -> tuple[list[Report], list[str]]:
    """The reports of `folder` with dossier and date from metadata.csv, and Dutch warnings."""
    reports, _, warns = read_folder(folder)
    return reports, warns


def detect_reuse(
    folder: Path, *, cluster: Any = None, workers: int | None = None, **params: Any
) -> dict[str, Any]:
    """Copied passages in the reports of `folder` as the ``wb reuse --json`` document.

    With `cluster` (a Dask scheduler address, ``"local"`` with `workers`, or a
    ``distributed.Client``) the detection runs on that cluster, with the same result; see
    :mod:`wb.dossiers.reuse_dask` (needs ``pip install 'wb[cluster]'``).
    """
    if cluster is not None:
        from wb.dossiers.reuse_dask import detect_reuse_dask

        return detect_reuse_dask(folder, cluster, workers=workers, **params)
    from wb.corpus.dossiers import date_fix

    reports, warns = read_reports(Path(folder))
    detector = ReuseDetector(**params).fit(reports, date_fix=date_fix(folder))
    for message in warns + detector.warnings_:
        warnings.warn(message, UserWarning, stacklevel=2)
    return detector.to_dict()
