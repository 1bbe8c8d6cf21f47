"""A publisher's placeholders ("[minderjarige 1]") in themes and pseudonymiser; bars (themes18)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from wb.nlp.placeholders import placeholder_spans

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

RULING = (
    "De jeugdbeschermer van [de GI] sprak met [medewerker RvdK] over [Y]. [Minderjarige 1] woont "
    "in [woonplaats a]. Volgens [X] heeft [roepnaam minderjarige 1] geen contact. [A.] en [B] "
    "zijn ouders. De vrouw, [Naam], woont te [plaats 1]. Hij heeft [Jan] gezien en [Jan Smit]. "
    "[Naam moeder] zei: ja. Zie [1] en [wat is dit?] en […]."
)


def _shown(text: str) -> list[str]:
    return [text[a:b] for a, b in placeholder_spans(text)]


def test_the_shape_of_a_publishers_placeholder() -> None:
    assert _shown(RULING) == [
        "[de GI]",
        "[medewerker RvdK]",
        "[Y]",
        "[Minderjarige 1]",  # capitalised where a sentence starts, with a number
        "[woonplaats a]",
        "[X]",
        "[roepnaam minderjarige 1]",
        "[A.]",
        "[B]",
        "[plaats 1]",
        "[Naam moeder]",
        "[1]",
    ]
    # a capitalised word alone or mid-sentence may be a name an editor inserted; five words is
    # more than a placeholder; a question is none
    assert _shown("Hij zag [Jan]. [Jan] lachte, [een twee drie vier vijf], [PERSOON-1]") == []
    assert _shown("[eiser] en [verweerster] wonen op [adres], geboren [geboortedatum]") == [
        "[eiser]",
        "[verweerster]",
        "[adres]",
        "[geboortedatum]",
    ]
    assert _shown("1. [Naam vader] en\n- [Minderjarige 2] gaan") == [
        "[Naam vader]",
        "[Minderjarige 2]",
    ]


def test_placeholder_words_are_no_theme_words_or_phrases() -> None:
    from wb.themes.embed import lemma_pairs, tagged_words
    from wb.themes.words import placeholder_words, tagged_noun_phrases

    text = (
        "De moeder van [minderjarig meisje] woont in [woonplaats a]. Het minderjarig meisje gaat "
        "naar school. [Minderjarige 1] heeft een moeilijke thuissituatie."
    )
    words = tagged_words([text])[0]
    held = sorted(placeholder_words(text, words))
    assert [words[i].text for i in held] == [
        "minderjarig",
        "meisje",
        "woonplaats",
        "a",
        "Minderjarige",
    ]
    # "moeder van [minderjarig meisje]" is no phrase; the written "minderjarig meisje" outside
    # the brackets is one
    assert [k for k, _, _ in tagged_noun_phrases(text)] == [
        "moeder",
        "minderjarig meisje",
        "school",
        "moeilijk thuissituatie",
    ]
    # the clustering still reads the words (same lemmas as without the rule); no keyword is
    # made of them: they are no noun
    only_held = "Wonen bij [eiser] of bij [verweerster] met [minderjarige 1]."
    assert lemma_pairs([only_held], tags=True) == [
        [
            ("wonen", "wonen", "VERB"),
            ("eiser", "eiser", "FROZEN"),
            ("verweerster", "verweerster", "FROZEN"),
            ("minderjarig", "minderjarige", "FROZEN"),
        ]
    ]


def test_the_pseudonymiser_leaves_placeholders_whole() -> None:
    from wb.themes.context import pseudonymise_documents

    text = (
        "De moeder van [minderjarige 1] woont in [woonplaats]. [eiser] en [X] zien [de GI]. "
        "Hij heeft [Jan] gezien."
    )
    done = pseudonymise_documents({"a": text})["a"]
    assert [done.original[a:b] for a, b, *_ in done.replacements] == ["Jan"]
    assert done.text == text.replace("[Jan]", "[[PERSOON-1]]")


def test_the_checker_counts_a_keyword_written_only_in_a_placeholder() -> None:
    from check_theme_names import _placeholder_words, check_theme

    passages = ["Zij zorgt voor [minderjarig meisje].", "Het gaat goed met [minderjarig meisje]."]
    assert _placeholder_words(passages) == {"minderjarig", "meisje"}
    theme = {"label": "minderjarig meisje", "keywords": ["meisje", "zorg"]}
    fails = check_theme(theme, passages, set())
    assert fails["placeholder"] == ["naam:minderjarig", "naam:meisje", "meisje"]
    assert _placeholder_words(["[de moeder] belt", "de moeder belt"]) == set()


def test_a_bar_shows_no_question_mark_before_the_first_item() -> None:
    from wb.progress import bar, per_item

    out = io.StringIO()
    shown = bar(3, "Pseudonimiseren", "document", file=out, mininterval=0)
    shown.refresh()
    first = out.getvalue()
    assert first.startswith("\rPseudonimiseren:   0%|          | 0/3 [00:")
    assert first.endswith("]") and "?" not in first and "<" not in first
    shown.update(1)
    assert "| 1/3 [00:" in out.getvalue() and "<" in out.getvalue().rsplit("\r", 1)[1]
    shown.close()
    out = io.StringIO()
    unknown = bar(None, "Bestanden lezen", "bestand", file=out)
    unknown.refresh()
    assert out.getvalue().startswith("\rBestanden lezen: 0 [00:") and "?" not in out.getvalue()
    unknown.close()
    assert list(per_item([1, 2, 3], "x", "y", False)) == [1, 2, 3]
    assert list(per_item(iter([1, 2]), "x", "y", True)) == [1, 2]
