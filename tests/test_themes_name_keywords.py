"""Theme keywords that are a person's name are left out (wb.themes.name_keywords)."""

from __future__ import annotations

from wb.themes.name_keywords import person_keywords, without_person_keywords
from wb.themes.segments import Segment

SEGMENTS = [
    Segment("a.txt", 0, 66, "Femmie Kaaswesp, bijzonder hoogleraar pleegzorg, vindt dat raar."),
    Segment("a.txt", 67, 118, "Kaaswesp moedigt het voorstel van de minister aan."),
    Segment("b.txt", 0, 46, "Pleegzorg is belangrijk. De pleegzorg groeit."),
]


def test_a_surname_that_opens_a_sentence_is_no_keyword() -> None:
    themes = [{"id": 0, "keywords": ["kaaswesp", "voorstel", "pleegzorg"]}]
    assert person_keywords(themes, SEGMENTS) == frozenset({"kaaswesp"})
    assert without_person_keywords(themes, SEGMENTS) == [
        {"id": 0, "keywords": ["voorstel", "pleegzorg"]}
    ]


def test_ordinary_capitalised_words_stay_and_nothing_changes_without_a_name() -> None:
    themes = [{"id": 0, "keywords": ["pleegzorg", "minister"]}]
    assert person_keywords(themes, SEGMENTS) == frozenset()
    assert without_person_keywords(themes, SEGMENTS) is themes
