"""Rounds 44 and 45 of the real-text names set (bench/realtext/names, collect-names).

Collected on 2026-12-06 (after 08:25 UTC) for the next session and sealed till then: round 44
(t946-t967) is that session's fresh round, measured once at its start; round 45 (t968-t989) is
measured once with --later at its end. 21 texts are public documents committed under texts/ (court
rulings on pupil transport and on pupils' removal from schools, Kamerstukken and Kamervragen, the
national ombudsman's report, the education council's advice, a municipal executive's answers and
decision note, a council's minutes); the 23 others are kept in the git-ignored
bench/data/realtext_names/, each with a `restore:` hint in the manifest (the search query and
corpus that return its stored excerpt with one look-up). Readers and checks:
names_rounds_helpers.py (no wb code runs on the texts).
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

NEW = (44, 45)

# the first 16 hex digits of each committed text's SHA-256, as collected
COMMITTED_SHA = {
    "t946": "8ae34b3502a5e128",
    "t948": "6710f92bb09ea621",
    "t950": "b31ca85f8f43900b",
    "t952": "7f87b8fcc07e035f",
    "t954": "aff365189763c638",
    "t956": "b9bd9b0b395a6776",
    "t958": "03b3a30672a10fc1",
    "t960": "72296aada9f89ddc",
    "t962": "76a9ab2629b0d680",
    "t964": "c25a6bc24a9d7753",
    "t966": "55ed114410693d61",
    "t968": "77841a5778d13aa6",
    "t970": "9475a23531389fbb",
    "t972": "9f6373ea035dd630",
    "t974": "7b993138ede2179d",
    "t976": "ca3720f55e083a12",
    "t978": "a04926aae06cf2bc",
    "t980": "beee0216170b45fc",
    "t982": "bd949342cd1199e1",
    "t984": "74956cf468d5746a",
    "t986": "3e594bc2d5110be3",
}


def test_both_new_rounds_are_sealed_in_the_round_table() -> None:
    # round 44 was measured once at the start of the session of 2026-12-06 11:08 UTC, round 45
    # with --later at its end (12:52 UTC, main dc9413cf); both tune since
    rows = {44: ("t946-t967", "27c6e060", "tune"), 45: ("t968-t989", "dc9413cf", "tune")}
    table = check_round_rows(rows)
    assert max(table) == 69  # rounds 46-69 collected sealed after them (collect-names)


def test_the_new_rounds_have_their_counts_as_annotated() -> None:
    # texts, identifier spans, entities, words to keep, texts without an identifier
    figures = {44: (22, 181, 109, 551, ["t967"]), 45: (22, 174, 118, 626, [])}
    types = {
        44: {
            "PERSOON": 54,
            "PLAATS": 64,
            "ORGANISATIE": 27,
            "SCHOOL": 32,
            "ADRES": 1,
            "POSTCODE": 3,
        },
        45: {"PERSOON": 69, "PLAATS": 69, "ORGANISATIE": 27, "SCHOOL": 8, "POSTCODE": 1},
    }
    check_counts(figures, types)


def test_local_organisations_and_schools_are_spread_over_the_rounds() -> None:
    assert texts_with_type(44, "ORGANISATIE") == [
        "t947",
        "t950",
        "t951",
        "t952",
        "t953",
        "t954",
        "t955",
        "t957",
        "t959",
        "t963",
    ]
    assert texts_with_type(45, "ORGANISATIE") == [
        "t969",
        "t971",
        "t972",
        "t976",
        "t977",
        "t979",
        "t981",
        "t982",
        "t985",
        "t986",
        "t987",
        "t989",
    ]
    assert texts_with_type(44, "SCHOOL") == ["t946", "t949", "t950", "t951", "t953", "t955", "t956"]
    assert texts_with_type(45, "SCHOOL") == ["t971", "t975", "t977"]
    assert texts_with_type(44, "ADRES") == ["t950"]
    assert texts_with_type(44, "POSTCODE") == ["t950", "t959"]
    assert texts_with_type(45, "POSTCODE") == ["t987"]


def test_new_spans_follow_the_manifest_and_do_not_overlap() -> None:
    check_spans_follow_manifest(NEW)


def test_committed_texts_of_the_new_rounds_match_their_annotation() -> None:
    committed, news = check_committed_texts(NEW)
    # 11 court rulings (9 from uitspraken.rechtspraak.nl, 2 through lexboost.com: a heading and a
    # court of appeal's judgment), 2 Kamerstukken (a minister's letter, a committee debate's
    # report), 5 Kamervragen (3 through openkamer.org with answers), the national ombudsman's
    # report, the education council's advice, a municipal executive's answers to written
    # questions and decision note through docplayer.nl and a council's minutes of 1978
    assert committed == sorted(COMMITTED_SHA)
    assert len(committed) == 21
    assert news == 23
    check_committed_prefixes(COMMITTED_SHA)
    assert committed_per_round(NEW) == {44: 11, 45: 10}  # about half of each round


def test_each_local_text_has_a_restore_hint_and_no_committed_text_needs_one() -> None:
    hints = check_restore_hints(NEW, 23, 7)
    transport = {hints[i] for i in ("t947", "t963", "t965", "t967", "t969", "t973")}
    assert len(transport) == 1
    closing = {hints[i] for i in ("t949", "t951", "t971", "t975", "t983")}
    assert len(closing) == 1
    questions = {hints[i] for i in ("t957", "t959", "t979", "t981", "t985")}
    assert len(questions) == 1
    assert hints["t953"] == hints["t955"] == hints["t977"]
    assert hints["t987"] == hints["t989"]
    # a generated summary of a ruling is not a court text: kept local, with its own query
    assert annotated("t988")["licence"] == "news"
    assert hints["t988"] not in {hints["t961"], *transport, *closing, *questions}


def test_no_glued_scrape_words_in_the_new_rounds() -> None:
    # a name glued to a footnote number or to its first name is the whole token, not a scrape word
    check_glued(NEW, {})


def test_schools_in_odd_shapes() -> None:
    # schools without their kind and article; a school named in one word stays whole
    assert (
        spans_of("t946", "SCHOOL") == ["Pluspunt", "Groen van Prinstererschool"] + ["Pluspunt"] * 3
    )
    assert spans_of("t949", "SCHOOL").count("Flieterpen") == 3
    assert "Zuukerschool" in spans_of("t949", "SCHOOL")
    assert spans_of("t950", "SCHOOL") == ["Kleine Kapitein"] * 5
    # a school named with its village in a title and without it in the text: one entity
    assert spans_of("t956", "SCHOOL") == ["Erasmus College Maurik", "Erasmus College"]
    assert len(entities_of("t956", "SCHOOL")) == 1
    # a child centre and primary schools without kind and article, in one party item
    assert set(spans_of("t955", "SCHOOL")) == {"Zuidwest", "Meidoorn", "Klepperbelt", "Bron"}
    # a Frisian article is part of the school's name (annotate.py drops only De and Het)
    assert spans_of("t975", "SCHOOL") == ["It Slûske"]
    # a list of village schools: one written in one word, four without kind and article
    assert spans_of("t971", "SCHOOL") == [
        "Bijenkorf",
        "Zwerm",
        "Sint Joseph-School",
        "Regenboog",
        "Brug",
    ]
    # the capitalised kind words around the names are words to keep
    keep = {w["text"] for w in annotated("t953")["keep"]}
    assert {"Kindcentrum", "IKC"} <= keep
    assert "Daltonschool" in {w["text"] for w in annotated("t951")["keep"]}


def test_organisations_in_odd_shapes() -> None:
    # school boards in capitals, whole; one over a line break as written, with its short form
    assert spans_of("t952", "ORGANISATIE") == [
        "STICHTING CHRISTELIJKE ONDERWIJSGROEP VALLEI EN GELDERLAND-MIDDEN"
    ]
    assert spans_of("t954", "ORGANISATIE") == ["STICHTING IRIS"]
    assert spans_of("t972", "ORGANISATIE") == [
        "VERENIGING VOOR CHRISTELIJK VOORTGEZET ONDERWIJS TE\n\nROTTERDAM EN OMGEVING",
        "VCVO",
        "VCVO",
    ]
    # a defined short form that is only a legal form stays a word to keep
    assert "Stichting" in {w["text"] for w in annotated("t952")["keep"]}
    # a foundation named two ways and by its short form: one entity
    assert len(entities_of("t955", "ORGANISATIE")) == 1
    assert spans_of("t955", "ORGANISATIE").count("SKO") == 4
    # an acronym glued to its footnote number is the whole token
    assert spans_of("t976", "ORGANISATIE") == ["SSPOH2", "SSPOH"]
    # transport companies, a local news site and a local party with its municipality inside
    assert spans_of("t957", "ORGANISATIE")[0] == "Blik Op Noordwijkerhout"
    assert spans_of("t957", "ORGANISATIE").count("Noot Personenvervoer") == 5
    assert spans_of("t979", "ORGANISATIE") == ["NOOT", "Trafficon", "Westland Verstandig"]
    assert "Westland" in spans_of("t959", "PLAATS")
    # a city's youth ombudsman with its city: the office's word kept, the city a place (names61,
    # as "Kinderombudsman Amsterdam" in rounds 32-33)
    assert spans_of("t961", "PLAATS") == ["Den Haag"]
    assert "Jeugdombudsman" in {w["text"] for w in annotated("t961")["keep"]}
    # a regional project's name with its own "De" and "!", swimming pools without their head
    assert "De Kop Werkt!" in spans_of("t971", "ORGANISATIE")
    assert spans_of("t989", "ORGANISATIE") == ["Fluit", "Forum Kwadraat"]
    # a field word after a lowercase head is no name: a word to keep
    assert "Leerlingenvervoer" in {w["text"] for w in annotated("t986")["keep"]}


def test_persons_places_and_postcodes_in_odd_shapes() -> None:
    # a photographer written three ways, one entity
    assert spans_of("t975", "PERSOON")[:3] == [
        "Florèn van Olden",
        "Floren van Olden",
        "Olden, Floren van",
    ]
    assert len(entities_of("t975", "PERSOON")) == 4
    # a member's first name glued to his surname, as stored
    assert "RudmerHeerema" in spans_of("t976", "PERSOON")
    # council minutes' OCR and capitals: one entity each
    assert spans_of("t962", "PERSOON") == [
        "DE JONGH",
        "Fr. van Merrienbqer",
        "VAN MERRIENBOER",
        "Ernest",
        "Hendrickx",
        "ERNEST",
        "Van Merrienboer",
    ]
    assert len(entities_of("t962", "PERSOON")) == 4
    # members by surname in a committee debate's report (Paul, Peters, Hagen, De Hoop names)
    assert len(entities_of("t982", "PERSOON")) == 14
    assert {"Paul", "Hagen", "De Hoop"} <= set(spans_of("t982", "PERSOON"))
    # a glued sentence start: ".Rik" is the boy
    assert spans_of("t947", "PERSOON").count("Rik") == 6
    # a street whose number the page dropped, letters left of postcodes, a town in capitals
    assert spans_of("t950", "ADRES") == ["van Goghlaan"]
    assert spans_of("t950", "POSTCODE") == ["SC", "AA"]
    assert spans_of("t959", "POSTCODE") == ["2670 AD"]
    assert "NAALDWIJK" in spans_of("t959", "PLAATS")
    # a municipality with its article, a town inside a municipality's name kept apart
    assert spans_of("t986", "PLAATS").count("De Fryske Marren") == 3
    assert spans_of("t987", "PLAATS") == ["Horst", "Horst", "Horst aan de Maas"]
    # a district with its direction and without it: one entity; a village's named park
    assert spans_of("t977", "PLAATS")[0] == "Zuid Stedenwijk"
    assert len(entities_of("t977", "PLAATS")) == 2
    assert "Polderpark" in spans_of("t971", "PLAATS")
    # province adjectives and a village's adjective are places; a language is a word to keep
    assert {"Friese", "Gelderse", "Zuukerse"} <= set(spans_of("t949", "PLAATS"))
    assert "Fries" in {w["text"] for w in annotated("t975")["keep"]}


def test_the_new_urls_are_in_no_earlier_round_nor_other_manifest() -> None:
    # nor under another address: no ECLI, Kamerstuk, Kamervraag or document number of the new
    # rounds anywhere else (where no digit follows)
    keys = ["RBROT:2011:BQ7394", "RBGEL:2018:4030", "RBHAA:2003:AF6131", "RBMNE:2024:5420"]
    keys += ["RVS:2006:AY3674", "RBROT:2022:819", "GHAMS:2011:BP2670", "RBROT:2017:5290"]
    keys += ["RBSGR:2006:BA2176", "RBZWB:2023:9048"]
    keys += ["kst-31521-103", "kst-31521-133", "2016Z20564", "2023Z15756", "2021Z16311"]
    keys += ["2016Z14561", "ah-tk-20172018-1958", "docplayer.nl/9151626-", "docplayer.nl/60053671-"]
    keys += ["erasmus-college-maurik", "NGOG/1978-01-01"]
    numbers = ("31521-103", "31521-133", "20232024-231", "20212022-433", "20152016-3258")
    check_new_urls(NEW, keys, numbers=numbers, digit_boundary=True)


def test_the_sealed_rounds_are_left_out_of_a_run_without_later() -> None:
    items = [("t902", 42, "tune"), ("t924", 43, "sealed")]
    items += [("t946", 44, "tune"), ("t968", 45, "tune")]
    check_sealed_left_out(items, {42: "tune", 44: "tune", 45: "tune"})
    # the learned names model trains on tune rounds only, far below the sealed ones
    source = (REPO / "bench" / "train_names_model.py").read_text(encoding="utf-8")
    assert int(re.search(r"^LAST_ROUND = (\d+)", source, re.M)[1]) < 44
