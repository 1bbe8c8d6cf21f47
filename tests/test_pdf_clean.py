"""PDF page cleanup on strings: furniture, lines to paragraphs, hyphenation, page breaks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from report_pdf import CASE_NUMBER, HEADER, body_text, make_report_pdf, word_recall

from wb.corpus.pdf_clean import (
    clean_pages,
    dutch_words,
    find_furniture,
    is_page_number,
    join_hyphenated,
    join_lines,
    shape,
)
from wb.corpus.readers import read_document


@pytest.mark.parametrize(
    "line", ["3", "- 3 -", "blz. 3", "Pagina 3 van 12", "pagina 3/12", "3 / 12", "Page 3 of 4"]
)
def test_page_number_lines(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3 kinderen", "Artikel 3", "2024/0317-RK", "van 3 tot 5"])
def test_not_page_number_lines(line: str) -> None:
    assert not is_page_number(line)


def test_shape_ignores_numbers_case_spacing_and_punctuation() -> None:
    assert shape("Pagina 3  van 12") == shape("pagina 4 van 12.") == "pagina0van0"


def test_furniture_is_repeated_edge_lines_read_from_the_edge() -> None:
    pages = [
        ["Jeugdbescherming Regio West", "Zaak 2024-117", "Eerste regel van de tekst.", "1"],
        ["Jeugdbescherming Regio West", "Zaak 2024-117", "Zaak 2024-117 staat ook hier.", "2"],
        ["Jeugdbescherming Regio West", "Tweede soort kop", "Slot van het rapport.", "3"],
    ]
    assert find_furniture(pages) == [{0, 1, 3}, {0, 1, 3}, {0, 3}]


def test_furniture_misread_by_ocr_still_counts() -> None:
    pages = [
        [
            "Raad voor de Kinderbescherming - Raadsrapport",
            "De ouders kwamen samen.",
            "Pagina 1 van 3",
        ],
        [
            "Raad voor de Kinderbescherming » Raadsrapport",
            "Het kind bleef thuis.",
            "Pagina 2 van 3",
        ],
        [
            "Raad voor de Kinderbeschermlng - Raadsrapport",
            "Einde van het verslag.",
            "Pagina 3 van 3",
        ],
    ]
    assert find_furniture(pages) == [{0, 2}, {0, 2}, {0, 2}]


def test_single_page_keeps_its_lines_but_not_its_page_number() -> None:
    assert find_furniture([["Kop van het rapport", "De tekst.", "Pagina 1 van 1"]]) == [{2}]


def test_clean_pages_removes_header_footer_and_joins_across_pages() -> None:
    pages = [
        "Raad voor de Kinderbescherming\nZaaknummer 123/45\n"
        "1. Aanleiding\n"
        "De rechtbank heeft de raad verzocht onderzoek te doen naar\n"
        "de omgang. Vader spreekt steeds vaker van ouder-\n"
        "verstoting, moeder ontkent dat. De ex-\n"
        "partner van moeder was bij de gesprekken en deze zin loopt\n"
        "Pagina 1 van 2",
        "Raad voor de Kinderbescherming\nZaaknummer 123/45\n"
        "door over de pagina heen tot hier. En nog een regel met\n"
        "ouder- en kindgesprekken, hier gevoerd.\n"
        "Kort slot.\n"
        "2. Advies\n"
        "Pagina 2 van 2",
    ]
    assert clean_pages(pages, known=lambda w: False) == (
        "1. Aanleiding\n\n"
        "De rechtbank heeft de raad verzocht onderzoek te doen naar de omgang. Vader spreekt "
        "steeds vaker van ouderverstoting, moeder ontkent dat. De ex-partner van moeder was bij "
        "de gesprekken en deze zin loopt door over de pagina heen tot hier. En nog een regel met "
        "ouder- en kindgesprekken, hier gevoerd.\n\n"
        "Kort slot.\n\n"
        "2. Advies"
    )


@pytest.mark.parametrize(
    ("left", "right", "word"),
    [
        ("ouder", "verstoting", "ouderverstoting"),
        ("gezins", "voogd", "gezinsvoogd"),
        ("ex", "partner", "ex-partner"),
        ("oud", "voorzitter", "oud-voorzitter"),
        ("zee", "egel", "zee-egel"),
        ("auto", "ongeluk", "auto-ongeluk"),
        ("Noord", "Brabant", "Noord-Brabant"),
        ("VN", "verdrag", "VN-verdrag"),
        ("24", "uursopvang", "24-uursopvang"),
    ],
)
def test_join_hyphenated_without_word_list(left: str, right: str, word: str) -> None:
    assert join_hyphenated(left, right) == word


def test_join_hyphenated_word_list_and_document_decide_first() -> None:
    assert join_hyphenated("oud", "heid", known={"oudheid"}.__contains__) == "oudheid"
    assert join_hyphenated("e", "mail", known={"e-mail"}.__contains__) == "e-mail"
    assert join_hyphenated("jeugd", "zorg", seen={"jeugd-zorg"}) == "jeugd-zorg"
    assert join_hyphenated("ex", "partner", seen={"expartner"}) == "expartner"


def test_hunspell_word_list_when_installed() -> None:
    if not Path("/usr/share/hunspell/nl.dic").is_file():
        pytest.skip("hunspell-nl is niet geïnstalleerd (apt-get install hunspell-nl)")
    known = dutch_words()
    assert known("ouderverstoting") and known("omgangsregeling") and not known("xqzwv")
    assert known("auto-ongeluk")


def test_soft_hyphen_always_joins_and_wraps_by_width() -> None:
    lines = [
        "Deze regel is ongeveer even lang als de andere regels hier; zee\u00ad",
        "egel en nog wat woorden die de regel vullen tot aan de rand van de",
        "bladzijde, zodat het duidelijk wordt.",
        "Kort.",
    ]
    assert join_lines([lines]) == (
        "Deze regel is ongeveer even lang als de andere regels hier; zeeegel en nog wat woorden "
        "die de regel vullen tot aan de rand van de bladzijde, zodat het "
        "duidelijk wordt.\n\nKort."
    )


def test_a_numbered_heading_is_never_joined_to_a_hyphen() -> None:
    lines = ["De afspraak staat in het plan van aanpak, zie bijlage B-", "2. Advies"]
    assert join_lines([lines]) == lines[0] + "\n\n" + lines[1]


def test_list_items_and_blank_lines_are_breaks() -> None:
    lines = ["Afspraken met de ouders over de omgang en de overdrachten op school:", "- eerste"]
    assert join_lines([lines, ["", "Tweede pagina."]]) == (
        "Afspraken met de ouders over de omgang en de overdrachten op school:\n\n- eerste\n\n"
        "Tweede pagina."
    )


# --- a generated report PDF -----------------------------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    path = tmp_path_factory.mktemp("pdf") / "raadsrapport.pdf"
    return path, make_report_pdf(path)


def test_generated_report_is_recovered(report: tuple[Path, object]) -> None:
    path, stats = report
    assert stats.pages >= 3 and stats.sentences_across_pages >= 1
    assert ("ouder-", "verstoting.") in stats.hyphenated
    assert ("ex-", "partner") in stats.hyphenated
    text = read_document(path).text
    assert word_recall(body_text(), text) >= 0.98
    assert HEADER not in text and "Zaaknummer" not in text and CASE_NUMBER not in text
    assert not re.search(r"Pagina \d", text)
    assert not re.search(r"\w[-\u00ad] \w", text)  # no hyphen left from a line end
    assert "ex-partner" in text and text.count("ouderverstoting") == 2
    # exactly the body: headings and paragraphs as blocks between blank lines
    assert text == "\n\n".join(re.split(r"\n+", body_text()))


def test_reimport_of_a_pdf_read_before_the_cleanup_moves_codings(
    project, report: tuple[Path, object], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from wb.codebook import parse_codebook
    from wb.corpus import pdf_clean
    from wb.corpus.importer import import_folder
    from wb.store.codebooks import code_ids, save_codebook
    from wb.store.codings import add_coding, codings_table
    from wb.store.documents import get_document

    folder = tmp_path / "dossier"
    folder.mkdir()
    shutil.copy(report[0], folder / "raadsrapport.pdf")
    with monkeypatch.context() as m:  # how wb stored PDF text before: pages joined, as extracted
        m.setattr(pdf_clean, "clean_pages", lambda pages, known=None: "\n\n".join(pages))
        import_folder(project, folder)
    old = get_document(project, "raadsrapport.pdf").text
    assert "Pagina 1 van" in old and "ouder-\nverstoting" in old
    save_codebook(project, parse_codebook("name: cb\ncodes:\n  - name: Advies\n"))
    start = old.index("De raad adviseert daarnaast")
    end = start + len("De raad adviseert daarnaast een")
    add_coding(project, 1, code_ids(project, "cb")["Advies"], "Anna", start, end)
    coded = " ".join(old[start:end].split())
    result = import_folder(project, folder)
    assert result.updated == ["raadsrapport.pdf"] and result.orphaned == []
    new = get_document(project, "raadsrapport.pdf").text
    row = codings_table(project).iloc[0]
    assert row["status"] == "active" and row["text"] == new[row["start"] : row["end"]]
    assert row["text"] == coded
