"""Rounds 22 and 23 of the real-text names set (bench/realtext/names, names-r22).

Round 22 (t458-t480) was the fresh held-out round (measured once by the lead, tune since), round 23
(t481-t505) was sealed (left out of every run without --later) until its one measurement.
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


def test_rounds_22_and_23_are_tune_after_their_measurements() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[22]["texts"] == "t458-t480"
    assert table[23]["texts"] == "t481-t505"
    assert (table[22]["split"], table[23]["split"]) == ("tune", "tune")
    assert (table[22]["code_frozen"], table[23]["code_frozen"]) == ("5473449", "72647d6")
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (22, 23)}
    assert ids[22] == [f"t{i}" for i in range(458, 481)]
    assert ids[23] == [f"t{i}" for i in range(481, 506)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in (22, 23)}
    assert figures[22] == (23, 96, 60, 521, ["t461", "t471", "t478", "t480"])
    assert figures[23] == (25, 72, 46, 363, ["t495", "t497", "t498", "t500"])
    types = {n: type_counts(n) for n in (22, 23)}
    assert types[22] == {
        "PLAATS": 45,
        "PERSOON": 34,
        "ORGANISATIE": 11,
        "TELEFOON": 4,
        "ADRES": 1,
        "POSTCODE": 1,
    }
    assert types[23] == {"PLAATS": 36, "PERSOON": 25, "ORGANISATIE": 10, "ADRES": 1}


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest((22, 23))


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts((22, 23))
    assert committed == ["t458", "t461", "t464", "t473", "t481", "t483"]
    # news and blog texts (and lexboost.com's generated summaries) are not committed
    assert news == 42


def test_a_sealed_round_is_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t457", "round": 21, "split": "tune"},
        {"id": "t458", "round": 22, "split": "held-out"},
        {"id": "t481", "round": 23, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t457", "t458"]
    assert [i["id"] for i in module.selected(items, ["x", "--round", "23"])] == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "23"])] == ["t481"]
    assert module.splits()[22] == "tune" and module.splits()[23] == "tune"
