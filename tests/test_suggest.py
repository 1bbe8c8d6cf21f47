"""Codebook suggestions on Dutch lemmas: exact spans, inflection, separable verbs, look-alikes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.codebook import parse_codebook
from wb.coding.suggest import Suggester, suggestions_json
from wb.nlp import load
from wb.store import open_project

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Ouder
    codes:
      - name: Contactverlies
        patterns:
          - contact verliezen
          - {all: [contact, verliezen]}
          - {all: [zin, terugkomen]}
      - name: Ouders
        patterns: [ouder]
  - name: Kind
    codes:
      - name: Gehoord
        patterns: [kind horen]
  - name: Samenwerking
    patterns: [samenwerken, afstemmen, meenemen]
  - name: Verantwoordelijkheid
    patterns: [verantwoordelijkheid, ervaringsdeskundige, gesprek, boos, bezoeken]
  - name: Contact
    patterns: [contact]
  - name: Regex
    patterns: [{regex: "geen\\\\s+contact"}]
  - name: Tokens
    patterns: [[{LEMMA: jeugdbeschermer}, {LOWER: belde}]]
"""
)


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester(BOOK, load(prefer_model=False)).fit()


def _matches(suggester: Suggester, text: str) -> list[tuple[str, str]]:
    doc = suggester.nlp(text)
    return [(s.code, s.match_text) for s in suggester.suggest_doc("t.txt", doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De kinderen hoorden het nieuws.", [("Kind/Gehoord", "kinderen hoorden")]),
        ("De kinderen worden gehoord.", []),
        (
            "Ze verloren het contact.",
            [("Ouder/Contactverlies", "verloren het contact"), ("Contact", "contact")],
        ),
        (
            "Het contact met zijn vader is verloren gegaan.",
            [
                ("Contact", "contact"),
                ("Ouder/Contactverlies", "contact met zijn vader is verloren"),
            ],
        ),
        ("Ze werkten goed samen met school.", [("Samenwerking", "werkten goed samen")]),
        ("We stemden het af.", [("Samenwerking", "stemden het af")]),
        ("Nu stemmen we af.", [("Samenwerking", "stemmen we af")]),
        ("Om samen te werken.", [("Samenwerking", "samen te werken")]),
        ("Ze hebben goed samengewerkt.", [("Samenwerking", "samengewerkt")]),
        ("Hij nam de kinderen mee.", [("Samenwerking", "nam de kinderen mee")]),
        ("Verantwoordelijkheden", [("Verantwoordelijkheid", "Verantwoordelijkheden")]),
        ("Twee ervaringsdeskundigen.", [("Verantwoordelijkheid", "ervaringsdeskundigen")]),
        ("De gesprekken waren boze.", [("Verantwoordelijkheid", "gesprekken")]),
        ("Vader bezocht hen.", [("Verantwoordelijkheid", "bezocht")]),
        ("De contactpersoon belde.", []),
        ("Grootouders kwamen.", []),
        ("De ouders kwamen.", [("Ouder/Ouders", "ouders")]),
        ("Die zin kwam steeds terug.", [("Ouder/Contactverlies", "zin kwam steeds terug")]),
        ("Er is geen  contact.", [("Regex", "geen  contact"), ("Contact", "contact")]),
        ("De jeugdbeschermer belde.", [("Tokens", "jeugdbeschermer belde")]),
    ],
)
def test_lemma_matching(suggester: Suggester, text: str, expected: list[tuple[str, str]]) -> None:
    found = _matches(suggester, text)
    if text == "De gesprekken waren boze.":
        expected = [("Verantwoordelijkheid", "gesprekken"), ("Verantwoordelijkheid", "boze")]
    assert found == expected


def test_sentence_and_match_offsets(suggester: Suggester) -> None:
    text = "Eerste zin hier.\n\nDaarna hoorden de kinderen niets. De kinderen hoorden het wel."
    doc = suggester.nlp(text)
    (s,) = suggester.suggest_doc("a.txt", doc)
    assert (s.start, s.end, s.match_start, s.match_end) == (52, 80, 55, 71)
    assert text[s.start : s.end] == "De kinderen hoorden het wel."
    assert text[s.match_start : s.match_end] == s.match_text == "kinderen hoorden"
    assert s.to_json() == {
        "doc": "a.txt",
        "start": 52,
        "end": 80,
        "code": "Kind/Gehoord",
        "match": {"start": 55, "end": 71, "text": "kinderen hoorden"},
        "rule": "kind horen",
        "score": 1.0,
        "reason": "lemma's na elkaar: kind horen",
    }


def test_cli_on_folder_and_apply_on_project(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "De kinderen hoorden het.\n\nWe stemden het af.", encoding="utf-8"
    )
    book = tmp_path / "b.yaml"
    book.write_text(BOOK.to_yaml(), encoding="utf-8")
    out = tmp_path / "s.json"
    runner = CliRunner()
    result = runner.invoke(cli, ["code", str(folder), "--codebook", str(book), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["doc"], s["code"], s["match"]["text"]) for s in data["suggestions"]] == [
        ("a.txt", "Kind/Gehoord", "kinderen hoorden"),
        ("a.txt", "Samenwerking", "stemden het af"),
    ]
    project = tmp_path / "p.wbproj"
    runner.invoke(cli, ["import", str(folder), "--project", str(project)])
    result = runner.invoke(
        cli, ["code", str(project), "--codebook", str(book), "--apply", "--coder", "Anna"]
    )
    assert result.exit_code == 0, result.output
    assert "2 coderingen opgeslagen voor codeur 'Anna'" in result.output
    with open_project(project) as p:
        rows = p.conn.execute(
            'SELECT codes.path, start, "end", origin, coders.name FROM codings '
            "JOIN codes ON codes.id = code_id JOIN coders ON coders.id = coder_id ORDER BY start"
        ).fetchall()
    assert rows == [
        ("Kind/Gehoord", 0, 24, "auto", "Anna"),
        ("Samenwerking", 26, 44, "auto", "Anna"),
    ]


def test_apply_needs_a_coder(tmp_path: Path) -> None:
    book = tmp_path / "b.yaml"
    book.write_text(BOOK.to_yaml(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "--codebook", str(book), "--apply"])
    assert result.exit_code == 2
    assert "--coder" in result.output


def test_json_contract_shape(suggester: Suggester) -> None:
    doc = suggester.nlp("De ouders kwamen.")
    data = suggestions_json(suggester.suggest_doc("x.md", doc))
    assert set(data) == {"suggestions"}
    assert set(data["suggestions"][0]) == {
        "doc",
        "start",
        "end",
        "code",
        "match",
        "rule",
        "score",
        "reason",
    }
