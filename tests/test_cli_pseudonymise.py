"""`--pseudonymise` of `wb labels`, `wb reuse`, `wb code` and `wb show`: the terminal and the
JSON show a dossier's passages with the placeholders the review page gives (one shared
pseudonymiser, per dossier), offsets still into the original text, keep lists honoured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.review import ReviewSession
from wb.store import open_project
from wb.store.name_lists import add_names

REPO = Path(__file__).resolve().parent.parent
SENTENCE = (
    "Volgens vader is Sanne zorgmijdend en moeder zegt dat het thuis weer wat beter gaat "
    "met de kinderen en met school.\n"
)
A = "Gesprek met mevrouw Sanne Bakker van Jeugdteam Oosterhout.\n\n" + SENTENCE
B = "Mevrouw Bakker belde met het jeugdteam.\n\n" + SENTENCE
BOOK = "name: proef\ncodes:\n  - name: Thuis\n    patterns: [thuis]\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "gesprek_bakker.txt").write_text(A, encoding="utf-8")
    (folder / "verslag.txt").write_text(B, encoding="utf-8")
    (folder / "metadata.csv").write_text(
        "file,dossier,date,title\n"
        "gesprek_bakker.txt,D1,2024-01-10,Gesprek met Sanne Bakker\n"
        "verslag.txt,D1,2024-02-12,\n",
        encoding="utf-8",
    )
    return folder


def _run(*args: object) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


def _review_passages(tmp_path: Path, folder: Path, keep: list[str] = ()) -> tuple[Path, list]:
    """The review page's label passages of dossier D1 (before + text + after)."""
    path = tmp_path / "p.wbproj"
    with open_project(path) as project:
        import_folder(project, folder)
        if keep:
            add_names(project, "keep", list(keep))
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        items = ReviewSession(project).items("D1")
    return path, [i["before"] + i["text"] + i["after"] for i in items if i["kind"] == "label"]


def test_labels_show_the_review_pages_placeholders_and_keep_offsets(
    tmp_path: Path, folder: Path
) -> None:
    plain_json, shown_json = tmp_path / "plain.json", tmp_path / "shown.json"
    plain = _run("labels", folder, "--json", plain_json).splitlines()
    shown = _run("labels", folder, "--pseudonymise", "--json", shown_json).splitlines()
    assert "Sanne" in plain[2]
    assert shown[:4] == [
        "dossier  label        stem           document                 zin",
        "-------  -----------  -------------  -----------------------  "
        "-------------------------------------------------------------------------------",
        "D1       zorgmijdend  toegeschreven  gesprek_[PERSOON-1].txt  "
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt dat het thuis weer wat…",
        "D1       zorgmijdend  toegeschreven  verslag.txt              "
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt dat het thuis weer wat…",
    ]
    # the review page gives the same person the same placeholder
    _, passages = _review_passages(tmp_path, folder)
    shown_sentence = (
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt dat het thuis weer wat beter "
        "gaat met de kinderen en met school."
    )
    assert [p.strip() for p in passages] == [
        "Gesprek met mevrouw [PERSOON-1] van [ORGANISATIE-1].\n\n" + shown_sentence,
        "Mevrouw [PERSOON-1] belde met het jeugdteam.\n\n" + shown_sentence,
    ]
    data = json.loads(shown_json.read_text(encoding="utf-8"))
    assert data["pseudonymised"] is True
    assert [
        (h["doc"], h["start"], h["end"], h["text"], h["copied_from"]) for h in data["labels"]
    ] == [
        ("gesprek_[PERSOON-1].txt", 83, 94, "zorgmijdend", None),
        ("verslag.txt", 64, 75, "zorgmijdend", "gesprek_[PERSOON-1].txt"),
    ]
    # offsets into the original text, the same as without --pseudonymise
    original = json.loads(plain_json.read_text(encoding="utf-8"))["labels"]
    assert [(h["start"], h["end"]) for h in original] == [(83, 94), (64, 75)]
    assert A[83:94] == B[64:75] == "zorgmijdend"
    assert "Sanne" not in shown_json.read_text(encoding="utf-8")


def test_keep_list_and_project_name_lists_are_honoured_as_on_the_review_page(
    tmp_path: Path, folder: Path
) -> None:
    keep = tmp_path / "nooit.txt"
    keep.write_text("Sanne\n", encoding="utf-8")
    out = _run("labels", folder, "--pseudonymise", "--keep", keep).splitlines()
    assert out[2].endswith(
        "Volgens vader is Sanne zorgmijdend en moeder zegt dat het thuis weer wat beter…"
    )
    project, passages = _review_passages(tmp_path, folder, keep=["Sanne"])
    assert any("Volgens vader is Sanne zorgmijdend" in p for p in passages)
    out = _run("labels", folder, "--pseudonymise", "--project", project).splitlines()
    assert out[2].endswith(
        "Volgens vader is Sanne zorgmijdend en moeder zegt dat het thuis weer wat beter…"
    )


def test_keep_without_pseudonymise_is_refused(tmp_path: Path, folder: Path) -> None:
    keep = tmp_path / "nooit.txt"
    keep.write_text("Sanne\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["labels", str(folder), "--keep", str(keep)])
    assert (result.exit_code, result.output) == (
        2,
        "fout: --keep hoort bij --pseudonymise; voeg die toe. (WB150)\n",
    )


def test_reuse_shows_the_copied_passage_pseudonymised(tmp_path: Path, folder: Path) -> None:
    out_json = tmp_path / "r.json"
    out = _run("reuse", folder, "--pseudonymise", "--min-words", 10, "--json", out_json)
    assert out.splitlines()[2] == (
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt…  verslag.txt  "
        "gesprek_[PERSOON-1].txt  10 januari 2024  dossier"
    )
    (passage,) = json.loads(out_json.read_text(encoding="utf-8"))["passages"]
    assert passage["source"]["doc"] == "gesprek_[PERSOON-1].txt"
    s, e = passage["target"]["start"], passage["target"]["end"]
    assert B[s:e].startswith("Volgens vader is Sanne")


def test_code_json_match_text_pseudonymised_for_folder_and_project(
    tmp_path: Path, folder: Path
) -> None:
    book = tmp_path / "book.yaml"
    book.write_text(BOOK, encoding="utf-8")
    project, _ = _review_passages(tmp_path, folder)
    for source, docs in (
        (folder, ["gesprek_[PERSOON-1].txt", "verslag.txt"]),
        (project, ["dossier/gesprek_[PERSOON-1].txt", "dossier/verslag.txt"]),
    ):
        out = tmp_path / "c.json"
        _run("code", source, "--codebook", book, "--json", out, "--pseudonymise")
        found = json.loads(out.read_text(encoding="utf-8"))["suggestions"]
        assert [(s["doc"], s["start"], s["match"]["text"]) for s in found] == [
            (docs[0], 60, "thuis"),
            (docs[1], 41, "thuis"),
        ]


def test_show_pseudonymised_text_name_and_metadata(tmp_path: Path, folder: Path) -> None:
    project, _ = _review_passages(tmp_path, folder)
    out = _run("show", "gesprek_bakker.txt", project, "--pseudonymise")
    assert out == (
        "# dossier/gesprek_[PERSOON-1].txt (versie 1)\n"
        "date: 10 januari 2024\n"
        "dossier: D1\n"
        "title: Gesprek met [PERSOON-1]\n"
        "\n"
        "Gesprek met mevrouw [PERSOON-1] van [ORGANISATIE-1].\n\n"
        "Volgens vader is [PERSOON-1] zorgmijdend en moeder zegt dat het thuis weer wat beter "
        "gaat met de kinderen en met school.\n"
    )
