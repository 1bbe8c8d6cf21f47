"""Theme runs in the project: edits (rename, merge, split, undo) and themes in context."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import CORPORA

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store import open_project
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding
from wb.store.documents import documents_table, iter_documents
from wb.themes import themes_for_project
from wb.themes.context import (
    NO_VALUE,
    by_metadata,
    code_overlap,
    over_time,
    overview_figure,
    representative_quotes,
)
from wb.themes.store import load_run, merge, rename, save_run, split, undo


@pytest.fixture(scope="module")
def fitted(tmp_path_factory):
    """A project with notulen + verhalen and one stored theme run (fitted once)."""
    path = tmp_path_factory.mktemp("themes") / "themas.wbproj"
    with open_project(path) as project:
        for name in ("notulen", "verhalen"):
            import_folder(project, CORPORA / name)
        result = themes_for_project(project, n_runs=2)
        run_id = save_run(project, result)
    return path, run_id, result


@pytest.fixture
def project(fitted, tmp_path):
    """A fresh copy of the fitted project, so edits in one test do not reach the next."""
    import shutil

    path = tmp_path / "kopie.wbproj"
    shutil.copy(fitted[0], path)
    with open_project(path) as p:
        yield p


def _reopen(project):
    path = project.path
    project.close()
    return open_project(path)


def test_save_and_load_run(project, fitted):
    _, run_id, result = fitted
    run = load_run(project)
    assert run.id == run_id
    assert run.params == result["parameters"]
    assert [t["name"] for t in run.themes] == [t["label"] for t in result["themes"]]
    assert run.segments == result["segments"] and run.edits == []
    with pytest.raises(InputError, match="geen thema-run 99"):
        load_run(project, 99)


def test_rename_merge_split_undo_persist(project, fitted):
    _, run_id, result = fitted
    ids = [t["id"] for t in result["themes"]]
    sizes = {t["id"]: t["size"] for t in result["themes"]}
    stability = {t["id"]: t["stability"] for t in result["themes"]}
    rename(project, run_id, ids[0], "  Labels   in dossiers ")
    new = merge(project, run_id, [ids[1], ids[2]], name="Contact en loyaliteit")
    parts = split(project, run_id, ids[3], k=2, seed=0)
    project = _reopen(project)
    run = load_run(project, run_id)
    assert [e["op"] for e in run.edits] == ["rename", "merge", "split"]
    assert run.theme(ids[0])["name"] == "Labels in dossiers"
    merged = run.theme(new)
    assert merged["name"] == "Contact en loyaliteit" and merged["merged_from"] == ids[1:3]
    assert merged["size"] == sizes[ids[1]] + sizes[ids[2]]
    weighted = (stability[ids[1]] * sizes[ids[1]] + stability[ids[2]] * sizes[ids[2]]) / (
        merged["size"]
    )
    assert merged["stability"] == pytest.approx(weighted, abs=1e-4)
    labels = Counter(s["theme"] for s in run.segments)
    assert labels[new] == merged["size"] and ids[1] not in labels and ids[2] not in labels
    assert len(parts) == 2 and ids[3] not in labels
    assert sum(labels[p] for p in parts) == sizes[ids[3]]
    for p in parts:
        part = run.theme(p)
        assert part["size"] == labels[p] > 0 and part["stability"] is None
        assert part["split_from"] == ids[3] and part["keywords"]
    assert sum(t["size"] for t in run.themes) == sum(1 for s in run.segments if s["theme"] != -1)

    assert undo(project, run_id)["op"] == "split"
    project = _reopen(project)
    run = load_run(project, run_id)
    assert run.theme(ids[3])["size"] == sizes[ids[3]]
    assert [e["op"] for e in run.edits] == ["rename", "merge"]
    undo(project, run_id)
    undo(project, run_id)
    run = load_run(project, run_id)
    assert (
        run.segments == result["segments"]
        and run.theme(ids[0])["name"] == run.theme(ids[0])["label"]
    )
    with pytest.raises(InputError, match="geen bewerkingen"):
        undo(project, run_id)
    project.close()


def test_edit_errors(project, fitted):
    _, run_id, result = fitted
    with pytest.raises(InputError, match="leeg"):
        rename(project, run_id, result["themes"][0]["id"], "  ")
    with pytest.raises(InputError, match="bestaat niet"):
        merge(project, run_id, [result["themes"][0]["id"], 999])
    with pytest.raises(InputError, match="minstens twee"):
        merge(project, run_id, [0, 0])
    assert load_run(project, run_id).edits == []  # failed edits store nothing


def test_by_metadata_equals_manual_count(project):
    run = load_run(project)
    table = by_metadata(project, run, "perspective")
    docs = documents_table(project)
    value = {
        f"{c}/{d}": (p if isinstance(p, str) else t)
        for c, d, p, t in zip(
            docs["corpus"], docs["document"], docs["perspective"], docs["type"], strict=True
        )
    }
    names = run.names()
    manual = Counter((names[s["theme"]], value[s["doc"]]) for s in run.segments if s["theme"] >= 0)
    assert {k: v for k, v in table.stack().items() if v} == dict(manual)
    assert "notulen" in table.columns and "ouder" in table.columns
    organisations = by_metadata(project, run, "organisation")
    assert NO_VALUE in organisations.columns  # some stories name no organisation
    assert organisations.to_numpy().sum() == table.to_numpy().sum()
    with pytest.raises(InputError, match="onbekende metadatakolom"):
        by_metadata(project, run, "kleur")


def test_over_time(project):
    run = load_run(project)
    table = over_time(project, run, freq="M")
    assert str(table.index[0]) == "2023-01" and str(table.index[-1]) == "2024-03"
    assert len(table) == 15  # every month from first to last, empty ones too
    assert table.to_numpy().sum() == sum(1 for s in run.segments if s["theme"] >= 0)


def test_code_overlap_finds_the_code_of_a_constructed_theme(project, fitted):
    _, run_id, _ = fitted
    run = load_run(project, run_id)
    target = run.themes[0]
    members = [s for s in run.segments if s["theme"] == target["id"]]
    book = parse_codebook(
        "name: mini\ncodes:\n  - name: Gemarkeerd\n  - name: Wachten\n    patterns: [wachtlijst]\n"
    )
    save_codebook(project, book)
    ids = code_ids(project, "mini")
    doc_ids = {f"{d.corpus}/{d.path}": d.id for d in iter_documents(project)}
    for s in members:  # construct: every passage of the theme gets one coding of 'Gemarkeerd'
        add_coding(
            project, doc_ids[s["doc"]], ids["Gemarkeerd"], "Anna", s["start"], s["start"] + 5
        )
    table = code_overlap(project, run, top=3)
    first = table[table["thema_id"] == target["id"]].iloc[0]
    assert (first["code"], first["passages"], first["aandeel"]) == ("Gemarkeerd", target["size"], 1)
    assert set(table["code"]) == {"Gemarkeerd"}
    with_book = code_overlap(project, run, book, top=3)
    waiting = with_book[with_book["code"] == "Wachten"]
    assert len(waiting) and waiting["passages"].sum() >= 1


def test_representative_quotes_are_pseudonymised(tmp_path):
    text = (
        "Ik ben Marieke de Vries en ik vertel over de wachtlijst.\n\n"
        "De wachtlijst voor hulp duurde voor Marieke de Vries een jaar, de wachtlijst bleef.\n\n"
        "Daarna kwam er eindelijk hulp."
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "verhaal.txt").write_text(text, encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, tmp_path / "corpus")
        spans = [(0, text.index("\n\n"))]
        second = text.index("De wachtlijst")
        spans.append((second, text.index("\n\n", second)))
        result = {
            "themes": [
                {
                    "id": 0,
                    "label": "wachtlijst",
                    "keywords": ["wachtlijst", "jaar"],
                    "size": 2,
                    "stability": 1.0,
                    "stable": True,
                }
            ],
            "segments": [
                {"doc": "corpus/verhaal.txt", "start": a, "end": b, "theme": 0} for a, b in spans
            ],
            "parameters": {"embedder": "tfidf-svd"},
        }
        run = load_run(project, save_run(project, result))
        quotes = representative_quotes(project, run, 0, n=3)
    assert [q.start for q in quotes] == [second, 0]  # most keywords first
    for q in quotes:
        assert "Marieke" not in q.text and "Vries" not in q.text
        assert "[PERSOON-1]" in q.text and "wachtlijst" in q.text
        assert q.doc == "corpus/verhaal.txt"


def test_overview_figure_stacks_perspectives(project):
    run = load_run(project)
    fig = overview_figure(project, run)
    assert fig.layout.barmode == "stack"
    names = {trace.name for trace in fig.data}
    assert {"notulen", "ouder", "jongere"} <= names
    assert sum(sum(trace.y) for trace in fig.data) == sum(t["size"] for t in run.themes)


def test_edits_take_numpy_integers_from_a_table(project, fitted):
    # a theme id read from a pandas row is a numpy integer; the edit is stored as plain JSON
    import numpy as np

    _, run_id, result = fitted
    ids = [t["id"] for t in result["themes"]]
    rename(project, np.int64(run_id), np.int64(ids[0]), "Uit de tabel")
    new = merge(project, np.int64(run_id), [np.int64(ids[1]), np.int64(ids[2])])
    project = _reopen(project)
    run = load_run(project, run_id)
    assert run.theme(ids[0])["name"] == "Uit de tabel"
    edit = run.edits[0]
    assert (edit["op"], edit["theme"], edit["name"]) == ("rename", ids[0], "Uit de tabel")
    assert type(edit["theme"]) is int and run.theme(new)["merged_from"] == ids[1:3]
