"""Judgements as nouns and verb phrases aimed at a person (issue 11 §1, voice13): word classes,
lemmas and small word lists, tested on written sentences, not evaluation texts."""

from __future__ import annotations

import pytest
from label_finders import described, hits, label_finder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judging noun tied to one person: possessive, van/bij + person, subject + having
        ("Zijn eeuwige grillen bepalen de sfeer thuis.", ["eeuwige grillen"]),
        ("Ze uit haar waanbeelden alleen tegen mij.", ["waanbeelden"]),
        ("De jaloezie van mijn man werd steeds erger.", ["jaloezie"]),
        ("Het kind heeft gedragsproblemen.", ["gedragsproblemen"]),
        # an evaluative adjective + -heid is a judging noun too
        ("Ik werd moe van zijn onbetrouwbaarheid.", ["onbetrouwbaarheid"]),
        ("De achterdochtigheid van de moeder nam toe.", ["achterdochtigheid"]),
        # guards: no person, feelings and care needs
        ("De grillen van het weer maken het lastig.", []),
        # labels-judging: a noun naming a vice counts bare (description_vices; the tune batches
        # annotate bare "wrok" in b32 and b35, "zelfzucht", "wangedrag" in 13 batches in all)
        ("Wrok is een slechte raadgever.", ["Wrok"]),
        ("Redenen kunnen zijn: wrok, rancune of onbegrip.", ["wrok", "rancune"]),
        ("Haar verdriet is groot en zijn zorgen ook.", []),
        ("Zijn zorgbehoefte is groot.", []),
        ("De onwil van de instanties is opvallend.", []),
        ("Kinderen met gedragsproblemen krijgen extra hulp op school.", []),
        ("Zijn gezondheid is slecht.", []),
        # a feeling or a physical state is no judgement, also not as -heid
        ("Haar boosheid over de scheiding is begrijpelijk.", []),
        ("Zijn onvermogen om te lopen komt door het ongeluk.", []),
        # a conduct noun counts only with an evaluative adjective and a tie to a person
        ("Zijn agressieve gedrag maakt het kind bang.", ["agressieve gedrag"]),
        ("De vijandige houding van moeder valt op.", ["vijandige houding"]),
        ("Haar gedrag was rustig.", []),
        # labels35: behaviour ("gedrag") judged by an evaluative adjective counts without a tie
        # (the tune rounds annotate "Lastig gedrag", "storend gedrag"); a stance does not
        ("Het agressieve gedrag komt vaak voor.", ["agressieve gedrag"]),
        ("De vijandige houding komt vaak voor.", []),
        # a judging first part + a person or family noun, wherever it stands
        ("Hij werd een probleemkind genoemd.", ["probleemkind"]),
        ("Probleemkinderen komen uit probleemgezinnen.", ["Probleemkinderen", "probleemgezinnen"]),
        ("De probleemanalyse van de ouders is klaar.", []),
        ("Het is een probleemloos kind.", []),
    ],
)
def test_judging_nouns(text: str, expected: list[str]) -> None:
    assert described(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # preferring someone or something "boven" a person, with a person subject
        (
            "Moeder verkiest haar nieuwe vriend boven haar kind.",
            ["verkiest haar nieuwe vriend boven haar kind"],
        ),
        (
            "Toen verkoos hij zijn werk boven zijn kinderen.",
            ["verkoos hij zijn werk boven zijn kinderen"],
        ),
        ("De rechter stelt het belang van het kind boven alles.", []),
        ("Vader stelt het kind boven alles.", []),
        ("Ik verkies thee boven koffie.", []),
        ("Moeder stelt het belang van het kind boven haar eigen belang.", []),
        # separable judging verbs with a person object
        ("Hij laat het kind vallen.", ["laat het kind vallen"]),
        ("Vader zet moeder buitenspel bij elk besluit.", ["zet moeder buitenspel"]),
        ("Zij sluit de vader buiten.", ["sluit de vader buiten"]),
        ("Ze maken de vader gitzwart.", ["maken de vader gitzwart"]),
        ("Hij laat de bal vallen.", []),
        ("Ze sluit de hond buiten.", []),
        # the same verbs at the end of a subordinate clause
        ("De moeder zegt dat hij haar zwart maakt.", ["zwart maakt"]),
        ("Ik weet dat moeder het kind laat vallen.", ["laat vallen"]),
        ("Hij vindt dat zij vader buitensluit.", ["buitensluit"]),
        ("Het is erg dat hij zijn zoon in de steek laat.", ["in de steek laat"]),
        ("Ik zie dat hij de muur zwart maakt.", []),
        ("Hij zegt dat zijn geheugen hem in de steek laat.", []),
        ("Ik ben bang dat hij de bal laat vallen.", []),
        # intransitive judging verbs with a person subject
        ("Vader haakt af.", ["haakt af"]),
        ("Ik merk dat moeder steeds dwarsligt.", ["dwarsligt"]),
        ("Moeder ligt dwars bij elke afspraak.", ["ligt dwars"]),
        ("De leerling haakt af bij wiskunde.", []),
        ("Afhaken is een term die hulpverleners gebruiken.", []),
        ("Het is belangrijk dat vader niet afhaakt.", []),
        ("De weg ligt dwars op de rivier.", []),
        # verbs that ascribe intent to their person subject, whatever the object
        ("Moeder stelt dat vader de situatie enkel frustreert.", ["frustreert"]),
        ("Moeder werkt de hulpverlening tegen.", ["werkt de hulpverlening tegen"]),
        ("Het kan voorkomen dat uw ex uw kind omkoopt met cadeautjes.", ["omkoopt"]),
        ("Veilig Thuis ondermijnt het gezag.", []),
        ("Het beleid frustreert ouders.", []),
        ("Zij probeert om het contact te frustreren.", []),
        ("Hij voelt zich gefrustreerd.", []),
        # a perfect with "hebben", not a passive
        ("Mijn moeder heeft altijd het contact met mijn vader tegengewerkt.", ["tegengewerkt"]),
        ("Het contact wordt tegengewerkt door de situatie.", []),
        ("De regels hebben het contact gefrustreerd.", []),
        ("Vader heeft de hulp niet tegengewerkt.", []),
        # an evaluative adjective as adverb of a verb of conduct, person subject
        ("De moeder weigert halsstarrig om mee te werken.", ["halsstarrig"]),
        ("Vader reageert agressief op de hulpverlener.", ["agressief"]),
        ("Hij gedraagt zich manipulatief.", ["manipulatief"]),
        ("Ik weet dat zij halsstarrig weigert.", ["halsstarrig"]),
        ("Vader reageert niet agressief.", []),
        ("Ze loopt houterig.", []),
        ("Moeder slaapt slecht.", []),
        # a reported act that judges conduct is a label since labels-policy (2026-12-05);
        # a report of an act without a judging word stays out
        ("Zij voelt zich onveilig omdat vader haar kleineert.", ["kleineert"]),
        ("Zij voelt zich onveilig omdat vader tegen haar schreeuwt.", []),
    ],
)
def test_judging_verb_phrases(text: str, expected: list[str]) -> None:
    assert described(text) == expected


RULING = {"genre": "rechtspraak (uitspraak)"}


@pytest.mark.parametrize(
    ("text", "meta", "expected"),
    [
        # in a ruling, a party's account goes on in the next sentences of the paragraph
        (
            "Het hof.\n\nDe raad stelt dat de ouders het niet eens worden. "
            "Er is sprake van een ouderstrijd.",
            RULING,
            [("ouderstrijd", "attributed")],
        ),
        (
            "Het hof.\n\nDe moeder heeft de ervaring dat de vader haar tegenwerkt. "
            "Het kind wordt hierbij negatief door de vader beïnvloed.",
            RULING,
            [("tegenwerkt", "attributed"), ("beïnvloed", "attributed")],
        ),
        # a blank line, the court speaking again, or no ruling: the author's own words
        (
            "Het hof.\n\nDe raad stelt dat de ouders het niet eens worden.\n\n"
            "Er is sprake van een ouderstrijd.",
            RULING,
            [("ouderstrijd", "asserted")],
        ),
        (
            "Het hof.\n\nDe raad stelt dat de ouders het niet eens worden. Het hof overweegt "
            "dat de ouders ruzie maken. Er is sprake van een ouderstrijd.",
            RULING,
            [("ouderstrijd", "asserted")],
        ),
        (
            "De raad stelt dat de ouders het niet eens worden. Er is sprake van een ouderstrijd.",
            None,
            [("ouderstrijd", "asserted")],
        ),
        # a participle is no report with content ("bij uitspraken vastgestelde regelingen")
        (
            "Het hof.\n\nHet kind is uit huis geplaatst, omdat de moeder de bij uitspraken "
            "vastgestelde regelingen negeert. Er is sprake van een ouderstrijd.",
            RULING,
            [("ouderstrijd", "asserted")],
        ),
    ],
)
def test_a_party_account_continues_in_a_ruling(
    text: str, meta: dict | None, expected: list
) -> None:
    found = hits(label_finder(), text, meta)
    assert [(h[2], h[4]) for h in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "moeder"/"vader" as a headline's subject: a case title, the rules decide
        (
            "Moeder verkiest vriend boven kind\n\nMijn cliënt kreeg een brief.",
            [("verkiest vriend boven kind", "asserted")],
        ),
        ("Vader weigert omgang na ouderverstoting\n\nTekst.", [("ouderverstoting", "asserted")]),
        # the parent as object, or a plural: a general heading as before
        ("Rechtbank veroordeelt manipulatieve vader\n\nTekst.", [("manipulatieve", "discussed")]),
        ("Moeders en ouderverstoting\n\nTekst.", [("ouderverstoting", "discussed")]),
    ],
)
def test_a_parent_as_headline_subject_is_a_case_title(text: str, expected: list) -> None:
    assert [(h[2], h[4]) for h in hits(label_finder(), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a quoted term and a copula explains that term
        (
            "‘Probleemkinderen’ zijn kinderen uit probleemgezinnen.",
            [("Probleemkinderen", "discussed"), ("probleemgezinnen", "discussed")],
        ),
        (
            "'Loyaliteitsconflict' is een term voor een kind dat klem zit.",
            [("Loyaliteitsconflict", "discussed"), ("klem zit", "discussed")],
        ),
        # a quoted statement is no term, an unquoted sentence no definition
        ("'Moeder is manipulatief' is wat hij zei.", [("manipulatief", "attributed")]),
        ("Moeder is manipulatief.", [("manipulatief", "asserted")]),
    ],
)
def test_a_quoted_term_with_a_copula_is_explained(text: str, expected: list) -> None:
    assert [(h[2], h[4]) for h in hits(label_finder(), text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judging word alone in quotes is named as a word: the voice rules read the quotes
        # labels18: "onwil" is a lexicon term, denied by "zelden"
        (
            "Wat professionals waarnemen als 'afhaken', is zelden onwil.",
            [("afhaken", "discussed"), ("onwil", "negated")],
        ),
        ("‘Afhaken’ is een term die professionals gebruiken.", [("Afhaken", "discussed")]),
        # a quoted word that qualifies a person is someone's judgement of that person
        ("Het kind neemt afstand van die ‘slechte’ ouder.", [("slechte", "attributed")]),
        # an evaluative adjective in quotes about a thing, an ordinary word in quotes: nothing
        ("Dullaert vindt het ‘pervers’ dat advocaten per zaak betaald worden.", []),
        ("De zorg is langdurig ‘ongepast’.", []),
        ("Het woord ‘tafel’ is kort.", []),
    ],
)
def test_a_judging_word_in_quotes(text: str, expected: list) -> None:
    assert [(h[2], h[4]) for h in hits(label_finder(), text)] == expected
