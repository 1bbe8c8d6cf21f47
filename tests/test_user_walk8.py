"""user-walk8: what user-walk6 and 7 left, tried as a new user and fixed.

1. `wb labels` / `wb reuse` on a folder without metadata.csv: dates are optional; the undated
   warning comes only when undated reports share a passage (their order decides the source),
   and says what to do for that folder (make a metadata.csv, add its date column, fill it in).
2. `wb review` of a project without dossiers names the user's own imported folder and wb's
   example only where it exists; the "(bijv. corpora/...)" examples only when wb has them.
3. `wb pseudonymise`: a name glued to another word in a file name ("verslagSanne.txt",
   "SanneDeVries.txt", "devries_2024.txt") gets the placeholder too; the help says so.
4. A --keep term inside a replaced organisation stays readable, the rest is still replaced.
5. A failed export (`wb export`, `wb pseudonymise`) leaves no new folder behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import wb
from wb.atomic import new_folders, write_folder
from wb.cli import cli
from wb.corpus.dossiers import Report, date_fix
from wb.dossiers.pseudonymise import Pseudonymiser, pseudonymise_file_name
from wb.dossiers.reuse import ReuseDetector

SHARED = (
    "De jeugdbeschermer heeft in het gesprek met beide ouders besproken dat de omgang met vader "
    "voorlopig onder begeleiding plaatsvindt en dat de school wordt betrokken bij de evaluatie."
)
CORPORA = Path(wb.__file__).resolve().parent.parent / "corpora"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


# --- 1. dates optional ------------------------------------------------------------------------


def test_labels_without_metadata_and_without_shared_passages_asks_for_no_date(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend volgens de school.\n", "utf-8")
    (folder / "b.txt").write_text("Vader wordt manipulatief genoemd.\n", "utf-8")
    code, out, err = _invoke("labels", str(folder))
    assert code == 0 and err == ""
    assert "2 labels" in out and "in 2 rapporten" in out


def test_undated_reports_sharing_a_passage_warn_with_what_to_do_for_the_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Eerste verslag.\n\n{SHARED}\n", "utf-8")
    (folder / "b.txt").write_text(f"Tweede verslag.\n\n{SHARED}\n", "utf-8")
    code, _, err = _invoke("reuse", str(folder))
    assert code == 0
    assert err == (
        "let op: 2 rapporten zonder datum (a.txt, b.txt); die worden na de gedateerde rapporten "
        "op naam geordend, en ze delen passages met andere rapporten: welk rapport de bron is, "
        "volgt uit die volgorde. Wilt u een andere volgorde, zet dan een metadata.csv in de map "
        "met de kolommen file en date (bijv. verslag.txt,2024-03-12), of zet de datum in de "
        "bestandsnaam (bijv. verslag_2024-03-12.txt).\n"
    )
    (folder / "metadata.csv").write_text("file,dossier\na.txt,D1\nb.txt,D1\n", "utf-8")
    assert date_fix(folder) == (
        "Wilt u een andere volgorde, voeg dan de kolom date toe aan metadata.csv."
    )
    (folder / "metadata.csv").write_text("file,dossier,datum\na.txt,D1,\nb.txt,D1,\n", "utf-8")
    assert date_fix(folder) == "Vul de kolom 'date' in metadata.csv in."
    # one dated report: only the undated one that shares the passage is named, in the singular
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,D1,2024-01-02\nb.txt,D1,\n")
    code, _, err = _invoke("labels", str(folder))
    assert code == 0
    assert err == (
        "let op: 1 rapport zonder datum (b.txt); dat wordt na de gedateerde rapporten geordend "
        "en deelt passages met andere rapporten: welk rapport de bron is, volgt uit die "
        "volgorde. Vul de kolom 'date' in metadata.csv in.\n"
    )


def test_the_detector_warns_only_for_undated_reports_in_a_passage() -> None:
    a = Report("a.txt", "A", None, f"Eerste.\n\n{SHARED}")
    b = Report("b.txt", "A", None, f"Tweede.\n\n{SHARED}")
    c = Report("c.txt", "A", None, "Een verslag dat niets met de andere deelt.")
    det = ReuseDetector().fit([a, b, c])
    assert [p.target.doc for p in det.passages_] == ["b.txt"]
    assert len(det.warnings_) == 1 and "2 rapporten zonder datum (a.txt, b.txt)" in det.warnings_[0]
    assert ReuseDetector().fit([a, c]).warnings_ == []


# --- 2. review: paths that exist --------------------------------------------------------------


def _no_dossier_project(tmp_path: Path) -> Path:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.\n", "utf-8")
    code, _, err = _invoke("import", str(folder), "--project", str(tmp_path / "p.wbproj"))
    assert code == 0, err
    return tmp_path / "p.wbproj"


def test_review_without_dossiers_names_the_users_folder_and_an_example_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_dossier_project(tmp_path)
    monkeypatch.chdir(tmp_path)  # a user's own folder, outside the wb checkout
    example = CORPORA / "dossiers" / "metadata.csv"
    assert example.is_file()
    code, _, err = _invoke("review", "p.wbproj")
    assert (code, err) == (
        2,
        "fout: p.wbproj: het project bevat geen dossierrapporten: geen document heeft een "
        "dossier. Zet in t een metadata.csv met de kolommen file, dossier en date (bijv. "
        f"verslag.txt,D1,2024-03-12; zie {example}) en importeer opnieuw: wb import t "
        "--project p.wbproj. (WB160)\n",
    )


def test_without_bundled_corpora_no_example_path_is_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.config

    _no_dossier_project(tmp_path)
    monkeypatch.chdir(tmp_path / "t")
    found = wb.config.find_repo_dir
    monkeypatch.setattr(
        wb.config,
        "find_repo_dir",
        lambda name, start=None: None if name == "corpora" else found(name, start),
    )
    code, _, err = _invoke("review", "../p.wbproj")
    assert (code, err) == (
        2,
        "fout: ../p.wbproj: het project bevat geen dossierrapporten: geen document heeft een "
        "dossier. Zet in deze map een metadata.csv met de kolommen file, dossier en date (bijv. "
        "verslag.txt,D1,2024-03-12) en importeer opnieuw: wb import . --project ../p.wbproj. "
        "(WB160)\n",
    )
    code, _, err = _invoke("labels", str(tmp_path / "nope"))
    assert (code, err) == (
        2,
        f"fout: {tmp_path / 'nope'}: bestaat niet. Geef de map met rapporten op. (WB101)\n",
    )


# --- 3. names in file names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SanneDeVries.txt", "[PERSOON-1].txt"),
        ("verslagSanne.txt", "verslag[PERSOON-1].txt"),
        ("verslagsanne.txt", "verslag[PERSOON-1].txt"),
        ("devries_2024.txt", "[PERSOON-1]_2024.txt"),
        ("gesprekJan.md", "gesprek[PERSOON-2].md"),
        ("januari_verslag.txt", "januari_verslag.txt"),  # a 3-letter name only at word edges
        ("oosterveld2024.txt", "[PLAATS-1]2024.txt"),
        ("noordoosterveldje.txt", "noordoosterveldje.txt"),  # a place only at word edges
        ("Sanne/verslag.txt", "[PERSOON-1]/verslag.txt"),
    ],
)
def test_glued_names_in_file_names_get_the_placeholder(name: str, expected: str) -> None:
    mapping = {"Sanne de Vries": "[PERSOON-1]", "Jan": "[PERSOON-2]", "Oosterveld": "[PLAATS-1]"}
    assert pseudonymise_file_name(name, mapping) == expected


def test_pseudonymise_masks_a_glued_name_and_says_so_in_its_help(tmp_path: Path) -> None:
    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "verslagSanne.txt").write_text("Sanne de Vries woont bij haar moeder.\n", "utf-8")
    code, out, _ = _invoke("pseudonymise", str(folder), "--out", str(tmp_path / "uit"))
    assert code == 0, out
    assert [p.name for p in (tmp_path / "uit").iterdir()] == ["verslag[PERSOON-1].txt"]
    code, out, _ = _invoke("pseudonymise", "--help")
    assert code == 0
    help_text = " ".join(out.split())
    assert (
        "Staat in de bestandsnaam of een mapnaam een naam die wb in de tekst vervangt, dan krijgt "
        "de kopie daar dezelfde plaatshouder, ook als de naam aan een ander woord vastzit: "
        "verslag_sanne.txt en verslagSanne.txt worden verslag_[PERSOON-1].txt en "
        "verslag[PERSOON-1].txt. Een naam die niet in de tekst staat, kent wb niet: hernoem "
        "zo'n bestand zelf."
    ) in help_text


# --- 4. --keep inside an organisation ---------------------------------------------------------

MINUTES = (
    "Notulen overleg wijkteam Oosterveld\n\n"
    "Het wijkteam Oosterveld neemt contact op met de school van Sanne. "
    "Ook Veilig Thuis Oost-Brabant is betrokken."
)


def test_a_kept_word_inside_an_organisation_stays_and_the_rest_is_replaced() -> None:
    plain = Pseudonymiser().dossier([MINUTES])[0].text
    assert plain == (
        "Notulen overleg [ORGANISATIE-1]\n\n"
        "Het [ORGANISATIE-1] neemt contact op met de school van [PERSOON-1]. "
        "Ook [ORGANISATIE-2] is betrokken."
    )
    kept = Pseudonymiser(keep=["wijkteam", "Veilig Thuis"]).dossier([MINUTES])[0].text
    assert kept == (
        "Notulen overleg wijkteam [ORGANISATIE-1]\n\n"
        "Het wijkteam [ORGANISATIE-1] neemt contact op met de school van [PERSOON-1]. "
        "Ook Veilig Thuis [PLAATS-1] is betrokken."
    )
    # the identifying part kept: nothing of the name is left to replace
    place_kept = Pseudonymiser(keep=["Oosterveld"]).dossier([MINUTES])[0].text
    assert place_kept.startswith("Notulen overleg wijkteam Oosterveld\n\nHet wijkteam Oosterveld ")
    # the user's own "always replace" term is never cut by a kept word
    both = Pseudonymiser(keep=["wijkteam"], replace={"wijkteam Oosterveld": "ORGANISATIE"})
    assert both.dossier([MINUTES])[0].text.startswith("Notulen overleg [ORGANISATIE-1]\n\n")


def test_an_ordinary_word_left_beside_a_kept_term_is_not_replaced_on_its_own() -> None:
    text = "De Stichting Zonnebloem Horizon Amsterdam organiseert een avond."
    assert Pseudonymiser().dossier([text])[0].text == "De [ORGANISATIE-1] organiseert een avond."
    kept = Pseudonymiser(keep=["Zonnebloem"]).dossier([text])[0].text
    assert kept == "De Stichting Zonnebloem [ORGANISATIE-1] organiseert een avond."


# --- 5. no new folder after a failed export ---------------------------------------------------


def test_a_failed_export_leaves_no_new_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.exports.tables
    from wb.errors import OutputError

    project = _no_dossier_project(tmp_path)

    def fail(*args: object, **kwargs: object) -> None:
        raise OutputError("schijf vol.", path=tmp_path / "uit")

    monkeypatch.setattr(wb.exports.tables, "export_codings", fail)
    out = tmp_path / "uit" / "diep" / "x.csv"
    code, _, err = _invoke("export", str(project), "--format", "csv", "--out", str(out))
    assert (code, err) == (2, f"fout: {tmp_path / 'uit'}: schijf vol. (WB170)\n")
    assert not (tmp_path / "uit").exists()


def test_a_failed_pseudonymise_leaves_no_new_folder_for_copies_or_overview(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.dossiers.pseudonymise

    folder = tmp_path / "stukken"
    folder.mkdir()
    (folder / "a.txt").write_text("Sanne woont bij haar moeder.\n", "utf-8")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(wb.dossiers.pseudonymise, "write_folder", interrupted)
    out, overview = tmp_path / "uit" / "kopie", tmp_path / "prive" / "map.json"
    args = ["pseudonymise", str(folder), "--out", str(out), "--json", str(overview)]
    code, _, _ = _invoke(*args)
    assert code != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stukken"]


def test_write_folder_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import wb.atomic

    target, side = tmp_path / "uit", tmp_path / "map.json"
    target.mkdir()
    (target / "oud.txt").write_text("oud", "utf-8")
    real = wb.atomic.os.replace

    def fail_on_side(src: object, dst: object) -> None:
        if Path(str(dst)) == side:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(wb.atomic.os, "replace", fail_on_side)
    with pytest.raises(OSError):
        write_folder(target, {"a.txt": "nieuw"}, side, "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit"]  # no temporary file left
    assert [p.name for p in target.iterdir()] == ["oud.txt"]  # the folder as it was
    monkeypatch.setattr(wb.atomic.os, "replace", real)
    write_folder(target, {"a.txt": "nieuw", "sub/b.txt": "b"}, side, "{}")
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.txt")) == [
        "a.txt",
        "sub/b.txt",
    ]
    assert side.read_text("utf-8") == "{}"


def test_new_folders_removes_only_what_it_made(tmp_path: Path) -> None:
    (tmp_path / "er").mkdir()
    with pytest.raises(RuntimeError), new_folders(tmp_path / "er" / "nieuw" / "diep") as made:
        assert made
        (tmp_path / "er" / "nieuw" / "diep" / "half.csv").write_text("a,b", "utf-8")
        raise RuntimeError
    assert [p.name for p in tmp_path.rglob("*")] == ["er"]
    with new_folders(tmp_path / "er") as made:
        assert not made
    assert (tmp_path / "er").is_dir()


# --- the walk: small things found on the way ---------------------------------------------------


def test_the_demo_names_a_wb_the_user_can_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import sys

    from wb.demo import wb_command

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "wb").write_text("#!/bin/sh\n", "utf-8")
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.chdir(tmp_path)
    assert wb_command() == "venv/bin/wb"  # was always ".venv/bin/wb", wherever the user is
    monkeypatch.chdir(tmp_path / "venv")
    assert wb_command() == "bin/wb"
    (tmp_path / "elders").mkdir()
    monkeypatch.chdir(tmp_path / "elders")
    assert wb_command() == str(bin_dir.resolve() / "wb")
    monkeypatch.setattr(shutil, "which", lambda name: str(bin_dir / "wb"))
    assert wb_command() == "wb"  # on the PATH (an activated environment)


def test_import_of_a_missing_folder_says_it_does_not_exist(tmp_path: Path) -> None:
    nope = tmp_path / "nope"
    code, _, err = _invoke("import", str(nope), "--project", str(tmp_path / "p.wbproj"))
    assert (code, err) == (
        2,
        f"fout: {nope}: bestaat niet. Geef de map met documenten op (bijv. corpora/notulen). "
        "(WB101)\n",
    )
    assert not (tmp_path / "p.wbproj").exists()


def test_a_codebook_message_outside_the_checkout_names_a_file_that_exists(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.txt").write_text("Contact met school.\n", "utf-8")
    (tmp_path / "boek.yaml").write_text("naam: x\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    example = CORPORA.parent / "codebooks" / "leernetwerk.yaml"
    code, _, err = _invoke("code", "t", "--codebook", "boek.yaml")
    assert (code, err) == (
        2,
        "fout: boek.yaml: het codeboek heeft 1 probleem; er is niets geladen (WB131):\n"
        "  - regel 1: een codeboek begint met 'name:' en 'codes:' (een lijst van codes), zoals "
        f"{example}\n",
    )


def test_naam_for_name_in_a_code_is_one_problem_in_one_line(tmp_path: Path) -> None:
    from wb.codebook import parse_codebook
    from wb.errors import CodebookError

    with pytest.raises(CodebookError) as err:
        parse_codebook("name: b\ncodes:\n  - naam: School\n", source="b.yaml")
    assert err.value.problems == [
        (
            3,
            "onbekende sleutel 'naam'; een code begint met 'name:', schrijf 'name: School' in "
            "plaats van 'naam: School' (zoals in codebooks/leernetwerk.yaml)",
        )
    ]
