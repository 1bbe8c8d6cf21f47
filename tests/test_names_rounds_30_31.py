"""Rounds 30 and 31 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measures round 28: round 30
(t638-t659) was that session's fresh round, measured once at its start on 04361a2 and tune since;
round 31 (t660-t681) was measured once with --later at that session's end (f0c86b4), tune since.
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
from realtext_helpers import bare_url as _bare

NEW = (30, 31)


def test_round_30_is_measured_and_round_31_sealed_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[30] == {
        "round": 30,
        "texts": "t638-t659",
        "code_frozen": "04361a2",
        "split": "tune",
    }
    assert table[31] == {
        "round": 31,
        "texts": "t660-t681",
        "code_frozen": "f0c86b4",
        "split": "tune",
    }
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[30] == [f"t{i}" for i in range(638, 660)]
    assert ids[31] == [f"t{i}" for i in range(660, 682)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    assert figures[30] == (22, 170, 91, 624, ["t639"])
    assert figures[31] == (22, 125, 73, 537, ["t661", "t666", "t669"])
    types = {n: type_counts(n) for n in NEW}
    assert types[30] == {
        "PLAATS": 72,
        "PERSOON": 55,
        "ORGANISATIE": 37,
        "TELEFOON": 4,
        "ADRES": 1,
        "POSTCODE": 1,
    }
    assert types[31] == {
        "PLAATS": 48,
        "ORGANISATIE": 42,
        "PERSOON": 31,
        "SCHOOL": 2,
        "ADRES": 1,
        "POSTCODE": 1,
    }


def test_each_new_round_names_local_organisations_in_at_least_nine_texts() -> None:
    with_orgs = {n: texts_with_type(n, "ORGANISATIE") for n in NEW}
    assert with_orgs[30] == [
        "t641",
        "t642",
        "t643",
        "t645",
        "t646",
        "t652",
        "t654",
        "t655",
        "t656",
    ]
    assert with_orgs[31] == [
        "t663",
        "t664",
        "t665",
        "t667",
        "t668",
        "t673",
        "t674",
        "t676",
        "t677",
        "t679",
        "t680",
    ]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 2 court rulings, 4 Kamerstukken, municipal and audit office documents, an ombudsman
    # committee's report and 2 government reports (RIVM, a municipality's evaluation)
    assert committed == [
        "t646",
        "t648",
        "t649",
        "t652",
        "t654",
        "t659",
        "t660",
        "t663",
        "t667",
        "t670",
        "t673",
        "t681",
    ]
    # news, blog, organisation, party and school pages and papers through mirrors stay local
    assert news == 32


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    glued = {
        t["id"]: t["glued"] for t in manifest()["texts"] if t.get("round") in NEW and "glued" in t
    }
    assert glued == {"t666": ["HomeJongerenJongerenwerkers"]}
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    for text_id, words in glued.items():
        assert not [w for w in items[text_id]["keep"] if w["text"] in words]
        assert not [s for s in items[text_id]["identifiers"] if s["text"] in words]
    # annotate.py's own rule: the glued breadcrumb is left out, the heading word after it stays
    spec = importlib.util.spec_from_file_location("annotate", HERE / "annotate.py")
    annotate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(annotate)
    line = "HomeJongerenJongerenwerkers op straat\n\nDe straat op"
    assert annotate.keep_words(line, [], ("HomeJongerenJongerenwerkers",)) == [
        {"start": 39, "end": 41, "text": "De"}
    ]


def test_an_article_before_an_organisation_is_neither_kept_nor_an_identifier() -> None:
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    # "De Vliethoeve" (t655), "Het Huis vzw" (t679), "De Hoenderloo Groep" (t667)
    cases = (("t655", "Vliethoeve"), ("t679", "Huis vzw"), ("t667", "Hoenderloo Groep"))
    for text_id, name in cases:
        starts = {s["start"] for s in items[text_id]["identifiers"] if s["text"] == name}
        assert starts
        assert not [w for w in items[text_id]["keep"] if w["end"] + 1 in starts]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {_bare(t["url"]) for t in texts if int(t.get("round", 1)) < 30}
    new = [t["url"] for t in texts if t.get("round") in NEW]
    assert len({_bare(u) for u in new}) == len(new) == 44
    assert not old & {_bare(u) for u in new}
    # nor in the labels, codes and themes manifests
    others = ""
    for path in sorted(HERE.parent.glob("*/manifest*")):
        if path.parent.name != "names":
            others += path.read_text(encoding="utf-8").lower()
    assert len(re.findall(r"https?://", others)) > 100  # the other manifests were read
    assert not [url for url in new if _bare(url) in others]
    # nor under another address: no ECLI or Kamerstuk number of the new rounds is in an older URL
    keys = ["RBNHO:2019:4448", "GHAMS:2010:BO9099", "kst-31839-772", "kst-31839-707"]
    keys += ["kst-31839-731"]
    assert all(any(k in url for url in new) for k in keys)
    assert not [k for k in keys for url in old if k.lower() in url]
    assert not [k for k in keys if k.lower() in others]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t594", "round": 28, "split": "tune"},
        {"id": "t638", "round": 30, "split": "tune"},
        {"id": "t660", "round": 31, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t594", "t638"]
    # --round alone does not open a sealed round
    assert [i["id"] for i in module.selected(items, ["x", "--round", "30"])] == ["t638"]
    assert module.selected(items, ["x", "--round", "31"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "31"])] == ["t660"]
    assert (module.splits()[30], module.splits()[31]) == ("tune", "tune")
    # rounds 32 and 33 (collected after this one) were measured once, at 09:15 and 10:03 UTC
    assert (module.splits()[32], module.splits()[33]) == ("tune", "tune")
