"""A broken codebook, label lexicon or front matter is told in Dutch, with its line, and says
how to fix it; no English from the YAML parser reaches the user."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wb.cli import cli
from wb.codebook import CodebookError, parse_codebook
from wb.corpus.readers import read_document
from wb.dossiers.lexicon import LexiconError, parse_lexicon
from wb.errors import MetadataError

REPO = Path(__file__).resolve().parent.parent
UNCLOSED = (
    "geen geldige YAML: een reeks tussen [ ] is niet gesloten of mist een komma (geopend op "
    "regel {}); zet komma's tussen de items en sluit de haakjes op dezelfde regel."
)
COLON = (
    "geen geldige YAML: een dubbele punt ':' op een plek waar die niet kan; zet een waarde met "
    "':' tussen aanhalingstekens, of controleer of deze regel even ver inspringt als de regels "
    "ervoor."
)


def _problems(text: str) -> list[tuple[int | None, str]]:
    with pytest.raises(CodebookError) as err:
        parse_codebook(text, source="boek.yaml")
    return err.value.problems


def test_an_unclosed_list_names_where_it_opened() -> None:
    text = 'name: x\ncodes:\n  - name: A\n    patterns: ["kind", "ouder"\n  - name: B\n'
    assert _problems(text) == [(5, UNCLOSED.format(4))]


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("name: x\ncodes:\n  - name: A: B\n", 3, COLON),
        (
            "name: x\ncodes:\n  - name: A\n    patterns: [\n  - name B\n",
            5,
            "geen geldige YAML: een '[' of '{' op deze regel of een regel erboven is niet "
            "gesloten; sluit de haakjes op dezelfde regel, of schrijf de lijst als regels die "
            "met '- ' beginnen.",
        ),
        (
            "name: x\ncodes:\n\t- name: A\n",
            3,
            "geen geldige YAML: een tab; spring in met spaties, niet met tabs.",
        ),
        (
            "name: x\ncodes:\n  - name: @A\n",
            3,
            "geen geldige YAML: een waarde begint met '@', en dat mag niet; zet de waarde "
            "tussen aanhalingstekens.",
        ),
        (
            "name: x\ncodes:\n  - name: 'A\n",
            4,
            "geen geldige YAML: een aanhalingsteken is niet gesloten (geopend op regel 3); "
            "sluit het op dezelfde regel.",
        ),
        (
            "name: x\ncodes:\n  - name: A\n description: b\n",
            4,
            "geen geldige YAML: de regels springen niet goed in; regels die bij elkaar horen "
            "beginnen precies onder elkaar, en een lijst-item begint met '- '.",
        ),
    ],
)
def test_each_broken_shape_gets_its_dutch_hint(text: str, line: int, problem: str) -> None:
    assert _problems(text) == [(line, problem)]


def test_a_broken_lexicon_is_told_the_same_way() -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon("labels:\n  - label: a: b\n", source="labels.yaml")
    assert err.value.problems == [(2, COLON)]


def test_front_matter_counts_lines_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kapot.md"
    path.write_bytes(b"---\ntitel: goed\nrespondent: [R1, R2\n---\nTekst\n")
    with pytest.raises(MetadataError) as err:
        read_document(path)
    assert str(err.value) == (
        f"{path}, regel 3: de metadata bovenaan (front matter tussen de regels '---') is geen "
        "geldige YAML: een reeks tussen [ ] is niet gesloten of mist een komma (geopend op "
        "regel 3); zet komma's tussen de items en sluit de haakjes op dezelfde regel. Schrijf "
        "elke regel als 'sleutel: waarde'; zet een waarde met ':' of '#' tussen "
        "aanhalingstekens."
    )


def test_wb_code_with_a_broken_codebook_says_so_in_dutch(tmp_path: Path) -> None:
    book = tmp_path / "boek.yaml"
    book.write_text("name: x\ncodes:\n  - name: A: B\n", encoding="utf-8")
    out = tmp_path / "uit.json"
    corpus = str(REPO / "corpora" / "notulen")
    result = CliRunner().invoke(cli, ["code", corpus, "--codebook", str(book), "--json", str(out)])
    assert result.exit_code == 2
    assert result.output == (
        f"fout: {book}: het codeboek heeft 1 probleem; er is niets geladen (WB131):\n"
        f"  - regel 3: {COLON}\n"
    )
    assert not out.exists()


def test_an_import_names_the_file_and_the_line_of_broken_front_matter(tmp_path: Path) -> None:
    folder = tmp_path / "verhalen"
    folder.mkdir()
    (folder / "goed.md").write_text("---\ntitel: goed\n---\nTekst.\n", encoding="utf-8")
    (folder / "kapot.md").write_text("---\ntitel: x\n\tdatum: 2024-01-02\n---\nTekst.\n", "utf-8")
    project = tmp_path / "p.wbproj"
    result = CliRunner().invoke(cli, ["import", str(folder), "--project", str(project)])
    assert result.exit_code == 2
    assert result.output.splitlines()[1] == (
        "  - 'kapot.md': regel 3: de metadata bovenaan (front matter tussen de regels '---') is "
        "geen geldige YAML: een tab; spring in met spaties, niet met tabs. Schrijf elke regel als "
        "'sleutel: waarde'; zet een waarde met ':' of '#' tussen aanhalingstekens."
    )
    assert not project.exists()
