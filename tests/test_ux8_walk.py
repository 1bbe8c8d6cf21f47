"""What ux7's walk-through left: an unknown key in a label list, an output path found wrong only
after the work, notebook 02's ISO dates, and metadata rows for missing files not warned about."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.codebook import parse_codebook
from wb.dossiers.lexicon import parse_lexicon
from wb.errors import CodebookError, LexiconError

REPO = Path(__file__).resolve().parent.parent
WHY = "waarom het label kan schaden"
TERM_KEYS = (
    "label (naam), variants (varianten), why (waarom), alternative (alternatief), "
    "compound (samenstelling), context, exact (hoofdlettergevoelig), notes, notities, examples, "
    "voorbeelden"
)


# -- 1. a label list with an unknown key ---------------------------------------------------------


def test_an_unknown_key_in_a_label_list_is_named_as_in_a_codebook() -> None:
    """`vormen` and `uitleg` were read past in silence; only "'why' ontbreekt" was said."""
    text = (
        "- label: vechtscheiding\n"
        "  vormen: [vechtscheidingen]\n"
        "  uitleg: Het woord maakt van een conflict een strijd.\n"
        "  alternative: een scheiding met veel conflict\n"
    )
    with pytest.raises(LexiconError) as err:
        parse_lexicon(text, source="mijn_labels.yaml")
    assert err.value.problems == [
        (1, f"'why' ontbreekt of is leeg bij 'vechtscheiding': schrijf {WHY}"),
        (2, f"onbekende sleutel 'vormen' (toegestaan: {TERM_KEYS})"),
        (3, f"onbekende sleutel 'uitleg' (toegestaan: {TERM_KEYS})"),
    ]
    assert str(err.value).startswith("mijn_labels.yaml: de labellijst heeft 3 problemen")
    with pytest.raises(CodebookError) as book:
        parse_codebook("name: b\ncodes:\n  - name: A\n    colour: '#ff0000'\n    kleur: rood\n")
    code_keys = "codes, color, description, examples, exclude, include, name, patterns"
    assert book.value.problems == [
        (4, f"onbekende sleutel 'colour'; bedoelt u 'color'? (toegestaan: {code_keys})"),
        (5, f"onbekende sleutel 'kleur' (toegestaan: {code_keys})"),
    ]


def test_a_misspelt_key_gets_a_hint_and_dutch_keys_and_notes_still_load() -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon("- label: x\n  varainten: [y]\n  waarom: w\n  alternatief: a\n")
    assert err.value.problems == [
        (2, f"onbekende sleutel 'varainten'; bedoelt u 'varianten'? (toegestaan: {TERM_KEYS})")
    ]
    lexicon = parse_lexicon(
        "- Label: x\n  Varianten: [y]\n  waarom: w\n  alternatief: a\n"
        "  notes: uit de training van 2025\n  voorbeelden: [de y van moeder]\n"
    )
    assert lexicon["x"].variants == ("x", "y")


def test_a_label_list_names_an_unknown_key_at_the_top() -> None:
    term = "  - label: x\n    why: w\n    alternative: a\n"
    with pytest.raises(LexiconError) as err:
        parse_lexicon(f"naam: Mijn lijst\nversie: 2\nlabels:\n{term}")
    top = "beschrijving, description, entries, labels, lexicon, naam, name, termen, terms"
    assert err.value.problems == [(2, f"onbekende sleutel 'versie' bovenaan (toegestaan: {top})")]
    lexicon = parse_lexicon(f"naam: Mijn lijst\nbeschrijving: Onze termen\nlabels:\n{term}")
    assert (lexicon.name, lexicon.description) == ("Mijn lijst", "Onze termen")


def test_wb_labels_with_a_wrong_key_stops_with_the_file_and_line(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    bad = tmp_path / "labels.yaml"
    bad.write_text("- label: x\n  vormen: [y]\n  why: w\n  alternative: a\n", encoding="utf-8")
    out = tmp_path / "uit.json"
    result = CliRunner().invoke(
        cli, ["labels", str(folder), "--lexicon", str(bad), "--json", str(out)]
    )
    assert result.exit_code == 2
    assert (
        f"fout: {bad}: de labellijst heeft 1 probleem; er is niets geladen (WB132):"
        in result.stderr
    )
    assert f"  - regel 2: onbekende sleutel 'vormen' (toegestaan: {TERM_KEYS})" in result.stderr
    assert not out.exists()


# -- 2. the output path is checked before the work -----------------------------------------------


def _folder(tmp_path: Path, metadata: str | None = None) -> Path:
    folder = tmp_path / "rapporten"
    folder.mkdir()
    (folder / "a.txt").write_text("Moeder is niet-meewerkend.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Vader belde de school.\n", encoding="utf-8")
    if metadata is not None:
        (folder / "metadata.csv").write_text(metadata, encoding="utf-8")
    return folder


def _never(*_args: object, **_kw: object) -> None:
    raise AssertionError("the work started before the output path was checked")


@pytest.mark.parametrize(
    ("command", "module", "work"),
    [
        ("labels", "wb.dossiers.labels", "label_corpus"),
        ("reuse", "wb.dossiers.reuse", "detect_reuse"),
        ("code", "wb.coding.apply", "suggest_folder"),
    ],
)
def test_json_into_a_missing_folder_is_refused_before_the_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, module: str, work: str
) -> None:
    """`wb labels/code/reuse --json nope/x.json` did the whole analysis, then stopped."""
    import importlib

    monkeypatch.setattr(importlib.import_module(module), work, _never)
    folder = _folder(tmp_path)
    target = tmp_path / "nope" / "x.json"
    args = [command, str(folder), "--json", str(target)]
    if command == "code":
        args += ["--codebook", str(REPO / "codebooks" / "leernetwerk.yaml")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"fout: {target}: de map {tmp_path / 'nope'} bestaat niet; maak die eerst aan. (WB170)\n"
    )
    a_file = tmp_path / "een_bestand"
    a_file.write_text("x", encoding="utf-8")
    args[3] = str(a_file / "sub" / "x.json")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"fout: {a_file / 'sub' / 'x.json'}: {a_file} is een bestand, geen map; kies een ander "
        "pad. (WB170)\n"
    )


def test_themes_and_pseudonymise_refuse_a_file_in_the_way_before_the_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`wb themes --out afile/sub` ended in a Python traceback (exit 1) after the clustering;
    `wb pseudonymise --out afile/sub` after reading every document."""
    import wb.dossiers.pseudonymise
    import wb.themes.run

    monkeypatch.setattr(wb.themes.run, "themes_for_folder", _never)
    monkeypatch.setattr(wb.themes.run, "themes_for_project", _never)
    monkeypatch.setattr(wb.dossiers.pseudonymise, "_pseudonymise_corpus", _never)
    folder = _folder(tmp_path)
    a_file = tmp_path / "een_bestand"
    a_file.write_text("x", encoding="utf-8")
    said = f"{a_file} is een bestand, geen map; kies een ander pad. (WB170)\n"
    for args, named in [
        (["themes", str(folder), "--out", str(a_file / "sub")], a_file / "sub"),
        (["themes", str(folder), "--json", str(a_file / "t.json")], a_file / "t.json"),
        (["pseudonymise", str(folder), "--out", str(a_file / "sub")], a_file / "sub"),
        (
            [
                "pseudonymise",
                str(folder),
                "--out",
                str(tmp_path / "u"),
                "--json",
                str(a_file / "m"),
            ],
            a_file / "m",
        ),
    ]:
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr == f"fout: {named}: {said}", args
    assert not (tmp_path / "u").exists()


def test_a_folder_given_as_a_file_to_write_is_said_in_dutch(tmp_path: Path) -> None:
    from wb.atomic import check_file_target, write_atomic
    from wb.errors import OutputError

    with pytest.raises(OutputError, match=r"is een map; geef de naam van een bestand"):
        check_file_target(tmp_path)
    with pytest.raises(OutputError, match=r"is een map; geef de naam van een bestand"):
        write_atomic(tmp_path, "x")  # was IsADirectoryError from os.replace
    assert check_file_target(tmp_path / "nieuw" / "x.json", make_folders=True).name == "x.json"


# -- 3. notebook 02's timeline dates -------------------------------------------------------------


def test_notebook_02_timeline_writes_dates_the_dutch_way() -> None:
    """The timeline showed `2022-02-15`; every other view says "15 februari 2022"."""
    import wb
    from wb.corpus.display import dutch_date
    from wb.corpus.dossiers import report_date

    cells = json.loads((REPO / "notebooks" / "02_dossiers.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in cells["cells"] if c["cell_type"] == "code")
    expression = re.search(r'"datum": (.+),\n', code)
    assert expression is not None

    class Doc:
        metadata: ClassVar[dict[str, str]] = {"dossier": "D1", "date": "2022-02-15"}

    names = {"dutch_date": dutch_date, "report_date": report_date, "doc": Doc}
    shown = eval(expression.group(1), names)  # the notebook's own expression
    assert shown == "15 februari 2022"
    assert dutch_date(datetime.date(2022, 2, 15)) == shown  # the one formatter, not a second
    assert (wb.dutch_date, wb.report_date) == (dutch_date, report_date)  # importable from wb


# -- 4. metadata.csv rows for files that are not there --------------------------------------------

MISSING = "metadata.csv noemt 'weg.txt', maar dat bestand staat niet in de map."


def test_labels_reuse_and_import_warn_alike_about_a_row_without_a_file(tmp_path: Path) -> None:
    """`wb import` warned; `wb labels`, `wb reuse` and `wb pseudonymise` on the same folder said
    nothing."""
    rows = "a.txt,D,2022-01-10\nb.txt,D,2022-02-15\nweg.txt,D,2022-03-01\n"
    folder = _folder(tmp_path, "file,dossier,date\n" + rows)
    for command in ("labels", "reuse"):
        result = CliRunner().invoke(cli, [command, str(folder)])
        assert result.exit_code == 0, result.output
        assert result.stderr == f"let op: {MISSING}\n", command
    result = CliRunner().invoke(cli, ["pseudonymise", str(folder), "--out", str(tmp_path / "u")])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"let op: {MISSING}\n"
    project = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert f"  let op: {MISSING}\n" in result.stdout


def test_the_dossier_reader_warns_once_per_missing_file_in_name_order(tmp_path: Path) -> None:
    from wb.corpus.dossiers import read_folder

    folder = _folder(tmp_path, "file,dossier\nz.txt,D\na.txt,D\nc.txt,D\n")
    reports, _, warns = read_folder(folder)
    assert [r.doc for r in reports] == ["a.txt", "b.txt"]
    assert warns == [
        "metadata.csv noemt 'c.txt', maar dat bestand staat niet in de map.",
        "metadata.csv noemt 'z.txt', maar dat bestand staat niet in de map.",
    ]
