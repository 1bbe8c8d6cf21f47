"""The leernetwerk codebook: it loads, every code is documented, and its patterns fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from wb.codebook import Codebook, load_codebook
from wb.coding.suggest import Suggester, Suggestion
from wb.corpus.readers import read_document
from wb.nlp import load

REPO = Path(__file__).resolve().parent.parent
BOOK_PATH = REPO / "codebooks" / "leernetwerk.yaml"
CORPORA = REPO / "corpora"


def _documents() -> list[tuple[str, str]]:
    docs = []
    for folder, pattern in (("notulen", "*.txt"), ("verhalen", "*.md"), ("dossiers", "*.txt")):
        for path in sorted((CORPORA / folder).glob(pattern)):
            if path.name != "README.md":
                docs.append((f"{folder}/{path.name}", read_document(path).text))
    return docs


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook(BOOK_PATH)


@pytest.fixture(scope="module")
def suggestions(book: Codebook) -> list[Suggestion]:
    suggester = Suggester(book, load(prefer_model=False)).fit()
    return suggester.suggest(_documents())


def test_codebook_has_enough_codes_in_a_hierarchy(book: Codebook) -> None:
    assert len(book) >= 25
    depths = {code.path.count("/") for code in book.walk()}
    assert {0, 1, 2} <= depths
    assert all(code.color for code in book.codes)


def test_every_code_is_documented(book: Codebook) -> None:
    for code in book.walk():
        assert code.description.strip(), code.path
        assert code.include.strip(), code.path
        assert code.exclude.strip(), code.path
        assert code.examples and all(e.strip() for e in code.examples), code.path


def test_pattern_kinds_are_all_used(book: Codebook) -> None:
    kinds = {p.kind for code in book.walk() for p in code.patterns}
    assert kinds == {"phrase", "all", "regex", "tokens"}


def test_every_leaf_code_fires_on_the_bundled_corpora(
    book: Codebook, suggestions: list[Suggestion]
) -> None:
    fired = {s.code for s in suggestions}
    leaves = [c.path for c in book.walk() if c.patterns and not c.codes]
    silent = [path for path in leaves if path not in fired]
    assert not silent, f"codes zonder suggesties: {silent}"


@pytest.mark.parametrize(
    ("doc", "match_text", "code"),
    [
        # past tense + word order: {all: [contact, verliezen]}
        (
            "verhalen/05_jongvolwassene_terugkijken.md",
            "verloor ik het contact",
            "Relatie en contact/Contactverlies",
        ),
        # separable verb, split: samenwerken
        (
            "notulen/2023-03-14_scheidingstafel_veiligheid.txt",
            "werkten wij samen",
            "Samenwerking en regie/Samenwerken en afstemmen",
        ),
        # separable verb, past tense and split: afstemmen
        (
            "notulen/2023-10-10_ketenoverleg_wachttijden.txt",
            "stemden af",
            "Samenwerking en regie/Samenwerken en afstemmen",
        ),
        # plural of a compound: loyaliteitsconflict
        (
            "notulen/2023-01-24_leernetwerk.txt",
            "loyaliteitsconflicten",
            "Relatie en contact/Loyaliteit",
        ),
        # irregular plural: kleinkind
        ("notulen/2024-02-06_klankbordgroep.txt", "kleinkinderen", "Perspectief/Grootouder"),
        # irregular participle: doorverwijzen
        ("verhalen/07_wijkteammedewerker.md", "doorverwezen", "Toegang en hulp/Doorverwijzing"),
        # separable verb in a question: meebeslissen
        (
            "verhalen/09_ervaringsdeskundige.md",
            "beslist er mee",
            "Cultuursensitief werken/Familie en besluitvorming",
        ),
    ],
)
def test_inflected_forms_are_found(
    suggestions: list[Suggestion], doc: str, match_text: str, code: str
) -> None:
    found = {(s.doc, s.match_text, s.code) for s in suggestions}
    assert (doc, match_text, code) in found


def test_veilig_thuis_token_pattern_is_case_sensitive(suggestions: list[Suggestion]) -> None:
    matched = {
        s.match_text
        for s in suggestions
        if s.code == "Veiligheid/Veilig Thuis" and s.rule.startswith("[")
    }
    # the organisation, not "zich bij moeder veilig thuis voelt" in D1-02
    assert matched == {"Veilig Thuis"}
