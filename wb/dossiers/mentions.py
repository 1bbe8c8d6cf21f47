"""A detected identifying span (a mention) and what a dossier's first pass learns from them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field


@dataclass
class Mention:
    """One detected identifying span in one document."""

    start: int
    end: int
    type: str
    text: str
    tier: int
    source: str = ""
    first: str = ""  # persons: first name(s)
    initials: str = ""  # persons: initials as written
    surname: str = ""  # persons: normalised surname with particles ("van dam")
    gender: str = ""  # "V", "M" or ""
    role: str = ""  # role group ("ouder", "grootouder", "kind", "professional", ...)
    child: bool = False
    key: str = ""  # non-persons: normalised value for entity resolution
    extra: dict = field(default_factory=dict)

    def shallow_copy(self) -> Mention:
        """What ``copy.copy`` makes (``extra`` shared with this one), several times faster."""
        new = object.__new__(Mention)
        new.__dict__.update(self.__dict__)
        return new

    def fresh_copy(self) -> Mention:
        """A copy with an ``extra`` of its own: as a detector's own new Mention."""
        new = object.__new__(Mention)
        new.__dict__.update(self.__dict__)
        new.extra = dict(self.extra)
        return new


@dataclass
class Learned:
    """What pass 1 learned about one dossier."""

    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)  # surname cores as written ("Vries")
    streets: set[str] = field(default_factory=set)
    org_aliases: dict[str, tuple[str, str]] = field(default_factory=dict)  # text -> (type, key)
    birth_dates: set[datetime.date] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
