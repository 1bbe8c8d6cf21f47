"""Rounds 38 and 39 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 00:00 UTC) for the next session: round 38 (t814-t835) is that
session's fresh round, measured once at its start; round 39 (t836-t857) is measured once with
--later at its end. Both are sealed till then. 24 texts are public documents committed under
texts/ (court rulings, Kamervragen and motions, municipal minutes, regulations, a council proposal,
an inspection report); the 20 others are kept in the git-ignored bench/data/realtext_names/, each
with a `restore:` hint in the manifest (the search query and corpus that return its stored excerpt
with one look-up). Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (38, 39)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t814": "f136806791498819",
    "t816": "7b08eca5bd493a2d",
    "t818": "e5216fb288227a65",
    "t820": "9e59423141aba865",
    "t822": "07116ed8772b5f94",
    "t824": "81d12aec2daee5dd",
    "t826": "2a8a3ae9d1649617",
    "t828": "1202858c5f66778c",
    "t830": "f9ba197aed000113",
    "t832": "06cc8c7c0fceca6e",
    "t834": "ca7a3255f34b21fc",
    "t835": "4da58f5af5f3857f",
    "t836": "9109ddca244ef192",
    "t838": "898739367063cf8b",
    "t840": "85993b44b2f7e754",
    "t842": "9f5948e611c9b8ce",
    "t844": "0b4f5c6ae0e721c1",
    "t846": "472e01d9abcb310c",
    "t848": "539420ccf35b47e3",
    "t850": "fd64248031880935",
    "t852": "48db1fec66d414e1",
    "t854": "1cfb4db74ab44fea",
    "t856": "24dd7723d934de3e",
    "t857": "e12c6d33b8f1d211",
}


def _items() -> dict[str, dict]:
    return {t["id"]: t for t in manifest()["texts"] if t.get("round") in NEW}


def _annotated() -> dict[str, dict]:
    return {t["id"]: t for n in NEW for t in annotations(n)}


def _of(text_id: str, kind: str) -> list[str]:
    return [s["text"] for s in _annotated()[text_id]["identifiers"] if s["type"] == kind]


def test_round_38_was_measured_and_39_is_sealed_in_the_round_table() -> None:
    table = {r["round"]: r for r in manifest()["rounds"]}
    # round 38 was measured once at the start of the session of 2026-12-06 02:40 UTC (ec51992b)
    frozen = {"round": 38, "texts": "t814-t835", "code_frozen": "ec51992b", "split": "tune"}
    assert table[38] == frozen
    assert table[39] == {"round": 39, "texts": "t836-t857", "code_frozen": None, "split": "sealed"}
    assert max(table) == 41  # rounds 40 and 41 collected sealed after them (collect-names)
    ids = {n: [t["id"] for t in manifest()["texts"] if t.get("round") == n] for n in NEW}
    assert ids[38] == [f"t{i}" for i in range(814, 836)]
    assert ids[39] == [f"t{i}" for i in range(836, 858)]


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    figures = {n: round_figures(n) for n in NEW}
    # texts, identifier spans, entities, words to keep, texts without an identifier
    assert figures[38] == (22, 247, 166, 592, ["t833"])
    assert figures[39] == (22, 249, 157, 569, ["t855"])
    types = {n: type_counts(n) for n in NEW}
    assert types[38] == {
        "PERSOON": 114,
        "PLAATS": 56,
        "SCHOOL": 34,
        "ORGANISATIE": 27,
        "ADRES": 14,
        "POSTCODE": 1,
        "TELEFOON": 1,
    }
    assert types[39] == {
        "PERSOON": 116,
        "PLAATS": 82,
        "ORGANISATIE": 21,
        "SCHOOL": 17,
        "ADRES": 13,
    }


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    assert texts_with_type(38, "ORGANISATIE") == [
        "t816",
        "t819",
        "t822",
        "t823",
        "t824",
        "t825",
        "t826",
        "t827",
    ]
    assert texts_with_type(39, "ORGANISATIE") == ["t837", "t839", "t843", "t844", "t845", "t856"]
    assert texts_with_type(38, "SCHOOL") == [
        "t814",
        "t815",
        "t817",
        "t818",
        "t819",
        "t821",
        "t822",
        "t823",
        "t828",
    ]
    assert texts_with_type(39, "SCHOOL") == [
        "t837",
        "t838",
        "t839",
        "t840",
        "t842",
        "t845",
        "t849",
    ]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 10 court rulings (6 on school transport, 2 on family law, 2 on youth care; 3 of them
    # headings through lexboost.com), 8 Kamerstukken (4 Kamervragen, 4 motions), 5 municipal
    # documents (2 councils' minutes, a council proposal, 2 regulations) and a regional health
    # service's inspection report
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
    assert len(set(hints.values())) == 6
    minutes = {hints[i] for i in ("t817", "t821", "t831", "t841", "t843", "t845")}
    assert len(minutes) == 1
    centres = {hints[i] for i in ("t815", "t819", "t829", "t837", "t839", "t847", "t849")}
    assert len(centres) == 1


def test_glued_field_labels_are_neither_identifiers_nor_kept() -> None:
    glued = {t_id: t["glued"] for t_id, t in _items().items() if "glued" in t}
    assert glued == {
        "t856": ["OverheidsorganisatieGemeente", "CiteertitelVerordening", "BetreftDatum"]
    }
    item = _annotated()["t856"]
    assert not [w for w in item["keep"] if w["text"] in glued["t856"]]
    assert _of("t856", "PLAATS") == ["Westvoorne"] * 7


def test_contact_details_and_addresses_are_annotated_whole() -> None:
    assert _of("t831", "TELEFOON") == ["0318-456295"]
    assert _of("t831", "ADRES") == ["Margrietlaan"]
    # a street whose number the page dropped, and the letters left of its postcode
    assert _of("t816", "ADRES") == ["Hedel"]
    assert _of("t816", "POSTCODE") == ["LD"]
    assert _of("t822", "ADRES") == ["Valckstraat 30"]
    # streets without numbers: eleven in a list with schools, one named with an initial
    assert len(_of("t815", "ADRES")) == 11
    assert "Amalia van Solmsstraat" in _of("t815", "ADRES")
    assert _of("t849", "ADRES").count("F. van Borselenweg") == 2


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    items = _annotated()

    def persons(text_id: str) -> set[str]:
        return {s["entity"] for s in items[text_id]["identifiers"] if s["type"] == "PERSOON"}

    # council minutes' attendance lists: every member an entity of its own
    assert len(persons("t824")) == 36
    assert len(persons("t844")) == 32
    texts = set(_of("t824", "PERSOON"))
    assert {"C.P.M. van t Schip - Nieuwboer", "E.M. de Goede", "De Goede"} <= texts
    assert "R. Th M.. Nederveen" in _of("t844", "PERSOON")
    # a chair's initials in an action line, a child's first name left in a summary
    assert "HvA" in _of("t817", "PERSOON")
    assert _of("t836", "PERSOON") == ["Brecht", "C. de Heer"]
    # first names only in school minutes, a double first name
    assert _of("t845", "PERSOON").count("Marthe Lot") == 5
    # surnames that are ordinary words in a signature list
    assert _of("t850", "PERSOON") == ["PLOUMEN", "Ploumen", "Marijnissen", "Klaver"]


def test_schools_places_and_organisations_in_odd_shapes() -> None:
    # schools annotated without article and kind ("OBS ’t Klaverblad", "CBS De Wegwijzer")
    assert _of("t818", "SCHOOL") == ["Klaverblad"] * 4
    assert _of("t823", "SCHOOL") == ["Wegwijzer"]
    assert len(set(_of("t815", "SCHOOL"))) == 13
    # a court's city with a left single quote, a village written "S Heerenbroek"
    assert "‘s-HERTOGENBOSCH" in _of("t820", "PLAATS")
    assert "S Heerenbroek" in _of("t853", "PLAATS")
    # an organisation with an en dash inside, a sports hall written two ways
    assert _of("t819", "ORGANISATIE") == ["Stichting Marcant – BSV", "ABZ"]
    assert {"Sporthal Oudendijk", "Sporthal Oudedijk"} <= set(_of("t837", "ORGANISATIE"))
    # a bare kind of school stays a word to keep; named, it is the school or its board
    assert "Vrijeschool" in {w["text"] for w in _annotated()["t822"]["keep"]}
    # the short form is used before the full name with it in brackets: one entity
    orgs = ["VSNON", "Vrijeschool Noordoost Nederland"] + ["VSNON"] * 4
    assert _of("t822", "ORGANISATIE") == orgs


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    texts = manifest()["texts"]
    old = {_bare(t["url"]) for t in texts if int(t.get("round", 1)) < 38}
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
    # nor under another address: no ECLI, Kamerstuk, Kamervraag or document number of the new
    # rounds anywhere else
    keys = ["RVS:2011:BR1478", "GHSHE:2020:3993", "RVS:2005:AS6197", "RBNNE:2022:4607"]
    keys += ["RVS:2010:BL0714", "RVS:2011:BR0481", "RVS:2018:1095", "RBROT:2007:BB1199"]
    keys += ["CRVB:2025:409", "RBZWB:2026:240", "2016Z06668", "2010Z14877", "2020Z09770"]
    keys += ["2013Z20296", "kst-34512-K", "kst-31289-219", "kst-25295-884", "kst-29754-458"]
    keys += ["docplayer.nl/2797144-", "docplayer.nl/1404194-", "docplayer.nl/1422546-"]
    keys += ["docplayer.nl/1412757-"]
    assert all(any(k in url for url in new) for k in keys)
    plain = [k.lower() for k in keys]
    old_urls = [t["url"].lower() for t in texts if int(t.get("round", 1)) < 38]
    assert not [k for k in plain for url in old_urls if k in url]
    assert not [k for k in plain if k in others]
    for number in ("34 512", "31 289, nr. 219", "25 295, nr. 884", "29 754, nr. 458"):
        assert number not in others
        assert not [t for t in texts if int(t.get("round", 1)) < 38 and number in t.get("note", "")]


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    module = bench_names()
    items = [
        {"id": "t770", "round": 36, "split": "tune"},
        {"id": "t814", "round": 38, "split": "sealed"},
        {"id": "t836", "round": 39, "split": "sealed"},
    ]
    assert [i["id"] for i in module.selected(items, ["x"])] == ["t770"]
    # --round alone does not open a sealed round
    assert module.selected(items, ["x", "--round", "38"]) == []
    assert module.selected(items, ["x", "--round", "39"]) == []
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "38"])] == ["t814"]
    assert [i["id"] for i in module.selected(items, ["x", "--later", "--round", "39"])] == ["t836"]
    splits = module.splits()
    assert (splits[37], splits[38], splits[39]) == ("tune", "tune", "sealed")
