"""Inter-coder agreement on characters: percent agreement, Cohen's kappa, Krippendorff's alpha.

Definitions (the same as NVivo's coding comparison, unless noted):

* **Unit** = one character of a document. For code X, coder K's value on a character is 1 when
  the character lies inside at least one of K's codings with X (overlapping or touching codings
  of one coder count once), else 0. Not coding a character is a value (0), not missing data.
  Codes are compared as they are: coding a child code does not count for its parent.
* **Documents**: all documents in the project (``documents="all"``, NVivo counts every
  character of each source), or only the documents in which at least one of the compared
  coders coded something (``documents="coded"``), or an explicit list of ids / paths.
* **Codes**: every code that at least one of the compared coders used in those documents; a
  code nobody used is left out (it would only add agreement on empty text).
* **Pooling**: character counts are summed over documents (a pooled 2x2 table per code and
  pair of coders), not averaged per document.
* **Percent agreement** = 100 * (characters where both agree) / (all characters), 0-100.
* **Cohen's kappa** = (po - pe) / (1 - pe) from the pooled 2x2 table. When pe == 1 (both coders
  coded none, or both coded all of the characters) po is also 1 and kappa is defined as 1.0,
  as NVivo reports.
* **Krippendorff's alpha** (nominal) on the same units with values {0, 1}, computed from the
  coincidence matrix over all compared coders (per pair in the pair rows). Every coder has a
  value for every character, so there is no missing data. When there is no variation at all
  (alpha undefined; the ``krippendorff`` package raises) alpha is defined as 1.0, like kappa.
* **Overall**: the 2x2 tables of all codes (and, with more than two coders, of all pairs) are
  summed; percent agreement and kappa come from that pooled table. ``kappa_mean`` is the plain
  mean of the kappas of all (code, pair) rows (every code is measured on the same characters,
  so this equals a size-weighted average over codes). Overall alpha pools the coincidences
  of all codes: a unit is a (character, code) pair, judged by all coders.
* Only active codings count; orphaned codings (their text changed) are left out.

The computation works on interval boundaries (numpy), never on single characters: for each
code the characters are counted per combination of coder values in one sweep.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from wb.errors import InvalidChoiceError, NothingToDoError, UnknownItemError
from wb.store.codebooks import code_rows
from wb.store.codings import active_codings_frame
from wb.store.codings import coders as coder_list
from wb.store.documents import documents_frame, get_document

if TYPE_CHECKING:
    import pandas as pd

    from wb.store.project import Project

Documents = Literal["all", "coded"] | Sequence[int | str]
MAX_CODERS = 30
PAIR_COLUMNS = [
    "code",
    "coder_a",
    "coder_b",
    "percent_agreement",
    "kappa",
    "alpha",
    "chars_a",
    "chars_b",
    "chars_both",
    "chars_total",
]
DISAGREEMENT_COLUMNS = [
    "doc_id",
    "corpus",
    "document",
    "code",
    "start",
    "end",
    "text",
    "coded_by",
    "a_spans",
    "a_text",
    "b_spans",
    "b_text",
]

DUTCH_COLUMNS = {
    "code": "code",
    "coder_a": "codeur A",
    "coder_b": "codeur B",
    "percent_agreement": "overeenstemming (%)",
    "kappa": "kappa",
    "alpha": "alfa",
    "chars_a": "tekens A",
    "chars_b": "tekens B",
    "chars_both": "tekens samen",
    "chars_total": "tekens totaal",
    "doc_id": "id",
    "corpus": "corpus",
    "document": "document",
    "start": "begin",
    "end": "eind",
    "text": "tekst",
    "coded_by": "alleen gecodeerd door",
    "a_spans": "stukken A",
    "a_text": "tekst A",
    "b_spans": "stukken B",
    "b_text": "tekst B",
}
OVERALL_DUTCH = {
    "percent_agreement": "overeenstemming (%)",
    "kappa": "kappa",
    "kappa_mean": "gemiddelde kappa per code",
    "alpha": "alfa",
    "documents": "documenten",
    "characters": "tekens",
    "codes": "codes",
}


@dataclass
class AgreementResult:
    """Agreement per code and pair of coders, per code over all coders, and overall."""

    coders: list[str]
    per_code: pd.DataFrame  # one row per (code, pair of coders): PAIR_COLUMNS
    alpha_per_code: pd.DataFrame  # one row per code: code, alpha (all coders)
    pairs: pd.DataFrame  # one row per pair of coders, pooled over codes
    overall: dict[
        str, Any
    ]  # percent_agreement, kappa, kappa_mean, alpha, documents, characters, codes

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict (floats rounded to 4 decimals, percent agreement as 0-100)."""
        keys = ["code", "coder_a", "coder_b", "percent_agreement", "kappa", "alpha"]
        pair_keys = ["coder_a", "coder_b", "percent_agreement", "kappa", "alpha"]
        return {
            "coders": list(self.coders),
            "per_code": [_rounded(row) for row in self.per_code[keys].to_dict("records")],
            "overall": _rounded(self.overall),
            "pairs": [_rounded(row) for row in self.pairs[pair_keys].to_dict("records")],
            "alpha_per_code": [_rounded(r) for r in self.alpha_per_code.to_dict("records")],
        }


def in_dutch(table: pd.DataFrame) -> pd.DataFrame:
    """The same table with Dutch column names (the JSON contract keeps the English keys)."""
    return table.rename(columns=DUTCH_COLUMNS)


def agreement_table(result: AgreementResult) -> pd.DataFrame:
    """Agreement per code and pair of coders, in Dutch, rounded for reading."""
    keys = ["code", "coder_a", "coder_b", "percent_agreement", "kappa", "alpha"]
    table = result.per_code[keys].round({"percent_agreement": 1, "kappa": 3, "alpha": 3})
    return in_dutch(table)


def overall_table(result: AgreementResult) -> pd.DataFrame:
    """The overall agreement as a two-column Dutch table (maat, waarde)."""
    import pandas as pd

    names = [OVERALL_DUTCH.get(key, key) for key in result.overall]
    values = [round(v, 3) if isinstance(v, float) else v for v in result.overall.values()]
    return pd.DataFrame({"waarde": pd.Series(values, index=names, dtype=object)}).rename_axis(
        "maat"
    )


def _rounded(row: dict[str, Any]) -> dict[str, Any]:
    return {k: round(float(v), 4) if isinstance(v, float) else _plain(v) for k, v in row.items()}


def _plain(value: Any) -> Any:
    return value.item() if isinstance(value, np.generic) else value


# -- loading ---------------------------------------------------------------------------------
@dataclass
class _Data:
    coders: list[str]
    docs: pd.DataFrame  # id, corpus, path, n_chars, offset (global position of character 0)
    codings: pd.DataFrame  # doc_id, label, coder, start, end (active codings of `coders`)


def _load(project: Project, coders: Sequence[str] | None, documents: Documents) -> _Data:
    """Active codings of the chosen coders in the chosen documents, with code labels."""

    codings = active_codings_frame(project)
    with_codings = sorted(set(codings["coder"]))
    coders = _check_coders(project, coders, with_codings)
    codings = codings[codings["coder"].isin(coders)]
    docs = documents_frame(project)
    if isinstance(documents, str) and documents == "coded":
        docs = docs[docs["id"].isin(codings["doc_id"])]
    elif not isinstance(documents, str):
        ids = {ref if isinstance(ref, int) else get_document(project, ref).id for ref in documents}
        unknown = ids - set(docs["id"])
        if unknown:
            raise UnknownItemError(f"document {min(unknown)} bestaat niet in dit project.")
        docs = docs[docs["id"].isin(ids)]
    elif documents != "all":
        raise InvalidChoiceError(
            f"kies documents='all', 'coded' of een lijst documenten, niet {documents!r}."
        )
    docs = docs[docs["n_chars"] > 0].reset_index(drop=True)
    if docs.empty:
        raise NothingToDoError(
            "er zijn geen documenten (met tekst) om te vergelijken; importeer documenten of "
            "kies andere documenten."
        )
    docs["offset"] = np.concatenate([[0], np.cumsum(docs["n_chars"].to_numpy())[:-1]])
    codings = codings[codings["doc_id"].isin(docs["id"])].copy()
    if codings.empty:
        raise NothingToDoError(
            f"de codeurs {', '.join(coders)} hebben in deze documenten niets gecodeerd; "
            "er is niets te vergelijken."
        )
    codings["label"] = codings["code_id"].map(_code_labels(project))
    return _Data(coders, docs, codings[["doc_id", "label", "coder", "start", "end"]])


def _check_coders(
    project: Project, coders: Sequence[str] | None, with_codings: list[str]
) -> list[str]:
    """The coders to compare, checked against the project; Dutch errors for the user."""
    if coders is None:
        if len(with_codings) < 2:
            if with_codings:
                who = f"in dit project heeft alleen {with_codings[0]} gecodeerd"
            else:
                who = "in dit project heeft nog niemand gecodeerd"
            raise NothingToDoError(
                "voor overeenstemming zijn coderingen van minstens twee codeurs nodig; "
                f"{who}. Laat een tweede codeur dezelfde documenten coderen.",
                path=project.path,
            )
        coders = with_codings
    known = {name for _, name in coder_list(project)}
    names = [c.strip() for c in coders]
    for name in names:
        if name not in known:
            existing = ", ".join(sorted(known)) or "geen"
            raise UnknownItemError(
                f"codeur '{name}' komt niet voor in dit project; bestaande codeurs: {existing}.",
                path=project.path,
            )
    if len(set(names)) < 2:
        raise InvalidChoiceError(
            "geef minstens twee verschillende codeurs op om te vergelijken.", path=project.path
        )
    if len(set(names)) > MAX_CODERS:
        raise InvalidChoiceError(
            f"vergelijk hoogstens {MAX_CODERS} codeurs tegelijk.", path=project.path
        )
    return list(dict.fromkeys(names))


def _code_labels(project: Project) -> dict[int, str]:
    """Code id -> its path, prefixed with 'codebook:' when the path occurs in several books."""
    rows = code_rows(project)
    count: dict[str, int] = {}
    for _, path, _ in rows:
        count[path] = count.get(path, 0) + 1
    return {i: path if count[path] == 1 else f"{book}:{path}" for i, path, book in rows}


# -- counting --------------------------------------------------------------------------------
def _merge(group: np.ndarray, s: np.ndarray, e: np.ndarray, big: int) -> tuple[np.ndarray, ...]:
    """Union of intervals per group (overlapping or touching ones join): (group, start, end)."""
    order = np.lexsort((s, group))
    group, s, e = group[order], s[order], e[order]
    reach = np.maximum.accumulate(group * big + e)  # furthest end so far, per group
    new = np.ones(len(s), dtype=bool)
    new[1:] = group[1:] * big + s[1:] > reach[:-1]
    first = np.flatnonzero(new)
    return group[first], s[first], np.maximum.reduceat(e, first)


def _tuple_counts(data: _Data) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, int]:
    """Characters per (code, combination of coder values): codes, code_idx, mask, count, N.

    Bit k of `mask` is coder k's value; mask 0 (nobody coded) is included.
    """
    c = data.codings
    total = int(data.docs["n_chars"].sum())
    big = total + 1
    codes = sorted(set(c["label"]))
    code_idx = c["label"].map({name: i for i, name in enumerate(codes)}).to_numpy(np.int64)
    coder_idx = c["coder"].map({name: i for i, name in enumerate(data.coders)}).to_numpy(np.int64)
    offset = c["doc_id"].map(dict(zip(data.docs["id"], data.docs["offset"], strict=True)))
    start = offset.to_numpy(np.int64) + c["start"].to_numpy(np.int64)
    end = offset.to_numpy(np.int64) + c["end"].to_numpy(np.int64)
    m = len(data.coders)
    group, ms, me = _merge(code_idx * m + coder_idx, start, end, big)
    bit = np.left_shift(np.int64(1), group % m)
    ev_code = np.concatenate([group // m, group // m])
    ev_pos = np.concatenate([ms, me])
    ev_delta = np.concatenate([bit, -bit])
    order = np.lexsort((ev_pos, ev_code))
    ev_code, ev_pos = ev_code[order], ev_pos[order]
    mask = np.cumsum(ev_delta[order])[:-1]
    length = np.diff(ev_pos)
    keep = (length > 0) & (ev_code[1:] == ev_code[:-1]) & (mask > 0)
    key = ev_code[:-1][keep] * (np.int64(1) << m) + mask[keep]
    uniq, inverse = np.unique(key, return_inverse=True)
    counts = np.bincount(inverse, weights=length[keep]).astype(np.int64)
    covered = np.bincount(uniq >> m, weights=counts, minlength=len(codes)).astype(np.int64)
    code_out = np.concatenate([uniq >> m, np.arange(len(codes))])
    mask_out = np.concatenate([uniq & ((np.int64(1) << m) - 1), np.zeros(len(codes), np.int64)])
    count_out = np.concatenate([counts, total - covered])
    return codes, code_out, mask_out, count_out, total


def kappa_from_table(n11: int, n10: int, n01: int, n00: int) -> float:
    """Cohen's kappa of a 2x2 table of characters; 1.0 when pe == 1 (no variation)."""
    n = n11 + n10 + n01 + n00
    a, b = n11 + n10, n11 + n01
    pe_num = a * b + (n - a) * (n - b)  # pe * n**2, exact
    if pe_num == n * n:
        return 1.0
    return ((n11 + n00) * n - pe_num) / (n * n - pe_num)


def alpha_binary(o01: float, n1: float, n: float) -> float:
    """Nominal alpha for values {0, 1}: o01 = off-diagonal coincidences, n1 = ones, n = values."""
    n0 = n - n1
    if n0 * n1 == 0:
        return 1.0
    return float(1.0 - (n - 1) * o01 / (n0 * n1))


# -- public API ------------------------------------------------------------------------------
def agreement(
    project: Project, coders: Sequence[str] | None = None, *, documents: Documents = "all"
) -> AgreementResult:
    """Percent agreement, kappa and alpha per code and pair of coders, and overall."""
    import pandas as pd

    data = _load(project, coders, documents)
    codes, code_idx, mask, count, total = _tuple_counts(data)
    m, n_codes = len(data.coders), len(codes)
    bits = (mask[:, None] >> np.arange(m)) & 1  # (rows, coders)

    def per_code(weights: np.ndarray) -> list[int]:
        return np.bincount(code_idx, weights=weights, minlength=n_codes).astype(np.int64).tolist()

    chars = [per_code(count * bits[:, k]) for k in range(m)]
    rows, pair_rows, all_tables = [], [], np.zeros(4, dtype=object)
    for i, j in combinations(range(m), 2):
        both = per_code(count * bits[:, i] * bits[:, j])
        pair_table = np.zeros(4, dtype=object)
        for c, code in enumerate(codes):
            a, b, ab = chars[i][c], chars[j][c], both[c]
            table = np.array([ab, a - ab, b - ab, total - a - b + ab], dtype=object)
            pair_table += table
            rows.append([code, data.coders[i], data.coders[j], *_scores(table), a, b, ab, total])
        all_tables += pair_table
        pair_rows.append([data.coders[i], data.coders[j], *_scores(pair_table)])
    per_code_df = pd.DataFrame(rows, columns=PAIR_COLUMNS)

    ones = bits.sum(axis=1)
    o01 = count * ones * (m - ones) / (m - 1)
    o01_code = np.bincount(code_idx, weights=o01, minlength=n_codes)
    ones_code = np.bincount(code_idx, weights=count * ones, minlength=n_codes)
    alphas = [alpha_binary(o01_code[c], ones_code[c], total * m) for c in range(n_codes)]
    percent, kappa, _ = _scores(all_tables)
    overall = {
        "percent_agreement": percent,
        "kappa": kappa,
        "kappa_mean": float(per_code_df["kappa"].mean()),
        "alpha": alpha_binary(o01_code.sum(), ones_code.sum(), total * m * n_codes),
        "documents": len(data.docs),
        "characters": total,
        "codes": n_codes,
    }
    return AgreementResult(
        coders=data.coders,
        per_code=per_code_df,
        alpha_per_code=pd.DataFrame({"code": codes, "alpha": alphas}),
        pairs=pd.DataFrame(
            pair_rows, columns=["coder_a", "coder_b", "percent_agreement", "kappa", "alpha"]
        ),
        overall=overall,
    )


def _scores(table: np.ndarray) -> tuple[float, float, float]:
    """Percent agreement (0-100), kappa and two-coder alpha of a pooled 2x2 table."""
    n11, n10, n01, n00 = (int(x) for x in table)
    n = n11 + n10 + n01 + n00
    percent = 100.0 * (n11 + n00) / n
    alpha = alpha_binary(float(n10 + n01), float(2 * n11 + n10 + n01), float(2 * n))
    return percent, kappa_from_table(n11, n10, n01, n00), alpha


def disagreements(
    project: Project,
    coder_a: str,
    coder_b: str,
    code: str | None = None,
    *,
    documents: Documents = "all",
) -> pd.DataFrame:
    """Stretches of text only one of two coders coded with a code, with both coders' spans."""
    import pandas as pd

    data = _load(project, [coder_a, coder_b], documents)
    coder_a, coder_b = data.coders
    c = data.codings
    if code is not None:
        if code not in set(c["label"]):
            used = ", ".join(sorted(set(c["label"])))
            raise UnknownItemError(
                f"code '{code}' is door {coder_a} en {coder_b} niet gebruikt; "
                f"gebruikte codes: {used}."
            )
        c = c[c["label"] == code]
    names = {
        i: (corpus, path)
        for i, corpus, path in data.docs[["id", "corpus", "path"]].itertuples(index=False)
    }
    spans: dict[tuple[int, str], dict[str, list[tuple[int, int]]]] = {}
    for doc_id, label, coder, start, end in c.itertuples(index=False):
        spans.setdefault((int(doc_id), label), {}).setdefault(coder, []).append((start, end))
    texts: dict[int, str] = {}
    rows = []
    for (doc_id, label), by_coder in spans.items():
        if doc_id not in texts:
            texts[doc_id] = get_document(project, int(doc_id)).text
        text = texts[doc_id]
        a, b = _union(by_coder.get(coder_a, [])), _union(by_coder.get(coder_b, []))
        for who, (start, end), a_in, b_in in _regions(a, b, coder_a, coder_b):
            rows.append(
                [
                    doc_id,
                    *names[doc_id],
                    label,
                    start,
                    end,
                    text[start:end],
                    who,
                    "; ".join(f"{s}-{e}" for s, e in a_in),
                    " | ".join(text[s:e] for s, e in a_in),
                    "; ".join(f"{s}-{e}" for s, e in b_in),
                    " | ".join(text[s:e] for s, e in b_in),
                ]
            )
    table = pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)
    return table.sort_values(["corpus", "document", "start", "end", "code"]).reset_index(drop=True)


def _regions(a: list[tuple[int, int]], b: list[tuple[int, int]], name_a: str, name_b: str) -> list:
    """(coder, region, A's spans, B's spans) for every stretch only one of the coders coded.

    The spans shown are those of the cluster (overlapping spans of both coders) the region is in.
    """
    out = []
    clusters = _clusters(a + b)
    for who, region in [(name_a, r) for r in _minus(a, b)] + [(name_b, r) for r in _minus(b, a)]:
        lo, hi = next(cl for cl in clusters if cl[0] <= region[0] and region[1] <= cl[1])
        a_in = [s for s in a if lo <= s[0] and s[1] <= hi]
        b_in = [s for s in b if lo <= s[0] and s[1] <= hi]
        out.append((who, region, a_in, b_in))
    return out


def _union(spans: Any) -> list[tuple[int, int]]:
    """Sorted union of spans; overlapping or touching spans join."""
    out: list[tuple[int, int]] = []
    for s, e in sorted((int(s), int(e)) for s, e in spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _clusters(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches where spans overlap (share at least one character) joined into one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _minus(xs: list[tuple[int, int]], ys: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of the disjoint sorted spans `xs` not covered by the disjoint sorted spans `ys`."""
    out = []
    for s, e in xs:
        pos = s
        for ys_, ye in ys:
            if ye <= pos or ys_ >= e:
                continue
            if ys_ > pos:
                out.append((pos, ys_))
            pos = max(pos, ye)
        if pos < e:
            out.append((pos, e))
    return out
