"""labels-lexicon2 (2026-12-07): forms of lexicon terms that unseen batches missed.

Written sentences, not taken from an evaluation text, with the exact spans, labels and voices
of the default finder:

* a one-word variant as the head of a compound ("gameverslaafde" for "verslaafd"), not after a
  prefix ("onverslaafd");
* a variant of lack after another phrase of lack ("gebrek aan medewerking" for "geen
  medewerking", "afwezigheid van empathie" for "gebrek aan empathie"; ``label_lack_phrases.txt``);
* a term's context word as the modifier of a compound hit ("kinderverwaarlozing");
* an acronym of three or more capitals with full stops ("P.A.S."), not of two ("P.A.");
* an auxiliary before a participle or a definite article before a noun between two words of a
  variant, and a reflexive pronoun of any person for "zich".
"""

from __future__ import annotations

import pytest
from label_finders import hits, label_finder

from wb.dossiers.label_matching import head_variant
from wb.dossiers.labels import dotted_acronym
from wb.dossiers.lexicon_derived import lack_phrases

CASES = [
    (
        "Zijn zoon is gameverslaafd, zegt de moeder.",
        [(13, 26, "gameverslaafd", "verslaafd", "attributed")],
    ),
    (
        "Wat doe je met een gameverslaafde zoon?",
        [(19, 33, "gameverslaafde", "verslaafd", "discussed")],
    ),
    (
        "Er is sprake van een gebrek aan medewerking van de moeder.",
        [(21, 43, "gebrek aan medewerking", "niet-meewerkend", "asserted")],
    ),
    (
        "Het boek beschrijft de afwezigheid van empathie bij een kind.",
        [(23, 47, "afwezigheid van empathie", "gebrek aan empathie", "attributed")],
    ),
    (
        "Vechtscheiding is een vorm van kinderverwaarlozing.",
        [
            (0, 14, "Vechtscheiding", "vechtscheiding", "discussed"),
            (31, 50, "kinderverwaarlozing", "verwaarlozing", "discussed"),
        ],
    ),
    (
        "Volgens vader is er sprake van het P.A.S. syndroom.",
        [(35, 41, "P.A.S.", "ouderverstoting", "attributed")],
    ),
    (
        "Het Munchausen by Proxy syndroom (MBPS) werd genoemd.",
        [
            (4, 32, "Munchausen by Proxy syndroom", "münchhausen by proxy", "discussed"),
            (34, 38, "MBPS", "münchhausen by proxy", "discussed"),
        ],
    ),
    (
        "De rechter oordeelt dat zij de kinderen emotioneel heeft mishandeld.",
        [(40, 67, "emotioneel heeft mishandeld", "geestelijke kindermishandeling", "attributed")],
    ),
    (
        "De raad stelt dat de jongen zich niet aan de afspraken houdt.",
        [
            (
                28,
                60,
                "zich niet aan de afspraken houdt",
                "houdt zich niet aan afspraken",
                "attributed",
            )
        ],
    ),
    (
        "Ik hield me niet aan afspraken, zei hij.",
        [(3, 30, "hield me niet aan afspraken", "houdt zich niet aan afspraken", "attributed")],
    ),
    # controls: no compound head after a prefix, no two-letter dotted acronym, no bare "geen"
    ("Hij is onverslaafd.", []),
    ("Stuur de brief naar de P.A. van de school.", []),
    ("De rechtbank heeft geen inzicht in de stukken gekregen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_forms_found(text: str, expected: list) -> None:
    assert hits(label_finder(), text) == expected


def test_head_variant() -> None:
    assert head_variant("verslaafd", False, None)
    assert not head_variant("verslaafd", False, False)  # the term switches compounds off
    assert not head_variant("verslaafd", True, None)  # a compound variant already
    assert not head_variant("dader", False, None)  # shorter than six letters
    assert not head_variant("niet meewerkend", False, None)


def test_lack_phrases() -> None:
    assert lack_phrases("geen medewerking") == [
        "gebrek aan medewerking",
        "afwezigheid van medewerking",
        "ontbreken van medewerking",
    ]
    assert lack_phrases("gebrek aan empathie")[1:] == [
        "afwezigheid van empathie",
        "ontbreken van empathie",
    ]
    assert lack_phrases("geen greintje empathie") == []
    assert lack_phrases("weinig empathie") == []


def test_dotted_acronym() -> None:
    pattern = dotted_acronym("PAS")
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("het P.A.S. en P.A.S syndroom")] == [
        "P.A.S.",
        "P.A.S",
    ]
    assert dotted_acronym("PA") is None
    assert dotted_acronym("MbP") is None
