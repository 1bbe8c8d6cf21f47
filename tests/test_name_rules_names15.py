"""General name rules written after reading real-text round 15 (names15): letterheads and
handover documents whose lines ran together, joint party lists in attendance lists, and short
forms of laws. Exact spans on sentences written for these tests; no name of the real-text check
(bench/realtext/names) is used. The first case of each rule fails on the code before it; the
others are guards."""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.entity_data import sentence_initial
from wb.dossiers.name_shapes import short_forms


def test_a_numbered_heading_starts_a_sentence() -> None:
    text = "Inhoud 2.1 Het Gele Schrift: de visie 2.2 Het Paarse Schrift: de uitvoering"
    assert spans(text) == []
    assert sentence_initial("zie 4.1.2 Het Gele", 10)
    assert sentence_initial("vragen:\n2) Welke scholen", 11)
    assert not sentence_initial("op 4 mei Anja", 9)


def test_an_enumerated_question_word_is_no_name() -> None:
    text = "Vragen aan het college:\n1) Hoeveel Zwolse kinderen wachten op hulp?"
    assert spans(text) == [(35, 41, "Zwolse", "[PLAATS-1]")]


def test_a_short_form_of_a_law_in_brackets_stays() -> None:
    text = "Over de Omgevingswet (Ow) en de jeugdhulpverlener (Jhv) sprak Anja Smit."
    assert spans(text) == [(62, 71, "Anja Smit", "[PERSOON-1]")]


def test_a_short_form_after_a_capitalised_word_is_not_forced_to_stay() -> None:
    # a capitalised word may be an organisation's name: its short form is left to other rules
    found = short_forms("bij Zonnehuis (Zh) en de Jeugdwet (Jw)")
    assert [(m.start, m.end, m.text) for m in found] == [(35, 37, "Jw")]
    assert [m.text for m in short_forms("Anja Smit (AS) en Hans Kok (Hk)")] == []


def test_a_phone_label_in_a_letterhead_is_no_name() -> None:
    text = "Secretariaat Telefoon (030) 1234567\nPostbus 12 3500 AA Utrecht Telefoon 14 030"
    assert spans(text) == [
        (22, 35, "(030) 1234567", "[TELEFOON-1]"),
        (47, 54, "3500 AA", "[POSTCODE-1]"),
        (55, 62, "Utrecht", "[PLAATS-1]"),
        (72, 78, "14 030", "[TELEFOON-2]"),
    ]


def test_a_list_line_with_a_date_in_brackets_is_still_a_person() -> None:
    text = "Kinderen:\nLotte Visser (09-10-2008)"
    assert [s[2] for s in spans(text)][:1] == ["Lotte Visser"]


def test_a_joint_list_of_national_parties_stays() -> None:
    text = (
        "Aanwezig: de heer P. Mol (ChristenUnie-SGP), mevrouw A. Bos (PvdA-GroenLinks-Samen) "
        "en de heer K. Rijn (Lijst 5 Dorpen)."
    )
    assert spans(text) == [
        (18, 24, "P. Mol", "[PERSOON-1]"),
        (53, 59, "A. Bos", "[PERSOON-2]"),
        (95, 102, "K. Rijn", "[PERSOON-3]"),
        (104, 118, "Lijst 5 Dorpen", "[ORGANISATIE-1]"),
    ]


def test_initials_whose_last_full_stop_is_missing_after_a_title() -> None:
    text = "Aanwezig: mevrouw D.E.F Klein (CDA). Mevrouw Klein opent."
    assert spans(text) == [
        (18, 29, "D.E.F Klein", "[PERSOON-1]"),
        (45, 50, "Klein", "[PERSOON-1]"),
    ]
    assert spans("Het rapport van de P.W.C Groep kwam uit.") == []


def test_a_double_surname_with_a_spaced_dash_is_one_name() -> None:
    text = (
        "Raadsleden: mevrouw A.B. de Wit – Jansen (CDA), de heer C. Bos (VVD). "
        "Mevrouw De Wit opent."
    )
    assert spans(text) == [
        (20, 40, "A.B. de Wit – Jansen", "[PERSOON-1]"),
        (56, 62, "C. Bos", "[PERSOON-2]"),
        (78, 84, "De Wit", "[PERSOON-1]"),
    ]
    assert [s[2] for s in spans("Sprekers: A. Bos - P. Kok - Utrecht.")] == [
        "A. Bos",
        "P. Kok",
        "Utrecht",
    ]


def test_an_acronym_in_capitals_without_a_vowel_is_no_name() -> None:
    text = (
        "Hij kreeg stempels: ADHD, PDD-NOS en hechtingsproblemen. "
        "Toen kwam LOTTE BERGEN-HOUTMAN langs en daarna HARMKE BERGENHENEGOUWEN."
    )
    assert spans(text) == [
        (67, 87, "LOTTE BERGEN-HOUTMAN", "[PERSOON-1]"),
        (104, 127, "HARMKE BERGENHENEGOUWEN", "[PERSOON-2]"),
    ]


def test_an_acronym_in_the_plural_in_a_list_of_kinds_is_no_organisation() -> None:
    text = "Werkt dat met instellingen als de KDVZ's en Zorgkring Aalst samen?"
    assert spans(text) == [(44, 59, "Zorgkring Aalst", "[ORGANISATIE-1]")]
