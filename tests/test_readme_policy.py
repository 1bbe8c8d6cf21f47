"""The README's written pseudonymisation policy (issue 10 §3) is there, in Dutch, and its own
examples do what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb import Pseudonymiser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
POLICY = README.split("## Pseudonimiseren: wat wordt vervangen", 1)[1].split("\n## ", 1)[0]
ALWAYS = POLICY.split("**Altijd vervangen:**", 1)[1].split("**Blijft staan:**", 1)[0]
KEPT = POLICY.split("**Blijft staan:**", 1)[1]
PLAIN = Pseudonymiser()


def test_the_policy_names_what_issue_10_asks_for() -> None:
    for item in (
        "personen", "plaatsen en regio's", "adressen", "postcodes", "telefoonnummers",
        "e-mailadressen", "BSN", "geboortedatums", "lokale organisaties", "scholen",
        "wijkteams", "praktijken",
    ):  # fmt: skip
        assert item in ALWAYS, item
    for item in (
        "Raad voor de Kinderbescherming", "Veilig Thuis (zonder", "rechtbank en het gerechtshof "
        "zonder plaats", "ministeries", "Tweede en Eerste Kamer", "wetten en programma's",
        "gewone woorden, hoe ze ook met hoofdletters",
    ):  # fmt: skip
        assert item in " ".join(KEPT.split()), item


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Bij Veilig Thuis Drenthe.", "Bij [ORGANISATIE-1]."),
        ("Jeugdbescherming Gelderland belde.", "[ORGANISATIE-1] belde."),
        ("Hij zat in Het Poortje.", "Hij zat in [ORGANISATIE-1]."),
        ("De rechtbank Midden-Nederland besliste.", "De rechtbank [PLAATS-1] besliste."),
        ("In Noord-Holland wonen zij.", "In [PLAATS-1] wonen zij."),
        ("Verslag over HARMKE BERGENHENEGOUWEN.", "Verslag over [PERSOON-1]."),
        (
            "Mevrouw De Vries, Anja de Vries en Anja.",
            "Mevrouw [PERSOON-1], [PERSOON-1] en [PERSOON-1].",
        ),
        ("Postcode 1234 AB, tel. 06-12345678.", "Postcode [POSTCODE-1], tel. [TELEFOON-1]."),
        ("De Raad voor de Kinderbescherming en Veilig Thuis.", None),
        ("Het Centrum voor Jeugd en Gezin en de GGD.", None),
        ("De rechtbank besliste; het gerechtshof ook.", None),
        ("De Tweede Kamer en de Eerste Kamer, de Kinderombudsman.", None),
        ("Volgens de Jeugdwet en Kinderen uit de Knel.", None),
        ("Zij komt uit Marokko en spreekt Turks.", None),
        ("Complexe Scheiding is het thema.", None),
        ("ONGECORRIGEERD STENOGRAM", None),
    ],
)
def test_the_readme_examples_do_what_the_policy_says(text: str, shown: str | None) -> None:
    assert PLAIN.dossier([text])[0].text == (text if shown is None else shown)
