"""The fifteenth real-text set of the code-suggestion bench (bench/realtext/codes15/, measured).

Built blind by collect-codes-themes: children, the illness and death of a parent, brother or
sister, grief and guardianship.
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
    name="codes15",
    tune=["d02", "d05", "d07", "d10", "d12", "d15", "d17", "d20"],
    public=["d04", "d06", "d07", "d09", "d12", "d14", "d15", "d17", "d19", "d20", "d22"],
    children=[
        "Rouw van het kind/Gecompliceerde rouw en trauma",
        "Gezag en voogdij/Voogdij in het testament",
    ],
    # sha256 of two committed texts (court rulings), as fixed in the manifest
    pinned={
        "d12": "d3856cc88b2ec58023252d6df5bd01ddda18dc34724713308add17c5b5d66bb8",
        "d19": "81ccab7583220a8f916089a240a1e26bdb02a4efb566fcfd9f91248450fea167",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes14) fixed before
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
    assert gold_counts(SET, SET.tune) == (141, 95, 95)
    assert gold_counts(SET, rest) == (234, 171, 175)
    assert gold_counts(SET, SET.tune[:3]) == (68, 52, 52)
    assert gold_counts(SET, rest[:5]) == (97, 80, 80)
    assert rest[:5] == ["d01", "d03", "d04", "d06", "d08"]
    check_gold_rows(SET, two_codes=4, per_child=[3, 19])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d12",
        [(0, 22), (23, 175), (176, 215), (217, 264), (266, 283), (285, 398)],
        "Testamentaire voogdij.",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes15_measured_runs_without_later(capsys) -> None:
    """codes15 was sealed until its one measurement (2026-12-06 12:35 UTC, main 0629d955) and
    runs without --later since."""
    check_measured_runs_without_later("codes15", capsys)
