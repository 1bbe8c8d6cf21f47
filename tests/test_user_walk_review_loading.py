"""The review page says it is loading until the passages are there (user-walk)."""

from __future__ import annotations

import threading
from pathlib import Path

from browser import browser_page, needs_chromium

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "wb" / "dossiers" / "static"


def test_page_says_it_is_loading_before_the_first_answer() -> None:
    html = (STATIC / "review.html").read_text(encoding="utf-8")
    assert '<main id="items"><p class="loading">De passages worden geladen …</p></main>' in html


@needs_chromium
def test_loading_line_goes_when_the_passages_come(tmp_path: Path) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.review import ReviewSession
    from wb.dossiers.review_server import serve
    from wb.store import open_project

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "metadata.csv").write_text("file,dossier,date\nr1.txt,D7,2023-02-01\n", "utf-8")
    (folder / "r1.txt").write_text("Moeder is overbezorgd.\n", encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        assert analyse_dossiers(project, ROOT / "codebooks" / "labels.yaml")["labels"] == 1
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page() as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("details.report")
                loading = page.locator("#items p.loading").count()
                heading = page.locator("#items details.report h2").all_inner_texts()
        finally:
            server.shutdown()
            server.server_close()
    assert loading == 0
    assert heading == ["R1, 1 februari 2023"]
