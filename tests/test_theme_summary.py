"""The theme summary for the leernetwerk: content of the Markdown, HTML and DOCX files."""

from __future__ import annotations

import re

import pytest
from conftest import CORPORA
from docx import Document

from wb.corpus.importer import import_folder
from wb.errors import InputError
from wb.exports.theme_summary import TITLE, export_summary, md_escape, summarise
from wb.store import open_project
from wb.themes import themes_for_project
from wb.themes.store import load_run, rename, save_run

HEADINGS = ("Trefwoorden", "Omvang", "Stabiliteit", "Perspectieven", "Citaten")
RENAMED = "Regie & wachttijden <b>"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The three summary files of one fitted run (one theme renamed), and its summaries."""
    folder = tmp_path_factory.mktemp("samenvatting")
    with open_project(folder / "themas.wbproj") as project:
        for name in ("notulen", "verhalen"):
            import_folder(project, CORPORA / name)
        run_id = save_run(project, themes_for_project(project, n_runs=2))
        first = load_run(project, run_id).themes[0]["id"]
        rename(project, run_id, first, RENAMED)
        files = {ext: export_summary(project, folder / f"themas.{ext}") for ext in ("md", "html")}
        files["docx"] = export_summary(project, folder / "themas.docx")
        run = load_run(project)
        themes, table = summarise(project, run)
    return folder, files, themes, table, run


def test_summaries_have_three_pseudonymised_quotes(exported):
    _, _, themes, table, run = exported
    assert themes[0].name == RENAMED
    for t in themes:
        assert len(t.quotes) == 3
        docs = {s["doc"] for s in run.segments if s["theme"] == t.id}
        assert len({q.doc for q in t.quotes}) == min(3, len(docs))  # one quote per document
        assert sum(t.perspectives.values()) == t.size
    assert "daan" not in {w for t in themes for w in t.keywords}  # a name, not a keyword
    assert "notulen" in table.columns
    texts = " ".join(q.text for t in themes for q in t.quotes)
    for name in ("Ilse", "Daan", "Lina", "Tijn", "Samira"):
        assert not re.search(rf"\b{name}\b", texts)


def test_markdown_has_every_theme_and_quote(exported):
    _, files, themes, _, run = exported
    text = files["md"].read_text(encoding="utf-8")
    assert text.startswith(f"# {TITLE}\n")
    intro = text.splitlines()[2]
    assert re.fullmatch(
        rf"Thema-run {run.id} van \d{{1,2}} [a-z]+ 20\d\d, \d\d:\d\d: "
        rf"{len(themes)} thema's in \d+ passages \(rekenmethode tfidf-svd, startpunt 0\)\.",
        intro,
    ), intro
    assert "Door onderzoekers bewerkt: 1 bewerking." in text
    assert "## Overzicht: thema's per perspectief" in text
    assert "| thema | ervaringsdeskundige |" in text
    for heading in HEADINGS[:-1]:
        assert text.count(f"**{heading}**") == len(themes)
    assert text.count("### Citaten") == len(themes)
    assert "## Regie & wachttijden \\<b\\>" in text  # no raw HTML in Markdown
    for t in themes:
        assert f"## {md_escape(t.name)}\n" in text
        for q in t.quotes:
            first_line = q.text.splitlines()[0]
            assert f"> {md_escape(first_line)}" in text
            assert q.doc in text
    if any(t.stability_text == "instabiel" for t in themes):
        assert "(instabiel)" in text


def test_html_is_self_contained_and_escaped(exported):
    _, files, themes, _, _ = exported
    page = files["html"].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and f"<h1>{TITLE}</h1>".replace("'", "&#x27;") in page
    assert 'src="http' not in page and "src='http" not in page
    assert "<script src" not in page and "<link" not in page
    outside = re.sub(r"<script\b.*?</script>", "", page, flags=re.S)
    assert not re.search(r"(?:src|href)=[\"']?https?:", outside)
    assert "<script" not in page and "cdn" not in page.lower()  # no plotly.js, no CDN
    assert page.count("<svg") == 1 and page.count("</svg>") == 1  # the chart, inline SVG
    assert files["html"].stat().st_size < 1_500_000  # was 4.8 MB with plotly.js inline
    names = re.findall(r"<text x=\"\d+\" y=\"\d+\" text-anchor=\"end\"><title>(.*?)</title>", page)
    assert names == [_e(t.name) for t in themes]  # one bar per theme, in order
    assert "Regie &amp; wachttijden &lt;b&gt;" in page and "wachttijden <b>" not in page
    for t in themes:
        assert f"<h2>{_e(t.name)}</h2>" in page
        for q in t.quotes:
            assert f"<blockquote>{_e(q.text)}</blockquote>" in page
            assert _e(q.doc) in page


def _e(text: str) -> str:
    import html

    return html.escape(text)


def test_docx_has_headings_names_and_quotes(exported):
    _, files, themes, _, _ = exported
    doc = Document(str(files["docx"]))
    paragraphs = [(p.style.name, p.text) for p in doc.paragraphs]
    texts = [text for _, text in paragraphs]
    assert ("Title", TITLE) in paragraphs
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    for t in themes:
        assert t.name in headings
        for q in t.quotes:
            assert ("Quote", q.text) in paragraphs
            assert any(q.doc in text for text in texts)
    for heading in HEADINGS[:-1]:
        assert sum(text.startswith(f"{heading}: ") for text in texts) == len(themes)
    assert headings.count("Citaten") == len(themes)
    cells = {cell.text for row in doc.tables[0].rows for cell in row.cells}
    assert {"thema", "notulen", "ouder", RENAMED} <= cells


def test_no_temporary_files_left(exported):
    folder = exported[0]
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".wb-")) == []


def test_script_and_names_in_a_quote_stay_text(tmp_path):
    text = (
        "Marieke de Vries schreef: <script>alert('x')</script> over de wachtlijst.\n\n"
        "Een tweede alinea over de wachtlijst en het jaar wachten."
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "verhaal.txt").write_text(text, encoding="utf-8")
    cut = text.index("\n\n")
    result = {
        "themes": [
            {
                "id": 0,
                "label": "wachtlijst",
                "keywords": ["wachtlijst", "marieke", "jaar"],
                "size": 2,
                "stability": 0.4,
                "stable": False,
            }
        ],
        "segments": [
            {"doc": "corpus/verhaal.txt", "start": 0, "end": cut, "theme": 0},
            {"doc": "corpus/verhaal.txt", "start": cut + 2, "end": len(text), "theme": 0},
        ],
        "outlier_share": 0.0,
        "stability": {"ari": 1.0, "threshold": 0.6},
        "parameters": {"embedder": "tfidf-svd", "seed": 0, "n_runs": 2},
    }
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, tmp_path / "corpus")
        save_run(project, result)
        paths = [export_summary(project, tmp_path / f"s.{ext}") for ext in ("md", "html", "docx")]
        with pytest.raises(InputError, match="onbekend formaat"):
            export_summary(project, tmp_path / "s.pdf")
        assert export_summary(project, tmp_path / "s.txt", format="md").read_text().startswith("#")
    md, page = paths[0].read_text(), paths[1].read_text()
    docx_text = "\n".join(p.text for p in Document(str(paths[2])).paragraphs)
    for content in (md, page, docx_text):
        assert "Marieke" not in content and "marieke" not in content and "Vries" not in content
        assert "instabiel" in content
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "\\<script\\>alert('x')\\</script\\>" in md
    assert "<script>alert('x')</script>" in docx_text  # plain text in Word


@pytest.mark.browser
def test_html_summary_passes_axe(exported):
    from browser import axe_violations, browser_page, needs_axe, needs_chromium

    for mark in (needs_chromium, needs_axe):
        if mark.args[0]:
            pytest.skip(mark.kwargs["reason"])
    _, files, _, _, _ = exported
    with browser_page(bypass_csp=True) as page:
        page.goto(files["html"].as_uri())
        assert axe_violations(page) == []
