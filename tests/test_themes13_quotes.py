"""themes13: names the pseudonymiser left readable are masked in theme quotes, resolved over the
whole dossier (wb.themes.quote_names). Made-up texts only."""

from __future__ import annotations

import re

from wb.dossiers.pseudonymise import Pseudonymised
from wb.themes.quote_names import dossier_names, mask_quote


def masked(original: str, spans: dict[str, str]) -> Pseudonymised:
    """`original` with each mention of `spans` (text -> placeholder) replaced, as the
    pseudonymiser writes it."""
    keys = sorted(spans, key=len, reverse=True)
    rx = re.compile("|".join(re.escape(k) for k in keys) or r"(?!x)x")
    reps, shift = [], 0
    parts, last = [], 0
    for m in rx.finditer(original):
        ph = spans[m[0]]
        parts.append(original[last : m.start()])
        start = m.start() + shift
        reps.append((m.start(), m.end(), start, start + len(ph), ph[1:].split("-")[0], ph))
        parts.append(ph)
        shift += len(ph) - len(m[0])
        last = m.end()
    parts.append(original[last:])
    text = "".join(parts)
    return Pseudonymised(text, original, reps)


def test_single_letters_before_an_age_or_after_a_family_noun():
    doc = masked(
        "In 2019 zijn mijn kinderen C (5 jaar) en L (1,5 jaar) uit huis geplaatst. "
        "Mijn zoon K. woont nu bij Anna de Wit. Zie bijlage B. Het C.D.A. stemde tegen.",
        {"Anna de Wit": "[PERSOON-1]"},
    )
    names = dossier_names([doc])
    assert names["C"] == "[PERSOON-2]"
    assert names["L"] == "[PERSOON-3]"
    assert names["K"] == "[PERSOON-4]"
    assert "B" not in names
    assert mask_quote(doc.text, names) == (
        "In 2019 zijn mijn kinderen [PERSOON-2] (5 jaar) en [PERSOON-3] (1,5 jaar) uit huis "
        "geplaatst. Mijn zoon [PERSOON-4] woont nu bij [PERSOON-1]. Zie bijlage B. Het C.D.A. "
        "stemde tegen."
    )


def test_surname_in_the_name_of_a_foundation_gets_the_persons_placeholder():
    first = masked("Mirjam Quelbers richtte een stichting op.", {"Mirjam Quelbers": "[PERSOON-1]"})
    second = masked("De lunch was bij Huize Quelbers in de stad.", {})
    names = dossier_names([first, second])
    assert names == {"Mirjam": "[PERSOON-1]", "Quelbers": "[PERSOON-1]"}
    assert mask_quote(second.text, names) == "De lunch was bij Huize [PERSOON-1] in de stad."


def test_a_mention_with_an_ordinary_word_is_not_spread():
    doc = masked(
        "Het Platform Zorgvrij schreef een brief. Het Platform kwam bijeen.",
        {"Platform Zorgvrij": "[PERSOON-1]"},
    )
    names = dossier_names([doc])
    assert names == {}
    assert mask_quote("Het Platform kwam bijeen.", names) == "Het Platform kwam bijeen."


def test_first_name_before_a_surname_placeholder_is_masked_everywhere_in_the_dossier():
    one = masked("Het ging mis. Roos Quelbers werd in 2007 vermoord.", {"Quelbers": "[PERSOON-6]"})
    two = masked(
        "De behandeling van Roos kon beginnen. Op die brief hadden Roos en zijn ouders "
        "gewacht. Roos is een bloem.",
        {},
    )
    names = dossier_names([one, two])
    assert names["Roos"] == "[PERSOON-6]"
    assert (
        mask_quote(one.text, names)
        == "Het ging mis. [PERSOON-6] [PERSOON-6] werd in 2007 vermoord."
    )
    # an ordinary word ("roos" is a flower) only inside a sentence or before the placeholder
    assert mask_quote(two.text, names) == (
        "De behandeling van [PERSOON-6] kon beginnen. Op die brief hadden [PERSOON-6] en zijn "
        "ouders gewacht. Roos is een bloem."
    )


def test_a_role_or_a_noun_after_an_article_before_a_placeholder_is_no_first_name():
    doc = masked(
        "Antwoord van Staatssecretaris Quelbers. Ook de Kinderombudsman Wobbema schreef. "
        "Volgens de Kinderombudsman en Staatssecretaris Quelbers klopt dat.",
        {"Quelbers": "[PERSOON-1]", "Wobbema": "[PERSOON-2]"},
    )
    names = dossier_names([doc])
    assert "Staatssecretaris" not in names
    assert "Kinderombudsman" not in names
    assert mask_quote(doc.text, names) == doc.text


def test_a_name_before_a_bracket_that_follows_a_person_in_a_list_of_members():
    doc = masked(
        "Samenstelling: Mw. Quelbers (C.D.A.) (voorzitter), Wobbema (C.D.A.), "
        "Tjallema (P.v.d.A.), Het Rapport (2019).",
        {"Quelbers": "[PERSOON-1]", "Tjallema": "[PERSOON-2]"},
    )
    names = dossier_names([doc])
    assert names == {"Quelbers": "[PERSOON-1]", "Tjallema": "[PERSOON-2]", "Wobbema": "[PERSOON-3]"}
    assert mask_quote(doc.text, names) == (
        "Samenstelling: Mw. [PERSOON-1] (C.D.A.) (voorzitter), [PERSOON-3] (C.D.A.), "
        "[PERSOON-2] (P.v.d.A.), Het Rapport (2019)."
    )


def test_placeholders_and_other_dossiers_stay_untouched():
    doc = masked("Mirjam Quelbers belde.", {"Mirjam Quelbers": "[PERSOON-1]"})
    names = dossier_names([doc])
    assert mask_quote("[PERSOON-1] en [ORGANISATIE-1] belden.", names) == (
        "[PERSOON-1] en [ORGANISATIE-1] belden."
    )
    assert mask_quote("Quelbers belde.", {}) == "Quelbers belde."


def test_quotes_of_the_bench_pseudonymise_the_whole_corpus_then_mask():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from bench_themes import names_in, quotes_for

    docs = {
        "blog/a": "In december zijn mijn kinderen C (5 jaar) en L (1,5 jaar) uit huis geplaatst.",
        "blog/b": "Het C.D.A. stemde tegen de motie over de jeugdzorg.",
    }
    result = {
        "segments": [{"doc": d, "start": 0, "end": len(t), "theme": 0} for d, t in docs.items()],
        "themes": [{"id": 0, "keywords": ["kind", "motie"]}],
    }
    before = quotes_for(result, docs, masked=False)
    after = quotes_for(result, docs)
    # names59: the pseudonymiser itself now takes a letter before an age (was ["C", "L"])
    assert names_in(before, ["C", "L"]) == []
    assert names_in(after, ["C", "L"]) == []
    assert sorted(after) == [
        "Het C.D.A. stemde tegen de motie over de jeugdzorg.",
        "In december zijn mijn kinderen [PERSOON-1] (5 jaar) en [PERSOON-2] (1,5 jaar) uit huis "
        "geplaatst.",
    ]


def test_representative_quotes_of_a_project_mask_one_letter_children(tmp_path):
    from wb.corpus.importer import import_folder
    from wb.store import open_project
    from wb.themes.context import representative_quotes
    from wb.themes.store import load_run, save_run

    text = (
        "In december zijn mijn kinderen C (5 jaar) en L (1,5 jaar) met spoed uit huis "
        "geplaatst.\n\nDe uithuisplaatsing duurde een jaar en de kinderen misten school."
    )
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "verhaal.txt").write_text(text, encoding="utf-8")
    with open_project(tmp_path / "p.wbproj") as project:
        import_folder(project, tmp_path / "corpus")
        cut = text.index("\n\n")
        result = {
            "themes": [
                {
                    "id": 0,
                    "label": "uithuisplaatsing",
                    "keywords": ["kinderen", "uithuisplaatsing"],
                    "size": 1,
                    "stability": 1.0,
                    "stable": True,
                }
            ],
            "segments": [{"doc": "corpus/verhaal.txt", "start": 0, "end": cut, "theme": 0}],
            "parameters": {"embedder": "tfidf-svd"},
        }
        run = load_run(project, save_run(project, result))
        quotes = representative_quotes(project, run, 0, n=3)
    assert [q.text for q in quotes] == [
        "In december zijn mijn kinderen [PERSOON-1] (5 jaar) en [PERSOON-2] (1,5 jaar) met "
        "spoed uit huis geplaatst."
    ]


def test_a_lowercased_surname_among_the_keywords_is_seen() -> None:
    # theme keywords are lowercased lemmas: the surname Juffer shows up as "juffer"
    from bench_themes import names_in

    shown = ["pleegkind", "voornemen", "juffer", "minister"]
    persons = ["Femmie Juffer", "Juffer", "De Jonge"]
    assert names_in(shown, persons) == []
    assert names_in(shown, persons, ignore_case=True) == ["Juffer"]
    # a one-letter person stays case-sensitive
    assert names_in(["c", "voorbeeld"], ["C"], ignore_case=True) == []


def test_a_name_part_the_texts_also_use_as_an_ordinary_word_is_listed_apart() -> None:
    # themes round 20: the theme name "jonge moeder" and a text naming Hugo de Jonge
    from bench_themes import also_ordinary, names_in

    shown = ["jonge moeder", "juffer", "pleegzorg"]
    found = names_in(shown, ["Hugo de Jonge", "Femmie Juffer"], ignore_case=True)
    assert found == ["Jonge", "Juffer"]
    texts = ["Minister Hugo de Jonge sprak met een jonge moeder.", "Juffer schreef erover."]
    assert also_ordinary(found, texts) == (["Juffer"], ["Jonge"])
    # without the lowercase use in the texts both stay names
    assert also_ordinary(found, ["Hugo de Jonge en Femmie Juffer."]) == (["Jonge", "Juffer"], [])
