"""review4 on the review page in headless chromium: the voice list offers only the other voices
(wb's own is "geen correctie", the default), a correction is stored and undone, and a passage an
earlier search found (kept for its decision after `--opnieuw`) says so; axe-core finds nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import axe_violations, browser_page, needs_axe, needs_chromium

from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.review import ReviewSession
from wb.dossiers.review_server import serve
from wb.store import open_project
from wb.store.findings import decide
from wb.store.project import Project

pytestmark = [pytest.mark.browser, needs_chromium]
REPO = Path(__file__).resolve().parent.parent
TEXT = (
    "Moeder is niet-meewerkend.\n\nVolgens vader is moeder overbezorgd.\n\nHet kind is angstig.\n"
)
OTHER_LIST = """labels:
  - label: overbezorgd
    variants: [overbezorgd]
    why: Een oordeel over de ouder.
    alternative: Beschrijf wat de ouder doet.
  - label: angstig
    variants: [angstig]
    why: Een etiket op het kind.
    alternative: Beschrijf wat het kind doet.
"""
EARLIER = (
    "Uit een eerdere zoekronde: bij het laatste zoeken (bijvoorbeeld met een andere labellijst) "
    "vond wb dit niet meer. De passage blijft staan omdat er al een oordeel over is."
)
OPTIONS = "el => [...el.options].map(o => [o.value, o.textContent])"


def stored(project: Project, reviewer: str) -> list[tuple]:
    return project.conn.execute(
        "SELECT finding_id, decision, voice FROM review_decisions WHERE reviewer = ? ORDER BY id",
        (reviewer,),
    ).fetchall()


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text("file,dossier,date\na.txt,V,2024-03-01\n")
    (tmp_path / "ander.yaml").write_text(OTHER_LIST, encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        decide(project, 1, "Anna", "terecht", voice="attributed")
        counts = analyse_dossiers(project, tmp_path / "ander.yaml", fresh=True)
        assert (counts["new"], counts["dropped"], counts["earlier"]) == (1, 0, 1)
        yield project


# true once the voice list of passage ID shows VALUE (the page redraws after a fetch)
VOICE_IS = (
    "([id, value]) => document.querySelector("
    "`article.item[data-id='${id}'] select.voice`)?.value === value"
)


@pytest.fixture
def url(project: Project) -> Iterator[str]:
    server = serve(ReviewSession(project), 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def test_the_voice_list_offers_only_the_other_voices(
    project: Project, url: str, tmp_path: Path
) -> None:
    failed: list[str] = []
    with browser_page(width=1280) as page:
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
        page.add_init_script("localStorage.setItem('wb-reviewer', 'Anna')")
        page.goto(url)
        page.wait_for_selector("article.item.done")
        page.wait_for_load_state("networkidle")
        kept, found, new = (page.locator(f"article.item[data-id='{i}']") for i in (1, 2, 3))
        # Anna's decision on a passage the new list no longer finds: kept, marked, corrected.
        assert kept.locator("p.earlier").inner_text() == EARLIER
        assert found.locator("p.earlier").count() == 0 and new.locator("p.earlier").count() == 0
        assert kept.locator(".meta").first.inner_text() == (
            "Wie zegt het, volgens wb: het rapport stelt het zelf"
        )
        assert kept.locator("select.voice").evaluate(OPTIONS) == [
            ["", "wb heeft het goed (geen correctie)"],
            ["attributed", "Het rapport geeft weer wat iemand anders zegt"],
            ["discussed", "Het woord wordt alleen besproken"],
            ["negated", "Het wordt ontkend"],
        ]
        assert kept.locator("select.voice").input_value() == "attributed"
        assert found.locator(".meta").first.inner_text() == (
            "Wie zegt het, volgens wb: het rapport geeft weer wat iemand anders zegt"
        )
        assert found.locator("select.voice").evaluate(OPTIONS) == [
            ["", "wb heeft het goed (geen correctie)"],
            ["asserted", "Het rapport stelt het zelf"],
            ["discussed", "Het woord wordt alleen besproken"],
            ["negated", "Het wordt ontkend"],
        ]
        assert found.locator("select.voice").input_value() == ""
        page.screenshot(path=str(tmp_path / "review4.png"), full_page=True)
        # Mirjam corrects the voice of 'overbezorgd' and takes it back.
        page.fill("#reviewer", "Mirjam")
        page.dispatch_event("#reviewer", "change")
        page.wait_for_selector("#status:has-text('U beoordeelt als Mirjam')")
        # the page reloads the decisions after the status line: wait for the list to follow
        page.wait_for_function(VOICE_IS, arg=["1", ""])
        assert kept.locator("select.voice").input_value() == ""  # Anna's is not Mirjam's
        found.locator("select.voice").select_option("asserted")
        page.wait_for_selector("#status:has-text('Kies ook Ja of Nee')")
        found.locator("button.yes").click()
        page.wait_for_selector("#status:has-text('Opgeslagen')")
        assert stored(project, "Mirjam") == [(2, "terecht", "asserted")]
        assert (
            found.locator(".current")
            .inner_text()
            .endswith(". Wie zegt het volgens u: het rapport stelt het zelf")
        )
        found.locator("select.voice").select_option("")  # "geen correctie": stored again, none
        page.wait_for_selector("#status:has-text('Opgeslagen')")
        page.wait_for_load_state("networkidle")
        assert stored(project, "Mirjam") == [(2, "terecht", "asserted"), (2, "terecht", "")]
        page.click("#undo")
        page.wait_for_selector("#status:has-text('ongedaan gemaakt')")
        page.wait_for_function(VOICE_IS, arg=["2", "asserted"])
        assert found.locator("select.voice").input_value() == "asserted"
        page.click("#undo")
        page.wait_for_selector("article.item[data-id='2'] .current:text-is('Nog niet beoordeeld')")
        assert found.locator("select.voice").input_value() == ""
    assert stored(project, "Mirjam") == []
    assert stored(project, "Anna") == [(1, "terecht", "attributed")]
    assert failed == []
    assert (tmp_path / "review4.png").stat().st_size > 20_000


@needs_axe
def test_the_marked_passage_passes_axe(url: str) -> None:
    with browser_page(bypass_csp=True) as page:
        page.add_init_script("localStorage.setItem('wb-reviewer', 'Anna')")
        page.goto(url)
        page.wait_for_selector("article.item p.earlier")
        assert axe_violations(page) == []
