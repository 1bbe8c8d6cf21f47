"""The twenty-third real-text set of the code-suggestion bench (bench/realtext/codes23/).

Built blind by collect-ct: children whose father or mother is detained: the arrest and the
criminal case, telling the child or keeping it secret, contact and visits (with child-friendly
visits), what it does to the child, shame and stigma, the family at home (with where the child
lives), parenthood in detention, support, release and return, rights and policy. The checks are
shared with the other blind sets (tests/codes_set_checks.py); here are this set's facts. No
suggester is built and no wb output is read.
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
    name="codes23",
    tune=["d01", "d04", "d07", "d09", "d12", "d15", "d18", "d21"],
    public=["d02", "d04", "d08", "d09", "d10", "d11", "d13", "d16", "d17", "d19", "d22"],
    children=[
        "Contact en bezoek/Kindvriendelijk bezoek",
        "Het gezin thuis/Opvang van het kind",
    ],
    # sha256 of two committed texts (Kamervragen with answers, a letter of two state secretaries)
    pinned={
        "d04": "6d7ddf8499bb8fcb71dafbec9010440d70c63bc1e0d73d598efc80816a21c75f",
        "d17": "b1746776b48440dc985aafa5e5892b8688699acc1f49ae57700ae005152d7571",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes22) fixed before
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
    assert gold_counts(SET, SET.tune) == (144, 124, 138)
    assert gold_counts(SET, rest) == (236, 146, 171)
    assert gold_counts(SET, SET.tune[:3]) == (64, 52, 59)
    assert gold_counts(SET, rest[:5]) == (69, 63, 69)
    assert rest[:5] == ["d02", "d03", "d05", "d06", "d08"]
    check_gold_rows(SET, two_codes=39, per_child=[34, 19])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 4 (Het gezin thuis), the
    largest 45 (Rechten en beleid), 309 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 4 and max(counts.values()) == 45
    assert counts["Het gezin thuis"] == 4 and counts["Rechten en beleid"] == 45
    assert counts["Vrijlating en terugkeer"] == 7
    assert sum(counts.values()) == 309


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the ruling's spans and opening as fixed."""
    check_offsets(
        SET,
        "d22",
        [
            (0, 16),
            (17, 29),
            (30, 39),
            (40, 68),
            (69, 96),
            (97, 123),
            (124, 150),
            (151, 202),
            (203, 318),
            (319, 444),
            (445, 479),
            (480, 527),
            (528, 554),
            (555, 582),
            (583, 750),
            (751, 777),
            (778, 935),
        ],
        "Inhoudsindicatie\nZorgregeling\nUitspraak\n",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes23_measured_runs_without_later(capsys) -> None:
    """codes23 was sealed until its one measurement (2026-12-07 11:48 UTC, main aa23676f) and
    runs without --later since."""
    check_measured_runs_without_later("codes23", capsys)
