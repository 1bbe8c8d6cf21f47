"""Rounds 46 and 47 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 11:08 UTC) for the next session and sealed till then: round 46
(t990-t1011) is that session's fresh round, measured once at its start; round 47 (t1012-t1033) is
measured once with --later at its end. 22 texts are public documents committed under texts/ (court
rulings on the Leerplichtwet, school buildings and parents against school foundations,
Kamerstukken, Handelingen and Kamervragen); the 22 others are kept in the git-ignored
bench/data/realtext_names/, each with a `restore:` hint in the manifest (the search query and
corpus that return its stored excerpt with one look-up). Readers and checks:
names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (46, 47)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t990": "2ebdbc78f3f2a841",
    "t992": "eec464f2c1bf09e3",
    "t994": "3faa02efc46ceac6",
    "t996": "5a8b531362c5b3ef",
    "t998": "73b4719c9017af46",
    "t1000": "8dae089583ec5560",
    "t1002": "04b8c818fd750495",
    "t1004": "25fbabe6bfe0cd83",
    "t1006": "47653c580e27c431",
    "t1008": "6c377af863cd1931",
    "t1010": "9d33887e8ab939d3",
    "t1012": "085921f1749c2114",
    "t1014": "fc406b4007d72bc1",
    "t1016": "ffae97dea808890b",
    "t1018": "fc9a1d56f58bf3f6",
    "t1020": "c7b5497b13e07b9c",
    "t1022": "c17153ce0c41b397",
    "t1024": "9c5687d86c93f2de",
    "t1026": "adec741f47f80b96",
    "t1028": "7c7d9bc5f6b66b9f",
    "t1030": "3db5e9b430719ca8",
    "t1032": "ecf7cc30a158be99",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    # round 46 was measured once as the fresh round at the start of the next session (13:49 UTC,
    # on 59c8852c) and is tune since; round 47 with --later at that session's end (15:07 UTC, main
    # b9702a40), tune since
    rows = {46: ("t990-t1011", "59c8852c", "tune"), 47: ("t1012-t1033", "b9702a40", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 48-69 collected sealed after them (collect-names)
    # the collecting session's --later round, measured at its end (12:52 UTC, main dc9413cf)
    assert table[45]["split"] == "tune"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {46: (22, 168, 103, 663, []), 47: (22, 142, 80, 560, ["t1030"])}
    types = {
        46: {
            "PERSOON": 78,
            "PLAATS": 44,
            "SCHOOL": 27,
            "ORGANISATIE": 15,
            "ADRES": 3,
            "POSTCODE": 1,
        },
        47: {"PERSOON": 53, "PLAATS": 48, "ORGANISATIE": 23, "SCHOOL": 17, "ADRES": 1},
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    assert texts_with_type(46, "ORGANISATIE") == [
        "t995",
        "t1001",
        "t1002",
        "t1003",
        "t1008",
        "t1010",
        "t1011",
    ]
    orgs = ["t1013", "t1018", "t1021", "t1026", "t1031", "t1033"]
    assert texts_with_type(47, "ORGANISATIE") == orgs
    assert texts_with_type(46, "SCHOOL") == [
        "t990",
        "t993",
        "t995",
        "t1000",
        "t1001",
        "t1003",
        "t1007",
        "t1008",
        "t1009",
        "t1011",
    ]
    assert texts_with_type(47, "SCHOOL") == [
        "t1012",
        "t1013",
        "t1015",
        "t1021",
        "t1025",
        "t1027",
        "t1029",
        "t1031",
    ]
    assert texts_with_type(46, "ADRES") == ["t1002", "t1011"]
    assert texts_with_type(47, "ADRES") == ["t1025"]
    assert texts_with_type(46, "POSTCODE") == ["t1001"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 15 court texts (10 from uitspraken.rechtspraak.nl, 4 through lexboost.com from the ruling's
    # own heading, 1 through wetboek-online.nl), 5 Kamerstukken (3 committee reports through
    # openkamer.org and officielebekendmakingen.nl, a written consultation, a ministers' letter), 2
    # Handelingen items and a Kamervraag through tweedemonitor.nl
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 22
    assert news == 22
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {46: 11, 47: 11}  # half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 22, 7)
    building = {hints[i] for i in ("t993", "t995", "t1013", "t1015")}
    assert len(building) == 1
    home = {hints[i] for i in ("t997", "t999", "t1017", "t1019")}
    assert len(home) == 1
    questions = {hints[i] for i in ("t1001", "t1003", "t1021")}
    assert len(questions) == 1
    farewell = {hints[i] for i in ("t1007", "t1009", "t1025", "t1027", "t1029")}
    assert len(farewell) == 1
    playground = {hints[i] for i in ("t1011", "t1031", "t1033")}
    assert len(playground) == 1
    assert hints["t1005"] == hints["t1023"]
    assert len({hints["t991"], *building, *home, *questions, *farewell, *playground}) == 6


def test_no_glued_scrape_words_in_the_new_rounds() -> None:
    # an ordinary word glued after a full stop is a word to keep, not a scrape word
    check_glued(NEW, {})
    assert "Buurtbewoner" in keep_of("t1031")
    assert "Devoorzitter" in keep_of("t996")


def test_schools_in_odd_shapes() -> None:
    # schools without their kind and article, a secondary school and one abroad with their kind
    assert spans_of("t993", "SCHOOL") == ["Meent", "Hoeksteen"]
    assert spans_of("t990", "SCHOOL") == ["Vechtdal College"]
    assert spans_of("t1012", "SCHOOL") == ["Clonlara School"]
    assert "Michigan" in spans_of("t1012", "PLAATS")
    assert "Verenigde" in keep_of("t1012")
    # a school named after its district in "OBS Het Zand" and "Brede School Het Zand": one entity
    assert spans_of("t1011", "SCHOOL").count("Zand") == 6
    assert len(entities_of("t1011", "SCHOOL")) == 2
    assert {"Brede", "Montessorischool", "OBS"} <= keep_of("t1011")
    # a school named in one word and by its short form: one entity
    assert spans_of("t1009", "SCHOOL") == ["Oosteinderschool", "Oosteinder"]
    assert len(entities_of("t1009", "SCHOOL")) == 1
    # schools in one word; the kind word before a child centre is a word to keep
    assert spans_of("t1000", "SCHOOL") == ["Tobiasschool"] * 2
    assert spans_of("t1008", "SCHOOL") == ["Jan van Rijckenborghschool"]
    assert spans_of("t995", "SCHOOL") == ["Wegwijzer", "Fonkel", "Wegwijzer", "Fonkel"]
    assert "Kindcentrum" in keep_of("t995")
    # three village schools in one text, one of them twice
    assert spans_of("t1013", "SCHOOL") == ["Huifkar", "Fontein", "Poort", "Fontein"]


def test_organisations_in_odd_shapes() -> None:
    # after-school care and a day nursery without their kind
    assert spans_of("t995", "ORGANISATIE") == ["Bolderburen", "Blij", "Bolderburen", "Blij"]
    # a school's association named with the school, whole; its short form is a word to keep
    assert spans_of("t1002", "ORGANISATIE") == ["Vereniging Willem de Zwijgerschool"] * 2
    assert "Vereniging" in keep_of("t1002")
    # a school foundation in capitals with its trade name and short form: one entity
    assert spans_of("t1026", "ORGANISATIE") == [
        "STICHTING VOOR ALGEMEEN TOEGANKELIJK ONDERWIJS EINDHOVEN E.O.",
        "STICHTING SALTO",
        "Salto",
    ]
    assert len(entities_of("t1026", "ORGANISATIE")) == 1
    assert spans_of("t1026", "PLAATS") == ["'S-HERTOGENBOSCH", "Eindhoven"]
    # the same foundation in capitals and in title case: one entity
    assert len(entities_of("t1008", "ORGANISATIE")) == 1
    # local parties with their municipality inside, whole; a local news site; a foundation
    assert spans_of("t1003", "ORGANISATIE") == ["Progressief Drechterland"]
    assert spans_of("t1001", "ORGANISATIE") == ["Westland Verstandig"] * 2
    assert set(spans_of("t1021", "ORGANISATIE")) == {
        "PUUR",
        "Blik Op Noordwijk",
        "Stichting Outdoor4Disabled",
    }
    assert {"Stichting", "GroenLinks"} <= keep_of("t1021")
    # a foundation with its own article and a playground as a named venue
    assert spans_of("t1033", "ORGANISATIE").count("Speeltrein") == 2
    assert spans_of("t1033", "ORGANISATIE").count("Donk") == 3
    # a regional broadcaster is an organisation, national media and bodies are words to keep
    assert spans_of("t1031", "ORGANISATIE") == ["Omroep West"]
    assert {"NOS", "Nieuwsuur"} <= keep_of("t1023")
    assert {"Ingrado", "OM"} <= keep_of("t991")
    assert {"Oberon", "SEO"} <= keep_of("t1032")
    assert "Mulierinstituut" in keep_of("t1006")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # members by surname, two members sharing a surname are two entities
    assert len(entities_of("t996", "PERSOON")) == 7
    assert {"Jan Jacob van Dijk", "Jasper van Dijk", "Van Bochove", "De Kler"} <= set(
        spans_of("t996", "PERSOON")
    )
    # surnames that are ordinary words
    assert {"Bisschop", "Rog"} <= set(spans_of("t1010", "PERSOON"))
    assert {"Bos", "Willems"} <= set(spans_of("t1033", "PERSOON"))
    assert spans_of("t1003", "PERSOON").count("Oud") == 1
    # a first name glued to the surname, as stored; a double surname with a spaced hyphen
    assert spans_of("t1006", "PERSOON") == ["RudmerHeerema", "Van den Bosch"]
    assert spans_of("t1004", "PERSOON") == ["A.H.M. Agbakuru - van Bavel"]
    # double surnames joined by a non-breaking hyphen, as stored
    assert "Truda Sas\u2011Van Gool" in spans_of("t1029", "PERSOON")
    assert len(entities_of("t1029", "PERSOON")) == 2
    # made-up teachers' names are words to keep
    assert {"Hupseflups", "Hatseflats"} <= keep_of("t1019")
    # a court of appeal's district whole and its session town apart
    assert spans_of("t992", "PLAATS")[:2] == ["Arnhem-Leeuwarden", "Arnhem"]
    # a province inside a national body's name and as an adjective: one entity
    assert {"Groningen", "Groningse"} <= set(spans_of("t1013", "PLAATS"))
    assert {"Nationaal", "Coördinator"} <= keep_of("t1013")
    # a village and its demonym: one entity; a town's demonym; a borough apart from its city
    assert spans_of("t1015", "PLAATS").count("Zoelmonders") == 1
    assert "Voorburgers" in spans_of("t1025", "PLAATS")
    assert len(entities_of("t1000", "PLAATS")) == 2
    # a region, a postcode and a village with a curly apostrophe
    assert "Rotterdam-Rijnmond" in spans_of("t999", "PLAATS")
    assert spans_of("t1001", "POSTCODE") == ["2670 AD"]
    assert "’s-Gravenzande" in spans_of("t1001", "PLAATS")
    # addresses: street and number, a street without its number
    assert spans_of("t1002", "ADRES") == ["Gentsestraat 124"] * 2
    assert spans_of("t1011", "ADRES") == ["Pauwoogvlinder 20"]
    assert spans_of("t1025", "ADRES") == ["Spinozalaan"]
    # a text without any identifier
    assert not annotated("t1030")["identifiers"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, LJN, Kamerstuk, Handelingen or Kamervraag number of the
    # new rounds anywhere else (where no digit follows)
    keys = ["RBOVE:2018:1221", "PHR:2019:1244", "RBROT:2017:8095", "RBAMS:2014:4800"]
    keys += ["RVS:2016:1763", "RBDHA:2025:24425", "RBAMS:2012:BX4929", "RBBRE:2010:BL7280"]
    keys += ["GHARL:2016:6908", "PHR:2021:306", "RBOVE:2022:3067", "RBROE:2012:BW6322"]
    keys += ["PHR:2014:3047", "ljnBA1541", "2019Z06719", "kst-31293-106", "kst-31293-450"]
    keys += ["h-tk-20162017-74-9", "h-tk-20182019-93-4", "35000-VIII/182"]
    numbers = ("31293-407", "31293-106", "31293-450", "35000-viii-182", "31293/407")
    check_new_urls(NEW, keys, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t946", 44, "tune"), ("t968", 45, "tune")]
    items += [("t990", 46, "tune"), ("t1012", 47, "tune")]
    check_sealed_left_out(items, {44: "tune", 45: "tune", 46: "tune", 47: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 46
