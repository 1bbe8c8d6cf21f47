"""The single-machine copied-passage detector (:class:`ReuseDetector`) and report order.

The algorithm is described in :mod:`wb.dossiers.reuse`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np

from wb.corpus.dossiers import Report, in_order
from wb.dossiers.reuse_align import (
    _chain_origin,
    _dice,
    _grow_left,
    _grow_right,
    _longest_stretch,
)
from wb.dossiers.reuse_shingles import (
    doc_stats,
    hash_flags,
    repeated_shingles,
    shingle_hashes,
    source_paras,
)
from wb.dossiers.reuse_tokens import Passage, Span, _Doc, _Vocab
from wb.errors import ConflictError, InvalidChoiceError

DATE_FIX = "Vul de kolom 'date' in metadata.csv in."  # what to do, for reports in memory

_SOURCE_RATIO = 0.5  # an earlier report counts as containing a passage at >= half the best match
_BOILERPLATE_FRACTION = 0.5  # a passage is boilerplate when >= half of its seeds are
_SEED = 20240611


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

    def fit(
        self, reports: Iterable[Report | tuple | Mapping[str, Any]], *, date_fix: str = DATE_FIX
    ) -> ReuseDetector:
        """Find copied passages in `reports`; the result is in ``passages_`` (returns self).

        ``warnings_`` names the undated reports that share a passage (their order decides the
        source), ending with `date_fix`: what to do."""
        self._check_params()
        records = [_as_report(r) for r in reports]
        self.order_, _ = order_reports(records)
        by_name = {r.doc: r for r in records}
        vocab = _Vocab()
        docs = [_Doc(by_name[name], vocab) for name in self.order_]
        if not docs:
            self.passages_, self.warnings_ = [], []
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
        self.warnings_ = undated_in_passages(records, self.passages_, date_fix)
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
        warns.append(undated_warning(len(undated), undated[:5]))
    return ordered, warns


def undated_warning(n: int, first: list[str], fix: str = DATE_FIX, *, shared: bool = False) -> str:
    """The Dutch warning for `n` reports without a date, naming the `first` few (sorted);
    `fix` says what to do (:func:`wb.corpus.dossiers.date_fix` for a folder); `shared`: they
    share passages with other reports, so the order decides which one is the source."""
    shown = ", ".join(first[:5]) + (" …" if n > 5 else "")
    if n == 1:
        why = " en deelt passages met andere rapporten: welk rapport de bron is, volgt uit die "
        return (
            f"1 rapport zonder datum ({shown}); dat wordt na de gedateerde rapporten geordend"
            f"{why + 'volgorde' if shared else ''}. {fix}"
        )
    why = ", en ze delen passages met andere rapporten: welk rapport de bron is, volgt uit die "
    return (
        f"{n} rapporten zonder datum ({shown}); die worden na de gedateerde rapporten op naam "
        f"geordend{why + 'volgorde' if shared else ''}. {fix}"
    )


def undated_in_passages(
    reports: list[Report], passages: list[Passage], fix: str = DATE_FIX
) -> list[str]:
    """The undated warning for the reports without a date that share a passage with another
    report (only there the order decides which text was first); [] when none does."""
    involved = {p.target.doc for p in passages} | {p.source.doc for p in passages}
    undated = sorted(r.doc for r in reports if r.date is None and r.doc in involved)
    if not undated:
        return []
    return [undated_warning(len(undated), undated[:5], fix, shared=True)]
