"""Tests of wb's offline Dutch pipeline (sentences, lemmas, compounds, no downloads)."""

from __future__ import annotations

import socket

import pytest

from wb.errors import PipelineError
from wb.nlp import compound_parts, load, pipeline_info
from wb.nlp.lexicon import read_exceptions

LEMMAS = {
    "kinderen": "kind",
    "ouders": "ouder",
    "grootouders": "grootouder",
    "verloren": "verliezen",
    "verloor": "verliezen",
    "bezocht": "bezoeken",
    "verantwoordelijkheden": "verantwoordelijkheid",
    "ervaringsdeskundigen": "ervaringsdeskundige",
    "gesprekken": "gesprek",
    "meegenomen": "meenemen",
    "gehoord": "horen",
    "hoorden": "horen",
    "boze": "boos",
    "werkten": "werken",
    "stemden": "stemmen",
    "loyaliteitsconflicten": "loyaliteitsconflict",
    "vechtscheidingen": "vechtscheiding",
    "kindje": "kind",
    "meisjes": "meisje",
    "zorgen": "zorg",  # noun reading by default; see the verb-context test
    "jeugdbeschermers": "jeugdbeschermer",
    "omgangsregelingen": "omgangsregeling",
    "contactpersonen": "contactpersoon",
    "betrokken": "betrekken",  # participle -> verb, as in the Alpino/Lassy treebanks
    "beter": "goed",
    "grootste": "groot",
    "ging": "gaan",
    "gezegd": "zeggen",
    "kon": "kunnen",
    "moesten": "moeten",
    "waren": "zijn",
    "vechtscheidingssituaties": "vechtscheidingssituatie",
    "eerste": "één",
    "ouder": "ouder",  # the parent, not the comparative of oud
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every socket connection fail."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("netwerkverbinding geprobeerd")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def nlp():
    return load(prefer_model=False)


def test_offline_pipeline_loads_without_network(no_network: None) -> None:
    load.cache_clear()
    try:
        nlp = load(prefer_model=False)
        assert [t.lemma_ for t in nlp("De kinderen huilden.")] == ["de", "kind", "huilen", "."]
    finally:
        load.cache_clear()


def test_load_is_cached() -> None:
    assert load(prefer_model=False) is load(prefer_model=False)


def test_pipeline_info_names_offline_pipeline(nlp) -> None:
    info = pipeline_info(nlp)
    assert info["name"] == "wb-offline-nl"
    assert info["version"] == "2.0.0"
    assert info["pipes"] == ["sentencizer", "wb_sentence_fix", "wb_tagger", "wb_lemmatizer"]
    assert info["lemmatizer"].startswith("wb:")
    assert info["spacy"].startswith("3.8")
    assert info["spacy_lookups_data"]
    assert info["simplemma"]


def test_sentences_keep_abbreviations(nlp) -> None:
    text = (
        "Dhr. Jansen sprak o.a. met de moeder, bijv. over de omgang m.b.t. de feestdagen. "
        "Zie art. 1:247 lid 1. Ik belde de GI. Het kind wil dat niet! Waarom? J. de Vries weet het."
    )
    assert [s.text for s in nlp(text).sents] == [
        "Dhr. Jansen sprak o.a. met de moeder, bijv. over de omgang m.b.t. de feestdagen.",
        "Zie art. 1:247 lid 1.",
        "Ik belde de GI.",
        "Het kind wil dat niet!",
        "Waarom?",
        "J. de Vries weet het.",
    ]


@pytest.mark.parametrize(("form", "lemma"), sorted(LEMMAS.items()))
def test_domain_lemmas(nlp, form: str, lemma: str) -> None:
    assert nlp(form)[0].lemma_ == lemma


def test_lemmas_in_running_text(nlp) -> None:
    doc = nlp("De Kinderen verloren het contact met hun ouders. Ze zorgen voor elkaar.")
    assert [t.lemma_ for t in doc] == [
        "de", "kind", "verliezen", "het", "contact", "met", "hun", "ouder", ".",
        "ze", "zorgen", "voor", "elkaar", ".",
    ]  # fmt: skip


def test_case_of_names_and_acronyms(nlp) -> None:
    doc = nlp("Wij spraken in Xylofoonstad met het NK.")
    assert [t.lemma_ for t in doc] == [
        "wij", "spreken", "in", "Xylofoonstad", "met", "het", "NK", ".",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("loyaliteitsconflicten", ["loyaliteit", "conflict"]),
        ("vechtscheidingssituatie", ["vechtscheiding", "situatie"]),
        ("contactpersoon", ["contact", "persoon"]),
        ("omgangsregelingen", ["omgang", "regeling"]),
        ("kinderen", ["kind"]),
        ("ouder", ["ouder"]),
        ("ouders", ["ouder"]),
        ("verliezen", ["verliezen"]),
        ("hulpverleningstraject", ["hulpverlening", "traject"]),
        ("ouderschapsplannen", ["ouderschap", "plan"]),
    ],
)
def test_compound_parts(word: str, parts: list[str]) -> None:
    assert compound_parts(word) == parts


def test_bad_exception_line_raises_pipeline_error(tmp_path) -> None:
    path = tmp_path / "exc.tsv"
    path.write_text("# ok\nkinderen\tkind\nkapot\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="regel 3"):
        read_exceptions(path)


def test_line_breaks_and_list_numbers_split_sentences() -> None:
    nlp = load(prefer_model=False)
    text = (
        "1. Aanleiding\n\nDe coördinator licht toe dat dhr. De Vries o.a. kwam\n"
        "Volgende regel zonder punt\n\nNieuwe alinea. Ze werkten samen.\n"
        "Jeugdbeschermer (GI): Ik vind\ndat het zo is, en\nverder niets.\n2) Tweede punt"
    )
    assert [s.text.strip() for s in nlp(text).sents] == [
        "1. Aanleiding",
        "De coördinator licht toe dat dhr. De Vries o.a. kwam",
        "Volgende regel zonder punt",
        "Nieuwe alinea.",
        "Ze werkten samen.",
        "Jeugdbeschermer (GI): Ik vind\ndat het zo is, en\nverder niets.",
        "2) Tweede punt",
    ]


def _tagged(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in nlp(text) if not t.is_space]


def test_word_classes_decide_noun_verb_homographs(nlp) -> None:
    assert _tagged(nlp, "Ze werken hard.") == [
        ("Ze", "PRON", "ze"),
        ("werken", "VERB", "werken"),
        ("hard", "ADJ", "hard"),
        (".", "PUNCT", "."),
    ]
    doc = nlp("De werken van Rembrandt.")
    assert [(t.pos_, t.lemma_) for t in doc[:2]] == [("DET", "de"), ("NOUN", "werk")]
    assert str(doc[1].morph) == "Number=Plur"
    # a nominalised infinitive is VERB in UD Dutch (WW|inf|nom); its lemma stays werken
    assert _tagged(nlp, "Het werken is zwaar.")[1:3] == [
        ("werken", "VERB", "werken"),
        ("is", "AUX", "zijn"),
    ]
    assert _tagged(nlp, "De staat betaalt. Het huis staat er nog.") == [
        ("De", "DET", "de"),
        ("staat", "NOUN", "staat"),
        ("betaalt", "VERB", "betalen"),
        (".", "PUNCT", "."),
        ("Het", "DET", "het"),
        ("huis", "NOUN", "huis"),
        ("staat", "VERB", "staan"),
        ("er", "ADV", "er"),
        ("nog", "ADV", "nog"),
        (".", "PUNCT", "."),
    ]


def test_names_keep_their_form(nlp) -> None:
    doc = _tagged(nlp, "Anja de Vries belde Pieter op.")
    # "de" inside a name is PROPN in UD Dutch (Lassy's SPEC(deeleigen)), like the name itself
    assert [x for x in doc if x[1] == "PROPN"] == [
        ("Anja", "PROPN", "Anja"),
        ("de", "PROPN", "de"),
        ("Vries", "PROPN", "Vries"),
        ("Pieter", "PROPN", "Pieter"),
    ]
    # the separable verb gets its particle back: belde ... op -> opbellen
    assert ("belde", "VERB", "opbellen") in doc


@pytest.mark.parametrize(
    ("form", "pos", "lemma"),
    [
        ("koe", "NOUN", "koe"),  # the lookup table says bul
        ("verdediger", "NOUN", "verdediger"),  # not the female verdedigster
        ("psycholoog", "NOUN", "psycholoog"),
        ("musea", "NOUN", "museum"),
        ("49ste", "ADJ", "49"),
        ("latere", "ADJ", "laat"),  # not the verb laten
        ("bevruchte", "ADJ", "bevrucht"),
        ("zorggerichte", "ADJ", "zorggericht"),
        ("24-jarige", "ADJ", "24-jarig"),
        ("reden", "VERB", "rijden"),
        ("reden", "NOUN", "reden"),
        ("geboren", "VERB", "geboren"),
        ("tintje", "NOUN", "tint"),  # a diminutive is lemmatised to its noun
        ("bloedplaatjes", "NOUN", "bloedplaat"),
        ("meisje", "NOUN", "meisje"),
        ("ouder", "ADJ", "oud"),  # the noun ouder stays ouder
        ("ouders", "NOUN", "ouder"),
        ("mate", "NOUN", "mate"),  # a noun keeps its -e: not maat
        ("kandidate", "NOUN", "kandidate"),  # not kandidaat
        ("armoede", "NOUN", "armoede"),
        ("b", "NOUN", "b"),  # a letter, not "ben"
        ("toernooiverloop", "NOUN", "toernooiverloop"),  # unknown compound: noun head verloop
        ("aristoteliaanse", "ADJ", "aristoteliaans"),  # unknown -e adjective by its suffix
        ("bewaarbare", "ADJ", "bewaarbaar"),
        ("zesrijige", "ADJ", "zesrijig"),
        ("gevallene", "VERB", "vallen"),  # inflected participle
        ("gerelateerden", "VERB", "relateren"),
        ("uitgenodigden", "VERB", "uitnodigen"),
        ("komst", "NOUN", "komst"),  # a noun lemma that is no plural stays: not kom
        ("gierst", "NOUN", "gierst"),  # not gier
        ("boog", "NOUN", "boog"),  # not the verb bogen
        ("bogen", "NOUN", "boog"),  # the plural still gets its singular
    ],
)
def test_lemma_follows_the_word_class(form: str, pos: str, lemma: str) -> None:
    from wb.nlp.lemmatizer import DutchLemmatizer

    assert DutchLemmatizer().tagged_lemma(form, pos) == lemma


def test_particle_joins_its_own_verb(nlp) -> None:
    doc = _tagged(nlp, "Zij besloot het project af te sluiten.")
    assert ("besloot", "VERB", "besluiten") in doc
    assert ("sluiten", "VERB", "afsluiten") in doc
    doc = _tagged(nlp, "De raad nam het besluit over.")
    assert ("nam", "VERB", "overnemen") in doc
    # the search for the particle crosses a coordination, a comparative "als" and an
    # attributive participle, not a subordinate clause
    assert ("kregen", "VERB", "meekrijgen") in _tagged(nlp, "Ze kregen Suske en Wiske mee.")
    doc = _tagged(nlp, "In 1929 sloeg de crisis als een mokerslag toe.")
    assert ("sloeg", "VERB", "toeslaan") in doc  # a known lemma, not in the verb index
    doc = _tagged(nlp, "Het schilderij geeft de verstikkende sfeer terug.")
    assert ("geeft", "VERB", "teruggeven") in doc
    assert ("zag", "VERB", "zien") in _tagged(nlp, "Hij zag dat het licht uit ging.")


def test_morphology_and_whitespace(nlp) -> None:
    doc = nlp("Zij heeft het contact verbroken.\n\nWe zorgen voor elkaar.")
    by_text = {t.text: t for t in doc}
    assert (by_text["verbroken"].pos_, by_text["verbroken"].lemma_) == ("VERB", "verbreken")
    assert str(by_text["verbroken"].morph) == "VerbForm=Part"
    assert by_text["heeft"].pos_ == "AUX"
    assert str(by_text["heeft"].morph) == "Number=Sing|Tense=Pres|VerbForm=Fin"
    assert [t.pos_ for t in doc if t.is_space] == ["SPACE"]
    assert (by_text["zorgen"].pos_, by_text["zorgen"].lemma_) == ("VERB", "zorgen")


def test_offline_pipeline_is_an_installed_spacy_package_loaded_by_name(monkeypatch) -> None:
    import spacy

    from wb.nlp import pipeline
    from wb.nlp.meta import OFFLINE_PACKAGE, installed_pipeline_info, offline_dir

    assert spacy.util.is_package(OFFLINE_PACKAGE)
    assert offline_dir().name == "wb_offline_nl-2.0.0"
    assert (offline_dir() / "wb_tagger" / "model.npz").is_file()
    asked = []
    real_load = spacy.load

    def spy(name, **kwargs):
        asked.append(name)
        return real_load(name, **kwargs)

    monkeypatch.setattr(pipeline.spacy, "load", spy)
    pipeline.load.cache_clear()
    try:
        nlp = pipeline.load(prefer_model=False)
    finally:
        pipeline.load.cache_clear()
    assert asked == ["wb_offline_nl"]  # by name, as nl_core_news_sm is loaded
    assert nlp.meta["name"] == "wb-offline-nl"
    assert "CC BY-SA 4.0" in nlp.meta["license"]
    assert [t.pos_ for t in nlp("Zij lachte.")] == ["PRON", "VERB", "PUNCT"]
    info = installed_pipeline_info(prefer_model=False)
    assert info["pipes"] == ["sentencizer", "wb_sentence_fix", "wb_tagger", "wb_lemmatizer"]
    assert info["tagger"].startswith("wb:")


def test_missing_offline_package_says_how_to_install_it(monkeypatch) -> None:
    from wb.errors import PipelineNotInstalledError
    from wb.nlp import pipeline

    monkeypatch.setattr(pipeline, "offline_installed", lambda: False)
    pipeline.load.cache_clear()
    try:
        with pytest.raises(PipelineNotInstalledError, match="models/wb_offline_nl"):
            pipeline.load(prefer_model=False)
    finally:
        pipeline.load.cache_clear()


def test_lexicon_cache_is_written_once_and_survives_damage(tmp_path, monkeypatch) -> None:
    from wb.nlp import lexicon

    monkeypatch.setenv("WB_CACHE_DIR", str(tmp_path))
    first = lexicon._load_state()
    files = list(tmp_path.glob("lexicon-*.marshal"))
    assert len(files) == 1
    assert lexicon._load_state()["table"]["kinderen"] == first["table"]["kinderen"] == "kind"
    files[0].write_bytes(b"kapot")
    assert lexicon._load_state()["pos_exc"]["VERB"]["was"] == "zijn"


def test_frog_asked_for_but_missing(monkeypatch) -> None:
    from wb.errors import FrogNotInstalledError
    from wb.nlp import backend

    monkeypatch.setattr(backend.shutil, "which", lambda name: None)
    with pytest.raises(FrogNotInstalledError, match="apt-get install frog"):
        backend.choose_backend("frog")
    with pytest.raises(FrogNotInstalledError):
        load(prefer_model=False, backend="frog")
    assert backend.choose_backend("auto") == "wb"
    assert load(prefer_model=False, backend="auto").meta["name"] == "wb-offline-nl"
    with pytest.raises(PipelineError, match="kies uit: wb, frog, auto"):
        backend.choose_backend("treetagger")


def test_empty_and_blank_texts(nlp) -> None:
    assert len(nlp("")) == 0
    assert [t.pos_ for t in nlp("  \n\n ")] == ["SPACE"]
    docs = list(nlp.pipe(["", "Ze werken.", "  "], batch_size=2))
    assert [[t.pos_ for t in d] for d in docs] == [[], ["PRON", "VERB", "PUNCT"], ["SPACE"]]


def test_opentaal_word_classes_feed_the_tagger() -> None:
    from wb.nlp.lexicon import get_lexicon
    from wb.nlp.tagger import WordFeatures

    lex = get_lexicon()
    # first letters of OpenTaal's affix flags: A adjective, V verb, C/Y/Z noun, = none
    assert [lex.word_classes.get(w) for w in ("huis", "mooi", "de", "amsterdam")] == [
        "CVYZ",
        "A",
        "=",
        None,
    ]
    own = WordFeatures(lex).by_offset("FARC-rebellen")[0]
    assert "0h-" in own  # not in the list
    assert "0y0|1|a" in own  # the part after the hyphen: a lowercase word whose lemma is a noun


def _lemmas_of(nlp, tagged: str) -> list[str]:
    """Lemmas by wb's lemmatiser of hand-tagged text: "Hij/PRON belde/VERB:Fin op/ADP ./PUNCT"
    (the tags are given so the test is about the lemma rule, not the tagger)."""
    from spacy.tokens import Doc

    words, pos, morphs = [], [], []
    for item in tagged.split():
        word, tag = item.rsplit("/", 1)
        tag, _, form = tag.partition(":")
        words.append(word)
        pos.append(tag)
        morphs.append(
            {
                "Fin": "VerbForm=Fin",
                "Inf": "VerbForm=Inf",
                "Part": "VerbForm=Part",
                "Vbp": "PartType=Vbp",
                "Plur": "Number=Plur",
            }.get(form, "")
        )
    doc = Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)
    return [t.lemma_ for t in nlp.get_pipe("wb_lemmatizer")(doc)]


def test_unmarked_particle_at_the_clause_end_joins_its_verb(nlp) -> None:
    # the tagger did not mark the particle: the last word of the clause joins the finite verb
    # when particle + verb is a known verb, across objects and adverbs
    lemmas = _lemmas_of(
        nlp, "Zij/PRON belde/VERB:Fin haar/PRON moeder/NOUN gisteren/ADV op/ADP ./PUNCT"
    )
    assert lemmas[1] == "opbellen"
    assert _lemmas_of(nlp, "Het/DET overleg/NOUN vond/VERB:Fin gisteren/ADV plaats/NOUN")[2] == (
        "plaatsvinden"
    )
    assert _lemmas_of(nlp, "De/DET vader/NOUN lag/VERB:Fin stil/ADJ")[2] == "stilliggen"
    # or it stands right before a preposition: "droeg ... bij aan", "trad op na"
    lemmas = _lemmas_of(nlp, "Hij/PRON droeg/VERB:Fin veel/ADV bij/ADP aan/ADP het/DET plan/NOUN")
    assert lemmas[1] == "bijdragen"
    # not the object of a preposition, not a non-finite verb, not an unknown compound
    assert _lemmas_of(nlp, "Ze/PRON gingen/VERB:Fin op/ADP weg/NOUN")[1] == "gaan"
    assert _lemmas_of(nlp, "Ze/PRON wilden/AUX:Fin lopen/VERB hard/ADJ")[2] == "lopen"
    assert _lemmas_of(nlp, "Ze/PRON zag/VERB:Fin het/DET huis/NOUN aan/ADP")[1] == "aanzien"
    assert _lemmas_of(nlp, "Ze/PRON at/VERB:Fin een/DET appel/NOUN op/ADP")[1] == "opeten"
    assert _lemmas_of(nlp, "Ze/PRON at/VERB:Fin een/DET appel/NOUN rond/ADP")[1] == "eten"
    # not across a relative or interrogative clause, nor a subordinate one
    lemmas = _lemmas_of(nlp, "Hij/PRON zag/VERB:Fin waar/ADV de/DET vader/NOUN aan/ADP")
    assert lemmas[1] == "zien"
    lemmas = _lemmas_of(nlp, "Hij/PRON zag/VERB:Fin dat/SCONJ het/PRON licht/NOUN uit/ADP")
    assert lemmas[1] == "zien"
    # a word right before a verb is no clause end: a preposition before a verbal noun, the
    # particle of the next verb, and "te" is no preposition
    lemmas = _lemmas_of(nlp, "Ik/PRON denk/VERB:Fin niet/ADV aan/ADP stoppen/VERB ./PUNCT")
    assert lemmas[1] == "denken"
    lemmas = _lemmas_of(
        nlp, "Het/PRON gaf/VERB:Fin me/PRON tijd/NOUN om/ADP na/ADP te/ADP denken/VERB"
    )
    assert lemmas[1] == "geven"
    lemmas = _lemmas_of(nlp, "Hij/PRON kwam/VERB:Fin aan/ADP en/CCONJ ging/VERB:Fin zitten/VERB")
    assert lemmas[1] == "aankomen"
    # an infinitive used as a noun does not end the search ("het zuigen", "op aandringen")
    lemmas = _lemmas_of(
        nlp, "Hij/PRON bootst/VERB:Fin het/DET zuigen/VERB:Inf van/ADP een/DET kalf/NOUN na/ADP"
    )
    assert lemmas[1] == "nabootsen"
    lemmas = _lemmas_of(nlp, "Ik/PRON ging/VERB:Fin zitten/VERB:Inf op/ADP de/DET bank/NOUN")
    assert lemmas[1] == "gaan"
    # a particle the tagger marked still wins: "belde ... op" by the mark
    lemmas = _lemmas_of(nlp, "Hij/PRON belde/VERB:Fin haar/PRON op/ADP:Vbp")
    assert lemmas[1] == "opbellen"


def test_unmarked_particle_right_before_its_verb_joins_it(nlp) -> None:
    # verb-final order: the particle right before the verb, across "te" and auxiliaries
    lemmas = _lemmas_of(nlp, "omdat/SCONJ hij/PRON niet/ADV tegemoet/ADJ kwam/VERB:Fin ./PUNCT")
    assert lemmas[4] == "tegemoetkomen"
    lemmas = _lemmas_of(nlp, "tijd/NOUN om/ADP eens/ADV na/ADP te/ADP denken/VERB:Inf")
    assert lemmas[5] == "nadenken"
    lemmas = _lemmas_of(nlp, "nadat/SCONJ hij/PRON het/PRON bekend/ADJ had/AUX gemaakt/VERB:Part")
    assert lemmas[5] == "bekendmaken"
    # not a preposition before a verb as noun, not the particle of the next verb, not "om",
    # not after "en" ("af en toe"), not the preposition of a pronominal adverb
    lemmas = _lemmas_of(nlp, "Ik/PRON denk/VERB:Fin niet/ADV aan/ADP stoppen/VERB:Inf ./PUNCT")
    assert lemmas[4] == "stoppen"
    lemmas = _lemmas_of(nlp, "dat/SCONJ ze/PRON niet/ADV mee/ADV willen/VERB:Fin werken/VERB:Inf")
    assert lemmas[4] == "willen"
    lemmas = _lemmas_of(
        nlp, "dat/SCONJ hij/PRON niet/ADV mee/ADP:Vbp wil/VERB:Fin werken/VERB:Inf ./PUNCT"
    )
    assert lemmas[4:6] == ["willen", "meewerken"]  # also when the tagger marked "mee"
    lemmas = _lemmas_of(nlp, "Ze/PRON kwam/VERB:Fin om/ADP te/ADP groeien/VERB:Inf")
    assert lemmas[4] == "groeien"
    lemmas = _lemmas_of(nlp, "Af/ADV en/CCONJ toe/ADV zagen/VERB:Fin we/PRON hem/PRON")
    assert lemmas[3] == "zien"
    lemmas = _lemmas_of(
        nlp, "Hij/PRON wil/AUX:Fin er/ADV de/DET brui/NOUN aan/ADP geven/VERB:Inf ./PUNCT"
    )
    assert lemmas[6] == "geven"
    lemmas = _lemmas_of(nlp, "waar/ADV korrels/NOUN aan/ADP groeien/VERB:Fin ./PUNCT")
    assert lemmas[3] == "groeien"


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("ecogrammen", "ecogram"),
        ("mandaten", "mandaat"),
        ("schooljaren", "schooljaar"),
        ("druiven", "druif"),
        ("ideeën", "idee"),
        ("auto's", "auto"),
        ("casemanagers", "casemanager"),
        ("gezinsmoeilijkheden", "gezinsmoeilijkheid"),
        ("kinderen", "kinderen"),  # -eren: no rule guesses kind
        ("examens", "examen"),
        ("bomen", "bomen"),  # too short to guess
    ],
)
def test_plural_stem(plural: str, singular: str) -> None:
    from wb.nlp.lemmatizer import plural_stem

    assert plural_stem(plural) == singular


def test_unknown_plural_noun_loses_its_ending(nlp) -> None:
    assert _lemmas_of(nlp, "De/DET ecogrammen/NOUN:Plur liggen/VERB:Fin klaar/ADJ ./PUNCT") == [
        "de",
        "ecogram",
        "liggen",
        "klaar",
        ".",
    ]
    # read as singular, the unknown noun keeps its form; a known plural keeps the tables' lemma
    assert _lemmas_of(nlp, "Het/DET ecogrammen/NOUN ./PUNCT")[1] == "ecogrammen"
    assert _lemmas_of(nlp, "De/DET huizen/NOUN:Plur ./PUNCT")[1] == "huis"
    assert _lemmas_of(nlp, "De/DET kinderen/NOUN:Plur ./PUNCT")[1] == "kind"


def test_subject_pronoun_keeps_an_auxiliary(nlp) -> None:
    # the bonus after a subject pronoun speaks against the noun reading, not for a main verb
    assert _tagged(nlp, "Ze zullen de kinderen ophalen.")[:2] == [
        ("Ze", "PRON", "ze"),
        ("zullen", "AUX", "zullen"),
    ]
    assert _tagged(nlp, "Ze kunnen het niet betalen.")[1] == ("kunnen", "AUX", "kunnen")
    assert _tagged(nlp, "Ze werken hard.")[1] == ("werken", "VERB", "werken")


def test_verb_first_order_has_the_verb(nlp) -> None:
    # a noun/verb word after the sentence start or an opening adverb, before a subject pronoun
    assert _tagged(nlp, "Toen las ik het rapport.")[:3] == [
        ("Toen", "ADV", "toen"),
        ("las", "VERB", "lezen"),
        ("ik", "PRON", "ik"),
    ]
    assert _tagged(nlp, "Ik was boos. Toen werk ik thuis.")[5][:2] == ("werk", "VERB")
    assert _tagged(nlp, "Soms droom ik ervan.")[1][:2] == ("droom", "VERB")
    assert _tagged(nlp, "Werk je thuis?")[0][:2] == ("Werk", "VERB")
    # the same words stay nouns where no subject pronoun follows them
    assert _tagged(nlp, "Het werk dat ik doe is zwaar.")[1][:2] == ("werk", "NOUN")
    assert _tagged(nlp, "In mijn werk zie ik veel kinderen.")[2][:2] == ("werk", "NOUN")
    assert _tagged(nlp, "Soms heb ik een droom.")[4][:2] == ("droom", "NOUN")


def test_worden_without_a_participle_is_the_copula(nlp) -> None:
    # no verb form in the sentence: 'worden' is the main verb (copula), VERB
    assert _tagged(nlp, "Hij wordt de nieuwe directeur van de school.")[1][:2] == ("wordt", "VERB")
    assert _tagged(nlp, "Mijn vader wordt morgen vijftig.")[2][:2] == ("wordt", "VERB")
    assert _tagged(nlp, "Het kind werd boos.")[2][:2] == ("werd", "VERB")
    # with a participle it stays the passive auxiliary, AUX
    assert _tagged(nlp, "De moeder werd door de rechter gehoord.")[2][:2] == ("werd", "AUX")
    assert _tagged(nlp, "Hij werd vorig jaar benoemd.")[1][:2] == ("werd", "AUX")
    assert _tagged(nlp, "Het plan dreigde afgewezen te worden.")[5][:2] == ("worden", "AUX")


def test_hyphenated_compound_with_a_name_is_a_noun(nlp) -> None:
    # a capitalised first part and a lowercase noun after the hyphen: a noun, not a name
    tagged = _tagged(nlp, "De NOS-verslaggever en de Raad-onderzoeker kwamen langs.")
    assert [(t[0], t[1]) for t in tagged[:5]] == [
        ("De", "DET"),
        ("NOS-verslaggever", "NOUN"),
        ("en", "CCONJ"),
        ("de", "DET"),
        ("Raad-onderzoeker", "NOUN"),
    ]
    # a name after the hyphen keeps the name
    assert _tagged(nlp, "Ik sprak met Anja Zijlaard-Van Moorsel.")[4][:2] == (
        "Zijlaard-Van",
        "PROPN",
    )


def test_hebben_and_modals_with_their_verb_form_are_auxiliaries(nlp) -> None:
    # 'hebben' with a participle later in its clause
    assert _tagged(nlp, "De school had de zorgen over het kind gemeld.")[2][:2] == ("had", "AUX")
    assert _tagged(nlp, "Hebben jullie de stukken op tijd ontvangen?")[0][:2] == ("Hebben", "AUX")
    # without one it stays the main verb
    assert _tagged(nlp, "Zij had een hekel aan de voogd.")[1][:2] == ("had", "VERB")
    # a modal with an infinitive later in its clause
    assert _tagged(nlp, "Je kunt het verslag later lezen.")[1][:2] == ("kunt", "AUX")
    tagged = _tagged(nlp, "De ouders mochten het rapport zelf inzien.")
    assert tagged[2][:2] == ("mochten", "AUX")
    assert tagged[6][:2] == ("inzien", "VERB")


def test_auxiliary_penalties_on_verb_forms() -> None:
    """Copula, passive and modal readings from the verb forms around the auxiliary."""
    from wb.nlp.tagger_rules import HEBBEN, MODAL, WORDEN, auxiliary_kind, auxiliary_penalties

    assert [auxiliary_kind(w) for w in ("werd", "had", "mocht", "liep")] == [
        WORDEN,
        HEBBEN,
        MODAL,
        0,
    ]
    # "Hij werd derde ." / "Hij werd ontvoerd ." / "Zij mocht het besteden ."
    no_breaks = [False] * 4
    starts = [True, False, False, False]
    assert list(
        auxiliary_penalties([1], [0, WORDEN, 0, 0], [0, 0, 0, 0], no_breaks, no_breaks, starts)
    ) == [(1, "AUX")]
    assert list(
        auxiliary_penalties([1], [0, WORDEN, 0, 0], [0, 0, 2, 0], no_breaks, no_breaks, starts)
    ) == [(1, "VERB")]
    five = [False] * 5
    assert list(
        auxiliary_penalties(
            [1], [0, MODAL, 0, 0, 0], [0, 0, 0, 1, 0], five, five, [True] + [False] * 4
        )
    ) == [(1, "VERB")]


def _pos(nlp, text: str) -> list[tuple[str, str]]:
    return [t[:2] for t in _tagged(nlp, text)]


def test_hebben_without_a_verb_form_and_existential_zijn_are_main_verbs(nlp) -> None:
    # UD Dutch: 'hebben' is AUX only as the perfect auxiliary, 'zijn' only as auxiliary/copula
    assert _pos(nlp, "Wij hebben twee kinderen en een hond.")[1] == ("hebben", "VERB")
    assert _pos(nlp, "Ze hadden ruzie over de kinderen.")[1] == ("hadden", "VERB")
    tagged = _pos(nlp, "De jongen had tijdens de zitting veel moeite om stil te zitten.")
    assert tagged[2] == ("had", "VERB")
    assert _pos(nlp, "Toen er nog geen hulp was, belde zij de politie.")[5] == ("was", "VERB")
    assert _pos(nlp, "In het dorp was er geen school.")[3] == ("was", "VERB")
    # with a participle, or an infinitive standing for one, the auxiliary stays
    assert _pos(nlp, "De moeder heeft het dossier gelezen.")[2] == ("heeft", "AUX")
    tagged = _pos(nlp, "De vader heeft de kinderen laten zien dat hij van ze houdt.")
    assert tagged[2] == ("heeft", "AUX")
    # 'er' with a stranded preposition is no existential 'er'
    assert _pos(nlp, "Het kind is er niet bij gebaat.")[2] == ("is", "AUX")


def test_second_pass_on_first_pass_label_classes() -> None:
    """The rules on first-pass labels, on made-up label classes."""
    from wb.nlp.tagger_rules import (
        ADJ,
        ADP,
        AUX,
        FINITE,
        HEBBEN,
        INF,
        NOMINAL,
        NOUN,
        OTHER,
        PART,
        WORDEN,
        ZIJN,
        second_pass,
    )

    def run(kinds, classes, er=None, te=None):
        n = len(kinds)
        todo = [i for i, k in enumerate(kinds) if k]
        flags = [False] * n
        starts = [True] + [False] * (n - 1)
        return list(second_pass(todo, kinds, classes, er or flags, te or flags, flags, starts))

    # "Zij heeft geen tijd ." / "Zij heeft het gelezen ." / "Hij heeft laten zien ."
    assert run([0, HEBBEN, 0, 0, 0], [NOMINAL, AUX, NOMINAL, NOUN, OTHER]) == [(1, "VERB")]
    assert run([0, HEBBEN, 0, 0, 0], [NOMINAL, AUX, NOMINAL, PART, OTHER]) == []
    assert run([0, HEBBEN, 0, 0, 0], [NOMINAL, AUX, INF, INF, OTHER]) == []
    # "Hij heeft zin om te fietsen ." : a te-infinitive is no reason for the auxiliary
    te = [False, False, False, False, True, False, False]
    assert run([0, HEBBEN, 0, 0, 0, 0, 0], [NOMINAL, AUX, NOUN, ADP, ADP, INF, OTHER], te=te) == [
        (1, "VERB")
    ]
    # "Er is een kans ." VERB; "Er is het kind blij ." keeps the copula; no 'er': unchanged
    er = [True, False, False, False, False]
    assert run([0, ZIJN, 0, 0, 0], [OTHER, AUX, NOMINAL, NOUN, OTHER], er=er) == [(1, "VERB")]
    er6 = [True] + [False] * 5
    assert run([0, ZIJN, 0, 0, 0, 0], [OTHER, AUX, NOMINAL, NOUN, ADJ, OTHER], er=er6) == []
    assert run([0, ZIJN, 0, 0, 0], [OTHER, AUX, NOMINAL, NOUN, OTHER]) == []
    # "Ze werd snel geplaatst ." AUX; "Ze werd boos ." unchanged
    assert run([0, WORDEN, 0, 0, 0], [NOMINAL, FINITE, OTHER, PART, OTHER]) == [(1, "AUX")]
    assert run([0, WORDEN, 0, 0], [NOMINAL, FINITE, ADJ, OTHER]) == []


def test_abbreviated_nouns_and_demonstratives(nlp) -> None:
    # abbreviations of common nouns are NOUN, as an acronym with 'ers is
    tagged = _pos(nlp, "De PSV'ers wonnen, en de cao gaat omhoog.")
    assert tagged[1] == ("PSV'ers", "NOUN")
    assert tagged[6] == ("cao", "NOUN")
    assert _pos(nlp, "Na het WK volgde het NK.") == [
        ("Na", "ADP"),
        ("het", "DET"),
        ("WK", "NOUN"),
        ("volgde", "VERB"),
        ("het", "DET"),
        ("NK", "NOUN"),
        (".", "PUNCT"),
    ]
    # 'het' before a finite verb is the pronoun, before a noun the article
    assert _pos(nlp, "Het klopte niet.")[0] == ("Het", "PRON")
    assert _pos(nlp, "Het werkte niet.")[0] == ("Het", "PRON")
    assert _pos(nlp, "Zij verloor het gezag.")[2] == ("het", "DET")
    assert _pos(nlp, "Die zaak speelt al jaren.")[0] == ("Die", "DET")


def test_van_in_a_persons_name_is_part_of_the_name(nlp) -> None:
    from wb.nlp.tagger_rules import name_code, name_van

    tagged = _pos(nlp, "Pieter van Dam en Anja van den Berg kwamen langs.")
    assert [t[1] for t in tagged[:8]] == ["PROPN"] * 3 + ["CCONJ"] + ["PROPN"] * 4
    tagged = _pos(nlp, "Mevrouw J. van Dijk sprak met de heer Van der Meer.")
    assert tagged[2] == ("van", "PROPN")
    assert tagged[8] == ("Van", "PROPN")
    # a preposition elsewhere
    assert _pos(nlp, "De brief kwam van de gemeente Utrecht.")[3] == ("van", "ADP")
    assert _pos(nlp, "Het gaat om de kinderen van Anja.")[5] == ("van", "ADP")

    def run(words):
        codes = [name_code(w) for w in words]
        todo = [i for i, w in enumerate(words) if w.lower() == "van"]
        return list(name_van(todo, codes, [True] + [False] * (len(words) - 1)))

    assert run("Loek van Wely won".split()) == [1]
    assert run("Van 't Hof zei".split()) == [0]
    assert run("Van Amsterdam naar Utrecht".split()) == []
    assert run("de kinderen van Anja".split()) == []
    assert run("het lot van de Rabo's".split()) == []


def test_a_clause_without_its_finite_verb_takes_the_noun_reading_as_verb(nlp) -> None:
    # after a subordinator and a subject pronoun, at the clause end: the verb (round 9)
    assert _pos(nlp, "Voor wie het las, was het duidelijk.") == [
        ("Voor", "ADP"),
        ("wie", "PRON"),
        ("het", "PRON"),
        ("las", "VERB"),
        (",", "PUNCT"),
        ("was", "AUX"),
        ("het", "PRON"),
        ("duidelijk", "ADJ"),
        (".", "PUNCT"),
    ]
    assert [t[2] for t in _tagged(nlp, "Voor wie het las, was het duidelijk.")][3] == "lezen"
    # right after the comma that closes an opening subordinate clause: the finite verb
    assert _pos(nlp, "Wie binnenkomt, wacht maanden op hulp.") == [
        ("Wie", "PRON"),
        ("binnenkomt", "VERB"),
        (",", "PUNCT"),
        ("wacht", "VERB"),
        ("maanden", "NOUN"),
        ("op", "ADP"),
        ("hulp", "NOUN"),
        (".", "PUNCT"),
    ]
    assert _pos(nlp, "De wachtlijsten: wie binnenkomt, wacht maanden.")[6] == ("wacht", "VERB")
    # before a finite 'zijn' that ends the clause: the predicative adjective
    assert _pos(nlp, "Ik wist dat het mis was.")[3:6] == [
        ("het", "PRON"),
        ("mis", "ADJ"),
        ("was", "AUX"),
    ]
    # nouns stay nouns: an article before a noun, a clause with its verb, no subordinator
    assert _pos(nlp, "Ik zag het huis.")[2:4] == [("het", "DET"), ("huis", "NOUN")]
    assert _pos(nlp, "Het werk.")[1] == ("werk", "NOUN")
    assert _pos(nlp, "Ik wist dat het huis was verkocht.")[4] == ("huis", "NOUN")
    assert _pos(nlp, "Wie, wat, waar: het werk ligt stil.")[7] == ("werk", "NOUN")


def test_clause_verbs_on_made_up_classes() -> None:
    from wb.nlp.tagger_rules import (
        AUX,
        FINITE,
        NOMINAL,
        NOUN,
        OTHER,
        ZIJN,
        clause_code,
        clause_verbs,
    )

    def run(words, classes, readings, kinds=None):
        n = len(words)
        codes = [clause_code(w) for w in words]
        todo = [i for i, c in enumerate(classes) if c == NOUN]
        breaks = [w == "," for w in words]
        starts = [True] + [False] * (n - 1)
        return list(clause_verbs(todo, codes, readings, classes, kinds or [0] * n, breaks, starts))

    # "wie het las ," / "wie het las , was" with a finite verb in the clause: no change
    assert run(["wie", "het", "las", ","], [NOMINAL, NOMINAL, NOUN, OTHER], [0, 0, 1, 0]) == [
        (2, "VERB")
    ]
    assert (
        run(
            ["wie", "las", "het", "las", ","],
            [NOMINAL, FINITE, NOMINAL, NOUN, OTHER],
            [0, 1, 0, 1, 0],
        )
        == []
    )
    # no finite reading, or no subordinator before the pronoun: no change
    assert run(["wie", "het", "huis", ","], [NOMINAL, NOMINAL, NOUN, OTHER], [0, 0, 0, 0]) == []
    assert run(["zag", "het", "las", ","], [OTHER, NOMINAL, NOUN, OTHER], [0, 0, 1, 0]) == []
    # "dat het mis was ." : the adjective
    assert run(
        ["dat", "het", "mis", "was", "."],
        [OTHER, NOMINAL, NOUN, AUX, OTHER],
        [0, 0, 3, 0, 0],
        [0, 0, 0, ZIJN, 0],
    ) == [(2, "ADJ")]
    # "als je komt , wacht ..." needs a verb in the opening clause
    assert run(
        ["als", "je", "komt", ",", "wacht"], [OTHER, NOMINAL, FINITE, OTHER, NOUN], [0, 0, 1, 0, 1]
    ) == [(4, "VERB")]
    assert (
        run(
            ["als", "je", "kind", ",", "wacht"],
            [OTHER, NOMINAL, NOUN, OTHER, NOUN],
            [0, 0, 0, 0, 1],
        )
        == []
    )


def test_verb_in_en_after_a_plural_determiner_numeral_or_adjective_is_the_noun(nlp) -> None:
    # a plural noun in -en that is also a verb form: after "zijn", a numeral, an -e adjective
    assert _tagged(nlp, "Hij stuurde zes werken naar Parijs.")[3] == ("werken", "NOUN", "werk")
    assert _tagged(nlp, "Ze zochten wilde planten om te eten.")[3] == ("planten", "NOUN", "plant")
    assert _tagged(nlp, "Dit zijn zijn bekende werken.")[4] == ("werken", "NOUN", "werk")
    # not after "het" or "een" (a verb used as a noun), not a year, not a verb after a noun
    assert _pos(nlp, "Het tekenen gaat goed.")[1] == ("tekenen", "VERB")
    assert _pos(nlp, "In 2005 werken er twintig mensen.")[2] == ("werken", "VERB")
    assert _pos(nlp, "De kinderen werken samen.")[2] == ("werken", "VERB")


def test_attributive_kind() -> None:
    from wb.nlp.tagger_rules import INFLECTED, NUMERAL, PLURAL_DETERMINER, attributive_kind

    assert [attributive_kind(w) for w in ("de", "zes", "25", "2005", "bekende", "het", "snel")] == [
        PLURAL_DETERMINER,
        PLURAL_DETERMINER,
        NUMERAL,
        0,
        INFLECTED,
        0,
        0,
    ]
