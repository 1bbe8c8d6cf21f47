"""Headings and agenda lines name a topic, they do not treat it: their suggestions come last."""

from __future__ import annotations

from wb.codebook import parse_codebook
from wb.coding.sentence_kinds import agenda_line_at, is_agenda_line
from wb.coding.suggest import Suggester
from wb.nlp import load

BOOK = parse_codebook(
    "name: proef\ncodes:\n  - name: Contactverlies\n    patterns: [contactverlies]\n"
)
TEXT = (
    "Agenda\n"
    "1. Opening\n"
    "2. Contactverlies: wat zien we aan de voorkant?\n\n"
    "2. Contactverlies\n\n"
    "Het contactverlies begint vaak al in het eerste jaar na de scheiding.\n"
)


def test_agenda_lines_and_numbered_headings() -> None:
    lines = [
        "2. Contactverlies: wat zien we aan de voorkant?",
        "Doel 1: Stand van zaken",
        "4.2 Wachttijden",
        "3) Rondvraag",
        "1. De ouders praten niet meer met elkaar.",
        "Over 3 weken is het zover?",
        "12 kinderen wachtten op hulp",
        "3. Wie heeft de regie als Veilig Thuis en het wijkteam tegelijk betrokken zijn?",
    ]
    assert [is_agenda_line(x) for x in lines] == [True] * 4 + [False] * 4


def test_a_long_item_counts_in_a_list_of_agenda_lines_only() -> None:
    item = "3. Wie heeft de regie als Veilig Thuis en het wijkteam tegelijk betrokken zijn?"
    text = f"Agenda\n1. Opening\n{item}\n4. Rondvraag\n\n{item}\n\n1. Opening\nDe voorzitter opent."
    starts = [text.index(item), text.rindex(item), text.rindex("1. Opening")]
    assert [agenda_line_at(text, a, a + 10) for a in starts] == [True, False, True]


def test_suggestions_in_an_agenda_line_or_heading_come_after_the_passage() -> None:
    found = Suggester(BOOK, load(), expand=True).fit().suggest([("n.txt", TEXT)])
    shown = [(TEXT[s.start : s.end], round(s.score, 2), s.why) for s in found]
    assert shown == [
        (
            "2. Contactverlies: wat zien we aan de voorkant?",
            0.4,
            "lemma: contactverlies, in een kop of agendapunt",
        ),
        ("2. Contactverlies", 0.4, "lemma: contactverlies, in een kop of agendapunt"),
        (
            "Het contactverlies begint vaak al in het eerste jaar na de scheiding.",
            1.0,
            "lemma: contactverlies",
        ),
    ]
