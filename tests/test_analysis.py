"""Analysis tables: frequencies, co-occurrence, retrieval with context, heatmap."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wb.codebook import parse_codebook
from wb.coding.analysis import (
    code_frequencies,
    context_after,
    context_before,
    cooccurrence,
    heatmap,
    retrieve,
    segments,
)
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding, set_memo

BOOK = parse_codebook(
    "name: cb\ncodes:\n  - name: Kind\n    codes:\n      - name: Stem\n"
    "  - name: Ouder\n  - name: Wachten\n"
)
CODES = ["Kind", "Kind/Stem", "Ouder", "Wachten"]
TEXTS = {
    "a.txt": "Het gesprek met de moeder in het café was kort.\n\n"
    "De kinderen hoorden het nieuws pas later. Ze waren verdrietig.\n\n"
    "De school werd niet geïnformeerd.",
    "b.txt": 'De vader zei: "Ik wil mijn zoon zien."\nDe rechter besliste anders.\n\n'
    "Daarna volgde een hele lange wachttijd.",
    "c.md": "# Mijn verhaal\n\nIk voelde me niet gehoord. Niemand vroeg naar mijn ideeën.\n\n"
    "De hulpverlener was aardig.",
}
FRONT = "---\nperspective: jongere\ndate: 2023-05-12\norganisation: Klankbordgroep\n---\n"
# (document, code, passage, coder); a passage is found by its first occurrence.
CODINGS = [
    ("a.txt", "Ouder", "de moeder in het café", "Anna"),
    ("a.txt", "Kind", "De kinderen", "Anna"),
    ("a.txt", "Wachten", "pas later", "Anna"),
    ("a.txt", "Kind/Stem", "Ze waren verdrietig", "Anna"),
    ("b.txt", "Ouder", "De vader", "Anna"),
    ("b.txt", "Kind/Stem", 'Ik wil mijn zoon zien."\nDe rechter besliste anders', "Bram"),
    ("b.txt", "Wachten", "hele lange wachttijd", "Anna"),
    ("c.md", "Kind/Stem", "Ik voelde me niet gehoord.", "Anna"),
    ("c.md", "Kind/Stem", "Niemand vroeg naar mijn ideeën.", "Anna"),
    ("c.md", "Kind", "niet gehoord", "Anna"),
]


def build(project, tmp_path: Path) -> list[int]:
    """Import three documents with metadata, store the codebook, add CODINGS; return ids."""
    folder = tmp_path / "verslagen"
    folder.mkdir()
    for name, text in TEXTS.items():
        prefix = FRONT if name.endswith(".md") else ""
        (folder / name).write_text(prefix + text, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,date,perspective,organisation\n"
        "a.txt,2023-01-24,professional,Leernetwerk\n"
        "b.txt,14 maart 2023,ouder,\n",
        encoding="utf-8",
    )
    import_folder(project, folder)
    save_codebook(project, BOOK)
    ids = code_ids(project, "cb")
    doc_ids = dict(project.conn.execute("SELECT path, id FROM documents"))
    made = []
    for doc, code, passage, coder in CODINGS:
        start = TEXTS[doc].index(passage)
        made.append(
            add_coding(project, doc_ids[doc], ids[code], coder, start, start + len(passage))
        )
    return made


def frame(rows: dict[str, list[int]], columns: list, name: str) -> pd.DataFrame:
    """Expected table: rows keyed by code, int64 counts."""
    out = pd.DataFrame.from_dict(rows, orient="index", columns=columns).astype("int64")
    out.index.name = "code"
    out.columns.name = name
    return out


def test_documents_are_stored_as_expected(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    stored = dict(project.conn.execute("SELECT path, text FROM documents"))
    assert stored == TEXTS


# -- frequencies ----------------------------------------------------------------------------
def test_frequencies_by_document(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    expected = frame(
        {"Kind": [1, 0, 1], "Kind/Stem": [1, 1, 2], "Ouder": [1, 1, 0], "Wachten": [1, 1, 0]},
        ["a.txt", "b.txt", "c.md"],
        "document",
    )
    pd.testing.assert_frame_equal(code_frequencies(project), expected)


def test_frequencies_roll_children_up_into_parents(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    expected = frame(
        {"Kind": [2, 1, 3], "Kind/Stem": [1, 1, 2], "Ouder": [1, 1, 0], "Wachten": [1, 1, 0]},
        ["a.txt", "b.txt", "c.md"],
        "document",
    )
    pd.testing.assert_frame_equal(code_frequencies(project, include_children=True), expected)


def test_frequencies_by_perspective(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    expected = frame(
        {"Kind": [1, 0, 1], "Kind/Stem": [2, 1, 1], "Ouder": [0, 1, 1], "Wachten": [0, 1, 1]},
        ["jongere", "ouder", "professional"],
        "perspective",
    )
    pd.testing.assert_frame_equal(code_frequencies(project, "perspective"), expected)


def test_frequencies_missing_values_dates_and_other_counts(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    by_org = code_frequencies(project, "organisation", codes=["Kind/Stem", "Ouder"])
    expected = frame(
        {"Kind/Stem": [2, 1, 1], "Ouder": [0, 1, 1]},
        ["Klankbordgroep", "Leernetwerk", "(geen waarde)"],
        "organisation",
    )
    pd.testing.assert_frame_equal(by_org, expected)

    by_month = code_frequencies(project, "date", freq="M", codes=["Kind/Stem"])
    expected = frame({"Kind/Stem": [1, 1, 2]}, ["2023-01", "2023-03", "2023-05"], "date")
    pd.testing.assert_frame_equal(by_month, expected)
    by_year = code_frequencies(project, "date", freq="Y", codes=["Kind/Stem"])
    pd.testing.assert_frame_equal(by_year, frame({"Kind/Stem": [4]}, ["2023"], "date"))
    by_day = code_frequencies(project, "date", codes=["Ouder"])
    assert list(by_day.columns) == ["2023-01-24", "2023-03-14", "2023-05-12"]

    docs = code_frequencies(project, "perspective", count="documents", codes=["Kind/Stem"])
    pd.testing.assert_frame_equal(
        docs, frame({"Kind/Stem": [1, 1, 1]}, ["jongere", "ouder", "professional"], "perspective")
    )
    # characters covered: overlapping codings count once ("niet gehoord" lies inside a sentence)
    chars = code_frequencies(project, count="characters", codes=["Kind"])
    pd.testing.assert_frame_equal(
        chars, frame({"Kind": [11, 0, 12]}, ["a.txt", "b.txt", "c.md"], "document")
    )
    rolled = code_frequencies(project, count="characters", codes=["Kind"], include_children=True)
    assert rolled.loc["Kind"].tolist() == [11 + 19, 23 + 1 + 26, 26 + 31]

    bram = code_frequencies(project, coder="Bram")
    assert bram.sum().sum() == 1 and bram.loc["Kind/Stem", "b.txt"] == 1


def test_frequencies_by_unknown_column_lists_the_columns(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    with pytest.raises(InputError) as info:
        code_frequencies(project, "perspectief")
    assert str(info.value) == (
        "onbekende kolom 'perspectief'. Beschikbare kolommen: document, corpus, date, "
        "organisation, perspective."
    )
    with pytest.raises(InputError, match="datumkolom"):
        code_frequencies(project, "perspective", freq="M")
    with pytest.raises(InputError, match="onbekende code"):
        code_frequencies(project, codes=["Kind/Angst"])
    with pytest.raises(InputError, match="telling"):
        code_frequencies(project, count="woorden")


def test_frequencies_without_codings_are_zero(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    project.conn.execute("DELETE FROM codings")
    table = code_frequencies(project)
    assert table.index.tolist() == CODES and int(table.sum().sum()) == 0


# -- co-occurrence --------------------------------------------------------------------------
def test_paragraph_segments() -> None:
    text = "Een.\n\nTwee\ndrie.\n \n\nVier."
    assert segments(text) == [0, 6, 20]
    assert segments(text, "document") == [0]
    assert segments("Alleen dit.\n\n") == [0]


def test_cooccurrence_in_the_same_paragraph(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    expected = frame(
        {
            "Kind": [2, 2, 0, 1],
            "Kind/Stem": [2, 3, 1, 1],
            "Ouder": [0, 1, 2, 0],
            "Wachten": [1, 1, 0, 2],
        },
        CODES,
        "code",
    )
    pd.testing.assert_frame_equal(cooccurrence(project), expected)


def test_cooccurrence_in_the_same_document(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    expected = frame(
        {
            "Kind": [2, 2, 1, 1],
            "Kind/Stem": [2, 3, 2, 2],
            "Ouder": [1, 2, 2, 2],
            "Wachten": [1, 2, 2, 2],
        },
        CODES,
        "code",
    )
    pd.testing.assert_frame_equal(cooccurrence(project, unit="document"), expected)


def test_cooccurrence_within_n_characters(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    # "De kinderen" and "pas later" have exactly 20 characters between them.
    inside = frame(
        {
            "Kind": [2, 2, 1, 1],
            "Kind/Stem": [2, 4, 1, 1],
            "Ouder": [1, 1, 2, 0],
            "Wachten": [1, 1, 0, 2],
        },
        CODES,
        "code",
    )
    pd.testing.assert_frame_equal(cooccurrence(project, mode="distance", within=20), inside)
    pd.testing.assert_frame_equal(cooccurrence(project, within=20), inside)
    outside = inside.copy()
    outside.loc["Kind", "Wachten"] = outside.loc["Wachten", "Kind"] = 0
    pd.testing.assert_frame_equal(cooccurrence(project, within=19), outside)

    overlap = cooccurrence(project, mode="overlap")
    assert overlap.loc["Kind", "Kind/Stem"] == 1
    assert int(overlap.sum().sum()) == 10 + 2


def test_cooccurrence_refuses_unknown_options(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    with pytest.raises(InputError, match="mode"):
        cooccurrence(project, mode="zin")
    with pytest.raises(InputError, match="eenheid"):
        cooccurrence(project, unit="sentence")
    with pytest.raises(InputError, match="within"):
        cooccurrence(project, mode="distance", within=-1)


# -- retrieval ------------------------------------------------------------------------------
def test_context_is_cut_at_word_boundaries() -> None:
    text = "Het gesprek met de moeder in het café was kort.\n\nDe kinderen hoorden het nieuws."
    start = text.index("De kinderen")
    assert context_before(text, start, 15) == "was kort.\n\n"
    assert context_before(text, start, 1000) == text[:start]
    end = start + len("De kinderen")
    assert context_after(text, end, 15) == " hoorden het"
    assert context_after(text, end, 16) == " hoorden het"
    assert context_after(text, end, 19) == " hoorden het nieuws"  # cut before the full stop
    quoted = 'zei: "Ik wil'
    assert context_before(quoted, quoted.index("Ik"), 1) == '"'  # no word is cut
    assert context_after(text, end, 0) == ""


def test_retrieve_with_children_context_and_metadata(project, tmp_path: Path) -> None:
    ids = build(project, tmp_path)
    set_memo(project, "coding", ids[1], "eerste keer", "Anna")
    table = retrieve(project, "Kind", context=15)
    assert table.index.tolist() == [ids[1], ids[3], ids[5], ids[7], ids[9], ids[8]]
    assert table.columns.tolist() == [
        "corpus",
        "document",
        "code",
        "coder",
        "start",
        "end",
        "before",
        "text",
        "after",
        "memo",
        "date",
        "organisation",
        "perspective",
    ]
    rows = table[["document", "code", "coder", "before", "text", "after", "memo"]]
    assert [tuple(r) for r in rows.itertuples(index=False)] == [
        ("a.txt", "Kind", "Anna", "was kort.\n\n", "De kinderen", " hoorden het", "eerste keer"),
        ("a.txt", "Kind/Stem", "Anna", "pas later. ", "Ze waren verdrietig", ".\n\nDe school", ""),
        (
            "b.txt",
            "Kind/Stem",
            "Bram",
            'De vader zei: "',
            'Ik wil mijn zoon zien."\nDe rechter besliste anders',
            ".\n\nDaarna",
            "",
        ),
        (
            "c.md",
            "Kind/Stem",
            "Anna",
            "Mijn verhaal\n\n",
            "Ik voelde me niet gehoord.",
            " Niemand vroeg",
            "",
        ),
        ("c.md", "Kind", "Anna", "Ik voelde me ", "niet gehoord", ". Niemand vroeg", ""),
        (
            "c.md",
            "Kind/Stem",
            "Anna",
            "niet gehoord. ",
            "Niemand vroeg naar mijn ideeën.",
            "\n\nDe",
            "",
        ),
    ]
    first = table.iloc[0]
    assert (first["start"], first["end"]) == (49, 60)
    assert first["date"] == pd.Timestamp("2023-01-24")
    assert first["perspective"] == "professional"
    assert pd.isna(table.iloc[2]["organisation"])
    # before + text + after is always one piece of the document
    for row in table.itertuples():
        assert row.before + row.text + row.after in TEXTS[row.document]


def test_retrieve_without_children_and_unknown_code(project, tmp_path: Path) -> None:
    ids = build(project, tmp_path)
    assert retrieve(project, "Kind", include_children=False).index.tolist() == [ids[1], ids[9]]
    assert retrieve(project, "Ouder", context=0)[["before", "after"]].values.tolist() == [
        ["", ""],
        ["", ""],
    ]
    with pytest.raises(InputError, match="Codes in het project: Kind, Kind/Stem, Ouder"):
        retrieve(project, "Angst")


# -- heatmap --------------------------------------------------------------------------------
def test_heatmap_of_frequencies_and_cooccurrence(project, tmp_path: Path) -> None:
    build(project, tmp_path)
    table = code_frequencies(project, "perspective")
    figure = heatmap(table, title="Codes per perspectief")
    trace = figure.data[0]
    assert trace.type == "heatmap"
    assert [list(r) for r in trace.z] == table.to_numpy().tolist()
    assert list(trace.x) == ["jongere", "ouder", "professional"]
    assert list(trace.y) == CODES
    layout = figure.layout
    assert layout.title.text == "Codes per perspectief"
    assert layout.xaxis.title.text == "Perspectief"
    assert layout.yaxis.title.text == "Code"
    assert layout.xaxis.type == "category"
    assert trace.colorbar.title.text == "Aantal"

    matrix = heatmap(cooccurrence(project))
    assert matrix.layout.xaxis.title.text == "Code"
    assert [list(r) for r in matrix.data[0].z][1] == [2, 3, 1, 1]
    # the figure is self-contained: written as HTML it loads no script from the network
    html = figure.to_html(include_plotlyjs=True, full_html=True)
    assert "<script src=" not in html
