"""The twelfth real-text set of the code-suggestion bench (bench/realtext/codes12/, measured).

Built blind by collect-codes12: mental health problems of parents and children.
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
    name="codes12",
    tune=["d02", "d05", "d07", "d09", "d11", "d13", "d15", "d17", "d19"],
    public=[
        "d04",
        "d05",
        "d06",
        "d07",
        "d09",
        "d10",
        "d13",
        "d14",
        "d15",
        "d16",
        "d17",
        "d22",
    ],
    children=[
        "Ouder met psychische problemen/Verslaving van een ouder",
        "Psychische klachten van jongeren/Suïcidaliteit",
    ],
    # sha256 of two committed texts (the court rulings), as fixed in the manifest
    pinned={
        "d06": "9fb7385a3a6764b6179a261912fd878d2e09c9596e1a66968d3290d0b84dd10c",
        "d15": "58b15b64e7a820dd8b033f6b41c4a5d163154fd59efa25382ccad7842e6ab16a",
    },
)


def test_split_licences_restore_hints_new_urls_and_measured() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes11) fixed before
    annotation; the 12 public-domain texts committed, the others with a restore hint;
    no URL of another manifest; sealed until its one measurement, not since."""
    check_split_licences_and_new_urls(SET, sealed=False)


def test_committed_texts_match_their_sha256_and_local_ones_when_at_hand() -> None:
    """Every text at hand has the manifest's sha256; the committed ones always are."""
    check_sha256(SET)


def test_codebook_shape() -> None:
    """11 codes, two parents with one child each; each with a description, an include,
    an exclude, one example and 4 patterns."""
    check_codebook_shape(SET, 11)


def test_gold_counts_by_split_and_third() -> None:
    """The gold as committed: rows, coded rows and codings by split and of each split's first
    third (coded by bench_codes, not scored); rows with two codes; the rows of each child."""
    rest = held_out(SET)
    assert gold_counts(SET, SET.tune) == (165, 123, 125)
    assert gold_counts(SET, rest) == (212, 169, 181)
    assert gold_counts(SET, SET.tune[:3]) == (66, 50, 52)
    assert gold_counts(SET, rest[:4]) == (60, 46, 48)
    assert rest[:4] == ["d01", "d03", "d04", "d06"]
    check_gold_rows(SET, two_codes=14, per_child=[15, 19])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d06",
        [(0, 35), (36, 96), (97, 185), (186, 282), (283, 457)],
        "Verzoek vader tot omgang afgewezen.",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes12_measured_runs_without_later(capsys) -> None:
    """codes12 was sealed until its one measurement (2026-12-06 04:10 UTC, main 2100dbfe) and
    runs without --later since."""
    check_measured_runs_without_later("codes12", capsys)
