"""labels56: other judging without a person across tune batches: a parent's role judged as
faulty ("slechte opvoeders", "slecht stiefmoederschap", "een kwalijke opvoeding"), behaviour
judged as off the norm ("zelfbepalend gedrag", "bizar gedrag") and a duty failed ("dat iemand
tekortschiet", "in gebreke blijft", "weglopen voor hun verantwoordelijkheid"), with their
guards. Made-up sentences, exact spans (the modules) and labels (the whole finder)."""

from __future__ import annotations

import pytest
from label_finders import found_labels

from wb.dossiers.description_duty_failing import find_duty_failing
from wb.dossiers.description_upbringing import find_upbringing_faults
from wb.dossiers.labels import LabelFinder

TYPING = "negatieve typering"


def spans(finder: LabelFinder, find, text: str) -> list[str]:
    return [text[a:b] for a, b in find(finder.nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De buren zeggen dat deze kinderen van slechte opvoeders komen.", ["slechte opvoeders"]),
        ("Het was weer een staaltje slecht stiefmoederschap.", ["slecht stiefmoederschap"]),
        ("Volgens de juf leidt die kwalijke opvoeding tot problemen.", ["kwalijke opvoeding"]),
        ("Gebrekkig ouderschap is hier het probleem.", ["Gebrekkig ouderschap"]),
        # a hard time or a goal, no judgement of a role
        ("Moeilijk ouderschap vraagt om steun.", []),
        ("De gemeente werkt aan beter ouderschap.", []),
        ("De lastige opvoeders van de wijk kwamen ook.", []),
        # the older forms stay
        ("Die jongen is slecht opgevoed.", ["slecht opgevoed"]),
    ],
)
def test_upbringing_roles(finder: LabelFinder, text: str, expected: list[str]) -> None:
    assert spans(finder, find_upbringing_faults, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het impliceert dat iemand iets verkeerd doet, tekortschiet en liegt.", ["tekortschiet"]),
        ("Dat kan pas wanneer men bij de opvoeding in gebreke blijft.", ["in gebreke blijft"]),
        (
            "Ouders die te vaak weglopen voor hun verantwoordelijkheid.",
            ["weglopen voor hun verantwoordelijkheid"],
        ),
        ("Weglopen voor verantwoordelijkheid", ["Weglopen voor verantwoordelijkheid"]),
        ("Zij schoot als moeder tekort.", ["schoot als moeder tekort"]),
        ("Zij ontlopen hun verantwoordelijkheid.", ["ontlopen hun verantwoordelijkheid"]),
        # a body that fails, a formal notice, plain running away
        ("De jeugdzorg schiet hier tekort.", []),
        ("Het budget schiet tekort.", []),
        ("De gemeente heeft de huurder in gebreke gesteld.", []),
        ("Hij liep weg voor de hond.", []),
    ],
)
def test_duty_failing(finder: LabelFinder, text: str, expected: list[str]) -> None:
    assert spans(finder, find_duty_failing, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Raad noemt zelfbepalend gedrag en schoolverzuim.", [("zelfbepalend gedrag", TYPING)]),
        ("Ze komen keer op keer weg met bizar gedrag.", [("bizar gedrag", TYPING)]),
        (
            "Het kind is leidend geworden in het negatieve gedrag naar de moeder.",
            [("negatieve gedrag", TYPING)],
        ),
        ("Er was sprake van storend gedrag.", [("storend gedrag", TYPING)]),
        # an observation, not a judgement (unannotated in the tune texts)
        ("Het kind laat afwijkend gedrag zien op school.", []),
        # through the whole finder: the role noun and the duty idiom
        ("Kinderen van slechte opvoeders hebben het zwaar.", [("slechte opvoeders", TYPING)]),
        ("Wanneer men bij de opvoeding in gebreke blijft.", [("in gebreke blijft", TYPING)]),
    ],
)
def test_finder_labels(finder: LabelFinder, text: str, expected: list[tuple[str, str]]) -> None:
    assert found_labels(finder, text) == expected
