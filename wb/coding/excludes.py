"""A code's ``exclude`` clauses, read for the words that show a clause applies.

A clause stops its code for a sentence that holds its own words ("De naam Veilig Thuis in een
opsomming van instanties"), unless a word it says must be absent ("... zonder grootouders") is
there; a clause that refers to another code ("(zie Samenwerking)") sends the sentence to it.
A clause with a negation ("alimentatie die niet wordt betaald") also fits a sentence that holds
the same negation word and the clause's negated word, even when that word is the code's own.
References and figures of speech ("in de zin van") are no evidence. Used by
:class:`wb.coding.rank.CodeModel`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from wb.codebook import Code
from wb.lang import word_set

#: A reference to another code inside an exclude clause: "(zie Omgang)", "(ook Labels)".
REFERENCE = re.compile(r"\(\s*(?:zie|ook)\b[^)]*\)|\bzie\s+[^,;()]*$")
#: Figures of speech in an exclude clause that say nothing about the passage.
FIGURE_OF_SPEECH = re.compile(r"\bin (?:de |algemene )?zin(?: van)?\b")
#: Shortest noun in -ing of an exclude clause whose verb counts as the noun.
EXCLUDE_VERB_MIN = 10
#: Negation words ("niet", "geen", "nooit").
NEGATIONS = word_set("coding_negations.txt")
_NEGATION = re.compile(r"\b(" + "|".join(sorted(NEGATIONS)) + r")\b\s*(.*)")


@dataclass(frozen=True)
class Exclude:
    """One clause of a code's `exclude`."""

    words: frozenset[str]  # lemmas that show the clause applies
    unless: frozenset[str]  # lemmas after "zonder": when present, the clause does not apply
    target: str | None  # the code the clause sends the sentence to
    clause: str
    verbs: dict[str, str] = field(default_factory=dict)  # verb -> its noun among `words`
    negated: str = ""  # the word a negation in the clause applies to ("niet wordt betaald")
    negation: str = ""  # that negation ("niet")


def parse_excludes(
    code: Code,
    names: dict[str, str],
    lemmas: Callable[[str], list[str]],
    own: Iterable[str],
    expand: Callable[[Iterable[str]], frozenset[str]],
) -> list[Exclude]:
    """Exclude clauses of `code`: their own lemmas, what must be absent, the code they send to.

    `names` maps code paths to lowercase names, `lemmas` gives a text's content lemmas, `own`
    the code's own lemmas (never evidence against it), `expand` adds compound parts.
    """
    own = set(own)
    out = []
    for clause in re.split(r"[.;\n]+", code.exclude):
        clause = clause.strip()
        if not clause:
            continue
        low = clause.lower()
        target = _target(low, code.path, names)
        # references and figures of speech are no evidence: "(zie X)", "in de zin van"
        text = REFERENCE.sub(" ", low)
        text = FIGURE_OF_SPEECH.sub(" ", text)
        # "X zonder Y": the clause speaks of X when Y is absent
        present, _, absent = text.partition(" zonder ")
        words = set(lemmas(present)) - own  # whole words: a compound counts once
        unless = expand(lemmas(absent)) if absent else frozenset()
        negation, negated = _negated(present, lemmas)
        if words or negated:
            verbs = {v: w for w in words if (v := _verb_of(w))}
            out.append(
                Exclude(
                    frozenset(words), frozenset(unless), target, clause, verbs, negated, negation
                )
            )
    return out


def _negated(text: str, lemmas: Callable[[str], list[str]]) -> tuple[str, str]:
    """(negation, first content lemma after it) of a clause ("die niet wordt betaald" ->
    ("niet", "betalen")), the code's own words included; ('', '') without a negation.

    A negation in brackets ("het ervaren van (niet) gehoord worden") is optional, not one.
    """
    m = _NEGATION.search(re.sub(r"\([^)]*\)", " ", text))
    if not m:
        return "", ""
    after = lemmas(m.group(2))
    return (m.group(1), after[0]) if after else ("", "")


def negations(tokens: Iterable[Any]) -> frozenset[str]:
    """The negation words of a sentence, alone or before a hyphen ("niet-betaalde")."""
    return frozenset(w for t in tokens if (w := t.lower_.split("-", 1)[0]) in NEGATIONS)


def _verb_of(noun: str) -> str:
    """The verb of a noun in -ing ("verklaring" -> "verklaren"), when wb knows it; else ''.

    An exclude clause names the act ("cultuur als verklaring"), a sentence often its verb
    ("wordt verklaard vanuit cultuur").
    """
    from wb.coding import evidence
    from wb.nlp import is_known

    if "exclude_verbs" not in evidence.ENABLED:
        return ""
    if len(noun) < EXCLUDE_VERB_MIN or not noun.endswith("ing"):
        return ""
    verb = noun[:-3] + "en"
    return verb if is_known(verb) else ""


def _target(clause: str, path: str, names: dict[str, str]) -> str | None:
    """The code an exclude clause sends to, named in its reference: "(zie Omgang)", "(School)".

    Without a reference in brackets or after "zie", a word that happens to be a code's name
    ("een andere professional") sends nowhere. A name is matched whole, or by its start.
    """
    refs = re.findall(r"\(([^)]*)\)", clause) + re.findall(r"\bzie\s+([^,;()]*)$", clause)
    target = None
    for ref in refs:
        for other, name in names.items():
            if other != path and re.search(rf"\b{re.escape(name)}\b", ref):
                if target is None or len(name) > len(names[target]):
                    target = other
    if target is None:
        for ref in refs:
            m = re.search(r"\b(?:zie|ook)\s+([\w-]+)", ref)
            starts = [o for o, n in names.items() if m and o != path and n.startswith(m.group(1))]
            if len(starts) == 1:
                return starts[0]
    return target


__all__ = ["NEGATIONS", "Exclude", "negations", "parse_excludes"]
