"""Rounds 64 and 65 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 13:23 UTC) for later sessions and sealed till then: round 64
(t1386-t1407) is a later session's fresh round, measured once at its start; round 65
(t1408-t1429) is measured once with --later at its end. Nine public texts are committed under
texts/ (rulings on supervision orders, placements, closed youth help, a care arrangement and a
move, and three municipalities' youth help regulations); the other 35 (regional and local news on
youth care in Zeeland, Twente, Friesland, Drenthe, the Nijmegen and Tiel region, Noord-Holland
Noord and the Zaan, Brabant, Rijnmond and the Gooi, local parties' pages and questions, municipal
pages, providers' and welfare organisations' news, a primary school's divorce protocol, a thesis'
title pages and a councillor's column) are kept in the git-ignored bench/data/realtext_names/,
each with a `restore:` hint in the manifest and its raw excerpt in bench/data/restore_raw/.
Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (64, 65)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1389": "c1ae59ace2cb6417",
    "t1390": "1b4fc3f1c978b87f",
    "t1403": "b10c38ffe43d7c80",
    "t1408": "a6f5839fa9ec3747",
    "t1411": "117a4f0a5b589233",
    "t1412": "33d06196cbc946e9",
    "t1413": "521d28f356747b26",
    "t1427": "f14d35732e9e5c30",
    "t1428": "829cb310c192c385",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def ids(first: int, last: int, *skip: int) -> list[str]:
    """Text ids first..last without the skipped numbers."""
    return [f"t{n}" for n in range(first, last + 1) if n not in skip]


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {64: ("t1386-t1407", "cda383f8", "tune"), 65: ("t1408-t1429", "4845ad8b", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 62 was measured once at the start of the session of 2026-12-07 13:23 UTC (tune since);
    # round 63's row is that session's lead's (tests/test_names_sealed_unopened.py pins it)
    assert table[62]["split"] == "tune"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {64: (22, 197, 126, 485, []), 65: (22, 177, 92, 501, [])}
    types = {
        64: {
            "PLAATS": 81,
            "ORGANISATIE": 54,
            "PERSOON": 45,
            "TELEFOON": 5,
            "ADRES": 5,
            "EMAIL": 3,
            "POSTCODE": 2,
            "SCHOOL": 2,
        },
        65: {"PLAATS": 97, "ORGANISATIE": 46, "PERSOON": 34},
    }
    check_counts(figures, types)


def test_organisations_persons_and_places_are_spread_over_the_rounds() -> None:
    orgs64 = ids(1386, 1407, 1388, 1390, 1393, 1397, 1404)
    assert texts_with_type(64, "ORGANISATIE") == orgs64
    persons64 = ids(1386, 1406, 1387, 1388, 1390, 1395, 1396, 1397, 1405)
    assert texts_with_type(64, "PERSOON") == persons64
    assert texts_with_type(64, "PLAATS") == ids(1386, 1407, 1398, 1406)
    assert texts_with_type(64, "SCHOOL") == ["t1404"]
    assert texts_with_type(64, "ADRES") == ["t1395", "t1398", "t1404"]
    contacts = ["t1395", "t1396", "t1404"]
    assert texts_with_type(64, "TELEFOON") == texts_with_type(64, "EMAIL") == contacts
    assert texts_with_type(64, "POSTCODE") == ["t1395", "t1404"]
    orgs65 = ["t1408", "t1409", "t1411", *ids(1414, 1417), "t1419", *ids(1422, 1427, 1423)]
    orgs65 += ["t1429"]
    assert texts_with_type(65, "ORGANISATIE") == orgs65
    persons65 = ["t1408", "t1410", "t1414", "t1415", "t1418", "t1423", "t1426", "t1427"]
    assert texts_with_type(65, "PERSOON") == [*persons65, "t1428", "t1429"]
    assert texts_with_type(65, "PLAATS") == ids(1408, 1429, 1411, 1425)
    for kind in ("SCHOOL", "ADRES", "POSTCODE", "TELEFOON", "EMAIL"):
        assert texts_with_type(65, kind) == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 9
    assert news == 35
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {64: 3, 65: 6}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 35, 12)
    zeeland = ids(1386, 1388)
    twente = ids(1391, 1393)
    friesland = ids(1394, 1398)
    drenthe = ids(1399, 1402)
    school = ["t1404"]
    gelderland = [*ids(1405, 1407), "t1409"]
    thesis = ["t1410"]
    noord_holland = ids(1414, 1417)
    divorce = ["t1418", "t1419"]
    rijnmond = ["t1420", "t1421"]
    brabant = ids(1422, 1426)
    gooi = ["t1429"]
    groups = [zeeland, twente, friesland, drenthe, school, gelderland, thesis, noord_holland]
    groups += [divorce, rijnmond, brabant, gooi]
    assert sorted(i for g in groups for i in g) == sorted(hints)
    queries = [{hints[i] for i in g} for g in groups]
    assert all(len(q) == 1 for q in queries)
    assert len(set().union(*queries)) == 12


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    local_ids = [f"t{n}" for n in range(1386, 1430) if f"t{n}" not in COMMITTED_SHA]
    assert len(local_ids) == 35
    check_in_raw_excerpts(local_ids)


def test_a_glued_link_word_is_neither_kept_nor_an_identifier() -> None:
    # a link's text glued to the next sentence after "P&" ("C-documentTijdens", t1421); a
    # heading glued to a demonym ("wetgevingJonge Rotterdammers") is lowercase: no word to keep
    check_glued(NEW, {"t1421": ["C-documentTijdens"]})
    assert spans_of("t1421", "PLAATS") == ["Rotterdammers", "Rotterdamse"]
    assert not [w for w in keep_of("t1421") if "wetgeving" in w]


def test_organisations_and_schools_in_odd_shapes() -> None:
    # regional services named with their region, whole; a regional Bureau Jeugdzorg in capitals
    assert spans_of("t1386", "ORGANISATIE") == ["Omroep Zeeland", "Veilig Thuis Zeeland"]
    assert spans_of("t1389", "ORGANISATIE") == ["STICHTING BUREAU JEUGDZORG LIMBURG"]
    assert spans_of("t1391", "ORGANISATIE") == ["GGD Twente", "Lokaal Hengelo"]
    # a purchasing organisation in full and by its short form; a foundation with "Stichting"
    assert entities_of("t1392", "ORGANISATIE") == {"wijkracht", "ozjt"}
    assert spans_of("t1392", "ORGANISATIE")[-2:] == [
        "Organisatie voor Zorg en Jeugdhulp in Twente",
        "OZJT",
    ]
    # a placement coordination, a crisis service with a digit, e-mail addresses with capitals
    assert spans_of("t1396", "ORGANISATIE").count("PC Noord") == 6
    assert "Spoed4Jeugd" in spans_of("t1396", "ORGANISATIE")
    assert spans_of("t1396", "EMAIL") == ["PCRegioNoord@regiecentrumbv.nl"]
    assert spans_of("t1395", "ORGANISATIE") == ["Regiecentrum Bescherming en Veiligheid"]
    # a certified institution named with its article and an ampersand, with and without "Stichting"
    assert spans_of("t1403", "ORGANISATIE") == ["Jeugd- & Gezinsbeschermers"]
    assert spans_of("t1408", "ORGANISATIE") == ["Stichting De Jeugd- & Gezinsbeschermers"]
    # a local party fused with its group's word; a desk named after its town; community houses
    assert spans_of("t1405", "ORGANISATIE") == ["ProTiel", "ProTielfractie", "ProTiel"]
    assert spans_of("t1406", "ORGANISATIE")[-3:] == ["Loket Wijk", "Binding", "Save"]
    assert spans_of("t1407", "ORGANISATIE") == [
        "Huis van Weezenhof",
        "Huis",
        "Turf",
        "Podium1390",
        "Bindkracht10",
    ]
    # an area team named with a digit and its town; a lowercase news site; a name with "De"
    assert spans_of("t1411", "ORGANISATIE") == ["1.Hoorn"]
    assert spans_of("t1424", "ORGANISATIE") == ["kliknieuws"]
    assert spans_of("t1422", "ORGANISATIE") == ["Oosterpoort", "De La Salle"]
    # organisations without their article, an English article kept, a weblog without "De"
    assert spans_of("t1401", "ORGANISATIE") == ["Nienhuis"]
    assert spans_of("t1414", "ORGANISATIE") == ["Wijkhuis", "Wijkhuis", "The Hangout"]
    assert spans_of("t1425", "ORGANISATIE") == ["Meidenhuis"] * 7
    assert spans_of("t1419", "ORGANISATIE")[0] == "weblog van Helmond"
    assert "De" not in keep_of("t1419")
    # a welfare organisation in full and by its short name; a paper, an office named by a number
    assert entities_of("t1429", "ORGANISATIE") == {
        "versa",
        "ge",
        "vch",
        "aware",
        "artikel1",
        "sherpa",
        "hilverzorg",
        "kwintes",
    }
    assert {"Versa", "Gooi- en Eemlander", "Artikel 1"} <= set(spans_of("t1429", "ORGANISATIE"))
    # a school's name fused with its kind
    assert spans_of("t1404", "SCHOOL") == ["Mariaschool", "Mariaschool"]
    # national bodies, function names, compass districts, a pass and a task force stay
    assert {"Zorg", "Advies", "Team", "ZAT", "GGD"} <= keep_of("t1388")
    assert {"Pleegzorg", "Week"} <= keep_of("t1399")
    assert {"Noord", "Oost", "West", "Centrum", "Wijkteams"} <= keep_of("t1405")
    assert {"Zuidwest", "Stedelijk", "MEE", "Buurtbemiddeling"} <= keep_of("t1429")
    assert {"Leger", "Heils", "Antillianen", "Woningstichting"} <= keep_of("t1416")
    assert {"Gelrepas", "Sociaal", "Team"} <= keep_of("t1409")
    assert {"Taskforce", "Jeugdzorg"} <= keep_of("t1423")
    assert {"William", "Schrikker", "Groep"} <= keep_of("t1418")
    assert {"Stichting", "Beroepseer"} <= keep_of("t1420")


def test_persons_places_addresses_and_numbers_in_odd_shapes() -> None:
    # an alderman whose surname is an ordinary word; officials with initials
    assert spans_of("t1392", "PERSOON")[:3] == ["Luttikholt", "Bruggink", "Brand"]
    # a double surname in full, without its second part and by "Van de Straat": one entity
    assert entities_of("t1414", "PERSOON") == {"straat", "wijnberg", "roelofs"}
    assert spans_of("t1414", "PERSOON").count("Van de Straat") == 1
    # a family name in the plural; a surname with a glued possessive; a surname that is a town
    assert spans_of("t1401", "PERSOON")[0] == "Van Puttens"
    assert "Huismans" in spans_of("t1415", "PERSOON")
    assert "Kitty van Hoorn" in spans_of("t1418", "PERSOON")
    assert "Hoorn" not in spans_of("t1418", "PLAATS")
    # a couple's shared surname goes with the second first name
    assert spans_of("t1400", "PERSOON").count("Esther Kerssies") == 2
    # a demonym, a Frisian province, a dateline joined by slashes, a region with its province
    assert spans_of("t1386", "PLAATS") == ["Zeeuwse", "Zeeland", "Goes", "Zeeland", "Zeeuwen"]
    assert spans_of("t1397", "PLAATS")[0] == "Fryslân"
    assert spans_of("t1422", "PLAATS")[:5] == ["Oss", "Boxtel", "DEN BOSCH", "OSS", "BOXTEL"]
    assert spans_of("t1416", "PLAATS")[-1] == "Kop van Noord-Holland"
    assert spans_of("t1426", "PLAATS") == ["Hart van Brabant", "Oisterwijk"]
    # a district and its study title's short form; a city by its formal name
    assert entities_of("t1407", "PLAATS") >= {"noord", "oudwest", "west", "weezenhof"}
    assert spans_of("t1428", "PLAATS").count("'s-Gravenhage") == 1
    assert entities_of("t1428", "PLAATS") == {"denhaag", "haarlem"}
    # a post box, a postcode, an address written twice with different dashes, a letterhead
    assert spans_of("t1395", "ADRES") == ["Postbus 312"]
    assert spans_of("t1395", "POSTCODE") == ["8901 BC"]
    assert spans_of("t1398", "ADRES") == ["Veluwelaan 5-7", "Veluwelaan 5 – 7"]
    assert entities_of("t1398", "ADRES") == {"adres"}
    assert spans_of("t1404", "ADRES") == ["Oranje Nassauplein 27", "Achterdijkshoorn 8"]
    assert spans_of("t1404", "TELEFOON") == ["015-2615430", "015-2853562"]
    assert spans_of("t1396", "TELEFOON") == ["058-233 3838", "0900 234566"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, regulation, gazette or document number of the new rounds
    keys = ["RBLIM:2021:4623", "RBLIM:2021:5626", "RBNHO:2020:7635", "RBNHO:2025:14572"]
    keys += ["RBDHA:2015:12154", "GHDHA:2016:2764", "CVDR741217", "gmb-2024-530294"]
    keys += ["63500433", "6547169", "18298662"]
    numbers = ("c/03/290630", "c/03/291908", "c/15/303346", "c/15/371850", "c/09/490684")
    numbers += ("200.190.774",)
    check_new_urls(NEW, keys, count=44, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 62 was measured once at the start of the session of 2026-12-07 13:23 UTC (on
    # 6292b17d, tune since); round 64 at the start of the session of 2026-12-07 16:34 UTC (on
    # cda383f8, tune since); round 65 with --later at that session's end (17:32 UTC, main
    # 4845ad8b, tune since)
    items = [("t1342", 62, "tune"), ("t1386", 64, "tune"), ("t1408", 65, "tune")]
    splits = {62: "tune", 64: "tune", 65: "tune"}
    check_sealed_left_out(items, splits)
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
