"""Name rules after round 29 of the real-text check (names38), each for a shape that also occurs
in another tune round or is a general class: a range of Roman numerals in capitals, a sound
written out in consonants ("Pff"), a national institution's name joined by "&", and the
Kinderombudsvrouw (the female form of the listed Kinderombudsman). Exact spans on sentences
written for these tests; no name of the real-text check (bench/realtext/names) is used. Each
test fails on the code before this branch, except the guards of a rule's limit."""

from __future__ import annotations

from name_spans import spans


def test_a_range_of_roman_numerals_is_no_name() -> None:
    text = "De verzoeken (III-VII) van de vader zijn op 3 mei ingekomen bij Noor Hoekstra."
    assert spans(text) == [(64, 77, "Noor Hoekstra", "[PERSOON-1]")]


def test_a_long_name_in_capitals_is_still_a_name() -> None:
    text = "Het verslag over HARMKE BERGENHENEGOUWEN is klaar."
    assert spans(text) == [(17, 40, "HARMKE BERGENHENEGOUWEN", "[PERSOON-1]")]


def test_a_sound_in_consonants_is_no_name() -> None:
    text = "De tas was weer vergeten. Hmm…Dat gebeurt vaker bij Sanne."
    assert spans(text) == [(52, 57, "Sanne", "[PERSOON-1]")]


def test_pff_after_a_sentence_stays() -> None:
    text = "Het ontbijt was weer vergeten. Pff…Wat een ochtend."
    assert spans(text) == []


def test_an_institution_joined_by_ampersand_stays() -> None:
    text = "De instelling William Schrikker Jeugdbescherming & Jeugdreclassering verzocht een ots."
    assert spans(text) == []


def test_a_name_after_en_behind_an_institution_is_replaced() -> None:
    text = "William Schrikker Pleegzorg en Joost Meijer kwamen langs."
    assert spans(text) == [(31, 43, "Joost Meijer", "[PERSOON-1]")]


def test_the_kinderombudsvrouw_stays_before_her_name() -> None:
    text = "De Kinderombudsvrouw Wiebrig Talsma schreef een brief aan de minister."
    assert spans(text) == [(21, 35, "Wiebrig Talsma", "[PERSOON-1]")]


def test_the_ombudsvrouw_in_lowercase_stays_a_role_before_a_name() -> None:
    text = "Volgens ombudsvrouw Wiebrig Talsma duurt het te lang."
    assert spans(text) == [(20, 34, "Wiebrig Talsma", "[PERSOON-1]")]
