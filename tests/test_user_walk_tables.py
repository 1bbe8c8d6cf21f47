"""What a user reads in notebook tables: decimal commas and passages on one line (user-walk)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from wb import dutch_tables
from wb.corpus.display import dutch_float

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


@pytest.fixture
def restore_float_format():
    yield
    pd.reset_option("display.float_format")


def test_dutch_float_has_a_decimal_comma_and_no_trailing_zeros() -> None:
    assert [dutch_float(v) for v in (98.1, 0.291, 1.0, 0.0, 96.974, -0.0, 1e-7)] == [
        "98,1",
        "0,291",
        "1",
        "0",
        "96,974",
        "0",
        "0,0000001",
    ]


def test_dutch_tables_shows_floats_with_a_comma_also_in_mixed_columns(restore_float_format) -> None:
    dutch_tables()
    mixed = pd.DataFrame(
        {"waarde": pd.Series([96.974, 0.825, 17], index=["%", "kappa", "codes"], dtype=object)}
    )
    floats = pd.DataFrame({"kappa": [0.0, 0.291], "score": [1.0, 0.81]})
    assert [line.split() for line in mixed.to_string().splitlines()[1:]] == [
        ["%", "96,974"],
        ["kappa", "0,825"],
        ["codes", "17"],
    ]
    assert "<td>0,291</td>" in floats._repr_html_()
    assert "<td>0,81</td>" in floats._repr_html_()
    assert floats.to_csv(index=False).splitlines()[1:] == ["0.0,1.0", "0.291,0.81"]


def test_dutch_tables_keeps_to_the_display_precision(restore_float_format) -> None:
    dutch_tables()
    with pd.option_context("display.precision", 2):
        shown = pd.DataFrame({"stabiliteit": [0.8533, 0.9, 0.2812]}).to_string(index=False)
    assert shown.split() == ["stabiliteit", "0,85", "0,9", "0,28"]


def _code_cells(name: str) -> list[str]:
    cells = json.loads((NOTEBOOKS / name).read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def test_notebooks_02_and_03_turn_on_dutch_tables_in_their_first_cell() -> None:
    for name in ("02_dossiers.ipynb", "03_themas.ipynb"):
        assert "dutch_tables()" in _code_cells(name)[0], name


def test_notebook_02_names_the_question_and_the_undo_button_the_review_page_shows() -> None:
    cells = json.loads((NOTEBOOKS / "02_dossiers.ipynb").read_text(encoding="utf-8"))["cells"]
    prose = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    static = Path(__file__).resolve().parents[1] / "wb" / "dossiers" / "static"
    page = (static / "review.html").read_text(encoding="utf-8") + (static / "review.js").read_text(
        encoding="utf-8"
    )
    for shown in (
        '"Ja, dit is labelende taal"',
        '"Nee, dit is hier geen label"',
        "*Mijn laatste oordeel ongedaan maken*",
    ):
        assert shown in prose, shown
        assert shown.strip('"*') in page, shown


def test_notebook_01_turns_on_dutch_tables_and_shows_passages_without_newline_escapes() -> None:
    cells = json.loads((NOTEBOOKS / "01_coderen.ipynb").read_text(encoding="utf-8"))["cells"]
    code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    assert "dutch_tables()" in code[0]
    passages = next(c for c in code if c.startswith("passages = retrieve("))
    assert 'passages.replace(r"\\s+", " ", regex=True)' in passages
