"""Rounds 42 and 43 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 05:35 UTC) for the next session: round 42 (t902-t923) is that
session's fresh round, measured once at its start (08:28 UTC, on f2b2aec3; tune since); round 43
(t924-t945) once with --later at its end (09:36 UTC, main cbae31e7; tune since). 23 texts are public
documents committed under texts/ (court rulings on surnames, passports and custody, Kamerstukken and
a Handelingen excerpt, inspection reports, a children's council's decisions, a municipal executive's
decision, regulations); the 21 others are kept in the git-ignored bench/data/realtext_names/, each
with a `restore:` hint in the manifest (the search query and corpus that return its stored excerpt
with one look-up). Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

import re

from names_rounds_helpers import (
    REPO,
    annotated,
    check_committed_prefixes,
    check_committed_texts,
    check_counts,
    check_glued,
    check_new_urls,
    check_restore_hints,
    check_round_rows,
    check_sealed_left_out,
    check_spans_follow_manifest,
    committed_per_round,
    entities_of,
    spans_of,
    texts_with_type,
)

NEW = (42, 43)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t902": "9312f36f3e66db9c",
    "t904": "707525dcf0abf94c",
    "t906": "c6ecae053c197b61",
    "t908": "d0a89d0e505075dc",
    "t910": "70dc34a08897c5f5",
    "t912": "51138415dac28f83",
    "t914": "2e08b7160ac300e4",
    "t916": "91ff54d8c26b2bc9",
    "t918": "afe831bdbcaf931b",
    "t920": "8f8f7d86608b8ed3",
    "t922": "d998cb564beacca6",
    "t923": "b9ae5580a91492a7",
    "t924": "c4aecc64f30f9819",
    "t926": "a9b94f2a2d4da7e5",
    "t928": "f581bcaa485954a9",
    "t930": "222d00c3aa186a83",
    "t932": "f575652940f30f7e",
    "t934": "132d34264d334542",
    "t936": "e3ab663d86fd0c73",
    "t938": "e4c096e93e81fc72",
    "t940": "4aeb25e28460ad5b",
    "t942": "34d2d411960745e6",
    "t944": "22b0a10f4c2f4806",
}


def test_rounds_42_and_43_are_measured_in_the_round_table() -> None:
    # round 42 was measured once at the start of the session of 2026-12-06 08:25 UTC, on f2b2aec3;
    # round 43 once with --later at its end (09:36 UTC, main cbae31e7)
    rows = {42: ("t902-t923", "f2b2aec3", "tune"), 43: ("t924-t945", "cbae31e7", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 44-69 collected sealed after them (collect-names)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {42: (22, 230, 125, 573, []), 43: (22, 167, 109, 510, ["t936", "t940"])}
    types = {
        42: {"PERSOON": 123, "PLAATS": 78, "ORGANISATIE": 26, "SCHOOL": 3},
        43: {"PERSOON": 72, "PLAATS": 62, "ORGANISATIE": 29, "SCHOOL": 2, "ADRES": 2},
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    assert texts_with_type(42, "ORGANISATIE") == [
        "t903",
        "t905",
        "t906",
        "t908",
        "t910",
        "t911",
        "t913",
        "t914",
        "t915",
        "t919",
    ]
    assert texts_with_type(43, "ORGANISATIE") == [
        "t925",
        "t927",
        "t931",
        "t933",
        "t935",
        "t937",
        "t939",
        "t943",
    ]
    assert texts_with_type(42, "SCHOOL") == ["t907", "t909"]
    assert texts_with_type(43, "SCHOOL") == ["t927", "t928"]
    assert texts_with_type(42, "ADRES") == []
    assert texts_with_type(43, "ADRES") == ["t945"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 11 court rulings (5 from uitspraken.rechtspraak.nl, hse.sdu.nl's copy of one, 5 headings
    # through lexboost.com), 4 Kamerstukken (2 committees' reports, a minister's letter, a
    # committee debate's report), a Handelingen excerpt, 2 inspectorate's reports and its
    # brochure, a children's council's decisions, a municipal executive's decision and 2
    # regulations
    assert committed == sorted(COMMITTED_SHA)
    assert news == 21
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {42: 12, 43: 11}  # about half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 21, 5)
    children_mayors = {hints[i] for i in ("t903", "t905", "t907", "t909", "t927", "t929")}
    assert len(children_mayors) == 1
    farms = {hints[i] for i in ("t911", "t913", "t915", "t933", "t935", "t937", "t939")}
    assert len(farms) == 1
    questions = {hints[i] for i in ("t921", "t925", "t931", "t943")}
    assert len(questions) == 1
    assert hints["t917"] == hints["t941"]
    assert hints["t919"] == hints["t945"]


def test_no_glued_scrape_words_in_the_new_rounds() -> None:
    # a page's time codes glued to names are the persons' mentions (t908), not scrape words
    check_glued(NEW, {})


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    # children by first name only, each an entity of their own
    assert len(entities_of("t917", "PERSOON")) == 19
    assert len(entities_of("t941", "PERSOON")) == 17
    assert "Art" in spans_of("t941", "PERSOON")
    # members by surname in committees' reports
    assert len(entities_of("t912", "PERSOON")) == 11
    assert len(entities_of("t928", "PERSOON")) == 14
    assert {"Jasper van Dijk", "Van Meenen", "De Kler"} <= set(spans_of("t912", "PERSOON"))
    # a name glued to a video time code is the whole token, one entity with the name
    texts = spans_of("t908", "PERSOON")
    assert texts.count("Rian Hunze00") == 2
    assert {"Yenthe van der Wal00", "Jilmer Dykstra00"} <= set(texts)
    assert len(entities_of("t908", "PERSOON")) == 5
    # a photographer's initials glued to his surname in capitals
    assert spans_of("t929", "PERSOON")[0] == "HJMARKS"
    # a couple of one surname: each full name an entity
    assert spans_of("t915", "PERSOON") == ["Wim Dieho", "Marja Dieho", "Wim Dieho"]
    assert len(entities_of("t915", "PERSOON")) == 2


def test_organisations_and_schools_in_odd_shapes() -> None:
    # a regional certified institution with a lowercase word inside, and its defined short form
    assert (
        spans_of("t906", "ORGANISATIE")
        == ["Stichting Jeugdbescherming west Zuid-Holland"] + ["JBW"] * 5
    )
    # a school board in capitals, as written and by its lowercase-initial short form
    assert spans_of("t914", "ORGANISATIE")[:3] == [
        "STICHTING VOOR EVANGELISCHE SCHOLEN",
        "sVES",
        "Stichting Voor Evangelische Scholen",
    ]
    # children's farms without kind and article; a full name and its short name: one entity
    assert spans_of("t937", "ORGANISATIE") == [
        "Goudse Hofsteden",
        "Dierendal",
        "Oortjespad",
        "Goudse Hofsteden",
        "Hofsteden",
        "Hofsteden",
    ]
    assert spans_of("t939", "ORGANISATIE") == [
        "Langoortje",
        "Put",
        "Langoortje",
        "Langoortje",
        "Put",
    ]
    assert spans_of("t910", "ORGANISATIE") == [
        "Stichting Kinderboerderij Zevenbergen",
        "Kinderboerderij Zevenbergen",
        "Stichting Kinderboerderij Zevenbergen",
    ]
    # a local party and its bracketed short form, its municipality inside: one organisation
    assert len(entities_of("t931", "ORGANISATIE")) == 3
    assert spans_of("t931", "PLAATS") == ["Houten", "Houtenaren", "Houten", "Houten", "Houten"]
    # schools without their kind and article, a weekend school with its town inside
    assert spans_of("t909", "SCHOOL") == ["Wingerd", "Wingerd"]
    assert spans_of("t928", "SCHOOL") == ["Brug"]
    # a school named after its town, its kind word kept (names-policy5)
    assert spans_of("t927", "SCHOOL") == ["Franeker"]
    assert "Weekendschool" in {w["text"] for w in annotated("t927")["keep"]}
    # national organisations and programmes are words to keep
    keep = {w["text"] for w in annotated("t919")["keep"]}
    assert {"Kompassie", "Mama", "Vita", "Ouders", "Onderwijs"} <= keep
    assert "Democracity" in {w["text"] for w in annotated("t905")["keep"]}


def test_places_and_addresses_in_odd_shapes() -> None:
    # a Frisian dateline in capitals with its own letter, a village with its article
    assert spans_of("t909", "PLAATS")[:3] == ["De Falom", "DAMWâLD", "De Falom"]
    # a misspelt municipality as stored, a province's adjective
    assert {"Reimerwaal", "Zeeuwse"} <= set(spans_of("t905", "PLAATS"))
    # the Raad's region, the village inside a national memorial's name
    assert "Zuidoost Nederland" in spans_of("t926", "PLAATS")
    assert "Westerbork" in spans_of("t908", "PLAATS")
    # a city's square is an address
    assert spans_of("t945", "ADRES") == ["Plein", "Plein"]
    # a court code inside a case number is not annotated: a word to keep
    assert "ROT" in {w["text"] for w in annotated("t904")["keep"]}
    assert "ARN" in {w["text"] for w in annotated("t944")["keep"]}


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk, Handelingen, CVDR or document number of the
    # new rounds anywhere else (where no digit follows)
    keys = ["RBUTR_2004_AR3577", "RBROT:2021:2196", "RBDHA:2019:14830", "RBOVE:2017:2413"]
    keys += ["RBDHA:2025:7978", "RBLIM:2017:8080", "RBLIM:2020:1145", "RBLIM:2020:9652"]
    keys += ["RBDHA:2018:10723", "RBNHO:2024:8462", "RBGEL:2025:3424"]
    keys += ["31135/68", "kst-31293-598", "kst-27728-97", "h-tk-20252026-21-5"]
    keys += ["e13c9739-769e-4024-bce6-f1bd531f83ea", "CVDR29868", "CVDR328828"]
    keys += ["docplayer.nl/1979802-", "docplayer.nl/2957298-", "5dok.net/document/y8gx9d1r-"]
    numbers = ("RBUTR:2004:AR3577", "31135-68", "31293-598", "27728-97", "2025D49945")
    check_new_urls(NEW, keys, numbers=numbers, digit_boundary=True)


def test_both_rounds_are_read_by_a_run_without_later() -> None:
    items = [("t858", 40, "tune"), ("t880", 41, "tune"), ("t902", 42, "tune")]
    items += [("t924", 43, "tune")]
    check_sealed_left_out(items, {40: "tune", 41: "tune", 42: "tune", 43: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 42
