"""What pseudonymisation shows outside the document texts: cells, titles and file names."""

import ast
from pathlib import Path

import wb.dossiers.pseudonymise as pseudonymise
from wb.dossiers.pseudonymise import pseudonymise_cell

ROOT = Path(__file__).resolve().parent.parent


def test_pseudonymise_cell_is_public_and_documented():
    assert pseudonymise_cell.__doc__ and "mapping" in pseudonymise_cell.__doc__
    mapping = {"Anja de Vries": "[PERSOON-1]", "De Vries": "[PERSOON-1]"}
    assert pseudonymise_cell("Gesprek met Anja de Vries", mapping) == "Gesprek met [PERSOON-1]"
    # a name only this cell holds gets the next placeholder, remembered for the next cell
    assert pseudonymise_cell("Verslag van Pieter Bakker", mapping) == "Verslag van [PERSOON-2]"
    assert mapping["Pieter Bakker"] == "[PERSOON-2]"
    assert pseudonymise_cell("Pieter Bakker belde", mapping) == "[PERSOON-2] belde"


def test_review_uses_only_public_names_of_pseudonymise():
    tree = ast.parse((ROOT / "wb" / "dossiers" / "review.py").read_text(encoding="utf-8"))
    imported = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "wb.dossiers.pseudonymise"
        for alias in node.names
    ]
    assert "pseudonymise_cell" in imported
    assert [name for name in imported if name.startswith("_")] == []
    assert not hasattr(pseudonymise, "_pseudonymise_cell")


def _folder(tmp_path: Path) -> Path:
    source = tmp_path / "bron"
    source.mkdir()
    (source / "verslag_de_vries.txt").write_text(
        "Gesprek met Anja de Vries over de omgang.\n", encoding="utf-8"
    )
    (source / "Notitie De Vries.md").write_text("Mevrouw De Vries belde.\n", encoding="utf-8")
    (source / "verslag_jansen.txt").write_text(
        "Gesprek met Kees Jansen over school.\n", encoding="utf-8"
    )
    (source / "plan-van-aanpak.txt").write_text("Kees Jansen krijgt hulp.\n", encoding="utf-8")
    (source / "metadata.csv").write_text(
        "file;dossier;datum\n"
        "verslag_de_vries.txt;D1;2023-01-05\n"
        "Notitie De Vries.md;D1;2023-02-01\n"
        "verslag_jansen.txt;D2;2023-01-07\n"
        "plan-van-aanpak.txt;D2;2023-03-01\n",
        encoding="utf-8",
    )
    return source


def test_file_names_get_the_dossiers_placeholders(tmp_path: Path) -> None:
    from wb.dossiers.pseudonymise import write_pseudonymised

    source = _folder(tmp_path)
    out, json_map = tmp_path / "uit", tmp_path / "lokaal" / "map.json"
    report = write_pseudonymised(source, out, json_map)
    names = sorted(p.name for p in out.iterdir())
    # one resolution: the placeholder of the name in the dossier's texts; unique: D2's
    # [PERSOON-1] would clash with D1's, so the later original in name order gets -2
    assert names == [
        "Notitie [PERSOON-1].md",
        "metadata.csv",
        "plan-van-aanpak.txt",
        "verslag_[PERSOON-1]-2.txt",
        "verslag_[PERSOON-1].txt",
    ]
    assert (
        (out / "verslag_[PERSOON-1].txt")
        .read_text(encoding="utf-8")
        .startswith("Gesprek met [PERSOON-1] over de omgang")
    )
    assert "Kees" in source.joinpath("verslag_jansen.txt").read_text(encoding="utf-8")
    assert "[PERSOON-1] over school" in (out / "verslag_[PERSOON-1]-2.txt").read_text("utf-8")
    meta = (out / "metadata.csv").read_text(encoding="utf-8")
    assert meta.splitlines()[1:] == [
        "verslag_[PERSOON-1].txt,D1,2023-01-05",
        "Notitie [PERSOON-1].md,D1,2023-02-01",
        "verslag_[PERSOON-1]-2.txt,D2,2023-01-07",
        "plan-van-aanpak.txt,D2,2023-03-01",
    ]
    everything = " ".join(p.name + p.read_text(encoding="utf-8") for p in out.iterdir())
    assert "vries" not in everything.lower() and "jansen" not in everything.lower()
    # the mapping from originals to copies lives only in the local overview
    import json

    files = json.loads(json_map.read_text(encoding="utf-8"))["files"]
    assert {f["doc"]: f["file"] for f in files}["verslag_jansen.txt"] == "verslag_[PERSOON-1]-2.txt"
    assert report.renamed == 3
    assert "Alleen daar staat welk origineel bij welk uitvoerbestand hoort" in report.summary()
    # stable: the same folder gives the same names
    write_pseudonymised(source, out, overwrite=True)
    assert sorted(p.name for p in out.iterdir()) == names
    without = write_pseudonymised(source, tmp_path / "uit2")
    assert "nergens bewaard" in without.summary() and "--json" in without.summary()


def test_the_overview_is_never_written_into_the_output(tmp_path: Path) -> None:
    import pytest

    from wb.dossiers.pseudonymise import write_pseudonymised
    from wb.errors import OutputError

    source = _folder(tmp_path)
    with pytest.raises(OutputError, match="oorspronkelijke bestandsnamen"):
        write_pseudonymised(source, tmp_path / "uit", tmp_path / "uit" / "map.json")
    assert not (tmp_path / "uit").exists()


def test_file_name_keeps_its_separators_and_ordinary_names() -> None:
    from wb.dossiers.pseudonymise import pseudonymise_file_name

    mapping = {"Anja de Vries": "[PERSOON-1]", "De Vries": "[PERSOON-1]", "Zaandam": "[PLAATS-1]"}
    assert pseudonymise_file_name("zaandam/gesprek-anja-de-vries.md", mapping) == (
        "[PLAATS-1]/gesprek-[PERSOON-1].md"
    )
    assert pseudonymise_file_name("rapport_de-vries.docx.txt", mapping) == (
        "rapport_[PERSOON-1].docx.txt"
    )
    for plain in ("D1-01_verzoek-tot-onderzoek.txt", "plan-van-aanpak.txt", "x.txt"):
        assert pseudonymise_file_name(plain, mapping) == plain


def test_review_page_data_holds_no_raw_document_name_and_no_one_elses_decision(
    tmp_path: Path,
) -> None:
    import json

    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.store import open_project

    source = tmp_path / "bron"
    source.mkdir()
    text = (
        "Anja de Vries is de moeder van Kees. Moeder is overbezorgd en houdt Kees vaak thuis. "
        "De jeugdbeschermer spreekt met Anja de Vries over school.\n"
    )
    (source / "verslag_de_vries.txt").write_text(text, encoding="utf-8")
    (source / "evaluatie_anja_de_vries.txt").write_text(text, encoding="utf-8")
    (source / "metadata.csv").write_text(
        "file;dossier;datum\nverslag_de_vries.txt;D1;2023-01-05\n"
        "evaluatie_anja_de_vries.txt;D1;2023-03-01\n",
        encoding="utf-8",
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, source)
        analyse_dossiers(project, ROOT / "codebooks" / "labels.yaml")
        session = ReviewSession(project)
        raw = session.items("D1")
        assert {i["doc"] for i in raw} == {
            "bron/verslag_de_vries.txt",
            "bron/evaluatie_anja_de_vries.txt",
        }
        session.decide(raw[0]["id"], "Ander", "terecht")
        page = session.page_items("D1", None)
        assert {i["doc"] for i in page} == {
            "bron/verslag_[PERSOON-1].txt",
            "bron/evaluatie_[PERSOON-1].txt",
        }
        assert {i["kind"] for i in page} >= {"label", "reuse"}
        data = json.dumps(page, ensure_ascii=False)
        assert "vries" not in data.lower() and "Anja" not in data and "Kees" not in data
        assert [i["decision"] for i in page] == [None] * len(page)  # no one else's as own
        assert session.page_items("D1", "Rens")[0]["decision"] is None
        assert session.page_items("D1", "Ander")[0]["decision"]["reviewer"] == "Ander"
        assert session.items("D1")[0]["decision"]["reviewer"] == "Ander"  # the report: anyone's
        from wb.dossiers.report import dossier_report_html

        report = dossier_report_html(project, "D1", session)
        assert "Verslag [PERSOON-1]" in report and "vries" not in report.lower()
        from wb.store.findings import decisions_table

        table = decisions_table(project)
        assert list(table["document"]) == ["verslag_de_vries.txt"]  # the researcher's export
        shown = session.page_decisions(table)
        assert list(shown["document"]) == ["verslag_[PERSOON-1].txt"]  # the page's download
        assert list(table["document"]) == ["verslag_de_vries.txt"]  # left as it was


def test_theme_summary_source_line_has_no_name_from_the_file_name(tmp_path: Path) -> None:
    from docx import Document

    from wb.corpus.importer import import_folder
    from wb.exports.theme_summary import export_summary
    from wb.store import open_project
    from wb.themes.store import save_run

    text = (
        "Marieke de Vries vertelt over de wachtlijst.\n\n"
        "Een tweede alinea over de wachtlijst en het jaar wachten."
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "verhaal_de_vries.txt").write_text(text, encoding="utf-8")
    cut = text.index("\n\n")
    doc = "corpus/verhaal_de_vries.txt"
    result = {
        "themes": [
            {"id": 0, "label": "wachtlijst", "keywords": ["wachtlijst", "jaar"], "size": 2},
        ],
        "segments": [
            {"doc": doc, "start": 0, "end": cut, "theme": 0},
            {"doc": doc, "start": cut + 2, "end": len(text), "theme": 0},
        ],
        "outlier_share": 0.0,
        "stability": {"ari": 1.0, "threshold": 0.6},
        "parameters": {"embedder": "tfidf-svd", "seed": 0, "n_runs": 1},
    }
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, tmp_path / "corpus")
        save_run(project, result)
        paths = [export_summary(project, tmp_path / f"s.{ext}") for ext in ("md", "html", "docx")]
    md, page = paths[0].read_text(encoding="utf-8"), paths[1].read_text(encoding="utf-8")
    docx_text = "\n".join(p.text for p in Document(str(paths[2])).paragraphs)
    for content in (md, page, docx_text):
        assert "vries" not in content.lower() and "Marieke" not in content
    assert "corpus/verhaal_[PERSOON-1].txt, tekens 0-" in docx_text


def test_a_cell_keeps_a_local_team_whole_when_its_place_is_known():
    # ux7: "Wijkteam Zwolle-Zuid" in a document's metadata became "Wijkteam [PLAATS-1]-Zuid"
    # in the report's timeline because the known place was replaced before detection
    mapping = {"Zwolle": "[PLAATS-1]"}
    assert pseudonymise_cell("Wijkteam Zwolle-Zuid", mapping) == "[ORGANISATIE-1]"
    assert mapping["Wijkteam Zwolle-Zuid"] == "[ORGANISATIE-1]"
    # the place alone still gets its known placeholder, and the team reuses its own
    assert pseudonymise_cell("Wijkteam Zwolle-Zuid, Zwolle", mapping) == (
        "[ORGANISATIE-1], [PLAATS-1]"
    )
