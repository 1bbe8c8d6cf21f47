"""once2: one rule each. A child's initial before an age is one rule (wb.dossiers.
person_initials_age) used by the pseudonymiser and by theme quotes (wb.themes.quote_names); a
user's YAML file is read by one function (wb.yaml_lines.read_yaml_file) for codebooks and label
lexicons; the voice rules share one finite verb (wb.dossiers.voice_tense). Made-up texts only."""

from __future__ import annotations

import pytest

from wb.codebook import load_codebook
from wb.dossiers.lexicon import load_lexicon
from wb.dossiers.person_initials_age import initial_age_spans
from wb.dossiers.pseudonymise import Pseudonymised, pseudonymise_dossier
from wb.dossiers.voice_tense import finite, only_past
from wb.errors import NotFoundError, ReadError
from wb.themes.quote_names import dossier_names, mask_quote
from wb.yaml_lines import read_yaml_file


def quote(text: str) -> tuple[dict[str, str], str]:
    """The quote names of one unchanged document and the text masked with them."""
    names = dossier_names([Pseudonymised(text, text, [])])
    return names, mask_quote(text, names)


def test_quotes_leave_letters_that_number_things_as_the_pseudonymiser_does():
    for text in (
        "Zie artikel B (3) en groep C (12).",
        "Bijlage C (2019) volgt.",
        "De firma A&B (3) belde.",
        "Zoon A/B (3) woont hier.",
    ):
        assert initial_age_spans(text) == []
        assert quote(text) == ({}, text)


def test_quotes_take_every_age_unit_of_the_list():
    names, masked = quote("Sanne en K (3 weken) sliepen.")
    assert names == {"K": "[PERSOON-1]"}
    assert masked == "Sanne en [PERSOON-1] (3 weken) sliepen."


def test_an_abbreviated_month_is_an_age_in_both():
    text = "Sanne en L (5 mnd.) sliepen."
    assert initial_age_spans(text) == [(9, 10)]
    assert quote(text) == ({"L": "[PERSOON-1]"}, "Sanne en [PERSOON-1] (5 mnd.) sliepen.")
    assert pseudonymise_dossier([text])[0].text == "[PERSOON-1] en [PERSOON-2] (5 mnd.) sliepen."


def test_the_letter_before_an_age_is_masked_without_its_full_stop_in_both():
    text = "Sanne en T. (5) sliepen."
    assert quote(text)[1] == "Sanne en [PERSOON-1]. (5) sliepen."
    assert pseudonymise_dossier([text])[0].text == "[PERSOON-1] en [PERSOON-2]. (5) sliepen."


def test_after_a_family_noun_the_letter_and_its_full_stop_are_one_span():
    names, masked = quote("Mijn zoon L. (3) en dochter T. speelden.")
    assert names == {"L": "[PERSOON-1]", "T": "[PERSOON-2]"}
    assert masked == "Mijn zoon [PERSOON-1] (3) en dochter [PERSOON-2] speelden."


def test_a_letter_after_a_person_placeholder_is_masked_in_quotes():
    # the pseudonymiser saw "Jansen C (5 jaar)" (a surname before the letter: left readable);
    # the quote sees a placeholder there, no word, and masks the letter
    names, masked = quote("[PERSOON-1] C (5 jaar) speelde.")
    assert names == {"C": "[PERSOON-2]"}
    assert masked == "[PERSOON-1] [PERSOON-2] (5 jaar) speelde."


# -- one reader for a user's YAML file (codebook and label lexicon) -------------------------------


def test_a_codebook_or_lexicon_that_is_a_folder_says_so(tmp_path):
    with pytest.raises(NotFoundError) as codebook:
        load_codebook(tmp_path)
    assert codebook.value.message == (
        "is een map, geen bestand; geef het pad van een codeboek (.yaml)."
    )
    with pytest.raises(NotFoundError) as lexicon:
        load_lexicon(tmp_path)
    assert lexicon.value.message == (
        "is een map, geen bestand; geef het pad van een labellijst (.yaml)."
    )


def test_a_missing_or_non_utf8_yaml_file_keeps_its_message(tmp_path):
    with pytest.raises(NotFoundError) as missing:
        load_codebook(tmp_path / "geen.yaml")
    assert missing.value.message == "bestaat niet; geef het pad van een codeboek (.yaml)."
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: café\n".encode("latin-1"))
    with pytest.raises(ReadError) as codebook:
        load_codebook(latin)
    assert codebook.value.message == "is geen UTF-8-tekst; sla het codeboek op als UTF-8."
    with pytest.raises(ReadError) as lexicon:
        load_lexicon(latin)
    assert lexicon.value.message == "is geen UTF-8-tekst; sla de labellijst op als UTF-8."


def test_a_yaml_file_with_a_byte_order_mark_reads_without_it(tmp_path):
    path = tmp_path / "boek.yaml"
    path.write_bytes("\ufeffname: boek\n".encode())
    assert read_yaml_file(path, "een codeboek", "het codeboek") == "name: boek\n"


# -- one definition of a finite verb and a past clause for the voice rules -----------------------


class _Morph:
    def __init__(self, **features: str) -> None:
        self.features = features

    def get(self, name: str) -> list[str]:
        return [self.features[name]] if name in self.features else []


class _Token:
    def __init__(self, pos: str, **features: str) -> None:
        self.pos_, self.morph = pos, _Morph(**features)


def test_finite_verbs_and_a_clause_all_in_the_past():
    kreeg = _Token("VERB", VerbForm="Fin", Tense="Past")
    heeft = _Token("AUX", VerbForm="Fin", Tense="Pres")
    gekregen = _Token("VERB", VerbForm="Part", Tense="Past")
    ouder = _Token("NOUN")
    assert [finite(t) for t in (kreeg, heeft, gekregen, ouder)] == [True, True, False, False]
    assert only_past([ouder, kreeg, gekregen])
    assert not only_past([ouder, kreeg, heeft])
    assert not only_past([ouder, gekregen])  # no finite verb at all
