"""The eighteenth real-text set of the code-suggestion bench (bench/realtext/codes18/, measured).

Built blind by collect-codes-themes: youth care from the municipality under the Jeugdwet
(access, the decision and the appeal, the pgb, own strength, the Wlz boundary, the
woonplaatsbeginsel, money, purchasing, waiting and divorced parents). The checks are shared
with the other blind sets (tests/codes_set_checks.py); here are this set's facts. No
suggester is built and no wb output is read.
"""

from __future__ import annotations

from codes_set_checks import (
    CodesSet,
    check_codebook_shape,
    check_gold_rows,
    check_loads_without_suggestions,
    check_measured_runs_without_later,
    check_offsets,
    check_restores,
    check_sha256,
    check_split_licences_and_new_urls,
    gold_counts,
    held_out,
)

SET = CodesSet(
    name="codes18",
    tune=["d02", "d05", "d07", "d10", "d12", "d15", "d18", "d20"],
    public=["d03", "d04", "d05", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d15"],
    children=[
        "Besluit en beschikking/Bezwaar en beroep",
        "Persoonsgebonden budget/Pgb voor ouders en familie",
    ],
    # sha256 of two committed texts (Handelingen, a memorie van toelichting), as in the manifest
    pinned={
        "d04": "84e43d38baba9bb9867630049fb936daffc1bea599b8c2b808a31f8cc9524170",
        "d08": "0009c9054a0d51329ba4bb1ec9ec814a22bf497e141836af66f1b39742ef685b",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes17) fixed before
    annotation; the 11 public-domain texts committed, the others with a restore hint;
    no URL of another manifest; sealed until its one measurement, not since."""
    check_split_licences_and_new_urls(SET, sealed=False)


def test_committed_texts_match_their_sha256_and_local_ones_when_at_hand() -> None:
    """Every text at hand has the manifest's sha256; the committed ones always are."""
    check_sha256(SET)


def test_codebook_shape() -> None:
    """12 codes, two parents with one child each; each with a description, an include,
    an exclude, one example and 4 patterns."""
    check_codebook_shape(SET, 12)


def test_gold_counts_by_split_and_third() -> None:
    """The gold as committed: rows, coded rows and codings by split and of each split's first
    third (coded by bench_codes, not scored); rows with two codes; the rows of each child."""
    rest = held_out(SET)
    assert gold_counts(SET, SET.tune) == (127, 100, 100)
    assert gold_counts(SET, rest) == (221, 169, 176)
    assert gold_counts(SET, SET.tune[:3]) == (51, 42, 42)
    assert gold_counts(SET, rest[:5]) == (80, 59, 61)
    assert rest[:5] == ["d01", "d03", "d04", "d06", "d08"]
    check_gold_rows(SET, two_codes=7, per_child=[24, 16])


def test_every_code_has_codings() -> None:
    """A balanced codebook: each of the 12 codes has at least 7 codings over the set and the
    largest 35 (of 276)."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 7 and max(counts.values()) == 35
    assert sum(counts.values()) == 276


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d15",
        [
            (0, 16),
            (18, 130),
            (132, 188),
            (189, 322),
            (323, 380),
            (381, 590),
            (591, 753),
            (755, 945),
            (947, 956),
            (958, 964),
            (966, 992),
            (994, 1036),
        ],
        "Inhoudsindicatie\n\nIn deze zaak staat centraal",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes18_measured_runs_without_later(capsys) -> None:
    """codes18 was sealed until its one measurement (2026-12-06 20:29 UTC, main 0339e333) and
    runs without --later since."""
    check_measured_runs_without_later("codes18", capsys)
