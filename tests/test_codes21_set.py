"""The twenty-first real-text set of the code-suggestion bench (bench/realtext/codes21/).

Built blind by collect-codes-themes: children and young people who flee to the Netherlands
without their parents (unaccompanied minor aliens, amv): guardianship by Nidos (with the
reception family), reception and housing (with emergency reception and Ter Apel), the asylum
procedure, the age assessment, family reunification, disappearance and exploitation, mental
health, school, turning 18 and return, policy and influx. The checks are shared with the other
blind sets (tests/codes_set_checks.py); here are this set's facts. No suggester is built and no
wb output is read.
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
    name="codes21",
    tune=["d01", "d04", "d07", "d09", "d12", "d15", "d17", "d19", "d21"],
    public=["d01", "d02", "d03", "d05", "d11", "d12", "d14", "d15", "d19", "d20", "d21"],
    children=[
        "Voogdij/Opvanggezin",
        "Opvang en wonen/Noodopvang en Ter Apel",
    ],
    # sha256 of two committed texts (Kamervragen, a Kamerbrief), as in the manifest
    pinned={
        "d03": "9dc76e19608622b1b19173b6d47851553d376a994b178d71e1cfe55bae9221fe",
        "d19": "eab27055f3c15112a4143d7b2d07e395297546a61b2f2dddf50116bcb1916970",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes20) fixed before
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
    assert gold_counts(SET, SET.tune) == (149, 136, 144)
    assert gold_counts(SET, rest) == (176, 147, 166)
    assert gold_counts(SET, SET.tune[:3]) == (53, 46, 49)
    assert gold_counts(SET, rest[:4]) == (62, 49, 55)
    assert rest[:4] == ["d02", "d03", "d05", "d06"]
    check_gold_rows(SET, two_codes=27, per_child=[11, 33])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 4 (Onderwijs en
    dagbesteding), the largest 63 (Opvang en wonen), 310 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 4 and max(counts.values()) == 63
    assert counts["Onderwijs en dagbesteding"] == 4 and counts["Opvang en wonen"] == 63
    assert sum(counts.values()) == 310


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the age-assessment ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d12",
        [(0, 16), (17, 72), (73, 533), (534, 927), (928, 1079), (1080, 1377), (1378, 1552)],
        "Inhoudsindicatie\nLeeftijdsonderzoek / driejarenbeleid / contra-indicatie",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes21_measured_runs_without_later(capsys) -> None:
    """codes21 was sealed until its one measurement (2026-12-07 06:00 UTC, main 42aebcc5) and
    runs without --later since."""
    check_measured_runs_without_later("codes21", capsys)
