"""A court is the author of its own ruling (issue 11 §1, voice7): document metadata (genre,
organisation) or the ruling's own header says so, and a ruling or a summary of one is about one
case, so its short title lines describe that case. Written sentences, not evaluation texts."""

from __future__ import annotations

from pathlib import Path

import pytest
from label_finders import label_finder

from wb.dossiers.labels import LabelFinder, label_corpus
from wb.dossiers.voice import self_terms
from wb.dossiers.voice_document import PLAIN, document_kind, ruling_header

HEADER = (
    "ECLI:NL:RBLIM:2021:1234\n\nRechtbank Limburg\nBeschikking\n\nInhoudsindicatie\n\n"
    "Hoofdverblijf bij vader na ouderverstoting\n\n"
    "De kinderrechter ziet dat moeder het kind negatief beïnvloedt.\n"
)


def found(finder: LabelFinder, text: str, meta: dict | None) -> list[tuple]:
    hits = finder.find("t.txt", text, self_terms=self_terms(None), metadata=meta)
    return [(h.start, h.end, h.text, h.voice) for h in hits]


@pytest.mark.parametrize("voice_model", ["rules", None])
@pytest.mark.parametrize(
    ("meta", "text", "expected"),
    [
        (  # the court's own finding
            {"genre": "uitspraak"},
            "Het hof oordeelt dat er sprake is van ouderverstoting.",
            [(38, 53, "ouderverstoting", "asserted")],
        ),
        (  # the court is the author, the raadsonderzoeker is someone else
            {"genre": "beschikking rechtbank"},
            "De rechtbank stelt vast dat moeder manipulatief is. "
            "De raadsonderzoeker zegt dat vader narcistisch is.",
            [(35, 47, "manipulatief", "asserted"), (87, 98, "narcistisch", "attributed")],
        ),
        (  # in a ruling of the hof the lower court is someone else
            {"genre": "uitspraak"},
            "Het hof overweegt dat de rechtbank heeft geoordeeld dat moeder manipulatief is.",
            [(63, 75, "manipulatief", "attributed")],
        ),
        (  # news about a ruling reports what the court found
            {"genre": "nieuws over een uitspraak"},
            "Het hof oordeelt dat er sprake is van ouderverstoting.",
            [(38, 53, "ouderverstoting", "attributed")],
        ),
        (  # without metadata or header the court is someone else
            None,
            "Het hof oordeelt dat er sprake is van ouderverstoting.",
            [(38, 53, "ouderverstoting", "attributed")],
        ),
        (  # the ruling's own header: the title describes the case, the kinderrechter speaks
            None,
            HEADER,
            [(101, 116, "ouderverstoting", "asserted"), (169, 179, "beïnvloedt", "asserted")],
        ),
        (  # a summary of a ruling: its title describes the case
            {"genre": "samenvatting van een uitspraak"},
            "Omgangsregeling na ouderverstoting\n\nDe rechter besliste.",
            [(19, 34, "ouderverstoting", "asserted")],
        ),
        (  # the same title on a blog is a general title
            {"genre": "blog"},
            "Omgangsregeling na ouderverstoting\n\nDe rechter besliste.",
            [(19, 34, "ouderverstoting", "discussed")],
        ),
        (  # a title about the phenomenon, also in a ruling
            {"genre": "uitspraak"},
            "Gevolgen van ouderverstoting\n\nHet hof beslist.",
            [(13, 28, "ouderverstoting", "discussed")],
        ),
        (  # a court's telegram-style summary of its case applies the term
            {"genre": "uitspraak"},
            "Inhoudsindicatie\n\nWijziging hoofdverblijf na ouderverstoting.\n",
            [(45, 60, "ouderverstoting", "asserted")],
        ),
        (  # a news headline that opens with a court is no ruling header
            None,
            "Rechtbank veroordeelt manipulatieve vader\n\n"
            "De rechtbank stelt vast dat vader manipulatief is.",
            [(22, 35, "manipulatieve", "discussed"), (77, 89, "manipulatief", "attributed")],
        ),
    ],
)
def test_court_author_and_case_titles(
    voice_model: str | None, meta: dict | None, text: str, expected: list
) -> None:
    assert found(label_finder(voice_model), text, meta) == expected


def test_a_telegram_line_elsewhere_is_left_to_the_model() -> None:
    text = "Inhoudsindicatie\n\nWijziging hoofdverblijf na ouderverstoting.\n"
    assert found(label_finder(), text, {"genre": "blog"}) == [
        (45, 60, "ouderverstoting", "discussed")
    ]


def test_ruling_header() -> None:
    assert ruling_header(HEADER) == {"rechtbank", "kinderrechter", "rechter"}
    assert ruling_header("ECLI:NL:GHARL:2020:12\n\nTekst.") == {"hof", "gerechtshof"}
    assert ruling_header("Gerechtshof Amsterdam\nHoger beroep\nBeschikking\n\nTekst.") == {
        "hof",
        "gerechtshof",
    }
    # a ruling cited at the end, or a headline naming a court, is no header
    assert ruling_header("Kop\n\nEen.\n\nTwee.\n\nDrie.\n\nBron: ECLI:NL:RBAMS:2020:1") is None
    assert ruling_header("Rechtbank veroordeelt vader\n\nTekst.") is None


def test_document_kind_from_metadata() -> None:
    assert document_kind({"genre": "nieuws"}, "Tekst.") == PLAIN
    kind = document_kind({"Type": "x", "soort": "Vonnis"}, "Het hof ...")
    assert (kind.ruling, kind.case, kind.author) == (True, True, {"hof", "gerechtshof"})
    kind = document_kind({"genre": "samenvatting uitspraak"}, "Het hof ...")
    assert (kind.ruling, kind.case, kind.author) == (False, True, frozenset())
    # the organisation says which court, else the text: a hof calls itself "het hof"
    assert document_kind({"genre": "uitspraak", "organisation": "Rechtbank X"}, "").author == {
        "rechtbank",
        "kinderrechter",
        "rechter",
    }
    assert "hof" in self_terms({"organisation": "Gerechtshof Den Haag"})


def test_label_corpus_reads_the_genre(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Het hof oordeelt dat er sprake is van ouderverstoting.\n", encoding="utf-8"
    )
    (tmp_path / "metadata.csv").write_text(
        "file,dossier,date,genre\na.txt,D1,2024-01-02,uitspraak\n", encoding="utf-8"
    )
    out = label_corpus(tmp_path, label_finder().lexicon, finder=label_finder(), passages=[])
    assert [(r["text"], r["voice"]) for r in out["labels"]] == [("ouderverstoting", "asserted")]
