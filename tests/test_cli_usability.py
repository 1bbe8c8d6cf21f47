"""The CLI as a new user meets it: Dutch usage errors, readable tables, ids, one project message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.store import open_project
from wb.store.codings import codings_table

COPIED = (
    "Volgens vader is moeder overbezorgd en houdt zij de kinderen bij de minste klacht thuis van "
    "school, terwijl de school zich daar al lange tijd zorgen over maakt."
)
REPORTS = {
    "r1.txt": f"Melding over het gezin.\n\n{COPIED}\n\nEinde van de melding.",
    "r2.txt": f"Verslag van het wijkteam.\n\n{COPIED}\n\nHet wijkteam spreekt met beide ouders.",
}
METADATA = "file,dossier,date\nr1.txt,D1,2021-11-08\nr2.txt,D1,2022-01-24\n"


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="wb")
    return result.exit_code, result.output


def test_missing_option_is_dutch_and_exits_2() -> None:
    assert _invoke("namen", "keep") == (
        2,
        "Gebruik: wb namen [OPTIES] {keep|replace}\n"
        "Typ 'wb namen --help' voor hulp.\n\n"
        "fout: Ontbrekende optie '--project'.\n",
    )


def test_unknown_option_is_dutch_and_exits_2() -> None:
    assert _invoke("import", "map", "--projekt", "p.wbproj") == (
        2,
        "Gebruik: wb import [OPTIES] BRON\n"
        "Typ 'wb import --help' voor hulp.\n\n"
        "fout: Onbekende optie '--projekt'. Bedoelt u '--project'?\n",
    )


def test_help_is_dutch() -> None:
    code, out = _invoke("show", "--help")
    assert code == 0
    assert out.splitlines() == [
        "Gebruik: wb show [OPTIES] DOCUMENT [PROJECT]",
        "",
        "  Toon de tekst en metadata van één document (id uit `wb documents`, of pad).",
        "",
        "Opties:",
        "  --pseudonymise     Toon tekst, bestandsnaam en metadata gepseudonimiseerd, met",
        "                     dezelfde plaatshouders als de beoordelingspagina (per",
        "                     dossier, met de naamlijsten van het project).",
        "  --project BESTAND  Bestaand projectbestand; een nieuw maakt u met wb import.",
        "  -h, --help         Toon deze hulp en stop.",
    ]
    assert "Toon deze hulp en stop." in _invoke("--help")[1]


def test_a_missing_project_names_the_command_that_makes_it(tmp_path: Path) -> None:
    p = tmp_path / "nieuw.wbproj"
    expected = (
        f"fout: {p}: bestaat niet. Controleer het pad, of maak het project met: "
        f"wb import MAP --project {p} (WB200)\n"
    )
    for args in (["documents", "--project", str(p)], ["agreement", str(p)], ["code", str(p)]):
        if args[0] == "code":
            book = tmp_path / "b.yaml"
            book.write_text("name: b\ncodes:\n  - name: A\n    patterns: [kind]\n", "utf-8")
            args += ["--codebook", str(book)]
        assert _invoke(*args) == (2, expected)
    assert not p.exists()
    help_text = " ".join(_invoke("import", "--help")[1].split())
    assert "Projectbestand (.wbproj); wordt gemaakt als het nog niet bestaat." in help_text


def test_show_takes_the_id_that_documents_lists(tmp_path: Path) -> None:
    folder = tmp_path / "notities"
    folder.mkdir()
    (folder / "a.txt").write_text("Eerste.", encoding="utf-8")
    (folder / "b.txt").write_text("Tweede.", encoding="utf-8")
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    listing = _invoke("documents", "--project", p)[1].splitlines()
    b_id = next(line.split()[0] for line in listing if "b.txt" in line)
    assert _invoke("show", b_id, "--project", p) == (0, "# notities/b.txt (versie 1)\n\nTweede.\n")
    assert _invoke("show", "notities/a.txt", "--project", p)[1].endswith("\nEerste.\n")
    code, out = _invoke("show", "99", "--project", p)
    assert code == 2 and "document '99' staat niet in het project" in out


def test_code_counts_matches_and_passages_as_apply_stores_them(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    # two patterns of one code in one sentence: 2 matches, 1 passage, 1 coding
    (folder / "a.txt").write_text(
        "De kinderen hoorden dat de ouders samenwerkten.\n\nDe school hielp.", encoding="utf-8"
    )
    book = tmp_path / "b.yaml"
    book.write_text(
        "name: b\ncodes:\n  - name: Gezin\n    patterns: [kind, ouder]\n"
        "  - name: School\n    patterns: [school]\n",
        encoding="utf-8",
    )
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    code, out = _invoke("code", p, "--codebook", str(book), "--apply", "--coder", "Anna")
    assert code == 0
    assert out.splitlines() == [
        "2 coderingen opgeslagen voor codeur 'Anna'.",
        "code    passages  documenten  meest gegeven reden",
        "------  --------  ----------  -------------------",
        "Gezin   1         1           lemma: kind",
        "School  1         1           lemma: school",
        "3 treffers in 2 passages (zin + code), in 1 document voor 2 codes. Een zin met meer "
        "treffers voor één code is één passage; --apply slaat per passage één codering op.",
        "Elke passage met zin, score en reden: voeg --json BESTAND toe.",
    ]
    with open_project(p) as project:
        assert len(codings_table(project)) == 2


def test_code_on_an_empty_folder_is_an_error_naming_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    (folder / "notities.doc").write_bytes(b"oud formaat")
    book = tmp_path / "b.yaml"
    book.write_text("name: b\ncodes:\n  - name: School\n    patterns: [school]\n", "utf-8")
    out = tmp_path / "uit.json"
    code, text = _invoke("code", str(folder), "--codebook", str(book), "--json", str(out))
    assert code == 2
    assert text == (
        f"fout: {folder}: bevat geen documenten (.docx, .md, .odt, .pdf, .txt); geef de map "
        "met documenten op (bijv. corpora/notulen). (WB101)\n"
    )
    assert not out.exists()


def test_code_table_shows_the_most_suggested_codes_first_and_counts_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wb.cli.coding

    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "De school belde.\n\nDe school hielp.\n\nHet kind speelde.\n\nDe ouder kwam.",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text("De school was dicht.", encoding="utf-8")
    book = tmp_path / "b.yaml"
    book.write_text(
        "name: b\ncodes:\n  - name: School\n    patterns: [school]\n"
        "  - name: Kind\n    patterns: [kind]\n  - name: Ouder\n    patterns: [ouder]\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(wb.cli.coding, "CODES_SHOWN", 2)
    code, text = _invoke("code", str(folder), "--codebook", str(book))
    assert code == 0, text
    assert text.splitlines()[:5] == [
        "code    passages  documenten  meest gegeven reden",
        "------  --------  ----------  -------------------",
        "School  3         2           lemma: school",
        "Kind    1         1           lemma: kind",
        "… en 1 code meer.",
    ]


def test_agreement_shows_full_code_names(tmp_path: Path) -> None:
    long_name = "Een bijzonder lange codenaam die vroeger werd afgekapt na veertig tekens"
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp.", encoding="utf-8")
    book = tmp_path / "b.yaml"
    book.write_text(f"name: b\ncodes:\n  - name: {long_name}\n    patterns: [school]\n", "utf-8")
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    for coder in ("Anna", "Bram"):
        _invoke("code", p, "--codebook", str(book), "--apply", "--coder", coder)
    code, out = _invoke("agreement", p)
    assert code == 0
    lines = out.splitlines()
    assert lines[2].startswith(long_name + "  Anna/Bram  100,00  1,000  1,000")
    assert lines[3].startswith("totaal")


def test_labels_and_reuse_print_tables_and_json_is_optional(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "metadata.csv").write_text(METADATA, encoding="utf-8")
    code, out = _invoke("reuse", str(folder), "--min-words", "10")
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].split() == ["overgenomen", "passage", "in", "rapport", "bron", "datum", "soort"]
    assert lines[2].split("  ")[0].startswith("Volgens vader is moeder overbezorgd")
    assert "r2.txt" in lines[2] and "r1.txt" in lines[2] and "8 november 2021" in lines[2]
    assert lines[-1] == "1 overgenomen passage: 1 in dossiers, 0 standaardtekst."

    target = tmp_path / "labels.json"
    code, out = _invoke("labels", str(folder), "--json", str(target))
    assert code == 0, out
    lines = out.splitlines()
    # ux13: the last line says where --json wrote the whole result
    assert lines.pop() == f"Geschreven: {target} (het volledige resultaat als JSON)."
    assert lines[0].split() == ["dossier", "label", "stem", "document", "zin"]
    rows = [[cell.strip() for cell in line.split("  ") if cell] for line in lines[2:-2]]
    assert (rows[0][0], rows[0][1], rows[0][-1]) == (
        "D1",
        "overbezorgd",
        "Volgens vader is moeder overbezorgd en houdt zij de kinderen bij de minste…",
    )
    assert all("toegeschreven" in line for line in lines[2:-2])
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [h["label"] for h in data["labels"]] == ["overbezorgd", "overbezorgd"]
    assert len(lines) == 2 + len(data["labels"]) + 2  # the summary, then the detectors used
    assert lines[-1].startswith("Gevonden met de labellijst en de patronen")


def test_labels_summary_counts_discussed_and_negated_terms_apart(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Moeder is niet-meewerkend.\n\n"
        "Het begrip vechtscheiding wordt in de literatuur vaak gebruikt.\n\n"
        "In het gesprek bleek dat er geen sprake is van ouderverstoting.\n",
        encoding="utf-8",
    )
    code, out = _invoke("labels", str(folder))
    assert code == 0, out
    assert out.splitlines()[-2] == (
        "1 label (1 door het rapport zelf gesteld, 0 toegeschreven) en 2 besproken of ontkende "
        "termen in 1 rapport; 0 in overgenomen passages."
    )


def test_every_option_of_every_command_says_in_dutch_what_it_does() -> None:
    import click

    missing = [
        f"wb {name} {'/'.join(p.opts)}"
        for name, command in cli.commands.items()
        for p in command.params
        if isinstance(p, click.Option) and not p.help
    ]
    assert missing == []
    code, out = _invoke("pseudonymise", "--help")
    assert code == 0
    assert "  --out MAP          Nieuwe of lege map voor de gepseudonimiseerde kopieën." in out


def test_documents_and_show_take_the_project_as_argument_or_option(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text("De school hielp.", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitel: B\n---\nHet kind speelde.", encoding="utf-8")
    p = str(tmp_path / "p.wbproj")
    _invoke("import", str(folder), "--project", p)
    code, as_argument = _invoke("documents", p)
    assert code == 0
    assert _invoke("documents", "--project", p) == (0, as_argument)
    assert "NaN" not in as_argument
    assert as_argument.splitlines()[2].split() == ["1", "c", "a.txt", "3", "16", "txt", "1"]
    assert _invoke("show", "1", p)[1].splitlines()[0] == "# c/a.txt (versie 1)"
    assert _invoke("show", "1", "--project", p)[1].splitlines()[0] == "# c/a.txt (versie 1)"
    assert _invoke("documents") == (
        2,
        "fout: geef het projectbestand op: wb documents PROJECT. (WB150)\n",
    )
    assert _invoke("show", "1", p, "--project", "ander.wbproj") == (
        2,
        f"fout: twee projecten opgegeven ({p} en ander.wbproj); geef er één. (WB150)\n",
    )


def test_the_command_list_shows_every_description_whole() -> None:
    code, out = _invoke("--help")
    assert code == 0
    listed = out.split("Opdrachten:\n")[1].splitlines()
    assert len(listed) == len(cli.commands) == 14
    assert [line for line in listed if line.endswith("...")] == []
    assert "  code          Passages bij de codes van een codeboek zoeken." in listed
