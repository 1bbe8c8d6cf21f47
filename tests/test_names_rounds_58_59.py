"""Rounds 58 and 59 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 04:23 UTC) for later sessions and sealed till then: round 58
(t1254-t1275) is a later session's fresh round, measured once at its start; round 59
(t1276-t1297) is measured once with --later at its end. Seven public texts are committed under
texts/ (rulings and an Advocate General's conclusion on moves, authority, closed placements and
child maintenance); the other 37 (regional and local news on youth and family centres, youth work
and foster and family homes, contact centres', law firms' and mediators' pages on grandparents and
parenting plans, a party's and an audit office's pages, lexboost.com's generated summaries of three
rulings) are kept in the git-ignored bench/data/realtext_names/, each with a `restore:` hint in the
manifest and its raw excerpt in bench/data/restore_raw/. Readers and checks:
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

NEW = (58, 59)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1254": "3517323e38481d8a",
    "t1258": "6dd2cb6aed4a5d36",
    "t1262": "699efd4dd5a5a117",
    "t1266": "f0e1dde9d06edb99",
    "t1276": "e0c573aaabe72e68",
    "t1280": "bf3f182c8edc50fd",
    "t1284": "c0acfc30c49416bd",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {58: ("t1254-t1275", "a0256373", "tune"), 59: ("t1276-t1297", "482eb5c3", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 57 was measured once with --later (2026-12-07 06:00 UTC; its split is not pinned here)
    assert table[57]["texts"] == "t1232-t1253"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {58: (22, 131, 73, 449, ["t1269", "t1273"]), 59: (22, 139, 94, 450, ["t1296"])}
    types = {
        58: {
            "PLAATS": 49,
            "PERSOON": 44,
            "ORGANISATIE": 23,
            "ADRES": 9,
            "SCHOOL": 2,
            "TELEFOON": 2,
            "POSTCODE": 1,
            "EMAIL": 1,
        },
        59: {"PLAATS": 57, "PERSOON": 41, "ORGANISATIE": 36, "ADRES": 3, "TELEFOON": 1, "EMAIL": 1},
    }
    check_counts(figures, types)


def test_organisations_persons_and_addresses_are_spread_over_the_rounds() -> None:
    orgs58 = ["t1256", "t1257", "t1259", "t1260", "t1263", "t1264", "t1265", "t1270", "t1274"]
    assert texts_with_type(58, "ORGANISATIE") == orgs58
    assert len(texts_with_type(58, "PERSOON")) == 14
    assert texts_with_type(58, "ADRES") == ["t1256", "t1261", "t1263", "t1274"]
    assert texts_with_type(58, "SCHOOL") == ["t1274"]
    assert texts_with_type(58, "TELEFOON") == ["t1263", "t1272"]
    assert texts_with_type(58, "POSTCODE") == texts_with_type(58, "EMAIL") == ["t1263"]
    orgs59 = ["t1276", "t1278", "t1279", "t1281", "t1282", "t1283", "t1285", "t1286", "t1287"]
    orgs59 += ["t1290", "t1291", "t1292"]
    assert texts_with_type(59, "ORGANISATIE") == orgs59
    assert len(texts_with_type(59, "PERSOON")) == 14
    assert texts_with_type(59, "ADRES") == ["t1279", "t1291"]
    assert texts_with_type(59, "TELEFOON") == texts_with_type(59, "EMAIL") == ["t1281"]
    assert texts_with_type(59, "SCHOOL") == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 7
    assert news == 37
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {58: 4, 59: 3}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 37, 16)
    centres = {hints[i] for i in ("t1261", "t1263", "t1274", "t1279", "t1281", "t1282")}
    contact = {hints[i] for i in ("t1264", "t1283", "t1285", "t1296")}
    grandparents = {hints[i] for i in ("t1271", "t1272", "t1294", "t1295", "t1297")}
    coaches = {hints[i] for i in ("t1265", "t1267", "t1286", "t1287")}
    youthwork = {hints[i] for i in ("t1270", "t1291", "t1292")}
    pairs = [{hints[a], hints[b]} for a, b in [("t1257", "t1259"), ("t1260", "t1278")]]
    pairs += [{hints[a], hints[b]} for a, b in [("t1288", "t1293"), ("t1268", "t1290")]]
    single = [{hints[i]} for i in ("t1255", "t1256", "t1269", "t1273", "t1275", "t1277", "t1289")]
    groups = [centres, contact, grandparents, coaches, youthwork, *pairs, *single]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 16


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    ids = [f"t{n}" for n in range(1254, 1298) if f"t{n}" not in COMMITTED_SHA]
    assert len(ids) == 37
    check_in_raw_excerpts(ids)


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    check_glued(
        NEW,
        {
            "t1279": ["CJGHet"],
            "t1280": [
                "ZaaknummerC",
                "ProcedureEerste",
                "RechtsgebiedenCiviel",
                "TrefwoordenAlimentatie",
            ],
        },
    )


def test_organisations_in_odd_shapes() -> None:
    # a local party by its name and its short form glued to "-raadslid"; venues without "de"
    assert spans_of("t1257", "ORGANISATIE").count("LDW") == 2
    assert entities_of("t1257", "ORGANISATIE") >= {"ldw", "anbouw", "geist", "lieflangedijk"}
    assert "Behouden Huis" in spans_of("t1257", "ORGANISATIE")
    # a youth house with a capital article inside its name; a family home by its whole name
    assert spans_of("t1259", "ORGANISATIE") == ["Jeugdhuis Onder Den Toren"]
    assert spans_of("t1260", "ORGANISATIE") == [
        "Gezinshuis Manoah",
        "Profila Zorg",
        "Gezinshuis Manoah",
    ]
    # a youth and family centre named with its village or municipality is the organisation
    assert spans_of("t1263", "ORGANISATIE") == ["Centrum voor Jeugd en Gezin Koudum"]
    assert entities_of("t1281", "ORGANISATIE") == {"cjgwestvoorne", "stuifakkers"}
    assert spans_of("t1281", "PLAATS") == ["Westvoorne", "Brielle", "Hellevoetsluis"]
    # a city's foundations by their whole names, one with its article inside
    assert "Stichting De Jutters" in spans_of("t1282", "ORGANISATIE")
    assert "GGD Jeugdgezondheidszorg Den Haag" in spans_of("t1282", "ORGANISATIE")
    assert spans_of("t1282", "PLAATS").count("Den Haag") == 3
    # a web name and a short name of one welfare organisation; venues without their article
    assert entities_of("t1291", "ORGANISATIE") == {
        "buurtwerk",
        "ammo",
        "sociaallokaal",
        "noorderberg",
        "pukkel",
        "prenter",
    }
    assert spans_of("t1291", "ORGANISATIE")[0] == "Buurtwerk.nl"
    # a regional broadcaster in a caption; a regional paper and its province edition
    assert spans_of("t1256", "ORGANISATIE") == ["NH Nieuws"]
    assert spans_of("t1270", "ORGANISATIE") == ["Stentor"]
    assert "Flevoland" in spans_of("t1270", "PLAATS")
    # national bodies, a national bank and a national research bureau stay
    assert {"Triodos", "Bank"} <= keep_of("t1278")
    assert {"Pleegzorg", "Nederland", "Jeugdzorg"} <= keep_of("t1268")
    assert {"TNS", "NIPO"} <= keep_of("t1294")
    assert {"Jeugdinstituut", "Nederlands"} <= keep_of("t1267")
    # short forms of a contact centre alone stay
    assert {"Omgangshuis", "Stichting"} <= keep_of("t1264")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # a name with and without its diaeresis is one person
    assert entities_of("t1256", "PERSOON") == {"danielle", "tjeerd"}
    assert "Danielle" in spans_of("t1256", "PERSOON")
    # an alderman misspelt once; a family's surname alone is its own entity
    assert spans_of("t1265", "PERSOON") == ["Van der Plasse", "Jantine Jumelet", "Van de Plasse"]
    assert entities_of("t1265", "PERSOON") == {"vanderplasse", "jumelet"}
    assert spans_of("t1260", "PERSOON")[0] == "Boon"
    assert entities_of("t1260", "PERSOON") == {"boon", "annemarie", "mark"}
    # two girls by first name and their surname; a surname that is an ordinary word
    assert {"Charlotte", "Claire", "Werner"} <= set(spans_of("t1281", "PERSOON"))
    assert spans_of("t1290", "PERSOON") == ["Ruud Stevens", "Albert Vader"]
    # a mediator under a lowercase article; a name sprayed on a wall
    assert spans_of("t1289", "PERSOON") == ["de Haart"]
    assert "Peter" in spans_of("t1292", "PERSOON")
    # persons with initials in rulings and a summary; court towns and districts in capitals
    assert spans_of("t1254", "PERSOON") == ["M.M.C. van der Sanden", "M.F. Hofman"]
    assert spans_of("t1254", "PLAATS")[:2] == ["'s-Hertogenbosch", "'s-HERTOGENBOSCH"]
    assert spans_of("t1258", "PERSOON") == ["P. Vlaardingerbroek", "L. Strikwerda"]
    assert spans_of("t1262", "PLAATS") == [
        "ZEELAND-WEST-BRABANT",
        "Middelburg",
        "ZUIDWEST NEDERLAND",
        "Middelburg",
    ]
    assert spans_of("t1288", "PERSOON") == ["T.C. Cooman", "L.J.W. van Kesteren"]
    # a session town glued to its label is the place, whole
    assert "ZittingsplaatsArnhem" in spans_of("t1280", "PLAATS")
    assert entities_of("t1280", "PLAATS") == {"gelderland", "arnhem", "wijchen", "nijmegen"}
    # a regional certified institution's name holds the court district
    assert spans_of("t1276", "ORGANISATIE") == ["Samen Veilig Midden-Nederland"]
    # a municipality with its article, a town as an adjective, a river
    assert spans_of("t1255", "PLAATS") == ["De Ronde Venen"]
    assert "Alblasserdamse" in spans_of("t1274", "PLAATS")
    assert "Maas" in spans_of("t1278", "PLAATS")
    # a school with its article; streets without and with numbers; a postcode, a phone number
    assert spans_of("t1274", "SCHOOL") == ["’t Nokkenwiel", "’t Nokkenwiel"]
    assert spans_of("t1274", "ADRES") == ["Zeelt", "Zeelt", "Parallelweg", "Zeelt", "Zeelt"]
    assert spans_of("t1263", "ADRES") == ["Nieuweweg 7"]
    assert spans_of("t1263", "POSTCODE") == ["8723 CZ"]
    assert spans_of("t1263", "TELEFOON") == ["088-22 99 444"]
    assert spans_of("t1281", "TELEFOON") == ["0181 – 326539"]
    assert spans_of("t1291", "ADRES") == ["Langeweg 6a", "Industrieweg 16"]
    # a phone number glued to an e-mail address is annotated whole
    assert spans_of("t1272", "TELEFOON") == ["+31 (0)20 2060700info@devos.nl"]
    # texts with national names only
    assert {"GI", "Wvggz"} <= keep_of("t1269")


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI or split-online number of the new rounds anywhere else
    keys = ["GHSHE:2021:549", "PHR:2010:BM5825", "RBZWB:2023:3281", "RBLIM:2025:1533"]
    keys += ["RBNNE:2023:1559", "RBMNE:2018:4783", "GHARL:2024:7445", "RBMNE:2025:353"]
    keys += ["RBMNE:2025:1239", "uitspraken/63175"]
    check_new_urls(
        NEW,
        keys,
        count=44,
        numbers=("rbgel:2024:3579", "200.286.035", "c/16/576573", "c/02/404799"),
        digit_boundary=True,
    )


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 57 was measured once with --later (2026-12-07 06:00 UTC; its split is not pinned here)
    # round 58 was measured once at the start of the session of 2026-12-07 07:17 UTC (tune since)
    # round 59 with --later at its end (08:40 UTC, main 482eb5c3); both are tune since
    items = [("t1100", 51, "tune"), ("t1254", 58, "tune"), ("t1276", 59, "tune")]
    check_sealed_left_out(items, {51: "tune", 58: "tune", 59: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
