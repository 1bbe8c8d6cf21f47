"""names-orgs5 (organisations missed across rounds 4-48): a word in capitals joined to a national
party ("ZWAP en GroenLinks", "zowel ZWAP als GroenLinks") is a local party at all its mentions;
a firm named by "&" and a firm's tail ("Speel & Co") or two words no dictionary knows ("Jansen &
Jansen") is one organisation; a coined word before a region ("Leesnet Groningen") is one
organisation. Made-up names (real places and regions only where one must be known); plus the
table script of the misses."""

import sys
from pathlib import Path

from wb.dossiers.pseudonymise import Pseudonymiser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import names_orgs5_table


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_capitals_joined_to_a_national_party_are_a_local_party_at_every_mention():
    text = (
        "ZWAP en GroenLinks stellen schriftelijke vragen aan het college. Daarnaast stelt ZWAP "
        "vragen over de kinderboerderij."
    )
    assert _replaced(text) == [
        (0, 4, "ZWAP", "[ORGANISATIE-1]"),
        (81, 85, "ZWAP", "[ORGANISATIE-1]"),
    ]
    text = "Zowel ZWAP als GroenLinks verbazen zich over de stand van zaken."
    assert _replaced(text) == [(6, 10, "ZWAP", "[ORGANISATIE-1]")]


def test_national_bodies_and_parties_beside_a_party_stay():
    assert _replaced("Het CDA en de VVD stemden tegen, net als de GGD en GroenLinks.") == []


def test_a_firm_named_by_an_ampersand_and_a_tail_or_two_unknown_words_is_one_organisation():
    text = "De kinderopvangorganisatie Speel & Co opent een nieuwe locatie."
    assert _replaced(text) == [(27, 37, "Speel & Co", "[ORGANISATIE-1]")]
    text = "Het rapport van Jansen & Jansen verscheen in mei."
    assert _replaced(text) == [(16, 31, "Jansen & Jansen", "[ORGANISATIE-1]")]


def test_first_names_and_dictionary_words_around_an_ampersand_stay_apart():
    text = "Het Centrum voor Jeugd & Gezin en Jan & Marie kwamen langs."
    spans = [r[2] for r in _replaced(text)]
    assert "Jeugd & Gezin" not in spans and "Jan & Marie" not in spans


def test_a_coined_word_before_a_region_is_one_organisation():
    text = "Het bestuur van Leesnet Groningen vergaderde gisteren."
    assert _replaced(text) == [(16, 33, "Leesnet Groningen", "[ORGANISATIE-1]")]
    text = "Het bestuur van Speelkwartcentrale Utrecht vergaderde gisteren in Utrecht."
    assert _replaced(text) == [
        (16, 42, "Speelkwartcentrale Utrecht", "[ORGANISATIE-1]"),
        (66, 73, "Utrecht", "[PLAATS-1]"),
    ]


def test_a_kind_or_court_before_a_region_is_no_coined_word():
    text = "De Rechtbank Gelderland werkt samen met Jeugdzorg Limburg."
    assert _replaced(text) == [
        (13, 23, "Gelderland", "[PLAATS-1]"),
        (40, 57, "Jeugdzorg Limburg", "[ORGANISATIE-1]"),
    ]


def test_the_table_sorts_a_missed_organisation_by_its_words_and_context():
    def shape(text: str, name: str) -> str:
        start = text.index(name)
        item = {"text": text, "identifiers": []}
        return names_orgs5_table.shape(item, {"start": start, "end": start + len(name)})

    assert shape("Het rapport van Kwak & Wolk verscheen.", "Kwak & Wolk") == 'name with "&"'
    assert shape("Namens de KWLP sprak zij.", "KWLP") == "acronym alone"
    assert shape("naar aanleiding van het arrest KWLP/Smit over", "KWLP") == (
        "acronym inside a case name (X/Y)"
    )
    assert shape("Zij werkt bij Kwartelnet Drenthe sinds mei.", "Kwartelnet Drenthe") == (
        "coined word(s) + a province or place"
    )
    assert shape("Het bureau Kwak B.V. stuurde een brief.", "Kwak") == (
        "name + legal form (B.V., N.V., VOF)"
    )
    assert shape("De vrijwilligers van 'Kwak Doet Mee' helpen.", "Kwak Doet Mee") == "inside quotes"
