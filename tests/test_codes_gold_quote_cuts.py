"""Gold sentences that end in the next sentence's opening quote (bench/codes_gold_quote_cuts.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import codes_gold_quote_cuts as C

# Made up, in the shape of the old cut: "... zich. „" + "Alsof ...".
TEXT = "Hij zei het zelf. „Alsof ik niet besta.” Dat klopt. „ Los."


def _rows(*spans: tuple[int, int]) -> list[dict]:
    return [
        {"doc": "d01", "start": s, "end": e, "codes": [str(i)]} for i, (s, e) in enumerate(spans)
    ]


def test_the_old_cut_is_found_and_the_quote_moves_to_the_next_sentence() -> None:
    rows = _rows((0, 19), (19, 40), (41, 51), (52, 58))
    assert C.quote_cuts(rows, TEXT) == [0]
    C.fix(rows, TEXT, [0])
    assert [(r["start"], r["end"]) for r in rows] == [(0, 17), (18, 40), (41, 51), (52, 58)]
    assert TEXT[0:17] == "Hij zei het zelf."
    assert TEXT[18:40] == "„Alsof ik niet besta.”"
    assert [r["codes"] for r in rows] == [["0"], ["1"], ["2"], ["3"]]
    assert C.quote_cuts(rows, TEXT) == []


def test_a_quote_with_a_space_after_it_or_a_gap_before_the_next_row_is_no_cut() -> None:
    # "Dat klopt. „" + " Los.": no letter right after the quote.
    assert C.quote_cuts(_rows((41, 53), (54, 58)), TEXT) == []
    # The next gold sentence does not start right after the quote (a sentence left out).
    assert C.quote_cuts(_rows((0, 19), (41, 51)), TEXT) == []


def test_the_sealed_sets_are_not_read() -> None:
    assert "codes13" not in C.CHECKED and "codes14" not in C.CHECKED
    assert C.CHECKED[0] == "codes" and C.CHECKED[-1] == "codes12"


def test_restore_cuts_a_partial_gold_the_new_way() -> None:
    # The openings' commit has the old cut; a page with one sentence missing gives a partial text
    # whose gold must still give the opening quote to the sentence it opens.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench" / "realtext" / "codes"))
    import restore

    rows = _rows((0, 19), (19, 40), (41, 51), (52, 58))
    for row in rows:
        row["head"] = TEXT[row["start"] : row["start"] + 30]
    page = TEXT[:51] + " Iets anders."
    hits = restore.found(rows, page)
    assert [i for i, _, _ in hits] == [0, 1]
    text, gold = restore.rebuild(rows, page, hits)
    assert text == TEXT[:40] + "\n"
    restore.fix(gold, text, restore.quote_cuts(gold, text))
    assert [text[g["start"] : g["end"]] for g in gold] == [
        "Hij zei het zelf.",
        "„Alsof ik niet besta.”",
    ]
    assert [g["codes"] for g in gold] == [["0"], ["1"]]
