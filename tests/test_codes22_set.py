"""The twenty-second real-text set of the code-suggestion bench (bench/realtext/codes22/).

Built blind by collect-ct: children and young people who do not, or not enough, go to school
(thuiszitters, absence and compulsory education with luxeverzuim, exemptions and home education,
passend onderwijs with special education, education and care, what plays at the child, what
children and parents experience, the way back to school, suspension and removal, policy). The
checks are shared with the other blind sets (tests/codes_set_checks.py); here are this set's
facts. No suggester is built and no wb output is read.
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
    name="codes22",
    tune=["d01", "d03", "d08", "d11", "d15", "d18", "d21"],
    public=["d02", "d07", "d08", "d09", "d12", "d14", "d15", "d17", "d19", "d20", "d22"],
    children=[
        "Verzuim en leerplicht/Luxeverzuim",
        "Passend onderwijs en zorgplicht/Speciaal onderwijs",
    ],
    # sha256 of two committed texts (Kamervragen with answers), as in the manifest
    pinned={
        "d08": "dad6bd928ebb5c727da2cca9a460ad9be2931c1c048a3e61d220e6a7efe8449b",
        "d22": "91007f7109d844d052f2bb0da9a16e063839fbd75f965d06991bbb48a45abaf6",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes21) fixed before
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
    assert len(rest) == 15
    assert gold_counts(SET, SET.tune) == (130, 118, 121)
    assert gold_counts(SET, rest) == (223, 186, 207)
    assert gold_counts(SET, SET.tune[:2]) == (38, 38, 38)
    assert gold_counts(SET, rest[:5]) == (77, 72, 79)
    assert rest[:5] == ["d02", "d04", "d05", "d06", "d07"]
    check_gold_rows(SET, two_codes=24, per_child=[29, 7])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 7 (Speciaal onderwijs), the
    largest 63 (Thuiszitters), 328 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 7 and max(counts.values()) == 63
    assert counts["Passend onderwijs en zorgplicht/Speciaal onderwijs"] == 7
    assert counts["Thuiszitters"] == 63
    assert sum(counts.values()) == 328


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the Advocate General's opinion's spans and opening as
    fixed (its header lines and paragraph numbers left out)."""
    check_offsets(
        SET,
        "d19",
        [
            (0, 31),
            (32, 238),
            (240, 644),
            (646, 785),
            (787, 838),
            (840, 1227),
            (1229, 1239),
            (1241, 1548),
        ],
        "CAG over de Leerplichtwet 1969. Kan voor kind",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes22_measured_runs_without_later(capsys) -> None:
    """codes22 was sealed until its one measurement (2026-12-07 08:40 UTC, main 482eb5c3) and
    runs without --later since."""
    check_measured_runs_without_later("codes22", capsys)
