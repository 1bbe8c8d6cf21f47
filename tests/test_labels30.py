"""Shapes after round 23 (issue 11 §1, labels30): variants derived by rule ("-ouderschap", a word
of excess for "over-"), "buitengesloten ouder", talking badly about a parent, a denial inside a
hit's gap, "zonder ... te", a postposed separable reporting verb, a bullet before a question to
the reader, a quoted definition with "aandoening", and a bare plural with "kunnen". Written
sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import hits as found
from label_finders import label_finder

from wb.dossiers.lexicon_derived import excess_phrases, expanded_variants, role_style


def spans(text: str) -> list[tuple[int, int, str, str, str]]:
    """Every hit of the default finder in text."""
    return found(label_finder(None), text)


def rule_voices(text: str) -> list[tuple[str, str]]:
    """(text, voice) of every hit with the voice rules alone."""
    return [(h[2], h[4]) for h in found(label_finder("rules"), text)]


def test_derived_variants() -> None:
    assert role_style("curlingouder") == "curlingouderschap"
    assert role_style("coalitie-ouder") == "coalitie-ouderschap"
    assert role_style("verstoten ouder") is None  # two words: no way of parenting
    assert role_style("ouder") is None  # the bare noun: too short a prefix
    assert excess_phrases("overbezorgd") == ["overdreven bezorgd", "overmatig bezorgd"]
    assert excess_phrases("overleg") == []  # rest too short
    assert excess_phrases("overbezorgde ouder") == []
    assert expanded_variants(["hyperouder", "overbetrokken", "hyperouder"]) == [
        "hyperouder",
        "overbetrokken",
        "hyperouderschap",
        "overdreven betrokken",
        "overmatig betrokken",
    ]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        (
            "Het boek gaat over helikopterouderschap en de gevolgen.",
            (19, 39, "helikopterouderschap", "hyperouder"),
        ),
        (
            "De school spreekt van curling ouderschap.",
            (22, 40, "curling ouderschap", "hyperouder"),
        ),
        (
            "De moeder toont een overdreven bezorgdheid voor haar zoon.",
            (20, 42, "overdreven bezorgdheid", "overbezorgd"),
        ),
        (
            "De jeugdzorgwerker ziet overmatige betrokkenheid bij vader.",
            (24, 48, "overmatige betrokkenheid", "overbezorgd"),
        ),
        (
            "Het rapport noemt hem een buitengesloten vader.",
            (26, 46, "buitengesloten vader", "buitensluiten van een ouder"),
        ),
        (
            "Het kind zegt dat vader slecht over moeder praat.",
            (24, 48, "slecht over moeder praat", "zwart beeld schetsen"),
        ),
        (
            "Moeder praatte nooit slecht over de vader van haar kinderen.",
            (7, 32, "praatte nooit slecht over", "zwart beeld schetsen"),
        ),
    ],
)
def test_new_forms_of_lexicon_terms(text: str, hit: tuple[int, int, str, str]) -> None:
    assert [h[:4] for h in spans(text)] == [hit]


@pytest.mark.parametrize(
    "text",
    [
        "Het was slecht weer en we praatten over de vakantie.",  # no manner of talking
        "De school ziet dat zij negatief over de andere ouder spreken.",  # a plain description
    ],
)
def test_no_label_for_plain_talk(text: str) -> None:
    assert spans(text) == []


def test_denial_in_the_gap_of_a_variant() -> None:
    text = "Moeder praatte nooit slecht over de vader van haar kinderen."
    assert rule_voices(text) == [("praatte nooit slecht over", "negated")]
    # "nooit" is a word of the term itself: the accusation is applied, not denied
    text = "Vader houdt zich nooit aan de afspraken."
    assert [h[4] for h in spans(text)] == ["asserted"]


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        (
            "Zij voedde hem op zonder iets op te dringen of zijn moeder als manipulatief weg te "
            "zetten.",
            [("manipulatief", "negated")],
        ),
        ("Hij leefde zonder zijn vader ooit een narcist te noemen.", [("narcist", "negated")]),
        (
            "Zonder het zelf te merken, werkt de omgeving mee aan ouderverstoting.",
            [("ouderverstoting", "asserted")],  # the clause closed before the term
        ),
    ],
)
def test_without_clause(text: str, voices: list[tuple[str, str]]) -> None:
    assert rule_voices(text) == voices


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        ("Moeder is manipulatief, vult de buurvrouw aan.", [("manipulatief", "attributed")]),
        (
            "De schuld voor die manipulatieve houding ligt niet bij het kind, legt gezinscoach "
            "Bakker uit.",
            [("manipulatieve", "attributed")],
        ),
        ("Vader is manipulatief, legt het boek weg.", [("manipulatief", "asserted")]),
    ],
)
def test_postposed_separable_reporting_verb(text: str, voices: list[tuple[str, str]]) -> None:
    assert rule_voices(text) == voices


def test_bullet_before_a_question_to_the_reader() -> None:
    from wb.dossiers.voice_generic import reader_question

    nlp = label_finder(None).nlp
    assert reader_question(list(nlp("• Hoe herken je ouderverstoting in de praktijk?")))
    assert not reader_question(list(nlp("• Heb je te maken met ouderverstoting?")))


def test_quoted_definition_with_a_condition_noun() -> None:
    text = (
        "De zoon noemt zijn moeder een tiran. "
        "„Narcisme is een ernstige aandoening voor het hele gezin.”"
    )
    assert rule_voices(text) == [("tiran", "attributed"), ("Narcisme", "discussed")]


def test_insert_and_apposition_end_a_cue() -> None:
    text = (
        "Hyperouders, ook wel helikopterouders genoemd (bron 4), tonen overbezorgdheid voor hun "
        "kinderen."
    )
    assert rule_voices(text) == [
        ("Hyperouders", "discussed"),  # voice17: the insert gives the term another name
        ("helikopterouders", "discussed"),
        ("overbezorgdheid", "asserted"),  # the naming participle's insert closed before it
    ]
    text = "Piet de Vries (52), buitengesloten vader, ziet zijn zoon al een jaar niet."
    assert rule_voices(text) == [("buitengesloten vader", "asserted")]
    text = "Vader is een buitengesloten vader, zegt de buurvrouw."
    assert rule_voices(text) == [("buitengesloten vader", "attributed")]


def test_cited_source_is_no_particular_person() -> None:
    from wb.dossiers.voice_shapes import citation_tokens

    text = "Een curling ouder handelt vaak uit liefde voor het kind (Jansen, 2019)."
    assert rule_voices(text) == [("curling ouder", "discussed")]
    tokens = list(label_finder(None).nlp(text))
    assert [tokens[k].text for k in sorted(citation_tokens(tokens))] == ["Jansen", ",", "2019"]
    assert citation_tokens(list(label_finder(None).nlp("Zij sprak met (moeder) Jansen."))) == set()


@pytest.mark.parametrize(
    ("text", "voices"),
    [
        ("Narcisten kunnen zeer innemend zijn.", [("Narcisten", "discussed")]),
        (
            "Manipulatieve ouders kunnen hun kinderen tegen de ander opzetten.",
            [("Manipulatieve", "discussed"), ("tegen de ander opzetten", "asserted")],
        ),
        (
            "Manipulatieve ouders zetten hun kinderen tegen de ander op.",
            [("Manipulatieve", "asserted"), ("tegen de ander op", "asserted")],
        ),
        ("De manipulatieve ouders kunnen dat niet.", [("manipulatieve", "asserted")]),
    ],
)
def test_bare_plural_with_kunnen(text: str, voices: list[tuple[str, str]]) -> None:
    assert rule_voices(text) == voices


def test_naming_frame_skips_the_act_it_names() -> None:
    text = "De pedagoog noemde het ‘pamperen’ van je kind eerder al eens ‘verwaarlozing’."
    # labels42: "verwaarlozing" is a lexicon term now (a person word in the sentence), so the
    # named word takes its label; the frame still skips "pamperen"
    assert spans(text) == [(62, 75, "verwaarlozing", "verwaarlozing", "attributed")]
    text = "De pedagoog noemde het ‘pamperen’ van je kind eerder al eens een probleem."
    assert spans(text) == []
    text = "Vader noemde het ‘kinderroof’."
    assert spans(text) == [(18, 28, "kinderroof", "etiket (kader)", "attributed")]


def test_quote_inside_a_single_quote() -> None:
    from wb.dossiers.voice_text import quote_spans

    text = (
        "‘Wij denken dat het over ‘die andere ouder’ gaat. Zelf gedraag je je als "
        "helikopterouder,’ zegt pedagoog Jansen."
    )
    inside = [text[a:b] for a, b in quote_spans(text)]
    assert inside == [text[1 : text.index(",’") + 1]]
    assert rule_voices(text) == [("helikopterouder", "attributed")]
    text = "Het woord ‘curlen’ en ‘pamperen’ komt vaak voor."
    assert [text[a:b] for a, b in quote_spans(text)] == ["curlen", "pamperen"]
