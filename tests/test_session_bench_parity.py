"""session-parity: a coding session with documents marked done suggests what the bench measures.

The bench (``bench_codes.py`` and the other codes benches) learns a document coded as its gold
says through ``bench_codes.sentence_codes``; a coding session learns a document marked done from
the coder's codings (``wb.coding.coded_whole``). Both must give wb's sentences the same codes,
also where the gold cuts a sentence the old way: the opening quote of quoted speech at the end of
the sentence before (``kort. '`` + ``Moeder wil ...'``), while wb's splitter puts it with the
sentence it opens (quote-split).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from proef_codebook import A, V, proef_book

from wb.coding import reaching
from wb.coding.coded_whole import sentence_codes
from wb.coding.evaluate import GoldSentence, gold_as_codings
from wb.coding.session import CodingSession
from wb.coding.suggest import Suggester
from wb.corpus.importer import import_folder

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_codes

BOOK = proef_book()
FILL = [
    "De school begint om negen uur.",
    "De buurvrouw bakt een taart.",
    "Mijn oom leest de krant.",
    "De bus was te laat.",
    "De kat slaapt op de bank.",
    "Het regent al de hele dag.",
]
#: The gold sentences of the two coded documents, cut the old way (an opening quote ends the
#: sentence before) and their codes: each passage is a quoted sentence and the pattern's sentence
#: after it; the narrator's sentence that the quote follows is left uncoded.
GOLD = {
    "a.txt": [
        ("Het was stil. '", ()),
        ("Zij heeft daar een nieuwe baan.'", (V,)),
        ("Moeder wil verhuizen naar Groningen.", (V,)),
        *((f, ()) for f in FILL[:3]),
        ("Vader zweeg. '", ()),
        ("Hij heeft geen werk meer.'", (A,)),
        ("Hij betaalt geen alimentatie.", (A,)),
        *((f, ()) for f in FILL[3:]),
    ],
    "b.txt": [
        *((f, ()) for f in FILL[:2]),
        ("Ze lachte. '", ()),
        ("Het huis is al gekocht.'", (V,)),
        ("De verhuizing is in mei.", (V,)),
        *((f, ()) for f in FILL[2:4]),
        ("Moeder zuchtte. '", ()),
        ("Het geld is op.'", (A,)),
        ("De alimentatie is te laag.", (A,)),
        *((f, ()) for f in FILL[4:]),
    ],
}


def _text(name: str) -> str:
    """The gold's pieces of a document; a space between them unless a piece ends in its quote."""
    return "".join(p + ("" if p.endswith(" '") else " ") for p, _ in GOLD[name]).rstrip()


TEXTS = {
    "a.txt": _text("a.txt"),
    "b.txt": _text("b.txt"),
    "c.txt": "Mijn oom leest de krant. 'Daar woont zijn vriendin.' "
    + "Vader wil verhuizen naar Utrecht. "
    + " ".join(FILL[3:]),
}


def _old_cut_gold(name: str) -> list[GoldSentence]:
    """The gold sentences of a.txt or b.txt with their offsets."""
    text, out, at = TEXTS[name], [], 0
    for piece, codes in GOLD[name]:
        at = text.index(piece, at)
        out.append(GoldSentence(name, at, at + len(piece), frozenset(codes)))
        at += len(piece)
    return out


@pytest.fixture(autouse=True)
def _reach_from_one_sentence(monkeypatch):
    """c.txt has the codebook's own evidence in one sentence (codes30: MIN_OWN 2)."""
    monkeypatch.setattr(reaching, "MIN_OWN", 1)


@pytest.fixture
def session(project, tmp_path: Path) -> CodingSession:
    folder = tmp_path / "c"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    import_folder(project, folder)
    return CodingSession(project, BOOK, "Anna")


def _key(s) -> tuple:
    return (s.code, s.start, s.end, s.rule, round(s.score, 3))


def test_the_old_cut_gold_ends_in_the_opening_quote() -> None:
    text = TEXTS["a.txt"]
    assert [text[g.start : g.end] for g in _old_cut_gold("a.txt")[:3]] == [
        "Het was stil. '",
        "Zij heeft daar een nieuwe baan.'",
        "Moeder wil verhuizen naar Groningen.",
    ]


def test_the_bench_reads_the_gold_as_the_session_reads_codings(session: CodingSession) -> None:
    doc = session._suggester.nlp(TEXTS["a.txt"])
    gold = _old_cut_gold("a.txt")
    # wb's sentence opens with its quote (quote-split) and gets the code of the gold sentence it
    # overlaps; the narrator's sentence before it none
    assert [s.text for s in doc.sents][:3] == [
        "Het was stil.",
        "'Zij heeft daar een nieuwe baan.'",
        "Moeder wil verhuizen naar Groningen.",
    ]
    codes = bench_codes.sentence_codes(gold, doc)
    assert codes == sentence_codes(doc, gold_as_codings(gold))
    assert codes == [set(), {V}, {V}, set(), set(), set(), set(), {A}, {A}, set(), set(), set()]


def test_a_session_with_documents_done_suggests_what_the_bench_measures(
    session: CodingSession,
) -> None:
    for index in (0, 1):
        doc = session.open(index)
        for code, start, end in gold_as_codings(_old_cut_gold(doc.path)):
            session.code(start, end, code)
        assert session.mark_done() is True
    session.open("c.txt")
    shown = sorted(_key(s) for s in session.suggestions())
    # the bench's path: one suggester, the corpus counted, the gold learned per sentence
    bench = Suggester(BOOK, session._suggester.nlp, expand=True).fit()
    processed = {d.path: bench.nlp(d.text) for d in session.documents}
    bench.fit_corpus(processed.values())
    for d in session.documents[:2]:
        codes = bench_codes.sentence_codes(_old_cut_gold(d.path), processed[d.path])
        bench.learn_document(d.path, processed[d.path], codes, d.metadata)
    measured = sorted(_key(s) for s in bench.suggest_doc("c.txt", processed["c.txt"]))
    assert shown == measured
    # the reach of the codings adds the quoted sentence before the pattern's sentence; read
    # the old way (a wb sentence takes the codes of the gold sentence its first character is
    # in), the quoted sentences were uncoded and the bench learned no reach
    assert shown == [
        (V, 25, 52, "(zoals uw coderingen)", 0.258),
        (V, 53, 86, "verhuizen", 1.0),
    ]
