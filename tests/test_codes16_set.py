"""The sixteenth real-text set of the code-suggestion bench (bench/realtext/codes16/, measured).

Built blind by collect-codes-themes: young people, the police and juvenile criminal law.
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
    name="codes16",
    tune=["d02", "d04", "d07", "d10", "d12", "d15", "d18", "d20"],
    public=["d03", "d04", "d05", "d10", "d11", "d14", "d15", "d16", "d17", "d18", "d21"],
    children=[
        "Politie en verhoor/Voorlopige hechtenis",
        "Straffen en maatregelen/PIJ-maatregel",
    ],
    # sha256 of two committed texts (Handelingen, a Kamerbrief), as fixed in the manifest
    pinned={
        "d04": "afa34ccb2ef0c292402326f36638594b3bb0b444278e6f7fef7bf3699fd659ee",
        "d11": "87da03dc963eb6a5863de49a4a5952567c043166fee52fe1a13d904064518694",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes15) fixed before
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
    assert gold_counts(SET, SET.tune) == (135, 97, 97)
    assert gold_counts(SET, rest) == (292, 206, 209)
    assert gold_counts(SET, SET.tune[:3]) == (52, 40, 40)
    assert gold_counts(SET, rest[:5]) == (102, 84, 87)
    assert rest[:5] == ["d01", "d03", "d05", "d06", "d08"]
    check_gold_rows(SET, two_codes=3, per_child=[7, 16])


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one news item's spans and opening as fixed."""
    check_offsets(
        SET,
        "d16",
        [
            (0, 60),
            (62, 210),
            (211, 436),
            (438, 522),
            (523, 695),
            (696, 910),
            (912, 1052),
            (1053, 1284),
            (1286, 1571),
            (1572, 1652),
        ],
        "20 gemeenten extra gesteund in aanpak van jeugdcriminaliteit",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes16_measured_runs_without_later(capsys) -> None:
    """codes16 was sealed until its one measurement (2026-12-06 15:09 UTC, main 2f95d42d) and
    runs without --later since."""
    check_measured_runs_without_later("codes16", capsys)
