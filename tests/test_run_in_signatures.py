"""The signing lines of a parliamentary report run into one paragraph (a document site that
joined the lines of a PDF): "... verslag uit. De voorzitter van de vaste commissie voor X, Y en
Z, Lepels De griffier van de commissie, Kruiken". The surname after the last comma of each
signing line is a person, an ordinary word too, as on a signing line of its own
(tests/test_name_rules_names21.py). Exact spans on sentences written for these tests; no name of
a real text is used."""

from __future__ import annotations

from name_spans import spans


def test_each_signing_line_run_into_the_paragraph_names_its_signer() -> None:
    text = (
        "Van dit overleg brengen de commissies bijgaand verslag uit. De voorzitter van de vaste "
        "commissie voor Onderwijs, Cultuur en Wetenschap, Lepels De voorzitter van de vaste "
        "commissie voor Financiën, Gieters De griffier van de vaste commissie voor Onderwijs, "
        "Cultuur en Wetenschap, Kruiken\nVoorzitter: Bos\n"
    )
    assert spans(text) == [
        (136, 142, "Lepels", "[PERSOON-1]"),
        (196, 203, "Gieters", "[PERSOON-2]"),
        (278, 285, "Kruiken", "[PERSOON-3]"),
        (298, 301, "Bos", "[PERSOON-4]"),
    ]


def test_one_run_in_signing_line_at_the_paragraphs_end_names_its_signer() -> None:
    text = "Het verslag is vastgesteld. De griffier van de commissie voor Justitie, Schotels\n"
    assert spans(text) == [(72, 80, "Schotels", "[PERSOON-1]")]


def test_a_chair_in_running_prose_is_no_signing_line() -> None:
    # no sentence end or signing line before it, or running text after the word: prose
    text = (
        "Gisteren sprak de voorzitter van de raad, Lepels en Kruiken, over de begroting. "
        "De voorzitter van de club, Molens, Tafels en Ketels, zit aan.\n"
        "Hij zei dat de voorzitter van de commissie, Spiegels\n"
    )
    assert spans(text) == []
