"""labels62: shapes after round 49 (batch 53, tune).

Written sentences only (no phrase of a real text); exact spans, labels and voices.

* "falen" with a thing as its subject after the verb ("faalt dit beroep"): no label;
* "overheersen" with a feeling or thing as subject, a person only in a phrase before it;
* a preposition with its noun phrase is no separated part ("werkten de man tegen de grond");
* the verb form of "grensoverschrijdend gedrag": a possessive + "grenzen" + "overschrijden";
* "te veel" after an aside between dashes, and "zich laten leiden" is no causative;
* "fraudeur" names a person by an offence (an offender noun);
* a person noun + "zonder" + a capability noun ("verantwoordelijkheidsgevoel");
* "onvermogen" is a judging noun, also where the tagger reads it as an adverb after "zijn";
* "dierlijk" is an evaluative adjective ("dierlijk gedrag");
* "schenden" with a person subject judges ("Vader schendt steeds de afspraken");
* a denied verb of showing before "dat ... in staat" ("niet heeft laten zien dat zij in staat
  is om ...") reads as "niet in staat".
"""

from __future__ import annotations

import pytest
from label_finders import hits

FOUND = [
    (
        "Het is een kind dat mijn grenzen overschrijdt.",
        [("mijn grenzen overschrijdt", "grensoverschrijdend gedrag", "asserted")],
    ),
    (
        "Haar dochter overschrijdt haar grenzen.",
        [("overschrijdt haar grenzen", "grensoverschrijdend gedrag", "asserted")],
    ),
    (
        "Zij laten zich – bij gebrek aan goede informatie – te veel leiden door verhalen op "
        "internet.",
        [("te veel leiden", "negatieve typering", "asserted")],
    ),
    (
        "Die ouders laten zich te veel leiden door de buren.",
        [("te veel leiden", "negatieve typering", "asserted")],
    ),
    (
        "Duizenden ouders werden ten onrechte als fraudeur behandeld.",
        [("fraudeur", "negatieve typering", "negated")],
    ),
    (
        "Ze is een moeder zonder verantwoordelijkheidsgevoel.",
        [("zonder verantwoordelijkheidsgevoel", "negatieve typering", "asserted")],
    ),
    (
        "Het hof wijst op de bedreigingen die de vader heeft geuit en zijn onvermogen om "
        "verantwoordelijkheid te nemen voor zijn gedrag.",
        [("onvermogen", "negatieve typering", "attributed")],
    ),
    (
        "De jongens vertoonden dierlijk gedrag.",
        [("dierlijk gedrag", "negatieve typering", "asserted")],
    ),
    ("Vader schendt steeds de afspraken.", [("schendt", "negatieve typering", "asserted")]),
    (
        "De rechter vindt dat de vader niet heeft laten zien dat hij in staat is om voor de "
        "kinderen te zorgen.",
        [
            (
                "niet heeft laten zien dat hij in staat is om voor de kinderen te zorgen",
                "negatieve typering",
                "attributed",
            )
        ],
    ),
]

# look-alikes: no label, or the label as before
KEPT = [
    ("Om die reden faalt dit beroep van de vader.", []),
    ("Op dit punt faalt de klacht van de ouders.", []),
    ("In de opvoeding falen deze ouders.", [("falen", "negatieve typering", "asserted")]),
    ("Bij de moeder overheerste verdriet en schaamte.", []),
    ("De vader overheerst zijn vrouw en kinderen.", [("overheerst", "dominant", "asserted")]),
    ("Agenten werkten de man tegen de grond.", []),
    (
        "De moeder werkt de hulpverlening steeds tegen.",
        [("werkt de hulpverlening steeds tegen", "negatieve typering", "asserted")],
    ),
    ("De vrachtwagen moest twee grenzen overschrijden.", []),
    ("De kosten overschrijden de grenzen van het budget.", []),
    # a causative "laten"/"doen" with someone else made to act stays out
    ("Ik deed haar te veel denken aan haar vader.", []),
    ("Het fraudeonderzoek liep vast.", []),
    ("Een huis zonder verwarming.", []),
    ("Het onvermogen van de gemeente is groot.", []),
    ("Dierlijke eiwitten zijn gezond.", []),
    ("De wet werd geschonden door de gemeente.", []),
    ("De ouders hebben laten zien dat zij in staat zijn om samen te werken.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND + KEPT)
def test_spans_labels_and_voices(finder, text: str, expected: list) -> None:
    assert [(t, label, voice) for _, _, t, label, voice in hits(finder, text)] == expected


def test_exact_offsets(finder) -> None:
    text = "Het is een kind dat mijn grenzen overschrijdt."
    assert [(a, b) for a, b, *_ in hits(finder, text)] == [(20, 45)]
