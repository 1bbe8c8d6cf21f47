"""Theme names that say nearly the same are told apart by a keyword (themes16).

Two themes named "gesloten jeugdzorginstelling" and "gesloten jeugdhulpinstellingen", or
"jeugdhulp" and "jeugdhulp naar de gemeenten", share their head noun (after reducing a compound
to its last part), so a reader cannot tell them apart. The clusters stay as they are; a name
without a word of its own (a word the other name lacks, other than the shared head) gets its
theme's best keyword that the other theme's keywords do not hold: "jeugdhulp, wachtlijst".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wb.nlp import compound_parts, lemmatize
from wb.themes.words import DETERMINERS, LINKS, is_vague

MIN_HEAD_LETTERS = 4  # a shared end shorter than this is no head ("ing")


def _head(name: str) -> str:
    """The lemma of a name's head noun: the last word before its first link word or comma."""
    head = ""
    for w in name.split():
        if w.strip(",") in LINKS or w == "en":
            break
        head = w.strip(",")
        if w.endswith(","):
            break
    return lemmatize(head.lower()) if head else ""


def _reduced(lemma: str) -> str:
    """The last part of a compound lemma ("instelling" of "jeugdhulpinstelling")."""
    parts = compound_parts(lemma)
    return parts[-1] if parts else lemma


def same_head(a: str, b: str) -> str:
    """The head two theme names share after compound reduction, or ""."""
    ha, hb = _head(a), _head(b)
    if not ha or not hb:
        return ""
    ra, rb = _reduced(ha), _reduced(hb)
    shared = ra if hb.endswith(ra) else rb if ha.endswith(rb) else ""
    return shared if len(shared) >= MIN_HEAD_LETTERS else ""


def _own_words(name: str, other: str, shared: str) -> set[str]:
    """Lemmas of a name's content words that the other name lacks and that are no shared head."""

    def content(n: str) -> set[str]:
        ws = (w.strip(",").lower() for w in n.split())
        return {lemmatize(w) for w in ws if w and w not in LINKS | DETERMINERS and w != "en"}

    return {w for w in content(name) - content(other) if not w.endswith(shared)}


def _distinct_keyword(theme: dict[str, Any], other: dict[str, Any], shared: str) -> str:
    """The theme's best keyword that the other theme's keywords and the names do not hold."""
    taken = set(other["keywords"]) | set(other.get("lemmas") or [])
    names = {lemmatize(w.strip(",").lower()) for t in (theme, other) for w in t["label"].split()}
    lemmas = list(theme.get("lemmas") or [])
    for i, kw in enumerate(theme["keywords"]):
        lemma = lemmas[i] if i < len(lemmas) else lemmatize(kw)
        if kw in taken or lemma in taken or lemma in names or kw.lower() in names:
            continue
        if is_vague(kw) or lemma.endswith(shared):
            continue
        return kw
    return ""


def _told_apart(label: str, keyword: str, passages: Sequence[str] | None) -> str:
    """A name told apart by its distinguishing keyword as a phrase of its passages (themes20):
    the phrase that holds the name's head and the keyword, else the keyword with its most
    frequent modifier, else both nouns joined by "en"; never a comma list."""
    from wb.themes.adjective_forms import reader_form
    from wb.themes.head_phrases import keyword_head_phrase, phrase_with
    from wb.themes.offensive_words import offensive_name

    head = _head(label)
    if passages:
        found = phrase_with(passages, [head.lower(), keyword.lower()]) if head else ""
        found = found or keyword_head_phrase(passages, [keyword], [lemmatize(keyword)])
        if found and found != label and not offensive_name(found):
            return reader_form(found, passages)
    return f"{label} en {keyword}"


def distinguish_names(
    themes: list[dict[str, Any]], passages: Sequence[Sequence[str]] | None = None
) -> list[dict[str, Any]]:
    """The themes (in place) with a name that another name nearly repeats told apart by a
    keyword of its own; ``passages`` (one list per theme) lets that keyword come as a phrase."""
    new = {}
    texts = {id(t): p for t, p in zip(themes, passages, strict=True)} if passages else {}
    for i, a in enumerate(themes):
        for b in themes[i + 1 :]:
            shared = same_head(a["label"], b["label"])
            if not shared:
                continue
            for t, o in ((a, b), (b, a)):
                if id(t) in new or _own_words(t["label"], o["label"], shared):
                    continue
                kw = _distinct_keyword(t, o, shared)
                if kw:
                    new[id(t)] = _told_apart(t["label"], kw, texts.get(id(t)))
    for t in themes:
        t["label"] = new.get(id(t), t["label"])
    return themes
