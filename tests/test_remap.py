"""Codings move with the text when a document is re-imported with edits."""

from __future__ import annotations

from pathlib import Path

from wb.codebook import parse_codebook
from wb.corpus.importer import import_folder
from wb.store.codebooks import code_ids, save_codebook
from wb.store.codings import add_coding, codings_table
from wb.store.remap import OffsetMap

OLD = "Moeder vertelt dat zij haar zoon al maanden niet zag. De school meldt zorgen."
NEW = (
    "Inleiding toegevoegd.\n\nMoeder vertelt dat zij haar zoon al twee maanden niet zag. "
    "Verder niets."
)


def test_offset_map_moves_equal_text() -> None:
    m = OffsetMap.between(OLD, NEW)
    start = OLD.index("haar zoon")
    assert NEW[m.map(start, is_end=False) : m.map(start + 9, is_end=True)] == "haar zoon"
    assert m.kept(start, start + 9)
    gone = OLD.index("De school meldt zorgen.")
    assert not m.kept(gone, gone + len("De school meldt zorgen."))


def test_reimport_moves_codings_and_lists_deleted_ones(project, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(OLD, encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: A\n  - name: B\n"))
    ids = code_ids(project, "cb")
    s1 = OLD.index("Moeder vertelt")
    add_coding(project, 1, ids["A"], "Anna", s1, OLD.index("zag.") + 4)  # whole sentence
    s2 = OLD.index("De school")
    add_coding(project, 1, ids["B"], "Anna", s2, len(OLD))
    (folder / "a.txt").write_text(NEW, encoding="utf-8")
    report = import_folder(project, folder)
    assert report.orphaned == [
        {
            "coding": 2,
            "code": "B",
            "coder": "Anna",
            "text": "De school meldt zorgen.",
            "document": "a.txt",
        }
    ]
    assert "codering zonder tekst" in report.summary()
    table = codings_table(project)
    active = table[table["status"] == "active"]
    assert list(active["text"]) == ["Moeder vertelt dat zij haar zoon al twee maanden niet zag."]
    assert list(table[table["status"] == "orphaned"]["code"]) == ["B"]


def test_orphaned_codings_stay_out_of_the_refi_export(project, tmp_path: Path) -> None:
    import zipfile

    from wb.exports.refi_export import export_qdpx

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(OLD, encoding="utf-8")
    import_folder(project, folder)
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: A\n  - name: B\n"))
    ids = code_ids(project, "cb")
    add_coding(project, 1, ids["A"], "Anna", 0, OLD.index("zag.") + 4)
    add_coding(project, 1, ids["B"], "Anna", OLD.index("De school"), len(OLD))
    (folder / "a.txt").write_text(NEW, encoding="utf-8")
    import_folder(project, folder)
    report = export_qdpx(project, tmp_path / "uit.qdpx")
    assert (report.codings, report.orphaned) == (1, 1)
    assert "1 verweesde codering niet geëxporteerd" in report.summary()
    with zipfile.ZipFile(report.path) as zf:
        qde = zf.read("project.qde").decode("utf-8")
    assert qde.count("<PlainTextSelection") == 1
