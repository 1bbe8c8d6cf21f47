"""The fourteenth real-text set of the code-suggestion bench (bench/realtext/codes14/, measured).

Built blind by collect-codes: children, parents and the digital world.
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
    name="codes14",
    tune=["d02", "d05", "d07", "d09", "d11", "d13", "d15", "d17", "d19"],
    public=[
        "d02",
        "d03",
        "d07",
        "d08",
        "d10",
        "d11",
        "d13",
        "d15",
        "d16",
        "d19",
        "d20",
        "d21",
    ],
    children=[
        "Online seksueel misbruik/Sexting en naaktbeelden",
        "Foto's en privacy van kinderen/Toestemming van beide ouders",
    ],
    # sha256 of two committed texts (court rulings), as fixed in the manifest
    pinned={
        "d02": "bc46802b50b7de718418a891dba56af2667a811d4c8e88b2d6363d2740175513",
        "d11": "aca18fb0d98f90f5611d95b9c9509130632b1be51a6079f46e0b17c879bee2ea",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes13) fixed before
    annotation; the 12 public-domain texts committed, the others with a restore hint;
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
    assert gold_counts(SET, SET.tune) == (154, 105, 111)
    assert gold_counts(SET, rest) == (228, 153, 158)
    assert gold_counts(SET, SET.tune[:3]) == (58, 39, 40)
    assert gold_counts(SET, rest[:4]) == (68, 57, 59)
    assert rest[:4] == ["d01", "d03", "d04", "d06"]
    check_gold_rows(SET, two_codes=11, per_child=[19, 22])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d11",
        [
            (0, 48),
            (49, 85),
            (86, 261),
            (262, 369),
            (370, 473),
            (474, 528),
            (529, 555),
            (556, 612),
            (613, 640),
            (641, 706),
            (707, 764),
            (765, 792),
            (793, 833),
            (834, 872),
        ],
        "Omgang op afstand (skype) en informatieregeling.",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes14_measured_runs_without_later(capsys) -> None:
    """codes14 was sealed until its one measurement (2026-12-06 09:37 UTC, main b9e07920) and
    runs without --later since."""
    check_measured_runs_without_later("codes14", capsys)
