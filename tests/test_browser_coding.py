"""Browser test: code a passage with clicks in the coding widget (Voila), then read the file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser import browser_page, needs_chromium, voila, write_notebook

from wb.corpus.importer import import_folder
from wb.store import open_project
from wb.store.codings import codings_table
from wb.store.documents import iter_documents
from wb.store.done import done_documents

pytestmark = [pytest.mark.browser, needs_chromium]

BOOK = """name: proef
codes:
  - name: Gehoord
    color: "#4e79a7"
    patterns: [kind horen]
  - name: Samenwerking
    color: "#59a14f"
    patterns: [samenwerken]
"""
TEXT = "De kinderen hoorden het nieuws pas later.\n\nDaarna werkten de ouders goed samen."
FILLER = "".join(f"\n\nAlinea {i} zonder bijzonderheden." for i in range(60))
LAST = "\n\nOok de kinderen hoorden het pas laat."

SELECT = """([start, end]) => {
  const spans = [...document.querySelectorAll('.wb-text span[data-s]')];
  const locate = (pos) => {
    for (const s of spans) {
      const a = parseInt(s.dataset.s, 10), len = Array.from(s.textContent).length;
      if (pos >= a && pos <= a + len) return [s.firstChild, pos - a];
    }
  };
  const [n1, o1] = locate(start), [n2, o2] = locate(end);
  const r = document.createRange(); r.setStart(n1, o1); r.setEnd(n2, o2);
  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
}"""


def test_code_a_passage_with_clicks(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT + FILLER + LAST, encoding="utf-8")
    (folder / "b.txt").write_text("Een tweede verslag.", encoding="utf-8")
    project_path = tmp_path / "p.wbproj"
    with open_project(project_path) as p:
        import_folder(p, folder)
    (tmp_path / "book.yaml").write_text(BOOK, encoding="utf-8")
    nb = write_notebook(
        tmp_path / "coderen.ipynb",
        "import os\n"
        "from wb.codebook import load_codebook\n"
        "from wb.store import open_project\n"
        "from wb.widgets import coding_widget\n"
        "project = open_project(os.environ['WB_PROJECT'])\n"
        "coding_widget(project, load_codebook(os.environ['WB_CODEBOOK']), 'Anna')\n",
    )
    env = {"WB_PROJECT": str(project_path), "WB_CODEBOOK": str(tmp_path / "book.yaml")}
    with voila(nb, env) as url, browser_page() as page:
        page.goto(url, timeout=90_000)
        page.wait_for_selector(".wb-text span[data-s]", timeout=90_000)
        assert page.locator(".wb-suggested").count() >= 2
        page.click("li[data-code='Samenwerking']")
        # The side panel shows the selected words, shortened in the middle, not offsets.
        page.evaluate(SELECT, [0, (TEXT + FILLER).index("Alinea 2")])
        page.wait_for_selector(".wb-selection:has-text('…')", timeout=30_000)
        assert page.inner_text(".wb-selection") == (
            "Selectie: «De kinderen hoorden het nieuws pas … Alinea 1 zonder bijzonderheden.»"
        )
        page.evaluate(SELECT, [50, 78])  # "werkten de ouders goed samen"
        page.wait_for_selector(".wb-selection:has-text('samen')", timeout=30_000)
        assert page.inner_text(".wb-selection") == "Selectie: «werkten de ouders goed samen»"
        page.click(".wb-code-selection")
        page.wait_for_selector(".wb-status:has-text('Gecodeerd als')", timeout=30_000)
        assert page.inner_text(".wb-legend").startswith("1 codering, ")  # not "1 coderingen"
        page.click(".wb-suggested >> nth=0")
        page.click(".wb-accept")
        page.wait_for_selector(".wb-status:has-text('geaccepteerd')", timeout=30_000)

        # The pane keeps its scroll position when a suggestion far down is accepted.
        pane = page.locator(".wb-text")
        pane.evaluate("p => { p.scrollTop = p.scrollHeight; }")
        page.locator(".wb-suggested").last.click()
        assert page.inner_text(".wb-rule") == "Waarom: lemma's na elkaar: kind horen"
        assert page.inner_text(".wb-score") == "Score: 1,00 (1 = een patroon uit het codeboek)"
        top = pane.evaluate("p => p.scrollTop")
        assert top > 500
        page.click(".wb-accept")
        page.wait_for_function("document.querySelectorAll('.wb-coded').length >= 3")
        assert abs(pane.evaluate("p => p.scrollTop") - top) <= 2

        # An update keeps the text selection too: undo the accept with a passage selected.
        full = TEXT + FILLER + LAST
        start = full.index("Alinea 58")
        page.evaluate(SELECT, [start, start + len("Alinea 58 zonder bijzonderheden.")])
        page.click(".wb-undo")
        page.wait_for_function("document.querySelectorAll('.wb-coded').length == 2")
        assert page.evaluate("window.getSelection().toString()") == (
            "Alinea 58 zonder bijzonderheden."
        )
        assert abs(pane.evaluate("p => p.scrollTop") - top) <= 2
        page.locator(".wb-suggested").last.click()
        page.click(".wb-accept")
        page.wait_for_function("document.querySelectorAll('.wb-coded').length >= 3")

        # The memo stays in its box after saving.
        page.locator(".wb-coded").last.click()
        page.fill(".wb-memo", "Zie ook het verslag van school.")
        page.click(".wb-save-memo")
        page.wait_for_selector(".wb-status:has-text('Memo opgeslagen')", timeout=30_000)
        assert page.input_value(".wb-memo") == "Zie ook het verslag van school."
        assert abs(pane.evaluate("p => p.scrollTop") - top) <= 2
        page.screenshot(path=str(tmp_path / "coderen.png"), full_page=True)

        # The side panel of the previous document closes on the next one.
        page.click(".wb-next")
        page.wait_for_selector(".wb-text:has-text('Een tweede verslag.')", timeout=30_000)
        assert page.locator(".wb-panel").count() == 0
        assert page.input_value(".wb-doc-select") == "1"

        # "Document klaar" marks the document done and goes on to the next one not done.
        page.click(".wb-done")
        page.wait_for_selector(".wb-status:has-text('klaar gemeld')", timeout=30_000)
        assert page.input_value(".wb-doc-select") == "0"
        assert page.inner_text(".wb-doc-select option >> nth=1") == "✓ b.txt"
        assert page.inner_text(".wb-done") == "✓ Document klaar"
        assert page.inner_text(".wb-learning") == (
            "1 document klaar; na nog één leert wb hoe ver uw codes reiken."
        )
        if os.environ.get("WB_SCREENSHOTS"):
            shutil.copy(tmp_path / "coderen.png", os.environ["WB_SCREENSHOTS"])
    with open_project(project_path) as p:
        table = codings_table(p)
        assert [d.path for d in iter_documents(p) if d.id in done_documents(p, 1, 1)] == ["b.txt"]
    assert list(
        zip(
            table["code"],
            table["coder"],
            table["text"],
            table["origin"],
            table["memo"],
            strict=True,
        )
    ) == [
        ("Gehoord", "Anna", "De kinderen hoorden het nieuws pas later.", "suggestion", ""),
        ("Samenwerking", "Anna", "werkten de ouders goed samen", "manual", ""),
        (
            "Gehoord",
            "Anna",
            "Ook de kinderen hoorden het pas laat.",
            "suggestion",
            "Zie ook het verslag van school.",
        ),
    ]
