"""codes-gold-rule: ``bench/codes_third_learners.py`` reads the coded third per wb sentence with
the codes a coding session learns (``gold_sentence_codes``), and scores per gold sentence."""

from __future__ import annotations

import sys
from pathlib import Path

from proef_codebook import A, V, proef_book

from wb.coding.evaluate import GoldSentence
from wb.nlp import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import bench_codes
import codes_third_learners

#: The gold cuts "Hij betaalt geen alimentatie." after "Hij " (an old, wrong cut): wb's second
#: sentence overlaps both gold sentences, so a session learns both codes for it.
TEXT = "Moeder wil verhuizen. Hij betaalt geen alimentatie. De kat slaapt."
CUTS = [(0, 26, (V,)), (26, 51, (A,)), (52, 67, ())]


def test_read_gives_wb_sentences_the_session_codes(monkeypatch) -> None:
    """Keys are wb sentences; the one over two gold sentences has both codes and the gold index
    of the sentence it starts in (the old first-character rule gave it only Verhuizing)."""
    gold = {"d1": [GoldSentence("d1", s, e, frozenset(c)) for s, e, c in CUTS]}
    monkeypatch.setattr(codes_third_learners, "load_codebook", lambda path: proef_book())
    monkeypatch.setattr(bench_codes, "load_data", lambda synthetic, name: ({"d1": TEXT}, gold))
    monkeypatch.setattr(bench_codes, "split", lambda docs, name: {"tune": docs})
    s = codes_third_learners.read("codes11", "tune", load())
    assert s["order"]["d1"] == [("d1", 0), ("d1", 1), ("d1", 2)]
    assert [set(s["codes"][k]) for k in s["order"]["d1"]] == [{V}, {V, A}, set()]
    assert [s["at"][k] for k in s["order"]["d1"]] == [0, 0, 2]
