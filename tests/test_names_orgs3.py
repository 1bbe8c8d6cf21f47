"""names-orgs3 (organisations without a kind noun, rounds 52-53 tune): a capitalised club kind
before the name is part of it ("Toneelgroep KWT", "Schutterij Sint X"), also before an acronym
or two words joined by "en"; a club compound opened by IJ ("IJsvereniging X"), before a quoted
name or a name of stop words ("Altijd Samen"), or after a place's adjective with a short form
defined right after it; a dotted club abbreviation ("v.v. X"); a lodging's kind ("kattenpension
X"); a local party's acronym glued to a member's role ("KWP-raadslid"). Made-up names (real
places only where one must be known); plus the table script's shapes."""

import sys
from pathlib import Path

from wb.dossiers.pseudonymise import Pseudonymiser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import names_orgs3_table


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_club_compound_opened_by_ij_and_its_dictionary_word_name_later():
    text = (
        "Het bestuur van IJsvereniging Kwarwind besloot gisteren open te gaan. De leden van "
        "Kwarwind schaatsten."
    )
    assert _replaced(text) == [
        (16, 38, "IJsvereniging Kwarwind", "[ORGANISATIE-1]"),
        (83, 91, "Kwarwind", "[ORGANISATIE-1]"),
    ]


def test_a_club_name_of_stop_words_and_a_quoted_name():
    text = (
        "Dat zou de ondergang zijn van Hondenvereniging Altijd Samen. Toen stapte Altijd Samen "
        "naar de rechter."
    )
    assert _replaced(text) == [
        (30, 59, "Hondenvereniging Altijd Samen", "[ORGANISATIE-1]"),
        (73, 85, "Altijd Samen", "[ORGANISATIE-1]"),
    ]
    text = "Het bestuur van de Oranjevereniging ‘Kwarlo’ zegt nee."
    assert _replaced(text) == [(19, 44, "Oranjevereniging ‘Kwarlo’", "[ORGANISATIE-1]")]
    assert _replaced("Een club als IJsvereniging Ook is er niet.") == []


def test_a_place_adjective_club_with_a_defined_short_form_and_without():
    text = (
        "Het college heeft aan de Zwolse Zweefvliegclub (hierna: ZZC) een vergunning verleend. "
        "Ter zitting is ZZC verschenen."
    )
    assert _replaced(text) == [
        (25, 46, "Zwolse Zweefvliegclub", "[ORGANISATIE-1]"),
        (56, 59, "ZZC", "[ORGANISATIE-1]"),
        (101, 104, "ZZC", "[ORGANISATIE-1]"),
    ]
    text = "Berend de Boer van de Harense Oranjevereniging opende het feest."
    assert _replaced(text) == [
        (0, 14, "Berend de Boer", "[PERSOON-1]"),
        (22, 29, "Harense", "[PLAATS-1]"),
    ]


def test_a_capitalised_club_kind_is_part_of_the_name():
    text = "In het dorpshuis speelt Toneelgroep KWT het blijspel. KWT bestaat veertig jaar."
    assert _replaced(text) == [
        (24, 39, "Toneelgroep KWT", "[ORGANISATIE-1]"),
        (54, 57, "KWT", "[ORGANISATIE-1]"),
    ]
    text = "De Harmonie Kwak en Kwaak onthaalde de optocht, met de Schutterij Sint Kwarus."
    assert _replaced(text) == [
        (3, 25, "Harmonie Kwak en Kwaak", "[ORGANISATIE-1]"),
        (55, 77, "Schutterij Sint Kwarus", "[ORGANISATIE-2]"),
    ]
    text = "Een avondje toneel bij Eenheid is leuk, zegt Toneelgroep Eenheid."
    assert _replaced(text) == [
        (23, 30, "Eenheid", "[ORGANISATIE-1]"),
        (45, 64, "Toneelgroep Eenheid", "[ORGANISATIE-1]"),
    ]


def test_a_table_header_keeps_its_kind():
    # a made-up name (names71: a royal title alone, "Gilde Koning |", is a word to keep)
    assert _replaced("Gilde Kwarus | Periode |\n---|---|") == [(6, 12, "Kwarus", "[ORGANISATIE-1]")]


def test_a_dotted_club_abbreviation_and_a_lodging_kind():
    text = "De finale werd gehouden bij v.v. Kwar Animo te Kwarloon. Het is o.a. Jan zijn feest."
    assert _replaced(text) == [
        (33, 43, "Kwar Animo", "[ORGANISATIE-1]"),
        (47, 55, "Kwarloon", "[PLAATS-1]"),
        (69, 72, "Jan", "[PERSOON-1]"),
    ]
    text = (
        "Eigenaar Jan Kwak van honden- en kattenpension Bosrust zegt nee. Hij logeerde in hotel "
        "De Dikke van Kwarle te Sluis."
    )
    assert _replaced(text) == [
        (9, 17, "Jan Kwak", "[PERSOON-1]"),
        (47, 54, "Bosrust", "[ORGANISATIE-1]"),
        (87, 106, "De Dikke van Kwarle", "[ORGANISATIE-2]"),
        (110, 115, "Sluis", "[PLAATS-1]"),
    ]


def test_a_local_party_acronym_glued_to_a_member_role_but_no_national_party():
    text = (
        "Voor hen bestaat een regeling. KWP-raadslid Anna Bos heeft vragen gesteld over de "
        "vragen van de KWP. De CDA-fractie en het MR-lid zwijgen."
    )
    assert _replaced(text) == [
        (31, 34, "KWP", "[ORGANISATIE-1]"),
        (44, 52, "Anna Bos", "[PERSOON-1]"),
        (96, 99, "KWP", "[ORGANISATIE-1]"),
    ]


def test_the_table_reads_shapes_from_words_and_context():
    shape = names_orgs3_table.org_shape
    assert shape("Toneelgroep KWT", "speelt ", " het") == "a capitalised club kind before the name"
    assert shape("IJsvereniging Kwarwind", "van ", "") == (
        "a club compound (IJ-, quoted name, stop words, a place's adjective)"
    )
    assert shape("Kwar Animo", "bij v.v. ", " te") == "a dotted club abbreviation before it (v.v.)"
    assert shape("Bosrust", "kattenpension ", " in") == (
        "a lodging's or venue's kind before it (lowercase)"
    )
    assert shape("KWP", " ", "-raadslid") == "acronym before a member's role (X-raadslid)"
    assert shape("KWP", "van de ", ".") == "acronym alone"
    assert shape("Kwarhof", "op de planken van ", ".") == "one word, no kind noun"
    assert shape("Altijd Kwak", "stapte ", " naar") == "several words, no kind noun"
