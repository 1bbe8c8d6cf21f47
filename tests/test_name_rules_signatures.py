"""General name rules written after reading the leaks of real-text round 10 (names5): a name that
signs for a parliamentary committee, and a minister's portfolio after "van". Exact spans on
sentences written for these tests; no name of the real-text check (bench/realtext/names) is used.
Each case fails on the code before these rules, except the guards that keep them from reaching
too far."""

from __future__ import annotations

from name_spans import spans


def test_a_committee_chair_and_clerk_signing_are_persons_even_as_ordinary_words() -> None:
    text = (
        "Van dit overleg brengt de commissie verslag uit.\n\n"
        "De voorzitter van de commissie, Bloemen\n\n"
        "Adjunct-griffier van de commissie, Kolk\n"
    )
    assert spans(text) == [
        (82, 89, "Bloemen", "[PERSOON-1]"),
        (126, 130, "Kolk", "[PERSOON-2]"),
    ]


def test_a_committee_in_running_text_is_no_signature() -> None:
    text = "De voorzitter van de commissie, die het debat leidde, sloot de vergadering.\n"
    assert spans(text) == []


def test_a_ministers_portfolio_after_van_is_not_part_of_the_name() -> None:
    text = (
        "Vorig jaar gaf staatssecretaris Dekkers van Volksgezondheid extra geld. "
        "Ook minister Zonnebloem van Jeugd en Gezin was er."
    )
    assert spans(text) == [
        (32, 39, "Dekkers", "[PERSOON-1]"),
        (85, 95, "Zonnebloem", "[PERSOON-2]"),
    ]


def test_a_single_compound_after_minister_stays_a_name() -> None:
    text = "Antwoord van Minister Zonneveld (Rechtsbescherming), mede namens de staatssecretaris."
    assert spans(text) == [(22, 31, "Zonneveld", "[PERSOON-1]")]
