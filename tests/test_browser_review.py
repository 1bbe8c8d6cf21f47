"""Browser test of the review page: judge one card while typing in another, reload, filter, jump
to the next unjudged passage; no failed requests; screenshots at 1280 and 800 px; axe-core."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import axe_violations, browser_page, needs_axe, needs_chromium

from wb.corpus.importer import import_folder
from wb.dossiers.analyse import analyse_dossiers
from wb.dossiers.report import dossier_report_html
from wb.dossiers.review import ReviewSession
from wb.dossiers.review_server import serve
from wb.store import open_project
from wb.store.findings import current_decisions
from wb.store.project import Project

pytestmark = [pytest.mark.browser, needs_chromium]
REPO = Path(__file__).resolve().parent.parent
DUTCH_TIME = re.compile(
    r"\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december) \d{4}, \d\d:\d\d"
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    with open_project(tmp_path_factory.mktemp("browser-review") / "p.wbproj") as project:
        import_folder(project, REPO / "corpora" / "dossiers")
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        yield project


@pytest.fixture
def url(project: Project) -> Iterator[str]:
    server = serve(ReviewSession(project), 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def test_judge_one_card_while_typing_in_another(project: Project, url: str, tmp_path) -> None:
    failed: list[str] = []
    with browser_page(width=1280) as page:
        page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
        page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
        page.goto(url)
        page.wait_for_selector("article.item")
        assert "[PERSOON-" in page.inner_text("main")
        titles = page.locator("details.report > summary h2").all_inner_texts()
        assert titles[0] == "Verzoek tot onderzoek, 15 februari 2022"
        assert not any(".txt" in t for t in titles)
        cards = page.locator("details[open] article.item")
        first, second = cards.nth(0), cards.nth(1)
        assert first.locator("button.yes").inner_text() == "Ja, dit is labelende taal"
        first.locator("button.yes").click()
        page.wait_for_selector("#status:has-text('Vul eerst uw naam in (bovenaan)')")
        page.fill("#reviewer", "Mirjam")
        page.dispatch_event("#reviewer", "change")
        page.get_by_label("Toelichting (mag leeg blijven)").nth(1).fill("Nog niet klaar: <b>x</b>")
        first.locator("textarea.comment").fill("Klopt: vader zegt dit.")
        first.locator("button.yes").click()
        page.wait_for_selector("#status:has-text('Opgeslagen')")
        assert second.locator("textarea.comment").input_value() == "Nog niet klaar: <b>x</b>"
        assert first.locator("button.yes").get_attribute("aria-pressed") == "true"
        assert first.locator("button.no").get_attribute("aria-pressed") == "false"
        background = "el => getComputedStyle(el).backgroundColor"
        assert first.locator("button.yes").evaluate(background) == "rgb(31, 95, 58)"
        assert first.locator("button.no").evaluate(background) == "rgb(244, 244, 244)"
        current = first.locator(".current").inner_text()
        assert current.startswith("Uw oordeel: Ja, dit is labelende taal (Mirjam, ")
        assert DUTCH_TIME.search(current) and not re.search(r"\d{4}-\d\d-\d\d", current)
        assert "1 van" in page.inner_text("#progress-text")
        page.screenshot(path=str(tmp_path / "beoordelen-1280.png"))
        # The name is remembered, the decision is shown after a reload.
        page.reload()
        page.wait_for_selector("article.item.done")
        assert page.input_value("#reviewer") == "Mirjam"
        first = page.locator("article.item").first
        assert first.locator("button.yes").get_attribute("aria-pressed") == "true"
        assert first.locator("textarea.comment").input_value() == "Klopt: vader zegt dit."
        # Undo takes back Mirjam's decision in place; text typed elsewhere stays.
        page.get_by_label("Uw eigen formulering (mag leeg blijven)").nth(2).fill("Vader vindt")
        page.click("#undo")
        page.wait_for_selector("#status:has-text('ongedaan gemaakt')")
        assert first.locator("button.yes").get_attribute("aria-pressed") == "false"
        assert first.locator(".current").inner_text() == "Nog niet beoordeeld"
        assert page.locator("textarea.own-alternative").nth(2).input_value() == "Vader vindt"
        assert first.locator("textarea.comment").input_value() == ""  # as before the decision
        first.locator("button.yes").click()
        page.wait_for_selector("article.item.done")
        # Next unjudged passage, and a filter by kind.
        page.click("#next")
        focused = page.locator("article.item:focus")
        assert focused.count() == 1 and "done" not in focused.get_attribute("class")
        page.select_option("#kind", "reuse")
        shown = page.locator("details.report:not([hidden]) section.group:not([hidden]) article")
        assert shown.count() > 0
        assert set(shown.evaluate_all("els => els.map(e => e.dataset.group)")) == {"reuse"}
        assert page.locator("section.group[data-group=label]:not([hidden])").count() == 0
        page.set_viewport_size({"width": 800, "height": 900})
        page.select_option("#kind", "")
        page.screenshot(path=str(tmp_path / "beoordelen-800.png"))
    assert failed == []
    decisions = current_decisions(project, "Mirjam")
    assert [(d["decision"], d["comment"]) for d in decisions.values()] == [("terecht", "")]
    for name in ("beoordelen-1280.png", "beoordelen-800.png"):
        assert (tmp_path / name).stat().st_size > 20_000


def test_correct_the_voice_on_the_page_and_undo_it(project: Project, url: str) -> None:
    with browser_page(width=1280) as page:
        page.goto(url)
        page.wait_for_selector("#status:has-text('Vul eerst uw naam in')")  # page has started
        page.fill("#reviewer", "Stem")
        page.dispatch_event("#reviewer", "change")
        page.wait_for_selector("#status:has-text('U beoordeelt als Stem')")
        page.wait_for_load_state("networkidle")
        page.select_option("#dossier", "D2")
        page.wait_for_selector("#progress-text:has-text('Dossier D2')")
        page.wait_for_load_state("networkidle")  # no card is redrawn under the test
        first = page.locator("details[open] article.item[data-group=label]").first
        card = page.locator(f"article.item[data-id='{first.get_attribute('data-id')}']")
        card.locator("select.voice").select_option("discussed")
        page.wait_for_selector("#status:has-text('Kies ook Ja of Nee')")
        assert current_decisions(project, "Stem") == {}  # a voice alone is no decision yet
        card.locator("button.no").click()
        page.wait_for_selector("#status:has-text('Opgeslagen')")
        (stored,) = current_decisions(project, "Stem").values()
        assert (stored["decision"], stored["voice"]) == ("niet terecht", "discussed")
        assert (
            card.locator(".current")
            .inner_text()
            .endswith(". Wie zegt het volgens u: het woord wordt alleen besproken")
        )
        page.click("#undo")
        page.wait_for_selector("#status:has-text('ongedaan gemaakt')")
        assert card.locator(".current").inner_text() == "Nog niet beoordeeld"
    assert current_decisions(project, "Stem") == {}


@needs_axe
def test_review_page_and_report_pass_axe(project: Project, url: str, tmp_path) -> None:
    with browser_page(bypass_csp=True) as page:
        page.goto(url)
        page.wait_for_selector("article.item")
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        assert axe_violations(page) == []
        report = tmp_path / "D2.html"
        report.write_text(dossier_report_html(project, "D2"), encoding="utf-8")
        page.goto(report.as_uri())
        assert axe_violations(page) == []


BROKEN_WORDS = """() => {
  const broken = [];
  for (const td of document.querySelectorAll("td")) {
    const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (const m of n.data.matchAll(/[^\\s\\-\\/]+/g)) {
        const r = document.createRange();
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        if ([...r.getClientRects()].filter((x) => x.width > 0).length > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""


def test_report_breaks_no_word_and_fits_the_screen(project: Project, tmp_path) -> None:
    report = tmp_path / "D1.html"
    report.write_text(dossier_report_html(project, "D1"), encoding="utf-8")
    for width in (1280, 800):
        with browser_page(width=width) as page:
            page.goto(report.as_uri())
            assert page.evaluate(BROKEN_WORDS) == [], width
            assert page.evaluate("() => document.documentElement.scrollWidth") <= width
            page.screenshot(path=str(tmp_path / f"rapport-{width}.png"), full_page=False)
        assert (tmp_path / f"rapport-{width}.png").stat().st_size > 20_000


def test_a_late_first_answer_never_shows_another_reviewers_decision(project: Project, url: str):
    """The first load asks before the reader has typed a name; when that answer arrives after
    the one asked with the name, no one else's decision may show as "Uw oordeel"."""
    from wb.store.findings import decide, withdraw_last

    first, second = ReviewSession(project).items("D1")[:2]
    decide(project, first["id"], "Ander", "terecht")
    decide(project, second["id"], "Rens", "niet terecht")
    held = []

    def hold_unnamed(route) -> None:
        if "reviewer=&" in route.request.url or route.request.url.endswith("reviewer="):
            held.append((route, route.fetch()))  # answer later, after the named one
        else:
            route.continue_()

    try:
        with browser_page(width=1280) as page:
            page.route(re.compile(r".*/api/items\?.*"), hold_unnamed)
            page.goto(url)
            for _ in range(200):  # the route handler runs while playwright waits
                if held:
                    break
                page.wait_for_timeout(50)
            assert len(held) == 1 and page.locator("article.item").count() == 0
            with page.expect_response(
                lambda r: "/api/items?" in r.url and "reviewer=Rens" in r.url
            ):
                page.fill("#reviewer", "Rens")
                page.dispatch_event("#reviewer", "change")
            route, answer = held.pop()
            route.fulfill(response=answer)
            page.wait_for_selector("article.item")
            page.wait_for_load_state("networkidle")
            card = "article.item[data-id='{}'] .current"
            assert page.inner_text(card.format(first["id"])) == "Nog niet beoordeeld"
            mine = page.inner_text(card.format(second["id"]))
            assert mine.startswith("Uw oordeel: Nee") and "(Rens, " in mine
            assert "Ander" not in page.inner_text("main")
    finally:
        assert withdraw_last(project, "Ander") == first["id"]
        assert withdraw_last(project, "Rens") == second["id"]


def test_discussed_and_negated_terms_have_their_own_section(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Moeder is niet-meewerkend.\n\n"
        "Het begrip vechtscheiding wordt in de literatuur vaak gebruikt.\n\n"
        "In het gesprek bleek dat er geen sprake is van ouderverstoting.\n",
        encoding="utf-8",
    )
    (folder / "metadata.csv").write_text("file,dossier\na.txt,V\n", encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, REPO / "codebooks" / "labels.yaml")
        server = serve(ReviewSession(project), 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with browser_page(width=1280) as page:
                page.goto(f"http://127.0.0.1:{server.server_port}/")
                page.wait_for_selector("article.item")
                sections = page.locator("section.group")
                assert sections.locator("h3").all_inner_texts() == [
                    "Labels (1)",
                    "Besproken of ontkende termen (geen label op het gezin, denkt wb) (2)",
                ]
                terms = sections.nth(1).locator("article h4").all_inner_texts()
                assert terms == [
                    "Besproken term: “vechtscheiding”",
                    "Ontkende term: “ouderverstoting”",
                ]
                negated = sections.nth(1).locator("article").nth(1)
                assert negated.locator(".question").inner_text() == (
                    "wb denkt dat “ouderverstoting” hier wordt ontkend (zoals in ‘er is geen "
                    "sprake van …’), en niet als etiket op dit gezin wordt gebruikt. Klopt dat?"
                )
                assert negated.locator("button.yes").inner_text() == (
                    "Ja, hier geen label op het gezin"
                )
        finally:
            server.shutdown()
            server.server_close()


def test_a_filter_that_finds_nothing_says_so(project: Project, url: str, tmp_path) -> None:
    """D1 has labels and copied passages but no discussed or denied term: the page says so in
    words instead of going blank, and the words go when the filter shows cards again."""
    with browser_page(width=1280) as page:
        page.goto(url)
        page.wait_for_selector("article.item")
        assert page.locator("#empty").is_hidden()
        page.select_option("#kind", "term")
        assert page.locator("#empty").inner_text() == (
            "In dossier D1 heeft wb geen besproken of ontkende termen gevonden. Kies een ander "
            "dossier of een andere soort."
        )
        assert page.locator("details.report:not([hidden])").count() == 0
        page.screenshot(path=str(tmp_path / "leeg-filter.png"))
        page.select_option("#dossier", "D2")
        page.wait_for_selector("#progress-text:has-text('Dossier D2')")
        page.wait_for_selector(
            "details.report:not([hidden]) section.group[data-group=term]", state="attached"
        )
        assert page.locator("#empty").is_hidden()
        why = page.locator("section.group[data-group=term] article p.why").first.text_content()
        assert why.startswith(
            "Waarom dit woord kan schaden als het wél op een gezin wordt geplakt: "
        )
        alternative = page.locator("section.group[data-group=term] article p.alternative")
        assert alternative.first.text_content().startswith("Neutraler, als het om een gezin gaat: ")
        page.select_option("#kind", "")
        assert page.locator("#empty").is_hidden()
        label_why = page.locator("section.group[data-group=label] article p.why").first
        assert label_why.text_content().startswith("Waarom dit kan schaden: ")
