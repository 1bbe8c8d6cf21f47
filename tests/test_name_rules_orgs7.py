"""names-orgs7 (organisation misses by cause, 2026-12-07): a name found by its head word takes a
number or Roman numeral right after it ("jongerencentrum Kwarlo II", "medisch centrum KWA 11");
the head rule's guard for a numbered chamber ("Team III") stays, and a year, a time, a date,
an amount, a number glued to more digits, and a number after a name the text also writes
without it stay outside the name. Made-up sentences, exact
spans and placeholders."""

from __future__ import annotations

from name_spans import spans

from wb.dossiers.org_bounds import numbered_end


def test_a_roman_numeral_or_a_small_number_after_a_head_name_is_part_of_it() -> None:
    text = (
        "Eerder kende het dorp het jongerencentrum Kwarlo II. "
        "De praktijk zit in het medisch centrum KWA 11 aan de Parallelweg."
    )
    assert spans(text) == [
        (42, 51, "Kwarlo II", "[ORGANISATIE-1]"),
        (92, 98, "KWA 11", "[ORGANISATIE-2]"),
        (106, 117, "Parallelweg", "[ADRES-1]"),
    ]


def test_a_numbered_chamber_and_numbers_that_are_no_name_stay_out() -> None:
    assert spans("Het Team III van de rechtbank besliste.") == []
    text = "Het jongerencentrum Kwarlo 12:30 uur open, en jongerencentrum Kwarvo 3,5 uur."
    assert spans(text) == [
        (20, 26, "Kwarlo", "[ORGANISATIE-1]"),
        (62, 68, "Kwarvo", "[ORGANISATIE-2]"),
    ]


def test_numbered_end_reads_only_a_closing_number() -> None:
    text = "Kwarlo II. Kwarvo 2024 Kwarvo 5% Kwarvo 7-8 Kwarvo 3/4 Kwarsa 11 en"
    assert numbered_end(text, 0, 6) == 9
    assert numbered_end(text, 11, 17) == 17
    assert numbered_end(text, 23, 29) == 29
    assert numbered_end(text, 33, 39) == 39
    assert numbered_end(text, 44, 50) == 50
    assert numbered_end(text, 55, 61) == 64


def test_a_name_also_written_without_the_number_keeps_the_number_out() -> None:
    text = (
        "Dorpshuis de Kwarlo opent. Eerder kende het dorp het jongerencentrum Kwarlo II.\n"
        "Kinderdagverblijf Kwips Kids 1 Toezichthouder. Inspectie van Kinderdagverblijf Kwips Kids."
    )
    assert spans(text) == [
        (13, 19, "Kwarlo", "[ORGANISATIE-1]"),
        (69, 75, "Kwarlo", "[ORGANISATIE-1]"),
        (98, 108, "Kwips Kids", "[ORGANISATIE-2]"),
        (159, 169, "Kwips Kids", "[ORGANISATIE-2]"),
    ]
