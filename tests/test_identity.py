"""One document identity: two corpora with the same file name never mix up their data."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.review import ReviewSession
from wb.store import open_project
from wb.store.codings import codings_table
from wb.store.documents import iter_documents
from wb.store.findings import findings

REPO = Path(__file__).resolve().parents[1]
LONG = (REPO / "corpora" / "verhalen" / "02_vader_contactverlies.md").read_text(encoding="utf-8")


def test_code_apply_with_two_corpora_sharing_a_file_name(tmp_path: Path) -> None:
    (tmp_path / "A").mkdir()
    (tmp_path / "B").mkdir()
    (tmp_path / "A" / "x.txt").write_text(LONG, encoding="utf-8")
    # 13 characters, no content word ("Kort verhaal." resembles a codebook example)
    (tmp_path / "B" / "x.txt").write_text("Tot straks...", encoding="utf-8")
    project = tmp_path / "p.wbproj"
    runner = CliRunner()
    for corpus in ("A", "B"):
        result = runner.invoke(
            cli, ["import", str(tmp_path / corpus), "--project", str(project), "--corpus", corpus]
        )
        assert result.exit_code == 0, result.output
    book = str(REPO / "codebooks" / "leernetwerk.yaml")
    result = runner.invoke(
        cli, ["code", str(project), "--codebook", book, "--apply", "--coder", "auto"]
    )
    assert result.exit_code == 0, result.output
    with open_project(project) as p:
        table = codings_table(p)
        lengths = {d.id: len(d.text) for d in iter_documents(p)}
        corpus_of = {d.id: d.corpus for d in iter_documents(p)}
        texts = {d.id: d.text for d in iter_documents(p)}
    assert len(table) > 0
    assert {corpus_of[i] for i in table["doc_id"]} == {"A"}  # the 13-character text has none
    assert all(end <= lengths[d] for d, end in zip(table["doc_id"], table["end"], strict=True))
    spans = zip(table["doc_id"], table["start"], table["end"], table["text"], strict=True)
    assert all(texts[d][s:e] == t and t.strip() for d, s, e, t in spans)


def test_dossier_analysis_with_two_corpora_sharing_file_names(tmp_path: Path) -> None:
    source = REPO / "corpora" / "dossiers"
    shutil.copytree(source, tmp_path / "eerste")
    shutil.copytree(source, tmp_path / "tweede")
    path = tmp_path / "p.wbproj"
    with open_project(path) as project:
        import_folder(project, tmp_path / "eerste", corpus="eerste")
        counts_one = analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        import_folder(project, tmp_path / "tweede", corpus="tweede")
        counts = analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        docs = {d.id: d for d in iter_documents(project)}
        found = findings(project)
        # every finding lies inside its own document and quotes that document's text
        for f in found:
            assert 0 <= f.start < f.end <= len(docs[f.doc_id].text)
            assert f.payload.get("doc_id", f.payload.get("target", {}).get("doc_id")) == f.doc_id
        session = ReviewSession(project)
        items = session.items("D1")
    assert counts_one["labels"] == 83
    # the same dossier names in both corpora make one dossier each: D1 holds 8 reports now
    assert counts["labels"] == 2 * 83
    assert {docs[f.doc_id].corpus for f in found} == {"eerste", "tweede"}
    assert {i["doc"].split("/")[0] for i in items} == {"eerste", "tweede"}


def test_apply_is_one_transaction(tmp_path: Path, monkeypatch) -> None:
    """A failure while storing the codings leaves no codebook and no coder behind."""
    import pytest

    import wb.coding.apply as apply_module
    from wb.codebook import load_codebook
    from wb.coding.apply import apply_suggestions, suggest_project

    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "x.txt").write_text(LONG, encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, tmp_path / "A")
        book = load_codebook(REPO / "codebooks" / "leernetwerk.yaml")
        suggestions = suggest_project(project, book)

        def fail(*args: object) -> int:
            raise KeyboardInterrupt  # stands in for a kill in the middle of the write

        monkeypatch.setattr(apply_module, "add_auto_codings", fail)
        with pytest.raises(KeyboardInterrupt):
            apply_suggestions(project, book, suggestions, "auto")
        tables = ("codebooks", "codes", "coders", "codings")
        counts = [project.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables]
    assert counts == [0, 0, 0, 0]


def test_theme_passages_carry_their_document_id(tmp_path: Path) -> None:
    from wb.themes import themes_for_project
    from wb.themes.store import load_run, save_run, segment_texts

    source = REPO / "corpora" / "verhalen"
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, source, corpus="eerste")
        import_folder(project, source, corpus="tweede")
        result = themes_for_project(project, n_runs=1)
        docs = {d.id: d for d in iter_documents(project)}
        for seg in result["segments"]:
            assert docs[seg["doc_id"]].label == seg["doc"]
        run = load_run(project, save_run(project, result))
        texts = segment_texts(project, run)
    assert {docs[s["doc_id"]].corpus for s in result["segments"]} == {"eerste", "tweede"}
    assert all(
        docs[s["doc_id"]].text[s["start"] : s["end"]] == t
        for s, t in zip(result["segments"], texts, strict=True)
    )
