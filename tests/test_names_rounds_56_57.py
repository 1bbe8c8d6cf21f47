"""Rounds 56 and 57 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-07 (after 01:21 UTC) for later sessions and sealed till then: the collecting
session never measures them; a later lead turns round 56 into its fresh round and measures round
57 once with --later. A quarter of the texts are public documents committed under texts/ (court
rulings on grandparents' contact, moves with children, child maintenance, a surname and a closed
youth care placement, an ombudsman's report, Kamervragen and a minister's answers); the rest (news
on neighbour families, youth centres and divorce desks, foster and support families' stories, a
party's press release, organisation and school board pages, students' theses, lexboost.com's
generated summaries) are kept in the git-ignored bench/data/realtext_names/, each with a
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
    manifest_items,
    spans_of,
    texts_with_type,
)

NEW = (56, 57)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1210": "02d8636acb23bc6d",
    "t1214": "8ec4f46c74a8710b",
    "t1218": "9601df6a76daa0a3",
    "t1222": "e2da94409cad9e0d",
    "t1226": "e9fd96041d1260f1",
    "t1230": "80739c5409bb2109",
    "t1232": "7171f89a3a3d8871",
    "t1236": "d96d618c77fe00b0",
    "t1240": "ed5c7a981f16298e",
    "t1244": "3859b9b8e91e29e9",
    "t1248": "8ca1150f3db28676",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {56: ("t1210-t1231", "2277a75a", "tune"), 57: ("t1232-t1253", "42aebcc5", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69
    # round 55 waits for the end of the session of 2026-12-07 (its split is not pinned here)
    assert table[55]["texts"] == "t1188-t1209"


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {56: (22, 195, 117, 540, ["t1221", "t1231"]), 57: (22, 127, 84, 504, ["t1246"])}
    types = {
        56: {"PLAATS": 85, "PERSOON": 68, "ORGANISATIE": 37, "SCHOOL": 2, "ADRES": 2},
        57: {"PLAATS": 56, "PERSOON": 52, "ORGANISATIE": 16, "SCHOOL": 1, "ADRES": 1},
    }
    types[56]["TELEFOON"] = 1
    types[57]["POSTCODE"] = 1
    check_counts(figures, types)


def test_organisations_persons_schools_and_addresses_are_spread_over_the_rounds() -> None:
    orgs56 = ["t1210", "t1215", "t1219", "t1220", "t1223", "t1225", "t1226", "t1227"]
    assert texts_with_type(56, "ORGANISATIE") == orgs56
    orgs57 = ["t1235", "t1239", "t1241", "t1243", "t1245", "t1249", "t1253"]
    assert texts_with_type(57, "ORGANISATIE") == orgs57
    assert len(texts_with_type(56, "PERSOON")) == 15
    assert len(texts_with_type(57, "PERSOON")) == 14
    assert texts_with_type(56, "SCHOOL") == ["t1225"]
    assert texts_with_type(57, "SCHOOL") == ["t1253"]
    assert texts_with_type(56, "ADRES") == ["t1215"]
    assert texts_with_type(56, "TELEFOON") == ["t1220"]
    assert texts_with_type(57, "ADRES") == ["t1235"]
    assert texts_with_type(57, "POSTCODE") == ["t1236"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 11
    assert news == 33
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {56: 6, 57: 5}
    # only public documents are committed: rulings, an ombudsman's report, Kamervragen
    genres = {annotated(i)["genre"] for i in committed}
    assert genres == {"uitspraak", "ombudsmanrapport", "kamervragen"}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 33, 13)
    neighbours = {hints[i] for i in ("t1211", "t1216", "t1221", "t1229", "t1233", "t1234", "t1237")}
    youth_centres = {hints[i] for i in ("t1215", "t1223", "t1227", "t1235", "t1241")}
    divorce_desks = {hints[i] for i in ("t1219", "t1220", "t1231", "t1238")}
    school_help = {hints[i] for i in ("t1225", "t1243", "t1253")}
    maintenance = {hints[i] for i in ("t1228", "t1247", "t1252")}
    pairs = [{hints[i] for i in p} for p in (("t1213", "t1242"), ("t1224", "t1246"))]
    pairs.append({hints["t1245"], hints["t1250"]})
    single = [{hints[i]} for i in ("t1212", "t1217", "t1239", "t1249", "t1251")]
    groups = [neighbours, youth_centres, divorce_desks, school_help, maintenance, *pairs, *single]
    assert all(len(g) == 1 for g in groups)
    assert len(set().union(*groups)) == 13


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    ids = [i for i in manifest_items(NEW) if i not in COMMITTED_SHA]
    assert len(ids) == 33
    check_in_raw_excerpts(ids)


def test_glued_scrape_words_are_neither_identifiers_nor_kept() -> None:
    # lexboost.com's generated summaries are local; the committed rulings start after them
    glued = {i: ["LexboostAutomatisch"] for i in ("t1217", "t1228", "t1247", "t1250", "t1252")}
    check_glued(NEW, glued)


def test_organisations_and_schools_in_odd_shapes() -> None:
    # a regional youth care bureau whole, the town inside it no separate place
    assert spans_of("t1210", "ORGANISATIE") == ["Bureau Jeugdzorg Stadsregio Rotterdam"]
    assert spans_of("t1210", "PLAATS").count("Rotterdam") == 1
    # a youth centre by its whole name; a youth work organisation in two spellings, one entity
    assert spans_of("t1215", "ORGANISATIE").count("Jongerencentrum Boven") == 3
    assert {"Gro-Up Buurtwerk", "Gro-up Buurtwerk"} <= set(spans_of("t1215", "ORGANISATIE"))
    assert len(entities_of("t1215", "ORGANISATIE")) == 2
    # a name before a lowercase head; a sports hall without its capital article
    assert {"Next", "SamSon", "Houtzagerij"} <= set(spans_of("t1223", "ORGANISATIE"))
    assert "Buurthuis" in keep_of("t1223") and "De" in keep_of("t1223")
    # youth centres by their own names, one with its article; a purely local party
    assert "’t Jok" in spans_of("t1227", "ORGANISATIE")
    assert spans_of("t1227", "ORGANISATIE").count("GemeenteBelangen") == 3
    # a local medium and a youth centre in two shapes; a bus's name stays
    assert entities_of("t1241", "ORGANISATIE") == {"base", "westlanders"}
    assert "Route" in keep_of("t1241")
    # a local party glued to its head; a function name stays
    assert spans_of("t1243", "ORGANISATIE") == ["Leefbaar 3B"]
    assert {"Jeugdcoach", "JOS"} <= keep_of("t1243")
    # a law firm named after its lawyer: the firm an organisation, the lawyer a person
    assert spans_of("t1245", "ORGANISATIE") == ["Advocatenkantoor Gopal", "Gopal"]
    assert spans_of("t1245", "PERSOON").count("S. Gopal") == 1
    # schools: without kind and article, fused with the kind whole
    assert spans_of("t1225", "SCHOOL") == ["Piramide", "Piramide"]
    assert "SBO" in keep_of("t1225")
    assert spans_of("t1253", "SCHOOL") == ["Samen Onderwegschool"]
    assert entities_of("t1253", "ORGANISATIE") == {"jat"}
    # national bodies, foundations and programmes stay
    assert {"Leger", "Heils", "AJL"} <= keep_of("t1214")
    assert {"Buurtgezinnen", "Steunouder", "Meeleefgezin", "Home-Start"} <= keep_of("t1221")
    assert {"CJG", "Veilig", "Thuis", "Juridisch", "Loket"} <= keep_of("t1231")
    assert {"Hart", "GGZ"} <= keep_of("t1218")


def test_persons_places_and_contacts_in_odd_shapes() -> None:
    # a misspelt first name is the same person
    assert entities_of("t1212", "PERSOON") >= {"alessandra"}
    assert {"Alessandra", "Alexandra"} <= set(spans_of("t1212", "PERSOON"))
    # a surname with a capital article; a genitive first name
    assert spans_of("t1223", "PERSOON").count("De Zwaan") == 2
    assert "Bregjes" in spans_of("t1225", "PERSOON")
    assert entities_of("t1225", "PERSOON") == {"dillen", "heijkant"}
    # a town in capitals, title case and as an adjective, one entity
    assert {"BLADEL", "Bladel", "Bladelse"} <= set(spans_of("t1225", "PLAATS"))
    # a member a faction is named after; a region's adjective
    assert "Den Haan" in spans_of("t1249", "PERSOON")
    assert "West-Friese" in spans_of("t1249", "PLAATS")
    # court cities with an apostrophe in two shapes
    assert spans_of("t1232", "PLAATS").count("‘s-Gravenhage") == 2
    assert spans_of("t1248", "PLAATS") == ["'s-HERTOGENBOSCH"]
    # a region and a neighbourhood with their own shapes; a street without a number
    assert spans_of("t1233", "PLAATS") == ["De Langstraat"]
    assert {"Amstel III", "K-buurt"} <= set(spans_of("t1235", "PLAATS"))
    assert spans_of("t1235", "ADRES") == ["Karspeldreef"]
    assert spans_of("t1215", "ADRES") == ["Dr. Mansveltkade", "Dr. Mansveltkade 9"]
    # a PO box's postcode is the identifier, Postbus stays; a desk's phone number
    assert spans_of("t1236", "POSTCODE") == ["2500 EA"]
    assert "Postbus" in keep_of("t1236")
    assert spans_of("t1220", "TELEFOON") == ["0485-700500"]
    # lawyers with initials in rulings; the court district in capitals
    assert spans_of("t1226", "PERSOON") == [
        "A.M.C.J. Klostermann",
        "H.G.J. Ligtenberg",
        "E.E. Weiland",
    ]
    assert spans_of("t1240", "PLAATS") == ["ARNHEM-LEEUWARDEN", "Arnhem", "Midden-Nederland"]
    # a country stays
    assert "Suriname" in keep_of("t1210")


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, document or report number of the new rounds elsewhere
    keys = ["RBROT:2014:4088", "GHARL:2023:2327", "2019Z06857", "RBGEL:2025:2167", "br6471"]
    keys += ["GHARL:2019:174", "GHARL:2018:518", "RBDHA:2020:9797", "GHARL:2025:2834"]
    keys += ["RBGEL:2025:4404", "GHARL:2019:3753", "GHSHE:2023:1423", "GHAMS:2024:966"]
    keys += ["GHARL:2020:729", "rapporten/2004186", "34458313", "4366706"]
    check_new_urls(
        NEW,
        keys,
        count=44,
        numbers=("ghams:2011:br6471", "ah-tk-20192020-739", "rbrot:2014:4061", "29815"),
        digit_boundary=True,
    )


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    # round 55 is measured at the end of the session of 2026-12-07 (its split is not pinned here)
    # round 56 was measured once at the start of the session of 2026-12-07 04:23 UTC, round 57
    # with --later at its end (06:00 UTC, main 42aebcc5); both are tune since
    items = [("t1166", 54, "tune"), ("t1210", 56, "tune"), ("t1232", 57, "tune")]
    check_sealed_left_out(items, {54: "tune", 56: "tune", 57: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
