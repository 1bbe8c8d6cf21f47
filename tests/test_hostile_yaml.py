"""Hostile YAML in codebooks, label lexicons and front matter ends at once with a Dutch line."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import CodebookError, parse_codebook
from wb.corpus.readers import read_document
from wb.dossiers.lexicon import LexiconError, parse_lexicon
from wb.errors import MetadataError


def _alias_bomb(levels: int) -> str:
    """A 'billion laughs' document: each level refers nine times to the one before."""
    lines = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_codebook_alias_bomb_is_refused_with_its_line() -> None:
    text = "name: x\n" + _alias_bomb(4) + "codes:\n  - name: A\n    examples: *l4\n"
    with pytest.raises(CodebookError) as err:
        parse_codebook(text, source="bom.yaml")
    assert err.value.problems == [
        (
            2,
            "ankers en verwijzingen (&naam en *naam) zijn niet toegestaan; "
            "schrijf de waarde op elke plek voluit.",
        )
    ]
    assert str(err.value).startswith("bom.yaml: het codeboek heeft 1 probleem")


def test_a_lone_alias_is_refused_too() -> None:
    text = "name: x\ncodes:\n  - name: A\n    examples: *nergens\n"
    with pytest.raises(CodebookError) as err:
        parse_codebook(text)
    assert err.value.problems[0][0] == 4
    assert "ankers en verwijzingen" in err.value.problems[0][1]


@pytest.mark.parametrize("style", ["flow", "block"])
def test_deep_nesting_is_refused_not_a_recursion_error(style: str) -> None:
    depth = 300
    if style == "flow":
        text = "name: x\ncodes:\n  - name: A\n    examples: " + "[" * depth + "]" * depth + "\n"
    else:
        text = "name: x\ncodes:\n" + "".join(
            f"{'  ' * i}- name: C{i}\n{'  ' * i}  codes:\n" for i in range(depth)
        )
    with pytest.raises(CodebookError) as err:
        parse_codebook(text)
    [(line, message)] = err.value.problems
    assert message.startswith("te diep genest (meer dan 50 niveaus")
    assert line is not None and line > 3


def test_a_codebook_nested_ten_levels_still_loads() -> None:
    text = (
        "name: x\ncodes:\n"
        + "".join(f"{'    ' * i}  - name: C{i}\n{'    ' * i}    codes:\n" for i in range(10))
        + f"{'    ' * 10}  - name: Blad\n"
    )
    book = parse_codebook(text)
    assert [c.path for c in book.walk()][-1] == "/".join([f"C{i}" for i in range(10)] + ["Blad"])


def test_lexicon_alias_bomb_is_refused_with_its_line() -> None:
    text = _alias_bomb(5) + "labels:\n  - label: dader\n    variants: *l5\n"
    with pytest.raises(LexiconError) as err:
        parse_lexicon(text, source="labels.yaml")
    assert err.value.problems[0][0] == 1
    assert "ankers en verwijzingen" in str(err.value)


def test_front_matter_alias_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "rapport.md"
    path.write_text("---\ndatum: 2024-01-02\nlach: &a [ha, ha]\nmeer: *a\n---\nTekst.\n")
    with pytest.raises(MetadataError) as err:
        read_document(path)
    assert err.value.line == 3
    assert "ankers en verwijzingen" in err.value.message
