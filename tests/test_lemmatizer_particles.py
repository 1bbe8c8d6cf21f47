"""Separable verbs in wb's lemmatiser: how far the search for a marked particle goes."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wb.nlp import load

FEATS = {
    "Fin": "VerbForm=Fin",
    "Inf": "VerbForm=Inf",
    "Part": "VerbForm=Part",
    "Vbp": "PartType=Vbp",
}


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def _lemmas(nlp, tagged: str) -> list[str]:
    """Lemmas of hand-tagged text ("Hij/PRON schonk/VERB:Fin in/ADP:Vbp"), so that the test is
    about the particle rule, not the tagger."""
    words, pos, morphs = [], [], []
    for item in tagged.split():
        word, tag = item.rsplit("/", 1)
        tag, _, feat = tag.partition(":")
        words.append(word)
        pos.append(tag)
        morphs.append(FEATS.get(feat, ""))
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
    return [t.lemma_ for t in nlp.get_pipe("wb_lemmatizer")(doc)]


def test_marked_particle_after_an_adverbial_participle(nlp) -> None:
    lemmas = _lemmas(
        nlp,
        "Koerts/PROPN schonk/VERB:Fin grinnikend/VERB:Part nog/ADV een/DET glas/NOUN "
        "in/ADP:Vbp ./PUNCT",
    )
    assert lemmas[1] == "inschenken"
    lemmas = _lemmas(
        nlp, "Bij/ADP mantelzorg/NOUN komt/VERB:Fin dit/PRON geregeld/VERB:Part voor/ADP:Vbp"
    )
    assert lemmas[2] == "voorkomen"
    # a finite verb in between still ends the search: the particle is the later verb's
    lemmas = _lemmas(
        nlp, "Hij/PRON lachte/VERB:Fin en/CCONJ zij/PRON belde/VERB:Fin haar/PRON op/ADP:Vbp"
    )
    assert lemmas[1] == "lachen"
    assert lemmas[4] == "opbellen"


def test_marked_particle_across_a_comma(nlp) -> None:
    lemmas = _lemmas(
        nlp,
        "Zij/PRON zette/VERB:Fin ,/PUNCT omgekeerd/VERB:Part ,/PUNCT dezelfde/DET "
        "prestaties/NOUN neer/ADV:Vbp ./PUNCT",
    )
    assert lemmas[1] == "neerzetten"
    # the unmarked particle before the comma still ends its own clause
    lemmas = _lemmas(
        nlp,
        "Hier/ADV vindt/VERB:Fin het/DET fokken/NOUN plaats/NOUN ,/PUNCT maar/CCONJ "
        "daar/ADV past/VERB:Fin men/PRON inseminatie/NOUN toe/ADP:Vbp ./PUNCT",
    )
    assert lemmas[1] == "plaatsvinden"
    assert lemmas[8] == "toepassen"
    # a subordinate clause after the comma is not crossed
    lemmas = _lemmas(
        nlp,
        "Hij/PRON wachtte/VERB:Fin ,/PUNCT omdat/SCONJ zij/PRON hem/PRON op/ADP:Vbp "
        "belde/VERB:Fin ./PUNCT",
    )
    assert lemmas[1] == "wachten"


def test_a_marked_word_that_is_no_particle_of_the_verb_is_passed(nlp) -> None:
    # the tagger also marked "er": "erzien" is no verb, so the search goes on to "uit"
    lemmas = _lemmas(
        nlp,
        "De/DET balans/NOUN ziet/VERB:Fin er/ADV:Vbp niet/ADV best/ADJ uit/ADP:Vbp ./PUNCT",
    )
    assert lemmas[2] == "uitzien"


def test_a_marked_preposition_that_heads_a_phrase_is_no_particle(nlp) -> None:
    # the tagger marked the preposition of a fixed phrase: "in kaart brengen", "om het leven
    # komen", "in stand houden" keep their plain verb
    lemmas = _lemmas(nlp, "We/PRON brengen/VERB:Fin de/DET zorg/NOUN in/ADP:Vbp kaart/NOUN ./PUNCT")
    assert lemmas[1] == "brengen"
    lemmas = _lemmas(
        nlp,
        "Gisteren/ADV kwam/VERB:Fin een/DET man/NOUN om/ADP:Vbp het/DET leven/NOUN ./PUNCT",
    )
    assert lemmas[1] == "komen"
    lemmas = _lemmas(
        nlp, "Die/DET dingen/NOUN houden/VERB:Fin elkaar/PRON in/ADP:Vbp stand/NOUN ./PUNCT"
    )
    assert lemmas[2] == "houden"
    # a particle before a te-infinitive still joins: "droeg hem op een regering te vormen"
    lemmas = _lemmas(
        nlp,
        "De/DET koning/NOUN droeg/VERB:Fin hem/PRON op/ADP:Vbp een/DET regering/NOUN "
        "te/ADP vormen/VERB:Inf ./PUNCT",
    )
    assert lemmas[2] == "opdragen"
    # and a particle at the clause end joins as before
    assert _lemmas(nlp, "Zij/PRON belde/VERB:Fin haar/PRON op/ADP:Vbp ./PUNCT")[1] == "opbellen"


def test_an_unmarked_preposition_after_a_pronominal_adverb_is_not_the_particle(nlp) -> None:
    # "er ... in", "daar ... aan": the preposition belongs to the pronominal adverb
    lemmas = _lemmas(nlp, "Een/DET kind/NOUN heeft/VERB:Fin er/ADV recht/NOUN op/ADP ./PUNCT")
    assert lemmas[2] == "hebben"
    lemmas = _lemmas(nlp, "Hij/PRON doet/VERB:Fin daar/ADV niets/PRON aan/ADP ./PUNCT")
    assert lemmas[1] == "doen"
    # an adverb particle still joins: "werken hier samen"
    lemmas = _lemmas(nlp, "Ouders/NOUN werken/VERB:Fin hier/ADV samen/ADV ./PUNCT")
    assert lemmas[1] == "samenwerken"
    # and without a pronominal adverb the preposition joins as before
    assert _lemmas(nlp, "Zij/PRON belde/VERB:Fin haar/PRON op/ADP ./PUNCT")[1] == "opbellen"
