"""Readable themes on small real snippets: headings are not passages, names never become
keywords, labels are noun phrases as written, stability in plain Dutch (issue 11 §3)."""

from __future__ import annotations

import pytest

from wb.exports.theme_summary import overall_stability_sentence, theme_stability_sentence
from wb.themes import words
from wb.themes.embed import lemma_pairs, stop_words
from wb.themes.phrase_names import theme_label
from wb.themes.segments import drop_furniture, is_furniture, segment_text
from wb.themes.words import (
    display_forms,
    keyword_ok,
    noun_phrases,
    readable_keywords,
)

# From the Groningen ombudsman's report "Contactherstel blijft uit" (2022), public.
OMBUDSMAN = (
    "Contactherstel blijft uit\n\n"
    "Trefwoorden: jeugdzorg, reactietermijn\n\n"
    "Een vader beklaagt zich erover dat WIJ het contact tussen hem en zijn dochter begin "
    "oktober 2020 heeft stopgezet.\n\n"
    "Stopzetting omgangsregeling\n\n"
    "Pagina 3 van 12\n\n"
    "De voorzitter:\n\n"
    "Nr. 921 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n\n"
    "- \n\n"
    "De ombudsman constateert op basis daarvan dat de (tijdelijke) stopzetting van de "
    "omgangsregeling behoorlijk is."
)


def test_headings_and_page_furniture_are_not_passages():
    segs = segment_text("d", OMBUDSMAN)
    assert len(segs) == 9
    kept = drop_furniture(segs)
    assert [(s.start, s.end) for s in kept] == [(67, 180), (302, 413)]
    assert kept[0].text.startswith("Een vader beklaagt")
    assert all(OMBUDSMAN[s.start : s.end] == s.text for s in kept)
    assert is_furniture("Pagina 3 van 12") and is_furniture("Gaat uw gang.")
    assert not is_furniture("Op school ging het intussen mis met rekenen en taal.")


def test_a_name_never_becomes_a_keyword():
    texts = [
        # Handelingen TK 2022-2023, 61-24 (bench/realtext/themes, committed, public domain)
        "Ik geef als eerste het woord aan de heer Van Haga, die namens de Groep Van Haga het "
        "woord gaat voeren.",
        # the cases of issue 11: "pieteren" from Pieter, "keet" from keten
        "Pieter zag de keten niet. Kalverboer schreef een rapport over de keten.",
    ]
    pairs = lemma_pairs(texts)
    lemmas = [lemma for p in pairs for lemma, _ in p]
    assert not {"haga", "van", "groep", "pieteren", "pieter", "kalverboer"} & set(lemmas)
    assert ("woord", "woord") in pairs[0]
    # the lemmatiser says "keet" for "keten": a reader sees the written form
    forms = display_forms(p for passage in pairs for p in passage)
    keywords, _ = readable_keywords(["keet", "zien", "rapport"], pairs, stop_words())
    assert forms["keet"] == "keten" and keywords == ["keten", "rapport"]


def test_keywords_are_content_words():
    stop = stop_words()
    assert [
        w for w in ("nodig", "zeggen", "waarbij", "de", "wachtlijsten") if keyword_ok(w, stop)
    ] == ["wachtlijsten"]


def test_labels_are_noun_phrases_as_written():
    text = (
        "Kinderen met een jeugdbeschermingsmaatregel staan op een lange wachtlijst. Pieter "
        "verloor het contact met zijn vader. Er is geen vaste jeugdbeschermer."
    )
    assert noun_phrases(text) == [
        "kinderen met een jeugdbeschermingsmaatregel",
        "jeugdbeschermingsmaatregel",
        "lange wachtlijst",
        "contact met vader",  # a possessive is not shown (themes8)
        "vader",
        "vaste jeugdbeschermer",
    ]
    # from the Algemene Rekenkamer's letter on closed youth care (Kamerstuk 31 839, nr. 48)
    passages = [
        "Gesloten jeugdzorg is bedoeld voor jeugdigen met ernstige gedrags- en opvoedproblemen.",
        "Een deel van de jeugdigen krijgt onnodig een plaats in de gesloten jeugdzorg.",
        "Een deel van de jeugdigen verblijft onnodig lang in de gesloten jeugdzorg.",
    ]
    assert theme_label(passages, ["gesloten", "jeugdigen", "plaats"]) == "gesloten jeugdzorg"
    # seen once, the phrase still joins the keyword "gesloten" and the field's noun (themes4)
    assert theme_label(passages[:1], ["gesloten", "jeugdigen"]) == "gesloten jeugdzorg"
    # no phrase joins two of the words: the noun among them names the theme (themes5; the
    # tagger reads "jeugdigen" here as an adjective)
    assert theme_label(passages[:1], ["jeugdigen", "opvoedproblemen"]) == "opvoedproblemen"


def test_without_the_word_list_keywords_still_work(monkeypatch):
    monkeypatch.setattr(words, "DICTIONARY_PATHS", ("/nonexistent/nl.dic",))
    words.dictionary.cache_clear()
    words.word_classes.cache_clear()
    try:
        assert words.dictionary() is None
        assert keyword_ok("wachtlijsten", stop_words()) and not keyword_ok("de", stop_words())
    finally:
        words.dictionary.cache_clear()
        words.word_classes.cache_clear()


@pytest.mark.parametrize(
    ("stability", "expected"),
    [
        (0.91, "Bij vijf herhaalde runs kwam dit thema steeds terug (stabiel)."),
        (0.62, "Bij vijf herhaalde runs kwam dit thema meestal terug (stabiel)."),
        (0.2, "Bij vijf herhaalde runs viel dit thema meestal uiteen (instabiel)."),
        (None, "Niet gemeten: dit thema ontstond door splitsen."),
    ],
)
def test_stability_in_one_plain_sentence(stability, expected):
    word = "niet gemeten" if stability is None else ("stabiel" if stability >= 0.6 else "instabiel")
    assert theme_stability_sentence(stability, word, 5) == expected


def test_overall_stability_sentence():
    assert overall_stability_sentence(5, 0.5134) == (
        "Bij vijf herhaalde runs met een ander startpunt veranderde de indeling in thema's deels."
    )


def test_quotes_are_pseudonymised_per_corpus():
    from wb.themes.context import pseudonymise_documents

    done = pseudonymise_documents(
        {
            "verhalen/a.txt": "Gisteren sprak ik met Jan de Vries over de omgang.",
            "verhalen/b.txt": "Jan de Vries belde later terug over de omgang.",
            "notulen/c.txt": "Gisteren belde Piet Jansen en daarna sprak ik Jan de Vries.",
        }
    )
    a, b = done["verhalen/a.txt"].text, done["verhalen/b.txt"].text
    assert "Vries" not in a + b + done["notulen/c.txt"].text
    assert a == "Gisteren sprak ik met [PERSOON-1] over de omgang."
    assert b.startswith("[PERSOON-1] belde")  # one placeholder across the corpus
    # another corpus numbers its own persons
    assert (
        done["notulen/c.txt"].text == "Gisteren belde [PERSOON-1] en daarna sprak ik [PERSOON-2]."
    )


# The cases of the user audit (issue 11 §3): verbs, adverbs and inflected forms named themes.
AUDIT = [
    "Toen we binnenkwamen gebeurde er genoeg. De kinderen hadden last van loyaliteitsconflicten.",
    "Over loyaliteitsconflicten bij kinderen gebeurde lang niets; er waren lange wachtlijsten.",
    "De lange wachtlijsten in de jeugdzorg: wie binnenkomt, wacht maanden op hulp.",
    "Door de lange wachtlijsten kregen de kinderen pas na maanden hulp bij hun "
    "loyaliteitsconflicten.",
]
CONTACT = [
    "Mijn vader en ik verloren het contact met elkaar. Ik miste mijn vader elke dag.",
    "Het contact met mijn vader werd minder na de scheiding; de omgangsregeling liep vast.",
    "Na de scheiding zag ik het contact met mijn vader verdwijnen, de omgangsregeling stopte.",
    "Zonder omgangsregeling was er geen contact met mijn vader, ook niet in de vakantie.",
]


def test_theme_words_follow_the_tagger_word_classes():
    pairs = lemma_pairs(AUDIT[:3], tags=True)
    assert ("binnenkomen", "binnenkwamen", "VERB") in pairs[0]
    ranked = ["binnenkomen", "gebeuren", "genoegen", "loyaliteitsconflict", "wachtlijst", "last"]
    keywords, lemmas = readable_keywords(ranked, pairs, stop_words())
    # verbs (binnenkwamen, gebeurde) and adverbs (genoeg) are out; nouns show as their lemma
    assert keywords == ["loyaliteitsconflict", "wachtlijst", "last"] == lemmas
    # the phrase counts in two passages although one writes "... in de jeugdzorg" after it
    assert theme_label(AUDIT[:3], keywords, lemmas) == "lange wachtlijsten"
    # one passage: the phrase that joins two keywords, not the two loose keywords (themes4)
    assert theme_label(AUDIT[:1], keywords, lemmas) == "last van loyaliteitsconflicten"


def test_nouns_show_as_lemma_only_when_it_reads_right():
    from collections import Counter

    from wb.themes.words import noun_form

    cases = {
        ("wachtlijst", "wachtlijsten"): "wachtlijst",
        ("kind", "kinderen"): "kind",
        ("grootouder", "grootouders"): "grootouder",
        ("keet", "keten"): "keten",  # lemmatiser error: the written form
        ("gevoelen", "gevoelens"): "gevoelens",
        ("stad", "steden"): "steden",
    }
    assert {k: noun_form(k[0], Counter([k[1]])) for k in cases} == cases


def test_theme_model_names_themes_with_nouns():
    from wb.themes.model import ThemeModel

    model = ThemeModel(n_themes=2).fit(AUDIT + CONTACT)
    assert model.labels_.tolist() == [1, 1, 1, -1, 0, 0, 0, 0]
    assert [(t["label"], t["keywords"]) for t in model.themes_] == [
        # themes8: a possessive is not shown ("contact met mijn vader" as written)
        ("contact met vader", ["vakantie", "omgangsregeling", "contact"]),
        # "wie binnenkomt, wacht maanden": the verb, no keyword (tagger round 9)
        ("lange wachtlijsten", ["wachtlijst", "loyaliteitsconflict", "last"]),
    ]
