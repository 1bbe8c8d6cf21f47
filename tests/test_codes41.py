"""codes41: a sentence about the document or the meeting itself ("In deze brief ...",
"Hieronder volgt ...", "Ik dank de minister ...", "Antwoord") gets no suggestion beyond a code's
own words (a pattern, its description, an example), unless the coded documents show the
researcher codes such sentences.

Made-up sentences and documents, exact expectations (wb.coding.sentence_kinds.meta_kind,
wb.coding.line_roles.meta_silent, META_RULES and META_SHARE, ``Suggester.meta_seen_``).
"""

from __future__ import annotations

import pytest
from test_codes16 import BOOK, CODED, A

from wb.coding import line_roles, reaching
from wb.coding.sentence_kinds import meta_kind
from wb.coding.suggest import Suggester
from wb.nlp import load


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Antwoord", "label"),
        ("Vraag 2", "label"),
        ("Antwoord 3:", "label"),
        ("Vaststelling van de agenda", "label"),
        ("• Rondvraag", "label"),
        ("Inleiding ........ 3", "contents"),
        ("In deze brief ga ik in op de wachtlijsten.", "document"),
        ("Het volgende hoofdstuk gaat over de kosten.", "document"),
        ("Paragraaf 3 beschrijft de hoofdlijnen van de regeling.", "document"),
        ("Hoofdstuk 2.1 gaat in op de reacties.", "document"),
        ("Hieronder volgt een overzicht van de maatregelen.", "opener"),
        ("De vergadering wordt om 19.30 uur geopend.", "opener"),
        ("Ik dank de minister voor haar antwoorden.", "opener"),
        ("Dank u wel, voorzitter.", "opener"),
        ("Zie bijlage 2.", "opener"),
        ("Antwoord van de minister van Zorg (ontvangen 3 mei).", "opener"),
        ("Met vriendelijke groet,", "opener"),
        # about the topic, not the document
        ("De kinderen zijn blij met de nieuwe school.", None),
        ("Vraag is of de ouders dat willen.", None),
        ("Vragen van het lid Jansen over wachtlijsten in de jeugdzorg", None),
        ("Hij schreef een brief aan de rechter.", None),
        ("De antwoorden van de kinderen waren eerlijk.", None),
        ("Inleiding", None),
        ("", None),
    ],
)
def test_meta_kind(text, kind):
    assert meta_kind(text) == kind


def test_meta_silent_unless_the_researcher_codes_such_sentences():
    assert line_roles.META_RULES == "own"
    assert line_roles.META_SHARE == 0.75
    assert line_roles.meta_silent(0, 0) is True
    assert line_roles.meta_silent(2, 2) is True  # fewer than three: nothing shows it
    assert line_roles.meta_silent(3, 3) is False
    assert line_roles.meta_silent(4, 3) is False  # .75
    assert line_roles.meta_silent(3, 2) is True  # .67


def test_meta_rules_off(monkeypatch):
    monkeypatch.setattr(line_roles, "META_RULES", "")
    assert line_roles.meta_silent(0, 0) is False


NEW = (
    "Mijn oom leest de krant. Vader wil verhuizen naar Utrecht. "
    "In deze brief staat zijn nieuwe adres. De bus was te laat. "
    "Hieronder volgt de verhuizing. De kat slaapt op de bank."
)
META_CODED = "Hieronder volgt de datum. In deze brief staat het adres. Zie bijlage 2. Het regent."


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.fixture(autouse=True)
def _reach_from_one_sentence(monkeypatch):
    """These documents have the codebook's own evidence in one sentence (codes30: MIN_OWN 2)."""
    monkeypatch.setattr(reaching, "MIN_OWN", 1)


def _suggested(nlp, coded=(), meta_codes=None):
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    texts = [t for t, _ in coded] + ([META_CODED] if meta_codes else []) + [NEW]
    docs = [nlp(t) for t in texts]
    suggester.fit_corpus(docs)
    for k, (_, codes) in enumerate(coded):
        suggester.learn_document(f"c{k}", docs[k], codes)
    if meta_codes:
        suggester.learn_document("meta", docs[-2], meta_codes)
    found = suggester.suggest_doc("nieuw", docs[-1])
    return suggester.meta_seen_, [(s.match_text, s.code, s.rule) for s in found]


def test_a_sentence_about_the_document_takes_no_passage(nlp):
    seen, found = _suggested(nlp)
    assert seen == [0, 0]
    assert found == [
        ("verhuizen", A, "verhuizen"),
        ("De bus was te laat.", A, "(passage)"),
        ("verhuizing", A, "verhuizing"),  # "Hieronder volgt de verhuizing.": its own pattern
    ]


def test_with_the_rule_off_the_passage_takes_it(nlp, monkeypatch):
    monkeypatch.setattr(line_roles, "META_RULES", "")
    _, found = _suggested(nlp)
    assert ("In deze brief staat zijn nieuwe adres.", A, "(passage)") in found
    assert len(found) == 4


def test_after_coded_documents_without_such_sentences_it_stays_silent(nlp):
    seen, found = _suggested(nlp, CODED)
    assert seen == [0, 0]
    assert [f for f in found if f[0].startswith("In deze brief")] == []
    assert ("De kat slaapt op de bank.", A, "(zoals uw coderingen)") in found


MONEY = (
    "De kat slaapt op de bank. In deze brief staat het geld dat een ouder voor de kinderen "
    "betaalt. De bus was te laat."
)


@pytest.mark.parametrize(("rules", "found"), [("own", 1), ("pattern", 0), ("", 1)])
def test_its_own_words_speak_unless_only_patterns_may(nlp, monkeypatch, rules, found):
    monkeypatch.setattr(line_roles, "META_RULES", rules)
    suggester = Suggester(BOOK, nlp, expand=True).fit()
    docs = [nlp(t) for t, _ in CODED] + [nlp(MONEY)]
    suggester.fit_corpus(docs)
    out = [(s.match_text, s.code, s.rule) for s in suggester.suggest_doc("geld", docs[-1])]
    sentence = "In deze brief staat het geld dat een ouder voor de kinderen betaalt."
    assert out == [(sentence, "Alimentatie", "(beschrijving)")] * found


def test_a_researcher_who_codes_them_gets_them_suggested(nlp):
    seen, found = _suggested(nlp, CODED, [{A}, {A}, {A}, set()])
    assert seen == [3, 3]
    assert ("In deze brief staat zijn nieuwe adres.", A, "(passage)") in found
    seen, found = _suggested(nlp, CODED, [{A}, {A}, set(), set()])
    assert seen == [3, 2]
    assert [f for f in found if f[0].startswith("In deze brief")] == []
