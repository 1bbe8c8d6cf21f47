"""user-walk4: what a Dutch user read in English (a codebook's token pattern, a damaged REFI
file) and the quarters of notebook 03, now in Dutch."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.codebook import parse_codebook
from wb.dossiers.lexicon import parse_lexicon
from wb.errors import CodebookError, LexiconError

ROOT = Path(__file__).resolve().parents[1]

TOKENS = """\
name: Proef
codes:
  - name: A
    patterns:
      - [{LEMMAA: kind}]
      - [{LEMMA: kind}, {OP: x}]
      - [{LEMMA: {INN: [a]}}]
      - [{LEMMA: {IN: kind}}]
      - [{LEMMA: 5}]
      - [{IS_ALPHA: ja}]
      - [{LEMMA: {REGEX: "[("}}]
      - [{lemma: kind}, {LOWER: {IN: [jongere, tiener]}, OP: "?"}, {LENGTH: 3, OP: "{1,2}"}]
"""


def test_token_pattern_mistakes_are_said_in_dutch_with_token_key_and_what_to_write() -> None:
    with pytest.raises(CodebookError) as err:
        parse_codebook(TOKENS, source="proef.yaml")
    assert err.value.problems == [
        (
            5,
            "tokenpatroon, token 1: onbekende sleutel 'LEMMAA' (bedoelt u 'LEMMA'?); bruikbaar "
            "zijn onder meer LEMMA, LOWER, ORTH, POS en OP (zie codebooks/README.md)",
        ),
        (
            6,
            "tokenpatroon, token 2: OP 'x' kan niet; gebruik ? (mag ontbreken), * (nul of meer), "
            "+ (een of meer), ! (niet) of een aantal zoals {2} of {1,3}",
        ),
        (
            7,
            "tokenpatroon, token 1: bij LEMMA kan 'INN' niet (bedoelt u 'IN'?); gebruik IN, "
            "NOT_IN of REGEX, bijv. {IN: [kind, jongere]}",
        ),
        (8, "tokenpatroon, token 1: bij LEMMA moet IN een lijst zijn, bijv. {IN: [kind, jongere]}"),
        (9, "tokenpatroon, token 1: LEMMA moet een woord zijn (tekst), niet 5"),
        (10, "tokenpatroon, token 1: IS_ALPHA moet true of false zijn, niet 'ja'"),
        (
            11,
            "tokenpatroon, token 1: bij LEMMA is REGEX '[(' geen geldige reguliere expressie: "
            "een [ wordt niet gesloten met ] (bij teken 1)",
        ),
    ]  # line 12 (lowercase key, IN list, OP and a count) is a good pattern


def test_a_codebook_regex_error_is_said_in_dutch_with_the_position() -> None:
    book = "name: P\ncodes:\n  - name: A\n    patterns:\n      - {regex: '(open'}\n"
    book += "      - {regex: 'a)'}\n      - {regex: '*a'}\n      - {regex: '(?<x'}\n"
    with pytest.raises(CodebookError) as err:
        parse_codebook(book, source="boek.yaml")
    assert err.value.problems == [
        (
            5,
            "ongeldige reguliere expressie '(open': een haakje ( wordt niet gesloten (bij teken 1)",
        ),
        (6, "ongeldige reguliere expressie 'a)': een haakje ) zonder ( ervoor (bij teken 2)"),
        (
            7,
            "ongeldige reguliere expressie '*a': *, + of ? staat achter niets dat herhaald kan "
            "worden (bij teken 1)",
        ),
        (
            8,
            "ongeldige reguliere expressie '(?<x': controleer haakjes ( [ { en tekens als * + ? \\ "
            "(bij teken 2)",
        ),
    ]


def test_wb_code_with_a_wrong_token_pattern_exits_2_in_dutch(tmp_path: Path) -> None:
    book = tmp_path / "boek.yaml"
    book.write_text(
        'name: Test\ncodes:\n  - name: A\n    patterns:\n      - [{"LEMMAA": "kind"}]\n',
        encoding="utf-8",
    )
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a.txt").write_text("Het kind speelt.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(folder), "--codebook", str(book)])
    assert (result.exit_code, result.output) == (
        2,
        f"fout: {book}: het codeboek heeft 1 probleem; er is niets geladen (WB131):\n"
        "  - regel 5: tokenpatroon, token 1: onbekende sleutel 'LEMMAA' (bedoelt u 'LEMMA'?); "
        "bruikbaar zijn onder meer LEMMA, LOWER, ORTH, POS en OP (zie codebooks/README.md)\n",
    )


def test_a_bare_word_as_label_term_or_code_says_the_line_to_write() -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon("- ouderverstoting\n- [a, b]\n", source="lijst.yaml")
    assert err.value.problems == [
        (
            1,
            "'ouderverstoting' staat er als los woord; schrijf een term als '- label: "
            "ouderverstoting' (met eventueel variants, why en alternative eronder), zoals in "
            "codebooks/labels.yaml",
        ),
        (
            2,
            "een term begint met 'label:' (met eventueel variants, why en alternative eronder), "
            "zoals in codebooks/labels.yaml",
        ),
    ]
    with pytest.raises(CodebookError) as err:
        parse_codebook("name: T\ncodes:\n  - Contactverlies\n", source="boek.yaml")
    assert err.value.problems == [
        (
            3,
            "'Contactverlies' staat er als los woord; schrijf een code als '- name: "
            "Contactverlies' (met eventueel description en patterns eronder), zoals in "
            "codebooks/leernetwerk.yaml",
        )
    ]


def _import(tmp_path: Path, refi: Path) -> tuple[int, str]:
    project = tmp_path / "p.wbproj"
    args = ["import", str(refi), "--project", str(project), "--corpus", "notulen"]
    result = CliRunner().invoke(cli, args)
    assert not project.exists()
    return result.exit_code, result.output


def test_a_qdpx_that_is_no_zip_says_so_without_pythons_english(tmp_path: Path) -> None:
    refi = tmp_path / "kapot.qdpx"
    refi.write_text("dit is geen zip\n", encoding="utf-8")
    assert _import(tmp_path, refi) == (
        2,
        f"fout: {refi}: is geen geldig .qdpx-bestand (geen leesbaar zip-archief). Is het bestand "
        "volledig gedownload? Exporteer het opnieuw. (WB180)\n",
    )


def test_a_qdpx_with_broken_xml_gives_line_and_column_in_dutch(tmp_path: Path) -> None:
    refi = tmp_path / "slecht.qdpx"
    with zipfile.ZipFile(refi, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?>\n<Project>\n  <Users><niet')
    assert _import(tmp_path, refi) == (
        2,
        f"fout: {refi}:project.qde: is geen geldige XML (fout op regel 3, kolom 10). Is het "
        "bestand beschadigd? Exporteer het opnieuw. (WB180)\n",
    )


class _Plot:
    """Stands in for plotly.express: keeps the frame the notebook cell plots."""

    def line(self, frame: pd.DataFrame, **kwargs: object) -> pd.DataFrame:
        return frame


def test_notebook_03_plots_quarters_as_dutch_labels_not_2023q1() -> None:
    nb = json.loads((ROOT / "notebooks" / "03_themas.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in nb["cells"]]
    cell = next(source for source in sources if "over_time(project, run" in source)
    periods = pd.period_range("2023Q4", "2024Q2", freq="Q")
    table = pd.DataFrame({"thema a": [1, 0, 2]}, index=periods.rename("Datum"))
    *body, last = cell.strip().splitlines()
    space = {"pd": pd, "px": _Plot(), "project": None, "run": None}
    space["over_time"] = lambda project, run, freq: table
    exec("\n".join(body), space)
    plotted = eval(last, space)
    assert list(plotted.index) == ["2023 K4", "2024 K1", "2024 K2"]
    assert plotted.index.name == "kwartaal"


def test_namen_on_a_missing_project_names_wb_import_as_every_other_command(tmp_path: Path) -> None:
    project = tmp_path / "nee.wbproj"
    args = ["namen", "replace", "--project", str(project), "--add", "Bolletje"]
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.output) == (
        2,
        f"fout: {project}: bestaat niet. Controleer het pad, of maak het project met: wb import "
        f"MAP --project {project} (WB200)\n",
    )
    assert not project.exists()


def test_wb_themes_says_where_json_went_as_its_last_line(tmp_path: Path, monkeypatch) -> None:
    import wb.themes.run

    result = {
        "themes": [{"id": 0, "label": "contact", "keywords": ["oma"], "size": 2, "stability": 0.9}],
        "segments": [{"doc": "a.txt", "start": 0, "end": 5, "theme": 0}] * 2,
        "outlier_share": 0.0,
        "parameters": {},
    }
    monkeypatch.setattr(wb.themes.run, "themes_for_folder", lambda folder, **kw: result)
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "a.txt").write_text("Oma belt.\n", encoding="utf-8")
    target = tmp_path / "t.json"
    out = CliRunner().invoke(cli, ["themes", str(folder), "--json", str(target), "--runs", "1"])
    assert out.exit_code == 0, out.output
    assert out.output.splitlines()[-2:] == [
        "1 thema (stabiliteit niet gemeten: maar één run) in 2 passages; 0% niet ingedeeld.",
        f"Geschreven: {target} (het volledige resultaat als JSON).",
    ]
    assert json.loads(target.read_text(encoding="utf-8"))["themes"][0]["label"] == "contact"
