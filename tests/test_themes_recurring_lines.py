"""A short line that recurs word for word in three documents or more is page furniture.

Found by the first measurement of themes round 21 (2026-12-07 17:07 UTC): five pages scraped from
one document site each held "Bezig met laden.... (Bekijk nu de volledige tekst)", and those five
lines made a theme of their own, named "lade". The snippets here are made up.
"""

from __future__ import annotations

from wb.themes.segments import drop_furniture, recurring_lines, segment_documents

LOADING = "Bezig met laden.... (Bekijk nu de volledige tekst)"
STORY = "Mijn moeder kon veel dingen niet goed, maar ze hield van ons en dat voelden we elke dag."


def docs(n: int, line: str = LOADING) -> list[tuple[str, str]]:
    return [
        (f"d{i}", f"{STORY} Dat was in jaar {i}.\n\n{line}\n\nEen tweede alinea over {i}.")
        for i in range(n)
    ]


def test_a_line_in_three_documents_is_furniture() -> None:
    segments = segment_documents(docs(3))
    assert recurring_lines(segments) == {"bezig met laden... (bekijk nu de volledige tekst)"}
    kept = drop_furniture(segments)
    assert [s.text for s in kept if s.doc == "d0"] == [f"{STORY} Dat was in jaar 0."]
    # the offsets of the passages kept are unchanged
    assert all(dict(docs(3))[s.doc][s.start : s.end] == s.text for s in kept)


def test_the_same_line_in_two_documents_stays_a_passage() -> None:
    segments = segment_documents(docs(2))
    assert recurring_lines(segments) == set()
    assert LOADING in [s.text for s in drop_furniture(segments)]


def test_spacing_and_dots_are_evened_out_but_a_long_paragraph_never_counts() -> None:
    variants = [LOADING, "Bezig  met laden… (Bekijk nu de volledige tekst)", LOADING.upper()]
    texts = [(f"d{i}", f"{STORY}\n\n{v}") for i, v in enumerate(variants)]
    assert len(recurring_lines(segment_documents(texts))) == 1
    # a copied passage of more than 12 words is content (a label copied from report to report)
    assert recurring_lines(segment_documents(docs(4, line=STORY))) == set()
