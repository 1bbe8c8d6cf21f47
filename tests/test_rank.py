"""Suggestions beyond patterns on small real snippets (Kamervragen, an inspection report).

Exclude is honoured and sends the sentence to the code it names, a child wins over its parent,
examples and the codebook's description bring suggestions with their reason, and a coding the
researcher makes changes the next suggestion.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from wb.codebook import load_codebook, parse_codebook
from wb.coding.rank import CodeModel, prefer_children
from wb.coding.session import CodingSession, suggestion_key
from wb.coding.suggest import Suggester, ranked, sentence_features
from wb.corpus.importer import import_folder
from wb.nlp import load

BOOK = parse_codebook(
    """
name: proef
codes:
  - name: Veiligheid
    description: Zorgen over de veiligheid van het kind.
    exclude: De naam Veilig Thuis in een opsomming van instanties (zie Samenwerking).
    patterns: [veilig]
  - name: Samenwerking
    description: Hoe professionals met elkaar overleggen.
  - name: Jeugdzorg
    patterns: [jeugdzorg]
    codes:
      - name: Dossiers
        patterns: [dossier]
  - name: Kosten
    description: Geld voor gezinnen.
    examples:
      - "Welke uitgaven aan jeugdzorg hangen samen met scheidingsproblematiek?"
"""
)
# Kamervragen 2019Z03537 (vraag 4) and 2020Z16053 (vragen 3 en 5); Inspectie Jeugdzorg 2013.
ROLES = (
    "Deelt u de mening dat het voor ouders niet goed te begrijpen is wat de rollen zijn van de "
    "hulpverlenende instanties, waaronder Veilig Thuis, de Raad voor de Kinderbescherming en de "
    "gezinsvoogden?"
)
SAFE = (
    "Het onderzoek heeft zich gericht op de vraag of de hulpverlening voldoende gericht was op "
    "een veilige en gezonde ontwikkeling van de twee broers."
)
FILES = (
    "Kunt u uiteenzetten, naar regio, hoeveel dossiers bij jeugdzorg verband houden met een "
    "complexe, conflict- of vechtscheiding?"
)
COSTS = (
    "Hoeveel van de totale uitgaven aan jeugdzorg hebben verband met de zorg die samenhangt met "
    "dergelijke scheidingsproblematiek?"
)


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return Suggester(BOOK, load(prefer_model=False), expand=True).fit()


def _found(suggester: Suggester, text: str) -> list[tuple[str, str, float]]:
    found = suggester.suggest_doc("x.txt", suggester.nlp(text))
    return [(s.code, s.why, round(s.score, 2)) for s in found]


def test_exclude_stops_the_code_and_suggests_the_one_it_names(suggester: Suggester) -> None:
    assert _found(suggester, ROLES) == [
        (
            "Samenwerking",
            "niet bij Veiligheid: de beschrijving sluit 'De naam Veilig Thuis in een opsomming "
            "van …' uit (zie code Samenwerking)",
            0.75,
        )
    ]
    # the same pattern without the excluded context stays with its code
    assert _found(suggester, SAFE) == [("Veiligheid", "lemma: veilig", 1.0)]


def test_child_is_preferred_over_its_parent(suggester: Suggester) -> None:
    found = _found(suggester, FILES)
    assert ("Jeugdzorg/Dossiers", "lemma: dossier", 1.0) in found
    assert "Jeugdzorg" not in [code for code, _, _ in found]
    assert prefer_children(["A", "A/B", "C"]) == {"A/B", "C"}


def test_example_brings_a_suggestion_with_its_reason() -> None:
    # a codebook example needs cosine 0.7 by default (bench/README.md); this one reaches .65
    suggester = Suggester(BOOK, load(prefer_model=False), expand=True, example_threshold=0.6).fit()
    assert suggester.model_ is not None and suggester.model_.coded_threshold == 0.55
    found = _found(suggester, COSTS)
    assert found == [
        (
            "Kosten",
            "lijkt op voorbeeld: «Welke uitgaven aan jeugdzorg hangen samen met scheidingspro…»",
            0.52,  # with word classes "hangen samen" is lemmatised samenhangen
        ),
        ("Jeugdzorg", "lemma: jeugdzorg", 1.0),
    ]
    assert [s.code for s in ranked(suggester.suggest_doc("x", suggester.nlp(COSTS)))] == [
        "Jeugdzorg",
        "Kosten",
    ]


def test_json_carries_score_and_reason(suggester: Suggester) -> None:
    (s,) = [s for s in suggester.suggest_doc("x.txt", suggester.nlp(ROLES))]
    data = s.to_json()
    assert data["score"] == 0.75
    assert data["rule"] == "(uitsluiting)"
    assert data["reason"].startswith("niet bij Veiligheid: ")
    assert data["match"]["text"] == ROLES


def test_include_brings_a_suggestion_with_its_reason() -> None:
    # Kamervragen 2022Z20894 (answer): only the include criterion speaks for the code
    book = parse_codebook(
        """
name: criteria
codes:
  - name: Uithuisplaatsing
    include: Het kind woont in een pleeggezin of een gezinshuis.
  - name: Rechtspraak
    patterns: [rechter]
"""
    )
    suggester = Suggester(book, load(prefer_model=False), expand=True).fit()
    found = _found(suggester, OTHERS[1])
    why = "past bij de beschrijving: gezinshuis, kind, pleeggezin, gezin"
    assert found == [("Uithuisplaatsing", why, 0.84)]
    # the same code without its include has nothing to go on
    bare = parse_codebook("name: c\ncodes:\n  - name: Uithuisplaatsing\n")
    assert _found(Suggester(bare, load(prefer_model=False), expand=True).fit(), OTHERS[1]) == []


LEARN_BOOK = parse_codebook(
    """
name: leren
codes:
  - name: Uithuisplaatsing
    description: Kinderen die buiten het gezin wonen.
  - name: Rechtspraak
    patterns: [rechter]
"""
)
# Kamervragen 2020Z16053: the title and question 1; 2022Z20894 (answer) makes the corpus.
FIRST = (
    "Vragen van het lid aan de ministers over het bericht ‘Duizenden kinderen worden uit huis "
    "geplaatst en dat kan zeer traumatisch zijn’."
)
SECOND = (
    "Bent u bekend met het bericht ‘Duizenden kinderen worden uit huis geplaatst en dat kan zeer "
    "traumatisch zijn’?"
)
OTHERS = (
    "Een uithuisplaatsing in een vrijwillig kader mag niet tegen de wil van een ouder "
    "plaatsvinden.",
    "Een kind kan dan verblijven bij een familielid, in een pleeggezin of een gezinshuis.",
    "In die gevallen zal de hulpverlening met ouders en kinderen hierover in gesprek gaan.",
)


def test_a_coding_changes_the_next_suggestion(project, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    for i, text in enumerate(OTHERS):
        (folder / f"c{i}.txt").write_text(text, encoding="utf-8")
    import_folder(project, folder)
    session = CodingSession(project, LEARN_BOOK, "Anna")
    session.open("b.txt")
    assert session.suggestions() == []
    session.open("a.txt")
    headline = FIRST.index("Duizenden"), FIRST.index("’.")  # the coder marks the headline
    session.code(*headline, "Uithuisplaatsing")
    session.open("b.txt")
    (s,) = session.suggestions()
    assert (suggestion_key(s), s.rule) == (f"Uithuisplaatsing|0|{len(SECOND)}", "(voorbeeld)")
    assert s.why == (
        "lijkt op uw codering: «Duizenden kinderen worden uit huis geplaatst en dat kan zee…»"
    )
    assert session.state()["suggestions"][0]["reason"] == s.why
    # undoing the coding forgets what it taught
    session.open("a.txt")
    session.undo()
    session.open("b.txt")
    assert session.suggestions() == []


# Inspectie Jeugdzorg 2013 (SAFE) and a near copy in the style of the same report; a mother's
# words as a dossier reports them
NEAR_COPY = (
    "De inspectie onderzocht of de hulpverlening voldoende gericht was op een veilige en "
    "gezonde ontwikkeling van de kinderen."
)
MOTHER = "Moeder zegt dat zij zich thuis niet veilig voelt."


def test_a_rejection_stops_suggestions_for_passages_much_like_it(project, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    texts = {"a.txt": SAFE, "b.txt": NEAR_COPY, "c.txt": MOTHER, "d.txt": FILES, "e.txt": COSTS}
    texts |= {f"o{i}.txt": text for i, text in enumerate(OTHERS)}  # a corpus to count lemmas in
    for path, text in texts.items():
        (folder / path).write_text(text, encoding="utf-8")
    import_folder(project, folder)
    book = parse_codebook("name: v\ncodes:\n  - name: Veiligheid\n    patterns: [veilig]\n")

    def keys(session: CodingSession, path: str) -> list[str]:
        session.open(path)
        return [suggestion_key(s) for s in session.suggestions()]

    session = CodingSession(project, book, "Anna")
    assert keys(session, "b.txt") == [f"Veiligheid|0|{len(NEAR_COPY)}"]
    session.open("a.txt")
    session.reject(f"Veiligheid|0|{len(SAFE)}")
    # the near copy is no longer suggested; another use of "veilig" still is
    assert keys(session, "b.txt") == []
    assert keys(session, "c.txt") == [f"Veiligheid|0|{len(MOTHER)}"]
    # it is remembered for this coder only, and undoing the rejection forgets it
    assert keys(CodingSession(project, book, "Anna"), "b.txt") == []
    assert keys(CodingSession(project, book, "Bram"), "b.txt") == [f"Veiligheid|0|{len(NEAR_COPY)}"]
    session.undo()
    assert keys(session, "b.txt") == [f"Veiligheid|0|{len(NEAR_COPY)}"]


# -- exclude clauses and compounds, on sentences of the bundled corpora (leernetwerk codebook) --
LEERNETWERK = load_codebook(Path(__file__).resolve().parents[1] / "codebooks" / "leernetwerk.yaml")


@pytest.fixture(scope="module")
def leernetwerk() -> Suggester:
    return Suggester(LEERNETWERK, load(prefer_model=False), expand=True).fit()


def _codes(suggester: Suggester, text: str) -> list[str]:
    return sorted(s.code for s in suggester.suggest_doc("x.txt", suggester.nlp(text)))


def test_what_an_exclude_clause_says_is_absent_keeps_the_code(leernetwerk: Suggester) -> None:
    # Grootouder: "Het bredere netwerk zonder grootouders (zie Netwerk en school)"
    assert _codes(leernetwerk, "3. Grootouders en het bredere netwerk") == [
        "Netwerk en school/Sociaal netwerk",  # the codebook's pattern "netwerk"
        "Perspectief/Grootouder",
    ]
    (clause,) = leernetwerk.model_.codes_["Perspectief/Grootouder"].excludes
    assert clause.words == {"breed", "netwerk"} and "grootouder" in clause.unless
    assert clause.target == "Netwerk en school"


def test_figures_of_speech_and_references_are_no_evidence(leernetwerk: Suggester) -> None:
    # Raad: "Raad in de zin van advies ('iemand raad geven')": "zin" is no reason to exclude
    found = _codes(
        leernetwerk,
        "Die zin kwam terug in het raadsrapport, in het verzoekschrift van de advocaat van mijn "
        "ex en in het plan van aanpak van de GI.",
    )
    assert "Rechtspraak/Raad voor de Kinderbescherming" in found
    codes = leernetwerk.model_.codes_
    assert codes["Rechtspraak/Raad voor de Kinderbescherming"].excludes == []
    # "(zie Omgang)" names a code by the start of its name
    (mediators,) = codes["Rechtspraak/Advocaten"].excludes
    assert mediators.target == "Relatie en contact/Omgang en omgangsregeling"
    # a word that happens to be a code's name, outside a reference, sends nowhere
    (zaak,) = codes["Dossiervorming en labels/Overnemen en kopiëren"].excludes
    assert zaak.target is None and zaak.unless == {"tekst"}


def test_a_pattern_hit_is_stopped_only_by_two_words_of_the_clause(leernetwerk: Suggester) -> None:
    # Familie en besluitvorming: "Grootouders die alleen contact willen (zie Grootouder)";
    # one word of it ("grootouders") does not stop the pattern meebeslissen
    found = _codes(
        leernetwerk,
        "Ervaringsdeskundige ouder (vader, Marokkaans-Nederlandse achtergrond): In onze familie "
        "is het vanzelfsprekend dat grootouders meebeslissen.",
    )
    assert "Cultuursensitief werken/Familie en besluitvorming" in found
    assert "Perspectief/Ouder" in found and "Perspectief/Grootouder" in found


def test_a_compound_split_needs_words_for_every_part() -> None:
    from wb.coding.rank import _parts

    assert _parts("wachtlijsten") == ("lijst", "wacht")
    assert _parts("verhuizing") == ("verhuizen",)  # "verhui" + "zing" is no compound
    assert _parts("achtergrond") == ()  # "ach" + "terg" + "rond" neither
    assert "zichten" not in _parts("ondertoezichtstelling")


def test_a_noun_in_ing_brings_its_verb() -> None:
    from wb.coding.rank import _parts

    # "-ing" is a suffix, not a compound part: the verb stays, "ing" and "lozing" go
    assert _parts("mishandeling") == ("mishandelen",)
    assert _parts("verwaarlozing") == ("verwaarlozen",)
    assert _parts("uithuisplaatsing") == ()  # no known verb "uithuisplaatsen"
    book = parse_codebook(
        """
name: proef
codes:
  - name: Verwaarlozing
    description: Verwaarlozing en mishandeling van een kind.
"""
    )
    suggester = Suggester(book, load(prefer_model=False), expand=True).fit()
    text = "Volgens de buren werd de jongen thuis mishandeld en verwaarloosd."
    (found,) = suggester.suggest_doc("x.txt", suggester.nlp(text))
    assert (found.code, found.reason) == (
        "Verwaarlozing",
        "past bij de beschrijving: verwaarlozen, mishandelen",
    )
    assert suggester.suggest_doc("x.txt", suggester.nlp("De vader was boos.")) == []


def test_a_list_of_those_present_gets_no_suggestion(leernetwerk: Suggester) -> None:
    # notulen/2023-03-14: the attendance list names roles, it is about no theme
    text = (
        "Aanwezig: twee ervaringsdeskundige ouders, een ervaringsdeskundige jongere, "
        "jeugdbeschermer en gedragswetenschapper van de gecertificeerde instelling (GI), "
        "raadsonderzoeker van de Raad voor de Kinderbescherming."
    )
    patterns = Suggester(LEERNETWERK, leernetwerk.nlp).fit()
    assert "Perspectief/Ouder" in _codes(patterns, text)  # the patterns alone still fire
    assert _codes(leernetwerk, text) == []
    assert (
        _codes(leernetwerk, "Gespreksleiding: een van de jongeren samen met de kinderbehartiger.")
        == []
    )
    # a speaker turn is no list: its words count
    turn = (
        "Ervaringsdeskundige ouder (moeder): Mijn dochter zei tegen de jeugdbeschermer dat ze "
        "liever bij mij bleef."
    )
    assert "Perspectief/Ouder" in _codes(leernetwerk, turn)


def test_description_words_speak_only_where_no_pattern_did(leernetwerk: Suggester) -> None:
    # Professional's description words (jeugdbeschermer, wijkteam) around a pattern's hit
    text = (
        "De school dacht dat het wijkteam het wist, het wijkteam dacht dat de jeugdbeschermer "
        "het wist."
    )
    found = leernetwerk.suggest_doc("x.txt", leernetwerk.nlp(text))
    assert {(s.code, s.score) for s in found} == {
        ("Samenwerking en regie/Samenwerken en afstemmen", 1.0)
    }
    # the same words without a pattern hit fit Professional's description, but a perspective
    # code comes from who speaks, not from description words (codes4, corpora/README.md)
    text = "Zonder afspraak spraken de jeugdbeschermer, het wijkteam en de mediator elkaar."
    doc = leernetwerk.nlp(text)
    (sent,) = doc.sents
    assert "Perspectief/Professional" in {
        x.code for x in leernetwerk.model_.score(sentence_features(sent))
    }
    assert "Perspectief/Professional" not in {s.code for s in leernetwerk.suggest_doc("x.txt", doc)}
    # a topic code's description words do suggest it, with the reason: lemmas by weight, equal
    # weights in alphabetical order, so the reason reads the same on every run
    found = leernetwerk.suggest_doc("x.txt", leernetwerk.nlp("Welkom en terugkoppeling."))
    assert [(s.code, s.reason) for s in found] == [
        (
            "Gehoord worden/Stem van het kind",
            "past bij de beschrijving: terugkoppeling, terugkoppelen, koppeling, terug",
        )
    ]


def test_a_capitalised_plural_in_a_title_is_matched_on_its_singular(leernetwerk: Suggester) -> None:
    from wb.coding.rank import token_lemma

    title = "Ketenoverleg Toegang & Wachttijden Jeugdhulp"
    doc = leernetwerk.nlp(title)
    assert [token_lemma(t) for t in doc if t.text in ("Wachttijden", "Toegang")] == [
        "toegang",
        "wachttijd",
    ]
    assert "Toegang en hulp/Wachtlijsten" in _codes(leernetwerk, title)
    # a name keeps its form: "Pieter" does not become the verb "pieteren"
    (pieter,) = [t for t in leernetwerk.nlp("Toen zei Pieter niets.") if t.text == "Pieter"]
    assert token_lemma(pieter) == "pieter"


def test_idf_follows_the_latest_corpus_count(suggester: Suggester) -> None:
    model = CodeModel(BOOK, suggester.nlp).fit()
    assert model.idf("jeugdzorg") == 1.0  # no corpus yet: every lemma counts fully
    model.count_corpus(
        [frozenset({"jeugdzorg"}), frozenset({"dossier"}), frozenset({"jeugdzorg", "kind"})]
    )
    assert model.idf("jeugdzorg") == pytest.approx(math.log(4 / 3) / math.log(4))
    assert model.idf("kind") == pytest.approx(math.log(4 / 2) / math.log(4))
    model.count_corpus([frozenset({"kind"})])  # a new count replaces the remembered values
    assert model.idf("jeugdzorg") == 1.0
    assert model.idf("kind") == 0.0


def test_a_coded_passage_needs_two_shared_lemmas() -> None:
    from wb.coding.rank import CodeModel

    model = CodeModel(LEARN_BOOK, load(prefer_model=False)).fit()
    coded = "Hij woont in een pleeggezin."
    model.learn("Uithuisplaatsing", frozenset({"pleeggezin", "wonen"}), accepted=True, text=coded)
    # one shared word is a cosine of 1 with a short passage, but no likeness
    assert model.score(frozenset({"pleeggezin"})) == []
    (scored,) = model.score(frozenset({"pleeggezin", "wonen", "fijn"}))
    assert (scored.code, scored.source, scored.reason) == (
        "Uithuisplaatsing",
        "example",
        "lijkt op uw codering: «Hij woont in een pleeggezin.»",
    )
