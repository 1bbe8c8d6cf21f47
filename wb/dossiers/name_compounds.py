"""Compounds that are no names: Dutch compounds take the kind of their last part (they are
right-headed), so a capitalised compound on a role noun ("Kinderburgemeester",
"Regiomoeder") names a role and one on a lowercase noun after a hyphen ("Facebook-pagina",
"Gordon-methode") names a thing, whatever its first part is; one on "dag" whose first part is
made of dictionary words ("Werelddierendag", "Burendag") names a day."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import ROLES, first_names, is_dutch_word, surnames
from wb.dossiers.person_parts import low_particles

# a capitalised first part, a hyphen and a lowercase last part: "Facebook-pagina"
HYPHEN_NOUN = re.compile(r"[A-ZÀ-Ý][\w'’]*-(?P<tail>[a-zà-ÿ]{4,})")


@cache
def role_compound(word: str) -> bool:
    """True for a capitalised compound whose last part is a role noun and that is no known
    first name ("Kinderburgemeester", "Regiomoeder", "Jeugdwethouder")."""
    from wb.nlp import compound_parts

    if word in first_names() or not word[:1].isupper() or "-" in word:
        return False
    parts = compound_parts(word.lower())
    return len(parts) > 1 and parts[-1] in ROLES


def noun_headed_compound(word: str) -> bool:
    """True for a capitalised word, a hyphen and a lowercase dictionary word ("Facebook-pagina",
    "MR-vergadering"): a thing named after its first part, no name; not a double surname's
    particle ("Kuiper-van")."""
    m = HYPHEN_NOUN.fullmatch(word)
    return bool(m) and m["tail"] not in low_particles() and is_dutch_word(m["tail"])


@cache
def day_compound(word: str) -> bool:
    """True for a capitalised compound on "dag" whose first part (five letters or more) is made
    of dictionary words ("Werelddierendag", "Burendag"): a named day, no name; not a known first
    name or surname."""
    from wb.nlp import compound_parts

    low = word.lower()
    if not word[:1].isupper() or "-" in word or not low.endswith("dag") or len(low) < 8:
        return False
    if word in first_names() or word in surnames():
        return False
    parts = compound_parts(low[:-3])
    return bool(parts) and all(is_dutch_word(part) for part in parts)
