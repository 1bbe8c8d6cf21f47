"""Rounds 60 and 61 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 07:17 UTC) for later sessions and sealed till then: round 60
(t1298-t1319) is a later session's fresh round, measured once at its start; round 61
(t1320-t1341) is measured once with --later at its end. Ten public texts are committed under
texts/ (rulings on authority, moves and supervision orders, a committee debate's report, a
regional youth policy note and a municipality's rules on youth help); the other 34 (regional and
local news on youth care in Zeeland, Twente, Friesland, Drenthe, the Achterhoek and Noord-Holland,
foster families, youth and family centres, child protection workers, divorce desks, local parties'
pages and questions, municipal budget pages and a regional project plan) are kept in the
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

NEW = (60, 61)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1298": "e7d689fd1110796f",
    "t1302": "04235744e6e2c15e",
    "t1306": "0915d58b173564d2",
    "t1310": "da0f1e7d80d0ad85",
    "t1314": "5c369280fa166ce2",
    "t1320": "2a2d41c5f4d358b8",
    "t1324": "eaceef34b9780baf",
    "t1328": "87ddab81c6d3dfa0",
    "t1332": "af62cb828fb591b1",
    "t1336": "89fcb8dba1d209bf",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def ids(first: int, last: int, *skip: int) -> list[str]:
    """Text ids first..last without the skipped numbers."""
    return [f"t{n}" for n in range(first, last + 1) if n not in skip]


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {60: ("t1298-t1319", "65cc314d", "tune"), 61: ("t1320-t1341", "aa23676f", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 59 was measured once with --later (2026-12-07 08:40 UTC, main 482eb5c3), tune since
    assert table[59]["split"] == "tune"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {60: (22, 274, 159, 625, []), 61: (22, 193, 110, 540, [])}
    types = {
        60: {"PERSOON": 115, "PLAATS": 104, "ORGANISATIE": 53, "ADRES": 1, "EMAIL": 1},
        61: {"PLAATS": 110, "PERSOON": 52, "ORGANISATIE": 30, "ADRES": 1},
    }
    check_counts(figures, types)


def test_organisations_persons_and_places_are_spread_over_the_rounds() -> None:
    assert texts_with_type(60, "ORGANISATIE") == ids(1298, 1319, 1302, 1308, 1310, 1314, 1317)
    assert texts_with_type(60, "PERSOON") == ids(1298, 1319, 1312, 1314, 1317)
    assert texts_with_type(60, "PLAATS") == ids(1298, 1318, 1305, 1316)
    assert texts_with_type(60, "ADRES") == ["t1304"]
    assert texts_with_type(60, "EMAIL") == ["t1303"]
    orgs61 = ["t1321", "t1322", "t1325", "t1326", "t1330", "t1334", "t1335", "t1337", "t1338"]
    assert texts_with_type(61, "ORGANISATIE") == [*orgs61, "t1339", "t1341"]
    assert texts_with_type(61, "PERSOON") == ids(1320, 1340, 1327, 1336, 1338, 1339)
    assert texts_with_type(61, "PLAATS") == ids(1320, 1341, 1322, 1334, 1339)
    assert texts_with_type(61, "ADRES") == ["t1341"]
    assert texts_with_type(61, "SCHOOL") == texts_with_type(60, "SCHOOL") == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 10
    assert news == 34
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {60: 5, 61: 5}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 34, 12)
    zeeland = {hints[i] for i in ("t1301", "t1307", "t1315", "t1323", "t1339")}
    twente = {hints[i] for i in ("t1303", "t1311", "t1317", "t1327", "t1334", "t1337")}
    friesland = {hints[i] for i in ("t1309", "t1326", "t1333", "t1341")}
    guardians = {hints[i] for i in ("t1305", "t1319", "t1322")}
    noordholland = {hints[i] for i in ("t1318", "t1330", "t1338")}
    pairs = [("t1299", "t1321"), ("t1304", "t1325"), ("t1308", "t1340"), ("t1312", "t1329")]
    pairs += [("t1313", "t1331"), ("t1316", "t1335")]
    groups = [zeeland, twente, friesland, guardians, noordholland, {hints["t1300"]}]
    groups += [{hints[a], hints[b]} for a, b in pairs]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 12


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    local_ids = [f"t{n}" for n in range(1298, 1342) if f"t{n}" not in COMMITTED_SHA]
    assert len(local_ids) == 34
    check_in_raw_excerpts(local_ids)


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    labels = ["ZaaknummerC", "ProcedureRekestprocedure", "RechtsgebiedenCiviel"]
    check_glued(NEW, {"t1302": [*labels, "TrefwoordenKinderen"]})


def test_organisations_in_odd_shapes() -> None:
    # youth centres and a regional addiction care provider; a local welfare organisation
    assert entities_of("t1299", "ORGANISATIE") == {
        "fascinus",
        "exvoto",
        "brijder",
        "welzijnskwartier",
    }
    # an institution without its article; a provider and a broadcaster in a caption
    assert entities_of("t1301", "ORGANISATIE") == {"vliethoeve", "omroepzeeland", "juzt"}
    assert "Zeeland" not in spans_of("t1301", "ORGANISATIE")
    # regional certified institutions and Veilig Thuis organisations by their whole names
    assert "Jeugdbescherming Overijssel" in spans_of("t1303", "ORGANISATIE")
    assert "Veilig Thuis Twente" in spans_of("t1303", "ORGANISATIE")
    assert entities_of("t1305", "ORGANISATIE") == {"rbv", "vtf"}
    assert spans_of("t1305", "ORGANISATIE").count("Veilig Thuis Friesland") == 2
    assert {"Jeugd", "Gezinsbescherming"} <= keep_of("t1305")
    assert spans_of("t1322", "ORGANISATIE") == ["Jeugdbescherming Rotterdam-Rijnmond"]
    # a provincial youth care bureau with "Stichting", whole
    assert spans_of("t1306", "ORGANISATIE") == ["Stichting Bureau Jeugdzorg Limburg"]
    # purely local parties, a bankrupt provider and a regional certified institution
    assert entities_of("t1307", "ORGANISATIE") >= {
        "abgh",
        "groothontenisse",
        "intervence",
        "jbwest",
    }
    # a municipality's named desk; its social team named with the municipality
    assert set(spans_of("t1304", "ORGANISATIE")) == {"Inwonersplein"}
    assert spans_of("t1312", "ORGANISATIE") == ["Sociaal Team Cranendonck"]
    # a welfare organisation with its town and its named desk
    assert spans_of("t1311", "ORGANISATIE")[0] == "Wijkentree"
    assert spans_of("t1311", "ORGANISATIE").count("Wijkracht Hengelo") == 3
    # a village hall without kind and article, and a former youth centre, its own entity
    assert spans_of("t1321", "ORGANISATIE").count("Deel II") == 1
    assert entities_of("t1321", "ORGANISATIE") == {"wiel", "deel", "deel2"}
    # a care group once misspelt is one entity; a holiday farm in full and without its article
    assert entities_of("t1325", "ORGANISATIE") == {"zonl"}
    assert "Zorgroep Oude en Nieuwe Land" in spans_of("t1325", "ORGANISATIE")
    assert spans_of("t1335", "ORGANISATIE") == ["Hoeve", "Hoeve", "Ronald McDonald Hoeve"]
    # partners in a scrambled table, one name split by the table ("(De" ... "Wering)")
    assert entities_of("t1318", "ORGANISATIE") == {
        "parlan",
        "praktijk",
        "opvoedpoli",
        "bojoz",
        "triversum",
        "wering",
    }
    # a lowercase municipal team name; a health service by its short and its full name
    assert spans_of("t1339", "ORGANISATIE")[0] == "aan-z"
    assert entities_of("t1339", "ORGANISATIE") == {"aanz", "ggdz"}
    # a regional paper and a bankrupt provider; a car dealer in an advert
    assert entities_of("t1338", "ORGANISATIE") == {"nhd", "hvc"}
    assert spans_of("t1315", "ORGANISATIE") == ["CAPPENDIJK", "Porthos"]
    # national bodies, charities and programmes stay
    assert {"Ronald", "McDonald"} <= keep_of("t1316")
    assert {"William", "Schrikker", "Leger", "Heils"} <= keep_of("t1303")
    assert {"Nationale", "Zorggids"} <= keep_of("t1337")
    assert {"Jongerenloket", "Trefpunt", "Studio"} <= keep_of("t1323")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # surnames alone, three of them ordinary words, and officials with initials
    assert spans_of("t1311", "PERSOON")[:5] == [
        "Schelberg",
        "Luttikholt",
        "Traag",
        "Brand",
        "Steen",
    ]
    assert spans_of("t1311", "PERSOON")[5:] == ["T. Lantink", "E. van Spall", "J. Logtenberg"]
    # a foster mother in full, by surname, by first name and misspelt in a caption
    assert "Magriet" in spans_of("t1309", "PERSOON")
    assert entities_of("t1309", "PERSOON") == {"haveman", "demian", "ksenya", "delange", "lauret"}
    # a family's surname alone is its own entity; a genitive is its person
    assert entities_of("t1300", "PERSOON") >= {"elisabeth", "kok"}
    assert "Gabriels" in spans_of("t1322", "PERSOON")
    # a garbled name; a mayor under a lowercase article; a first name that is an ordinary word
    assert "Man de Mark" in spans_of("t1326", "PERSOON")
    assert "van der Laan" in spans_of("t1304", "PERSOON")
    assert "Door Nube" in spans_of("t1318", "PERSOON")
    # judges, one surname an ordinary word; a lawyer whose surname is a first name
    assert spans_of("t1329", "PERSOON") == ["Ina Slot", "Jos van Oijen", "Van Oijen"]
    assert spans_of("t1320", "PERSOON") == ["M.A.V. Daansen", "M.C.J. Fleur"]
    # two lawyers sharing a surname are two entities
    assert entities_of("t1306", "PERSOON") == {"fdronkers", "ddronkers", "birrou"}
    # a session town glued to its label; a city glued to a site's category; a town glued to a party
    assert spans_of("t1302", "PLAATS")[:2] == ["Zeeland-West-Brabant", "ZittingsplaatsMiddelburg"]
    assert spans_of("t1330", "PLAATS")[0] == "Den HelderPolitiek"
    assert spans_of("t1338", "PLAATS")[0] == "PvdA-Hoorn"
    # OCR-broken places, a demonym and an adjective; a town with an opening quote
    assert {"Ter- neuzen", "Terneuzenaar", "Hulster", "Chia pas"} <= set(
        spans_of("t1315", "PLAATS")
    )
    assert "‘s-Heerenberg" in spans_of("t1308", "PLAATS")
    assert spans_of("t1312", "PLAATS")[0] == "Cranendonk"
    # two towns glued by a slash; a municipality with the region in its name
    assert spans_of("t1317", "PLAATS")[:2] == ["ALMELO", "GOOR"]
    assert "Hof van Twente" in spans_of("t1317", "PLAATS")
    # a city by two names is one entity; a region's short forms; a landmark
    assert entities_of("t1324", "PLAATS") == {"denhaag", "amsterdam", "leiden"}
    assert "'s-Gravenhage" in spans_of("t1324", "PLAATS")
    assert {"NoordHolland", "N-H", "DH"} <= set(spans_of("t1318", "PLAATS"))
    assert {"SWF", "Súdwest-Fryslân", "Waterpoort"} <= set(spans_of("t1326", "PLAATS"))
    assert spans_of("t1340", "PLAATS") == ["Achterhoeks", "Achterhoek", "Achterhoekers"]
    # a region inside a court district is not matched on its own
    assert spans_of("t1329", "PLAATS").count("West-Brabant") == 1
    # streets without a number; an e-mail address
    assert spans_of("t1304", "ADRES") == ["Raadhuisstraat"]
    assert spans_of("t1341", "ADRES") == ["Badweg"]
    assert spans_of("t1303", "EMAIL") == ["r.driessen@regiotwente.nl"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, document or split-online number of the new rounds
    keys = ["RBDHA:2021:6430", "RBROE:2012:BX5119", "RBMNE:2021:6136", "RBDHA:2018:2653"]
    keys += ["RBDHA:2021:11180", "GHARL:2021:5040", "uitspraken/70669", "CVDR450918"]
    keys += ["gmb-2025-563155", "2024D49288"]
    check_new_urls(
        NEW,
        keys,
        count=44,
        numbers=("rbzwb:2025:3581", "c/02/431198", "31839-1062", "200.287.648"),
        digit_boundary=True,
    )


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 58 was measured once at the start of the session of 2026-12-07 07:17 UTC, round 59
    # with --later at its end (08:40 UTC, main 482eb5c3), both tune since; round 60 was measured
    # once at the start of the session of 2026-12-07 10:26 UTC (on 65cc314d, tune since)
    items = [("t1254", 58, "tune"), ("t1276", 59, "tune"), ("t1298", 60, "tune")]
    # round 61 was measured once with --later at that session's end (11:50 UTC, main aa23676f)
    items += [("t1320", 61, "tune")]
    splits = {58: "tune", 59: "tune", 60: "tune", 61: "tune"}
    check_sealed_left_out(items, splits)
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
