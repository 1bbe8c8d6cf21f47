"""Rounds 68 and 69 of the real-text names set (bench/realtext/names, collect-names4).

Collected on 2026-12-07 (after 19:44 UTC) for later sessions and sealed till then: round 68
(t1474-t1495) is a later session's fresh round, measured once at its start; round 69
(t1496-t1517) is measured once with --later at its end. Nine public texts are committed under
texts/ (rulings on closed youth help, supervision orders, placements and youth help applications);
the other 35 (regional and local news on youth work and youth care in Friesland, Zoetermeer and
Delft, Flevoland, Dordrecht, Amersfoort and Houten, Leiden and the Bollenstreek, Limburg, the
Langstraat and Oosterhout, West-Friesland and the Noordkop, local parties' pages and questions,
municipal pages and press releases, a provider's news, an organisation's page, a council debate's
transcript and two blogs) are kept in the git-ignored bench/data/realtext_names/, each with a
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

NEW = (68, 69)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t1477": "339fb880f23d8811",
    "t1478": "9acb05f80018ff91",
    "t1479": "1d059a29fa22faad",
    "t1480": "6d9511eb5929a858",
    "t1481": "8f86a138873e36a0",
    "t1498": "dd98dd69a2392093",
    "t1499": "b37637ed5dec48f4",
    "t1500": "c02cfd8ed7b253e4",
    "t1511": "b8eba2044f1d86fc",
}


def keep_of(text_id: str) -> set[str]:
    """The words to keep of one text."""
    return {w["text"] for w in annotated(text_id)["keep"]}


def ids(first: int, last: int, *skip: int) -> list[str]:
    """Text ids first..last without the skipped numbers."""
    return [f"t{n}" for n in range(first, last + 1) if n not in skip]


def test_the_new_rounds_have_their_rows_in_the_round_table() -> None:
    rows = {68: ("t1474-t1495", None, "sealed"), 69: ("t1496-t1517", None, "sealed")}
    table = check_round_rows(rows)
    assert max(table) == 69


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {68: (22, 166, 77, 430, []), 69: (22, 202, 128, 478, [])}
    types = {
        68: {"PLAATS": 91, "ORGANISATIE": 43, "PERSOON": 31, "ADRES": 1},
        69: {
            "PLAATS": 108,
            "ORGANISATIE": 49,
            "PERSOON": 40,
            "EMAIL": 2,
            "TELEFOON": 1,
            "SCHOOL": 1,
            "ADRES": 1,
        },
    }
    check_counts(figures, types)


def test_organisations_persons_and_places_are_spread_over_the_rounds() -> None:
    orgs68 = ["t1474", "t1475", "t1478", "t1482", "t1483", *ids(1487, 1489), *ids(1492, 1494)]
    assert texts_with_type(68, "ORGANISATIE") == orgs68
    persons68 = ["t1475", "t1476", "t1479", "t1480", "t1482", "t1483", *ids(1485, 1487)]
    persons68 += [*ids(1489, 1492), "t1495"]
    assert texts_with_type(68, "PERSOON") == persons68
    assert texts_with_type(68, "PLAATS") == ids(1474, 1495, 1476, 1486)
    assert texts_with_type(68, "ADRES") == ["t1482"]
    for kind in ("SCHOOL", "POSTCODE", "TELEFOON", "EMAIL"):
        assert texts_with_type(68, kind) == []
    orgs69 = ["t1496", "t1497", *ids(1499, 1504, 1500), *ids(1507, 1510), "t1512", "t1513"]
    orgs69 += ["t1515", "t1517"]
    assert texts_with_type(69, "ORGANISATIE") == orgs69
    assert texts_with_type(69, "PERSOON") == ids(1496, 1516, 1498, 1504, 1511)
    assert texts_with_type(69, "PLAATS") == ids(1496, 1517)
    assert texts_with_type(69, "SCHOOL") == ["t1512"]
    assert texts_with_type(69, "ADRES") == ["t1515"]
    assert texts_with_type(69, "TELEFOON") == ["t1504"]
    assert texts_with_type(69, "EMAIL") == ["t1515", "t1516"]
    assert texts_with_type(69, "POSTCODE") == []


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    assert committed == sorted(COMMITTED_SHA, key=lambda i: int(i[1:]))
    assert len(committed) == 9
    assert news == 35
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {68: 5, 69: 4}


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 35, 9)
    friesland = ids(1474, 1476)
    zoetermeer = ids(1482, 1486)
    flevoland = ids(1487, 1492)
    dordrecht = ["t1493"]
    amersfoort = ["t1495", "t1496", "t1497"]
    leiden = ids(1501, 1503)
    limburg = ids(1504, 1507)
    langstraat = ids(1508, 1510)
    noordkop = ["t1494", *ids(1512, 1517)]
    groups = [friesland, zoetermeer, flevoland, dordrecht, amersfoort, leiden, limburg]
    groups += [langstraat, noordkop]
    assert sorted(i for g in groups for i in g) == sorted(hints)
    queries = [{hints[i] for i in g} for g in groups]
    assert all(len(q) == 1 for q in queries)
    assert len(set().union(*queries)) == 9


def test_the_local_texts_are_found_in_their_stored_raw_excerpts() -> None:
    # each local text is a contiguous part of the raw excerpt kept in bench/data/restore_raw/ (on
    # a machine where they are) and has the annotation's SHA-256
    local_ids = [f"t{n}" for n in range(1474, 1518) if f"t{n}" not in COMMITTED_SHA]
    assert len(local_ids) == 35
    check_in_raw_excerpts(local_ids)


def test_glued_words_are_neither_kept_nor_identifiers() -> None:
    # a logo's alt text glued to the next word ("GGDlogo ggd nhn", t1517): the lowercase alt text
    # names the regional health service, one entity with "GGD NHN"
    check_glued(NEW, {"t1517": ["GGDlogo"]})
    assert spans_of("t1517", "ORGANISATIE") == ["Brijderstichting", "ggd nhn", "GGD NHN"]
    # a local party glued to the next word is the whole glued token, one entity with its name
    assert spans_of("t1494", "ORGANISATIE")[2] == "Hoorns Belanggesteunde"
    assert entities_of("t1494", "ORGANISATIE") == {"hb"}
    # a caption glued to the lead ("hostmannDe") and a caption glued to a name ("WolfsLuc") are
    # left out of the texts: they start after them
    assert annotated("t1485")["keep"][0] == {"start": 0, "end": 2, "text": "De"}
    assert annotated("t1505")["identifiers"][0]["start"] == 0


def test_organisations_and_schools_in_odd_shapes() -> None:
    # a regional certified institution whole after "Stichting", the city inside it no place
    assert spans_of("t1478", "ORGANISATIE") == [
        "Stichting Jeugdbescherming Noord en Veilig Thuis Groningen"
    ]
    # a certified institution after lowercase "stichting" and by its former name: one entity
    assert spans_of("t1499", "ORGANISATIE") == [
        "Jeugdbescherming Gelderland",
        "Stichting Bureau Jeugdzorg Gelderland",
    ]
    assert {"William", "Schrikker", "Stichting"} <= keep_of("t1499")
    assert {"Leger", "Heils"} <= keep_of("t1500")
    # a local party with "!" in its name, in full and short; a welfare foundation in full and short
    assert entities_of("t1483", "ORGANISATIE") == {"mooi", "zosamen", "zo"}
    assert "Zó!" in spans_of("t1483", "ORGANISATIE")
    assert spans_of("t1483", "PLAATS")[0] == "Z'meer"
    # a welfare organisation named with its city and by its acronym; a paper by its short name
    assert spans_of("t1482", "ORGANISATIE")[-2:] == ["Breed Welzijn Delft", "BWD"]
    assert spans_of("t1474", "ORGANISATIE")[:2] == ["LC", "LC"]
    # names after a kind word or an article, without it
    assert "Hoge Noorden" in spans_of("t1474", "ORGANISATIE")
    assert "Kokkel" in spans_of("t1489", "ORGANISATIE")
    assert spans_of("t1512", "ORGANISATIE")[0] == "Missing"
    assert "Muiter" in spans_of("t1512", "ORGANISATIE")
    assert spans_of("t1512", "SCHOOL") == ["Dijk"]
    assert "Dommelbergen" in spans_of("t1510", "ORGANISATIE")
    assert {"Activiteitencentrum", "Jongerencentrum"} <= keep_of("t1510") | keep_of("t1512")
    assert spans_of("t1504", "ORGANISATIE")[0] == "Positieve Stad"
    # a trade name glued to digits; a youth work provider with "!" in its name
    assert "Indebuurt033" in spans_of("t1497", "ORGANISATIE")
    assert "Link! Jongerenwerk" in spans_of("t1515", "ORGANISATIE")
    # youth organisations named with their town: whole, the town inside no place of its own
    assert {"Jong Dordt", "Samen Dordt", "Stichting Dordt Integraal"} <= set(
        spans_of("t1493", "ORGANISATIE")
    )
    assert "Houten & Co" in spans_of("t1496", "ORGANISATIE")
    assert "Jeugdwerk Maasgouw" in spans_of("t1507", "ORGANISATIE")
    assert "St. Anna" in spans_of("t1507", "ORGANISATIE")
    # a local party with "De" inside its name; the youth centre and its foundation: two entities
    assert "Lijst De Jongste" in spans_of("t1508", "ORGANISATIE")
    assert {"tavenu", "sjw", "jongste"} == entities_of("t1509", "ORGANISATIE")
    # national bodies, programmes, brands and function names stay
    assert {"Vogelaarwijk", "Frontlijnteams"} <= keep_of("t1475")
    assert {"Youth", "Christ"} <= keep_of("t1493")
    assert {"Brede", "Buurt", "Cruyff", "Court", "Programma", "Jong"} <= keep_of("t1510")
    assert {"Mee", "GGD", "Thuiszorg", "Stevig", "Ouderschap"} <= keep_of("t1502")
    assert {"Veiligheidsregio", "Zorgservice", "Helpdesk", "Cliëntenplatform"} <= keep_of("t1517")
    assert {"Knoppenplan", "Samen", "Oost", "Preventie"} <= keep_of("t1487")


def test_persons_places_addresses_and_numbers_in_odd_shapes() -> None:
    # a surname with "Ten" and with "De la" at a sentence's middle; "Van" in capitals in a name
    assert spans_of("t1475", "PERSOON") == ["Ten Zijthoff", "De la Combé"]
    assert "Karel Van Rooij" in spans_of("t1497", "PERSOON")
    # a double surname, the own surname and the first name alone: one entity
    assert entities_of("t1487", "PERSOON") == {"messelink", "kooistra"}
    assert "Annemieke" in spans_of("t1487", "PERSOON")
    # surnames with "vd"; a name before a possessive apostrophe; "Van der Veen" mid-sentence
    assert spans_of("t1503", "PERSOON") == ["Herman vd Brug", "Roel vd Vet"]
    assert spans_of("t1505", "PERSOON")[:3] == ["Luc Wolfs", "Luc Wolfs", "Luc"]
    assert spans_of("t1513", "PERSOON") == ["Sikke van der Veen", "Van der Veen"]
    # lawyers with initials; the court's own stand-in letter for a minor is not annotated
    assert spans_of("t1479", "PERSOON") == ["L.G. Mellens-Schrage"]
    assert spans_of("t1499", "PERSOON") == ["R.F.P. Scheele", "T.I. Visser"]
    # court districts in capitals and title case; a town with "aan den"
    assert spans_of("t1481", "PLAATS") == ["ARNHEM-LEEUWARDEN", "Leeuwarden", "Noord-Nederland"]
    assert "Capelle aan den IJssel" in spans_of("t1499", "PLAATS")
    assert spans_of("t1477", "PLAATS") == [
        "NOORD-NEDERLAND",
        "Groningen",
        "Midden-Groningen",
        "Hoogezand",
    ]
    # demonyms, adjectives, a city's short form, a lowercase town, a region, a river
    assert {"Dordrecht", "Dordt"} <= set(spans_of("t1493", "PLAATS"))
    assert spans_of("t1484", "PLAATS")[2:5] == ["Zoetermeer", "ZOETERMEER", "Zoetermeerse"]
    assert "Buytenwegh-De Leyens" in spans_of("t1484", "PLAATS")
    assert "schagen" in spans_of("t1516", "PLAATS")
    assert {"Noordwijk", "NOORDWIJK", "Noordwijkse"} <= set(spans_of("t1503", "PLAATS"))
    assert "Holland Rijnland" in spans_of("t1503", "PLAATS")
    assert "Oostelijk Midden-Limburg" in spans_of("t1506", "PLAATS")
    assert "Noord- en Midden-Limburg" in spans_of("t1505", "PLAATS")
    assert spans_of("t1507", "PLAATS")[-1] == "Maas"
    assert "Wippolder" in spans_of("t1482", "PLAATS")
    # streets without a number; a broadcaster's WhatsApp number; e-mail addresses
    assert spans_of("t1482", "ADRES") == ["Muyskenlaan"]
    assert spans_of("t1515", "ADRES") == ["Menisweg"]
    assert spans_of("t1504", "TELEFOON") == ["06-11 31 96 64"]
    assert spans_of("t1515", "EMAIL") == ["ed.vanoerle@noordkopcentraal.nl"]
    assert spans_of("t1516", "EMAIL") == ["redactie@noordkopcentraal.nl"]


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI or site document number of the new rounds
    keys = ["RBNNE:2025:2613", "uitspraken/68766", "RBGRO:2006:AZ0063", "RBNNE:2019:534"]
    keys += ["GHARL:2020:9857", "GHARL:2017:6129", "GHARL:2017:667", "GHARL:2021:7672"]
    keys += ["CRVB:2025:1390", "27978653", "99941963", "313384", "268911", "842030"]
    numbers = ("RBNNE:2025:1043", "C/18/245236", "C/18/242705", "C/18/184980", "200.296.551")
    check_new_urls(NEW, keys, count=44, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t1465", 67, "tune"), ("t1474", 68, "sealed"), ("t1496", 69, "sealed")]
    items.insert(0, ("t1408", 65, "tune"))
    splits = {65: "tune", 67: "tune", 68: "sealed", 69: "sealed"}
    check_sealed_left_out(items, splits)
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 50
