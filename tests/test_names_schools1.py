"""names-schools1 (schools missed at first measurement, rounds 4-50): a school named after a
person with "de/den/van de/van den" in the name after an article ("de Pieter de Kwarmerschool")
is one school; a name before a teaching method's school compound ("de Kwarwijk
Montessorischool") is one school; the school-kind acronyms ODS, OJS, OMS and KC name a school
after them. Made-up names; plus the table script of the misses."""

import sys
from pathlib import Path

from wb.dossiers.pseudonymise import Pseudonymiser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import names_schools_table


def _replaced(text: str) -> list[tuple[int, int, str, str]]:
    out = Pseudonymiser().dossier([text])[0]
    return [(r[0], r[1], text[r[0] : r[1]], r[5]) for r in out.replacements]


def test_a_school_named_after_a_person_with_de_after_an_article_is_one_school():
    text = "Poule B werd gewonnen door de Pieter de Kwarmerschool team 1."
    assert _replaced(text) == [(30, 53, "Pieter de Kwarmerschool", "[SCHOOL-1]")]
    text = "Hij zit op de Anna van den Kwarvelschool."
    assert _replaced(text) == [(14, 40, "Anna van den Kwarvelschool", "[SCHOOL-1]")]


def test_a_first_name_and_de_without_an_article_stay_as_before():
    # "Ik belde Jan de Kwarvikschool": also "Jan, the Kwarvik school"
    assert _replaced("Ik belde Jan de Kwarvikschool.") == [
        (9, 12, "Jan", "[PERSOON-1]"),
        (16, 29, "Kwarvikschool", "[SCHOOL-1]"),
    ]


def test_a_name_before_a_teaching_methods_school_compound_is_one_school():
    text = "Zij zit op de Kwarwijk Montessorischool."
    assert _replaced(text) == [(14, 39, "Kwarwijk Montessorischool", "[SCHOOL-1]")]
    text = "Kwarlaan (Kwarwijk Daltonschool)."
    assert _replaced(text) == [
        (0, 8, "Kwarlaan", "[ADRES-1]"),
        (10, 31, "Kwarwijk Daltonschool", "[SCHOOL-1]"),
    ]


def test_a_kind_or_an_adjective_before_a_school_compound_stays():
    assert _replaced("De Openbare Montessorischool groeit.") == []
    assert _replaced("Het Nederlandse Jenaplanschool netwerk.") == []
    assert _replaced("Hij koos een Montessorischool in de buurt.") == []


def test_school_kind_acronyms_name_the_school_after_them():
    text = "In groep 5 won Jasmin van ODS Kwarhuizen."
    assert _replaced(text) == [
        (15, 21, "Jasmin", "[PERSOON-1]"),
        (30, 40, "Kwarhuizen", "[SCHOOL-1]"),
    ]
    assert _replaced("Hij zit op OJS Het Kwarveld.") == [(15, 27, "Het Kwarveld", "[SCHOOL-1]")]
    assert _replaced("Zij speelt bij KC De Kwarp.") == [(18, 26, "De Kwarp", "[SCHOOL-1]")]


def test_the_table_sorts_a_missed_school_by_its_words_and_context():
    def shape(text: str, name: str) -> str:
        start = text.index(name)
        item = {"text": text, "identifiers": []}
        return names_schools_table.shape(item, {"start": start, "end": start + len(name)})

    s = names_schools_table.SHAPES
    assert shape("Groep 6 jongens: De Kwarvik 2, Groep 7", "Kwarvik") == s[0]
    assert shape("het duel tegen De Kwarsprong-2 tijdens", "Kwarsprong") == s[0]
    assert shape("1 t Kwartouw Kwarlo 172", "Kwartouw") == s[0]
    assert shape("kinderen van OBS Het Kwarzand en", "Kwarzand") == s[1]
    assert shape("voor basisscholen de Kwarpoort in", "Kwarpoort") == s[1]
    assert shape("de leerlingen van CSG Kwarlant zijn", "Kwarlant") == s[2]
    assert shape("naar de Jan de Kwarmerschool in", "Jan de Kwarmerschool") == s[3]
    assert shape("bij Kwar Down School te", "Kwar Down School") == s[4]
    assert shape("Kwarstraat (De Kwaroase), Kwarlaan", "De Kwaroase") == s[6]
    assert shape("zegt Lennart Kwarman van de Kwarsteen uit", "Kwarsteen") == s[7]
    assert shape("Ze werkte op de Kwarsteen in Kwarlo.", "Kwarsteen") == s[8]
    assert shape("Lezen: De Kwarwijzer scoort te laag.", "Kwarwijzer") == s[9]
    assert shape("Samenwerking Kwar Beer⏎Prima", "Kwar Beer") == s[11]
    item = {"text": "Ze werkte op de Kwarsteen in Kwarlo.", "identifiers": []}
    assert names_schools_table.place_after(item, {"start": 16, "end": 25})
