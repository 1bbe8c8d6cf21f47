"""Rounds 30 and 31 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 for the session after the one that measures round 28: round 30
(t638-t659) was that session's fresh round, measured once at its start on 04361a2 and tune since;
round 31 (t660-t681) was measured once with --later at that session's end (f0c86b4), tune since.
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    annotate_module,
    annotated,
    check_committed_texts,
    check_counts,
    check_glued,
    check_new_urls,
    check_round_rows,
    check_sealed_left_out,
    check_spans_follow_manifest,
    texts_with_type,
)

NEW = (30, 31)


def test_round_30_is_measured_and_round_31_sealed_in_the_round_table() -> None:
    check_round_rows({30: ("t638-t659", "04361a2", "tune"), 31: ("t660-t681", "f0c86b4", "tune")})


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {30: (22, 170, 91, 624, ["t639"]), 31: (22, 125, 73, 537, ["t661", "t666", "t669"])}
    types = {
        30: {
            "PLAATS": 72,
            "PERSOON": 55,
            "ORGANISATIE": 37,
            "TELEFOON": 4,
            "ADRES": 1,
            "POSTCODE": 1,
        },
        31: {
            "PLAATS": 48,
            "ORGANISATIE": 42,
            "PERSOON": 31,
            "SCHOOL": 2,
            "ADRES": 1,
            "POSTCODE": 1,
        },
    }
    check_counts(figures, types)


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
    check_glued(NEW, {"t666": ["HomeJongerenJongerenwerkers"]})
    # annotate.py's own rule: the glued breadcrumb is left out, the heading word after it stays
    line = "HomeJongerenJongerenwerkers op straat\n\nDe straat op"
    assert annotate_module().keep_words(line, [], ("HomeJongerenJongerenwerkers",)) == [
        {"start": 39, "end": 41, "text": "De"}
    ]


def test_an_article_before_an_organisation_is_neither_kept_nor_an_identifier() -> None:
    # "De Vliethoeve" (t655), "Het Huis vzw" (t679), "De Hoenderloo Groep" (t667)
    cases = (("t655", "Vliethoeve"), ("t679", "Huis vzw"), ("t667", "Hoenderloo Groep"))
    for text_id, name in cases:
        starts = {s["start"] for s in annotated(text_id)["identifiers"] if s["text"] == name}
        assert starts
        assert not [w for w in annotated(text_id)["keep"] if w["end"] + 1 in starts]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI or Kamerstuk number of the new rounds is in an older URL
    keys = ["RBNHO:2019:4448", "GHAMS:2010:BO9099", "kst-31839-772", "kst-31839-707"]
    keys += ["kst-31839-731"]
    check_new_urls(NEW, keys)


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t594", 28, "tune"), ("t638", 30, "tune"), ("t660", 31, "sealed")]
    # rounds 32 and 33 (collected after this one) were measured once, at 09:15 and 10:03 UTC
    check_sealed_left_out(items, {30: "tune", 31: "tune", 32: "tune", 33: "tune"})
