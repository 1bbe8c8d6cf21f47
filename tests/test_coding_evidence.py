"""Pattern hits that are no evidence for their code (synthetic check, round 5), on made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import load_codebook
from wb.coding import evidence
from wb.coding.suggest import Suggester
from wb.nlp import load

ROOT = Path(__file__).resolve().parents[1]
BOOK = load_codebook(ROOT / "codebooks" / "leernetwerk.yaml")


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester(BOOK, load(), expand=True).fit()


def codes(suggester: Suggester, text: str, metadata: dict | None = None) -> list[str]:
    """The short names of the codes suggested anywhere in `text`, sorted."""
    found = suggester.suggest_doc("x.txt", suggester.nlp(text), metadata)
    return sorted({s.code.rsplit("/", 1)[-1] for s in found})


def test_a_role_in_a_long_list_of_professionals_is_no_topic(suggester: Suggester) -> None:
    listed = (
        "Rond het gezin werkten een gezinsvoogd, een psycholoog, iemand van het wijkteam, "
        "twee advocaten, een mediator die afhaakte en een bijzondere curator."
    )
    assert codes(suggester, listed) == []
    assert codes(suggester, "De twee advocaten schreven elkaar lange brieven.") == ["Advocaten"]
    # two items, or items joined by "en" alone, are no enumeration
    assert codes(suggester, "De advocaten en de mediator zaten samen aan tafel.") == [
        "Advocaten",
        "Samenwerken en afstemmen",
    ]
    tokens = list(suggester.nlp(listed))
    items = [(tokens[a].text, tokens[b - 1].text, n) for a, b, n in evidence.list_items(tokens)]
    assert items == [
        ("een", "psycholoog", 5),
        ("iemand", "wijkteam", 5),
        ("twee", "advocaten", 5),
        ("een", "afhaakte", 5),
        ("een", "curator", 5),
    ]


def test_a_question_list_is_no_list_of_items(suggester: Suggester) -> None:
    tokens = list(
        suggester.nlp("Vraag: is er angst, zijn er meldingen, is er een omgangsregeling?")
    )
    assert evidence.list_items(tokens) == []


def test_the_projects_own_name_is_not_a_familys_network(suggester: Suggester) -> None:
    assert evidence.own_name_heads(BOOK.name) == frozenset({"netwerk"})
    assert codes(suggester, "De vraag aan dit netwerk is wat er in de opleiding moet.") == [
        "Opleiding en scholing"
    ]
    minutes = "Verslag van het leernetwerk. Het netwerk kwam drie keer bijeen."
    assert codes(suggester, minutes) == []
    # where the text speaks of a family's network, "het netwerk" is that one
    family = "Verslag van het leernetwerk. Het sociale netwerk helpt. Het netwerk kwam bijeen."
    assert codes(suggester, family) == ["Sociaal netwerk"]
    assert codes(suggester, "Dit netwerk rond het kind hielp ons.") == ["Sociaal netwerk"]


def test_all_of_words_on_both_sides_of_a_colon_are_two_statements(suggester: Suggester) -> None:
    split = "Ouders hebben zelf steun nodig: een kind merkt het als ouders het redden."
    assert "Stem van het kind" not in codes(suggester, split)
    assert "Stem van het kind" in codes(suggester, "Het kind mocht zelf kiezen.")


def test_another_speakers_family_is_not_their_perspective(suggester: Suggester) -> None:
    turn = "Grootmoeder: Na de scheiding van mijn zoon zag ik de kleinkinderen niet meer."
    assert "Ouder" not in codes(suggester, turn)
    assert "Grootouder" in codes(suggester, turn)
    assert "Ouder" in codes(suggester, "Na de scheiding van mijn zoon ging ik terug naar school.")


def test_the_doer_of_an_action_item_is_no_topic(suggester: Suggester) -> None:
    item = "- Intern begeleider en wijkteammedewerker maken een voorstel voor de werkgroep."
    assert codes(suggester, item) == []
    assert codes(suggester, "- De intern begeleider wordt uitgenodigd.") == []
    assert codes(suggester, "Ik sprak de intern begeleider.") == ["School"]
    # an organisation named before the verb may be what the item is about
    assert "Veilig Thuis" in codes(suggester, "- Veilig Thuis en het wijkteam maken een plan.")


def rules(suggester: Suggester, text: str) -> list[str]:
    """The rules of the suggestions in `text`, sorted."""
    return sorted(s.rule for s in suggester.suggest_doc("x.txt", suggester.nlp(text)))


def test_a_quoted_parent_is_not_the_narrator(suggester: Suggester) -> None:
    quoted = "De moeder zei: 'Ik zie mijn kinderen te weinig.'"
    assert "mijn kinderen" not in rules(suggester, quoted)
    assert "mijn kinderen" in rules(suggester, "Ik zie mijn kinderen te weinig.")
    assert evidence.in_reported_speech(quoted, 27, 40)
    assert not evidence.in_reported_speech("Ik zie mijn kinderen.", 7, 20)


def test_the_chairs_welcome_names_who_came(suggester: Suggester) -> None:
    welcome = "De voorzitter heet iedereen welkom, in het bijzonder de grootmoeder van Tijn."
    assert codes(suggester, welcome) == []
    assert evidence.is_welcome("De voorzitters heten de nieuwe leden welkom.")
    assert not evidence.is_welcome("Iedereen is welkom bij de klankbordgroep.")
    assert codes(suggester, "De grootmoeder van Tijn kwam voor het eerst.") == ["Grootouder"]


def test_an_exclude_clause_noun_in_ing_also_stops_its_verb(suggester: Suggester) -> None:
    # Cultuur en achtergrond excludes "Cultuur als verklaring voor geweld of conflict"
    verb = "Signalen van geweld worden niet verklaard vanuit een cultuursensitieve blik."
    assert "Cultuur en achtergrond" not in codes(suggester, verb)
    assert "Cultuur en achtergrond" in codes(suggester, "We werken cultuursensitief met gezinnen.")


def test_an_adjective_may_stand_after_the_possessive_of_a_pattern(suggester: Suggester) -> None:
    assert "mijn kinderen" in rules(suggester, "Mijn eigen kinderen zijn nu veertien.")
    assert "mijn kinderen" not in rules(suggester, "Mijn eigen huis is klein, kinderen zijn er.")
    assert "mijn kinderen" not in rules(suggester, "Zijn eigen kinderen zijn nu veertien.")
