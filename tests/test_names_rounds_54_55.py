"""Rounds 54 and 55 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 23:11 UTC) for the next session and sealed till then: round 54
(t1166-t1187) is that session's fresh round, measured once at its start; round 55 (t1188-t1209)
is measured once with --later at its end. Half of each round are public documents committed under
texts/ (court rulings on child care allowance, child care and after-school care permits and the
compulsory education act, Kamerstukken and Kamervragen on child poverty, youth and school
closures); the other half (local party news and a blog on child poverty money, regional and
national news, a law firm's and an association's pages on school absence, a generated summary of
a youth protection ruling) are kept in the git-ignored bench/data/realtext_names/, each with a
`restore:` hint in the manifest and its raw excerpt in bench/data/restore_raw/. Readers and
checks: names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (54, 55)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1166": "4e2c98e7c3690e0e",
    "t1168": "525d70a3370c3f3c",
    "t1170": "a05a09cf3fe02c79",
    "t1172": "a5bd65f85bd394ec",
    "t1174": "727fba248fe06ba5",
    "t1176": "83f1eaf0f80b4824",
    "t1178": "8bbd1398c36859b0",
    "t1180": "801d2776ef3d6623",
    "t1182": "5ead6a7e7664d83e",
    "t1184": "cb491c51e99d7f32",
    "t1186": "8e4a4e98c6e3db40",
    "t1188": "45204eb9de180cd5",
    "t1190": "a181c25d48d25eff",
    "t1192": "592e13bf7f371e12",
    "t1194": "ec9f8a7e774e888e",
    "t1196": "5c70cd413136863f",
    "t1198": "75a18053aa85bef0",
    "t1200": "77f4b029ca4d5a3b",
    "t1202": "632c399a83ece114",
    "t1204": "d8e31fa2cebe65cc",
    "t1206": "57cd42dd7a692e85",
    "t1208": "a04c612534156523",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {54: ("t1166-t1187", "71295a26", "tune"), 55: ("t1188-t1209", "2c074566", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 53 waits for the collecting session's end (its split is not pinned here)
    assert table[53]["texts"] == "t1144-t1165"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {54: (22, 90, 63, 616, []), 55: (22, 132, 88, 566, ["t1206", "t1207"])}
    types = {
        54: {"PLAATS": 46, "PERSOON": 29, "ORGANISATIE": 8, "ADRES": 4, "POSTCODE": 3},
        55: {"PLAATS": 54, "PERSOON": 42, "ORGANISATIE": 20, "SCHOOL": 12, "ADRES": 4},
    }
    check_counts(figures, types)


def test_organisations_persons_and_addresses_are_spread_over_the_rounds() -> None:
    assert texts_with_type(54, "ORGANISATIE") == ["t1169", "t1170", "t1176", "t1177"]
    persons54 = ["t1168", "t1170", "t1171", "t1172", "t1173", "t1174", "t1175", "t1176"]
    persons54 += ["t1179", "t1180", "t1182", "t1183", "t1184", "t1185"]
    assert texts_with_type(54, "PERSOON") == persons54
    assert texts_with_type(54, "ADRES") == texts_with_type(54, "POSTCODE") == ["t1187"]
    orgs55 = ["t1188", "t1189", "t1193", "t1197", "t1199", "t1201", "t1202"]
    assert texts_with_type(55, "ORGANISATIE") == orgs55
    schools55 = ["t1188", "t1189", "t1191", "t1193", "t1195", "t1199", "t1208"]
    assert texts_with_type(55, "SCHOOL") == schools55
    assert texts_with_type(55, "ADRES") == ["t1191", "t1195"]
    assert len(texts_with_type(55, "PERSOON")) == 15


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 22
    assert news == 22
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {54: 11, 55: 11}  # half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 22, 9)
    poverty = {hints[i] for i in ("t1167", "t1169", "t1171", "t1173", "t1175")}
    absence = {hints[i] for i in ("t1179", "t1181", "t1183", "t1209")}
    schools = {hints[i] for i in ("t1189", "t1191", "t1193", "t1195", "t1197", "t1199")}
    council = {hints[i] for i in ("t1205", "t1207")}
    single = [{hints[i]} for i in ("t1177", "t1185", "t1187", "t1201", "t1203")]
    groups = [poverty, absence, schools, council, *single]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 9


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    ids = [f"t{n}" for n in range(1167, 1210, 2)]
    assert len(ids) == 22
    check_in_raw_excerpts(ids)


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    check_glued(
        NEW,
        {
            "t1174": ["ConclusieNr"],
            "t1184": ["ProcesverloopBij", "OverwegingenInleiding1"],
            "t1204": [
                "ProcedureHoger",
                "RechtsgebiedenCiviel",
                "TrefwoordenJeugdbescherming",
                "Zaaknummer200",
            ],
            "t1207": ["Indezelfde"],
        },
    )


def test_organisations_in_odd_shapes() -> None:
    # a purely local party under its misspelt name; a trade name with an ampersand
    assert spans_of("t1169", "ORGANISATIE") == ["Progressieve Parij"]
    assert spans_of("t1170", "ORGANISATIE") == ["BamBam & Pebbles"]
    # a school board bare and with "Stichting": one entity
    assert spans_of("t1176", "ORGANISATIE").count("Stichting Kindante") == 2
    assert entities_of("t1176", "ORGANISATIE") == {"kindante"}
    # a regional certified institution, whole
    assert spans_of("t1177", "ORGANISATIE") == ["Jeugdbescherming Noord & Veilig Thuis Groningen"]
    # national foundations named bare stay
    assert {"Stichting", "Leergeld", "Fonds", "Kinderhulp"} <= keep_of("t1169")
    assert {"Stichting", "Leergeld"} <= keep_of("t1171") & keep_of("t1175")
    assert {"Beleidsonderzoekers", "Research", "CBS", "VNG"} <= keep_of("t1166")
    # boards and partnerships by their whole names, a short form in brackets the same entity
    assert spans_of("t1188", "ORGANISATIE").count("SWV") == 4
    assert len(entities_of("t1188", "ORGANISATIE")) == 2
    assert spans_of("t1201", "ORGANISATIE")[0] == (
        "Samenwerkingsverband Primair Onderwijs Amsterdam Diemen"
    )
    # a board named with its town and by its name alone; a city's child care foundation
    assert spans_of("t1197", "ORGANISATIE") == ["KindPunt Meppel", "Promes", "Kindpunt"]
    assert entities_of("t1197", "ORGANISATIE") == {"kindpunt", "promes"}
    assert spans_of("t1189", "ORGANISATIE") == ["Klein Alkmaar", "Lispeltuut"]
    assert {"HEVO"} <= keep_of("t1193") and {"Hevo"} <= keep_of("t1199")


def test_persons_places_and_addresses_in_odd_shapes() -> None:
    # a misspelt surname is the person; a city's and The Hague's adjectives are places
    assert entities_of("t1173", "PERSOON") == {"klijnsma", "baldewsingh", "damen"}
    assert "Kijnsma" in spans_of("t1173", "PERSOON")
    assert {"Leidse", "Haagse"} <= set(spans_of("t1173", "PLAATS"))
    # persons with initials in rulings; a court's town in capitals
    assert spans_of("t1180", "PERSOON") == ["E.J.E. Groothuis", "M.H. Smit", "A.A. Wubs"]
    assert spans_of("t1180", "PLAATS") == ["Overijssel", "OVERIJSSEL", "Zwolle"]
    assert spans_of("t1186", "PLAATS") == ["DEN HAAG"]
    assert spans_of("t1184", "PERSOON") == ["J.G.C. van de Werken"]
    # a letterhead's three offices, a street in a title, a lake
    assert spans_of("t1187", "ADRES") == [
        "Sarphatistraat 7",
        "Kastanjelaan 400",
        "Aert van Nesstraat 45",
        "Klaas Nieboerweg",
    ]
    assert spans_of("t1187", "POSTCODE") == ["1017 WS", "5616 LZ", "3012 CA"]
    assert "De Meeris" in spans_of("t1187", "PLAATS")
    # a country of the Kingdom stays
    assert "Curaçao" in keep_of("t1181")
    # schools: without kind and article, fused with the kind whole, a short name misspelt
    assert spans_of("t1191", "SCHOOL") == ["Nijepoort", "Nijepoort"]
    assert spans_of("t1188", "SCHOOL") == ["Prof. Kohnstammschool"]
    assert spans_of("t1199", "SCHOOL") == ["Rehobotschool", "Keijzerschool", "Rehoboth"]
    assert len(entities_of("t1199", "SCHOOL")) == 2
    assert spans_of("t1189", "SCHOOL") == ["Vroonermeerschool", "Vroonermeerschool"]
    assert spans_of("t1189", "PLAATS") == ["Alkmaarse", "Vroonermeer", "Vroonermeer"]
    # a glued session town is the place, whole; a municipality with its article
    assert "ZittingsplaatsAmsterdam" in spans_of("t1204", "PLAATS")
    assert entities_of("t1204", "PLAATS") == {"amsterdam", "haarlem"}
    assert spans_of("t1191", "PLAATS").count("De Bilt") == 3
    assert spans_of("t1191", "ADRES") == ["Versteeglaan", "Groenekanseweg", "Versteeglaan"]
    assert spans_of("t1195", "ADRES") == ["Guppyplein"]
    # capitals with no identifier at all
    assert {"STRATEGIE", "LEIDERSCHAP", "WAARDERING", "JAARVERSLAG"} <= keep_of("t1206")


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk or case number of the new rounds anywhere else
    keys = ["RVS:2005:AS2191", "PHR:2012:BV9201", "RBNNE:2021:1219", "RBAMS:2017:6365"]
    keys += ["RBOVE:2018:4686", "RBAMS:2011:BV1468", "RVS:2019:805", "RBDHA:2022:14212"]
    keys += ["2021D28396", "2021D49484", "202107951", "ah-tk-20122013-1378"]
    keys += ["RVS:2017:3434", "ah-tk-20182019-2149", "RBAMS:2017:5047", "RBZUT:2011:BW5462"]
    keys += ["RBLEE:2010:BM8583", "RBGEL:2017:159", "RBZWB:2018:4956", "RBOVE:2017:3709"]
    keys += ["RBAMS:2022:3746", "RBDHA:2021:13638", "MMSFUBA02:000013558:00207"]
    keys += ["9132456"]
    check_new_urls(
        NEW,
        keys,
        count=44,
        numbers=("24515-608", "35925-xvi-161", "ghams:2024:3118"),
        digit_boundary=True,
    )


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 53 is measured at the collecting session's end (its split is not pinned here)
    # round 54 was measured once at the start of the session of 2026-12-07 (tune since)
    # round 55 was measured once with --later at that session's end (02:33 UTC, main 2c074566)
    items = [("t1100", 51, "tune"), ("t1166", 54, "tune"), ("t1188", 55, "tune")]
    check_sealed_left_out(items, {51: "tune", 54: "tune", 55: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
