"""The thirteenth real-text set of the code-suggestion bench (bench/realtext/codes13/, measured).

Built blind by collect-codes: descent, acknowledgement and adoption.
The checks are shared with the other blind sets (tests/codes_set_checks.py); here are this
set's facts. No suggester is built and no wb output is read.
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
    name="codes13",
    tune=["d02", "d05", "d08", "d11", "d14", "d17", "d20"],
    public=["d01", "d04", "d05", "d09", "d10", "d11", "d12", "d13", "d14", "d20", "d22"],
    children=[
        "Erkenning van een kind/Vervangende toestemming tot erkenning",
        "Adoptie/Interlandelijke adoptie",
    ],
    # sha256 of two committed texts (the court rulings), as fixed in the manifest
    pinned={
        "d01": "97facb5de56304b7a8af199dae7751aa0b172c3761f4c0b721dffa4929eeeed2",
        "d11": "3b4a4f2bff0c40f498ccbf6547915303b8f12ec7239eb180112285597e08b89d",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes11) fixed before
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
    assert gold_counts(SET, SET.tune) == (113, 88, 89)
    assert gold_counts(SET, rest) == (261, 201, 206)
    assert gold_counts(SET, SET.tune[:2]) == (40, 28, 28)
    assert gold_counts(SET, rest[:5]) == (87, 75, 76)
    assert rest[:5] == ["d01", "d03", "d04", "d06", "d07"]
    check_gold_rows(SET, two_codes=6, per_child=[9, 23])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d11",
        [(0, 48), (50, 101), (103, 247), (249, 362)],
        "Vervangende toestemming erkenning, omgangsrecht;",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes13_measured_runs_without_later(capsys) -> None:
    """codes13 was sealed until its one measurement (2026-12-06 07:15 UTC, main 3349a127) and
    runs without --later since."""
    check_measured_runs_without_later("codes13", capsys)
