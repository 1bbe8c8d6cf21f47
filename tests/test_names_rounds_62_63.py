"""Rounds 62 and 63 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 10:26 UTC) for later sessions and sealed till then: round 62
(t1342-t1363) is a later session's fresh round, measured once at its start; round 63
(t1364-t1385) is measured once with --later at its end. Ten public texts are committed under
texts/ (rulings on supervision orders, placements, contact and a move, and two municipalities'
youth help regulations); the other 34 (local and regional news on youth care in Groningen,
Flevoland, Utrecht and Amersfoort, the Veluwe, the Drechtsteden and the Leiden region, foster
care, neighbourhood and social teams, local parties' pages, municipal pages, a policy framework's
letterhead and school social work and divorce protocols at primary schools) are kept in the
git-ignored bench/data/realtext_names/, each with a `restore:` hint in the manifest and its raw
excerpt in bench/data/restore_raw/. Readers and checks: names_rounds_helpers.py (no wb code runs on
the texts).
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

NEW = (62, 63)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1347": "b3899ad2cd7d095c",
    "t1355": "70edb3253157c00a",
    "t1356": "b1e8a314e34c694a",
    "t1357": "f0e5d184c8834647",
    "t1358": "298243d3555b677a",
    "t1359": "0e6cb07fac54ca25",
    "t1377": "4cd5f279232dec86",
    "t1378": "11ceac35c1fb1756",
    "t1379": "03628ee9bddf179d",
    "t1385": "049dd172c5a744e6",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def ids(first: int, last: int, *skip: int) -> list[str]:
    """Text ids first..last without the skipped numbers."""
    return [f"t{n}" for n in range(first, last + 1) if n not in skip]


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {62: ("t1342-t1363", "6292b17d", "tune"), 63: ("t1364-t1385", "e01c096c", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 60 was measured once at the start of the session of 2026-12-07 10:26 UTC, tune since;
    # round 61 was measured once with --later at that session's end (11:50 UTC, main aa23676f)
    assert (table[60]["split"], table[61]["split"]) == ("tune", "tune")


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {62: (22, 179, 95, 531, []), 63: (22, 243, 143, 498, [])}
    types = {
        62: {"PLAATS": 80, "ORGANISATIE": 50, "PERSOON": 41, "SCHOOL": 6, "TELEFOON": 2},
        63: {
            "PLAATS": 100,
            "ORGANISATIE": 69,
            "PERSOON": 61,
            "ADRES": 6,
            "TELEFOON": 4,
            "POSTCODE": 2,
            "SCHOOL": 1,
        },
    }
    check_counts(figures, types)


def test_organisations_persons_and_places_are_spread_over_the_rounds() -> None:
    orgs62 = ids(1342, 1363, 1347, 1356, 1357, 1360, 1361, 1362)
    assert texts_with_type(62, "ORGANISATIE") == orgs62
    assert texts_with_type(62, "PERSOON") == ids(1342, 1363, 1350, 1353, 1355, 1356, 1362)
    assert texts_with_type(62, "PLAATS") == ids(1342, 1363, 1343)
    assert texts_with_type(62, "SCHOOL") == ["t1361", "t1362"]
    assert texts_with_type(62, "TELEFOON") == ["t1353"]
    orgs63 = ids(1364, 1385, 1366, 1368, 1374, 1377, 1378, 1383)
    assert texts_with_type(63, "ORGANISATIE") == orgs63
    assert texts_with_type(63, "PERSOON") == ids(1364, 1385, 1376, 1377)
    assert texts_with_type(63, "PLAATS") == ids(1366, 1385)
    assert texts_with_type(63, "SCHOOL") == ["t1381"]
    assert texts_with_type(63, "ADRES") == ["t1370", "t1371", "t1374"]
    assert texts_with_type(63, "TELEFOON") == texts_with_type(63, "POSTCODE") == ["t1374"]
    assert texts_with_type(62, "ADRES") == texts_with_type(62, "EMAIL") == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 10
    assert news == 34
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {62: 6, 63: 4}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 34, 7)
    groningen = ids(1342, 1344) + ids(1364, 1366) + ["t1376"]
    flevoland = ["t1345", "t1346", "t1367", "t1368"]
    utrecht = ids(1348, 1350) + ids(1369, 1371) + ["t1374"]
    veluwe = ["t1351", "t1352", "t1372", "t1373"]
    drechtsteden = ["t1353", "t1354", "t1360", "t1375", "t1380"]
    schools = ["t1361", "t1362", "t1381"]
    leiden = ["t1363", "t1382", "t1383", "t1384"]
    groups = [groningen, flevoland, utrecht, veluwe, drechtsteden, schools, leiden]
    assert sorted(i for g in groups for i in g) == sorted(hints)
    queries = [{hints[i] for i in g} for g in groups]
    assert all(len(q) == 1 for q in queries)
    assert len(set().union(*queries)) == 7


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    local_ids = [f"t{n}" for n in range(1342, 1386) if f"t{n}" not in COMMITTED_SHA]
    assert len(local_ids) == 34
    check_in_raw_excerpts(local_ids)


def test_no_glued_scrape_words_are_listed() -> None:
    # a caption glued to a sentence ("werkVerwaarlozing", t1381) is lowercase: no word to keep
    check_glued(NEW, {})
    assert not [w for w in keep_of("t1381") if "Verwaarlozing" in w]


def test_organisations_and_schools_in_odd_shapes() -> None:
    # a city's neighbourhood teams' foundation in full, alone and by its teams; a team in capitals
    assert entities_of("t1364", "ORGANISATIE") == {"wij", "stadspartij", "jbn", "pvhn", "staijen"}
    assert {"WIJ", "JBN", "Groep Staijen", "Partij voor het Noorden"} <= set(
        spans_of("t1364", "ORGANISATIE")
    )
    assert spans_of("t1343", "ORGANISATIE").count("WIJ-teams") == 3
    assert spans_of("t1342", "ORGANISATIE").count("SAMEN") == 1
    assert spans_of("t1376", "ORGANISATIE").count("WIJ Teams") == 9
    # a provincial party whose name holds the province's adjective; a local party glued to a year
    assert spans_of("t1344", "ORGANISATIE").count("Groninger Belang") == 6
    assert spans_of("t1344", "PLAATS") == ["GRONINGEN", "Groninger", "Groningen"]
    assert set(spans_of("t1348", "ORGANISATIE")) == {"Amersfoort2014"}
    # a provider with a digit, a welfare organisation with an ampersand, a foundation whole
    assert spans_of("t1369", "ORGANISATIE") == ["JES030", "Wijk & Co", "Stichting JoU"]
    # a local paper without its article, a library without its kind word, a district centre
    assert entities_of("t1371", "ORGANISATIE") == {"rtvu", "stad", "eemland", "klokhuis"}
    assert spans_of("t1371", "ORGANISATIE").count("Stad Amersfoort") == 2
    # an institution once misspelt is one entity, with and without a hyphen
    assert spans_of("t1351", "ORGANISATIE").count("Hoederloo Groep") == 1
    assert spans_of("t1373", "ORGANISATIE")[:2] == ["Hoenderloo-groep", "Hoederloo-groep"]
    # regional services named with their region, a joint service by its short name
    assert spans_of("t1353", "ORGANISATIE") == [
        "Crisisdienst Zuid-Holland Zuid",
        "Huisartsenpost Drechtsteden",
    ]
    assert spans_of("t1354", "ORGANISATIE") == ["Sociale Dienst Drechtsteden", "Sociale Dienst"]
    # a regional service split by its short form; a network named after a politician
    assert spans_of("t1384", "ORGANISATIE")[-2:] == [
        "Jeugdgezondheidszorg Zuid-Holland-West",
        "Zuid-Holland-West",
    ]
    assert spans_of("t1382", "ORGANISATIE") == ["Els Borst Netwerk Leiden", "Els Borst Netwerk"]
    # certified institutions with a lowercase word, glued to the next word, after "stichting"
    assert spans_of("t1355", "ORGANISATIE") == ["Stichting Jeugdbescherming west Haaglanden"]
    assert spans_of("t1385", "ORGANISATIE") == ["Stichting Jeugdbescherming west Haaglanden"]
    assert spans_of("t1379", "ORGANISATIE") == ["Jeugdbescherming Brabant"]
    # schools without their article and kind word; a person's name fused with the kind
    assert spans_of("t1361", "SCHOOL") == ["Rietvink", "Dr. De Visserschool"]
    assert spans_of("t1362", "SCHOOL") == ["Roos"] * 4
    assert spans_of("t1381", "SCHOOL") == ["Driemaster"]
    # national bodies, media, programmes, function names and domain words stay
    assert {"Leger", "Heils"} <= keep_of("t1347")
    assert {"Follow", "Money", "Pointer", "FTM"} <= keep_of("t1373")
    assert {"Stichting", "Vreedzaam"} <= keep_of("t1370")
    assert {"Sociaal", "Wijkteam", "Wijkteams"} <= keep_of("t1353")
    assert "Pleegzorg" in keep_of("t1345")
    assert "Oranjefonds" in keep_of("t1346")
    assert "Noordzee" in keep_of("t1362")  # a sea, like a country


def test_persons_places_addresses_and_numbers_in_odd_shapes() -> None:
    # a family's surname alone is its own entity beside a member in full
    assert entities_of("t1372", "PERSOON") >= {"vos", "wvos"}
    assert spans_of("t1352", "PERSOON").count("Adema") == 3
    # a lawyer's surname an ordinary word; a double surname holding a city is no place
    assert spans_of("t1359", "PERSOON") == ["G.A.P. Avontuur", "A.G. van Tilburg-Keesmaat"]
    assert "Tilburg" not in spans_of("t1359", "PLAATS")
    assert spans_of("t1378", "PERSOON") == ["H. Romeijn", "M.S. Gerson", "Gerson"]
    # a misspelt city; a misspelt village as one entity; a village glued to a noun by a hyphen
    assert spans_of("t1355", "PLAATS") == ["'sGravenhage"]
    assert spans_of("t1351", "PLAATS").count("Hoederloo") == 2
    assert spans_of("t1373", "PLAATS").count("Hoenderloo") == 4
    # a district with its article, a region with and without its hyphen, the Raad's regions
    assert "De Koppel" in spans_of("t1371", "PLAATS")
    assert entities_of("t1383", "PLAATS") == {"leiderdorp", "hr", "leiden"}
    assert {"Holland-Rijnland", "Holland Rijnland"} <= set(spans_of("t1383", "PLAATS"))
    assert "Zuidwest Nederland" in spans_of("t1359", "PLAATS")
    assert "Zuidoost Nederland" in spans_of("t1358", "PLAATS")
    # a street without a number, a square, a letterhead's street, post box, numbers and postcode
    assert spans_of("t1370", "ADRES") == ["Peltlaan"]
    assert spans_of("t1371", "ADRES") == ["Eemplein"]
    assert spans_of("t1374", "ADRES") == ["Kerkplein 2", "Postbus 200"] * 2
    assert spans_of("t1374", "TELEFOON") == ["(0343) 56 56 00", "(0343) 41 57 60"] * 2
    assert entities_of("t1374", "TELEFOON") == {"tel", "fax"}
    assert spans_of("t1374", "POSTCODE") == ["3940 AE", "3940 AE"]
    assert spans_of("t1353", "TELEFOON") == ["0800 - 1471", "(078) 20 200 20"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, regulation or document number of the new rounds
    keys = ["RBNNE:2018:5350", "RBDHA:2025:13486", "RBMNE:2023:3404", "GHSHE:2021:1378"]
    keys += ["GHSHE:2022:1598", "GHARL:2019:2070", "GHSHE:2020:1775", "RBDHA:2021:3118"]
    keys += ["CVDR360927", "8786121"]
    numbers = ("c/18/184980", "c/09/687476", "200.289.263", "200.307.615", "200.251.662")
    numbers += ("200.272.063", "c/09/603659", "c/16/543220")
    check_new_urls(NEW, keys, count=44, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 60 was measured once at the start of the session of 2026-12-07 10:26 UTC (on 65cc314d,
    # tune since); round 61 with --later at that session's end (11:50 UTC, main aa23676f, tune
    # since); round 62 was measured once at the start of the session of 2026-12-07 13:23 UTC (on
    # 6292b17d, tune since); round 63 with --later at that session's end (14:41 UTC, main
    # e01c096c, tune since)
    items = [("t1298", 60, "tune"), ("t1320", 61, "tune"), ("t1342", 62, "tune")]
    items += [("t1364", 63, "tune")]
    splits = {60: "tune", 61: "tune", 62: "tune", 63: "tune"}
    check_sealed_left_out(items, splits)
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
