"""Rounds 52 and 53 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 19:12 UTC) for the next session and sealed till then: round 52
(t1122-t1143) is that session's fresh round, measured once at its start; round 53 (t1144-t1165) is
measured once with --later at its end. 22 texts are public documents committed under texts/ (court
rulings on marksmen's guilds' shooting ranges, an ice rink event, a model aircraft club, a dog
kennel, village halls, a community centre and a shooting range, two Kamer motions and council
minutes of 1971, 1974 and 1975); the 22 others (ice clubs, guilds, amateur theatre, school
football and school skating, dog clubs, two generated summaries of rulings) are kept in the
git-ignored bench/data/realtext_names/, each with a `restore:` hint in the manifest (the search
query and corpus that return its stored excerpt with one look-up) and its raw excerpt in
bench/data/restore_raw/. Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (52, 53)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1122": "6c0cf8d378d9dae6",
    "t1124": "21e7ec77843a229c",
    "t1126": "c1e8ea635e929d72",
    "t1128": "e33d6c69ec911764",
    "t1130": "dda1d8f7c35c36c0",
    "t1132": "a47bd507f87b2a1b",
    "t1134": "56599c516bce934e",
    "t1136": "39c681f7014c4cf0",
    "t1138": "c176bd9c8e0f9a5d",
    "t1140": "a96eca5f0358ac00",
    "t1142": "36c5a40a403965ca",
    "t1144": "b6ec18709ec52b3c",
    "t1146": "3cbf57f9911c1e61",
    "t1148": "a2ae4bfe1d1d4f11",
    "t1150": "f6515da10e1eac14",
    "t1152": "a388836b41a5c53c",
    "t1154": "d0043d5207f2984f",
    "t1156": "bb90f417478d235a",
    "t1158": "568816beb93a5750",
    "t1160": "c01dfbcbcca4bc57",
    "t1162": "10ba0572debc6d85",
    "t1164": "771d62c1a080bd76",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {52: ("t1122-t1143", "8c336c6b", "tune"), 53: ("t1144-t1165", "76b03005", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # the collecting session measured round 50 as its fresh round at its start (19:16 UTC,
    # a9282b33); round 51 is measured with --later at its end (its split is not pinned here)
    assert (table[50]["split"], table[50]["code_frozen"]) == ("tune", "a9282b33")
    assert table[51]["texts"] == "t1100-t1121"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {
        52: (22, 321, 226, 518, []),
        53: (22, 250, 172, 525, ["t1148"]),
    }
    types = {
        52: {"PERSOON": 142, "PLAATS": 103, "ORGANISATIE": 53, "ADRES": 12, "SCHOOL": 11},
        53: {
            "PERSOON": 119,
            "PLAATS": 65,
            "ORGANISATIE": 48,
            "SCHOOL": 8,
            "ADRES": 8,
            "POSTCODE": 1,
            "EMAIL": 1,
        },
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    orgs52 = ["t1122", "t1123", "t1124", "t1125", "t1128", "t1129", "t1130", "t1131", "t1132"]
    orgs52 += ["t1133", "t1135", "t1137", "t1138", "t1139", "t1140", "t1141", "t1142", "t1143"]
    assert texts_with_type(52, "ORGANISATIE") == orgs52
    orgs53 = ["t1149", "t1152", "t1153", "t1154", "t1155", "t1157", "t1158", "t1159", "t1160"]
    orgs53 += ["t1161", "t1162", "t1163", "t1165"]
    assert texts_with_type(53, "ORGANISATIE") == orgs53
    assert texts_with_type(52, "SCHOOL") == ["t1123", "t1137"]
    assert texts_with_type(53, "SCHOOL") == ["t1147", "t1149", "t1151", "t1153", "t1164"]
    adres52 = ["t1122", "t1124", "t1125", "t1126", "t1128", "t1133", "t1139", "t1141"]
    assert texts_with_type(52, "ADRES") == adres52
    assert texts_with_type(53, "ADRES") == ["t1152", "t1153", "t1155", "t1162", "t1164", "t1165"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 17 court texts (8 from uitspraken.rechtspraak.nl, 2 from raadvanstate.nl, 7 through
    # lexboost.com from the ruling's own text), 2 Kamer motions (officielebekendmakingen.nl,
    # openkamer.org) and 3 councils' minutes from archives' OCR
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 22
    assert news == 22
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {52: 11, 53: 11}  # half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 22, 9)
    ice = {hints[i] for i in ("t1131", "t1133", "t1151", "t1155")}
    guild = {hints[i] for i in ("t1125", "t1127", "t1145")}
    theatre = {hints[i] for i in ("t1135", "t1137", "t1157", "t1159", "t1161", "t1163")}
    school_skating = {hints[i] for i in ("t1147", "t1149", "t1153")}
    dogs = {hints[i] for i in ("t1141", "t1165")}
    single = [{hints[i]} for i in ("t1123", "t1129", "t1139", "t1143")]
    groups = [ice, guild, theatre, school_skating, dogs, *single]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 9


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256, so restore_align.py can cut it
    # again after one look-up
    ids = [f"t{n}" for n in range(1123, 1166, 2)]
    assert len(ids) == 22
    check_in_raw_excerpts(ids)


def test_no_glued_scrape_words_were_needed() -> None:
    # the sites' glued data lines (officielebekendmakingen.nl's field labels, lexboost.com's
    # "LexboostAutomatisch") were left out of the stored texts instead
    check_glued(NEW, {})


def test_schools_in_odd_shapes() -> None:
    # the kind word and article are no part of the mention; a name in one word stays whole
    assert spans_of("t1123", "SCHOOL").count("Achthoeven") == 7  # "BS Achthoeven", result line
    assert {"St. Jozef", "St. Petrus"} <= set(spans_of("t1123", "SCHOOL"))
    assert spans_of("t1137", "SCHOOL") == ["Maerten van de Veldeschool"]
    assert spans_of("t1147", "SCHOOL") == ["Grasspriet"]  # "basisschool De Grasspriet"
    assert spans_of("t1149", "SCHOOL") == ["Vlieger"]  # "basisschool Jenaplan de Vlieger"
    assert "Jenaplan" in keep_of("t1149")
    assert spans_of("t1153", "SCHOOL") == ["Skelp", "Zwaai", "Zwaai", "Skelp"]
    assert spans_of("t1151", "SCHOOL") == ["Eckart College"]  # the kind after the name stays
    assert spans_of("t1164", "SCHOOL") == ["St. Jan"]  # "g.l.o.-school St. Jan" (OCR, 1975)


def test_organisations_in_odd_shapes() -> None:
    # one word, no kind noun
    assert spans_of("t1131", "ORGANISATIE") == ["Vooruitgang"]
    assert spans_of("t1141", "ORGANISATIE") == [
        "Boslucht",
        "Boslucht",
        "TerSpegelt",
        "Steller",
        "Boslucht",
    ]
    assert spans_of("t1143", "ORGANISATIE")[:2] == ["Dommelbaarzen", "Octopus"]
    assert spans_of("t1128", "ORGANISATIE") == ["Bergstube"]
    assert spans_of("t1159", "ORGANISATIE") == ["Toneelvereniging Altena", "’t Paiser Vermoak"]
    # capitals with quotes, the short name alone one entity with it
    assert spans_of("t1155", "ORGANISATIE")[:2] == [
        "IJsvereniging De Vriendschap",
        "IJSVERENIGING ‘DE VRIENDSCHAP’",
    ]
    assert len(entities_of("t1155", "ORGANISATIE")) == 1
    assert spans_of("t1138", "ORGANISATIE") == [
        "Oude School",
        'VERENIGING DORPSHUIS "DE OUDE SCHOOL"',
    ]
    legal = "STICHTING TOT INSTANDHOUDING VAN EEN JACHT-EN SPORTSCHIETBAAN TE DELFZIJL"
    assert spans_of("t1160", "ORGANISATIE") == [legal]
    assert "Stichting" in keep_of("t1160")  # "de Stichting", the short form
    # an OCR-split cooperative, whole
    assert spans_of("t1140", "ORGANISATIE")[0] == 'Coöperatieve Werktuigenver eniging "Under üs'
    # national bodies and programmes stay
    assert {"Sven", "Kramer", "Academy"} <= keep_of("t1149")
    assert {"Special", "Heroes", "CIOS", "Kentalis"} <= keep_of("t1153")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # a heading in capitals with two members' names and ordinary words
    assert spans_of("t1156", "PERSOON") == ["VAN DER VELDE", "WILDERS", "Van der Velde", "Wilders"]
    assert {"GEWIJZIGDE", "MOTIE", "LEDEN", "VERVANGING", "GEDRUKT"} <= keep_of("t1156")
    assert spans_of("t1136", "PLAATS") == ["Brabantse", "Gelderse", "Limburgse"]
    # OCR: initials glued to a surname, one member under two spellings
    assert "HJLanghout" in spans_of("t1162", "PERSOON")
    assert (
        len(
            {
                s["entity"]
                for s in annotated("t1162")["identifiers"]
                if s["text"] in ("J. Heester", "Meester")
            }
        )
        == 1
    )
    # a misspelt town is the town; a name as shouted is the name
    assert len(entities_of("t1147", "PLAATS")) == 2 and "Valkenwaard" in spans_of("t1147", "PLAATS")
    assert spans_of("t1147", "PERSOON")[0] == "Jaaaaaaaaaaaariiii"
    # the village's short form inside an event's generic name and its adjective are the village
    assert spans_of("t1128", "PLAATS") == [
        "Nederhorst",
        "Nederhorst den Berg",
        "Bergse",
        "Nederhorst",
    ]
    assert entities_of("t1128", "PLAATS") == {"nederhorst"}
    assert spans_of("t1155", "POSTCODE") == ["9843 BM"]
    assert spans_of("t1155", "ADRES") == ["De Roder 11"]
    assert spans_of("t1163", "EMAIL") == ["vvo33@ziggo.nl"]
    assert spans_of("t1124", "ADRES") == ["Kromboschweg nummer 1", "Kromboschweg nummer 1"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk, case or archive page of the new rounds
    # anywhere else (where no digit follows)
    keys = ["RVS:2011:BR6883", "RVS:2015:3339", "RVS:2014:1136", "RBMNE:2017:6072"]
    keys += ["RBNNE:2024:4905", "RBMNE:2015:2946", "RBOBR:2017:2679", "RBGEL:2019:1832"]
    keys += ["RBARN:2012:BW9950", "RBOBR:2014:748", "RBLIM:2019:9866", "RBLIM:2019:6651"]
    keys += ["RBOVE:2021:3491", "RBNNE:2022:116", "RVS:2004:AO4795", "RBOBR:2015:2951"]
    keys += ["RBGEL:2019:273", "kst-29383-90", "36410-VIII/105", "201012528", "201607181"]
    keys += ["IDA_VR/1971-08-10", "IDA_VR/1974-08-06", "NGOS/1975-01-01/edition/null/page/77"]
    check_new_urls(NEW, keys, numbers=("36410-viii-105", "utr 14/5552"), digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 50 was measured at the collecting session's start and is tune; round 52 was measured
    # at the next session's start (2026-12-06 22:14 UTC, on 8c336c6b) and is tune; round 53 with
    # --later at that session's end (23:46 UTC, main 76b03005), tune since
    items = [("t1078", 50, "tune"), ("t1122", 52, "tune"), ("t1144", 53, "tune")]
    check_sealed_left_out(items, {50: "tune", 52: "tune", 53: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
