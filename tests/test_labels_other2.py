"""labels-other2: judging language not aimed at one person ("ander oordeel"): a compound with a
scorned group head ("schoolpleinmaffia"), a participle of judging others used bare ("reageren
veroordelend"), "gebrek aan" + a virtue ("gebrek aan fatsoen") and an evaluative adjective
before a belief noun ("belachelijke opvattingen"), with their look-alikes. Made-up sentences,
exact spans (the module) and spans, labels and voices (the whole finder)."""

from __future__ import annotations

import pytest

from wb.dossiers.description_other_judging import find_other_judging, other_words
from wb.dossiers.description_problems import adjectives_before
from wb.dossiers.descriptions import _keys, evaluative_words
from wb.dossiers.labels import LabelFinder

TYPING = "negatieve typering"


def spans(finder: LabelFinder, text: str) -> list[str]:
    words = evaluative_words()
    doc = finder.nlp(text)
    found = find_other_judging(doc, lambda t: bool(_keys(t) & words), adjectives_before)
    return [text[a:b] for a, b in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Op dat schoolplein heerst een echte schoolpleinmaffia.", ["schoolpleinmaffia"]),
        ("De flessenmaffia bestaat ook.", ["flessenmaffia"]),
        ("Veel moeders reageren veroordelend op die keuze.", ["veroordelend"]),
        ("Sommige moeders keken mij beschuldigend aan.", ["beschuldigend"]),
        ("De buren tonen een groot gebrek aan fatsoen.", ["gebrek aan fatsoen"]),
        ("Het kind heeft een gebrek aan inlevingsvermogen.", ["gebrek aan inlevingsvermogen"]),
        ("Ze hebben belachelijke opvattingen over vaccins.", ["belachelijke opvattingen"]),
        ("Een gewelddadige ideologie is een risico.", ["gewelddadige ideologie"]),
        # look-alikes: the group head alone, an attributive participle, a lack of a thing or of
        # contact ("contact" ends in "tact" but has no first part of four letters), a belief
        # noun without an evaluative adjective, a situation judged with concern
        ("De maffia verdient geld met drugs.", []),
        ("Het boek gaat over de drugsmaffia in Napels.", []),
        ("Zij gaf een veroordelende blik.", []),
        ("Er is een gebrek aan contact tussen de ouders.", []),
        ("Er is een gebrek aan sociale controle in de wijk.", []),
        ("Zijn opvattingen over opvoeding zijn bekend.", []),
        ("Er is een zorgelijke situatie ontstaan.", []),
    ],
)
def test_module_spans(finder: LabelFinder, text: str, expected: list[str]) -> None:
    assert spans(finder, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De moeders op het plein vormen een schoolpleinmaffia.",
            [("schoolpleinmaffia", TYPING, "asserted")],
        ),
        (
            "Volgens de juf is er op school een schoolpleinmaffia actief.",
            [("schoolpleinmaffia", TYPING, "attributed")],
        ),
        ("Wat is de schoolpleinmaffia precies?", [("schoolpleinmaffia", TYPING, "discussed")]),
        (
            "De vader reageerde beschuldigend toen ik belde.",
            [("beschuldigend", TYPING, "asserted")],
        ),
        (
            "Volgens de leraar laat de jongen een gebrek aan inzet zien.",
            [("gebrek aan inzet", TYPING, "attributed")],
        ),
        (
            "De ouders hebben belachelijke opvattingen.",
            [("belachelijke opvattingen", TYPING, "asserted")],
        ),
        (
            "Zijn ouders hangen een gewelddadige ideologie aan.",
            [("gewelddadige ideologie", TYPING, "asserted")],
        ),
        ("Er is een gebrek aan contact tussen de ouders.", []),
        ("Zij gaf een veroordelende blik.", []),
    ],
)
def test_finder_labels(
    finder: LabelFinder, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(h.text, h.label, h.voice) for h in finder.find("t", text)] == expected


def test_word_kinds() -> None:
    assert {"maffia", "mafia"} == other_words("groepskop")
    assert {"drugs", "wapen"} <= other_words("misdaad")
    assert "veroordelen" in other_words("oordeelwerkwoord")
    assert {"fatsoen", "inzet", "vermogen"} <= other_words("deugd")
    assert {"opvatting", "ideologie", "gedachtegoed"} <= other_words("opvatting")
