"""Rounds 40 and 41 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 02:48 UTC) for the next session: round 40 (t858-t879) is that
session's fresh round, measured once at its start (05:37 UTC, on 9650ed97; tune since); round 41
(t880-t901) was measured once with --later at its end (07:15 UTC, main 3349a127; tune since). 24
texts are public documents committed under texts/ (court rulings on child care and youth care,
Kamervragen, councils' minutes and written questions, regulations, a municipal research report); the
20 others are kept in the git-ignored bench/data/realtext_names/, each with a `restore:` hint in the
manifest (the search query and corpus that return its stored excerpt with one look-up). Readers and
checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    annotated,
    check_committed_prefixes,
    check_committed_texts,
    check_counts,
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

NEW = (40, 41)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t858": "8005abb3b91108de",
    "t860": "da9bfe32eda90fc8",
    "t862": "8b2de375b3e7a3bb",
    "t864": "f3819cd97af4e81a",
    "t866": "371ba6d3c891fa91",
    "t868": "6d666d517519f7c6",
    "t870": "f443c5179f1a3b7f",
    "t872": "b27e7b093874af1d",
    "t874": "84d33560317c54fd",
    "t876": "2e6010758792a739",
    "t878": "a83358c135c6b83d",
    "t879": "1e709f34b9eaf2fb",
    "t880": "2536cd5a7151d247",
    "t882": "62a4d9ed36f55f30",
    "t884": "f2e4f8b300c1215a",
    "t886": "cd08dd789015505e",
    "t888": "f384e7d88882113d",
    "t890": "623b17c12109a630",
    "t892": "0ca1c737f6cad8f0",
    "t894": "104fc9f3d5a91837",
    "t896": "a6876ff014022366",
    "t898": "87c51ebe1d552be0",
    "t900": "037117717266a981",
    "t901": "b162b876155cbdbd",
}


def test_rounds_40_and_41_are_measured_in_the_round_table() -> None:
    # round 40 was measured once at the start of the session of 2026-12-06 05:35 UTC, on 9650ed97,
    # round 41 once with --later at its end (07:15 UTC, main 3349a127)
    rows = {40: ("t858-t879", "9650ed97", "tune"), 41: ("t880-t901", "3349a127", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 42-69 collected sealed after them (collect-names)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {40: (22, 210, 146, 475, ["t875"]), 41: (22, 183, 112, 528, ["t899"])}
    types = {
        40: {"PERSOON": 89, "ORGANISATIE": 63, "PLAATS": 55, "ADRES": 3},
        41: {
            "PERSOON": 66,
            "PLAATS": 63,
            "ORGANISATIE": 43,
            "ADRES": 7,
            "TELEFOON": 2,
            "SCHOOL": 1,
            "EMAIL": 1,
        },
    }
    check_counts(figures, types)


def test_local_organisations_are_spread_over_the_rounds() -> None:
    assert texts_with_type(40, "ORGANISATIE") == [
        "t858",
        "t860",
        "t861",
        "t865",
        "t866",
        "t867",
        "t868",
        "t869",
        "t870",
        "t871",
        "t873",
        "t876",
        "t877",
        "t878",
    ]
    assert texts_with_type(41, "ORGANISATIE") == [
        "t881",
        "t885",
        "t887",
        "t889",
        "t890",
        "t891",
        "t892",
        "t893",
        "t895",
        "t897",
        "t900",
    ]
    assert texts_with_type(41, "SCHOOL") == ["t893"]
    assert texts_with_type(40, "ADRES") == ["t866", "t869", "t876"]
    assert texts_with_type(41, "ADRES") == ["t883", "t891", "t893", "t900"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 11 court rulings (5 of the Council of State through raadvanstate.nl and lexboost.com, 2 of
    # district courts, 3 headings through lexboost.com, 1 of the Centrale Raad van Beroep's among
    # them), 4 Kamervragen, 2 councils' minutes, a committee's minutes, a council's verbatim report,
    # 2 pages of the executive's answers to written questions, 5 regulations and a municipality's
    # research report
    assert committed == sorted(COMMITTED_SHA)
    assert news == 20
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {40: 12, 41: 12}  # at least half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 20, 7)
    playgrounds = {hints[i] for i in ("t867", "t869", "t887", "t889", "t891", "t899")}
    assert len(playgrounds) == 1
    youth_work = {hints[i] for i in ("t859", "t861", "t875", "t881")}
    assert len(youth_work) == 1
    motions = {hints[i] for i in ("t863", "t865", "t883", "t885")}
    assert len(motions) == 1


def test_contact_details_and_addresses_are_annotated_whole() -> None:
    assert spans_of("t897", "TELEFOON") == ["0113-581310", "0113-581310"]
    assert spans_of("t897", "EMAIL") == ["info@speeltuindemallemolen.nl"]
    assert spans_of("t866", "ADRES") == ["Kornoeljeplein 1"]
    # a street glued to its head is the whole token, one entity with the street
    assert spans_of("t883", "ADRES") == ["Voordijk", "Voordijklocatie", "Voordijk", "Carnisseweg"]
    assert len(entities_of("t883", "ADRES")) == 2
    # a street with its article
    assert spans_of("t893", "ADRES") == ["De Luistruik"]


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    # council minutes' attendance lists and a board list: every person an entity of their own
    assert len(entities_of("t866", "PERSOON")) == 31
    assert len(entities_of("t890", "PERSOON")) == 17
    assert len(entities_of("t877", "PERSOON")) == 13
    texts = set(spans_of("t866", "PERSOON"))
    assert {"C.H. van den Berg- Huisman", "J. L. de Jong", "A.L. ter Beek", "Ter Beek"} <= texts
    # a signature with two spaces after the initials, councillors named in capitals
    assert spans_of("t863", "PERSOON") == ["W.B. van der Hoek", "C.H.  Pieren", "C.W. Righolt-Dam"]
    assert spans_of("t879", "PERSOON") == ["DE BEER", "HAAGH"]
    # an alderman and a member whose surnames differ by one letter: two entities
    assert {"Kuiper", "Kuipers", "D.C. Kuipers"} <= set(spans_of("t890", "PERSOON"))
    assert entities_of("t890", "PERSOON") >= {"kuiper", "kuipers"}


def test_organisations_and_places_in_odd_shapes() -> None:
    # day nurseries and a store annotated without article and kind
    assert spans_of("t868", "ORGANISATIE") == ["Hofnarretje"] * 5
    assert spans_of("t870", "ORGANISATIE") == ["Ukkeltje"]
    assert spans_of("t858", "ORGANISATIE") == ["Thuisblijvertjes"]
    assert spans_of("t893", "ORGANISATIE") == ["Goed"] * 5
    # a full name and its short form: one entity
    assert spans_of("t860", "ORGANISATIE") == ["Blokkendoos B.V.", "KDB", "KDB", "Blokkendoos"]
    assert len(entities_of("t876", "ORGANISATIE")) == 3
    assert "Stichting Hulp en Welzijn Leeuwarden" in spans_of("t876", "ORGANISATIE")
    assert spans_of("t865", "ORGANISATIE") == [
        "Doe Mee! Molenlanden",
        "Progressief Molenlanden",
        "Doe Mee!",
    ]
    assert len(entities_of("t877", "ORGANISATIE")) == 7
    # foundations with "Stichting" and a lowercase kind, whole
    assert "Stichting speeltuin Heksenberg" in spans_of("t871", "ORGANISATIE")
    # a town's adjective, a district with its article
    assert spans_of("t896", "PLAATS")[-1] == "Alkmaarse"
    assert spans_of("t891", "PLAATS") == ["Dordtse"]
    assert "De Tempel" in spans_of("t881", "PLAATS")
    # a court code inside a case number is not annotated: a word to keep
    keep = [w["text"] for w in annotated("t884")["keep"]]
    assert keep.count("AMS") == 5
    assert spans_of("t884", "PLAATS") == ["Amsterdam", "AMSTERDAM", "Amsterdam", "Amsterdam"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, case, Kamervraag, CVDR or document number of the new
    # rounds anywhere else (where no digit follows)
    keys = ["RBNHO:2014:9762", "RBAMS:2017:5306", "CRVB:2025:543", "CRVB:2025:1276"]
    keys += ["RVS:2025:2223", "201010903-1", "201909009-1", "202101127-1", "202100639-1"]
    keys += ["2011Z26830", "2010Z07990", "2019Z21201", "2010Z07528", "gmb-2023-394260"]
    keys += ["CVDR16876", "CVDR640589/", "CVDR742212/", "CVDR747935/"]
    keys += ["docplayer.nl/762870-", "docplayer.nl/2308341-", "docplayer.nl/152223172-"]
    # the Council of State's case numbers appear in no earlier note either
    noted = ("201010903", "201909009", "202101127", "202100639", "202300251")
    check_new_urls(NEW, keys, noted=noted, digit_boundary=True)


def test_both_rounds_are_measured_by_a_run_without_later() -> None:
    items = [("t814", 38, "tune"), ("t858", 40, "tune"), ("t880", 41, "tune")]
    check_sealed_left_out(items, {40: "tune", 41: "tune"})
