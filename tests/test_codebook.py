"""Codebooks as YAML data: tree, patterns, every problem reported with its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import CodebookError, Pattern, load_codebook, parse_codebook

GOOD = """\
name: Proef
codes:
  - name: Ouder
    description: Wat ouders ervaren.
    color: "#aa0000"
    codes:
      - name: Contactverlies
        include: Het kind ziet een ouder niet meer.
        examples: ["Ik heb mijn vader twee jaar niet gezien."]
        patterns:
          - contact verliezen
          - {all: [contact, verliezen]}
          - {regex: "geen contact (meer )?met"}
          - [{LEMMA: kind}, {LEMMA: horen}]
  - name: Kind
"""

BAD = """\
name: Proef
codes:
  - name: Ouder
    colour: "#ff0000"
    patterns:
      - ouder
      - {regex: "(open"}
      - [{LEMMA: kind}, {FOO: 1}]
      - {any: [a, b]}
    codes:
      - name: Contactverlies
        color: rood
      - name: Contactverlies
  - name: Ouder
  - description: zonder naam
"""


def test_tree_paths_and_patterns() -> None:
    book = parse_codebook(GOOD)
    assert [c.path for c in book.walk()] == ["Ouder", "Ouder/Contactverlies", "Kind"]
    code = book["Ouder/Contactverlies"]
    assert [(p.kind, p.line) for p in code.patterns] == [
        ("phrase", 11),
        ("all", 12),
        ("regex", 13),
        ("tokens", 14),
    ]
    assert [p.rule for p in code.patterns] == [
        "contact verliezen",
        '{"all": ["contact", "verliezen"]}',
        '{"regex": "geen contact (meer )?met"}',
        '[{"LEMMA": "kind"}, {"LEMMA": "horen"}]',
    ]
    assert code.examples == ["Ik heb mijn vader twee jaar niet gezien."]
    assert book.color_of("Ouder") == "#aa0000"
    assert book.color_of("Kind").startswith("#")


def test_every_problem_is_reported_with_its_line() -> None:
    with pytest.raises(CodebookError) as err:
        parse_codebook(BAD, source="proef.yaml")
    lines = [line for line, _ in err.value.problems]
    assert lines == [4, 7, 8, 9, 12, 13, 14, 15]
    message = str(err.value)
    assert message.startswith("proef.yaml: het codeboek heeft 8 problemen")
    assert "regel 4: onbekende sleutel 'colour'" in message
    assert "regel 7: ongeldige reguliere expressie '(open'" in message
    assert "regel 8: tokenpatroon, token 2: onbekende sleutel 'FOO'" in message
    assert "regel 13: dubbele code 'Ouder/Contactverlies' (eerder op regel 11)" in message
    assert "regel 14: dubbele code 'Ouder' (eerder op regel 3)" in message
    assert "regel 15: code zonder naam" in message


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("name: x\ncodes:\n  - name: [open\n", encoding="utf-8")
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    assert "kapot.yaml" in str(err.value)
    assert err.value.problems[0][0] == 4


def test_round_trip_through_yaml() -> None:
    book = parse_codebook(GOOD)
    again = parse_codebook(book.to_yaml())
    assert [(c.path, c.description, c.color, c.include, c.examples) for c in again.walk()] == [
        (c.path, c.description, c.color, c.include, c.examples) for c in book.walk()
    ]
    assert [p.rule for c in again.walk() for p in c.patterns] == [
        p.rule for c in book.walk() for p in c.patterns
    ]


def test_pattern_words_of_phrase_and_all_of_patterns() -> None:
    assert Pattern("phrase", "Contact Verliezen").words == frozenset({"contact", "verliezen"})
    assert Pattern("all", ["stiefouder", "gezag hebben"]).words == frozenset(
        {"stiefouder", "gezag", "hebben"}
    )
    assert Pattern("regex", r"\bvoogd\w*").words == frozenset()
