"""Rounds 20 and 21 of the real-text names set (bench/realtext/names, names-r20).

Round 20 (t412-t434) was the fresh held-out round (measured once, tune since), round 21
(t435-t457) was sealed (left out of every bench_names.py run without --later) until its one
measurement at the end of the session; both are tune now.
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    bench_names,
    check_committed_texts,
    check_spans_follow_manifest,
    manifest,
    round_figures,
    type_counts,
)


def test_rounds_20_and_21_are_in_the_round_table_measured_and_tune() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[20]["texts"] == "t412-t434"
    assert table[21]["texts"] == "t435-t457"
    # round 21 was sealed until its one measurement (on e2ae0f7); both are tune now
    assert (table[20]["split"], table[21]["split"]) == ("tune", "tune")
    assert table[21]["code_frozen"] == "e2ae0f7"
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (20, 21)}
    assert ids[20] == [f"t{i}" for i in range(412, 435)]
    assert ids[21] == [f"t{i}" for i in range(435, 458)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in (20, 21)}
    # a post box's letters are a postcode (the lead's decision of 2026-12-05, names40): t417 in
    # round 20 (204 spans, 136 entities, 653 words to keep before), t441 and t455 in round 21
    # (220, 155, 768 before)
    assert figures[20] == (23, 205, 137, 652, ["t418", "t421", "t429"])
    assert figures[21] == (23, 222, 157, 766, ["t449", "t450"])
    types = type_counts(20)
    assert types == {
        "PERSOON": 77,
        "PLAATS": 74,
        "ORGANISATIE": 40,
        "ADRES": 5,
        "TELEFOON": 5,
        "EMAIL": 3,
        "POSTCODE": 1,  # t417's post box letters (names40)
    }


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest((20, 21))


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts((20, 21))
    assert committed == [
        "t412", "t413", "t414", "t415", "t432", "t435", "t436", "t437", "t452"
    ]  # fmt: skip
    # news and blog texts of these rounds are not committed
    assert news == 37


def test_a_sealed_round_is_left_out_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "a", "round": 19, "split": "tune"},
        {"id": "b", "round": 20, "split": "held-out"},
        {"id": "c", "round": 21, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["bench_names.py"])] == ["a", "b"]
    assert [i["id"] for i in module.selected(items, ["x", "--round", "21"])] == []
    assert [i["id"] for i in module.selected(items, ["x", "--round", "20"])] == ["b"]
    later = ["x", "--later", "--round", "21"]
    assert [i["id"] for i in module.selected(items, later)] == ["c"]
    assert [i["id"] for i in module.selected(items, ["x", "--later"])] == ["a", "b", "c"]
    assert module.SPLITS == ("tune", "held-out", "sealed")
