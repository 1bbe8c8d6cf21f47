"""Rounds 32 and 33 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measures round 30: round 32
(t682-t703) is that session's fresh round, measured once at its start; round 33 (t704-t725) is
measured once with --later at its end. Round 32 was measured at 09:15 UTC on 2026-12-05 (main
4746bdf), round 33 with --later at 10:03 UTC (main 65ee79a); both are tune since.
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

NEW = (32, 33)


def test_rounds_32_and_33_are_measured_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[32] == {
        "round": 32,
        "texts": "t682-t703",
        "code_frozen": "4746bdf",
        "split": "tune",
    }
    assert table[33] == {
        "round": 33,
        "texts": "t704-t725",
        "code_frozen": "65ee79a",
        "split": "tune",
    }
    assert table[31]["split"] == "tune"  # measured once at the end of the session, 07:31 UTC
    assert max(table) == 41  # rounds 34-41 collected sealed after it, two at a time (collect-names)
    assert (table[36]["split"], table[37]["split"]) == ("tune", "tune")  # both measured once
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[32] == [f"t{i}" for i in range(682, 704)]
    assert ids[33] == [f"t{i}" for i in range(704, 726)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    # names45 (the lead's annotation decisions of 2026-12-05): t693's joint arrangement keeps
    # its legal form and field (4 kept words, its region a place, one entity fewer), t698's
    # "SJW Wassenaar" is one organisation (one span fewer), t710's "(BJZ)" is the bureau
    assert figures[32] == (22, 188, 109, 521, ["t702"])
    assert figures[33] == (22, 181, 93, 545, ["t716", "t724"])
    types = {n: type_counts(n) for n in NEW}
    assert types[32] == {
        "PLAATS": 79,
        "PERSOON": 67,
        "ORGANISATIE": 29,
        "ADRES": 5,
        "POSTCODE": 3,
        "TELEFOON": 3,
        "EMAIL": 2,
    }
    assert types[33] == {
        "PERSOON": 83,
        "PLAATS": 70,
        "ORGANISATIE": 25,
        "ADRES": 1,
        "POSTCODE": 1,
        "TELEFOON": 1,
    }


def test_each_new_round_names_local_organisations_in_at_least_ten_texts() -> None:
    with_orgs = {n: texts_with_type(n, "ORGANISATIE") for n in NEW}
    assert with_orgs[32] == [
        "t682",
        "t687",
        "t689",
        "t690",
        "t691",
        "t693",
        "t695",
        "t696",
        "t698",
        "t699",
        "t703",
    ]
    assert with_orgs[33] == [
        "t709",
        "t710",
        "t711",
        "t712",
        "t715",
        "t717",
        "t720",
        "t721",
        "t722",
        "t725",
    ]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 3 court rulings, 2 Kamerstukken, 2 Handelingen excerpts, 5 municipal documents, 2 host
    # agencies' inspection reports and 2 children's ombudsman's reports
    assert committed == [
        "t682",
        "t684",
        "t686",
        "t690",
        "t692",
        "t695",
        "t697",
        "t700",
        "t704",
        "t706",
        "t708",
        "t712",
        "t714",
        "t717",
        "t719",
        "t722",
    ]
    # news, blog, magazine, organisation pages and generated summaries stay local
    assert news == 28


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    glued = {
        t["id"]: t["glued"] for t in manifest()["texts"] if t.get("round") in NEW and "glued" in t
    }
    assert glued == {
        "t688": ["LexboostAutomatisch"],
        "t704": ["BeschikkingRECHTBANK"],
        "t710": ["LexboostAutomatisch"],
        "t719": ["OrganisatietypeGemeente", "Citeertitelverordening", "Onderwerpmaatschappelijke"],
    }
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    for text_id, words in glued.items():
        assert not [w for w in items[text_id]["keep"] if w["text"] in words]
        assert not [s for s in items[text_id]["identifiers"] if s["text"] in words]
    # annotate.py's own rule: the glued field label is left out, the value's word after it stays
    spec = importlib.util.spec_from_file_location("annotate", HERE / "annotate.py")
    annotate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(annotate)
    line = "OrganisatietypeGemeente\nVastgesteld doorgemeenteraad"
    assert annotate.keep_words(line, [], ("OrganisatietypeGemeente",)) == [
        {"start": 24, "end": 35, "text": "Vastgesteld"}
    ]


def test_a_glued_token_that_holds_a_name_is_the_mention_as_a_whole() -> None:
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    # "Logo Stichting Buurtwerk WoerdenStichting Buurtwerk in Woerden" (t711) and the
    # repository's field "OrganisatieHilvarenbeek" (t719): the town, glued, is one PLAATS span
    for text_id, token in (("t711", "WoerdenStichting"), ("t719", "OrganisatieHilvarenbeek")):
        spans = [s for s in items[text_id]["identifiers"] if s["text"] == token]
        assert [s["type"] for s in spans] == ["PLAATS"]
        assert not [w for w in items[text_id]["keep"] if token in w["text"]]


def test_a_name_after_a_hyphen_is_annotated_with_the_name_before_it() -> None:
    # the whole-word match cannot see "Zutphen" after "Lochem-": "Lochem-Zutphen" is one
    # PLAATS mention of its own; "Lochem/Zutphen" and "Lochem Zutphen" are two mentions each
    spans = next(t for t in annotations(32) if t["id"] == "t686")["identifiers"]
    assert [(s["text"], s["entity"]) for s in spans] == [
        ("Lochem-Zutphen", "lochemzutphen"),
        ("Lochem", "lochem"),
        ("Zutphen", "zutphen"),
        ("Lochem", "lochem"),
        ("Zutphen", "zutphen"),
        ("Zutphen", "zutphen"),
    ]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {_bare(t["url"]) for t in texts if int(t.get("round", 1)) < 32}
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
    # nor under another address: no ECLI or Kamerstuk number of the new rounds is elsewhere
    keys = ["GHARL%3A2025%3A725", "GHARL:2022:264", "RBNNE:2017:3720", "RBMNE:2017:5959"]
    keys += ["GHARL:2014:7094", "kst-35925-XVI-119", "kst-36096-10"]
    keys += ["h-tk-20232024-58-5", "h-tk-20222023-49-29"]
    assert all(any(k in url for url in new) for k in keys)
    plain = [k.replace("%3A", ":") for k in keys]
    assert not [k for k in plain for url in old if k.lower() in url.replace("%3a", ":")]
    assert not [k for k in plain if k.lower() in others]
    for number in ("35 925 XVI, nr. 119", "36 096, nr. 10"):
        assert number.lower() not in others


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t638", "round": 30, "split": "tune"},
        {"id": "t682", "round": 32, "split": "tune"},
        {"id": "t704", "round": 33, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t638", "t682"]
    # --round alone does not open a sealed round
    assert [i["id"] for i in module.selected(items, ["x", "--round", "32"])] == ["t682"]
    assert module.selected(items, ["x", "--round", "33"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "33"])] == ["t704"]
    splits = module.splits()
    # round 33 was measured once at 10:03 UTC (main 65ee79a) and is tune since
    assert (splits[31], splits[32], splits[33]) == ("tune", "tune", "tune")
