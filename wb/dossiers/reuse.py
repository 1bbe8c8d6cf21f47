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
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from wb.corpus.dossiers import Report, in_order, read_folder
from wb.corpus.paragraphs import BLANK_LINES
from wb.errors import ConflictError, InvalidChoiceError

_SPLIT_RE = re.compile(r"(\w+)")
_PUNCT_RE = re.compile(r"[^\w\s]*")
_SOURCE_RATIO = 0.5  # an earlier report counts as containing a passage at >= half the best match
_BOILERPLATE_FRACTION = 0.5  # a passage is boilerplate when >= half of its seeds are
_SEED = 20240611


@dataclass(frozen=True)
class Span:
    """A character range [start, end) in one document."""

    doc: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """The span as a JSON-ready dict."""
        return {"doc": self.doc, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Passage:
    """A passage in `target` copied from `source`, first seen in `origin`."""

    target: Span
    source: Span
    origin: Span
    similarity: float
    boilerplate: bool

    def to_dict(self) -> dict[str, Any]:
        """The passage as a JSON-ready dict (the contract of ``wb reuse --json``)."""
        return {
            "target": self.target.to_dict(),
            "source": self.source.to_dict(),
            "origin": self.origin.to_dict(),
            "similarity": self.similarity,
            "boilerplate": self.boilerplate,
        }


class _Vocab:
    """Word ids: case-sensitive while reading, then lowercased ids, lengths and plainness."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, words: list[str]) -> np.ndarray:
        """Case-sensitive ids of `words`."""
        ids = self.ids
        return np.fromiter((ids.setdefault(w, len(ids)) for w in words), np.int32, len(words))

    def finish(self, docs: list[_Doc]) -> int:
        """Give `docs` lowercased ids, token ends and plain flags; the number of word types."""
        words = list(self.ids)
        lower_id, n_types = self.lower_ids(words)
        length = np.fromiter(map(len, words), np.int32, len(words))
        # plain words: not capitalised, no digits (names, dates, numbers recur without copying)
        plain = np.fromiter((w.isalpha() and w[0].islower() for w in words), bool, len(words))
        for d in docs:
            d.ends = d.starts + length[d.ids]
            d.plain = plain[d.ids]
            d.ids = lower_id[d.ids]
        self.ids = {}
        return n_types

    def lower_ids(self, words: list[str]) -> tuple[np.ndarray, int]:
        """Ids of the lowercased `words` (numbered in order) and the number of them."""
        lower: dict[str, int] = {}
        ids = np.fromiter((lower.setdefault(w.lower(), len(lower)) for w in words), np.int32)
        return ids, len(lower)


class _Doc:
    """Tokens of one report: ids, char offsets, paragraph numbers and shingle hashes."""

    __slots__ = (
        "dossier",
        "ends",
        "ids",
        "name",
        "para",
        "para_bounds",
        "para_chars",
        "plain",
        "starts",
        "text",
    )

    def __init__(self, report: Report, vocab: _Vocab):
        self.name = report.doc
        self.dossier = report.dossier
        self.text = text = report.text
        parts = _SPLIT_RE.split(text)  # separator, word, separator, word, ..., separator
        offsets = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
        self.starts = offsets[0::2][:-1].astype(np.int32)
        self.ids = vocab.encode(parts[1::2])  # case-sensitive ids until vocab.finish
        self.ends = self.plain = None
        found = list(BLANK_LINES.finditer(text))
        breaks = np.array([m.start() for m in found], np.int64)
        self.para = np.searchsorted(breaks, self.starts).astype(np.int32)
        # first token index of each paragraph number (paragraphs without words are empty)
        self.para_bounds = np.searchsorted(self.para, np.arange(len(breaks) + 2))
        # character start and end of each paragraph, whitespace trimmed
        lo = [0] + [m.end() for m in found]
        hi = [m.start() for m in found] + [len(text)]
        self.para_chars = [
            (a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip()))
            for a, b in zip(lo, hi, strict=True)
        ]

    def char_span(self, lo: int, hi: int) -> tuple[int, int]:
        """Characters of tokens [lo, hi): whole paragraph edges, else attached punctuation."""
        p = int(self.para[lo])
        first, last = self.para_bounds[p], self.para_bounds[p + 1]
        start, end = int(self.starts[lo]), int(self.ends[hi - 1])
        if lo == first:
            start = self.para_chars[p][0]
        else:
            while (
                start > 0
                and not self.text[start - 1].isspace()
                and not (self.text[start - 1].isalnum())
            ):
                start -= 1
        if hi == last:
            end = self.para_chars[p][1]
        else:
            end = _PUNCT_RE.match(self.text, end).end()
        return start, end


class ReuseDetector:
    """Detect copied passages between dated reports (scikit-learn style: fit, passages_).

    Parameters
    ----------
    min_words:
        Minimum number of matched plain words (lowercase, no digits: names, dates and numbers
        do not count) in a passage (default 15). Short recurring formulas
        ("De Raad concludeert dat de ontwikkeling van ... ernstig wordt bedreigd"), headers
        and name lines stay below it; copied paragraphs are longer.
    shingle_words:
        Words per hashed shingle (default 7). Each edited word breaks this many shingles;
        smaller values find more heavily edited copies but more chance matches.
    max_gap:
        Unmatched target words allowed inside a passage (default 15): a rewritten clause,
        updated words (a date) do not split a passage.
    boilerplate_dossiers:
        A shingle in reports of at least this many dossiers is boilerplate (default 2: a
        case-specific passage belongs to one family; templates, standard paragraphs and legal
        text recur across dossiers).
    boilerplate_share:
        A shingle in at least this share of all reports (and at least 3) is boilerplate too,
        whatever the dossiers (default 0.5; the only criterion when there is one dossier).
    max_postings:
        Shingles occurring more than this many times in one dossier are not used as seeds
        (default 50): they are formulas, not copies, and would make the index quadratic.
    snap_words:
        When a passage stops at most this many words from the start/end of its paragraph, it
        is extended to the paragraph edge (default 8: an edited first or last sentence); the
        source span grows by as many words, to a sentence boundary.
    min_run:
        A passage must contain at least this many consecutive identical words (default 10):
        copy-paste leaves long exact stretches, a paraphrase with shared phrases does not.
    """

    def __init__(
        self,
        *,
        min_words: int = 15,
        shingle_words: int = 7,
        max_gap: int = 15,
        boilerplate_dossiers: int = 2,
        boilerplate_share: float = 0.5,
        max_postings: int = 50,
        snap_words: int = 8,
        min_run: int = 10,
    ):
        self.min_words = min_words
        self.shingle_words = shingle_words
        self.max_gap = max_gap
        self.boilerplate_dossiers = boilerplate_dossiers
        self.boilerplate_share = boilerplate_share
        self.max_postings = max_postings
        self.snap_words = snap_words
        self.min_run = min_run

    # --- public -------------------------------------------------------------------------

    def get_params(self) -> dict[str, Any]:
        """The parameters given to ``__init__`` (scikit-learn style)."""
        names = ("min_words", "shingle_words", "max_gap", "boilerplate_dossiers")
        names += ("boilerplate_share", "max_postings", "snap_words", "min_run")
        return {name: getattr(self, name) for name in names}

    def fit(self, reports: Iterable[Report | tuple | Mapping[str, Any]]) -> ReuseDetector:
        """Find copied passages in `reports`; the result is in ``passages_`` (returns self)."""
        self._check_params()
        records = [_as_report(r) for r in reports]
        self.order_, self.warnings_ = order_reports(records)
        by_name = {r.doc: r for r in records}
        vocab = _Vocab()
        docs = [_Doc(by_name[name], vocab) for name in self.order_]
        if not docs:
            self.passages_ = []
            return self
        n_words = vocab.finish(docs)
        stats = self._hash_stats(docs, self._shingle_hashes(docs, n_words))
        dossiers: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            dossiers.setdefault(d.dossier, []).append(i)
        seeds = self._dossier_seeds(stats, dossiers)
        passages: list[list[Passage]] = [[] for _ in docs]
        for t in range(len(docs)):  # date order: a source's own passages are known
            passages[t] = self._passages_for(t, docs, stats[t], seeds.pop(t, None), passages)
        self.passages_ = [p for doc_passages in passages for p in doc_passages]
        return self

    def to_dict(self) -> dict[str, Any]:
        """The fitted result as the JSON document of ``wb reuse --json``."""
        return {"passages": [p.to_dict() for p in self.passages_]}

    # --- steps --------------------------------------------------------------------------

    def _check_params(self) -> None:
        if self.shingle_words < 2 or self.min_words < self.shingle_words:
            raise InvalidChoiceError(
                f"ongeldige instelling: shingle_words={self.shingle_words} moet minstens 2 zijn "
                f"en min_words={self.min_words} minstens even groot. Pas de waarden aan."
            )
        if self.boilerplate_dossiers < 2 or not 0 < self.boilerplate_share <= 1:
            raise InvalidChoiceError(
                "ongeldige instelling: boilerplate_dossiers moet minstens 2 zijn en "
                "boilerplate_share tussen 0 en 1 liggen. Pas de waarden aan."
            )

    def _shingle_hashes(self, docs: list[_Doc], n_words: int) -> np.ndarray:
        """64-bit hash of every shingle start, all docs concatenated; 0 across paragraphs."""
        rng = np.random.default_rng(_SEED)
        word_keys = np.frombuffer(rng.bytes(8 * max(n_words, 1)), dtype=np.uint64)
        k = self.shingle_words
        mults = np.frombuffer(rng.bytes(8 * k), dtype=np.uint64) | np.uint64(1)
        return np.concatenate([shingle_hashes(word_keys[d.ids], d.para, mults) for d in docs])

    def _hash_stats(self, docs: list[_Doc], h: np.ndarray) -> list[dict[str, np.ndarray]]:
        """Per doc: shingles shared within its dossier, boilerplate flags, previous other doc.

        Only shingles in two or more places are kept after one stable sort, so the rest of the
        work is on the (small) repeated part.
        """
        lengths = np.array([len(d.ids) for d in docs], dtype=np.int64)
        bounds = np.r_[0, np.cumsum(lengths)]
        rows, hs = repeated_shingles(h)
        doc = (np.searchsorted(bounds, rows, side="right") - 1).astype(np.int32)
        dossier_ids = {name: i for i, name in enumerate(dict.fromkeys(d.dossier for d in docs))}
        dos = np.array([dossier_ids[d.dossier] for d in docs], dtype=np.int32)[doc]
        if len(rows) == 0:  # no shingle occurs twice: nothing is shared, nothing is boilerplate
            empty = np.zeros(0, dtype=np.int32)
            return [
                {
                    "pos": empty,
                    "hash": np.zeros(0, dtype=np.uint64),
                    "boiler": np.zeros(len(d.ids), dtype=bool),
                    "cross": np.zeros((0, 3), dtype=np.int64),
                }
                for d in docs
            ]
        shared, boiler, prev_doc, prev_pos = hash_flags(
            hs,
            doc,
            dos,
            rows - bounds[doc],
            n_reports=len(docs),
            boilerplate_dossiers=self.boilerplate_dossiers,
            boilerplate_share=self.boilerplate_share,
        )
        # back to per-doc arrays, in position order
        back = np.argsort(rows, kind="stable")
        cuts = np.searchsorted(rows[back], bounds)
        out = []
        for i, d in enumerate(docs):
            sel = back[cuts[i] : cuts[i + 1]]
            pos = (rows[sel] - bounds[i]).astype(np.int32)
            out.append(
                doc_stats(
                    len(d.ids), pos, hs[sel], shared[sel], boiler[sel], prev_doc[sel], prev_pos[sel]
                )
            )
        return out

    def _dossier_seeds(
        self, stats: list[dict[str, np.ndarray]], dossiers: dict[str, list[int]]
    ) -> dict[int, np.ndarray]:
        """Per target doc an array of seeds (target pos, source doc, source pos) in its dossier."""
        seeds: dict[int, np.ndarray] = {}
        cap = self.max_postings
        for members in dossiers.values():
            if len(members) < 2:
                continue
            index: dict[int, list[tuple[int, int]]] = {}
            for t in members:
                found: list[tuple[int, int, int]] = []
                pairs = zip(stats[t]["pos"].tolist(), stats[t]["hash"].tolist(), strict=True)
                for p, hv in pairs:
                    postings = index.get(hv)
                    if postings is None:
                        index[hv] = [(t, p)]
                        continue
                    if len(postings) > cap:
                        continue
                    found.extend((p, s, sp) for s, sp in postings)
                    postings.append((t, p))
                if found:
                    seeds[t] = np.array(found, dtype=np.int64)
        return seeds

    def _passages_for(
        self,
        t: int,
        docs: list[_Doc],
        stats: dict[str, np.ndarray],
        seeds: np.ndarray | None,
        passages: list[list[Passage]],
    ) -> list[Passage]:
        """The passages of target doc `t` from its seeds (own dossier, else boilerplate)."""
        boiler = stats["boiler"]
        candidates = []
        if seeds is not None:
            candidates += self._runs(t, docs, seeds, boiler, same_dossier=True)
        if len(stats["cross"]):
            candidates += self._runs(t, docs, stats["cross"], boiler, same_dossier=False)
        return self._choose(t, docs, candidates, passages)

    def _runs(
        self,
        t: int,
        docs: list[_Doc],
        seeds: np.ndarray,
        boiler: np.ndarray,
        same_dossier: bool,
        s_para: np.ndarray | None = None,
    ) -> list[tuple]:
        """Candidate runs (t_para, t_lo, t_hi, src, s_lo, s_hi, covered, boiler share, same).

        `s_para`: the source paragraph of each seed when known (then the source reports are
        not needed here: only the target's tokens are).
        """
        k, target = self.shingle_words, docs[t]
        tp, src, sp = seeds[:, 0], seeds[:, 1], seeds[:, 2]
        t_para = target.para[tp]
        if s_para is None:
            s_para = source_paras(docs, src, sp)
        order = np.lexsort((tp, s_para, src, t_para))
        tp, src, sp, t_para, s_para = tp[order], src[order], sp[order], t_para[order], s_para[order]
        is_bp = boiler[tp]
        n = len(tp)
        key_break = np.r_[
            True, (t_para[1:] != t_para[:-1]) | (src[1:] != src[:-1]) | (s_para[1:] != s_para[:-1])
        ]
        gap_break = np.r_[True, tp[1:] - tp[:-1] - k > self.max_gap]
        starts = np.flatnonzero(key_break | gap_break)
        ends = np.r_[starts[1:], n]
        # a run needs min_run consecutive words, so at least this many seeds (cheap pre-filter)
        big = ends - starts >= max(1, self.min_run - k + 1)
        out = []
        plain = target.plain
        for a, b in zip(starts[big].tolist(), ends[big].tolist(), strict=True):
            run = tp[a:b]
            covered = k + int(np.minimum(np.diff(run), k).sum())
            if covered < self.min_words:
                continue
            marks = np.zeros(run[-1] - run[0] + k + 1, dtype=np.int32)
            np.add.at(marks, run - run[0], 1)
            np.add.at(marks, run - run[0] + k, -1)
            mask = np.cumsum(marks[:-1]) > 0
            if np.count_nonzero(mask & plain[run[0] : run[-1] + k]) < self.min_words:
                continue
            if _longest_stretch(run) + k - 1 < self.min_run:
                continue
            out.append(
                (
                    int(t_para[a]),
                    int(run[0]),
                    int(run[-1]) + k,
                    int(src[a]),
                    int(sp[a:b].min()),
                    int(sp[a:b].max()) + k,
                    covered,
                    float(is_bp[a:b].mean()),
                    same_dossier,
                )
            )
        return out

    def _choose(
        self, t: int, docs: list[_Doc], candidates: list[tuple], passages: list[list[Passage]]
    ) -> list[Passage]:
        """Per target region the nearest earlier source; spans, origin and flags."""
        return [self._passage(t, docs, w, passages) for w in self._pick(candidates)]

    def _pick(self, candidates: list[tuple]) -> list[tuple]:
        """The winning candidate run of each target region: the nearest earlier source.

        Needs no source report: a run carries its source rank and matched words.
        """
        candidates.sort(key=lambda c: (c[0], c[1]))
        clusters: list[list[tuple]] = []
        for c in candidates:
            if clusters and clusters[-1][0][0] == c[0] and c[1] < max(x[2] for x in clusters[-1]):
                clusters[-1].append(c)
            else:
                clusters.append([c])
        winners = []
        for cluster in clusters:
            same = [c for c in cluster if c[8]]
            pool = same if same and max(c[6] for c in same) >= self.min_words else cluster
            best = max(c[6] for c in pool)
            eligible = [c for c in pool if c[6] >= _SOURCE_RATIO * best]
            winners.append(max(eligible, key=lambda c: (c[3], c[6])))
        return winners

    def _passage(self, t: int, docs: Any, winner: tuple, passages: Any) -> Passage:
        """The passage of target `t` from its winning run: spans, origin and flags."""
        _, t_lo, t_hi, s, s_lo, s_hi, _, bp_share, in_dossier = winner
        t_lo, t_hi, s_lo, s_hi = self._extend(docs[t], docs[s], t_lo, t_hi, s_lo, s_hi)
        target = Span(docs[t].name, *docs[t].char_span(t_lo, t_hi))
        source = Span(docs[s].name, *docs[s].char_span(s_lo, s_hi))
        return Passage(
            target=target,
            source=source,
            origin=_chain_origin(source, passages[s]),
            similarity=_dice(docs[t].ids[t_lo:t_hi], docs[s].ids[s_lo:s_hi]),
            boilerplate=bool(bp_share >= _BOILERPLATE_FRACTION or not in_dossier),
        )

    def _extend(
        self, td: _Doc, sd: _Doc, t_lo: int, t_hi: int, s_lo: int, s_hi: int
    ) -> tuple[int, int, int, int]:
        """Grow spans over equal words, then snap to paragraph edges that are a few words off."""
        tb = td.para_bounds[td.para[t_lo]], td.para_bounds[td.para[t_lo] + 1]
        sb = sd.para_bounds[sd.para[s_lo]], sd.para_bounds[sd.para[s_lo] + 1]
        while t_lo > tb[0] and s_lo > sb[0] and td.ids[t_lo - 1] == sd.ids[s_lo - 1]:
            t_lo, s_lo = t_lo - 1, s_lo - 1
        while t_hi < tb[1] and s_hi < sb[1] and td.ids[t_hi] == sd.ids[s_hi]:
            t_hi, s_hi = t_hi + 1, s_hi + 1
        snap = self.snap_words
        if 0 < t_lo - tb[0] <= snap:  # target snaps; the source grows as far, to a sentence
            grow = t_lo - tb[0]
            t_lo = int(tb[0])
            s_lo = _grow_left(sd, s_lo, grow, int(sb[0]), 2 * snap)
        if 0 < tb[1] - t_hi <= snap:
            grow = tb[1] - t_hi
            t_hi = int(tb[1])
            s_hi = _grow_right(sd, s_hi, grow, int(sb[1]), 2 * snap)
        return t_lo, t_hi, s_lo, s_hi


def shingle_hashes(keys: np.ndarray, para: np.ndarray, mults: np.ndarray) -> np.ndarray:
    """Hash of the ``len(mults)`` words from every position (uint64 word `keys`); 0 = none.

    A shingle that crosses a paragraph (`para` numbers) or runs past the end has hash 0.
    """
    n, k = len(keys), len(mults)
    h = np.zeros(n, dtype=np.uint64)
    if n >= k:
        for j in range(k):
            h[: n - k + 1] += keys[j : j + n - k + 1] * mults[j]
        h[: n - k + 1][para[: n - k + 1] != para[k - 1 :]] = 0  # 0 = no shingle
    h[max(n - k + 1, 0) :] = 0
    return h


def repeated_shingles(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices into `h` of the hashes that occur twice or more (not 0), by hash then index."""
    order = np.argsort(h)
    hs = h[order]
    same = hs[1:] == hs[:-1]
    keep = (np.r_[same, False] | np.r_[False, same]) & (hs != 0)
    rows, hs = order[keep], hs[keep]
    del order, same, keep
    by_row = np.lexsort((rows, hs))  # by hash, then doc (date) order, then position
    return rows[by_row], hs[by_row]


def hash_flags(
    hs: np.ndarray,
    doc: np.ndarray,
    dos: np.ndarray,
    pos: np.ndarray,
    *,
    n_reports: int,
    boilerplate_dossiers: int,
    boilerplate_share: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per occurrence of a repeated shingle: shared, boilerplate, previous other doc and pos.

    The occurrences (hash `hs`, doc rank `doc`, dossier `dos`, position `pos`) are sorted by
    hash, doc, position and hold *every* occurrence of their hashes. ``shared``: another doc
    of the same dossier has the hash; ``boiler``: the hash is in at least
    `boilerplate_dossiers` dossiers or in at least `boilerplate_share` of the `n_reports`
    reports (and at least 3); ``prev_doc``/``prev_pos``: the previous doc (date order) with
    the hash and its last position there, when that doc is in another dossier (else -1).
    """
    m = len(hs)
    if m == 0:
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0, bool), np.zeros(0, bool), empty, empty
    new_h = np.r_[True, hs[1:] != hs[:-1]]
    new_hd = new_h | np.r_[True, doc[1:] != doc[:-1]]
    h_group = np.cumsum(new_h) - 1
    n_docs = np.bincount(h_group, weights=new_hd)[h_group]
    # distinct dossiers per hash and distinct docs per (hash, dossier)
    by_dos = np.lexsort((doc, dos, h_group))
    g2, s2, d2 = h_group[by_dos], dos[by_dos], doc[by_dos]
    new_hs = np.r_[True, (g2[1:] != g2[:-1]) | (s2[1:] != s2[:-1])]
    new_hsd = new_hs | np.r_[True, d2[1:] != d2[:-1]]
    hs_group = np.cumsum(new_hs) - 1
    n_dossiers = np.empty(m)
    n_dossiers[by_dos] = np.bincount(g2, weights=new_hs)[g2]
    shared = np.empty(m, dtype=bool)
    shared[by_dos] = np.bincount(hs_group, weights=new_hsd)[hs_group] >= 2
    del by_dos, g2, s2, d2, new_hs, new_hsd, hs_group
    threshold = max(3.0, boilerplate_share * n_reports)
    boiler = (n_dossiers >= boilerplate_dossiers) | (n_docs >= threshold)
    # previous doc (by date) holding the hash, when it is in another dossier
    group_start = np.maximum.accumulate(np.where(new_hd, np.arange(m), 0))
    before = np.maximum(group_start - 1, 0)
    prev_ok = (group_start > 0) & ~new_h[group_start] & (dos[before] != dos)
    prev_doc = np.where(prev_ok, doc[before], -1).astype(np.int64)
    prev_pos = pos[before].astype(np.int64)
    return shared, boiler, prev_doc, prev_pos


def doc_stats(
    n_tokens: int,
    pos: np.ndarray,
    hs: np.ndarray,
    shared: np.ndarray,
    boiler: np.ndarray,
    prev_doc: np.ndarray,
    prev_pos: np.ndarray,
) -> dict[str, np.ndarray]:
    """The per-doc seed input from its repeated shingles (all arrays in position order)."""
    flags = np.zeros(n_tokens, dtype=bool)
    flags[pos] = boiler
    cross = boiler & (prev_doc >= 0)
    return {
        "pos": pos[shared],
        "hash": hs[shared],
        "boiler": flags,
        "cross": np.stack([pos[cross], prev_doc[cross], prev_pos[cross]], axis=1).astype(np.int64),
    }


def source_paras(docs: Any, src: np.ndarray, sp: np.ndarray) -> np.ndarray:
    """Paragraph numbers of source positions `sp` in docs `src` (docs: list or dict)."""
    out = np.empty(len(src), dtype=np.int32)
    for s in np.unique(src).tolist():
        mask = src == s
        out[mask] = docs[s].para[sp[mask]]
    return out


def _longest_stretch(run: np.ndarray) -> int:
    """Length of the longest series of consecutive shingle starts in sorted `run`."""
    starts = np.unique(run)
    breaks = np.flatnonzero(np.diff(starts) != 1)
    edges = np.r_[-1, breaks, len(starts) - 1]
    return int(np.diff(edges).max())


def _sentence_end(doc: _Doc, i: int) -> bool:
    """True when token `i` ends a sentence (followed by . ! ? or the end of the text)."""
    end = int(doc.ends[i])
    return end >= len(doc.text) or doc.text[end] in ".!?;:"


def _grow_left(doc: _Doc, lo: int, grow: int, edge: int, reach: int) -> int:
    """Move `lo` back by up to `grow` words, to a sentence start or the paragraph edge."""
    if lo - edge <= reach:
        return edge
    for j in range(lo - grow, lo):
        if _sentence_end(doc, j - 1):
            return j
    return lo - grow


def _grow_right(doc: _Doc, hi: int, grow: int, edge: int, reach: int) -> int:
    """Move `hi` on by up to `grow` words, to a sentence end or the paragraph edge."""
    if edge - hi <= reach:
        return edge
    for j in range(hi + grow - 1, hi - 1, -1):
        if _sentence_end(doc, j):
            return j + 1
    return hi + grow


def _chain_origin(source: Span, earlier: list[Passage]) -> Span:
    """The origin of `source` when it is itself a copy (>= half overlap), else `source`."""
    best, best_overlap = None, 0
    for p in earlier:
        overlap = min(p.target.end, source.end) - max(p.target.start, source.start)
        shorter = min(p.target.end - p.target.start, source.end - source.start)
        if overlap > best_overlap and overlap >= 0.5 * shorter:
            best, best_overlap = p, overlap
    return best.origin if best is not None else source


def _dice(a: np.ndarray, b: np.ndarray) -> float:
    """Dice overlap of two word multisets, rounded to 3 decimals."""
    if not len(a) and not len(b):
        return 1.0
    common = sum((Counter(a.tolist()) & Counter(b.tolist())).values())
    return round(2 * common / (len(a) + len(b)), 3)


def _as_report(record: Report | tuple | Mapping[str, Any]) -> Report:
    if isinstance(record, Report):
        return record
    if isinstance(record, Mapping):
        return Report(
            str(record["doc"]), str(record.get("dossier") or ""), record.get("date"), record["text"]
        )
    doc, dossier, date, text = record
    return Report(str(doc), str(dossier or ""), date, text)


def order_reports(reports: list[Report]) -> tuple[list[str], list[str]]:
    """Document names by date, then name (undated last, by name) and Dutch warnings."""
    names = [r.doc for r in reports]
    if len(set(names)) != len(names):
        double = sorted({n for n in names if names.count(n) > 1})
        raise ConflictError(f"documentnamen komen dubbel voor: {', '.join(double)}. Maak ze uniek.")
    ordered = [r.doc for r in in_order(reports)]
    undated = sorted(r.doc for r in reports if r.date is None)
    warns = []
    if undated:
        shown = ", ".join(undated[:5]) + (" …" if len(undated) > 5 else "")
        warns.append(
            f"{len(undated)} rapport(en) zonder datum ({shown}); die worden na de gedateerde "
            "rapporten op naam geordend. Vul de kolom 'date' in metadata.csv in."
        )
    return ordered, warns


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
    reports, warns = read_reports(Path(folder))
    detector = ReuseDetector(**params).fit(reports)
    for message in warns + detector.warnings_:
        warnings.warn(message, UserWarning, stacklevel=2)
    return detector.to_dict()
