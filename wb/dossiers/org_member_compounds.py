"""Local parties named in a council member's compound: "KWP-raadslid Anna Bos", "de KWP-fractie".

An acronym that is no national party (``parties.txt``), kept term or institution, glued with a
hyphen to a council member's role (``party_member_roles.txt``) or to "fractie", "wethouder" or
"lijsttrekker", names a local party: the acronym is replaced, the role stays readable, and the
acronym alone elsewhere in the dossier is the same party (a learned short form). Written for
issue 10 by names-orgs3 (bench/README.md).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import UP, institutions, keep_terms, norm_name
from wb.dossiers.mentions import Mention
from wb.dossiers.org_party_short_forms import national_short_form
from wb.lang import word_set, words


@cache
def _compound_rx() -> re.Pattern:
    roles = [*words("party_member_roles.txt"), "fractie", "wethouder", "lijsttrekker"]
    alt = "|".join(sorted(roles, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<a>[{UP}][{UP}a-z0-9&]{{1,6}})-(?:{alt})(?![\w-])")


def compound_member_parties(text: str) -> list[Mention]:
    """ "KWP-raadslid Anna Bos": the acronym of a local party before a council member's role,
    glued with a hyphen (tier 1, its bare mentions learned); not a national party ("CDA-fractie"),
    a kept term or an institution."""
    if "-" not in text:
        return []
    national = word_set("parties.txt")
    found = []
    for m in _compound_rx().finditer(text):
        acronym = m["a"]
        if sum(ch.isupper() for ch in acronym) < 2 or acronym in national:
            continue
        if national_short_form(acronym) or acronym in keep_terms() or acronym in institutions():
            continue
        mention = Mention(m.start("a"), m.end("a"), "ORGANISATIE", acronym, 1, "local-party")
        mention.key = norm_name(acronym)
        mention.extra["short"] = acronym
        found.append(mention)
    return found
