"""Rounds 66 and 67 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 16:34 UTC) for later sessions and sealed till then: round 66
(t1430-t1451) is a later session's fresh round, measured once at its start; round 67
(t1452-t1473) is measured once with --later at its end. Ten public texts are committed under
texts/ (rulings on supervision orders, placements, closed youth help and ending authority, a
municipality's further rules on youth help and another's youth policy note); the other 34
(regional and local news on youth care and youth work in Zuid-Limburg, Kennemerland, West-Brabant,
Midden-Holland, Eindhoven and Noord-Limburg, local parties' pages and questions, municipal and
council pages, providers' and welfare organisations' news, students' and guides' title pages, a
blog, a school's divorce page and a generated summary of a ruling) are kept in the git-ignored
bench/data/realtext_names/, each with a `restore:` hint in the manifest and its raw excerpt in
bench/data/restore_raw/. Readers and checks: names_rounds_helpers.py (no wb code runs on the
texts).
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

NEW = (66, 67)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1431": "9dfb303f1dc66746",
    "t1436": "64e66f05bbc91de1",
    "t1437": "b30f12aa5794118c",
    "t1439": "e98443e1a1e15188",
    "t1449": "b7cc811f26ae56f3",
    "t1450": "c4f7b14e803048c9",
    "t1451": "1cf2f42dba683350",
    "t1471": "2978ae01f9de5689",
    "t1472": "c7a93d0be193047c",
    "t1473": "201aaead95216b12",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def ids(first: int, last: int, *skip: int) -> list[str]:
    """Text ids first..last without the skipped numbers."""
    return [f"t{n}" for n in range(first, last + 1) if n not in skip]


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {66: ("t1430-t1451", "a2286d80", "tune"), 67: ("t1452-t1473", "8c3b5dea", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 64 was measured once at the start of the session of 2026-12-07 16:34 UTC (tune since);
    # round 65's row is that session's lead's (tests/test_names_sealed_unopened.py pins it)
    assert table[64]["split"] == "tune"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {66: (22, 259, 145, 539, []), 67: (22, 212, 128, 611, ["t1458"])}
    types = {
        66: {
            "PLAATS": 137,
            "PERSOON": 79,
            "ORGANISATIE": 35,
            "SCHOOL": 3,
            "ADRES": 2,
            "POSTCODE": 2,
            "EMAIL": 1,
        },
        67: {"PLAATS": 90, "PERSOON": 64, "ORGANISATIE": 50, "SCHOOL": 7, "ADRES": 1},
    }
    check_counts(figures, types)


def test_organisations_persons_and_places_are_spread_over_the_rounds() -> None:
    orgs66 = ["t1430", *ids(1432, 1434), "t1438", *ids(1441, 1443), "t1445", "t1447"]
    assert texts_with_type(66, "ORGANISATIE") == [*orgs66, *ids(1449, 1451)]
    persons66 = ["t1430", "t1432", *ids(1434, 1438), "t1440", "t1441", "t1442", "t1444"]
    assert texts_with_type(66, "PERSOON") == [*persons66, *ids(1446, 1449), "t1451"]
    assert texts_with_type(66, "PLAATS") == ids(1430, 1451)
    assert texts_with_type(66, "SCHOOL") == ["t1438", "t1447"]
    assert texts_with_type(66, "ADRES") == texts_with_type(66, "POSTCODE") == ["t1443", "t1447"]
    assert texts_with_type(66, "EMAIL") == ["t1447"]
    orgs67 = ["t1454", "t1455", "t1457", *ids(1459, 1465, 1462), "t1468", "t1469", "t1473"]
    assert texts_with_type(67, "ORGANISATIE") == orgs67
    persons67 = ["t1452", "t1453", "t1456", "t1457", *ids(1459, 1465), "t1469"]
    assert texts_with_type(67, "PERSOON") == [*persons67, *ids(1471, 1473)]
    assert texts_with_type(67, "PLAATS") == ids(1452, 1473, 1458)
    assert texts_with_type(67, "SCHOOL") == ["t1463", "t1465"]
    assert texts_with_type(67, "ADRES") == ["t1467"]
    for kind in ("TELEFOON",):
        assert texts_with_type(66, kind) == texts_with_type(67, kind) == []
    assert texts_with_type(67, "POSTCODE") == texts_with_type(67, "EMAIL") == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 10
    assert news == 34
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {66: 7, 67: 3}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 34, 10)
    limburg = ["t1430", "t1432", "t1433"]
    youth_work = ["t1434", "t1435"]
    haarlem = ["t1438", "t1440", "t1441"]
    west_brabant = ids(1442, 1445)
    deventer_zwolle = ids(1446, 1448)
    gouda = ids(1452, 1457)
    school = ["t1458"]
    eindhoven = ids(1459, 1465)
    summary = ["t1466"]
    venlo = ids(1467, 1470)
    groups = [limburg, youth_work, haarlem, west_brabant, deventer_zwolle, gouda, school]
    groups += [eindhoven, summary, venlo]
    assert sorted(i for g in groups for i in g) == sorted(hints)
    queries = [{hints[i] for i in g} for g in groups]
    assert all(len(q) == 1 for q in queries)
    assert len(set().union(*queries)) == 10


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    local_ids = [f"t{n}" for n in range(1430, 1474) if f"t{n}" not in COMMITTED_SHA]
    assert len(local_ids) == 34
    check_in_raw_excerpts(local_ids)


def test_a_glued_page_word_is_neither_kept_nor_an_identifier() -> None:
    # lexboost's label glued to the next word in a generated summary kept local (t1466); the
    # committed ruling through lexboost (t1450) is the ruling's own heading only
    check_glued(NEW, {"t1466": ["LexboostAutomatisch"]})
    assert "AI" in keep_of("t1466")
    assert not [w for w in keep_of("t1450") if "Lexboost" in w]


def test_organisations_and_schools_in_odd_shapes() -> None:
    # a local party named with a dialling code, a party by its acronym also before a hyphen
    assert spans_of("t1442", "ORGANISATIE") == ["Samen 0164"] * 3
    assert spans_of("t1443", "ORGANISATIE") == ["BSD", "BSD"]
    # a regional broadcaster glued to its digit; a regional Bureau Jeugdzorg with its short form
    assert spans_of("t1433", "ORGANISATIE") == ["1Limburg"]
    assert spans_of("t1438", "ORGANISATIE") == ["Bureau JeugdZorg (BJZ) Haarlem"]
    assert spans_of("t1447", "ORGANISATIE")[0] == "Bureau Jeugdzorg Zuid-Holland"
    # a foundation by its acronym and with "Stichting"; regional certified institutions
    assert entities_of("t1447", "ORGANISATIE") == {"bjz", "jso"}
    assert spans_of("t1447", "ORGANISATIE")[1:] == ["JSO", "JSO", "Stichting JSO"]
    assert spans_of("t1445", "ORGANISATIE") == ["Jeugdbescherming Brabant", "JBB"]
    assert spans_of("t1449", "ORGANISATIE") == ["STICHTING JEUGDBESCHERMING BRABANT"]
    assert spans_of("t1450", "ORGANISATIE") == [
        "Stichting Jeugdbescherming Regio Amsterdam",
        "Jeugd Veilig Verder",
    ]
    assert entities_of("t1450", "ORGANISATIE") == {"jbra"}
    # a partnership with and without its domain word, providers and a residential group
    assert entities_of("t1441", "ORGANISATIE") == {"sparq", "youz", "kenter", "hartekamp", "vesta"}
    assert spans_of("t1441", "ORGANISATIE").count("Sparq Jeugdhulp") == 2
    # a youth centre named with its city and with its district; a paper without its article
    assert spans_of("t1434", "ORGANISATIE") == [
        "Don Bosco Apeldoorn",
        "Don Bosco De Maten",
        "Stentor",
        "Stimenz",
    ]
    stentor = next(s["start"] for s in annotated("t1434")["identifiers"] if s["text"] == "Stentor")
    assert not [w for w in annotated("t1434")["keep"] if w["end"] == stentor - 1]  # "In De Stentor"
    # a regional health service with its region, foundations whole, a name after domain words
    assert spans_of("t1454", "ORGANISATIE") == [
        "GGD Hollands Midden",
        "Stichting Kwadraad",
        "Stichting MEE Plus",
        "STEK Jeugdhulp",
        "Rivierduinen",
        "JSO",
    ]
    assert {"GGZ", "Kinderen", "Jeugd", "Noord", "Oost", "West", "CJG"} <= keep_of("t1454")
    # a youth work organisation in full and short, its parent after a slash, a district's team
    assert entities_of("t1459", "ORGANISATIE") == {"dynamo", "cement", "ltb", "lumens"}
    assert spans_of("t1459", "ORGANISATIE").count("Leefbaarheidsteam Blixembosch") == 2
    assert spans_of("t1460", "ORGANISATIE")[-1] == "Bureau Jongerenwerk Plus"
    # a youth centre after its kind word and article; a city's teams fused with the city
    assert spans_of("t1465", "ORGANISATIE") == ["Mortel", "Mortel", "WijEindhoven"]
    assert "Jongerencentrum" in keep_of("t1465")
    # an advisory council with its municipality, in capitals and short; a village's youth work
    assert spans_of("t1469", "ORGANISATIE").count("WMO Platform") == 3
    assert entities_of("t1469", "ORGANISATIE") == {"platform", "jwheel", "donbosco"}
    assert "JEUGD- EN JONGERENWERK HEEL" in spans_of("t1469", "ORGANISATIE")
    assert spans_of("t1469", "PLAATS") == ["Heel"]
    # a playground with an article, an acronym, an institution named with an article
    assert spans_of("t1432", "ORGANISATIE") == ["Heksenpretje", "Heksenpretje"]
    assert spans_of("t1455", "ORGANISATIE") == ["NSDMH"]
    assert spans_of("t1473", "ORGANISATIE") == ["La Salle", "La Salle"]
    # schools: after a kind word, in capitals, a college with its kind after the name and short
    assert spans_of("t1438", "SCHOOL") == ["Inholland", "Inholland"]
    assert "Hogeschool" in keep_of("t1438")
    assert spans_of("t1447", "SCHOOL") == ["INHOLLAND"]
    assert spans_of("t1463", "SCHOOL") == [
        "Fontys",
        "Summa College",
        "Fontys",
        "Summa College",
        "Summa",
        "Fontys",
    ]
    # national bodies, firms, programmes, function names and the law stay
    assert {"William", "Schrikker"} <= keep_of("t1436")
    assert {"Capgemini", "MCM"} <= keep_of("t1447")
    assert {"Join", "Us"} <= keep_of("t1460")
    assert {"Improven", "VNG"} <= keep_of("t1468")
    assert {"JOS", "MEE", "JeugdOndersteuning"} <= keep_of("t1457")
    assert {"Sociaal", "Plein"} <= keep_of("t1435")
    assert {"Team", "Toegang"} <= keep_of("t1446")
    assert {"Huizen", "Wijk"} <= keep_of("t1470")
    assert {"WMO", "Wet"} <= keep_of("t1469")
    assert "Jongerenadviesraad" in keep_of("t1431")
    assert "Columbus" in keep_of("t1455")


def test_persons_places_addresses_and_numbers_in_odd_shapes() -> None:
    # a member with initials, with her double surname and in full: one entity
    assert spans_of("t1432", "PERSOON").count("Peter Pauwels") == 3
    heine = [s["text"] for s in annotated("t1432")["identifiers"] if s["entity"] == "heine"]
    assert heine == ["H. Heine", "H. Heine-van Dartel", "Hannie Heine-van Dartel"]
    # an author with initials and in full; an author written twice in a byline
    assert entities_of("t1447", "PERSOON") >= {"mehlkopf", "mes"}
    assert spans_of("t1447", "PERSOON").count("Pierre Mehlkopf") == 2
    assert spans_of("t1444", "PERSOON") == ["Pepijn Vermunt", "Pepijn Vermunt"]
    # a surname with "Van" at a sentence start, first names alone, two boys by first name
    assert spans_of("t1446", "PERSOON").count("Van Maldegem") == 2
    assert spans_of("t1440", "PERSOON") == ["Kim Denie", "Kim Denie", "Kim", "Kim"]
    assert spans_of("t1464", "PERSOON")[:2] == ["Sam", "Bas"]
    assert spans_of("t1465", "PERSOON").count("Glenn") == 2
    # a lawyer's double surname with a diacritic; the child's lawyer with initials
    assert spans_of("t1437", "PERSOON") == ["N. Aydogan-Kütük", "P.F. Emmelot"] * 2
    assert spans_of("t1472", "PERSOON") == ["A.H. Odekerken-Holtkamp"]
    # a city with a space after its hyphen, with a curly apostrophe; districts with an article
    assert spans_of("t1437", "PLAATS")[-1] == "’s- Hertogenbosch"
    assert "’s-Hertogenbosch" in spans_of("t1451", "PLAATS")
    assert "’t Hool" in spans_of("t1459", "PLAATS")
    assert spans_of("t1462", "PLAATS").count("’t Hool") == 1
    assert "Tempel" in spans_of("t1464", "PLAATS")
    # demonyms and adjectives, a region's adjective, the Raad's region in capitals
    assert spans_of("t1440", "PLAATS").count("Zwanenburgse") == 1
    assert spans_of("t1455", "PLAATS") == ["Goudse", "Gouwenaars", "Gouda"]
    assert spans_of("t1445", "PLAATS")[:2] == ["West-Brabantse", "West-Brabantse"]
    assert "Zuid-Limburgse" in spans_of("t1430", "PLAATS")
    assert "ZUIDWEST NEDERLAND" in spans_of("t1449", "PLAATS")
    # a city inside a certified institution's name is no place of its own
    assert spans_of("t1450", "PLAATS") == ["OOST-BRABANT", "Amsterdam"]
    # a quay without a number, a post box and postcode, a visiting address and an e-mail
    assert spans_of("t1467", "ADRES") == ["Lage Loswal"]
    assert spans_of("t1443", "ADRES") == ["Postbus 35"]
    assert spans_of("t1443", "POSTCODE") == ["4600 AA"]
    assert spans_of("t1447", "ADRES") == ["Nieuwe Gouwe Westzijde 2a"]
    assert spans_of("t1447", "POSTCODE") == ["2802 AN"]
    assert spans_of("t1447", "EMAIL") == ["info@jso.nl"]
    # a school's divorce page without any identifier
    assert annotated("t1458")["identifiers"] == []
    assert {"Protocol", "School", "Scheiding", "Document"} <= keep_of("t1458")


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, regulation, gazette or document number of the new rounds
    keys = ["GHARL:2020:9617", "GHARL:2019:4147", "RBZWB:2025:9329", "RBOBR:2024:2492"]
    keys += ["RBOBR:2020:4096", "GHARL:2022:1090", "RBMAA:2011:BP1267", "RBMAA:2005:AS4823"]
    keys += ["RBMAA:2008:BD9996", "CVDR101132", "gmb-2024-492527", "2125180", "15475605"]
    numbers = ("200.282.150", "200.256.556", "c/02/435199", "c/01/401712", "c/01/360321")
    numbers += ("200.289.075",)
    check_new_urls(NEW, keys, count=44, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 64 was measured once at the start of the session of 2026-12-07 16:34 UTC (on
    # cda383f8, tune since); round 66 at the start of the session of 2026-12-07 19:44 UTC (on
    # a2286d80, tune since); round 67 with --later at that session's end (21:12 UTC, main
    # 8c3b5dea, tune since)
    items = [("t1386", 64, "tune"), ("t1430", 66, "tune"), ("t1452", 67, "tune")]
    splits = {64: "tune", 66: "tune", 67: "tune"}
    check_sealed_left_out(items, splits)
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
