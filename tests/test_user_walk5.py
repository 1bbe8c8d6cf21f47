"""user-walk5: what user-walk4 saw and left, fixed.

The learning note after "Document klaar" says what the reach of the codings added (notebook 01
printed a promise and then "(nog) niets nieuws"); a label list's `term:` for `label:` is one
mistake in one line that says what to write; notebook 03 renames a theme by its content and
names the summary's method.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_coding_done import BOOK, TEXTS, _code_passages, _reach_from_one_sentence

from wb.cli import cli
from wb.coding.session import CodingSession, suggestion_key
from wb.corpus.importer import import_folder
from wb.dossiers.lexicon import parse_lexicon
from wb.errors import LexiconError

__all__ = ["_reach_from_one_sentence"]  # the autouse fixture (MIN_OWN 1) applies here too

LEARNED = "2 documenten klaar; wb leerde daaruit hoe ver uw codes reiken"


@pytest.fixture
def done_two(project, tmp_path: Path) -> CodingSession:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_folder(project, folder)
    session = CodingSession(project, BOOK, "Anna")
    for k in (0, 1):
        _code_passages(session, k)
        session.open(k)
        session.mark_done()
    return session


def test_the_note_counts_what_the_reach_suggests(done_two: CodingSession) -> None:
    assert done_two.learning_note() == (
        f"{LEARNED} en stelt daarom 1 zin extra voor in het andere document, met als reden "
        "'zoals in de documenten die u codeerde …'."
    )


def test_the_note_says_plainly_when_nothing_new_is_left(done_two: CodingSession) -> None:
    done_two.open("c.txt")
    reach = [s for s in done_two.suggestions() if s.rule == "(zoals uw coderingen)"]
    assert [(s.start, s.end) for s in reach] == [(59, 84)]
    done_two.reject(suggestion_key(reach[0]))
    assert done_two.learning_note() == (
        f"{LEARNED}, maar stelt daarom in het andere document (nog) geen zin extra voor."
    )
    done_two.mark_done()
    assert done_two.learning_note() == (
        "3 documenten klaar; wb leerde daaruit hoe ver uw codes reiken; er is geen document "
        "meer dat nog niet klaar is."
    )


TERM_KEY = """\
name: x
labels:
  - term: ouderverstoting
    variants: [ouderverstoten]
    why: stigmatiserend
    alternative: contactverlies
  - label: gezagsconflict
    term: ruzie
    neutraal: ruzie
"""
TOLD = (
    "onbekende sleutel 'term'; een term begint met 'label:', schrijf 'label: ouderverstoting' in "
    "plaats van 'term: ouderverstoting' (zoals in codebooks/labels.yaml)"
)
UNKNOWN = (
    "(toegestaan: label (naam), variants (varianten), why (waarom), alternative (alternatief), "
    "compound (samenstelling), context, exact (hoofdlettergevoelig), notes, notities, examples, "
    "voorbeelden)"
)


def test_term_for_label_is_one_line_that_says_what_to_write() -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon(TERM_KEY, source="lijst.yaml")
    assert err.value.problems == [
        (3, TOLD),
        (
            7,
            "'why' ontbreekt of is leeg bij 'gezagsconflict': schrijf waarom het label kan schaden",
        ),
        (
            7,
            "'alternative' ontbreekt of is leeg bij 'gezagsconflict': schrijf een neutraal "
            "alternatief",
        ),
        # with a label, 'term' is only an unknown key (and 'neutraal' one more)
        (8, f"onbekende sleutel 'term' {UNKNOWN}"),
        (9, f"onbekende sleutel 'neutraal' {UNKNOWN}"),
    ]
    with pytest.raises(LexiconError) as err:  # no text to move: the two lines as before
        parse_lexicon("- term: [a]\n", source="lijst.yaml")
    assert err.value.problems == [
        (1, f"onbekende sleutel 'term' {UNKNOWN}"),
        (1, "term zonder 'label': geef elke term een canoniek label"),
    ]


def test_wb_labels_names_the_file_and_line_of_the_term_key(tmp_path: Path) -> None:
    lexicon = tmp_path / "lijst.yaml"
    lexicon.write_text(TERM_KEY.split("  - label:")[0], encoding="utf-8")
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text("Een tekst.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["labels", str(folder), "--lexicon", str(lexicon)])
    assert result.exit_code == 2
    assert result.output.splitlines()[-2:] == [
        f"fout: {lexicon}: de labellijst heeft 1 probleem; er is niets geladen (WB132):",
        f"  - regel 3: {TOLD}",
    ]


ROOT = Path(__file__).resolve().parent.parent


def _cells(kind: str) -> list[str]:
    path = ROOT / "notebooks" / "03_themas.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == kind]


def test_notebook_03_renames_a_theme_by_its_content_not_by_its_place() -> None:
    cell = next(c for c in _cells("code") if "rename_theme(project" in c)
    assert "run.themes[:" not in cell  # "conflict en vechtscheiding" became "Stem van het kind"
    assert 'rij = overlap.sort_values(["aandeel", "passages"], ascending=False).iloc[0]' in cell
    assert 'if rij["aandeel"] >= 0.5:' in cell
    prose = "\n".join(_cells("markdown"))
    assert "het thema waar één code het duidelijkst bij hoort" in prose


def test_notebook_03_names_the_method_the_summary_names() -> None:
    from wb.themes.embed import TfidfSvdEmbedder

    prose = "\n".join(_cells("markdown"))
    assert f"De rekenmethode heet in de samenvatting (stap 7) *{TfidfSvdEmbedder.name}*" in prose
    assert "TF-IDF op lemma's, PCA" not in prose
