"""Rounds 40 and 41 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 02:48 UTC) for the next session: round 40 (t858-t879) is that
session's fresh round, measured once at its start; round 41 (t880-t901) is measured once with
--later at its end. Both are sealed till then. 24 texts are public documents committed under
texts/ (court rulings on child care and youth care, Kamervragen, councils' minutes and written
questions, regulations, a municipal research report); the 20 others are kept in the git-ignored
bench/data/realtext_names/, each with a `restore:` hint in the manifest (the search query and corpus
that return its stored excerpt with one look-up). Readers and checks: names_rounds_helpers.py (no wb
code runs on the texts).
"""

from __future__ import annotations

import hashlib
import re

from names_rounds_helpers import (
    HERE,
    annotations,
    bench_names,
    check_committed_texts,
    check_spans_follow_manifest,
    manifest,
    round_figures,
    texts_with_type,
    type_counts,
)
from realtext_helpers import bare_url as _bare

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


def _items() -> dict[str, dict]:
    return {t["id"]: t for t in manifest()["texts"] if t.get("round") in NEW}


def _annotated() -> dict[str, dict]:
    return {t["id"]: t for n in NEW for t in annotations(n)}


def _of(text_id: str, kind: str) -> list[str]:
    return [s["text"] for s in _annotated()[text_id]["identifiers"] if s["type"] == kind]


def _entities(text_id: str, kind: str) -> set[str]:
    return {s["entity"] for s in _annotated()[text_id]["identifiers"] if s["type"] == kind}


def test_rounds_40_and_41_are_sealed_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    assert table[40] == {"round": 40, "texts": "t858-t879", "code_frozen": None, "split": "sealed"}
    assert table[41] == {"round": 41, "texts": "t880-t901", "code_frozen": None, "split": "sealed"}
    assert max(table) == 41
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[40] == [f"t{i}" for i in range(858, 880)]
    assert ids[41] == [f"t{i}" for i in range(880, 902)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    # texts, identifier spans, entities, words to keep, texts without an identifier
    assert figures[40] == (22, 210, 146, 475, ["t875"])
    assert figures[41] == (22, 183, 112, 528, ["t899"])
    types = {n: type_counts(n) for n in NEW}
    assert types[40] == {"PERSOON": 89, "ORGANISATIE": 63, "PLAATS": 55, "ADRES": 3}
    assert types[41] == {
        "PERSOON": 66,
        "PLAATS": 63,
        "ORGANISATIE": 43,
        "ADRES": 7,
        "TELEFOON": 2,
        "SCHOOL": 1,
        "EMAIL": 1,
    }


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
    for text_id, prefix in COMMITTED_SHA.items():
        text = (HERE / "texts" / f"{text_id}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode()).hexdigest().startswith(prefix), text_id
    # at least half of each round is committed
    for n in NEW:
        public = [t for t in annotations(n) if t["licence"] == "public"]
        assert len(public) == 12


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    for text_id, item in _items().items():
        if item["licence"] == "public":
            assert "restore" not in item, text_id
            continue
        hint = item["restore"]
        assert set(hint) == {"corpus", "query"}, text_id
        assert hint["corpus"] == "pages"
        # the search tool sends the first 400 characters of a query
        assert 20 < len(hint["query"]) <= 400, text_id
    hints = {t_id: t["restore"]["query"] for t_id, t in _items().items() if "restore" in t}
    assert len(hints) == 20
    # the same query found several texts: one look-up restores all of them
    assert len(set(hints.values())) == 7
    playgrounds = {hints[i] for i in ("t867", "t869", "t887", "t889", "t891", "t899")}
    assert len(playgrounds) == 1
    youth_work = {hints[i] for i in ("t859", "t861", "t875", "t881")}
    assert len(youth_work) == 1
    motions = {hints[i] for i in ("t863", "t865", "t883", "t885")}
    assert len(motions) == 1


def test_contact_details_and_addresses_are_annotated_whole() -> None:
    assert _of("t897", "TELEFOON") == ["0113-581310", "0113-581310"]
    assert _of("t897", "EMAIL") == ["info@speeltuindemallemolen.nl"]
    assert _of("t866", "ADRES") == ["Kornoeljeplein 1"]
    # a street glued to its head is the whole token, one entity with the street
    assert _of("t883", "ADRES") == ["Voordijk", "Voordijklocatie", "Voordijk", "Carnisseweg"]
    assert len(_entities("t883", "ADRES")) == 2
    # a street with its article
    assert _of("t893", "ADRES") == ["De Luistruik"]


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    # council minutes' attendance lists and a board list: every person an entity of their own
    assert len(_entities("t866", "PERSOON")) == 31
    assert len(_entities("t890", "PERSOON")) == 17
    assert len(_entities("t877", "PERSOON")) == 13
    texts = set(_of("t866", "PERSOON"))
    assert {"C.H. van den Berg- Huisman", "J. L. de Jong", "A.L. ter Beek", "Ter Beek"} <= texts
    # a signature with two spaces after the initials, councillors named in capitals
    assert _of("t863", "PERSOON") == ["W.B. van der Hoek", "C.H.  Pieren", "C.W. Righolt-Dam"]
    assert _of("t879", "PERSOON") == ["DE BEER", "HAAGH"]
    # an alderman and a member whose surnames differ by one letter: two entities
    assert {"Kuiper", "Kuipers", "D.C. Kuipers"} <= set(_of("t890", "PERSOON"))
    assert _entities("t890", "PERSOON") >= {"kuiper", "kuipers"}


def test_organisations_and_places_in_odd_shapes() -> None:
    # day nurseries and a store annotated without article and kind
    assert _of("t868", "ORGANISATIE") == ["Hofnarretje"] * 5
    assert _of("t870", "ORGANISATIE") == ["Ukkeltje"]
    assert _of("t858", "ORGANISATIE") == ["Thuisblijvertjes"]
    assert _of("t893", "ORGANISATIE") == ["Goed"] * 5
    # a full name and its short form: one entity
    assert _of("t860", "ORGANISATIE") == ["Blokkendoos B.V.", "KDB", "KDB", "Blokkendoos"]
    assert len(_entities("t876", "ORGANISATIE")) == 3
    assert "Stichting Hulp en Welzijn Leeuwarden" in _of("t876", "ORGANISATIE")
    assert _of("t865", "ORGANISATIE") == [
        "Doe Mee! Molenlanden",
        "Progressief Molenlanden",
        "Doe Mee!",
    ]
    assert len(_entities("t877", "ORGANISATIE")) == 7
    # foundations with "Stichting" and a lowercase kind, whole
    assert "Stichting speeltuin Heksenberg" in _of("t871", "ORGANISATIE")
    # a town's adjective, a district with its article
    assert _of("t896", "PLAATS")[-1] == "Alkmaarse"
    assert _of("t891", "PLAATS") == ["Dordtse"]
    assert "De Tempel" in _of("t881", "PLAATS")
    # a court code inside a case number is not annotated: a word to keep
    keep = [w["text"] for w in _annotated()["t884"]["keep"]]
    assert keep.count("AMS") == 5
    assert _of("t884", "PLAATS") == ["Amsterdam", "AMSTERDAM", "Amsterdam", "Amsterdam"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {_bare(t["url"]) for t in texts if int(t.get("round", 1)) < 40}
    new = [t["url"] for t in texts if t.get("round") in NEW]
    assert len({_bare(u) for u in new}) == len(new) == 44
    assert not old & {_bare(u) for u in new}
    # nor in the labels, codes and themes manifests
    others = ""
    for path in sorted(HERE.parent.glob("*/manifest*")):
        if path.parent.name != "names":
            others += path.read_text(encoding="utf-8").lower()
    assert len(re.findall(r"https?://", others)) > 100  # the other manifests were read
    assert not [url for url in new if _bare(url) in others]
    # nor under another address: no ECLI, case, Kamervraag, CVDR or document number of the new
    # rounds anywhere else
    keys = ["RBNHO:2014:9762", "RBAMS:2017:5306", "CRVB:2025:543", "CRVB:2025:1276"]
    keys += ["RVS:2025:2223", "201010903-1", "201909009-1", "202101127-1", "202100639-1"]
    keys += ["2011Z26830", "2010Z07990", "2019Z21201", "2010Z07528", "gmb-2023-394260"]
    keys += ["CVDR16876", "CVDR640589/", "CVDR742212/", "CVDR747935/"]
    keys += ["docplayer.nl/762870-", "docplayer.nl/2308341-", "docplayer.nl/152223172-"]
    assert all(any(k in url for url in new) for k in keys)
    plain = [k.lower() for k in keys]
    old_urls = [t["url"].lower() for t in texts if int(t.get("round", 1)) < 40]
    assert not [k for k in plain for url in old_urls if re.search(re.escape(k) + r"(?!\d)", url)]
    assert not [k for k in plain if re.search(re.escape(k) + r"(?!\d)", others)]
    # the Council of State's case numbers appear in no earlier note either
    for number in ("201010903", "201909009", "202101127", "202100639", "202300251"):
        assert not [t for t in texts if int(t.get("round", 1)) < 40 and number in t.get("note", "")]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t814", "round": 38, "split": "tune"},
        {"id": "t858", "round": 40, "split": "sealed"},
        {"id": "t880", "round": 41, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t814"]
    # --round alone does not open a sealed round
    assert module.selected(items, ["x", "--round", "40"]) == []
    assert module.selected(items, ["x", "--round", "41"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "40"])] == ["t858"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "41"])] == ["t880"]
    splits = module.splits()
    assert (splits[40], splits[41]) == ("sealed", "sealed")
