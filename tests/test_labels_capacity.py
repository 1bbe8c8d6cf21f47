"""labels-capacity (issue 11 §1, annotation policy of 2026-12-05): "(niet / onvoldoende /
nauwelijks) in staat" said of a parent or child is a description aimed at a person when what
follows is parenting, care, insight, reflection or putting the child first; circumstantial or
practical incapacity, a bare "daartoe niet in staat" and a capacity said of a professional or
an institution are not. Written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import voiced_spans

MODES = [None, "rules"]


@pytest.mark.parametrize("voice_model", MODES)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in scope: parenting, care, insight, reflection, the child first
        (
            "De moeder is niet in staat om de kinderen een veilige opvoedsituatie te bieden.",
            [
                (
                    13,
                    78,
                    "niet in staat om de kinderen een veilige opvoedsituatie te bieden",
                    "asserted",
                )
            ],
        ),
        (
            "Volgens de Raad is de vader onvoldoende in staat om naar het belang van het kind te"
            " handelen.",
            [
                (
                    28,
                    92,
                    "onvoldoende in staat om naar het belang van het kind te handelen",
                    "attributed",
                )
            ],
        ),
        (
            "De deskundige concludeert dat de vrouw niet in staat is tot zelfreflectie.",
            [(39, 73, "niet in staat is tot zelfreflectie", "attributed")],
        ),
        (
            "Zij is nauwelijks in staat haar eigen aandeel te zien.",
            [(7, 53, "nauwelijks in staat haar eigen aandeel te zien", "asserted")],
        ),
        (
            "De ouders zijn niet (meer) in staat om samen te werken.",
            [(15, 54, "niet (meer) in staat om samen te werken", "asserted")],
        ),
        (
            "Na de scheiding was zij een tijdje minder goed in staat voor haar zoontjes te zorgen.",
            [(35, 84, "minder goed in staat voor haar zoontjes te zorgen", "asserted")],
        ),
        (
            "Beide ouders zijn niet in staat hun rol als ouders vorm te geven.",
            [(18, 64, "niet in staat hun rol als ouders vorm te geven", "asserted")],
        ),
        # out of scope: circumstantial or practical incapacity
        ("Hij was door ziekte niet in staat om naar de zitting te komen.", []),
        ("Door zijn ziekte is vader niet in staat te werken.", []),
        ("Vader is financieel niet in staat de alimentatie te betalen.", []),
        ("Zij bleek niet in staat te zijn de tering naar de nering te zetten.", []),
        # out of scope: a professional or an institution
        ("De gezinsvoogd is niet in staat om de veiligheid van het kind te waarborgen.", []),
        ("Jeugdzorg was niet in staat om de kinderen een veilige plek te bieden.", []),
        # no complement, or no lack
        ("De man acht zichzelf daartoe niet in staat.", []),
        ("De moeder is goed in staat om de kinderen op te voeden.", []),
    ],
)
def test_capacity_policy(text: str, expected: list[tuple], voice_model: str | None) -> None:
    assert voiced_spans(text, voice_model) == expected
