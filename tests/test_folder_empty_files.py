"""An empty file in a folder is skipped with a Dutch warning, not a stop (task folder-robust).

Every command that reads a folder reads it through the one folder reader
(:mod:`wb.corpus.folder`): `wb labels`, `wb reuse`, `wb pseudonymise`, `wb code`, `wb themes`
and `wb import`. An empty or whitespace-only file is skipped with "overgeslagen: … is leeg
(…)." on stderr, the summary counts it, the exit code stays 0 and the other documents give
exactly what they give without it. Every file empty: an error naming the folder (exit 2). A
file that is not text (binary, an unknown encoding) stays an error naming the file.
"""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.folder import read_folder_documents, skipped_note
from wb.corpus.readers import read_document
from wb.errors import EmptyDocumentError, NotFoundError, ReadError, SkippedFileWarning
from wb.store import open_project
from wb.store.documents import iter_documents
from wb.themes.segments import read_folder_texts

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO / "corpora"
LEEG = "overgeslagen: {folder}/leeg.txt is leeg (0 bytes)."
WIT = "overgeslagen: {folder}/wit.md is leeg (alleen witruimte, geen tekst)."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


def _copy(source: Path, target: Path, *, empty: bool) -> Path:
    """A copy of a bundled corpus folder; with `empty`, plus leeg.txt (0 bytes) and wit.md
    (whitespace only)."""
    shutil.copytree(source, target)
    if empty:
        (target / "leeg.txt").write_bytes(b"")
        (target / "wit.md").write_text("  \n\t\n\n", encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled dossiers as they are, and (same folder name) with two empty files."""
    root = tmp_path_factory.mktemp("dossiers")
    plain = _copy(CORPORA / "dossiers", root / "zonder" / "dossiers", empty=False)
    with_empty = _copy(CORPORA / "dossiers", root / "met" / "dossiers", empty=True)
    return plain, with_empty


@pytest.fixture(scope="module")
def notulen(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bundled notulen as they are, and (same folder name) with two empty files."""
    root = tmp_path_factory.mktemp("notulen")
    plain = _copy(CORPORA / "notulen", root / "zonder" / "notulen", empty=False)
    with_empty = _copy(CORPORA / "notulen", root / "met" / "notulen", empty=True)
    return plain, with_empty


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


def _skipped_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("overgeslagen:")]


# --- the reader ----------------------------------------------------------------------------


def test_the_folder_reader_skips_empty_files_with_one_dutch_warning_each(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Het kind woont bij moeder.\n", encoding="utf-8")
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "wit.md").write_text("  \n\t\n", encoding="utf-8")
    (folder / "kop.md").write_text("---\ndossier: D1\n---\n\n \n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("De vader belt.", encoding="utf-8")
    with pytest.warns(SkippedFileWarning) as caught:
        read = read_folder_documents(folder)
    assert [d.name for d in read.documents] == ["a.txt", "sub/b.txt"]
    assert [d.read.text for d in read.documents] == ["Het kind woont bij moeder.", "De vader belt."]
    assert read.skipped == [
        ("kop.md", "is leeg (alleen front matter, geen tekst)"),
        ("leeg.txt", "is leeg (0 bytes)"),
        ("wit.md", "is leeg (alleen witruimte, geen tekst)"),
    ]
    assert read.problems == []
    assert [str(w.message) for w in caught] == [
        f"overgeslagen: {folder}/kop.md is leeg (alleen front matter, geen tekst).",
        f"overgeslagen: {folder}/leeg.txt is leeg (0 bytes).",
        f"overgeslagen: {folder}/wit.md is leeg (alleen witruimte, geen tekst).",
    ]
    assert [w.message.path for w in caught] == [
        str(folder / name) for name in ("kop.md", "leeg.txt", "wit.md")
    ]


def test_a_folder_of_only_empty_files_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "wit.txt").write_text("\n\n  \n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning per file: the error says it all
        with pytest.raises(NotFoundError) as err:
            read_folder_documents(folder, noun="rapporten")
    assert str(err.value) == (
        f"{folder}: bevat geen rapporten met tekst om te lezen: alle 2 bestanden zijn leeg.\n"
        "  - 'leeg.txt': is leeg (0 bytes)\n"
        "  - 'wit.txt': is leeg (alleen witruimte, geen tekst)\n"
        "Zet tekst in de bestanden, of geef de map waar de rapporten staan."
    )
    (folder / "wit.txt").unlink()
    with pytest.raises(NotFoundError) as err:
        read_folder_documents(folder)
    assert str(err.value).splitlines()[0] == (
        f"{folder}: bevat geen documenten met tekst om te lezen: het enige bestand is leeg."
    )
    (folder / "leeg.txt").unlink()
    with pytest.raises(NotFoundError, match=r"docs: bevat geen documenten om te lezen"):
        read_folder_documents(folder)


def test_one_empty_file_named_on_its_own_stays_an_error(tmp_path: Path) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyDocumentError) as err:
        read_document(path)
    assert isinstance(err.value, ReadError) and err.value.code == "WB113"
    assert str(err.value) == (
        f"{path}: is leeg (0 bytes). Controleer of het juiste bestand is opgeslagen."
    )
    code, out, stderr = _run(["labels", str(path)])  # a command that reads folders: exit 2
    assert (code, out) == (2, "")
    assert stderr.startswith(f"fout: {path}: is geen map.")


def test_summary_note_counts_in_dutch() -> None:
    assert skipped_note(0) == ""
    assert skipped_note(1) == " 1 leeg bestand overgeslagen."
    assert skipped_note(2) == " 2 lege bestanden overgeslagen."


# --- every command that reads a folder -------------------------------------------------------


def test_labels_skips_empty_files_and_finds_the_same_in_the_rest(
    dossiers: tuple[Path, Path], tmp_path: Path
) -> None:
    plain, with_empty = dossiers
    code, out, stderr = _run(["labels", str(plain), "--json", str(tmp_path / "zonder.json")])
    assert code == 0 and _skipped_lines(stderr) == []
    code_e, out_e, stderr_e = _run(["labels", str(with_empty), "--json", str(tmp_path / "m.json")])
    assert code_e == 0
    assert _skipped_lines(stderr_e) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]  # once each, though the folder is read three times (labels, passages, table)
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8")) == json.loads(
        (tmp_path / "zonder.json").read_text(encoding="utf-8")
    )
    summary = [line for line in out.splitlines() if " in overgenomen passages." in line]
    summary_e = [line for line in out_e.splitlines() if " in overgenomen passages." in line]
    assert summary_e == [summary[0] + " 2 lege bestanden overgeslagen."]
    assert out_e.replace(" 2 lege bestanden overgeslagen.", "").replace(
        str(tmp_path / "m.json"), str(tmp_path / "zonder.json")
    ) == out.replace(str(plain), str(with_empty))


def test_reuse_skips_empty_files_and_finds_the_same_passages(
    dossiers: tuple[Path, Path], tmp_path: Path
) -> None:
    plain, with_empty = dossiers
    code, out, _ = _run(["reuse", str(plain), "--json", str(tmp_path / "zonder.json")])
    code_e, out_e, stderr_e = _run(["reuse", str(with_empty), "--json", str(tmp_path / "m.json")])
    assert (code, code_e) == (0, 0)
    assert _skipped_lines(stderr_e) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8")) == json.loads(
        (tmp_path / "zonder.json").read_text(encoding="utf-8")
    )
    [summary] = [line for line in out.splitlines() if line.endswith("standaardtekst.")]
    assert summary + " 2 lege bestanden overgeslagen." in out_e.splitlines()


def test_pseudonymise_skips_empty_files_and_writes_the_same_copies(
    dossiers: tuple[Path, Path], tmp_path: Path
) -> None:
    plain, with_empty = dossiers
    code, out, _ = _run(["pseudonymise", str(plain), "--out", str(tmp_path / "a")])
    code_e, out_e, stderr_e = _run(["pseudonymise", str(with_empty), "--out", str(tmp_path / "b")])
    assert (code, code_e) == (0, 0)
    assert _skipped_lines(stderr_e) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]
    copies = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == copies  # no copy of an empty one
    assert len(copies) == 15 and "metadata.csv" in copies  # 14 reports and their metadata
    for name in copies:
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "a" / name).read_bytes()
    first = out.splitlines()[0]
    assert first.startswith("14 documenten gepseudonimiseerd naar ")
    assert out_e.splitlines()[0] == (
        first.replace(str(tmp_path / "a"), str(tmp_path / "b")) + " 2 lege bestanden overgeslagen."
    )


def test_code_skips_empty_files_and_suggests_the_same(
    notulen: tuple[Path, Path], tmp_path: Path
) -> None:
    plain, with_empty = notulen
    book = str(REPO / "codebooks" / "leernetwerk.yaml")
    code, out, _ = _run(["code", str(plain), "--codebook", book, "--json", str(tmp_path / "a")])
    code_e, out_e, stderr_e = _run(
        ["code", str(with_empty), "--codebook", book, "--json", str(tmp_path / "b")]
    )
    assert (code, code_e) == (0, 0)
    assert _skipped_lines(stderr_e) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]
    assert json.loads((tmp_path / "b").read_text(encoding="utf-8")) == json.loads(
        (tmp_path / "a").read_text(encoding="utf-8")
    )
    [summary] = [line for line in out.splitlines() if line.startswith("626 treffers")]
    assert " in 7 documenten " in summary
    assert summary + " 2 lege bestanden overgeslagen." in out_e.splitlines()


def test_themes_reads_the_same_passages_without_the_empty_files(
    notulen: tuple[Path, Path],
) -> None:
    plain, with_empty = notulen
    with pytest.warns(SkippedFileWarning):
        docs = read_folder_texts(with_empty)
    assert docs == read_folder_texts(plain)  # the same input: the same themes
    assert [name for name, _ in docs] == [f"notulen/{p.name}" for p in sorted(plain.glob("*.txt"))]
    code, out, stderr = _run(["themes", str(with_empty), "--runs", "1", "--themes", "3"])
    assert code == 0
    assert _skipped_lines(stderr) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]
    assert out.splitlines()[-1].endswith("niet ingedeeld. 2 lege bestanden overgeslagen.")


def test_import_skips_empty_files_and_imports_the_rest_at_once(
    notulen: tuple[Path, Path], tmp_path: Path
) -> None:
    plain, with_empty = notulen
    code, out, stderr = _run(["import", str(with_empty), "--project", str(tmp_path / "p.wbproj")])
    assert code == 0
    assert _skipped_lines(stderr) == [
        LEEG.format(folder=with_empty),
        WIT.format(folder=with_empty),
    ]
    assert out.splitlines() == [
        "Corpus 'notulen': 7 nieuw, 0 bijgewerkt, 0 ongewijzigd, 2 overgeslagen.",
        "  overgeslagen: 'leeg.txt': is leeg (0 bytes)",
        "  overgeslagen: 'wit.md': is leeg (alleen witruimte, geen tekst)",
    ]
    with open_project(tmp_path / "p.wbproj") as project:
        texts = {d.path: d.text for d in iter_documents(project)}
        skipped = project.conn.execute("SELECT skipped FROM imports").fetchone()[0]
    assert texts == {p.name: read_document(p).text for p in sorted(plain.glob("*.txt"))}
    assert "leeg.txt" in skipped and "wit.md" in skipped


def test_every_command_stops_on_a_folder_of_only_empty_files(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"")
    book = str(REPO / "codebooks" / "leernetwerk.yaml")
    listed = "  - 'a.txt': is leeg (0 bytes)\n"
    for args, noun, purpose in (
        (["labels", str(folder)], "rapporten", "om te lezen"),
        (["reuse", str(folder)], "rapporten", "om te lezen"),
        (["pseudonymise", str(folder), "--out", str(tmp_path / "uit")], "rapporten", "om te lezen"),
        (["code", str(folder), "--codebook", book], "documenten", "om te lezen"),
        (["themes", str(folder)], "documenten", "om te lezen"),
        (["import", str(folder), "--project", str(tmp_path / "p.wbproj")], "documenten", None),
    ):
        code, out, stderr = _run(args)
        purpose = purpose or "om te importeren"
        assert (code, out) == (2, ""), args
        assert stderr == (
            f"fout: {folder}: bevat geen {noun} met tekst {purpose}: het enige bestand is leeg. "
            f"(WB101)\n{listed}Zet tekst in de bestanden, of geef de map waar de {noun} staan.\n"
        ), args
    assert not (tmp_path / "p.wbproj").exists() and not (tmp_path / "uit").exists()


# --- files that are not text: today's behaviour, kept --------------------------------------


def test_a_binary_or_undecodable_file_in_a_folder_stays_an_error_naming_it(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Het kind woont bij moeder.\n", encoding="utf-8")
    (folder / "plaatje.txt").write_bytes(PNG)
    code, out, stderr = _run(["labels", str(folder)])
    assert (code, out) == (2, "")
    assert stderr == (
        f"fout: {folder}/plaatje.txt: lijkt geen tekstbestand (binair). Is de extensie juist? "
        "Exporteer het document als .txt (UTF-8), .docx, .odt of .pdf. (WB110)\n"
    )
    (folder / "plaatje.txt").unlink()
    (folder / "raar.txt").write_bytes(b"abc \x81\x8d\x8f\x90\x9d tekst")  # not cp1252 either
    code, out, stderr = _run(["reuse", str(folder)])
    assert (code, out) == (2, "")
    assert stderr == (
        f"fout: {folder}/raar.txt: heeft een onbekende tekencodering (geen UTF-8 en geen "
        "Windows-1252). Open het in een teksteditor en sla het op als UTF-8. (WB110)\n"
    )


def test_a_windows_1252_file_in_a_folder_is_read_with_a_notice(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Het kind woont bij moeder.\n", encoding="utf-8")
    (folder / "oud.txt").write_bytes("De coöperatie vraagt €5 voor de ouder.".encode("cp1252"))
    code, out, stderr = _run(["reuse", str(folder)])
    assert code == 0
    assert stderr == (
        f"let op: {folder}/oud.txt: is geen UTF-8; gelezen als Windows-1252 (cp1252). "
        "Controleer letters als ë, é en € in de tekst en sla het bestand bij voorkeur op als "
        "UTF-8.\n"
    )
    assert out.splitlines()[-1] == "0 overgenomen passages: 0 in dossiers, 0 standaardtekst."


# --- on a Dask cluster (wb reuse/labels --cluster): the workers skip alike -----------------


def test_the_cluster_skips_empty_files_as_one_process_does(
    dossiers: tuple[Path, Path], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    from wb.dossiers.reuse import detect_reuse
    from wb.dossiers.reuse_dask import detect_reuse_dask

    plain, with_empty = dossiers
    want = detect_reuse(plain)["passages"]
    listing = with_empty / "bestanden.lst"  # a file list naming the empty files too
    names = sorted(p.name for p in with_empty.iterdir() if p.suffix in (".txt", ".md"))
    listing.write_text("\n".join(n for n in names if n != "README.md") + "\n", encoding="utf-8")
    with (
        distributed.LocalCluster(  # in this process, on tcp://127.0.0.1 (the CLI reaches it)
            n_workers=1,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        for source in (with_empty, listing):
            with pytest.warns(SkippedFileWarning) as caught:
                got = detect_reuse_dask(source, client, partition_size=4)
            assert got["passages"] == want
            skipped = [str(w.message) for w in caught if w.category is SkippedFileWarning]
            assert sorted(skipped) == [
                LEEG.format(folder=with_empty),
                WIT.format(folder=with_empty),
            ]
        code, out, stderr = _run(["reuse", str(with_empty), "--cluster", cluster.scheduler_address])
    listing.unlink()
    assert code == 0
    assert _skipped_lines(stderr) == [LEEG.format(folder=with_empty), WIT.format(folder=with_empty)]
    assert out.splitlines()[-1] == (
        f"{len(want)} overgenomen passages: {sum(not p['boilerplate'] for p in want)} in "
        f"dossiers, {sum(p['boilerplate'] for p in want)} standaardtekst. (Dask, 1 workers) "
        "2 lege bestanden overgeslagen."
    )
