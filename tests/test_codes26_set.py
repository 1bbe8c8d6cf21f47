"""The twenty-sixth real-text set of the code-suggestion bench (bench/realtext/codes26/).

Built blind by collect-ct: minors who are exploited (the loverboy method, human trafficking):
recruitment and binding (with recruitment online), the sexual exploitation itself, what makes
young people vulnerable, signalling and reporting, shelter and help for victims (with the closed
placement), tracing and prosecuting perpetrators, the victim in the criminal proceedings,
prevention and information, policy and cooperation, parents and family, the consequences for the
victim. The checks are shared with the other blind sets (tests/codes_set_checks.py); here are
this set's facts. No suggester is built and no wb output is read.
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
    name="codes26",
    tune=["d01", "d04", "d08", "d12", "d16", "d19", "d21"],
    public=["d03", "d04", "d09", "d10", "d11", "d12", "d13", "d14", "d16", "d19", "d21"],
    children=[
        "Werving en binding/Online werving",
        "Opvang en hulp aan slachtoffers/Gesloten plaatsing",
    ],
    # sha256 of two committed texts (a Kamerbrief, Kamervragen with answers)
    pinned={
        "d04": "b470c62c813ea896975b0cd33deb8bc041fec9db4e455e40edb89f2a0db72dc4",
        "d09": "cdf4d03f3f0ea2a16fc13386c53b90d0a48354a46188f5a3897d940f3660675a",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes25) fixed before
    annotation; the 11 public-domain texts committed, the others with a restore hint;
    no URL of another manifest; sealed until its one measurement, not since."""
    check_split_licences_and_new_urls(SET, sealed=False)


def test_committed_texts_match_their_sha256_and_local_ones_when_at_hand() -> None:
    """Every text at hand has the manifest's sha256; the committed ones always are."""
    check_sha256(SET)


def test_codebook_shape() -> None:
    """13 codes, two parents with one child each; each with a description, an include,
    an exclude, one example and 4 patterns."""
    check_codebook_shape(SET, 13)


def test_gold_counts_by_split_and_third() -> None:
    """The gold as committed: rows, coded rows and codings by split and of each split's first
    third (coded by bench_codes, not scored); rows with two codes; the rows of each child."""
    rest = held_out(SET)
    assert gold_counts(SET, SET.tune) == (128, 96, 100)
    assert gold_counts(SET, rest) == (289, 233, 253)
    assert gold_counts(SET, SET.tune[:2]) == (33, 27, 29)
    assert gold_counts(SET, rest[:5]) == (85, 73, 85)
    assert rest[:5] == ["d02", "d03", "d05", "d06", "d07"]
    check_gold_rows(SET, two_codes=24, per_child=[6, 11])


def test_every_code_has_codings() -> None:
    """Each of the 13 codes has codings over the set: the smallest 6 (Online werving, Ouders en
    gezin), the largest 66 (Beleid en samenwerking), 353 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 13
    assert min(counts.values()) == 6 and max(counts.values()) == 66
    assert counts["Ouders en gezin"] == 6 and counts["Beleid en samenwerking"] == 66
    assert counts["Gevolgen voor het slachtoffer"] == 10
    assert sum(counts.values()) == 353


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the Kamerbrief's spans and opening as fixed."""
    check_offsets(
        SET,
        "d04",
        [
            (0, 16),
            (18, 37),
            (39, 153),
            (155, 212),
            (214, 238),
            (240, 304),
            (305, 423),
            (424, 502),
            (503, 610),
            (611, 844),
            (845, 1026),
            (1027, 1133),
            (1135, 1144),
            (1146, 1189),
            (1190, 1391),
            (1392, 1613),
            (1614, 1734),
            (1735, 1819),
            (1821, 1940),
        ],
        "31 839 Jeugdzorg\n\n28 638 Mensenhandel\n\nNr. 500 BRIEF VAN DE MINISTER",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes26_measured_runs_without_later(capsys) -> None:
    """codes26 was sealed until its one measurement (2026-12-07 20:21 UTC, main 374d6500) and
    runs without --later since."""
    check_measured_runs_without_later("codes26", capsys)
