"""Rounds 38 and 39 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 00:00 UTC) for the next session: round 38 (t814-t835) is that
session's fresh round, measured once at its start; round 39 (t836-t857) is measured once with
--later at its end. Both were sealed till then (round 38 measured on ec51992b, round 39 on
2100dbfe, both tune since). 24 texts are public documents committed under
texts/ (court rulings, Kamervragen and motions, municipal minutes, regulations, a council proposal,
an inspection report); the 20 others are kept in the git-ignored bench/data/realtext_names/, each
with a `restore:` hint in the manifest (the search query and corpus that return its stored excerpt
with one look-up). Readers and checks: names_rounds_helpers.py (no wb code runs on the texts).
"""

from __future__ import annotations

from names_rounds_helpers import (
    annotated,
    check_committed_prefixes,
    check_committed_texts,
    check_counts,
    check_glued,
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


def test_rounds_38_and_39_were_measured_in_the_round_table() -> None:
    # round 38 was measured once at the start of the session of 2026-12-06 02:40 UTC (ec51992b),
    # round 39 once with --later at its end (main 2100dbfe)
    table = check_round_rows(
        {38: ("t814-t835", "ec51992b", "tune"), 39: ("t836-t857", "2100dbfe", "tune")}
    )
    assert max(table) == 69  # rounds 40-69 collected sealed after them (collect-names)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {38: (22, 244, 164, 603, ["t833"]), 39: (22, 249, 157, 569, ["t855"])}
    types = {
        38: {
            "PERSOON": 114,
            "PLAATS": 57,
            "SCHOOL": 30,
            "ORGANISATIE": 27,
            "ADRES": 14,
            "POSTCODE": 1,
            "TELEFOON": 1,
        },
        39: {"PERSOON": 116, "PLAATS": 82, "ORGANISATIE": 21, "SCHOOL": 17, "ADRES": 13},
    }
    check_counts(figures, types)


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
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {38: 12, 39: 12}  # at least half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 20, 6)
    minutes = {hints[i] for i in ("t817", "t821", "t831", "t841", "t843", "t845")}
    assert len(minutes) == 1
    centres = {hints[i] for i in ("t815", "t819", "t829", "t837", "t839", "t847", "t849")}
    assert len(centres) == 1


def test_glued_field_labels_are_neither_identifiers_nor_kept() -> None:
    check_glued(
        NEW, {"t856": ["OverheidsorganisatieGemeente", "CiteertitelVerordening", "BetreftDatum"]}
    )
    assert spans_of("t856", "PLAATS") == ["Westvoorne"] * 7


def test_contact_details_and_addresses_are_annotated_whole() -> None:
    assert spans_of("t831", "TELEFOON") == ["0318-456295"]
    assert spans_of("t831", "ADRES") == ["Margrietlaan"]
    # a street whose number the page dropped, and the letters left of its postcode
    assert spans_of("t816", "ADRES") == ["Hedel"]
    assert spans_of("t816", "POSTCODE") == ["LD"]
    assert spans_of("t822", "ADRES") == ["Valckstraat 30"]
    # streets without numbers: eleven in a list with schools, one named with an initial
    assert len(spans_of("t815", "ADRES")) == 11
    assert "Amalia van Solmsstraat" in spans_of("t815", "ADRES")
    assert spans_of("t849", "ADRES").count("F. van Borselenweg") == 2


def test_persons_in_lists_and_in_odd_shapes_are_one_mention_each() -> None:
    # council minutes' attendance lists: every member an entity of its own
    assert len(entities_of("t824", "PERSOON")) == 36
    assert len(entities_of("t844", "PERSOON")) == 32
    texts = set(spans_of("t824", "PERSOON"))
    assert {"C.P.M. van t Schip - Nieuwboer", "E.M. de Goede", "De Goede"} <= texts
    assert "R. Th M.. Nederveen" in spans_of("t844", "PERSOON")
    # a chair's initials in an action line, a child's first name left in a summary
    assert "HvA" in spans_of("t817", "PERSOON")
    assert spans_of("t836", "PERSOON") == ["Brecht", "C. de Heer"]
    # first names only in school minutes, a double first name
    assert spans_of("t845", "PERSOON").count("Marthe Lot") == 5
    # surnames that are ordinary words in a signature list
    assert spans_of("t850", "PERSOON") == ["PLOUMEN", "Ploumen", "Marijnissen", "Klaver"]


def test_schools_places_and_organisations_in_odd_shapes() -> None:
    # schools annotated without article and kind ("OBS ’t Klaverblad", "CBS De Wegwijzer")
    assert spans_of("t818", "SCHOOL") == ["Klaverblad"] * 4
    assert spans_of("t823", "SCHOOL") == ["Wegwijzer"]
    assert len(set(spans_of("t815", "SCHOOL"))) == 12
    # a kind word before the name is a word to keep (names-policy5): a Nuts school by its
    # district, a child centre by the district that is a place in the text, a day care
    assert "Bezuidenhout" in spans_of("t815", "SCHOOL")
    assert spans_of("t815", "PLAATS") == ["Vroondaal", "Vroondaal"]
    assert {"Kindcentrum", "Nutsschool"} <= {w["text"] for w in annotated("t815")["keep"]}
    assert spans_of("t816", "ORGANISATIE")[:2] == ["Hummelhoef", "GGD Brabant-Zuidoost"]
    # a court's city with a left single quote, a village written "S Heerenbroek"
    assert "‘s-HERTOGENBOSCH" in spans_of("t820", "PLAATS")
    assert "S Heerenbroek" in spans_of("t853", "PLAATS")
    # an organisation with an en dash inside, a sports hall written two ways
    assert spans_of("t819", "ORGANISATIE") == ["Stichting Marcant – BSV", "ABZ"]
    assert {"Sporthal Oudendijk", "Sporthal Oudedijk"} <= set(spans_of("t837", "ORGANISATIE"))
    # a bare kind of school stays a word to keep; named, it is the school or its board
    assert "Vrijeschool" in {w["text"] for w in annotated("t822")["keep"]}
    # the kind and a part word, no name: words to keep (names-policy5)
    assert [w["text"] for w in annotated("t822")["keep"]].count("Bovenbouw") == 3
    assert spans_of("t822", "SCHOOL") == ["Stedelijk", "Zonnewende"]
    # the short form is used before the full name with it in brackets: one entity
    orgs = ["VSNON", "Vrijeschool Noordoost Nederland"] + ["VSNON"] * 4
    assert spans_of("t822", "ORGANISATIE") == orgs


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk, Kamervraag or document number of the new
    # rounds anywhere else
    keys = ["RVS:2011:BR1478", "GHSHE:2020:3993", "RVS:2005:AS6197", "RBNNE:2022:4607"]
    keys += ["RVS:2010:BL0714", "RVS:2011:BR0481", "RVS:2018:1095", "RBROT:2007:BB1199"]
    keys += ["CRVB:2025:409", "RBZWB:2026:240", "2016Z06668", "2010Z14877", "2020Z09770"]
    keys += ["2013Z20296", "kst-34512-K", "kst-31289-219", "kst-25295-884", "kst-29754-458"]
    keys += ["docplayer.nl/2797144-", "docplayer.nl/1404194-", "docplayer.nl/1422546-"]
    keys += ["docplayer.nl/1412757-"]
    numbers = ("34 512", "31 289, nr. 219", "25 295, nr. 884", "29 754, nr. 458")
    check_new_urls(NEW, keys, numbers=numbers, noted=numbers)


def test_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t770", 36, "tune"), ("t814", 38, "sealed"), ("t836", 39, "sealed")]
    check_sealed_left_out(items, {37: "tune", 38: "tune", 39: "tune"})
