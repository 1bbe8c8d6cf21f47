"""The twentieth real-text set of the code-suggestion bench (bench/realtext/codes20/).

Built blind by collect-codes-themes: young people in youth care and foster care turning 18
(extended youth care and foster care to 21, housing and homelessness, money and debts, school
and work, the transition to adult care, network, preparation, coming of age, policy, what young
people experience). The checks are shared with the other blind sets (tests/codes_set_checks.py);
here are this set's facts. No suggester is built and no wb output is read.
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
    name="codes20",
    tune=["d01", "d04", "d06", "d09", "d10", "d14", "d17", "d19", "d22"],
    public=["d02", "d04", "d07", "d08", "d09", "d11", "d13", "d15", "d16", "d17", "d20"],
    children=[
        "Verlengde jeugdhulp/Verlengde pleegzorg",
        "Geld en inkomen/Schulden",
    ],
    # sha256 of two committed texts (a Kamerbrief, Kamervragen with an answer), as in the manifest
    pinned={
        "d08": "e44e0f7b0bd81fea8f905957a5f08ac3ebe7d0fd9278d0cbdcad0adf735898cb",
        "d13": "dfc016907192dee3b4716266db13ca34625aed3cdce5bc250133c24043243dd4",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes19) fixed before
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
    assert gold_counts(SET, SET.tune) == (163, 111, 121)
    assert gold_counts(SET, rest) == (202, 155, 169)
    assert gold_counts(SET, SET.tune[:3]) == (57, 35, 39)
    assert gold_counts(SET, rest[:4]) == (66, 54, 58)
    assert rest[:4] == ["d02", "d03", "d05", "d07"]
    check_gold_rows(SET, two_codes=24, per_child=[29, 16])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 6 (Onderwijs en werk), the
    largest 61 (Wonen en dakloosheid), 290 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 6 and max(counts.values()) == 61
    assert counts["Onderwijs en werk"] == 6 and counts["Wonen en dakloosheid"] == 61
    assert sum(counts.values()) == 290


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d04",
        [
            (0, 146),
            (148, 161),
            (163, 338),
            (340, 392),
            (393, 495),
            (497, 539),
            (541, 606),
            (607, 652),
            (653, 707),
            (709, 721),
            (723, 745),
            (747, 798),
            (799, 843),
            (844, 915),
            (916, 1009),
            (1010, 1032),
            (1033, 1226),
            (1227, 1268),
        ],
        "De gemeente Uithoorn moet een 19-jarige inwoonster voorlopig",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes20_measured_runs_without_later(capsys) -> None:
    """codes20 was sealed until its one measurement (2026-12-07 02:33 UTC, main 2c074566) and
    runs without --later since."""
    check_measured_runs_without_later("codes20", capsys)
