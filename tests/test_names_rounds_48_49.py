"""Rounds 48 and 49 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 13:44 UTC) for the next session and sealed till then: round 48
(t1034-t1055) is that session's fresh round, measured once at its start; round 49 (t1056-t1077) is
measured once with --later at its end. 22 texts are public documents committed under texts/ (court
rulings on scouting grounds, youth places, care homes, gym accidents and the residence principle,
council minutes, Kamervragen, a motion, a committee's report and Senate proceedings); the 22
others are kept in the git-ignored bench/data/realtext_names/, each with a `restore:` hint in the
manifest (the search query and corpus that return its stored excerpt with one look-up) and its
raw excerpt in bench/data/restore_raw/. Readers and checks: names_rounds_helpers.py (no wb code
runs on the texts).
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
    check_in_raw_excerpts,
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
from realtext_helpers import BILL_35833_CODES20, check_number_named_only_by

NEW = (48, 49)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1034": "c9b1d19b6872a03f",
    "t1036": "306bc92da085855d",
    "t1038": "a729664307f085f0",
    "t1040": "8a8fc638a5c33e84",
    "t1042": "c20b14e04ffec978",
    "t1044": "351d7a2e72e610cd",
    "t1046": "0b4b213bc1fa0681",
    "t1048": "aea16af4b45ffa8d",
    "t1050": "feea2430a4dd76c9",
    "t1052": "48138beee5db4a60",
    "t1054": "40ddd0e79ab31ad3",
    "t1056": "378dc79bc0b78368",
    "t1058": "d44d9dbc814c9a97",
    "t1060": "f2096ed3e9480a66",
    "t1062": "c49e98335fc92395",
    "t1064": "375e04ca215c8f8a",
    "t1066": "5f924af3c471a8e9",
    "t1068": "781f134acbeacdac",
    "t1070": "7442fd43998ca8cd",
    "t1072": "00c17672392293a5",
    "t1074": "903aae5678ab1fc4",
    "t1076": "8221248edd446022",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {48: ("t1034-t1055", "e999d922", "tune"), 49: ("t1056-t1077", "36f46b4e", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 50-69 collected sealed after them (collect-names)
    # the collecting session measured round 46 as its fresh round and round 47 with --later at
    # its end (15:07 UTC, main b9702a40)
    assert table[46]["split"] == "tune"
    assert (table[47]["split"], table[47]["code_frozen"]) == ("tune", "b9702a40")
    # this session measured round 48 once as its fresh round at its start (16:22 UTC, e999d922)
    # and round 49 with --later at its end (18:06 UTC, main 36f46b4e)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {
        48: (22, 252, 184, 596, ["t1051", "t1055"]),
        49: (22, 258, 192, 424, ["t1062", "t1069", "t1077"]),
    }
    types = {
        48: {"PERSOON": 90, "PLAATS": 82, "ORGANISATIE": 44, "SCHOOL": 31, "ADRES": 5},
        49: {"PERSOON": 135, "PLAATS": 75, "ORGANISATIE": 24, "SCHOOL": 20, "ADRES": 4},
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    assert texts_with_type(48, "ORGANISATIE") == [
        "t1035",
        "t1036",
        "t1037",
        "t1040",
        "t1041",
        "t1043",
        "t1044",
        "t1045",
        "t1047",
        "t1048",
        "t1049",
        "t1050",
        "t1053",
    ]
    assert texts_with_type(49, "ORGANISATIE") == [
        "t1057",
        "t1058",
        "t1059",
        "t1060",
        "t1061",
        "t1063",
        "t1065",
        "t1066",
        "t1068",
        "t1072",
    ]
    schools48 = ["t1035", "t1037", "t1039", "t1041", "t1043", "t1045", "t1047"]
    assert texts_with_type(48, "SCHOOL") == schools48
    schools49 = ["t1057", "t1059", "t1060", "t1061", "t1063", "t1065", "t1067"]
    assert texts_with_type(49, "SCHOOL") == schools49
    assert texts_with_type(48, "ADRES") == ["t1036"]
    assert texts_with_type(49, "ADRES") == ["t1058", "t1066", "t1072"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 12 court texts (6 from uitspraken.rechtspraak.nl, 2 from raadvanstate.nl, 3 through
    # lexboost.com from the ruling's own text, 1 through jure.nl, 1 through a magazine's copy of
    # the ruling), 3 council minutes, a committee's spoken minutes, 3 Kamervragen, a motion, a
    # committee's report and Senate proceedings
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 22
    assert news == 22
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {48: 11, 49: 11}  # half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 22, 6)
    reading = {hints[i] for i in ("t1035", "t1037", "t1039", "t1041", "t1057", "t1059", "t1061")}
    assert len(reading) == 1
    football = {hints[i] for i in ("t1043", "t1045", "t1047", "t1049", "t1063", "t1065", "t1067")}
    assert len(football) == 1
    residence = {hints[i] for i in ("t1051", "t1055", "t1069")}
    assert len(residence) == 1
    assert hints["t1053"] == hints["t1073"]  # gym accidents
    assert hints["t1071"] == hints["t1075"]  # libraries
    assert len({*reading, *football, *residence, hints["t1053"], hints["t1071"]}) == 5
    assert hints["t1077"] not in {*reading, *football, *residence, hints["t1053"], hints["t1071"]}


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are), so restore_align.py can cut it again after one look-up
    ids = [f"t{n}" for n in range(1035, 1078, 2)]
    check_in_raw_excerpts(ids, sha256=False)


def test_one_glued_scrape_word_in_the_new_rounds() -> None:
    # the Council of State's heading glued to its case number on jure.nl
    check_glued(NEW, {"t1058": ["Uitspraak202004540"]})
    assert "ALO-diploma2" in keep_of("t1060")  # a footnote number glued to an ordinary word


def test_schools_in_odd_shapes() -> None:
    # without kind and article; a name with ’t; a school named after a royal stays whole
    assert spans_of("t1035", "SCHOOL") == ["Zaaier", "Eben Haëzer"]
    assert spans_of("t1039", "SCHOOL") == ["Joppe", "Floriande"]
    assert spans_of("t1037", "SCHOOL") == ["prinses Amaliaschool"]
    assert spans_of("t1057", "SCHOOL")[:2] == ["Koningin Emmaschool", "Prinses Margrietschool"]
    # thirteen schools in a list, one in one word, one with a glued apostrophe
    assert len(entities_of("t1041", "SCHOOL")) == 13
    assert "OPd’Esch" in spans_of("t1041", "SCHOOL")
    assert "Oosterschool" in spans_of("t1041", "SCHOOL")
    # schools in team names ("KC De Terp-1", "De Sprong-2", "Kwikstaart 2")
    assert spans_of("t1065", "SCHOOL") == ["Terp", "Sprong", "Hobbit", "Ven", "Sprong"]
    assert spans_of("t1045", "SCHOOL").count("Kwikstaart") == 3
    # a name before a lowercase head; a school named with its kind after the name
    assert "Johan Friso" in spans_of("t1067", "SCHOOL")
    assert spans_of("t1060", "SCHOOL") == ["Elzeneind Montessorischool"]
    assert "Alfa college" in spans_of("t1047", "SCHOOL")


def test_organisations_in_odd_shapes() -> None:
    # scouting foundations whole, their clubhouses as named venues without the article
    orgs = spans_of("t1036", "ORGANISATIE")
    assert orgs[:2] == ["Stichting De Prinses Beatrixgroep", "Brakel"]
    assert "Stichting Padvindershuis De Bison" in orgs and "Bison" in orgs
    assert len(entities_of("t1036", "ORGANISATIE")) == 9
    # a school board in capitals with its short form; a library with its short form in brackets
    assert spans_of("t1044", "ORGANISATIE")[:2] == ["SKO", "STICHTING SKO FLEVOLAND EN VELUWE"]
    assert entities_of("t1044", "ORGANISATIE") == {"sko"}
    library = ["Bibliotheek Amsterdam", "OBA", "Schouwburg Amstelveen"]
    assert spans_of("t1059", "ORGANISATIE") == library
    # a venue written in lowercase, a library named with a number, a purely local party
    assert "vanBeresteyn" in spans_of("t1041", "ORGANISATIE")
    assert spans_of("t1061", "ORGANISATIE") == ["Theek 5", "Theek 5", "Theek 5"]
    assert spans_of("t1050", "ORGANISATIE") == ["Gemeente Belangen"]
    # a care firm with and without its legal form; football clubs named with their place
    assert entities_of("t1066", "ORGANISATIE") == {"zorganders"}
    assert spans_of("t1043", "ORGANISATIE") == ["SC Welberg"] * 3 + ["VV Steenbergen"]
    assert spans_of("t1047", "ORGANISATIE").count("Voetbalvereniging Zuidhorn") == 3
    # national bodies and a professional club's name stay words to keep
    assert {"Lezen", "Stichting", "Nationale"} <= keep_of("t1041")
    assert "RKC" in keep_of("t1049")
    assert "SRK" in keep_of("t1048")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # a girl with her other surname between hyphens, whole
    assert spans_of("t1065", "PERSOON")[0] == "Lieke -Martens- van der Sterren"
    # three volunteers sharing a surname are three persons
    kokx = [s for s in spans_of("t1049", "PERSOON") if s.endswith("Kokx")]
    assert kokx == ["Patricia Kokx", "Guusje Kokx", "Koen Kokx"]
    # council members: a space after the hyphen, initials glued to the surname, a lowercase initial
    persons = spans_of("t1072", "PERSOON")
    assert {"H.M. Teske- Post", "H.Wijkhuisen", "t. Mastenbroek-Wesseling"} <= set(persons)
    assert len(entities_of("t1072", "PERSOON")) == 39
    assert len(entities_of("t1068", "PERSOON")) == 23
    # a name glued to its footnote number, whole; a member by surname in capitals
    assert "Van Tol2" in spans_of("t1053", "PERSOON")
    assert spans_of("t1054", "PERSOON")[0] == "ASSCHER"
    # a minister's particle in lowercase; a first name in a possessive
    assert spans_of("t1071", "PERSOON").count("van Engelshoven") == 1
    assert spans_of("t1059", "PERSOON")[:3] == ["Michel", "Michel Blekemolen", "Michel"]
    # a village glued to "van" as stored, a province's adjective, a town's adjective
    assert "vanTuitjenhorn" in spans_of("t1059", "PLAATS")
    assert spans_of("t1059", "PLAATS")[0] == "Noord-Hollandse"
    assert spans_of("t1061", "PLAATS") == ["Oosterhoutse"]
    assert "Rosmalense" in spans_of("t1065", "PLAATS")
    # an address running over an empty line; a road named with a village, whole
    assert "Padvinderslaantje\n\n14" in spans_of("t1036", "ADRES")
    assert spans_of("t1058", "ADRES") == ["Verlengde weg naar Veere"]
    assert spans_of("t1066", "ADRES") == ["Borckerveld 16", "Borckerveld 16"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk, Handelingen, Kamervraag or case number of the
    # new rounds anywhere else (where no digit follows)
    keys = ["RBAMS:2025:10335", "RBUTR:2009:BH0105", "RBMNE:2018:2267", "RBDOR:2009:BK6086"]
    keys += ["RBMNE:2022:4146", "RBMNE:2018:774", "h-ek-20072008-653-664", "RBSGR:2010:BK9112"]
    keys += ["2020Z02849", "kst-34775-VIII-27", "RBOVE:2020:1045", "RVS:2021:1007", "2021D24608"]
    keys += ["200906428", "201904799", "2011Z03511", "2020Z20081"]
    numbers = ("34775-viii-27", "202004540")
    check_new_urls(NEW, keys, numbers=numbers, digit_boundary=True)
    # bill 35833: of the other manifests only codes20 (collect-codes-themes, 2026-12-06) names it,
    # with two of the bill's own documents (its memorandum and a note after the report)
    manifests = [
        p
        for p in sorted((REPO / "bench" / "realtext").glob("*/manifest*"))
        if p.parent.name != "names"
    ]
    check_number_named_only_by("35833", manifests, {"codes20": BILL_35833_CODES20})


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 48 was measured at this session's start, round 49 with --later at its end: both tune
    items = [("t990", 46, "tune"), ("t1034", 48, "tune"), ("t1056", 49, "tune")]
    check_sealed_left_out(items, {46: "tune", 48: "tune", 49: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 47
