"""Browser test: code a passage with clicks in the coding widget (Voila), then read the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import browser_page, needs_chromium, voila, write_notebook

from wb.corpus.importer import import_folder
from wb.store import open_project
from wb.store.codings import codings_table

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
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
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
        page.evaluate(SELECT, [50, 78])  # "werkten de ouders goed samen"
        page.click(".wb-code-selection")
        page.wait_for_selector(".wb-status:has-text('Gecodeerd als')", timeout=30_000)
        page.click(".wb-suggested >> nth=0")
        page.click(".wb-accept")
        page.wait_for_selector(".wb-status:has-text('geaccepteerd')", timeout=30_000)
        page.screenshot(path=str(tmp_path / "coderen.png"), full_page=True)
    with open_project(project_path) as p:
        table = codings_table(p)
    assert list(
        zip(table["code"], table["coder"], table["text"], table["origin"], strict=True)
    ) == [
        ("Gehoord", "Anna", "De kinderen hoorden het nieuws pas later.", "suggestion"),
        ("Samenwerking", "Anna", "werkten de ouders goed samen", "manual"),
    ]
