"""The learned names model's organisations-only modes (names-orgs): what ``apply_learned`` adds
in each mode, on made-up snippets with a toy model; no name of a bench text."""

from __future__ import annotations

import pytest

from wb import Pseudonymiser
from wb.dossiers import pseudonymise
from wb.dossiers.mentions import Mention
from wb.dossiers.name_model import LEARNED_MODES, NamesModel, apply_learned
from wb.errors import InvalidChoiceError

# to this toy model a capitalised word the rules left is a name when it is a known name or no
# dictionary word
TOY = NamesModel({"u|b": 5.0, "u|d:lexicon": -8.0, "u|d:name": 8.0}, drop=0.0, add=0.9)
TEXT = "Toen belde Kim Bakker van Wijkteam Kwakelzand met Bakker over Veldzicht."


def _mention(word: str, type_: str) -> Mention:
    start = TEXT.index(word)
    return Mention(start, start + len(word), type_, word, 3, "test")


def _added(only: str | None) -> list[tuple[int, int, str]]:
    rules = [_mention("Bakker", "PERSOON"), _mention("Wijkteam", "ORGANISATIE")]  # first Bakker
    out = apply_learned(TEXT, rules, TOY, tags={}, only=only)
    return [(m.start, m.end, m.type) for m in out]


def test_all_adds_every_run() -> None:
    assert _added(None) == [
        (11, 21, "PERSOON"),  # "Kim" joins the person
        (26, 45, "ORGANISATIE"),  # "Kwakelzand" joins the organisation
        (50, 56, "PERSOON"),  # the second "Bakker": the person's twin
        (62, 71, "ORGANISATIE"),  # "Veldzicht" on its own: a new organisation
    ]


def test_organisations_adds_no_part_or_twin_of_a_person() -> None:
    assert _added("organisations") == [
        (15, 21, "PERSOON"),
        (26, 45, "ORGANISATIE"),
        (62, 71, "ORGANISATIE"),
    ]


def test_near_only_grows_an_organisation_of_the_rules() -> None:
    assert _added("near") == [(15, 21, "PERSOON"), (26, 45, "ORGANISATIE")]


def test_words_leaves_a_lone_word_in_capitals() -> None:
    text = "Het rapport van KBZ en van Zorgpunt Veldzicht kwam."
    out = apply_learned(text, [], TOY, tags={}, only="words")
    assert [(m.start, m.end) for m in out] == [(36, 45)]
    out = apply_learned(text, [], TOY, tags={}, only="organisations")
    assert [(m.start, m.end) for m in out] == [(16, 19), (36, 45)]


def test_the_pseudonymiser_takes_a_mode_and_refuses_an_unknown_one() -> None:
    assert Pseudonymiser(learned="organisations").learned == "organisations"
    with pytest.raises(InvalidChoiceError, match="onbekende stand"):
        Pseudonymiser(learned="organisaties")


def test_the_modes_are_the_same_in_both_modules() -> None:
    assert pseudonymise.LEARNED_MODES == LEARNED_MODES
