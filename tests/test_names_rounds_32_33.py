"""Rounds 32 and 33 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measures round 30: round 32
(t682-t703) is that session's fresh round, measured once at its start; round 33 (t704-t725) is
measured once with --later at its end. Round 32 was measured at 09:15 UTC on 2026-12-05 (main
4746bdf), round 33 with --later at 10:03 UTC (main 65ee79a); both are tune since.
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    annotate_module,
    annotated,
    annotations,
    check_committed_texts,
    check_counts,
    check_glued,
    check_new_urls,
    check_round_rows,
    check_sealed_left_out,
    check_spans_follow_manifest,
    texts_with_type,
)

NEW = (32, 33)


def test_rounds_32_and_33_are_measured_in_the_round_table() -> None:
    table = check_round_rows(
        {32: ("t682-t703", "4746bdf", "tune"), 33: ("t704-t725", "65ee79a", "tune")}
    )
    assert table[31]["split"] == "tune"  # measured once at the end of the session, 07:31 UTC
    assert max(table) == 69  # rounds 34-69 collected sealed after it, two at a time (collect-names)
    assert (table[36]["split"], table[37]["split"]) == ("tune", "tune")  # both measured once


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # names45 (the lead's annotation decisions of 2026-12-05): t693's joint arrangement keeps
    # its legal form and field (4 kept words, its region a place, one entity fewer), t698's
    # "SJW Wassenaar" is one organisation (one span fewer), t710's "(BJZ)" is the bureau
    figures = {32: (22, 188, 109, 521, ["t702"]), 33: (22, 181, 93, 545, ["t716", "t724"])}
    types = {
        32: {
            "PLAATS": 79,
            "PERSOON": 67,
            "ORGANISATIE": 29,
            "ADRES": 5,
            "POSTCODE": 3,
            "TELEFOON": 3,
            "EMAIL": 2,
        },
        33: {
            "PERSOON": 83,
            "PLAATS": 70,
            "ORGANISATIE": 25,
            "ADRES": 1,
            "POSTCODE": 1,
            "TELEFOON": 1,
        },
    }
    check_counts(figures, types)


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
        "t688": ["LexboostAutomatisch"],
        "t704": ["BeschikkingRECHTBANK"],
        "t710": ["LexboostAutomatisch"],
        "t719": ["OrganisatietypeGemeente", "Citeertitelverordening", "Onderwerpmaatschappelijke"],
    }
    check_glued(NEW, glued)
    # annotate.py's own rule: the glued field label is left out, the value's word after it stays
    line = "OrganisatietypeGemeente\nVastgesteld doorgemeenteraad"
    assert annotate_module().keep_words(line, [], ("OrganisatietypeGemeente",)) == [
        {"start": 24, "end": 35, "text": "Vastgesteld"}
    ]


def test_a_glued_token_that_holds_a_name_is_the_mention_as_a_whole() -> None:
    # "Logo Stichting Buurtwerk WoerdenStichting Buurtwerk in Woerden" (t711) and the
    # repository's field "OrganisatieHilvarenbeek" (t719): the town, glued, is one PLAATS span
    for text_id, token in (("t711", "WoerdenStichting"), ("t719", "OrganisatieHilvarenbeek")):
        spans = [s for s in annotated(text_id)["identifiers"] if s["text"] == token]
        assert [s["type"] for s in spans] == ["PLAATS"]
        assert not [w for w in annotated(text_id)["keep"] if token in w["text"]]


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
    # nor under another address: no ECLI or Kamerstuk number of the new rounds is elsewhere
    keys = ["GHARL%3A2025%3A725", "GHARL:2022:264", "RBNNE:2017:3720", "RBMNE:2017:5959"]
    keys += ["GHARL:2014:7094", "kst-35925-XVI-119", "kst-36096-10"]
    keys += ["h-tk-20232024-58-5", "h-tk-20222023-49-29"]
    check_new_urls(NEW, keys, numbers=("35 925 XVI, nr. 119", "36 096, nr. 10"))


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t638", 30, "tune"), ("t682", 32, "tune"), ("t704", 33, "sealed")]
    # round 33 was measured once at 10:03 UTC (main 65ee79a) and is tune since
    check_sealed_left_out(items, {31: "tune", 32: "tune", 33: "tune"})
