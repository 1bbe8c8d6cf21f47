"""Scope of annotated occurrences, forms of lexicon terms and person-aimed descriptions (issue 11
§1, labels25). Written sentences, not evaluation texts; each expectation changes when its rule or
lexicon form is taken out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from label_finders import described, label_finder
from label_finders import hits as found

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from labels_scope import is_lexicon_annotation, scope_of  # noqa: E402


def spans(text: str) -> list[tuple[str, str]]:
    """(span text, label) of every hit of the default finder."""
    return [(h[2], h[3]) for h in found(label_finder(), text)]


def scope(text: str, span: str, label: str = "nieuw: x") -> str:
    """The scope of the first occurrence of span in text, annotated with label."""
    doc = label_finder().nlp(text)
    start = text.index(span)
    return scope_of(doc, start, start + len(span), is_lexicon_annotation({"label": label}))


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Ze had het over de boze moeder van Sem.", "boze moeder", "person"),
        ("Volgens vader is zij erg manipulatief.", "manipulatief", "person"),
        ("Zij traineert de boel al maanden.", "traineert de boel", "person"),
        ("In de wijk hing de 'controlerende' ouder rond.", "controlerende", "person"),
        ("Ik vond hem saai.", "saai", "person"),
        ("Haar achterdocht werd steeds groter.", "achterdocht", "person"),
        ("Redenen kunnen zijn: wrok, rancune of onbegrip.", "wrok", "other"),
        ("Het rapport is eenzijdig.", "eenzijdig", "other"),
        ("Wij zien steeds meer storend gedrag.", "storend gedrag", "other"),
        ("De moeder was boos.", "moeder", "person"),
    ],
)
def test_scope_of_an_annotation(text: str, span: str, expected: str) -> None:
    assert scope(text, span) == expected


def test_scope_lexicon_and_pattern_labels() -> None:
    text = "Er is sprake van ouderverstoting."
    assert scope(text, "ouderverstoting", "ouderverstoting") == "lexicon"
    # an annotation with a pattern's label is outside the lexicon, whatever the lexicon lists
    assert scope("De boze moeder kwam.", "boze moeder", "negatieve typering") == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De brief aan haar alcoholistische vader.", ["alcoholistische"]),
        ("Zij worden alcoholmisbruikers genoemd.", ["alcoholmisbruikers"]),
        ("Vader heeft een drankprobleem.", ["drankprobleem"]),
        ("Ze zei dat ik een alcoholprobleem zou hebben.", ["alcoholprobleem"]),
        ("Hun drugsproblemen waren bekend.", ["drugsproblemen"]),
        ("De verslavingen van mijn vader.", []),
        ("Zwaar drinken, alcoholmisbruik en alcoholisme.", []),
        ("Het drugsgebruik van moeder nam af.", []),
    ],
)
def test_addiction_forms(text: str, expected: list[str]) -> None:
    assert [s for s, label in spans(text) if label == "verslaafd"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kinderen worden daarbij vaak als wapen ingezet.",
            [("Kinderen worden daarbij vaak als wapen ingezet", "kind als wapen")],
        ),
        (
            "Je kunt je kinderen niet tegen je ex inzetten.",
            [("kinderen niet tegen je ex inzetten", "kind als wapen")],
        ),
        ("Het leger heeft drones als wapen ingezet.", []),
        ("Het kind is hulpverlening-moe.", [("hulpverlening-moe", "hulpverleningsmoe")]),
        ("De hulpverlening moet beter.", []),
    ],
)
def test_forms_of_lexicon_terms(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Genoeg over de brutale puberdochter.", ["brutale puberdochter"]),
        ("Klaas is altijd al een lastig jongetje geweest.", ["lastig jongetje"]),
        ("Het is een brutaal prototype.", []),
        ("Je bent geen goede moeder.", ["geen goede moeder"]),
        ("Eens opgenomen in de ggz, nooit een goede moeder?", ["nooit een goede moeder"]),
        ("Ik ben geen goede moeder.", ["geen goede moeder"]),  # a self-judgement (labels-policy)
        ("Er is geen goede band tussen hen.", []),
        ("Zij is een goede moeder.", []),
        ("We zagen dat hij soms heel erg dwars was.", ["dwars"]),
        ("De rechter beloont de tegenwerkende ouder.", ["tegenwerkende ouder"]),
        ("Een dwarsliggende vader.", ["dwarsliggende vader"]),
        ("Een werkende moeder.", []),
        ("Zo overtuigt deze ‘controlerende’ ouder het kind.", ["controlerende"]),
    ],
)
def test_descriptions_aimed_at_a_person(text: str, expected: list[str]) -> None:
    assert described(text) == expected


def test_bench_scores_hits_of_another_commit() -> None:
    """bench_labels.evaluate with hits_of (the --hits path) counts as with the finder's own hits,
    and counts gold per scope."""
    import yaml
    from bench_labels import HERE, evaluate

    from wb.dossiers.voice import self_terms

    manifest = yaml.safe_load((HERE / "manifest.yaml").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["texts"] if e["id"] == "kst-31265-92")
    finder = label_finder()
    own = evaluate(finder, [entry])
    text = (HERE / "texts" / "kst-31265-92.txt").read_text(encoding="utf-8")
    meta = {"genre": entry.get("genre", "")}
    hits = finder.find(entry["id"], text, self_terms=self_terms(None), metadata=meta)
    assert evaluate(finder, [entry], hits_of={entry["id"]: hits}) == own
    none = evaluate(finder, [entry], hits_of={})
    assert (none["gold"], none["gold_lexicon"], none["matched"], none["found"]) == (1, 1, 0, 0)
    assert (own["matched_lexicon"], own["gold_person"], own["gold_other"]) == (1, 0, 0)
