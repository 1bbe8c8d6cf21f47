"""The twenty-seventh real-text set of the code-suggestion bench (bench/realtext/codes27/, sealed).

Built blind by collect-ct4: bullying among children and young people: the forms of bullying (with
online bullying), the consequences for the bullied child (with suicide), the bullies and the
group, children who are more often a target, the school's approach, law and policy, the parents,
telling, reporting and complaints (with the courts), help and support, and how often bullying
occurs. The checks are shared with the other blind sets (tests/codes_set_checks.py); here are
this set's facts. No suggester is built and no wb output is read.
"""

from __future__ import annotations

import pytest
from codes_set_checks import (
    CodesSet,
    check_codebook_shape,
    check_gold_rows,
    check_left_out_and_refused,
    check_loads_without_suggestions,
    check_offsets,
    check_restores,
    check_set_option_exits_2,
    check_sha256,
    check_split_licences_and_new_urls,
    gold_counts,
    held_out,
)

SET = CodesSet(
    name="codes27",
    tune=["d02", "d05", "d09", "d12", "d15", "d18", "d21"],
    public=[
        "d03",
        "d05",
        "d08",
        "d09",
        "d10",
        "d11",
        "d13",
        "d14",
        "d15",
        "d18",
        "d21",
    ],
    children=[
        "Vormen van pesten/Online pesten",
        "Gevolgen voor het gepeste kind/Zelfdoding na pesten",
    ],
    # sha256 of two committed texts (a motion, a debate in the Handelingen)
    pinned={
        "d05": "30c8757f15f55a3cc0543daf6f5f6a4d7939897ff726a42e50e00ed8f80ff49e",
        "d14": "2b1975ba589d6280519b4ef3cb67354965dd282499b5c6e5fc85ce2fbcab787f",
    },
)


def test_split_licences_restore_hints_new_urls_and_sealed() -> None:
    """22 texts d01-d22, split by URL hash (0-a held-out, as codes3-codes26) fixed before
    annotation; the 11 public-domain texts committed, the others with a restore hint;
    no URL of another manifest; sealed until its one measurement."""
    check_split_licences_and_new_urls(SET, sealed=True)


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
    assert gold_counts(SET, SET.tune) == (114, 74, 81)
    assert gold_counts(SET, rest) == (291, 213, 239)
    assert gold_counts(SET, SET.tune[:2]) == (40, 30, 32)
    assert gold_counts(SET, rest[:5]) == (108, 98, 109)
    assert rest[:5] == ["d01", "d03", "d04", "d06", "d07"]
    check_gold_rows(SET, two_codes=33, per_child=[29, 34])


def test_every_code_has_codings() -> None:
    """Each of the 12 codes has codings over the set: the smallest 3 (Hulp en steun), the
    largest 56 (Aanpak door de school), 320 in all."""
    counts: dict[str, int] = {}
    for row in SET.gold():
        for code in row["codes"]:
            counts[code] = counts.get(code, 0) + 1
    assert len(counts) == 12
    assert min(counts.values()) == 3 and max(counts.values()) == 56
    assert counts["Hulp en steun"] == 3
    assert counts["Wet en beleid"] == 50
    assert counts["Ouders"] == 12
    assert sum(counts.values()) == 320


def test_gold_offsets_resolve_in_every_text_at_hand() -> None:
    """Every sentence is a gold row; the motion's spans and opening as fixed."""
    check_offsets(
        SET,
        "d13",
        [
            (0, 27),
            (28, 64),
            (65, 94),
            (95, 104),
            (105, 130),
            (131, 266),
            (267, 366),
            (367, 449),
            (450, 635),
            (636, 672),
            (673, 683),
        ],
        "31 289 Voortgezet Onderwijs\nNr. 487 MOTIE VAN HET LID WASSENBERG\n",
    )


def test_texts_load_through_the_bench_without_suggestions() -> None:
    """bench_codes reads the set without building a suggester: wb is not run on a sealed set."""
    check_loads_without_suggestions(SET)


def test_local_texts_rebuild_from_their_stored_excerpts() -> None:
    """restore_codes.py rebuilds each local text from its stored excerpt, when at hand."""
    check_restores(SET)


def test_codes27_is_left_out_and_refused_without_later(capsys) -> None:
    """A default run leaves codes27 out and says so (after codes26's line while codes26 is
    sealed); `--set codes27` alone is refused."""
    check_left_out_and_refused("codes27", capsys)


@pytest.mark.parametrize("script", ["bench_codes", "codes_by_code"])
def test_set_codes27_without_later_exits_2_before_loading(script: str, monkeypatch, capsys) -> None:
    """`--set codes27` without --later stops with exit code 2 before anything is loaded."""
    check_set_option_exits_2("codes27", script, monkeypatch, capsys)
