"""Compounds in wb's lemmatiser: hyphenated ones closed where Dutch writes them closed, heads."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from wb.nlp import load
from wb.nlp.hyphens import closed_spelling
from wb.nlp.lexicon import get_lexicon


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def _lemmas(nlp, tagged: str) -> list[str]:
    """Lemmas of hand-tagged text ("de/DET politie-agenten/NOUN:Plur"), so that the test is
    about the lemma rule, not the tagger."""
    words, pos, morphs = [], [], []
    for item in tagged.split():
        word, tag = item.rsplit("/", 1)
        tag, _, number = tag.partition(":")
        words.append(word)
        pos.append(tag)
        morphs.append("Number=Plur" if number == "Plur" else "")
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
    return [t.lemma_ for t in nlp.get_pipe("wb_lemmatizer")(doc)]


def test_hyphenated_compound_that_dutch_writes_closed_loses_its_hyphen(nlp) -> None:
    # OpenTaal lists politie-agent as a misspelling; the lexicon knows vicevoorzitter and
    # promotieonderzoek; managementconsultant follows the spelling rules
    lemmas = _lemmas(
        nlp,
        "de/DET politie-agenten/NOUN:Plur en/CCONJ de/DET vice-voorzitter/NOUN zagen/VERB "
        "het/DET promotie-onderzoek/NOUN van/ADP een/DET management-consultant/NOUN",
    )
    assert lemmas[1] == "politieagent"
    assert lemmas[4] == "vicevoorzitter"
    assert lemmas[7] == "promotieonderzoek"
    assert lemmas[10] == "managementconsultant"
    # a single name before the hyphen, also at the sentence start
    assert _lemmas(nlp, "Rabo-renners/NOUN:Plur reden/VERB")[0] == "raborenner"
    assert _lemmas(nlp, "Politie-agenten/NOUN:Plur kwamen/VERB")[0] == "politieagent"
    # the capital of the sentence's first word does not make a name of two words
    assert _lemmas(nlp, "De/DET Wimbledon-winnares/NOUN won/VERB")[1] == "wimbledonwinnares"


def test_hyphen_that_belongs_stays(nlp) -> None:
    lemmas = _lemmas(
        nlp,
        "de/DET 24-jarige/ADJ FARC-rebellen/NOUN:Plur stuurden/VERB een/DET e-mail/NOUN "
        "aan/ADP de/DET ex-partner/NOUN over/ADP de/DET burn-out/NOUN ,/PUNCT de/DET "
        "zee-egel/NOUN ,/PUNCT de/DET tbs-instellingen/NOUN:Plur en/CCONJ "
        "liberaal-conservatieve/ADJ GI-medewerkers/NOUN:Plur",
    )
    assert lemmas[1] == "24-jarig"  # a digit
    assert lemmas[2] == "farc-rebel"  # an abbreviation in capitals
    assert lemmas[5] == "e-mail"  # OpenTaal's spelling; a part of one letter
    assert lemmas[8] == "ex-partner"  # ex-, oud-, niet-, non-
    assert lemmas[11] == "burn-out"  # OpenTaal's spelling
    assert lemmas[14] == "zee-egel"  # two vowels that would read as one sound
    assert lemmas[17] == "tbs-instelling"  # an abbreviation in lowercase
    assert lemmas[19] == "liberaal-conservatief"  # a pair of adjectives
    assert lemmas[20] == "gi-medewerker"  # an abbreviation in capitals
    # a later part with a capital, a name of two words before the hyphen
    assert _lemmas(nlp, "Noord-Afrikaanse/ADJ landen/NOUN:Plur")[0] == "noord-afrikaans"
    lemmas = _lemmas(
        nlp, "een/DET Veilig/ADJ Thuis-melding/NOUN en/CCONJ de/DET Thuis-melding/NOUN"
    )
    assert lemmas[2] == "Thuis-melding"
    assert lemmas[5] == "thuismelding"


def test_closed_spelling_decisions() -> None:
    lex = get_lexicon()
    assert closed_spelling("politie-agenten", "politie-agent", lex) == "politieagenten"
    assert closed_spelling("country-gitarist", "country-gitarist", lex) == "countrygitarist"
    # the tables' hyphenated spelling does not decide: OpenTaal and the spelling rules do
    assert closed_spelling("Hezbollah-strijders", "hezbollah-strijder", lex) == "hezbollahstrijders"
    assert closed_spelling("auto-ongeluk", "auto-ongeluk", lex) is None
    assert closed_spelling("oud-trainers", "oud-trainer", lex) is None
    assert closed_spelling("held-die-geen-held-werd", "held-die-geen-held-werd", lex) is None
    assert closed_spelling("ChristenUnie-raadslid", "christenunie-raadslid", lex) is None


def test_unknown_compound_noun_needs_a_noun_head(nlp) -> None:
    # "linkshander" split as linkshan + der would take the article's lemma (der -> de): a head
    # without a reading of the word class is no head, the noun stays as written
    lemmas = _lemmas(nlp, "de/DET linkshander/NOUN en/CCONJ de/DET toernooiverloop/NOUN")
    assert lemmas[1] == "linkshander"
    assert lemmas[4] == "toernooiverloop"
    assert _lemmas(nlp, "twee/NUM rechtshanders/NOUN:Plur")[1] == "rechtshander"


def test_compound_infinitive_tagged_verb_stays_an_infinitive(nlp) -> None:
    # the tables know "bandstoten" only as the plural of the noun "bandstoot"
    lemmas = _lemmas(nlp, "hij/PRON ging/VERB bandstoten/VERB en/CCONJ honklopen/VERB")
    assert lemmas[2] == "bandstoten"
    assert lemmas[4] == "honklopen"
    # a linking -s makes a noun compound: the tagger's VERB is not followed
    assert _lemmas(nlp, "de/DET opleidingsdagen/VERB")[1] == "opleidingsdag"


def test_frequent_nouns_the_tables_give_to_a_rarer_word(nlp) -> None:
    lemmas = _lemmas(
        nlp, "de/DET wagen/NOUN en/CCONJ de/DET ploegleiderswagen/NOUN ,/PUNCT een/DET keus/NOUN"
    )
    assert lemmas[1] == "wagen"  # not the plural of "waag"
    assert lemmas[4] == "ploegleiderswagen"
    assert lemmas[7] == "keus"  # not "keu"


def test_known_plural_compound_gets_its_singular(nlp) -> None:
    # the tables know "zorgkosten" only as a word, not its lemma; the head gives the singular
    lemmas = _lemmas(nlp, "de/DET zorgkosten/NOUN:Plur in/ADP haar/PRON kinderjaren/NOUN:Plur")
    assert lemmas[1] == "zorgkost"
    assert lemmas[4] == "kinderjaar"
