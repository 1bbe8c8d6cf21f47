"""The nineteenth real-text set of the code-suggestion bench (bench/realtext/codes19/, measured).

Built blind by collect-codes-themes: childcare and the childcare allowance (the allowance and
its reclaiming, costs for parents, the system and its funding, quality and safety, supervision,
staff, places and waiting lists, childminders, early childhood education, work and care). The
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
    name="codes19",
    tune=["d02", "d05", "d09", "d12", "d16"],
    public=["d04", "d05", "d09", "d10", "d11", "d12", "d13", "d14", "d15", "d16", "d17"],
    children=[
        "Kinderopvangtoeslag/Terugvordering en herstel",
        "Kwaliteit en pedagogisch beleid/Veiligheid en gezondheid",
    ],
    # sha256 of two committed texts (a Kamerbrief, Kamervragen with answers), as in the manifest
    pinned={
        "d13": "7ae48beeae9458baf7edb563ed6e7c3f9ea68e401389d309fc6380b6eaf6e1b8",
        "d15": "b752a547f7359bb87cf78572000fc8e45aea649c36ec89a733b991b49ae5714c",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes18) fixed before
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
    assert gold_counts(SET, SET.tune) == (56, 32, 36)
    assert gold_counts(SET, rest) == (268, 234, 254)
    assert gold_counts(SET, SET.tune[:2]) == (28, 18, 20)
    assert gold_counts(SET, rest[:6]) == (96, 90, 96)
    assert rest[:6] == ["d01", "d03", "d04", "d06", "d07", "d08"]
    check_gold_rows(SET, two_codes=24, per_child=[27, 17])


def test_every_code_has_codings() -> None:
    """A balanced codebook: each of the 12 codes has at least 12 codings over the set and the
    largest 48 (of 290)."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 12 and max(counts.values()) == 48
    assert sum(counts.values()) == 290


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; one ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d10",
        [
            (0, 12),
            (14, 46),
            (47, 72),
            (73, 83),
            (85, 204),
            (205, 383),
            (384, 432),
            (433, 681),
            (683, 778),
            (779, 837),
            (838, 932),
            (934, 947),
            (949, 990),
            (992, 1078),
            (1079, 1274),
        ],
        "Samenvatting\n\nDefinitieve berekening kot 2021. Terugvordering",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes19_measured_runs_without_later(capsys) -> None:
    """codes19 was sealed until its one measurement (2026-12-06 23:47 UTC, main 76b03005) and
    runs without --later since."""
    check_measured_runs_without_later("codes19", capsys)
