"""The twenty-fourth real-text set of the code-suggestion bench (bench/realtext/codes24/).

Built blind by collect-ct: the first thousand days when (expectant) parents have a hard time: a
vulnerable pregnancy (with alcohol and drugs), protecting the unborn child (with the placement
out of home at birth), contraception and the wish for a child, maternity care, support for
parents, mental health around the birth, early development and attachment, young parents,
policy and cooperation, what parents go through. The checks are shared with the other blind sets
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
    name="codes24",
    tune=["d01", "d04", "d08", "d12", "d16", "d20"],
    public=["d04", "d05", "d07", "d08", "d09", "d10", "d11", "d12", "d13", "d16", "d20"],
    children=[
        "Kwetsbare zwangerschap/Middelengebruik in de zwangerschap",
        "Prenatale kinderbescherming/Uithuisplaatsing na de geboorte",
    ],
    # sha256 of two committed texts (a ruling, Kamervragen with answers)
    pinned={
        "d04": "b583eb83c9b347b8f3cac8834569271c15acbbe6fa68ecd87512ff719fd54efb",
        "d12": "13e31ea60ce7b0fb1b7b83f82029a242a61529f2cf78b6d7a1c48c1492515716",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes23) fixed before
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
    assert gold_counts(SET, SET.tune) == (100, 60, 68)
    assert gold_counts(SET, rest) == (288, 247, 261)
    assert gold_counts(SET, SET.tune[:2]) == (44, 18, 20)
    assert gold_counts(SET, rest[:5]) == (85, 83, 86)
    assert rest[:5] == ["d02", "d03", "d05", "d06", "d07"]
    check_gold_rows(SET, two_codes=22, per_child=[20, 23])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 4 (Geboortezorg), the
    largest 60 (Anticonceptie en kinderwens), 329 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 4 and max(counts.values()) == 60
    assert counts["Geboortezorg"] == 4 and counts["Anticonceptie en kinderwens"] == 60
    assert counts["Ervaringen van ouders"] == 5
    assert sum(counts.values()) == 329


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d04",
        [
            (0, 16),
            (18, 104),
            (105, 267),
            (268, 471),
            (472, 581),
            (583, 592),
            (594, 645),
            (647, 661),
            (663, 738),
            (740, 771),
            (773, 784),
            (786, 847),
            (849, 896),
            (898, 992),
            (994, 1029),
            (1031, 1086),
            (1088, 1110),
            (1112, 1165),
            (1167, 1189),
            (1191, 1208),
            (1210, 1259),
            (1261, 1362),
            (1364, 1423),
        ],
        "Inhoudsindicatie\n\nAfwijzing verzoek vots van de ongeboren vrucht",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes24_measured_runs_without_later(capsys) -> None:
    """codes24 was sealed until its one measurement (2026-12-07 14:32 UTC, main b100e4ec) and
    runs without --later since."""
    check_measured_runs_without_later("codes24", capsys)
