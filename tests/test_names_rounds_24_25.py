"""Rounds 24 and 25 of the real-text names set (bench/realtext/names, collect-names).

Round 24 (t506-t527) was the fresh round of the session of 2026-12-04 23:02 UTC, measured once at
its start on e495c04 and tune material since. Round 25 (t528-t549) was sealed and measured once
with --later at the end of that session (main f6351fc), tune material since.
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


def test_rounds_24_and_25_are_in_the_round_table_and_measured_once() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[24]["texts"] == "t506-t527"
    assert table[25]["texts"] == "t528-t549"
    # round 24 was measured once at the start of the session of 2026-12-04 23:02 UTC, round 25
    # once with --later at its end; both are tune since
    assert (table[24]["split"], table[24]["code_frozen"]) == ("tune", "e495c04")
    assert (table[25]["split"], table[25]["code_frozen"]) == ("tune", "f6351fc")
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (24, 25)}
    assert ids[24] == [f"t{i}" for i in range(506, 528)]
    assert ids[25] == [f"t{i}" for i in range(528, 550)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in (24, 25)}
    # words to keep after the policy lines of 2026-12-05 (names33): 514 and 608 before; t516's
    # post box letters are postcodes (names40: 180 spans, 109 entities, 508 words before)
    assert figures[24] == (22, 185, 111, 503, ["t517", "t525"])
    assert figures[25] == (22, 101, 48, 599, ["t545", "t546", "t547", "t548", "t549"])
    types = {n: type_counts(n) for n in (24, 25)}
    assert types[24] == {
        "PERSOON": 73,
        "PLAATS": 68,
        "ORGANISATIE": 34,
        "ADRES": 3,
        "POSTCODE": 6,  # 1 + t516's five post box letters (names40)
        "TELEFOON": 1,
    }
    assert types[25] == {"PLAATS": 49, "PERSOON": 36, "ORGANISATIE": 16}


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest((24, 25))


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts((24, 25))
    assert committed == ["t506", "t518", "t526", "t528", "t536", "t549"]
    # news, blog and organisation texts (and lexboost.com's generated summaries) are not committed
    assert news == 38


def test_the_new_urls_are_in_no_earlier_round() -> None:
    texts = manifest()["texts"]
    old = {t["url"] for t in texts if int(t.get("round", 1)) < 24}
    new = [t["url"] for t in texts if t.get("round") in (24, 25)]
    assert len(set(new)) == len(new) == 44
    assert not old & set(new)


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t505", "round": 23, "split": "tune"},
        {"id": "t506", "round": 24, "split": "sealed"},
        {"id": "t528", "round": 25, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t505"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "24"])] == ["t506"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "25"])] == ["t528"]
    assert module.splits()[25] == "tune"
