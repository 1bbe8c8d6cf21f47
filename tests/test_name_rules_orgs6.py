"""names-orgs6 (organisations that transfer to rounds 60-62, 2026-12-07): a local organisation
named with its place as a sentence's subject ("Bewonersplatform Nunspeet stuurde ...") is one
organisation, also elsewhere in the text; a national body's name with a place right after it
("Centrum voor Jeugd en Gezin Assen") is that place's organisation. Guards: a place trigger, a
public body, a list of places, no verb after the place, a national body alone. Made-up sentences
(a real place only where one must be known), exact spans and placeholders."""

from __future__ import annotations

from name_spans import spans


def test_a_sentence_initial_subject_named_with_its_place_is_one_organisation() -> None:
    text = (
        "Er kwam een brief. Bewonersplatform Nunspeet stuurde die namens de buurt. "
        "Later reageerde Bewonersplatform Nunspeet opnieuw."
    )
    assert spans(text) == [
        (19, 44, "Bewonersplatform Nunspeet", "[ORGANISATIE-1]"),
        (90, 115, "Bewonersplatform Nunspeet", "[ORGANISATIE-1]"),
    ]


def test_two_words_at_a_line_start_and_a_place_of_three_words() -> None:
    text = (
        "Kwar Mee! Molenlanden diende een motie in.\nSenioren Dijk en Waard geeft aan dat het kan."
    )
    assert spans(text) == [
        (0, 21, "Kwar Mee! Molenlanden", "[ORGANISATIE-1]"),
        (43, 65, "Senioren Dijk en Waard", "[ORGANISATIE-2]"),
    ]


def test_triggers_public_bodies_lists_and_headings_stay_places() -> None:
    text = (
        "Gemeente Nunspeet heeft besloten. Provincie Utrecht besluit ook. "
        "Buurgemeenten Brielle en Hellevoetsluis hebben dat ook.\nStraathoekwerk Nunspeet\n"
    )
    assert spans(text) == [
        (9, 17, "Nunspeet", "[PLAATS-1]"),
        (44, 51, "Utrecht", "[PLAATS-2]"),
        (79, 86, "Brielle", "[PLAATS-3]"),
        (90, 104, "Hellevoetsluis", "[PLAATS-4]"),
        (136, 144, "Nunspeet", "[PLAATS-1]"),
    ]


def test_a_national_body_with_a_place_after_it_is_that_place_s_organisation() -> None:
    text = (
        "Het Centrum voor Jeugd en Gezin is er voor iedereen.\n"
        "Centrum voor Jeugd en Gezin Assen\n\nKwarweg 7\n\n9401 AA Assen\n"
        "Partners: GGD Jeugdgezondheidszorg Den Haag."
    )
    assert spans(text) == [
        (53, 86, "Centrum voor Jeugd en Gezin Assen", "[ORGANISATIE-1]"),
        (88, 97, "Kwarweg 7", "[ADRES-1]"),
        (99, 106, "9401 AA", "[POSTCODE-1]"),
        (107, 112, "Assen", "[PLAATS-1]"),
        (123, 156, "GGD Jeugdgezondheidszorg Den Haag", "[ORGANISATIE-2]"),
    ]
