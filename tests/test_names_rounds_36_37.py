"""Rounds 36 and 37 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-05 (after 21:10 UTC) for the next session: round 36 (t770-t791) is that
session's fresh round, measured once at its start; round 37 (t792-t813) is measured once with
--later at its end. Both are sealed till then. 26 texts are public documents committed under
texts/ (court rulings, Kamerstukken, municipal and regional government documents); the 18 others
are kept in the git-ignored bench/data/realtext_names/, each with a `restore:` hint in the
manifest (the search query and corpus that return its stored excerpt with one look-up).
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    annotated,
    check_committed_texts,
    check_counts,
    check_glued,
    check_new_urls,
    check_restore_hints,
    check_round_rows,
    check_sealed_left_out,
    check_spans_follow_manifest,
    entities_of,
    spans_of,
    texts_with_type,
)

NEW = (36, 37)


def test_rounds_36_and_37_were_measured_in_the_round_table() -> None:
    # round 36 was measured once at the start of the session of 2026-12-05 23:50 UTC, round 37
    # once with --later at the end of that session (01:21 UTC)
    table = check_round_rows(
        {36: ("t770-t791", "122dd085", "tune"), 37: ("t792-t813", "2bdeabcb", "tune")}
    )
    assert max(table) == 69  # rounds 38-69 collected sealed after them (collect-names)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {36: (22, 197, 124, 649, ["t791"]), 37: (22, 210, 151, 683, ["t813"])}
    types = {
        36: {
            "PERSOON": 90,
            "PLAATS": 62,
            "ORGANISATIE": 36,
            "ADRES": 6,
            "SCHOOL": 1,
            "TELEFOON": 1,
            "EMAIL": 1,
        },
        37: {
            "PERSOON": 102,
            "PLAATS": 59,
            "ORGANISATIE": 42,
            "ADRES": 3,
            "POSTCODE": 2,
            "SCHOOL": 1,
            "TELEFOON": 1,
        },
    }
    check_counts(figures, types)


def test_each_new_round_names_local_organisations_in_ten_texts() -> None:
    with_orgs = {n: texts_with_type(n, "ORGANISATIE") for n in NEW}
    assert with_orgs[36] == [
        "t771",
        "t773",
        "t774",
        "t775",
        "t779",
        "t781",
        "t785",
        "t786",
        "t788",
        "t790",
    ]
    assert with_orgs[37] == [
        "t793",
        "t795",
        "t796",
        "t799",
        "t801",
        "t804",
        "t806",
        "t809",
        "t810",
        "t811",
    ]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 6 court rulings, 7 Kamerstukken (motions, a letter, a memorandum), 9 municipal documents
    # (minutes, agendas, regulations, policy papers), 2 regional offices' reports, a joint
    # arrangement's instruction and a WODC report
    assert committed == [
        "t770",
        "t772",
        "t774",
        "t776",
        "t778",
        "t780",
        "t781",
        "t783",
        "t785",
        "t787",
        "t789",
        "t790",
        "t791",
        "t792",
        "t794",
        "t796",
        "t798",
        "t800",
        "t802",
        "t803",
        "t805",
        "t807",
        "t809",
        "t811",
        "t812",
        "t813",
    ]
    # news, party, organisation pages and reports kept in bench/data/realtext_names/
    assert news == 18


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    check_restore_hints(NEW, 18, 10)


def test_glued_field_labels_are_neither_identifiers_nor_kept() -> None:
    glued = ["OrganisatietypeGemeente", "CiteertitelSubsidieregeling", "Onderwerpmaatschappelijke"]
    check_glued(NEW, {"t780": glued})
    # the municipality glued to its field label is the place as a whole token
    assert "OrganisatieMontferland" in {s["text"] for s in annotated("t780")["identifiers"]}


def test_contact_details_are_annotated_whole() -> None:
    assert spans_of("t782", "TELEFOON") == ["06 155 988 50"]
    assert spans_of("t782", "EMAIL") == ["leergeldadl@hotmail.com"]
    # the area code left of a fax number and the letters of postcodes whose digits were dropped
    assert spans_of("t803", "TELEFOON") == ["(070)"]
    assert spans_of("t803", "POSTCODE") == ["2500 EH"]
    assert spans_of("t810", "POSTCODE") == ["DD"]
    assert spans_of("t812", "ADRES") == ["Nelissenhofweg", "Tobbersdijk 64"]


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    # minutes' attendance lists: every member an entity of its own, two of one surname two
    assert len(entities_of("t781", "PERSOON")) == 22
    assert len(entities_of("t796", "PERSOON")) == 25
    assert len(entities_of("t808", "PERSOON")) == 39
    texts = {s["text"] for s in annotated("t796")["identifiers"]}
    assert {"T.J.M. Mornout - van Orsouw", "C.J.G. Vliet Vlieland - de Wit"} <= texts
    # surname first with the initials after it, a glued footnote number, a group's initials
    assert "Graaf, J.H. de" in {s["text"] for s in annotated("t770")["identifiers"]}
    assert "De Lange3" in {s["text"] for s in annotated("t805")["identifiers"]}
    kooten = [s["text"] for s in annotated("t772")["identifiers"] if s["entity"] == "kooten"]
    assert kooten.count("vKA") == 2
    # surnames that are ordinary words in a signature list
    signatures = [s["text"] for s in annotated("t783")["identifiers"]]
    assert {"Strik", "Nagel"} <= set(signatures)


def test_bare_network_names_are_kept_and_named_branches_are_organisations() -> None:
    # "Leergeld" alone is the national network's name (kept); "Leergeld <region>" is local
    for text_id in ("t771", "t782", "t786", "t799"):
        assert "Leergeld" in {w["text"] for w in annotated(text_id)["keep"]}, text_id
    orgs = set(spans_of("t786", "ORGANISATIE"))
    assert orgs == {"Stichting Leergeld Drechtsteden", "Leergeld Drechtsteden"}
    # an office named by its kind only is kept; named with its region, its short form is it
    assert not [s for s in annotated("t789")["identifiers"] if "Bureau" in s["text"]]
    assert "RBL" in {w["text"] for w in annotated("t789")["keep"]}
    rbl = [s["text"] for s in annotated("t811")["identifiers"]]
    assert rbl == ["Regionaal Bureau Leerrecht Holland Rijnland"] + ["RBL"] * 4


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk or publication number of the new rounds
    keys = ["RBNHO:2019:152", "RBROT:2025:11432", "GHARL:2019:4805", "GHSHE:2017:2306"]
    keys += ["RBMAA:2009:BK6087", "GHDHA:2020:971"]
    keys += ["kst-24515-370", "kst-24515-474", "kst-24515-455", "kst-34300-P", "kst-34775-D"]
    keys += ["35300-XV/79", "bgr-2019-161", "CVDR325726", "CVDR692727"]
    numbers = ("24 515, nr. 370", "24 515, nr. 474", "24 515, nr. 455", "34 775", "31 829")
    check_new_urls(NEW, keys, numbers=numbers, noted=numbers)


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t704", 33, "tune"), ("t770", 36, "sealed"), ("t792", 37, "sealed")]
    check_sealed_left_out(items, {36: "tune", 37: "tune"})  # both measured once
