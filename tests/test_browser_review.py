"""Browser test: judge a flagged passage on the review page, reload, the decision is still there."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from browser import browser_page, needs_chromium

from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.review import ReviewSession
from wb.dossiers.review_server import serve
from wb.store import open_project
from wb.store.findings import current_decisions

pytestmark = [pytest.mark.browser, needs_chromium]
REPO = Path(__file__).resolve().parent.parent


def test_decide_reload_and_see_the_decision(tmp_path: Path) -> None:
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, REPO / "corpora" / "dossiers")
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_port}/"
        try:
            with browser_page() as page:
                page.goto(url)
                page.wait_for_selector("article.item")
                assert "[PERSOON-" in page.inner_text("main")
                first = page.locator("article.item").first
                first.locator("button.yes").click()
                page.wait_for_selector("#status:has-text('Vul eerst uw naam in')")
                page.fill("#reviewer", "Mirjam")
                page.dispatch_event("#reviewer", "change")
                first = page.locator("article.item").first
                first.locator("textarea.comment").fill("Klopt: <b>vader</b> zegt dit.")
                first.locator("button.yes").click()
                page.wait_for_selector("#status:has-text('Opgeslagen')")
                page.reload()
                page.wait_for_selector("article.item.done")
                current = page.locator("article.item").first.locator(".current").inner_text()
                assert current.startswith("Uw oordeel: terecht gesignaleerd (Mirjam")
                comment = page.locator("article.item").first.locator("textarea.comment")
                assert comment.input_value() == "Klopt: <b>vader</b> zegt dit."
                page.select_option("#dossier", "D3")
                page.wait_for_selector("h2.report:has-text('D3_verslag-wijkteam')")
                page.select_option("#dossier", "D1")
                page.wait_for_selector("article.item.done")
                page.screenshot(path=str(tmp_path / "beoordelen.png"), full_page=False)
        finally:
            server.shutdown()
            server.server_close()
        decisions = current_decisions(project)
    assert [(d["reviewer"], d["decision"]) for d in decisions.values()] == [("Mirjam", "terecht")]
    assert (tmp_path / "beoordelen.png").stat().st_size > 10_000
