"""user-walk9: what user-walk8 left, tried as a new user and fixed.

1. `wb themes --out MAP` writes its folder all or nothing (wb.atomic.write_folder, merged into
   an existing folder), with a normal folder's mode.
2. An installation without the checkout's codebooks/ (a wheel, `pip install .`) finds wb's own
   label list and codebook as package data (wb/bundled/codebooks/), or says what to do.
3. `wb reuse --cluster`: the undated warning is the single-machine one (only undated reports
   that share a passage, with what to do for that folder).
4. A report without a date in its metadata takes the date in its file name.
5. A meeting date after a name in a heading stays; birth dates are still replaced.
+ `wb report --out map/x.html` makes its folder (as `wb export`), checked before the search.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import wb
from wb.atomic import write_folder
from wb.cli import cli
from wb.corpus.dossiers import read_folder, report_date
from wb.corpus.metadata import date_in_name
from wb.dossiers.pseudonymise import Pseudonymiser

REPO = Path(wb.__file__).resolve().parent.parent
CORPORA = REPO / "corpora"
SHARED = (
    "De jeugdbeschermer heeft in het gesprek met beide ouders besproken dat de omgang met vader "
    "voorlopig onder begeleiding plaatsvindt en dat de school wordt betrokken bij de evaluatie."
)


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# --- 1. wb themes --out: all or nothing ---------------------------------------------------------


def _stories(tmp_path: Path) -> Path:
    folder = tmp_path / "verhalen"
    shutil.copytree(CORPORA / "verhalen", folder)
    return folder


def test_a_failed_themes_run_leaves_no_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.themes.run
    from wb.errors import OutputError

    def fail(result: object, out_dir: Path) -> None:
        assert sorted(p.name for p in Path(out_dir).iterdir()) == [
            "themas.docx",
            "themas.html",
            "themas.md",
        ]  # the summary was written (in the temporary folder) before the tables failed
        raise OutputError("schijf vol.", path=Path(out_dir) / "themas.csv")

    monkeypatch.setattr(wb.themes.run, "write_tables", fail)
    folder = _stories(tmp_path)
    out = tmp_path / "uit" / "themas"
    code, _, err = _invoke("themes", str(folder), "--out", str(out), "--runs", "1")
    assert code == 2 and err.startswith("fout: ") and err.endswith("schijf vol. (WB170)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["verhalen"]  # no uit/, no temp folder


def test_themes_into_an_existing_folder_replaces_only_its_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.themes.run

    folder = _stories(tmp_path)
    out = tmp_path / "uit"
    out.mkdir()
    (out / "notities.txt").write_text("van de onderzoeker", "utf-8")
    (out / "themas.md").write_text("vorige samenvatting", "utf-8")
    real = wb.themes.run.write_tables

    def fail(result: object, out_dir: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(wb.themes.run, "write_tables", fail)
    code, _, _ = _invoke("themes", str(folder), "--out", str(out), "--runs", "1")
    assert code != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit", "verhalen"]
    assert sorted(p.name for p in out.iterdir()) == ["notities.txt", "themas.md"]
    assert (out / "themas.md").read_text("utf-8") == "vorige samenvatting"
    monkeypatch.setattr(wb.themes.run, "write_tables", real)
    code, out_text, _ = _invoke("themes", str(folder), "--out", str(out), "--runs", "1")
    assert code == 0, out_text
    assert sorted(p.name for p in out.iterdir()) == [
        "notities.txt",
        "passages.csv",
        "themas.csv",
        "themas.docx",
        "themas.html",
        "themas.md",
    ]
    assert (out / "notities.txt").read_text("utf-8") == "van de onderzoeker"
    assert (out / "themas.md").read_text("utf-8").startswith("# Thema's voor de onderzoeksagenda")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit", "verhalen"]


def test_write_folder_merge_puts_back_what_it_displaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.atomic

    target = tmp_path / "uit"
    target.mkdir()
    (target / "a.txt").write_text("oud a", "utf-8")
    (target / "eigen.txt").write_text("eigen", "utf-8")
    real = wb.atomic.os.replace

    def fail_on_b(src: object, dst: object) -> None:
        if Path(str(dst)) == target / "b.txt":
            raise OSError(28, "No space left on device")
        real(src, dst)

    def fill(folder: Path) -> None:
        (folder / "a.txt").write_text("nieuw a", "utf-8")
        (folder / "b.txt").write_text("nieuw b", "utf-8")

    monkeypatch.setattr(wb.atomic.os, "replace", fail_on_b)
    with pytest.raises(OSError):
        write_folder(target, fill, merge=True)  # a.txt was already moved in when b.txt failed
    monkeypatch.setattr(wb.atomic.os, "replace", real)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit"]
    assert {p.name: p.read_text("utf-8") for p in target.iterdir()} == {
        "a.txt": "oud a",
        "eigen.txt": "eigen",
    }
    write_folder(target, fill, merge=True)
    assert {p.name: p.read_text("utf-8") for p in target.iterdir()} == {
        "a.txt": "nieuw a",
        "b.txt": "nieuw b",
        "eigen.txt": "eigen",
    }


def test_a_new_folder_gets_the_mode_mkdir_gives(tmp_path: Path) -> None:
    write_folder(tmp_path / "nieuw", {"a.txt": "a"})
    assert (tmp_path / "nieuw").stat().st_mode & 0o777 == 0o777 & ~_umask()  # not mkdtemp's 700


# --- 2. codebooks as package data -------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What setup.py's build_py puts in a wheel: a copy of the sources built outside the repo."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "wb", src / "wb", ignore=ignore)
    shutil.copytree(REPO / "codebooks", src / "codebooks")
    lib = tmp_path_factory.mktemp("lib")
    subprocess.run(
        [sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(lib)],
        cwd=src,
        check=True,
        capture_output=True,
    )
    return lib


def test_the_build_carries_the_codebooks_as_package_data(built: Path) -> None:
    bundled = built / "wb" / "bundled" / "codebooks"
    assert sorted(p.name for p in bundled.iterdir()) == [
        "README.md",
        "labels.yaml",
        "leernetwerk.yaml",
    ]
    for name in ("labels.yaml", "leernetwerk.yaml"):
        assert (bundled / name).read_bytes() == (REPO / "codebooks" / name).read_bytes()


def test_an_installed_wb_without_the_checkout_finds_its_own_codebooks(
    built: Path, tmp_path: Path
) -> None:
    code = (
        "from wb.config import find_repo_dir; from wb.cli.dossiers import default_lexicon; "
        "print(find_repo_dir('codebooks')); print(default_lexicon()); "
        "print(find_repo_dir('corpora'))"
    )
    env = {**os.environ, "PYTHONPATH": str(built)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    bundled = built / "wb" / "bundled" / "codebooks"
    assert done.stdout.splitlines() == [str(bundled), str(bundled / "labels.yaml"), "None"]


def test_without_any_codebooks_wb_labels_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.config

    monkeypatch.setattr(wb.config, "find_repo_dir", lambda name, start=None: None)
    (tmp_path / "a.txt").write_text("Moeder is niet-meewerkend.\n", "utf-8")
    code, out, err = _invoke("labels", str(tmp_path))
    assert (code, out) == (2, "")
    assert err == (
        "fout: wb's eigen labellijst (codebooks/labels.yaml) is niet gevonden: deze installatie "
        "van wb heeft die niet. Geef een labellijst met --lexicon LIJST.yaml, of installeer wb "
        "opnieuw vanuit de map van de wb-checkout met: pip install . (dan komt de labellijst "
        "mee). (WB101)\n"
    )


def test_a_checkout_has_no_bundled_copy() -> None:
    from wb.config import bundled_dir, find_repo_dir

    assert bundled_dir("codebooks") is None  # the checkout's codebooks/ is the only one
    assert find_repo_dir("codebooks") == REPO / "codebooks"


# --- 3. the Dask path warns as the single-machine run -----------------------------------------


def test_cluster_reuse_warns_only_for_undated_reports_in_a_passage(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from wb.dossiers.reuse import detect_reuse

    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Eerste verslag.\n\n{SHARED}\n", "utf-8")
    (folder / "b.txt").write_text(f"Tweede verslag.\n\n{SHARED}\n", "utf-8")
    (folder / "c.txt").write_text("Een los verslag over iets anders.\n", "utf-8")
    (folder / "d 2024-03-12.txt").write_text(f"Derde verslag.\n\n{SHARED}\n", "utf-8")
    want = (
        "2 rapporten zonder datum (a.txt, b.txt); die worden na de gedateerde rapporten op naam "
        "geordend, en ze delen passages met andere rapporten: welk rapport de bron is, volgt uit "
        "die volgorde. Wilt u een andere volgorde, zet dan een metadata.csv in de map "
        "met de kolommen file en date (bijv. verslag.txt,2024-03-12), of zet de datum in de "
        "bestandsnaam (bijv. verslag_2024-03-12.txt)."
    )
    with pytest.warns(UserWarning) as single:
        local = detect_reuse(folder)
    assert [str(w.message) for w in single] == [want]
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=":0",
        ) as cluster,
        distributed.Client(cluster) as client,
        pytest.warns(UserWarning) as on_cluster,
    ):
        remote = detect_reuse(folder, cluster=client)
    assert [str(w.message) for w in on_cluster] == [want]  # was: 3 undated, c.txt included
    assert remote["passages"] == local["passages"]
    assert {p["source"]["doc"] for p in local["passages"]} == {"d 2024-03-12.txt", "a.txt"}


# --- 4. dates in file names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("verslag 2021-03-04.txt", datetime.date(2021, 3, 4)),
        ("2024-03-12_overleg_wijkteam.txt", datetime.date(2024, 3, 12)),
        ("12 maart 2021.docx", datetime.date(2021, 3, 12)),
        ("map/12_maart_2021.txt", datetime.date(2021, 3, 12)),
        ("notulen_12-03-2024.txt", datetime.date(2024, 3, 12)),
        ("verslag.2024.03.12.txt", datetime.date(2024, 3, 12)),
        ("dinsdag 12 mrt. 2024.pdf", datetime.date(2024, 3, 12)),
        ("2024-03-12 en 12 maart 2024.txt", datetime.date(2024, 3, 12)),  # twice the same day
        ("D1-01_verzoek-tot-onderzoek.txt", None),
        ("van 2024-03-12 tot 2024-04-01.txt", None),  # two dates: which one is a guess
        ("2024-13-40.txt", None),
        ("rapport 35833-12-03.txt", None),
        ("20240312.txt", None),
        ("12 foo 2024.txt", None),
        ("2024/verslag.txt", None),  # only the file's own name
    ],
)
def test_the_date_in_a_file_name(name: str, expected: datetime.date | None) -> None:
    assert date_in_name(name) == expected


def test_metadata_goes_before_the_file_name() -> None:
    assert report_date({"date": "4 juli 2023"}, "verslag 2021-03-04.txt") == datetime.date(
        2023, 7, 4
    )
    assert report_date({}, "verslag 2021-03-04.txt") == datetime.date(2021, 3, 4)
    assert report_date({"datum": ""}, "verslag 2021-03-04.txt") == datetime.date(2021, 3, 4)
    assert report_date({}, None) is None


def test_reports_are_ordered_by_the_dates_in_their_names(tmp_path: Path) -> None:
    (tmp_path / "b 2021-03-04.txt").write_text("Tekst b.\n", "utf-8")
    (tmp_path / "a 12 maart 2022.txt").write_text("Tekst a.\n", "utf-8")
    (tmp_path / "c.txt").write_text("Tekst c.\n", "utf-8")
    (tmp_path / "d 2020-01-01.txt").write_text("Tekst d.\n", "utf-8")
    (tmp_path / "metadata.csv").write_text("file,date\nd 2020-01-01.txt,2023-05-06\n", "utf-8")
    reports, _, _ = read_folder(tmp_path)
    assert [(r.doc, r.date) for r in reports] == [
        ("b 2021-03-04.txt", datetime.date(2021, 3, 4)),
        ("a 12 maart 2022.txt", datetime.date(2022, 3, 12)),
        ("d 2020-01-01.txt", datetime.date(2023, 5, 6)),  # metadata first
        ("c.txt", None),
    ]


def test_reuse_with_dates_in_file_names_asks_for_no_metadata(tmp_path: Path) -> None:
    (tmp_path / "verslag 2024-03-12.txt").write_text(f"Later verslag.\n\n{SHARED}\n", "utf-8")
    (tmp_path / "verslag 2021-03-04.txt").write_text(f"Eerder verslag.\n\n{SHARED}\n", "utf-8")
    code, out, err = _invoke("reuse", str(tmp_path))
    assert (code, err) == (0, "")
    row = next(line for line in out.splitlines() if line.startswith("De jeugdbeschermer"))
    # the later report copied from the earlier one, whose date the table shows
    assert row.split("  ")[-1].strip() != "" and "4 maart 2021" in row
    assert row.index("verslag 2024-03-12.txt") < row.index("verslag 2021-03-04.txt")


# --- 5. meeting dates stay, birth dates go ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "Notulen overleg wijkteam Oosterveld, 12 maart 2024\n\nAanwezig: Sanne de Vries.\n",
            "Notulen overleg [ORGANISATIE-1], 12 maart 2024\n\nAanwezig: [PERSOON-1].\n",
        ),
        ("Verslag overleg 12 maart 2024\n", "Verslag overleg 12 maart 2024\n"),
        (
            "Wijk bij Duurstede, 26 mei 2013. Het overleg.\n",
            "[PLAATS-1], 26 mei 2013. Het overleg.\n",
        ),
        (
            "Lotte Visser, 9 oktober 2008\n\nLotte woont bij moeder.\n",
            "[PERSOON-1], [DATUM-1]\n\n[PERSOON-1] woont bij moeder.\n",
        ),
        ("Kind: Lotte Visser, 9 oktober 2008\n", "Kind: [PERSOON-1], [DATUM-1]\n"),
        (
            "Lotte Visser (09-10-2008) woont bij moeder. Het gesprek was op 12 maart 2024.\n",
            "[PERSOON-1] ([DATUM-1]) woont bij moeder. Het gesprek was op 12 maart 2024.\n",
        ),
        ("Daan is geboren op 2 september 2014.\n", "[PERSOON-1] is geboren op [DATUM-1].\n"),
    ],
)
def test_only_birth_dates_are_replaced(text: str, shown: str | None) -> None:
    assert Pseudonymiser().dossier([text])[0].text == (text if shown is None else shown)


def test_a_birth_date_stays_replaced_further_on_and_replace_takes_any_date() -> None:
    first = "Lotte Visser, 9 oktober 2008\n"
    later = "Op 9 oktober 2008 werd Lotte geboren; het overleg was op 12 maart 2024.\n"
    assert Pseudonymiser().dossier([first, later])[1].text == (
        "Op [DATUM-1] werd [PERSOON-1] geboren; het overleg was op 12 maart 2024.\n"
    )
    heading = "Notulen overleg wijkteam Oosterveld, 12 maart 2024\n"
    asked = Pseudonymiser(replace={"12 maart 2024": "DATUM"})
    assert asked.dossier([heading])[0].text == "Notulen overleg [ORGANISATIE-1], [DATUM-1]\n"


def test_the_readme_policy_says_ordinary_dates_stay() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    kept = " ".join(readme.split("**Blijft staan:**", 1)[1].split("\n\n", 2)[1].split())
    assert (
        '- gewone datums, zoals die van een overleg of rapport, ook in een kop ("Notulen overleg '
        'wijkteam Oosterveld, 12 maart 2024" wordt "Notulen overleg [ORGANISATIE-1], 12 maart '
        '2024").'
    ) in kept
    heading = "Notulen overleg wijkteam Oosterveld, 12 maart 2024"
    assert Pseudonymiser().dossier([heading])[0].text == (
        "Notulen overleg [ORGANISATIE-1], 12 maart 2024"
    )


# --- + wb report makes its folder ---------------------------------------------------------------


def test_report_makes_its_folder_and_removes_it_when_the_dossier_is_unknown(
    tmp_path: Path,
) -> None:
    folder, project = tmp_path / "stukken", tmp_path / "d.wbproj"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.\n", "utf-8")
    (folder / "b.txt").write_text("Vader wordt manipulatief genoemd.\n", "utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D1,2024-03-12\nb.txt,D1,\n")
    code, _, err = _invoke("import", str(folder), "--project", str(project))
    assert code == 0, err
    out = tmp_path / "rapport" / "D9.html"
    code, _, err = _invoke("report", str(project), "--dossier", "D9", "--out", str(out))
    assert code == 2 and "D9" in err
    assert not (tmp_path / "rapport").exists()
    out = tmp_path / "rapport" / "D1.html"
    code, stdout, err = _invoke("report", str(project), "--dossier", "D1", "--out", str(out))
    assert code == 0, err
    lines = stdout.splitlines()
    assert lines[-2:] == [
        f"Map {tmp_path / 'rapport'} aangemaakt.",
        f"Geschreven: {out} (2 rapporten).",
    ]
    assert out.read_text("utf-8").startswith("<!doctype html>")


def test_report_refuses_a_file_in_the_way_before_the_search(tmp_path: Path) -> None:
    (tmp_path / "rapport").write_text("geen map", "utf-8")
    project = tmp_path / "leeg.wbproj"
    out = tmp_path / "rapport" / "D1.html"
    code, stdout, err = _invoke("report", str(project), "--dossier", "D1", "--out", str(out))
    assert (code, stdout) == (2, "")
    in_the_way = f"{tmp_path / 'rapport'} is een bestand, geen map; kies een ander pad."
    assert err == f"fout: {out}: {in_the_way} (WB170)\n"
    assert not project.exists()
