"""The twenty-fifth real-text set of the code-suggestion bench (bench/realtext/codes25/).

Built blind by collect-ct: children of parents with a (mild) intellectual disability: recognising
the disability, what the parents can do in care and upbringing, what it means for the child (with
the child who takes over the parent's role), the wish for children and pregnancy, support (with
communication fitted to the parent), the network, child protection and out-of-home placement,
images and rights, problems that pile up, policy and organisation. The checks are shared with the
other blind sets (tests/codes_set_checks.py); here are this set's facts. No suggester is built
and no wb output is read.
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
    name="codes25",
    tune=["d01", "d04", "d08", "d11", "d15", "d18"],
    public=[
        "d02",
        "d04",
        "d05",
        "d08",
        "d10",
        "d11",
        "d13",
        "d15",
        "d17",
        "d18",
        "d20",
        "d22",
    ],
    children=[
        "Ontwikkeling van het kind/Rolomkering",
        "Steun en begeleiding/Afgestemde communicatie",
    ],
    # sha256 of two committed texts (a state secretary's Kamerbrief, a motion)
    pinned={
        "d02": "419cfe4bec5e88f418ae5197d858f3ae83f3e0cbf18ce7f0f5ef6916d6f4dcab",
        "d10": "38e5b55ff97f5b7e3f7f4563b7b051de2f02249dd53ef74bef785e9353788946",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes24) fixed before
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
    assert gold_counts(SET, SET.tune) == (99, 63, 71)
    assert gold_counts(SET, rest) == (226, 183, 202)
    assert gold_counts(SET, SET.tune[:2]) == (41, 24, 25)
    assert gold_counts(SET, rest[:5]) == (78, 70, 76)
    assert rest[:5] == ["d02", "d03", "d05", "d06", "d07"]
    check_gold_rows(SET, two_codes=27, per_child=[12, 6])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 6 (Afgestemde communicatie),
    the largest 46 (Steun en begeleiding), 273 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 6 and max(counts.values()) == 46
    assert counts["Steun en begeleiding"] == 46
    assert counts["Kinderwens en zwangerschap"] == 32
    assert counts["Netwerk en omgeving"] == 9
    assert sum(counts.values()) == 273


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d22",
        [
            (0, 16),
            (17, 356),
            (357, 366),
            (367, 456),
            (457, 573),
            (574, 599),
            (600, 862),
            (863, 956),
            (957, 1048),
        ],
        "Inhoudsindicatie\nWel voorlopige ondertoezichtstelling pasgeboren baby,",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes25_measured_runs_without_later(capsys) -> None:
    """codes25 was sealed until its one measurement (2026-12-07 16:59 UTC, main bff46429) and
    runs without --later since."""
    check_measured_runs_without_later("codes25", capsys)
