"""Organisations by the sentence around a name (wb/dossiers/org_evidence.py): an appositive with
an organisation's noun, a person's affiliation in brackets, a childcare kind before a name in an
inspection report's title; and the shapes that stay off. Exact spans on sentences written for
these tests; no name of the real-text check (bench/realtext/names) is used. The first case of
each kept shape fails on the code before it."""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.org_evidence import (
    KEPT,
    SHAPES,
    affiliation_mentions,
    evidence_mentions,
    mid_article_mentions,
)


def test_an_appositive_with_an_organisations_noun_names_an_organisation() -> None:
    text = "Het centrum valt onder Zonnekroos, een organisatie met vier locaties in de regio."
    assert spans(text) == [(23, 33, "Zonnekroos", "[ORGANISATIE-1]")]


def test_an_appositive_with_an_adjective_and_a_compound_noun() -> None:
    text = "De jongen woont nu bij Wilgenrank, een kleine jeugdhulpaanbieder uit het oosten."
    assert spans(text) == [(23, 33, "Wilgenrank", "[ORGANISATIE-1]")]


def test_an_appositive_with_another_noun_is_no_organisation() -> None:
    assert spans("Het boek heet Zonnekroos, een roman over twee broers.") == []


def test_a_name_in_brackets_after_a_person_is_the_persons_organisation() -> None:
    text = "Het rapport is geschreven met Lotte Brakel (Wilgenrank) en de gemeente."
    assert spans(text) == [
        (30, 42, "Lotte Brakel", "[PERSOON-1]"),
        (44, 54, "Wilgenrank", "[ORGANISATIE-1]"),
    ]


def test_a_service_in_ordinary_words_in_brackets_after_a_person_stays() -> None:
    text = "Het verslag is van Lotte Brakel (Hulplijn Oost) en haar collega."
    assert spans(text) == [(19, 31, "Lotte Brakel", "[PERSOON-1]")]


def test_the_affiliation_shape_skips_a_childcare_kind_code_and_a_kept_firm() -> None:
    text = "Ze werkt met Lotte Brakel (Gob) en Kees Vos (Deloitte Consulting) samen."
    assert affiliation_mentions(text) == []


def test_a_name_after_a_childcare_kind_in_a_report_title_is_the_provider() -> None:
    text = "Inspectierapport Kinderdagverblijf Villa Zonnekroos. Datum 3 maart"
    assert spans(text) == [(35, 51, "Villa Zonnekroos", "[ORGANISATIE-1]")]


def test_an_address_after_a_childcare_kind_is_no_provider() -> None:
    text = "Het gastouderbureau (GOB) Zonnestraat 16 is bezocht."
    assert [s for s in spans(text) if "ORGANISATIE" in s[3]] == []


def test_the_capitalised_article_shape_is_measured_but_not_kept() -> None:
    assert set(KEPT) == {"appositive", "affiliation", "kind-title"} < set(SHAPES)
    hits = mid_article_mentions("Hij keek naar De Blauwe Uil op televisie.")
    assert [(m.start, m.end, m.text) for m in hits] == [(17, 27, "Blauwe Uil")]
    assert evidence_mentions("Hij keek naar De Blauwe Uil op televisie.") == []
