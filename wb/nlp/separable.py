"""Dutch separable verbs: `samenwerken` is also "ze werkten goed samen"."""

from __future__ import annotations

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
