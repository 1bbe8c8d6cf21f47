"""Rounds 26 and 27 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-04 for the session after the one that measures rounds 24 and 25: round 26
(t550-t571) was that session's fresh round (measured once at its start, 2026-12-05 01:18 UTC on
2c128c8, tune since), round 27 (t572-t593) was measured once with --later at its end
(02:57 UTC on ac72578, tune since).
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


def test_rounds_26_and_27_were_measured_once() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[26] == {
        "round": 26,
        "texts": "t550-t571",
        "code_frozen": "2c128c8",
        "split": "tune",
    }
    assert table[27] == {
        "round": 27,
        "texts": "t572-t593",
        "code_frozen": "ac72578",
        "split": "tune",
    }
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in (26, 27)}
    assert ids[26] == [f"t{i}" for i in range(550, 572)]
    assert ids[27] == [f"t{i}" for i in range(572, 594)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in (26, 27)}
    # 576 words to keep since the policy lines of 2026-12-05 (names33; 577 before)
    assert figures[26] == (22, 155, 94, 576, ["t566", "t567", "t571"])
    assert figures[27] == (22, 124, 65, 668, ["t592", "t593"])
    types = {n: type_counts(n) for n in (26, 27)}
    assert types[26] == {
        "PERSOON": 53,
        "PLAATS": 51,
        "ORGANISATIE": 42,
        "ADRES": 4,
        "POSTCODE": 4,
        "SCHOOL": 1,
    }
    assert types[27] == {"PLAATS": 50, "PERSOON": 41, "ORGANISATIE": 28, "ADRES": 3, "POSTCODE": 2}


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest((26, 27))


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts((26, 27))
    # 2 court rulings, 2 Kamervragen and 4 regional health services' inspection reports
    assert committed == ["t550", "t551", "t552", "t553", "t572", "t573", "t574", "t575"]
    # news, blog, organisation and Flemish parliament texts (and lexboost.com's generated
    # summaries) are not committed
    assert news == 36


def test_the_new_urls_are_in_no_earlier_round() -> None:
    texts = manifest()["texts"]
    old = {t["url"] for t in texts if int(t.get("round", 1)) < 26}
    new = [t["url"] for t in texts if t.get("round") in (26, 27)]
    assert len(set(new)) == len(new) == 44
    assert not old & set(new)
    # nor under another address: no ECLI or Kamervragen number of the new rounds is in an older URL
    keys = ["RBALK:2011:BR6531", "RBZWB:2025:3458", "RBZWB:2025:1707", "GHDHA:2014:3202"]
    keys += ["GHAMS:2014:1828", "2010Z10588", "2020Z02854"]
    assert all(any(k in url for url in new) for k in keys)
    assert not [k for k in keys for url in old if k in url]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t527", "round": 24, "split": "tune"},
        {"id": "t550", "round": 26, "split": "tune"},
        {"id": "t572", "round": 27, "split": "tune"},
        {"id": "t594", "round": 28, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t527", "t550", "t572"]
    # --round alone does not open a sealed round
    assert module.selected(items, ["x", "--round", "28"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--round", "27"])] == ["t572"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "28"])] == ["t594"]
    # round 28 was measured once at the start of the session of 2026-12-05 03:58 UTC
    assert (module.splits()[26], module.splits()[27], module.splits()[28]) == (
        "tune",
        "tune",
        "tune",
    )
