"""Perspective codes from who speaks: a story's narrator, a turn's speaker (issue 11 §2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import load_codebook
from wb.coding.perspective import first_person, narrator_code, perspective_codes
from wb.coding.suggest import Suggester
from wb.corpus.readers import read_document
from wb.nlp import load

ROOT = Path(__file__).resolve().parents[1]
BOOK = load_codebook(ROOT / "codebooks" / "leernetwerk.yaml")
P = "Perspectief/"


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester(BOOK, load(), expand=True).fit()


def test_the_metadata_names_the_narrator_code() -> None:
    assert perspective_codes(BOOK)[:2] == [P + "Ouder", P + "Kind en jongere"]
    assert narrator_code(BOOK, {"perspective": "grootouder"}) == P + "Grootouder"
    assert narrator_code(BOOK, {"perspectief": "Jongere"}) == P + "Kind en jongere"
    assert narrator_code(BOOK, {"perspective": "professional"}) == P + "Professional"
    assert narrator_code(BOOK, {"perspective": "buurman"}) is None
    assert narrator_code(BOOK, {"title": "ouder"}) is None
    assert narrator_code(BOOK, None) is None


def test_first_person_outside_quotes_and_headings() -> None:
    assert first_person("We praten vooral, en we luisteren.")
    assert first_person("Met m'n kleinzoon ging het goed.")
    assert not first_person("Elke dinsdag.")
    assert not first_person('De moeder zei: "ik kom niet".')
    assert not first_person("# Zeven jeugdbeschermers en één ik")
    assert not first_person("Ikea is dicht; de wijk wil meer.")


def test_a_story_narrator_codes_the_first_person_sentences(suggester: Suggester) -> None:
    text = "Elke dinsdag haal ik hem op. Elke dinsdag. Zijn moeder weet het niet."
    doc = suggester.nlp(text)
    found = suggester.suggest_doc("opa.md", doc, {"perspective": "grootouder"})
    persp = [(s.start, s.end, s.code, s.score, s.rule, s.why) for s in found if P in s.code]
    assert persp == [(0, 28, P + "Grootouder", 0.8, "(verteller)", "verteller: grootouder")]
    assert not [s for s in suggester.suggest_doc("opa.md", doc) if P in s.code]
    (js,) = [s.to_json() for s in found if P in s.code]
    assert (js["score"], js["reason"], js["match"]["text"]) == (
        0.8,
        "verteller: grootouder",
        "Elke dinsdag haal ik hem op.",
    )


def test_a_turn_speaker_codes_the_turn(suggester: Suggester) -> None:
    text = (
        "Raadsonderzoeker (RvdK): In ons onderzoek spreken we kinderen één keer. "
        "Dat besef ik. Het rapport gaat daarna weg.\n\n"
        "Dat is gezegd. Ik sluit af."
    )
    found = suggester.suggest_doc("notulen.txt", suggester.nlp(text))
    persp = sorted((s.start, s.code, s.rule, s.why) for s in found if P in s.code)
    assert persp[0][:2] == (0, P + "Professional") and persp[0][2] != "(verteller)"
    assert persp[1:] == [
        (72, P + "Professional", "(verteller)", "spreker: Raadsonderzoeker (RvdK)")
    ]
    assert text[72:85] == "Dat besef ik."


def test_the_grandfathers_story_from_the_corpus(suggester: Suggester) -> None:
    read = read_document(ROOT / "corpora" / "verhalen" / "08_grootvader.md")
    found = suggester.suggest_doc("08.md", suggester.nlp(read.text), read.front_matter)
    told = {read.text[s.start : s.end] for s in found if s.rule == "(verteller)"}
    assert "We praten vooral, en we luisteren." in told
    assert "Elke dinsdag." not in told
    assert "# Een opa aan de zijlijn" not in told


def test_without_metadata_the_opening_shows_the_narrator(suggester: Suggester) -> None:
    text = (
        "# Het woord\n\nIk ben Ilse, moeder van twee kinderen. Ik schrijf dit laat op de avond. "
        "Het regende."
    )
    found = suggester.suggest_doc("ilse.md", suggester.nlp(text))
    told = [(text[s.start : s.end], s.why) for s in found if s.rule == "(verteller)"]
    assert told == [("Ik schrijf dit laat op de avond.", "verteller: ouder (uit de opening)")]
    # two perspectives as often in the opening: no narrator
    text = "Ik ben moeder en ik ben zeventien. Ik schrijf dit laat."
    found = suggester.suggest_doc("twee.md", suggester.nlp(text))
    assert not [s for s in found if s.rule == "(verteller)"]


def test_words_in_a_speaker_label_say_who_speaks_not_what_about(suggester: Suggester) -> None:
    text = "Medewerker Veilig Thuis: Wij dragen over aan het wijkteam.\n\nVeilig Thuis belde."
    found = suggester.suggest_doc("notulen.txt", suggester.nlp(text))
    vt = [(s.match_start, s.match_text) for s in found if s.code == "Veiligheid/Veilig Thuis"]
    assert vt == [(60, "Veilig Thuis")]
    assert [s.code for s in found if s.match_start == 0] == [P + "Professional"]


def test_a_perspective_code_does_not_come_from_description_words(suggester: Suggester) -> None:
    from wb.coding.suggest import sentence_features

    doc = suggester.nlp("De hulpverlening vertelt over de scheiding.")
    (sent,) = doc.sents
    scored = suggester.model_.score(sentence_features(sent))
    # the description of Ouder ("vertelt over de eigen scheiding ... de hulpverlening") fits,
    # but who speaks comes from the narrator, the turn or the codebook's own wording
    assert [(x.code, x.source) for x in scored] == [(P + "Ouder", "description")]
    assert suggester.suggest_doc("a.txt", doc) == []


def test_a_heading_gets_no_code_from_description_words(suggester: Suggester) -> None:
    def codes(text: str) -> list[tuple[int, int, str, str]]:
        found = suggester.suggest_doc("a.txt", suggester.nlp(text))
        return [(s.start, s.end, s.code, s.rule) for s in found]

    stem = "Gehoord worden/Stem van het kind"
    assert codes("Welkom en terugkoppeling.\n\nDe voorzitter opent.") == [
        (0, 25, stem, "(beschrijving)")
    ]
    assert codes("1. Welkom en terugkoppeling\n\nDe voorzitter opent.") == []
    assert codes("# Welkom en terugkoppeling\n\nDe voorzitter opent.") == []
