"""The project's own name lists: terms that are always replaced and terms that are never replaced.

"always replace" (``replace``): a nickname, a school, a team the word lists do not know; each term
has a type for its placeholder (PERSOON when none is given). "never replace" (``keep``): a
programme name or any other capitalised term that must stay readable. The lists live in the
project file (table ``name_lists``), so nothing inside the installed package is edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wb.errors import InvalidChoiceError

if TYPE_CHECKING:
    from wb.store.project import Project

LISTS = ("keep", "replace")
TYPES = ("PERSOON", "PLAATS", "ORGANISATIE", "SCHOOL", "ADRES")


@dataclass(frozen=True)
class NameLists:
    """A project's keep list and replace list (term -> placeholder type)."""

    keep: frozenset[str] = frozenset()
    replace: dict[str, str] = field(default_factory=dict)


def _check(list_: str, terms: dict[str, str]) -> None:
    if list_ not in LISTS:
        raise InvalidChoiceError(
            f"onbekende lijst '{list_}'; kies keep (nooit vervangen) of replace."
        )
    for term, type_ in terms.items():
        if not term.strip():
            raise InvalidChoiceError(
                "een lege term kan niet in de lijst. Geef een woord of naam op."
            )
        if type_ and type_ not in TYPES:
            raise InvalidChoiceError(
                f"onbekend soort '{type_}' bij '{term}'; kies uit {', '.join(TYPES)}."
            )


def add_names(project: Project, list_: str, terms: dict[str, str] | list[str]) -> int:
    """Add terms to the project's keep or replace list (a term already there gets the new type);
    returns how many terms the list has now."""
    from wb.store.project import now

    items = dict.fromkeys(terms, "") if isinstance(terms, list) else dict(terms)
    items = {" ".join(t.split()): ty for t, ty in items.items()}
    _check(list_, items)
    with project.transaction() as conn:
        for term, type_ in items.items():
            conn.execute(
                "INSERT INTO name_lists (list, term, type, added_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (list, term) DO UPDATE SET type = excluded.type",
                (list_, term, type_ if list_ == "replace" else "", now()),
            )
        return conn.execute("SELECT COUNT(*) FROM name_lists WHERE list = ?", (list_,)).fetchone()[
            0
        ]


def remove_names(project: Project, list_: str, terms: list[str]) -> int:
    """Remove terms from a list; returns how many were removed."""
    _check(list_, {})
    with project.transaction() as conn:
        return sum(
            conn.execute(
                "DELETE FROM name_lists WHERE list = ? AND term = ?", (list_, " ".join(t.split()))
            ).rowcount
            for t in terms
        )


def name_lists(project: Project) -> NameLists:
    """The project's keep and replace lists."""
    rows = project.conn.execute("SELECT list, term, type FROM name_lists ORDER BY id").fetchall()
    keep = frozenset(term for list_, term, _ in rows if list_ == "keep")
    replace = {term: type_ or "PERSOON" for list_, term, type_ in rows if list_ == "replace"}
    return NameLists(keep, replace)
