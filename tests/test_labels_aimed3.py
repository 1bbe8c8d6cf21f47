"""labels-aimed3: aimed descriptions, third pass (tune batches up to 56).

Written sentences only (no phrase of a real text); exact spans and labels (the voices are the
voice rules' business and are not asserted here).

* harm done to a person, said with an idiom (``description_harm_idioms``): "in gevaar brengen",
  "in de steek laten", "aan zijn lot overlaten", with a person (or a person's thing) as the one
  harmed; a thing harmed, a denial and a passive without a person as agent stay out;
* a relative "die" after a person noun is a person subject (``description_care``): "ouders die
  zich nergens iets van aantrekken";
* "weinig" denies heeding: "trekt zich weinig aan van de regels";
* going astray as an idiom (``description_excess_idioms.txt``): "de fout ingaan", "voor galg en
  rad opgroeien", with "iemand" as a person subject;
* the plural of the verb-last lexicon form "aan hun laars lappen";
* "zorgen" read as a plural noun by the tagger is the care verb after a bare adverb or adjective
  and before "voor" ("niet goed zorgen voor het kind"); "geen zorgen voor" stays a noun.
"""

from __future__ import annotations

import pytest
from label_finders import hits

from wb.dossiers.description_care import relative_person
from wb.dossiers.description_harm_idioms import find_harm_idioms, harm_idioms, harmed_person

T = "negatieve typering"

FOUND = [
    (
        "Zij vond dat de vader zijn kinderen in gevaar bracht.",
        [("zijn kinderen in gevaar bracht", T)],
    ),
    (
        "Dit bracht de gezondheid van het kind ernstig in gevaar.",
        [("bracht de gezondheid van het kind ernstig in gevaar", T)],
    ),
    (
        "De jongen voelt zich door zijn moeder in de steek gelaten.",
        [("zijn moeder in de steek gelaten", T)],
    ),
    ("De vader liet zijn zoon aan zijn lot over.", [("liet zijn zoon aan zijn lot", T)]),
    (
        "Het gaat om ouders die zich nergens iets van aantrekken.",
        [("nergens iets van aantrekken", T)],
    ),
    ("Hij trekt zich namelijk weinig aan van de regels.", [("trekt zich namelijk weinig", T)]),
    ("Zij vreest dat haar zoon de fout ingaat.", [("de fout", T)]),
    (
        "Het is zaak te voorkomen dat iemand uit het gezin opnieuw de fout in gaat.",
        [("de fout", T)],
    ),
    ("Ik zie dat mijn kinderen voor galg en rad opgroeien.", [("voor galg en rad", T)]),
    (
        "Het is een maatregel voor als de ouders niet goed zorgen voor het kind.",
        [("niet goed zorgen", T)],
    ),
    (
        "Het zijn jongeren die regels aan hun laars lappen.",
        [("aan hun laars lappen", "houdt zich niet aan afspraken")],
    ),
]

KEPT = [
    ("Het lekke dak bracht het huis in gevaar.", []),
    ("Moet de veiligheid van kinderen in gevaar worden gebracht?", []),
    ("De scholen willen hun leerlingen niet in gevaar brengen.", []),
    ("Het ging de fout in met de planning.", []),
    ("De vader trekt zich het verdriet erg aan.", []),
    ("Wij hebben geen zorgen voor het kind.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND + KEPT)
def test_spans_and_labels(finder, text: str, expected: list) -> None:
    assert [(t, label) for _, _, t, label, _ in hits(finder, text)] == expected


def test_exact_offsets(finder) -> None:
    text = "Zij vond dat de vader zijn kinderen in gevaar bracht."
    assert [(a, b) for a, b, *_ in hits(finder, text)] == [(22, 52)]


def test_module_functions(finder) -> None:
    assert ("brengen", ("in", "gevaar")) in harm_idioms()
    assert ("overlaten", ("aan", "*", "lot")) in harm_idioms()
    doc = finder.nlp("Samantha brengt haar kinderen in gevaar.")
    assert find_harm_idioms(doc) == [(9, 39)]
    assert harmed_person(doc, 4, 2) == 2  # "haar kinderen" before "in gevaar"
    doc = finder.nlp("Hij brengt het huis in gevaar.")
    assert find_harm_idioms(doc) == []
    assert harmed_person(doc, 4, 2) is None
    doc = finder.nlp("Het gaat om ouders die zich nergens iets van aantrekken.")
    assert [t.i for t in doc if relative_person(doc, t.i)] == [4]
    doc = finder.nlp("Die regel geldt voor iedereen.")
    assert [t.i for t in doc if relative_person(doc, t.i)] == []
