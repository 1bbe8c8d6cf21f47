"""Rounds 34 and 35 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measured round 32 at its start: round
34 (t726-t747) is that session's fresh round, measured once at its start; round 35 (t748-t769) is
measured once with --later at its end. Both were sealed till then; round 34 was measured at 21:30
UTC on 2026-12-05 (on 292f6e8) and is tune since (round 33 was measured once
at 10:03 UTC on 2026-12-05, main 65ee79a, and is tune since).
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

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

NEW = (34, 35)


def test_round_34_is_measured_and_round_35_sealed_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    # round 34 was the fresh round of the session of 2026-12-05 21:08 UTC, measured once on
    # 292f6e8 (the code at its start) and tune since
    assert table[34] == {
        "round": 34,
        "texts": "t726-t747",
        "code_frozen": "292f6e8",
        "split": "tune",
    }
    # round 35 was measured once with --later at that session's end (22:29 UTC, main 72b15b77)
    assert table[35] == {
        "round": 35,
        "texts": "t748-t769",
        "code_frozen": "72b15b77",
        "split": "tune",
    }
    assert table[33]["split"] == "tune"  # measured once at the end of the session, 10:03 UTC
    assert table[32]["split"] == "tune"
    assert max(table) == 41  # rounds 36-41 collected sealed after them, two at a time
    assert (table[36]["split"], table[37]["split"]) == ("tune", "tune")  # both measured once
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[34] == [f"t{i}" for i in range(726, 748)]
    assert ids[35] == [f"t{i}" for i in range(748, 770)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    assert figures[34] == (22, 191, 115, 667, ["t747"])
    assert figures[35] == (22, 201, 107, 557, ["t763"])
    types = {n: type_counts(n) for n in NEW}
    assert types[34] == {
        "PERSOON": 81,
        "PLAATS": 64,
        "ORGANISATIE": 34,
        "EMAIL": 4,
        "ADRES": 3,
        "SCHOOL": 3,
        "TELEFOON": 2,
    }
    assert types[35] == {
        "PERSOON": 79,
        "PLAATS": 66,
        "ORGANISATIE": 45,
        "ADRES": 4,
        "TELEFOON": 3,
        "EMAIL": 2,
        "POSTCODE": 2,
    }


def test_each_new_round_names_local_organisations_in_at_least_ten_texts() -> None:
    with_orgs = {n: texts_with_type(n, "ORGANISATIE") for n in NEW}
    assert with_orgs[34] == [
        "t726",
        "t727",
        "t729",
        "t730",
        "t734",
        "t735",
        "t736",
        "t739",
        "t740",
        "t741",
        "t742",
        "t746",
    ]
    assert with_orgs[35] == [
        "t749",
        "t753",
        "t758",
        "t759",
        "t761",
        "t762",
        "t764",
        "t766",
        "t767",
        "t768",
    ]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 6 court rulings, 4 Kamerstukken, 2 Handelingen, 2 committee agendas, a council proposal,
    # an annual accounts page, an inspection report and an ombudsman's report
    assert committed == [
        "t726",
        "t728",
        "t730",
        "t733",
        "t735",
        "t738",
        "t741",
        "t744",
        "t748",
        "t750",
        "t752",
        "t755",
        "t757",
        "t760",
        "t763",
        "t765",
    ]
    # news, blogs, magazine, party, organisation and municipal web pages, generated summaries
    assert news == 28


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    glued = {
        t["id"]: t["glued"] for t in manifest()["texts"] if t.get("round") in NEW and "glued" in t
    }
    assert glued == {"t743": ["LexboostAutomatisch"], "t764": ["LexboostAutomatisch"]}
    items = {t["id"]: t for n in NEW for t in annotations(n)}
    for text_id, words in glued.items():
        assert not [w for w in items[text_id]["keep"] if w["text"] in words]
        assert not [s for s in items[text_id]["identifiers"] if s["text"] in words]


def test_contact_details_are_annotated_whole() -> None:
    items = {t["id"]: t for n in NEW for t in annotations(n)}

    def of(text_id: str, kind: str) -> list[str]:
        return [s["text"] for s in items[text_id]["identifiers"] if s["type"] == kind]

    # phone numbers with spaces, hyphens and en dashes are one span each
    assert of("t732", "TELEFOON") == ["0167 - 750 850"]
    assert of("t754", "TELEFOON") == ["050 – 50 27 478", "050 – 50 27 223"]
    assert of("t769", "TELEFOON") == ["06-25472404"]
    assert len(of("t732", "EMAIL")) == 4
    # the letters of a post box's postcode whose digits the site dropped (policy of 2026-12-05)
    assert of("t757", "POSTCODE") == ["AA"]
    # a Belgian postcode and a street with its number
    assert of("t756", "POSTCODE") == ["2000"]
    assert of("t756", "ADRES") == ["Sint Jacobstraat 2"]


def test_members_after_whom_parties_are_named_are_persons() -> None:
    # the vote table of a motion: "Groep Van Haga", "Fractie Den Haan", "Gündogan", "Omtzigt"
    spans = next(t for t in annotations(34) if t["id"] == "t728")["identifiers"]
    start = (HERE / "texts" / "t728.txt").read_text(encoding="utf-8").index("Fracties |")
    table = [(s["text"], s["entity"]) for s in spans if s["start"] > start]
    assert table == [
        ("Van Haga", "vanhaga"),
        ("Den Haan", "haan"),
        ("Gündogan", "gundogan"),
        ("Omtzigt", "omtzigt"),
    ]
    keep = {w["text"] for w in next(t for t in annotations(34) if t["id"] == "t728")["keep"]}
    assert {"Groep", "Fractie"} <= keep


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {_bare(t["url"]) for t in texts if int(t.get("round", 1)) < 34}
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
    # nor under another address: no ECLI, Kamerstuk or Handelingen number of the new rounds
    keys = ["GHARL:2016:10442", "GHSHE:2017:3646", "GHSHE:2024:2850", "GHDHA:2014:2770"]
    keys += ["GHSHE:2020:48", "GHSHE:2018:3641", "RBZWB:2025:6642"]
    keys += ["2023D28860", "kst-31839-732", "kst-34880-9", "h-tk-20102011-91-7"]
    assert all(any(k in url for url in new) for k in keys)
    plain = [k.lower() for k in keys]
    assert not [k for k in plain for url in old if k in url]
    assert not [k for k in plain if k in others]
    # the motion of t750 is also on the Tweede Kamer's site (2020D28262): not taken twice
    assert not [url for url in new if "2020D28262" in url]
    for number in ("31 839, nr. 962", "34 880, nr. 9"):
        assert number.lower() not in others


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t682", "round": 32, "split": "tune"},
        {"id": "t704", "round": 33, "split": "tune"},
        {"id": "t726", "round": 34, "split": "sealed"},
        {"id": "t748", "round": 35, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t682", "t704"]
    # --round alone does not open a sealed round
    assert module.selected(items, ["x", "--round", "34"]) == []
    assert module.selected(items, ["x", "--round", "35"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "34"])] == ["t726"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "35"])] == ["t748"]
    splits = module.splits()
    assert splits[32] == splits[33] == splits[34] == "tune"  # 34 measured once at 21:30 UTC
    assert splits[35] == "tune"  # measured once at 22:29 UTC
    assert (splits[36], splits[37]) == ("tune", "tune")  # both measured once
