"""Rounds 34 and 35 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measured round 32 at its start: round
34 (t726-t747) is that session's fresh round, measured once at its start; round 35 (t748-t769) is
measured once with --later at its end. Both were sealed till then; round 34 was measured at 21:30
UTC on 2026-12-05 (on 292f6e8) and is tune since (round 33 was measured once
at 10:03 UTC on 2026-12-05, main 65ee79a, and is tune since).
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    HERE,
    annotations,
    check_committed_texts,
    check_counts,
    check_glued,
    check_new_urls,
    check_round_rows,
    check_sealed_left_out,
    check_spans_follow_manifest,
    spans_of,
    texts_with_type,
)

NEW = (34, 35)


def test_round_34_is_measured_and_round_35_sealed_in_the_round_table() -> None:
    # round 34 was the fresh round of the session of 2026-12-05 21:08 UTC, measured once on
    # 292f6e8 (the code at its start) and tune since; round 35 was measured once with --later at
    # that session's end (22:29 UTC, main 72b15b77)
    table = check_round_rows(
        {34: ("t726-t747", "292f6e8", "tune"), 35: ("t748-t769", "72b15b77", "tune")}
    )
    assert table[33]["split"] == "tune"  # measured once at the end of the session, 10:03 UTC
    assert table[32]["split"] == "tune"
    assert max(table) == 69  # rounds 36-69 collected sealed after them, two at a time
    assert (table[36]["split"], table[37]["split"]) == ("tune", "tune")  # both measured once


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {34: (22, 191, 115, 667, ["t747"]), 35: (22, 201, 107, 557, ["t763"])}
    types = {
        34: {
            "PERSOON": 81,
            "PLAATS": 64,
            "ORGANISATIE": 34,
            "EMAIL": 4,
            "ADRES": 3,
            "SCHOOL": 3,
            "TELEFOON": 2,
        },
        35: {
            "PERSOON": 79,
            "PLAATS": 66,
            "ORGANISATIE": 45,
            "ADRES": 4,
            "TELEFOON": 3,
            "EMAIL": 2,
            "POSTCODE": 2,
        },
    }
    check_counts(figures, types)


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
    check_glued(NEW, {"t743": ["LexboostAutomatisch"], "t764": ["LexboostAutomatisch"]})


def test_contact_details_are_annotated_whole() -> None:
    # phone numbers with spaces, hyphens and en dashes are one span each
    assert spans_of("t732", "TELEFOON") == ["0167 - 750 850"]
    assert spans_of("t754", "TELEFOON") == ["050 – 50 27 478", "050 – 50 27 223"]
    assert spans_of("t769", "TELEFOON") == ["06-25472404"]
    assert len(spans_of("t732", "EMAIL")) == 4
    # the letters of a post box's postcode whose digits the site dropped (policy of 2026-12-05)
    assert spans_of("t757", "POSTCODE") == ["AA"]
    # a Belgian postcode and a street with its number
    assert spans_of("t756", "POSTCODE") == ["2000"]
    assert spans_of("t756", "ADRES") == ["Sint Jacobstraat 2"]


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
    # nor under another address: no ECLI, Kamerstuk or Handelingen number of the new rounds
    keys = ["GHARL:2016:10442", "GHSHE:2017:3646", "GHSHE:2024:2850", "GHDHA:2014:2770"]
    keys += ["GHSHE:2020:48", "GHSHE:2018:3641", "RBZWB:2025:6642"]
    keys += ["2023D28860", "kst-31839-732", "kst-34880-9", "h-tk-20102011-91-7"]
    new = check_new_urls(NEW, keys, numbers=("31 839, nr. 962", "34 880, nr. 9"))
    # the motion of t750 is also on the Tweede Kamer's site (2020D28262): not taken twice
    assert not [url for url in new if "2020D28262" in url]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t682", 32, "tune"), ("t704", 33, "tune"), ("t726", 34, "sealed")]
    items += [("t748", 35, "sealed")]
    # 34 measured once at 21:30 UTC, 35 at 22:29 UTC, 36 and 37 both measured once
    splits = {32: "tune", 33: "tune", 34: "tune", 35: "tune", 36: "tune", 37: "tune"}
    check_sealed_left_out(items, splits)
