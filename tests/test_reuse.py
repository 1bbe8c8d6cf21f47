"""Copied-passage detection (wb.dossiers.reuse) on the bundled dossiers and small cases."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml

from wb.dossiers.reuse import Report, ReuseDetector, detect_reuse
from wb.errors import InputError

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "dossiers"


@pytest.fixture(scope="module")
def truth() -> dict:
    return yaml.safe_load((CORPUS / "truth.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8").rstrip() for p in CORPUS.glob("*.txt")}


@pytest.fixture(scope="module")
def passages() -> list[dict]:
    return detect_reuse(CORPUS)["passages"]


def _span(texts: dict[str, str], file: str, snippet: str, occurrence: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(occurrence + 1):
        i = texts[file].find(snippet, i + 1)
    assert i >= 0
    return i, i + len(snippet)


def _overlap(p: dict, start: int, end: int) -> int:
    return min(end, p["end"]) - max(start, p["start"])


def _find(passages: list[dict], doc: str, start: int, end: int) -> dict | None:
    hits = [p for p in passages if p["target"]["doc"] == doc]
    best = max(hits, key=lambda p: _overlap(p["target"], start, end), default=None)
    if best is None or _overlap(best["target"], start, end) <= 0:
        return None
    return best


def test_every_copy_found_with_span_source_and_origin(passages, truth, texts):
    for copy in truth["copies"]:
        start, end = _span(texts, copy["target"], copy["target_text"])
        p = _find(passages, copy["target"], start, end)
        assert p is not None, copy["id"]
        t = p["target"]
        assert _overlap(t, start, end) == end - start, copy["id"]  # whole true span
        assert (t["end"] - t["start"]) - (end - start) <= 0, copy["id"]  # nothing extra
        assert p["source"]["doc"] == copy["source"], copy["id"]
        assert p["origin"]["doc"] == copy["origin"], copy["id"]
        assert p["boilerplate"] is False, copy["id"]
        s_start, s_end = _span(texts, copy["source"], copy["source_text"])
        assert (p["source"]["start"], p["source"]["end"]) == (s_start, s_end), copy["id"]


def test_exact_copies_have_exact_offsets(passages, truth, texts):
    for copy in truth["copies"]:
        if copy["edited"]:
            continue
        start, end = _span(texts, copy["target"], copy["target_text"])
        p = _find(passages, copy["target"], start, end)
        t = p["target"]
        assert texts[t["doc"]][t["start"] : t["end"]] == copy["target_text"]
        assert p["similarity"] == 1.0


def test_no_case_passages_besides_the_copies(passages, truth, texts):
    case = [p for p in passages if not p["boilerplate"]]
    true_spans = [
        (c["target"], *_span(texts, c["target"], c["target_text"])) for c in truth["copies"]
    ]
    matched = [
        p
        for p in case
        if any(
            doc == p["target"]["doc"] and _overlap(p["target"], a, b) > 0
            for doc, a, b in true_spans
        )
    ]
    assert len(case) == len(truth["copies"]) == len(matched)  # precision 1.0 on this corpus


def test_boilerplate_flagged_and_kept_apart(passages, truth, texts):
    reported = 0
    for block in truth["boilerplate"]:
        for occ in block["occurrences"]:
            start, end = _span(texts, occ["file"], occ["text"], occ.get("occurrence", 0))
            hits = [
                p
                for p in passages
                if p["target"]["doc"] == occ["file"] and _overlap(p["target"], start, end) > 0
            ]
            assert all(p["boilerplate"] for p in hits), (block["name"], occ["file"])
            reported += bool(hits)
    total = sum(len(b["occurrences"]) for b in truth["boilerplate"])
    assert reported >= total - 4  # only the first occurrence of each block in the corpus is not


def test_order_by_date_not_name(passages):
    d3 = [p for p in passages if p["target"]["doc"].startswith("D3") and not p["boilerplate"]]
    # by name the brief (16 April 2024) would come first; by date it is the last report
    assert not any(p["target"]["doc"] == "D3_verslag-wijkteam.txt" for p in d3)
    assert any(p["source"]["doc"] == "D3_plan-van-aanpak-GI.txt" for p in d3)
    assert all(p["origin"]["doc"] != "D3_brief-aan-rechtbank.txt" for p in d3)


def test_json_contract(passages):
    doc = detect_reuse(CORPUS)
    assert set(doc) == {"passages"}
    json.dumps(doc)
    for p in doc["passages"]:
        assert set(p) == {"target", "source", "origin", "similarity", "boilerplate"}
        for key in ("target", "source", "origin"):
            assert set(p[key]) == {"doc", "start", "end"}
            assert isinstance(p[key]["start"], int) and p[key]["start"] < p[key]["end"]
        assert isinstance(p["similarity"], float) and 0 < p["similarity"] <= 1
        assert isinstance(p["boilerplate"], bool)


# --- small hand-made cases ------------------------------------------------------------------

PASSAGE = (
    "Volgens de school komt Sanne de laatste weken vaak te laat en oogt zij vermoeid in de klas. "
    "De mentor heeft dit met moeder besproken, die aangaf dat het slapen thuis moeizaam gaat. "
    "Er is afgesproken dat de schoolmaatschappelijk werker na de vakantie opnieuw contact opneemt."
)
FILLER = [
    "In het gesprek is uitgebreid stilgestaan bij de wensen van beide ouders voor de zomer.",
    "De medewerker heeft de grootouders gebeld over hun rol in de opvang na schooltijd.",
    "Het huisbezoek vond plaats op een dinsdagmiddag en duurde ongeveer anderhalf uur.",
    "Over de financiële situatie van het gezin zijn geen nieuwe zorgen naar voren gekomen.",
]


def _report(name: str, day: int, paragraphs: list[str], dossier: str = "A") -> Report:
    return Report(name, dossier, datetime.date(2023, 1, day), "\n\n".join(paragraphs))


def _fit(*reports: Report, **params) -> list:
    return ReuseDetector(**params).fit(list(reports)).passages_


def test_exact_copy():
    a = _report("a.txt", 1, [FILLER[0], PASSAGE, FILLER[1]])
    b = _report("b.txt", 2, [FILLER[2], PASSAGE, FILLER[3]])
    (p,) = _fit(a, b)
    assert b.text[p.target.start : p.target.end] == PASSAGE
    assert a.text[p.source.start : p.source.end] == PASSAGE
    assert (p.source.doc, p.origin.doc, p.similarity, p.boilerplate) == (
        "a.txt",
        "a.txt",
        1.0,
        False,
    )


@pytest.mark.parametrize(
    "edited",
    [
        PASSAGE.replace("vermoeid", "moe"),  # word changed
        PASSAGE.replace("oogt zij", "oogt zij erg"),  # word inserted
        PASSAGE.replace("na de vakantie ", ""),  # words dropped
        PASSAGE.replace("slapen thuis", "slapen bij moeder thuis").replace("laatste", "vorige"),
    ],
)
def test_edited_copy(edited):
    a = _report("a.txt", 1, [FILLER[0], PASSAGE])
    b = _report("b.txt", 2, [edited, FILLER[1]])
    (p,) = _fit(a, b)
    assert b.text[p.target.start : p.target.end] == edited
    assert p.source.doc == "a.txt" and p.similarity < 1.0


def test_sentences_swapped():
    s = PASSAGE.split(". ")
    swapped = ". ".join([s[1].rstrip("."), s[0], s[2]])
    a = _report("a.txt", 1, [PASSAGE, FILLER[0]])
    b = _report("b.txt", 2, [FILLER[1], swapped])
    (p,) = _fit(a, b)
    assert b.text[p.target.start : p.target.end] == swapped
    assert a.text[p.source.start : p.source.end] == PASSAGE


def test_chain_resolves_to_origin_and_nearest_source():
    a = _report("z_first.txt", 1, [FILLER[0], PASSAGE])
    b = _report("y_second.txt", 5, [PASSAGE.replace("vermoeid", "moe"), FILLER[1]])
    c = _report("x_third.txt", 9, [FILLER[2], PASSAGE.replace("vermoeid", "moe")])
    found = {p.target.doc: p for p in _fit(c, a, b)}
    assert set(found) == {"y_second.txt", "x_third.txt"}
    assert found["x_third.txt"].source.doc == "y_second.txt"
    assert found["x_third.txt"].origin.doc == "z_first.txt"
    assert found["y_second.txt"].origin.doc == "z_first.txt"


def test_other_dossier_is_not_a_case_copy():
    a = _report("a.txt", 1, [FILLER[0], PASSAGE], dossier="A")
    b = _report("b.txt", 2, [PASSAGE, FILLER[1]], dossier="B")
    assert all(p.boilerplate for p in _fit(a, b))
    # shared by two dossiers and copied within one: boilerplate, not a case copy
    c = _report("c.txt", 3, [FILLER[2], PASSAGE], dossier="A")
    found = _fit(a, b, c)
    assert found and all(p.boilerplate for p in found)
    # with a higher threshold the copy within dossier A is a case copy again
    d = _report("d.txt", 4, [FILLER[3]], dossier="C")
    found = _fit(a, b, c, d, boilerplate_dossiers=3, boilerplate_share=1.0)
    assert [(p.target.doc, p.boilerplate) for p in found] == [("c.txt", False)]


def test_short_shared_phrase_is_not_a_passage():
    phrase = "De Raad concludeert dat de ontwikkeling van Sanne ernstig wordt bedreigd."
    a = _report("a.txt", 1, [FILLER[0] + " " + phrase])
    b = _report("b.txt", 2, [phrase + " " + FILLER[1]])
    assert _fit(a, b) == []


def test_undated_reports_warn_and_follow_names():
    a = Report("a.txt", "A", None, PASSAGE)
    b = Report("b.txt", "A", None, PASSAGE)
    det = ReuseDetector().fit([b, a])
    assert det.order_ == ["a.txt", "b.txt"] and det.warnings_
    assert [p.target.doc for p in det.passages_] == ["b.txt"]


def test_params_are_only_stored_and_checked_in_fit():
    det = ReuseDetector(min_words=3)
    assert det.min_words == 3 and not hasattr(det, "passages_")
    with pytest.raises(InputError):
        det.fit([])


def test_missing_folder(tmp_path):
    with pytest.raises(InputError, match="nope: bestaat niet"):
        detect_reuse(tmp_path / "nope")


def test_reports_without_any_repeated_passage() -> None:
    """A dossier whose reports share no run of words at all gives no passages, and no crash."""
    a = Report("a.txt", "A", datetime.date(2023, 1, 1), "Vader belt de school over het rapport.")
    b = Report("b.txt", "A", datetime.date(2023, 2, 1), "Moeder schrijft een brief aan de rechter.")
    assert ReuseDetector().fit([a, b]).to_dict()["passages"] == []
