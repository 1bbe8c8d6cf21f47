"""The labels table a notebook shows (`wb.labels_in_dutch`): Dutch columns and words, no 'None'."""

from __future__ import annotations

import pandas as pd

from wb import labels_in_dutch


def test_labels_in_dutch_reads_as_dutch_and_leaves_no_none() -> None:
    table = pd.DataFrame(
        [
            {"doc": "a.txt", "label": "zorgmijdend", "voice": "attributed", "copied_from": None},
            {"doc": "b.txt", "label": "zorgmijdend", "voice": "negated", "copied_from": "a.txt"},
        ]
    )
    shown = labels_in_dutch(table)
    assert list(shown.columns) == ["rapport", "label", "stem", "overgenomen uit"]
    assert shown.values.tolist() == [
        ["a.txt", "zorgmijdend", "toegeschreven", ""],
        ["b.txt", "zorgmijdend", "ontkend", "a.txt"],
    ]
