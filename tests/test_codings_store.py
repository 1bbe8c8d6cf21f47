"""Codings and memos in the project file."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.store.codebooks import code_ids, save_codebook, stored_codebook
from wb.store.codings import add_coding, codings_table, delete_coding, get_memo, set_memo

BOOK = parse_codebook("name: cb\ncodes:\n  - name: A\n    codes:\n      - name: B\n  - name: C\n")


def _setup(project, tmp_path: Path) -> tuple[int, dict[str, int]]:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De kinderen hoorden het nieuws.", encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, BOOK)
    return 1, code_ids(project, "cb")


def test_add_list_memo_delete(project, tmp_path: Path) -> None:
    doc_id, ids = _setup(project, tmp_path)
    first = add_coding(project, doc_id, ids["A/B"], "Anna", 3, 11)
    add_coding(project, doc_id, ids["C"], "Bram", 0, 2)
    set_memo(project, "coding", first, "eerste memo", "Anna")
    set_memo(project, "coding", first, "aangepast", "Anna")
    table = codings_table(project)
    assert list(zip(table["code"], table["coder"], table["text"], table["memo"], strict=True)) == [
        ("C", "Bram", "De", ""),
        ("A/B", "Anna", "kinderen", "aangepast"),
    ]
    delete_coding(project, first)
    assert get_memo(project, "coding", first) == ""
    assert list(codings_table(project)["code"]) == ["C"]


def test_span_outside_document_is_refused(project, tmp_path: Path) -> None:
    doc_id, ids = _setup(project, tmp_path)
    with pytest.raises(InputError, match="niet binnen het document"):
        add_coding(project, doc_id, ids["C"], "Anna", 5, 500)
    with pytest.raises(InputError):
        add_coding(project, doc_id, ids["C"], "Anna", 5, 5)


def test_codebook_update_keeps_used_codes(project, tmp_path: Path) -> None:
    doc_id, ids = _setup(project, tmp_path)
    add_coding(project, doc_id, ids["C"], "Anna", 0, 2)
    smaller = parse_codebook("name: cb\ncodes:\n  - name: A\n")
    save_codebook(project, smaller)
    assert set(code_ids(project, "cb")) == {"A", "C"}
    assert [c.path for c in stored_codebook(project).walk()] == ["A"]
