"""Dutch separable verbs: `samenwerken` is also "ze werkten goed samen"."""

from __future__ import annotations

from typing import Any

from wb.lang import word_set

#: Particles that split off a Dutch verb in main clauses, longest first.
PARTICLES = tuple(
    sorted(
        word_set("separable_particles.txt"),
        key=len,
        reverse=True,
    )
)

#: Tokens that end a clause: the particle and its verb are never on both sides of one.
CLAUSE_BREAKS = frozenset({",", ";", ":", "(", ")", "–", "—", "-"}) | word_set(
    "separable_clause_breaks.txt"
)
#: How far apart (in tokens) a verb and its particle may stand.
WINDOW = 12


def split_separable(lemma: str) -> tuple[str, str] | None:
    """(particle, verb) when `lemma` looks like a separable verb, e.g. afstemmen -> af, stemmen."""
    if " " in lemma or not lemma.endswith("n"):
        return None
    for particle in PARTICLES:
        rest = lemma[len(particle) :]
        if lemma.startswith(particle) and len(rest) >= 4 and rest.endswith(("en", "aan", "oen")):
            return particle, rest
    return None


def find_particle(tokens: list[Any], i: int, particle: str) -> int | None:
    """Index of the verb's split-off particle: after it in the clause, or before 'te' + verb."""
    if i >= 2 and tokens[i - 1].lower_ == "te" and tokens[i - 2].lower_ == particle:
        return i - 2
    for j in range(i + 1, min(len(tokens), i + WINDOW + 1)):
        word = tokens[j].lower_
        if word == particle:
            nxt = tokens[j + 1].lower_ if j + 1 < len(tokens) else ""
            return None if nxt == "te" else j
        if word in CLAUSE_BREAKS:
            return None
    return None
