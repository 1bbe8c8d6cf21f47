"""names-kept4: ordinary capitalised words kept, on made-up Dutch snippets (exact spans): the
first word of a heading or noun phrase before a lowercase noun, a treaty's name and its
abbreviation, and an acronym defined after a run of ordinary words."""

from __future__ import annotations

from wb.dossiers.law_citations import cited_laws
from wb.dossiers.mentions import Mention
from wb.dossiers.ordinary_acronyms import ordinary_acronym_mentions
from wb.dossiers.ordinary_vetoes import drop_ordinary_guesses, phrase_start
from wb.dossiers.pseudonymise import Pseudonymiser


def _spans(text: str) -> list[tuple[str, str]]:
    """The replaced strings of one text with their placeholders."""
    pseudo = Pseudonymiser().dossier([text])[0]
    return [(text[r[0] : r[1]], r[5]) for r in pseudo.replacements]


def _guess(text: str, word: str, source: str, typ: str = "PLAATS") -> Mention:
    """A guessed one-word mention of ``word`` in ``text``."""
    start = text.index(word)
    return Mention(start, start + len(word), typ, word, 4, source)


def test_a_noun_phrase_start_read_as_a_place_or_person_stays() -> None:
    text = "Advies aan gemeente Algemene gegevens van het kindercentrum.\n"
    out = drop_ordinary_guesses(text, [_guess(text, "Algemene", "trigger")])
    assert [(m.start, m.end, m.type, m.source) for m in out] == [(20, 28, "KEEP", "ordinary")]
    assert _spans(text) == []
    text = "Beschikking van de kinderrechter Voorlopige ondertoezichtstelling.\n"
    assert _spans(text) == []
    text = "Inhoud Beschouwing toezichthouder en advies.\n"
    assert phrase_start(text, _guess(text, "Beschouwing", "org-head", "ORGANISATIE"))


def test_a_name_before_a_verb_or_a_preposition_stays_a_name() -> None:
    # a surname before its verb, or before "namens", is no noun phrase's first word
    text = "Ik geef het woord aan mevrouw Kwarsma namens de fractie.\n"
    assert _spans(text) == [("Kwarsma", "[PERSOON-1]")]
    text = "Mevrouw Kooiman namens de fractie. De heer Kwint gegevens.\n"
    assert not phrase_start(text, _guess(text, "Kooiman", "title-role", "PERSOON"))
    text = "Daarna zei Bakker gegevens te hebben.\n"
    assert not phrase_start(text, _guess(text, "Bakker", "fallback", "PERSOON"))  # a listed name
    text = "Wij gingen naar Sluis gisteren.\n"
    assert not phrase_start(text, _guess(text, "Sluis", "place"))  # a listed place
    text = "Het rapport Algemene zei niets.\n"
    assert not phrase_start(text, _guess(text, "Algemene", "fallback"))  # a verb follows


def test_a_treaty_and_its_abbreviation_stay() -> None:
    text = (
        "In 1980 kwam het Haags Kwakontvoeringsverdrag (HKWV) tot stand. De uitvoering van "
        "het HKWV ligt bij Jan Kwarsma.\n"
    )
    assert [(text[m.start : m.end], m.source) for m in cited_laws(text)] == [
        ("HKWV", "defined-law"),
        ("HKWV", "defined-law"),
        ("Haags Kwakontvoeringsverdrag", "treaty"),
    ]
    assert _spans(text) == [("Jan Kwarsma", "[PERSOON-1]")]
    text = "Nederland tekende het Vrouwenverdrag, zei Piet de Kwast.\n"
    assert _spans(text) == [("Piet de Kwast", "[PERSOON-1]")]


def test_an_acronym_of_an_ordinary_long_form_stays() -> None:
    text = (
        "Zij spraken over de Jeugdgezondheidszorg (JGZ) in de regio. De JGZ volgt elk kind, "
        "zegt Kees Kwarsma.\n"
    )
    got = [(m.start, m.end, text[m.start : m.end]) for m in ordinary_acronym_mentions(text)]
    assert got == [(20, 40, "Jeugdgezondheidszorg"), (42, 45, "JGZ"), (63, 66, "JGZ")]
    assert _spans(text) == [("Kees Kwarsma", "[PERSOON-1]")]
    text = "Het Centrum Jeugd en Gezin ( CJG) helpt ouders.\n"
    got = [text[m.start : m.end] for m in ordinary_acronym_mentions(text)]
    assert got == ["Centrum Jeugd en Gezin", "CJG"]
    assert _spans(text) == []


def test_an_acronym_of_a_local_long_form_is_left_to_the_org_rules() -> None:
    # a compass word, a place or a name in the long form: a local organisation
    assert ordinary_acronym_mentions("De Jeugdbescherming Noord (JBN) belt.\n") == []
    assert ordinary_acronym_mentions("Het Bureau Jeugdzorg Drumpeloo (BJD) belt.\n") == []
    text = "Het Centrum Jeugd en Gezin (CJG) helpt. Het CJG Kwarstad is open.\n"
    got = [text[m.start : m.end] for m in ordinary_acronym_mentions(text)]
    assert got == ["Centrum Jeugd en Gezin", "CJG"]  # "CJG Kwarstad": a local branch
    assert ordinary_acronym_mentions("Stichting Samen Sterk (SSS) helpt.\n") == []  # a foundation
    text = "De Kwakgroep Zorg (XYZ) belt.\n"
    assert ordinary_acronym_mentions(text) == []  # the letters do not fit
