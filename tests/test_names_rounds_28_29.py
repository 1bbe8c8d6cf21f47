"""Rounds 28 and 29 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measures rounds 26 and 27: round 28
(t594-t615) is that session's fresh round (its lead turns it held-out and measures it once at its
start), round 29 (t616-t637) is measured once with --later at its end; both are sealed till then.
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

import importlib.util
import re

from names_rounds_helpers import (
    HERE,
    annotations,
    bench_names,
    check_committed_texts,
    check_spans_follow_manifest,
    manifest,
    round_figures,
    texts_with_type,
    type_counts,
)

NEW = (28, 29)


def test_rounds_28_and_29_were_measured_once_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    # round 28 was measured once at the start of the session of 2026-12-05 03:58 UTC (tune since)
    assert table[28] == {
        "round": 28,
        "texts": "t594-t615",
        "code_frozen": "d6b06d7",
        "split": "tune",
    }
    # round 29 was measured once with --later at the end of that session (05:31 UTC, 93e0ba1)
    assert table[29] == {
        "round": 29,
        "texts": "t616-t637",
        "code_frozen": "93e0ba1",
        "split": "tune",
    }
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[28] == [f"t{i}" for i in range(594, 616)]
    assert ids[29] == [f"t{i}" for i in range(616, 638)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    assert figures[28] == (22, 159, 83, 527, ["t603", "t607"])
    assert figures[29] == (22, 98, 52, 673, ["t625", "t628", "t630", "t631"])
    types = {n: type_counts(n) for n in NEW}
    assert types[28] == {
        "PLAATS": 66,
        "ORGANISATIE": 54,
        "PERSOON": 35,
        "POSTCODE": 2,
        "ADRES": 1,
        "EMAIL": 1,
    }
    assert types[29] == {"PLAATS": 36, "PERSOON": 32, "ORGANISATIE": 28, "ADRES": 1, "POSTCODE": 1}


def test_each_new_round_names_local_organisations_in_at_least_six_texts() -> None:
    with_orgs = {n: texts_with_type(n, "ORGANISATIE") for n in NEW}
    assert with_orgs[28] == [
        "t594",
        "t595",
        "t596",
        "t597",
        "t600",
        "t602",
        "t604",
        "t608",
        "t610",
        "t612",
        "t614",
    ]
    assert with_orgs[29] == ["t619", "t620", "t623", "t626", "t634", "t636", "t637"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 5 court rulings, Kamervragen and 3 regional health services' inspection reports
    assert committed == ["t594", "t595", "t596", "t597", "t616", "t617", "t618", "t619", "t620"]
    # news, blog, organisation and municipal pages and lexboost.com's summaries stay local
    assert news == 35


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    glued = {
        t["id"]: t["glued"] for t in manifest()["texts"] if t.get("round") in NEW and "glued" in t
    }
    assert glued == {
        "t598": ["LexboostAutomatisch"],
        "t621": ["LexboostAutomatisch"],
        "t622": ["LexboostAutomatisch"],
    }
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    for text_id, words in glued.items():
        assert not [w for w in items[text_id]["keep"] if w["text"] in words]
        assert not [s for s in items[text_id]["identifiers"] if s["text"] in words]
    # annotate.py's own rule: the glued word is left out, the words around it stay
    spec = importlib.util.spec_from_file_location("annotate", HERE / "annotate.py")
    annotate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(annotate)
    line = "AI samenvatting door LexboostAutomatisch gegenereerd"
    assert annotate.keep_words(line, [], ("LexboostAutomatisch",)) == [
        {"start": 0, "end": 2, "text": "AI"}
    ]
    assert [w["text"] for w in annotate.keep_words(line, [])] == ["AI", "LexboostAutomatisch"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {t["url"] for t in texts if int(t.get("round", 1)) < 28}
    new = [t["url"] for t in texts if t.get("round") in NEW]
    assert len(set(new)) == len(new) == 44
    assert not old & set(new)
    # nor in the labels, codes and themes manifests
    others = ""
    for path in sorted(HERE.parent.glob("*/manifest*")):
        if path.parent.name != "names":
            others += path.read_text(encoding="utf-8")
    assert len(re.findall(r"https?://", others)) > 100  # the other manifests were read
    assert not [url for url in new if url in others]
    # nor under another address: no ECLI or Kamervragen number of the new rounds is in an older URL
    keys = ["RBMAA:2010:BL8293", "RBROT:2020:5827", "RBDHA:2021:4921", "GHSHE:2023:2791"]
    keys += ["GHDHA:2021:2426", "RBMNE:2024:3158", "RBMNE:2025:5622", "2021Z06992"]
    assert all(any(k in url for url in new) for k in keys)
    assert not [k for k in keys for url in old if k in url]
    assert not [k for k in keys if k in others]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t550", "round": 26, "split": "tune"},
        {"id": "t594", "round": 28, "split": "sealed"},
        {"id": "t616", "round": 29, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t550"]
    # --round alone does not open a sealed round
    assert module.selected(items, ["x", "--round", "28"]) == []
    assert module.selected(items, ["x", "--round", "29"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "28"])] == ["t594"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "29"])] == ["t616"]
    assert (module.splits()[28], module.splits()[29]) == ("tune", "tune")
