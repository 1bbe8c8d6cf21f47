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
    assert counts_one["labels"] == 87  # labels41: D1-02's "slagen er niet in"
    # the same dossier names in both corpora make one dossier each: D1 holds 8 reports now
    assert counts["labels"] == 2 * 87
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


def test_old_reuse_keys_become_document_ids(tmp_path: Path) -> None:
    """Projects analysed when copied passages were keyed by 'corpus/path' get no duplicates."""
    from wb.store.findings import decide, reviewers_decisions

    path = tmp_path / "p.wbproj"
    with open_project(path) as p:
        import_folder(p, REPO / "corpora" / "dossiers", corpus="dossiers")
        analyse_dossiers(p, REPO / "codebooks" / "labels.yaml")
        reuse = findings(p, "reuse")
        labels = {d.id: d.label for d in iter_documents(p)}
        first, second = reuse[0], reuse[1]
        decide(p, first.id, "Sanne", "terecht")
        decide(p, second.id, "Sanne", "niet terecht")
        with p.transaction() as conn:  # the old layout: key = the source's display name
            for f in reuse:
                old = labels[f.payload["source"]["doc_id"]]
                conn.execute("UPDATE findings SET key = ? WHERE id = ?", (old, f.id))
            # a re-analysis before the fix stored the second passage again under the new key
            twin = conn.execute(
                'INSERT INTO findings (kind, doc_id, start, "end", key, payload, created_at) '
                'SELECT kind, doc_id, start, "end", ?, payload, created_at FROM findings '
                "WHERE id = ?",
                (str(second.payload["source"]["doc_id"]), second.id),
            ).lastrowid
            conn.execute("DELETE FROM wb_migrations WHERE name = '0007_reuse_keys'")
    with open_project(path) as p:  # opening applies the migration
        after = findings(p, "reuse")
        keys = [
            p.conn.execute("SELECT key FROM findings WHERE id = ?", (f.id,)).fetchone()[0]
            for f in after
        ]
        latest = reviewers_decisions(p)
        counts = analyse_dossiers(p, REPO / "codebooks" / "labels.yaml")
        again = findings(p, "reuse")
    assert len(after) == len(reuse) == len(again) == counts["passages"] + counts["boilerplate"]
    assert keys == [str(f.payload["source"]["doc_id"]) for f in after]
    assert {f.id for f in after} == {f.id for f in reuse} - {second.id} | {twin}
    assert latest[(first.id, "Sanne")]["decision"] == "terecht"
    assert latest[(twin, "Sanne")]["decision"] == "niet terecht"  # moved to the one kept
