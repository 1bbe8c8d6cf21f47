"""The seventeenth real-text set of the code-suggestion bench (bench/realtext/codes17/, measured).

Built blind by collect-codes-themes: who decides on a child's medical care and youth care when
parents are divorced or disagree. The checks are shared with the other blind sets
(tests/codes_set_checks.py); here are this set's facts. No suggester is built and no wb output
is read.
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
    name="codes17",
    tune=["d02", "d04", "d09", "d12", "d15", "d18", "d21"],
    public=["d04", "d05", "d07", "d09", "d11", "d12", "d14", "d17", "d18", "d19", "d22"],
    children=[
        "Toestemming van ouders met gezag/Toestemming voor jeugdhulp",
        "Onenigheid tussen ouders over zorg/Vaccinatie",
    ],
    # sha256 of two committed texts (Handelingen, a ruling), as fixed in the manifest
    pinned={
        "d18": "0e6c0684d556f6ad806d60e4bcc5b7e33c21a9686d25ebd1fd6191d4b8deed11",
        "d22": "e09bdb6d501ca6e1af82fb9c5f6714b4edd3d03bd8b020fe7e4b7937d202a341",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes16) fixed before
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
    assert gold_counts(SET, SET.tune) == (95, 56, 59)
    assert gold_counts(SET, rest) == (220, 147, 150)
    assert gold_counts(SET, SET.tune[:2]) == (21, 13, 14)
    assert gold_counts(SET, rest[:5]) == (77, 54, 55)
    assert rest[:5] == ["d01", "d03", "d05", "d06", "d07"]
    check_gold_rows(SET, two_codes=6, per_child=[17, 72])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one court passage's spans and opening as fixed."""
    check_offsets(
        SET,
        "d17",
        [
            (0, 50),
            (52, 226),
            (227, 322),
            (324, 628),
            (629, 974),
            (976, 1345),
            (1347, 1414),
        ],
        "Vervangende toestemming voor behandeling ADHD kind",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes17_measured_runs_without_later(capsys) -> None:
    """codes17 was sealed until its one measurement (2026-12-06 18:02 UTC, main e93cb714) and
    runs without --later since."""
    check_measured_runs_without_later("codes17", capsys)
