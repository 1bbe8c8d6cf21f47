"""themes11: old datives and pronoun genitives in theme words, empty themes, names in quotes."""

from __future__ import annotations

import numpy as np
import pytest

from wb.themes.frozen_forms import is_old_dative, is_pronoun_genitive
from wb.themes.model import without_empty_themes
from wb.themes.phrase_names import _cut_name
from wb.themes.words import dictionary

needs_dictionary = pytest.mark.skipif(dictionary() is None, reason="hunspell-nl missing")


@needs_dictionary
@pytest.mark.parametrize(
    ("written", "lemma", "expected"),
    [
        ("koste", "kost", True),  # ten koste van
        ("harte", "hart", True),  # van harte
        ("wille", "wil", True),  # ter wille van
        ("tijde", "tijd", True),  # te allen tijde
        ("huize", "huis", True),  # ten huize van
        ("name", "naam", True),  # met name
        ("zake", "zaak", True),  # ter zake
        ("kosten", "kost", False),
        ("ziekte", "ziekt", False),  # a living noun in -e (whatever its lemma)
        ("einde", "eind", False),
        ("kind", "kind", False),
    ],
)
def test_old_dative(written: str, lemma: str, expected: bool) -> None:
    assert is_old_dative(written, lemma, "NOUN") is expected


def test_old_dative_needs_a_noun_tag() -> None:
    assert is_old_dative("koste", "kost", "VERB") is False


@needs_dictionary
@pytest.mark.parametrize(
    ("word", "expected"),
    [("ieders", True), ("iemands", True), ("kans", False), ("mens", False), ("ouders", False)],
)
def test_pronoun_genitive(word: str, expected: bool) -> None:
    assert is_pronoun_genitive(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rekening met ieders", True),
        ("contact met de", True),
        ("contact met", True),
        ("contact met kinderen", False),
        ("kosten", False),
    ],
)
def test_cut_name(name: str, expected: bool) -> None:
    assert _cut_name(name) is expected


@needs_dictionary
def test_old_dative_is_no_keyword_noun() -> None:
    from wb.themes.embed import lemma_pairs
    from wb.themes.words import function_words, readable_keywords

    text = "Dat gaat ten koste van de kinderen, de kosten stijgen."
    pairs = lemma_pairs([text], tags=True)[0]
    # "gaan" and "kind" are domain stop words; the old dative stays a word of the passage
    assert pairs == [
        ("kost", "koste", "FROZEN"),
        ("kost", "kosten", "NOUN"),
        ("stijgen", "stijgen", "VERB"),
    ]
    assert lemma_pairs([text])[0] == [("kost", "koste"), ("kost", "kosten"), ("stijgen", "stijgen")]
    koste = lemma_pairs(["Dat gaat ten koste van de school."], tags=True)
    assert readable_keywords(["kost", "school"], koste, function_words()) == (
        ["school"],
        ["school"],
    )


@needs_dictionary
def test_no_phrase_ends_in_pronoun_genitive() -> None:
    from wb.themes.words import noun_phrases

    phrases = noun_phrases("Hou bij de indeling rekening met uw ieders wensen en werkschema.")
    assert not any(p.split()[-1] == "ieders" for p in phrases)
    assert "rekening met ieders" not in phrases


def test_theme_without_keywords_goes_to_outliers() -> None:
    labels = np.array([0, 1, 1, -1, 2, 0])
    themes = [
        {"id": 0, "label": "contact met vader", "keywords": ["contact", "vader"]},
        {"id": 1, "label": "thema 1", "keywords": []},
        {"id": 2, "label": "wachtlijst", "keywords": ["wachtlijst"]},
    ]
    kept = without_empty_themes(themes, labels)
    assert [t["id"] for t in kept] == [0, 2]
    assert labels.tolist() == [0, -1, -1, -1, 2, 0]


def _pseudonymised(text: str) -> str:
    from wb.themes.context import _plain_pseudonymiser

    return _plain_pseudonymiser().dossier([text])[0].text


@needs_dictionary
def test_cabinet_name_with_roman_numeral() -> None:
    # "Kroese": a name in the word list that also looks like an inflected adjective
    out = _pseudonymised("Volgens de krant is Kroese III ervoor beducht dat het misgaat.")
    assert out == "Volgens de krant is [PERSOON-1] III ervoor beducht dat het misgaat."


@needs_dictionary
def test_numbered_ordinary_words_stay() -> None:
    text = "Het werk gaat naar Fase II. Zie Bijlage III en Ronde IV van het plan."
    assert _pseudonymised(text) == text


@needs_dictionary
def test_members_listed_after_de_leden() -> None:
    out = _pseudonymised("Het voorstel van de leden Drentsma, Vogel en Kwakernaak is aangenomen.")
    assert out == "Het voorstel van de leden [PERSOON-1], [PERSOON-2] en [PERSOON-3] is aangenomen."
