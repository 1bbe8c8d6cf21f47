"""Labelling language in dossiers: lexicon, lemma/compound matching, voice, first_seen, copies."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import spacy
import yaml

from wb.corpus.readers import read_document
from wb.dossiers.labels import LabelFinder, LabelHit, label_corpus, label_report, labels_json
from wb.dossiers.lexicon import LexiconError, fold, load_lexicon, parse_lexicon, word_forms
from wb.dossiers.voice import quote_spans, self_terms
from wb.errors import InputError

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))
from labels_truth import found_labels, scores, truth_labels  # noqa: E402

LEXICON = REPO / "codebooks" / "labels.yaml"
DOSSIERS = REPO / "corpora" / "dossiers"
RAAD = {"organisation": "Raad voor de Kinderbescherming", "author_role": "raadsonderzoeker"}
GI = {"organisation": "Jeugdbescherming Regio Noordwest", "author_role": "jeugdbeschermer"}


@pytest.fixture(scope="module")
def finder() -> LabelFinder:
    return LabelFinder(LEXICON).fit()


def spans(finder: LabelFinder, text: str, meta: dict | None = None) -> list[tuple[str, str]]:
    return [(h.text, h.label) for h in finder.find("t.txt", text, self_terms=self_terms(meta))]


# -- lexicon ---------------------------------------------------------------------------------------


def test_bundled_lexicon_has_30_terms_with_variants_why_and_alternative() -> None:
    lexicon = load_lexicon(LEXICON)
    assert len(lexicon) >= 30
    for term in lexicon.terms:
        assert term.variants and term.why and term.alternative, term.label
        assert term.label in term.variants  # the label itself always counts
    truth = yaml.safe_load((DOSSIERS / "truth.yaml").read_text(encoding="utf-8"))
    assert {item["label"] for item in truth["labels"]} <= set(lexicon.labels)


def test_lexicon_reports_every_problem_with_its_line() -> None:
    bad = """\
labels:
  - label: ouderverstoting
    variants: [ouderverstoting]
    why: omstreden
  - label: loyaliteitsconflict
    varients: [loyaliteitsconflicten]
    why: kind uit beeld
    alternative: beschrijf
  - variants: [iets]
  - label: ouderverstoting
    variants: [loyaliteitsconflict, "..."]
    why: x
    alternative: y
    compound: misschien
"""
    with pytest.raises(LexiconError) as err:
        parse_lexicon(bad, source="labels.yaml")
    problems = err.value.problems
    lines = [line for line, _ in problems]
    assert lines == sorted(lines)
    text = str(err.value)
    assert "labels.yaml" in text and "er is niets geladen" in text
    assert any(line == 2 and "'alternative' ontbreekt" in msg for line, msg in problems)
    assert any(line == 6 and "bedoelt u 'variants'" in msg for line, msg in problems)
    assert any(line == 9 and "zonder 'label'" in msg for line, msg in problems)
    assert any(line == 10 and "twee keer" in msg for line, msg in problems)
    assert any(
        line == 11 and "staat ook bij label 'loyaliteitsconflict'" in msg for line, msg in problems
    )
    assert any(line == 14 and "true of false" in msg for line, msg in problems)
    assert isinstance(err.value, InputError)


def test_lexicon_yaml_errors_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError) as err:
        parse_lexicon("labels:\n  - label: [x\n")
    assert err.value.problems[0][0] is not None
    with pytest.raises(InputError, match="bestaat niet"):
        load_lexicon(tmp_path / "geen.yaml")
    with pytest.raises(LexiconError, match="lijst van termen"):
        parse_lexicon("name: leeg\n")


def test_lexicon_accepts_a_bare_list_and_dutch_keys() -> None:
    bare = parse_lexicon(
        "- label: klem zitten\n  varianten: [zit klem]\n  waarom: passief\n  alternatief: citeer\n"
    )
    assert bare["klem zitten"].variants == ("klem zitten", "zit klem")
    mapping = parse_lexicon(
        "vechtscheiding:\n  variants: [vechtscheiding]\n  why: a\n  alternative: b\n"
    )
    assert mapping.labels == ["vechtscheiding"]


# -- matching --------------------------------------------------------------------------------------


def test_fold_keeps_offsets_and_forms_cover_dutch_endings() -> None:
    text = "Beïnvloede NIET‑meewerkende"
    assert len(fold(text)) == len(text) and fold(text).startswith("beinvloede niet-")
    assert {"manipulatieve", "hoogconflictueuze", "klemmen", "hoge"} <= (
        word_forms("manipulatief")
        | word_forms("hoogconflictueus")
        | word_forms("klem")
        | word_forms("hoog")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er is een niet-meewerkende moeder.", [("niet-meewerkende moeder", "niet-meewerkend")]),
        ("Moeder is niet meewerkende.", [("niet meewerkende", "niet-meewerkend")]),
        ("Vader is nietmeewerkend.", [("nietmeewerkend", "niet-meewerkend")]),
        ("Vader is niet-\nmeewerkend.", [("niet-\nmeewerkend", "niet-meewerkend")]),
        ("De NIET-MEEWERKENDE OUDERS.", [("NIET-MEEWERKENDE OUDERS", "niet-meewerkend")]),
        ("Loyaliteitsconflicten spelen.", [("Loyaliteitsconflicten", "loyaliteitsconflict")]),
        ("Een vechtscheidingssituatie.", [("vechtscheidingssituatie", "vechtscheiding")]),
        ("Twee vechtscheidingen.", [("vechtscheidingen", "vechtscheiding")]),
        ("Een gezinsloyaliteitsconflict.", [("gezinsloyaliteitsconflict", "loyaliteitsconflict")]),
        (
            "Moeder is overbezorgde en zorgmijdende.",
            [("overbezorgde", "overbezorgd"), ("zorgmijdende", "zorgmijdend")],
        ),
        ("Een manipulatieve vader.", [("manipulatieve", "manipulatief")]),
        ("Een hoogconflictueuze scheiding.", [("hoogconflictueuze", "hoog conflict")]),
        ("Het is hoog-conflictueus.", [("hoog-conflictueus", "hoog conflict")]),
        ("Ouders in een hoog conflict.", [("hoog conflict", "hoog conflict")]),
        (
            "Beïnvloede kinderen, beinvloed.",
            [("Beïnvloede", "beïnvloed"), ("beinvloed", "beïnvloed")],
        ),
        (
            "Lotte zat klem. Zij zaten klem.",
            [("zat klem", "klem zitten"), ("zaten klem", "klem zitten")],
        ),
        ("Lotte lijkt klem te zitten.", [("klem te zitten", "klem zitten")]),
        (
            "Hij zet Lotte tegen haar moeder op.",
            [("tegen haar moeder op", "tegen de ander opzetten")],
        ),
        ("Vader heeft het gebagatelliseerd.", [("gebagatelliseerd", "bagatelliseert")]),
        ("Er is sprake van parentificatie.", [("parentificatie", "parentificatie")]),
        ("Er is geen probleembesef.", [("geen probleembesef", "gebrek aan probleembesef")]),
        ("Hij is emotioneel-instabiel.", [("instabiel", "instabiel")]),
        ("De oudervervreemding.", [("oudervervreemding", "oudervervreemding")]),
    ],
)
def test_matching_spans(finder: LabelFinder, text: str, expected: list) -> None:
    assert spans(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Het conflict tussen ouders is groot.",  # conflict is not loyaliteitsconflict
        "Noah is onbeïnvloedbaar en blijft rustig.",
        "Moeder toont probleembesef.",
        "Lotte kijkt tegen hem op.",  # opkijken, not opzetten: no context word
        "De scheiding verliep rustig.",
        "Moeder werkt goed mee en is meewerkend.",
        "De overdracht vindt plaats op school.",
        "De knelpunten in de jeugdzorg zijn bekend.",  # a programme name is a hit: knel-policy
        "Er is een stabiele situatie.",
    ],
)
def test_look_alikes_do_not_match(finder: LabelFinder, text: str) -> None:
    assert spans(finder, text) == []


def test_gaps_and_a_pipeline_without_lemmas_or_sentences(finder: LabelFinder) -> None:
    text = "Hij stelt dat moeder het contact tussen hem en Joep belemmert. Joep zit soms klem."
    assert spans(finder, text) == [
        ("contact tussen hem en Joep belemmert", "belemmert het contact"),
        ("zit soms klem", "klem zitten"),
    ]
    blank = LabelFinder(LEXICON, nlp=spacy.blank("nl")).fit()
    hits = blank.find("b.txt", "Volgens vader is er ouderverstoting. Moeder is overbezorgd.")
    assert [(h.text, h.voice) for h in hits] == [
        ("ouderverstoting", "attributed"),
        ("overbezorgd", "asserted"),
    ]


def test_hit_offsets_are_exact(finder: LabelFinder) -> None:
    text = "Inleiding.\n\nEr is sprake van een niet-meewerkende moeder en loyaliteitsconflicten."
    for hit in finder.find("a.txt", text):
        assert text[hit.start : hit.end] == hit.text
    assert [h.text for h in finder.find("a.txt", finder.nlp(text))] == [
        "niet-meewerkende moeder",
        "loyaliteitsconflicten",
    ]


# -- voice -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "meta", "voice"),
    [
        ("Moeder zegt dat vader agressief is.", None, "attributed"),
        ("Volgens vader is moeder manipulatief.", None, "attributed"),
        ("De school geeft aan dat Noah zorgmijdend is.", None, "attributed"),
        ("Hij noemt moeder manipulatief.", None, "attributed"),
        ('Vader noemt het een "vechtscheiding" en verder niets.', None, "attributed"),
        ("Oma zegt: 'Lotte zit klem.'", None, "attributed"),
        ("Moeder is instabiel, zegt vader.", None, "attributed"),
        ("Naar zeggen van oma is vader agressief.", None, "attributed"),
        ("Vader is van mening dat moeder manipulatief is.", None, "attributed"),
        ("Zijn advocaat spreekt van oudervervreemding.", None, "attributed"),
        ("Moeder wordt omschreven als niet meewerkend.", None, "attributed"),
        ("Moeder is overbezorgd.", None, "asserted"),
        ("'s Avonds is moeder instabiel.", None, "asserted"),
        ("Sanne zegt dat zij moe is. Moeder is manipulatief.", None, "asserted"),
        ("Vader vertelt dat hij werkt; er is sprake van parentificatie.", None, "asserted"),
        ("De overdracht vindt plaats op school, waar vader agressief werd.", None, "asserted"),
        ("Moeder zegt de afspraak af omdat vader agressief is.", None, "asserted"),
        ("De Raad stelt vast dat er sprake is van een loyaliteitsconflict.", RAAD, "asserted"),
        ("De Raad stelt dat er sprake is van een loyaliteitsconflict.", GI, "attributed"),
        ("Wij zien een loyaliteitsconflict.", None, "asserted"),
        ("De jeugdbeschermer ervaart een niet-meewerkende moeder.", GI, "asserted"),
        ("De jeugdbeschermer ervaart een niet-meewerkende moeder.", RAAD, "attributed"),
        ("Zoals eerder beschreven is er sprake van een loyaliteitsconflict.", None, "asserted"),
        ("Hij zit soms klem, aldus de leerkracht.", None, "attributed"),
        ("Daarnaast meldt de school dat Noah zorgmijdend is.", None, "attributed"),
    ],
)
def test_voice(finder: LabelFinder, text: str, meta: dict | None, voice: str) -> None:
    hits = finder.find("t.txt", text, self_terms=self_terms(meta))
    assert len(hits) == 1 and hits[0].voice == voice, hits


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a sentence is no letterhead: its role words do not name the author
        ("Volgens vader is moeder zorgmijdend.", "attributed"),
        # a letterhead without an organisation in the metadata names the author
        ("Raad voor de Kinderbescherming\nDe Raad ziet dat moeder zorgmijdend is.", "asserted"),
    ],
)
def test_first_line_names_the_author_only_as_a_letterhead(
    finder: LabelFinder, text: str, voice: str
) -> None:
    hits = finder.find("t.txt", text, self_terms=self_terms(None, text))
    assert [(h.text, h.voice) for h in hits] == [("zorgmijdend", voice)]
    assert self_terms({}, text) >= ({"raad", "kinderbescherming"} if voice == "asserted" else set())
    assert "vader" not in self_terms({}, text)
    # a headline that names family members is no letterhead either
    assert not {"vader", "moeder"} & self_terms(None, "Vader noemt moeder zorgmijdend\nTekst.")


def test_quote_spans_skip_apostrophes() -> None:
    text = "Zo'n auto's 's avonds: 'ik ben moe' en “kom” of „ga”."
    inside = [text[a:b] for a, b in quote_spans(text)]
    assert inside == ["ik ben moe", "kom", "ga"]


# -- the bundled dossiers --------------------------------------------------------------------------


def test_bundled_dossiers_recall_precision_voice(finder: LabelFinder) -> None:
    s = scores(truth_labels(DOSSIERS), found_labels(finder, DOSSIERS))
    print(
        f"labels: recall {s['recall']:.3f}, precision {s['precision']:.3f}, label "
        f"{s['label']:.3f}, voice {s['voice']:.3f} ({s['matched']}/{s['gold']} gold, "
        f"{s['found']} found)"
    )
    assert s["recall"] >= 0.97 and s["precision"] >= 0.95
    assert s["label"] >= 0.97 and s["voice"] >= 0.95


def test_label_corpus_on_bundled_dossiers(finder: LabelFinder) -> None:
    truth = yaml.safe_load((DOSSIERS / "truth.yaml").read_text(encoding="utf-8"))
    passages = []
    for copy in truth["copies"]:
        target = read_document(DOSSIERS / copy["target"]).text
        source = read_document(DOSSIERS / copy["source"]).text
        t, s = target.find(copy["target_text"]), source.find(copy["source_text"])
        passages.append(
            {
                "target": {"doc": copy["target"], "start": t, "end": t + len(copy["target_text"])},
                "source": {"doc": copy["source"], "start": s, "end": s + len(copy["source_text"])},
                "boilerplate": False,
            }
        )
    out = label_corpus(DOSSIERS, LEXICON, passages=passages, finder=finder)
    rows = out["labels"]
    assert len(rows) == 87  # 84 + "kleineert" (labels-policy: a reported act) + "niet in staat
    # om samen te zorgen" (labels-capacity: the capacity policy of 2026-12-05) + D1-02's "slagen
    # er niet in de kinderen buiten hun onderlinge strijd te houden" (labels41, same policy)
    assert set(rows[0]) == {
        "doc",
        "start",
        "end",
        "label",
        "text",
        "voice",
        "copied_from",
        "first_seen",
    }
    d1_03 = [r for r in rows if r["doc"] == "D1-03_plan-van-aanpak-GI.txt"]
    ov = next(r for r in d1_03 if r["label"] == "ouderverstoting")
    assert ov["voice"] == "asserted"  # attribution removed in the copy
    assert ov["copied_from"] == "D1-02_raadsrapport.txt"
    assert ov["first_seen"] == "D1-01_verzoek-tot-onderzoek.txt"
    d3 = [r for r in rows if r["label"] == "instabiel"]
    assert {r["first_seen"] for r in d3} == {"D3_verslag-wijkteam.txt"}  # by date, not name
    assert next(r for r in rows if r["doc"] == "D3_verslag-wijkteam.txt")["copied_from"] is None


# -- first_seen and copied_from ------------------------------------------------------------


def test_label_report_first_seen_and_copied_from() -> None:
    hits = {
        "b.txt": [
            LabelHit("b.txt", 10, 25, "loyaliteitsconflict", "loyaliteitsconflict", "asserted"),
            LabelHit("b.txt", 80, 90, "agressief", "agressief", "attributed"),
        ],
        "a.txt": [
            LabelHit("a.txt", 5, 26, "loyaliteitsconflict", "loyaliteitsconflicten", "asserted")
        ],
        "c.txt": [LabelHit("c.txt", 3, 12, "agressief", "agressief", "asserted")],
        "x.txt": [LabelHit("x.txt", 0, 9, "agressief", "agressief", "asserted")],
    }
    passages = [
        {
            "target": {"doc": "b.txt", "start": 0, "end": 50},
            "source": {"doc": "a.txt", "start": 0, "end": 50},
            "boilerplate": False,
        },
        {
            "target": {"doc": "b.txt", "start": 70, "end": 100},
            "source": {"doc": "x.txt", "start": 0, "end": 30},
            "boilerplate": True,
        },
    ]
    dossier = {"a.txt": "D1", "b.txt": "D1", "c.txt": "D1", "x.txt": "D2"}
    rows = label_report(hits, ["a.txt", "x.txt", "b.txt", "c.txt"], dossier, passages)
    got = {(r["doc"], r["label"]): (r["first_seen"], r["copied_from"]) for r in rows}
    assert got[("a.txt", "loyaliteitsconflict")] == ("a.txt", None)
    assert got[("b.txt", "loyaliteitsconflict")] == ("a.txt", "a.txt")
    assert got[("b.txt", "agressief")] == ("b.txt", None)  # boilerplate; x.txt is another dossier
    assert got[("c.txt", "agressief")] == ("b.txt", None)
    assert [r["doc"] for r in rows] == ["a.txt", "x.txt", "b.txt", "b.txt", "c.txt"]
    by_wording = label_report(
        hits, ["a.txt", "x.txt", "b.txt", "c.txt"], dossier, None, by="wording"
    )
    assert by_wording[2]["first_seen"] == "a.txt"  # loyaliteitsconflict(en): same wording
    assert list(labels_json(rows)["labels"][0]) == [
        "doc",
        "start",
        "end",
        "label",
        "text",
        "voice",
        "copied_from",
        "first_seen",
    ]


# -- four voices on real snippets (issue 11 §1) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "voice"),
    [
        # committed public-domain texts of bench/realtext/labels (Kamerstuk, inhoudsindicaties)
        (
            "Aan de aanbevelingen van het expertteam ouderverstoting wordt opvolging gegeven.",
            "ouderverstoting",
            "discussed",
        ),
        (
            "Vader stelt ouderverstoting, Rvdk en GI niet op één lijn, rechtbank wijzigt "
            "hoofdverblijf om impasse te doorbreken",
            "ouderverstoting",
            "attributed",
        ),
        (
            "Dochter heeft ernstige loyaliteitsproblemen, niet duidelijk wat haar werkelijke wens "
            "is en wat het beste is voor haar.",
            "loyaliteitsproblemen",
            "asserted",
        ),
        (
            "Geen ouderverstoting. Omgangsregeling vastleggen, gezinsvoogd krijgt mogelijkheid "
            "deze regeling uit te breiden.",
            "ouderverstoting",
            "negated",
        ),
        # the wordings named in issue 11
        ("Termen als ouderverstoting klinken heftig.", "ouderverstoting", "discussed"),
        ("Er kwamen Kamervragen over PAS.", "PAS", "discussed"),
        ("Het begrip vechtscheiding is omstreden.", "vechtscheiding", "discussed"),
        ("Zij sprak met het Expertteam Ouderverstoting.", "Ouderverstoting", "discussed"),
        ("Er is geen sprake van ouderverstoting.", "ouderverstoting", "negated"),
        ("Ouderverstoting is niet vastgesteld.", "Ouderverstoting", "negated"),
        ("Er kan niet worden gesproken van ouderverstoting.", "ouderverstoting", "negated"),
        ("Moeder is niet manipulatief.", "manipulatief", "negated"),
        ("Geen ouderverstoting.", "ouderverstoting", "negated"),
        ("Er is sprake van ouderverstoting.", "ouderverstoting", "asserted"),
        ("Wat is PAS?", "PAS", "discussed"),
        ("Dit heet ouderverstoting.", "ouderverstoting", "discussed"),
        ("Ouderverstoting is een omstreden syndroom.", "Ouderverstoting", "discussed"),
        ("Hij gebruikt de term vechtscheiding.", "vechtscheiding", "attributed"),
        ("Het was een ‘vechtscheiding’ in de krant.", "vechtscheiding", "discussed"),
    ],
)
def test_four_voices(finder: LabelFinder, text: str, span: str, voice: str) -> None:
    hits = finder.find("t.txt", text)
    assert [(h.text, h.voice) for h in hits] == [(span, voice)]


def test_attribution_crosses_a_sentence_boundary_within_a_paragraph(finder: LabelFinder) -> None:
    said = "Vader stelt het volgende. Er is sprake van ouderverstoting."
    assert [h.voice for h in finder.find("t.txt", said)] == ["attributed"]
    colon = "Moeder schrijft in haar brief:\nVader is manipulatief. Hij is agressief."
    assert [h.voice for h in finder.find("t.txt", colon)] == ["attributed", "attributed"]
    new_paragraph = "Vader stelt het volgende.\n\nEr is sprake van ouderverstoting."
    assert [h.voice for h in finder.find("t.txt", new_paragraph)] == ["asserted"]
    reported = "Volgens moeder drinkt vader. Hij zou agressief zijn."
    assert [h.voice for h in finder.find("t.txt", reported)] == ["attributed"]
    plain = "Moeder zegt dat vader drinkt. Hij is agressief."
    assert [h.voice for h in finder.find("t.txt", plain)] == ["asserted"]


def test_headings_and_brackets_are_discussed(finder: LabelFinder) -> None:
    text = (
        "Special · Oudervervreemding en ouderverstoting\n\n"
        "Het voorkomen van vechtscheidingen met mogelijke ouderverstoting tot gevolg\n\n"
        "De ex van mijn partner manipuleert\n\n"
        "Met de term Parental Alienation Syndrome (PAS) duidt hij een stoornis aan."
    )
    got = [(h.text, h.voice) for h in finder.find("t.txt", text)]
    assert got == [
        ("Oudervervreemding", "discussed"),
        ("ouderverstoting", "discussed"),
        ("vechtscheidingen", "discussed"),
        ("ouderverstoting", "discussed"),
        ("manipuleert", "asserted"),  # a person word: the heading applies the label
        ("Parental Alienation Syndrome", "discussed"),
        ("PAS", "discussed"),  # in brackets: the voice of the term before it
    ]


def test_pas_is_case_sensitive_and_new_terms_match(finder: LabelFinder) -> None:
    assert spans(finder, "Ik kom pas later; de pas is kwijt.") == []
    assert spans(finder, "Onderzoek naar PAS/OVS en PAS-programmeren.") == [
        ("PAS", "ouderverstoting"),
        ("OVS", "ouderverstoting"),
        ("PAS", "ouderverstoting"),
    ]
    text = (
        "Het is een conflictscheiding. Moeder heeft beperkt probleembesef. Hij is onvoldoende "
        "leerbaar en zorgmijdend. Zij traineert de boel. Het risico is dat zij klem of verloren "
        "raken."
    )
    assert spans(finder, text) == [
        ("conflictscheiding", "conflictscheiding"),
        ("beperkt probleembesef", "gebrek aan probleembesef"),
        ("onvoldoende leerbaar", "onvoldoende leerbaar"),
        ("zorgmijdend", "zorgmijdend"),
        ("traineert de boel", "traineert"),
        ("klem of verloren raken", "klem zitten"),
    ]


def test_lexicon_exact_must_be_words() -> None:
    bad = "- label: x\n  variants: [x]\n  why: a\n  alternative: b\n  exact: [12]\n"
    with pytest.raises(LexiconError, match="'exact' bij 'x'"):
        parse_lexicon(bad)
    ok = parse_lexicon("- label: x\n  variants: [x]\n  why: a\n  alternative: b\n  exact: PAS\n")
    assert ok["x"].exact == ("PAS",)


# -- descriptions over word classes -------------------------------------------------------------


def _doc(words: list[str], lemmas: list[str], pos: list[str] | None = None):
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("nl").vocab, words=words)
    for k, token in enumerate(doc):
        token.lemma_ = lemmas[k]
        if pos:
            token.pos_ = pos[k]
    return doc


def test_descriptions_without_word_classes() -> None:
    from wb.dossiers.descriptions import find_descriptions

    doc = _doc(
        ["De", "boze", "moeder", "gaat", "naar", "vader", "en", "een", "naar", "mens", "."],
        ["de", "boos", "moeder", "gaan", "naar", "vader", "en", "een", "naar", "mens", "."],
    )
    assert [doc.text[a:b] for a, b in find_descriptions(doc)] == ["boze moeder", "naar mens"]


def test_descriptions_with_word_classes() -> None:
    from wb.dossiers.descriptions import find_descriptions

    words = ["Een", "nare", "oude", "vrouw", "belt", "naar", "moeder", "."]
    lemmas = ["een", "naar", "oud", "vrouw", "bellen", "naar", "moeder", "."]
    tags = ["DET", "ADJ", "ADJ", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = _doc(words, lemmas, tags)
    assert [doc.text[a:b] for a, b in find_descriptions(doc)] == ["nare oude vrouw"]
    tags[1] = "NOUN"  # a tagger that does not see an adjective: no description
    assert find_descriptions(_doc(words, lemmas, tags)) == []


def test_descriptions_in_the_finder_leave_lexicon_terms_alone(finder: LabelFinder) -> None:
    text = "De boze moeder en de manipulatieve vader. Een nare vrouw."
    assert spans(finder, text) == [
        ("boze moeder", "negatieve typering"),
        ("manipulatieve", "manipulatief"),
        ("nare vrouw", "negatieve typering"),
    ]
    plain = LabelFinder(LEXICON, descriptions=False).fit()
    assert spans(plain, text) == [("manipulatieve", "manipulatief")]


def test_dossier_report_lists_discussed_and_negated_apart(tmp_path: Path) -> None:
    from wb.corpus.importer import import_folder
    from wb.dossiers.analyse import analyse_dossiers
    from wb.dossiers.report import dossier_report_html
    from wb.store import open_project

    folder = tmp_path / "rapporten"
    folder.mkdir()
    (folder / "metadata.csv").write_text(
        "file,dossier,date,organisation\na.txt,X,2024-01-05,Wijkteam Zuid\n"
        "b.txt,X,2024-02-05,Wijkteam Zuid\n",
        encoding="utf-8",
    )
    shared = "Dit verslag is opgesteld door het wijkteam voor het gezin en de school samen.\n"
    (folder / "b.txt").write_text(f"Wijkteam Zuid\n\n{shared}", encoding="utf-8")
    (folder / "a.txt").write_text(
        "Wijkteam Zuid\n\nMoeder is manipulatief. Er is geen sprake van ouderverstoting. "
        f"Moeder las het advies van het Expertteam Ouderverstoting.\n\n{shared}",
        encoding="utf-8",
    )
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, folder)
        analyse_dossiers(project, LEXICON)
        html = dossier_report_html(project, "X")
    applied, rest = html.split("<h2>Besproken of ontkend</h2>")
    applied = applied.split("<h2>Labels</h2>")[1]
    rest = rest.split("<h2>Overgenomen passages</h2>")[0]

    def rows(part: str) -> list[tuple[str, str]]:
        return re.findall(
            r"<td data-head='Label'>([^<]*)<br><span class='small'>([^<]*)</span></td>", part
        )

    assert [label for label, _ in rows(applied)] == ["manipulatief"]
    assert sorted(voice for _, voice in rows(rest)) == ["besproken als term", "ontkend"]
    assert "1 label," in html  # the timeline counts only labels applied to the family


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch newspaper quotes ,,...'' (tune text lc-oussoren)
        (
            ",,Hij had ervaring met vechtscheidingen.’’ Dat zei vader.",
            [("vechtscheidingen", "attributed")],
        ),
        (
            "We spreken van een conflictscheiding als ouders blijven strijden.",
            [("conflictscheiding", "discussed")],
        ),
        (
            "Er is sprake van ouderverstoting als een kind zonder reden het contact weigert.",
            [("ouderverstoting", "discussed")],
        ),
        ("Moeder is volgens vader manipulatief.", [("manipulatief", "attributed")]),
        (
            "Vragen van het lid Jansen aan de minister over ouderverstoting.",
            [("ouderverstoting", "discussed")],
        ),
        ("Er is aandacht voor parentificatie.", [("parentificatie", "discussed")]),
        (
            "Loyaliteitsconflict bij echtscheiding: hoe te voorkomen?\n\nTekst.",
            [("Loyaliteitsconflict", "discussed")],
        ),
        # a gap variant matched on lemmas (tune text maresch-ouderverstoting)
        (
            "Zij probeert de omgang met die ouder te frustreren.",
            [("omgang met die ouder te frustreren", "asserted")],
        ),
        ("Zij heeft de boel gesaboteerd.", [("de boel gesaboteerd", "asserted")]),
    ],
)
def test_voice_rules_from_real_text(finder: LabelFinder, text: str, expected: list) -> None:
    assert [(h.text, h.voice) for h in finder.find("t.txt", text)] == expected


def test_a_quote_can_run_over_paragraphs() -> None:
    text = "‘Ik was bang. Hij was agressief.\n\nIk weet zeker dat hij narcistisch is.’\n\nEinde."
    inside = [text[a:b] for a, b in quote_spans(text)]
    assert inside == ["Ik was bang. Hij was agressief.\n\nIk weet zeker dat hij narcistisch is."]
    reopened = "‘Eerste deel.\n\n‘Tweede deel.’"
    assert [reopened[a:b] for a, b in quote_spans(reopened)] == ["Eerste deel.", "Tweede deel."]


def test_descriptions_allow_other_inflected_words_before_the_noun(finder: LabelFinder) -> None:
    text = "De overheid heeft boze en getraumatiseerde ouders gesust."
    assert spans(finder, text) == [("boze en getraumatiseerde ouders", "negatieve typering")]


def test_verb_forms_and_terms_added_from_earlier_rounds(finder: LabelFinder) -> None:
    text = (
        "Het kind verstoot zijn vader. Zij is een weigerachtige ouder en een controlerende "
        "moeder. Moeder probeert vader zwart te maken. Het kind is vervreemd van zijn vader. "
        "Dit heet ook wel onthechtscheiding of ouderafwijzing."
    )
    assert spans(finder, text) == [
        ("verstoot", "ouderverstoting"),
        ("weigerachtige ouder", "weigerouder"),
        ("controlerende moeder", "dominant"),
        ("zwart te maken", "tegen de ander opzetten"),
        ("vervreemd", "vervreemding"),
        ("onthechtscheiding", "conflictscheiding"),
        ("ouderafwijzing", "ouderverstoting"),
    ]
    assert spans(finder, "Als een ouder de omgangsregeling niet nakomt, volgt een dwangsom.") == [
        ("omgangsregeling niet nakomt", "houdt zich niet aan afspraken")
    ]


def test_terms_and_descriptions_added_after_round_six(finder: LabelFinder) -> None:
    text = (
        "Er is een forse ex-partnerstrijd. Het kind zit klem tussen de ouders en de kinderen "
        "komen in de knel. Na de niet-nakoming van de regeling treedt moeder de afspraak met "
        "voeten. De onwillige vader en een halsstarrige moeder."
    )
    assert spans(finder, text) == [
        ("ex-partnerstrijd", "conflictscheiding"),
        ("zit klem", "klem zitten"),
        ("komen in de knel", "klem zitten"),
        ("niet-nakoming", "houdt zich niet aan afspraken"),
        ("met voeten", "met voeten treden"),
        ("onwillige vader", "negatieve typering"),
        ("halsstarrige moeder", "negatieve typering"),
    ]
    # "met voeten" needs a form of "treden" in its sentence
    assert spans(finder, "Het kind liep met voeten vol modder binnen.") == []
