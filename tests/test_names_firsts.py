"""names-firsts: a run of ordinary capitalised words that the same text also writes in
lowercase stays (made-up sentences, exact spans); names with context or a name's shape stay
replaced, and the instrumented first-measurement script leaves the output unchanged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wb.dossiers.pseudonymise import Pseudonymiser

PLAIN = Pseudonymiser()


def replaced(text: str) -> list[tuple[str, int, int, str]]:
    """(text, start, end, type) of every replacement of one text."""
    pseudo = PLAIN.dossier([text])[0]
    return [(text[r[0] : r[1]], r[0], r[1], r[4]) for r in pseudo.replacements]


@pytest.mark.parametrize(
    "text",
    [
        # an organisation-like compound the text also writes in lowercase
        "Het Implementatiebureau is opgericht. Dit implementatiebureau helpt gemeenten.",
        # "School" + a dictionary word, both written in lowercase further on
        "Elke school heeft in een School Ondersteuningsprofiel beschreven hoe zij werkt. "
        "Het ondersteuningsprofiel staat online.",
    ],
)
def test_lowercase_attested_run_is_kept(text: str) -> None:
    assert replaced(text) == []


def test_name_after_a_title_stays_replaced_though_written_in_lowercase() -> None:
    text = "Wethouder Bakker sprak met mevrouw Helder. Het was niet helder wat zij bedoelde."
    assert replaced(text) == [("Bakker", 10, 16, "PERSOON"), ("Helder", 35, 41, "PERSOON")]


def test_capitalised_function_word_keeps_a_name_shape() -> None:
    text = "Hij werkt bij Via Jeugd in Leiden. Via de school kwam hij bij jeugd terecht."
    assert replaced(text) == [("Via Jeugd", 14, 23, "ORGANISATIE"), ("Leiden", 27, 33, "PLAATS")]


def test_a_word_inside_an_email_address_is_no_lowercase_use() -> None:
    text = "Het Implementatiebureau is opgericht. Mail naar info@implementatiebureau.nl."
    assert ("Implementatiebureau", 4, 23, "ORGANISATIE") in replaced(text)


def test_instrumented_run_records_the_detector(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import names_firsts
    finally:
        sys.path.pop(0)
    captured = names_firsts.instrument()
    try:
        text = "Wethouder Bakker sprak met mevrouw Helder in Utrecht."
        pseudo = Pseudonymiser().dossier([text])[0]
        made = [(m.start, m.end, m._by) for m in captured[-1][0]]
        assert [(r[0], r[1]) for r in pseudo.replacements] == [(s, e) for s, e, _ in made]
        assert made[0] == (10, 16, "person_names.person_mentions")
        assert (text[made[-1][0] : made[-1][1]], made[-1][2].split(".")[0]) == (
            "Utrecht",
            "place_names",
        )
    finally:
        names_firsts.restore()
