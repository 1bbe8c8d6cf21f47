"""Rounds 50 and 51 of the real-text names set (bench/realtext/names, collect-names).

Both measured in the session of 2026-12-06 19:12 UTC (round 50 at its start on a9282b33, round
51 with --later at its end on 0339e333) and tune since.

Collected on 2026-12-06 (after 16:20 UTC) for the next session and sealed till then: round 50
(t1078-t1099) is that session's fresh round, measured once at its start; round 51 (t1100-t1121) is
measured once with --later at its end. 22 texts are public documents committed under texts/ (court
rulings on market stalls, festivals, fairs, riding schools, allotment associations and an amusement
arcade, council minutes of 1973 and 1981, Kamervragen and a municipal fair regulation); the 22
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

NEW = (50, 51)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1078": "f2934a01067a86dc",
    "t1080": "14d9335eda980ece",
    "t1082": "7db454106ba342d4",
    "t1084": "329be17e4f7b49df",
    "t1086": "b90675306a445129",
    "t1088": "e777ce993afa26c8",
    "t1090": "7a50c45e565c630f",
    "t1092": "a91c8e5d1bf486d5",
    "t1094": "3330da0e88e133ee",
    "t1096": "775f656696d6a352",
    "t1098": "22289fd3c66e6644",
    "t1100": "d3eedaedb6117076",
    "t1102": "b431dbd46b408fd6",
    "t1104": "d2233bde10195f6f",
    "t1106": "97f8e80de90ca4b2",
    "t1108": "b1c953f684c5f5e5",
    "t1110": "3d0fd68f66a94d58",
    "t1112": "18657dc13f010ba7",
    "t1114": "75f1832ade35eeaf",
    "t1116": "afd26b3d46a24a56",
    "t1118": "63c6b587fa4958b1",
    "t1120": "a6e766dd91aee427",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    # round 50 was measured once at the start of the session of 2026-12-06 19:12 UTC (19:16 UTC,
    # on a9282b33) and is tune since; round 51 was measured once with --later at that session's
    # end (20:28 UTC, main 0339e333) and is tune since
    rows = {50: ("t1078-t1099", "a9282b33", "tune"), 51: ("t1100-t1121", "0339e333", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 52-69 collected sealed after them (collect-names)
    # the collecting session measured round 48 as its fresh round at its start (16:22 UTC,
    # e999d922); round 49 is measured with --later at its end (its row is not pinned here)
    assert (table[48]["split"], table[48]["code_frozen"]) == ("tune", "e999d922")
    assert table[49]["texts"] == "t1056-t1077"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {
        50: (22, 310, 163, 646, []),
        51: (22, 231, 146, 484, ["t1114"]),
    }
    types = {
        50: {"PLAATS": 114, "PERSOON": 78, "SCHOOL": 61, "ORGANISATIE": 49, "ADRES": 8},
        51: {"PLAATS": 86, "PERSOON": 76, "ORGANISATIE": 40, "SCHOOL": 18, "ADRES": 11},
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    orgs50 = ["t1078", "t1079", "t1080", "t1081", "t1082", "t1085", "t1086", "t1087", "t1088"]
    orgs50 += ["t1089", "t1090", "t1093", "t1095", "t1096", "t1097", "t1098", "t1099"]
    assert texts_with_type(50, "ORGANISATIE") == orgs50
    orgs51 = ["t1100", "t1102", "t1105", "t1106", "t1107", "t1109", "t1111", "t1112", "t1113"]
    orgs51 += ["t1115", "t1116", "t1117", "t1119", "t1120", "t1121"]
    assert texts_with_type(51, "ORGANISATIE") == orgs51
    assert texts_with_type(50, "SCHOOL") == ["t1083", "t1085", "t1087", "t1089", "t1091"]
    assert texts_with_type(51, "SCHOOL") == ["t1105", "t1107", "t1109"]
    assert texts_with_type(50, "ADRES") == ["t1078", "t1082", "t1085", "t1095", "t1096", "t1097"]
    assert texts_with_type(51, "ADRES") == ["t1100", "t1115", "t1117", "t1118", "t1119"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 16 court texts (11 from uitspraken.rechtspraak.nl, 1 through deeplink.rechtspraak.nl, 2
    # through lexboost.com from the ruling's own text, 2 copies of a ruling's text on a legal
    # publisher's and a law firm's site), 2 councils' minutes from an archive's OCR, 3 Kamervragen
    # (officielebekendmakingen.nl, openkamer.org, a party's copy) and a fair regulation
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 22
    assert news == 22
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {50: 11, 51: 11}  # half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 22, 5)
    walking = {hints[i] for i in ("t1079", "t1081", "t1083", "t1101", "t1103")}
    chess = {hints[i] for i in ("t1085", "t1087", "t1089", "t1091", "t1105", "t1107", "t1109")}
    carnival = {hints[i] for i in ("t1093", "t1111", "t1113")}
    orange = {hints[i] for i in ("t1095", "t1097", "t1115", "t1117", "t1119")}
    music = {hints[i] for i in ("t1099", "t1121")}
    groups = [walking, chess, carnival, orange, music]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 5


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are), so restore_align.py can cut it again after one look-up
    ids = [f"t{n}" for n in range(1079, 1122, 2)]
    assert len(ids) == 22
    check_in_raw_excerpts(ids, sha256=False)


def test_glued_field_labels_of_the_fair_regulation() -> None:
    # decentrale.regelgeving.overheid.nl glues its field labels to their values
    glued = ["OrganisatietypeGemeente", "CiteertitelKermisverordening", "Onderwerpopenbare"]
    check_glued(NEW, {"t1098": glued})
    assert "OrganisatieGulpen-Wittem" in spans_of("t1098", "PLAATS")  # the whole token
    assert "Kermisverordening" in keep_of("t1098")


def test_schools_in_odd_shapes() -> None:
    # without kind and article, in team names and result lines; in one word, whole
    assert spans_of("t1083", "SCHOOL") == [
        "Sint-Petrusschool",
        "Angelaschool",
        "Molenwijkschool",
        "Vorsenpoel",
    ]
    assert spans_of("t1085", "SCHOOL")[:3] == ["Meander", "Meander", "Meander"]
    assert "Jan van Rijckenborghschool" in spans_of("t1085", "SCHOOL")
    schools87 = {"Koningin Julianaschool", "Prins Willem Alexanderschool", "Bolwerk"}
    assert schools87 <= set(spans_of("t1087", "SCHOOL"))
    assert spans_of("t1087", "SCHOOL").count("Kastanjelaan") == 6
    assert spans_of("t1091", "SCHOOL")[:4] == ["Jozef", "St. Jozefschool", "Jozef1", "Jozef1"]
    assert entities_of("t1091", "SCHOOL") >= {"jozef", "annefrank", "beinum"}
    assert {"Nuts", "Nutsschool", "Vrije"} <= keep_of("t1091")  # a school type, kept
    assert "Montessorischool" in keep_of("t1089")  # the town's Montessori school by its kind
    assert spans_of("t1105", "SCHOOL") == ["JTC", "Jan Tinbergen College"]
    assert "School op de Berg" in spans_of("t1107", "SCHOOL")
    assert spans_of("t1109", "SCHOOL")[-3:] == ["Klankhof", "Lavoor", "Gezellehoek"]


def test_organisations_in_odd_shapes() -> None:
    # local associations and firms, whole with their place; venues without their article
    assert spans_of("t1078", "ORGANISATIE") == ["Vereeniging Volksfeest Winterswijk"]
    assert "Vereeniging" in keep_of("t1100")  # its short form
    assert spans_of("t1079", "ORGANISATIE") == ["KSV", "KSV Gym"]
    assert "Precimax Special Products B.V." in spans_of("t1082", "ORGANISATIE")
    assert "Vereniging Behoud de Polders" in spans_of("t1082", "ORGANISATIE")
    assert spans_of("t1086", "ORGANISATIE")[1] == "Bond van Volkstuinders"
    assert "Bond" in keep_of("t1086")
    assert spans_of("t1088", "ORGANISATIE") == ["VOLKSTUINVERENIGING SCHELFORST", "Schelfhorst"]
    assert len(entities_of("t1088", "ORGANISATIE")) == 2
    assert spans_of("t1093", "ORGANISATIE") == ["NH Nieuws", "WEEFF", "Herberg Hoorn"]
    assert spans_of("t1096", "ORGANISATIE")[0] == "Lampegietersweek"  # a festival of its own
    assert entities_of("t1097", "ORGANISATIE") == {"oranjevianen", "oranjecomite", "reigermarkt"}
    assert "Oranjevereniging" in keep_of("t1097")  # the kind word alone
    assert spans_of("t1099", "ORGANISATIE") == ["VKP", "AB’90", "AB’90", "MusicFun", "MusicFun"]
    assert spans_of("t1102", "ORGANISATIE")[-1] == "Dikke van Dale"
    assert spans_of("t1106", "ORGANISATIE")[0] == 'SCHIEDAMSE VOLKSTUINDERSVERENIGING "THURLEDE"'
    assert spans_of("t1113", "ORGANISATIE")[:2] == ["RPP", "Moeslanden"]  # RPP before -raadslid
    assert spans_of("t1117", "ORGANISATIE") == ["Weening Fotografie"]
    assert "Voske" in keep_of("t1119")  # a supermarket's mascot
    assert spans_of("t1120", "ORGANISATIE") == ["Party & Bowling de Worp B.V.", "Party & Bowling"]


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    assert spans_of("t1088", "PERSOON") == ["M.E. Bentum Jr."]
    assert spans_of("t1090", "PERSOON")[:3] == ["de Bruijn", "Buijs", "Emke's"]
    assert "Looi.jen" in spans_of("t1090", "PERSOON")  # split by the OCR, one entity
    assert entities_of("t1090", "PERSOON") == {"bruijn", "buijs", "emke", "looijen"}
    assert {"Be", "SOMÏÏO"} <= keep_of("t1090")
    assert spans_of("t1091", "PERSOON") == ["EvB"]
    assert spans_of("t1092", "PERSOON").count("Amhaouch") == 2  # also in "Amhaouch/Palland"
    places94 = ["Lauwersland"] * 3 + ["Kollumerland", "Kollummerland", "Kollumerland"]
    assert spans_of("t1094", "PLAATS") == places94  # misspelt as stored, one entity
    assert "Fietsvierdaagse" in keep_of("t1094")
    assert "Stad" in spans_of("t1095", "PLAATS")  # the city of Groningen by its local name
    assert spans_of("t1097", "PLAATS") == ["Vianen", "Vianen", "Vrijstad"]
    assert spans_of("t1104", "PLAATS")[2] == "‘s-Hertogenbosch"  # as stored
    assert spans_of("t1104", "PERSOON")[0] == "J. van Groningen"
    persons113 = ["Niek Egtberts", "Egtberts", "Egberts", "Niek Egtbers"]
    assert spans_of("t1113", "PERSOON") == persons113
    assert entities_of("t1113", "PERSOON") == {"egtberts"}
    assert spans_of("t1116", "PLAATS")[:2] == ["Katwijk aan den Rijn", "Katwijk aan den Rijn"]
    assert entities_of("t1116", "PLAATS") == {"kadr", "katwijk", "sgravenhage"}
    assert "Najaarsfeesten" in keep_of("t1116")
    assert spans_of("t1117", "PLAATS")[-1] == "Gorechtkerk"  # a named church
    assert spans_of("t1118", "ADRES") == ["Eikenboomgaard"]
    assert spans_of("t1119", "PERSOON") == ["Willem Alexander", "Maxima", "Willemijn van Hees"]
    assert spans_of("t1100", "ADRES") == ["Markt"] * 5  # a town's square
    assert annotated("t1114")["identifiers"] == []


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamervraag, CVDR or case number of the new rounds
    # anywhere else (where no digit follows)
    keys = ["RBZUT:2010:BQ1265", "RBBRE:2009:BH5451", "RVS:2016:484", "RBROT:2012:BX4988"]
    keys += ["RBAMS:2015:5931", "RBOVE:2016:386", "2021Z08088", "RBUTR:2007:BB2592"]
    keys += ["CVDR21057", "RVS:2011:BP9554", "RBROT:2017:5439", "RBROT%3A2025%3A5410"]
    keys += ["RBDHA:2025:17785", "2020Z08871", "RVS:2012:BW7625", "RBOBR:2018:4026"]
    keys += ["RVS:2023:2753"]
    numbers = ("cbb:2013:ca1615", "201208107", "201506301", "201007973", "201106361", "202104297")
    check_new_urls(NEW, keys, numbers=numbers, digit_boundary=True)


def test_both_rounds_run_without_later_since_their_measurement() -> None:
    # round 48 was measured at this session's start and is tune; round 50 was measured at the
    # next session's start, round 51 with --later at its end: both tune since; round 52 was
    # measured at the start of the session after (2026-12-06 22:14 UTC), round 53 at its end
    items = [("t1034", 48, "tune"), ("t1078", 50, "tune"), ("t1100", 51, "tune")]
    items += [("t1122", 52, "tune"), ("t1144", 53, "tune")]
    check_sealed_left_out(items, {48: "tune", 50: "tune", 51: "tune", 52: "tune", 53: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 48
