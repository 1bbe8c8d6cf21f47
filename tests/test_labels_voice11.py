"""Problems applied to a parent and separable judging verbs (issue 11 §1, voice11): word classes
and lemmas, tested on written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import described


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a problem head tied to one person: subject + verb of having, possessive, van/bij
        ("De moeder kampt met psychiatrische problematiek.", ["psychiatrische problematiek"]),
        (
            "Vanwege haar lichamelijke en psychische problematiek is zij niet in staat.",
            ["lichamelijke en psychische problematiek"],
        ),
        ("Er is sprake van een depressief beeld bij de vader.", ["depressief beeld"]),
        ("De problematiek van moeder speelt een rol.", ["problematiek"]),
        ("Vader heeft een ernstige psychiatrische ziekte.", ["ernstige psychiatrische ziekte"]),
        ("Daarom moet vader aan zijn eigen problematiek werken.", ["eigen problematiek"]),
        ("Daarom moet de vader aan eigen problematiek werken.", ["eigen problematiek"]),
        ("Ouders met eigen problematiek krijgen steun.", []),
        # a summary's telegram style: the person noun bare after the head
        (
            "Uithuisplaatsing, ernstige psychiatrische ziekte vader.",
            ["ernstige psychiatrische ziekte"],
        ),
        ("Een stoornis als ADHD komt voor.", []),
        # general statements, a professional, a head that needs a diagnostic adjective
        ("Ouders met psychische problematiek krijgen hulp.", []),
        ("Psychische problematiek komt veel voor bij ouders.", []),
        ("De hulpverlener kampt met een depressief beeld.", []),
        ("Zijn ziekte duurde lang.", []),
        ("Het beeld van de vader is negatief.", []),
        # a separable judging verb with a person as object
        ("Mijn ex maakt mij regelmatig zwart op internet.", ["maakt mij regelmatig zwart"]),
        ("Zij maakte de vader zwart op school.", ["maakte de vader zwart"]),
        ("Hij maakt haar vader dom of zelfs zwart.", ["maakt haar vader dom of zelfs zwart"]),
        ("Hij maakt haar vader belachelijk.", []),
        ("Ze maakt de muur zwart.", []),
        ("Toen liet hij zijn zoon in de steek.", ["liet hij zijn zoon in de steek"]),
        ("Vader laat de kinderen vaak in de steek.", ["laat de kinderen vaak in de steek"]),
        ("Mijn geheugen liet me in de steek.", []),
        ("Ik maak hem niet zwart.", ["maak hem niet zwart"]),
        ("Hij laat het werk in de steek.", []),
        ("Hij maakte het zwart.", []),
    ],
)
def test_problems_and_judging_verbs(text: str, expected: list[str]) -> None:
    assert described(text) == expected
