"""A party of a court ruling written in capitals before "gevestigd te" (names-orgs5).

A ruling names a legal person in its heading of the parties as "de vereniging met volledige
rechtsbevoegdheid\\n\\nBOND VAN KWARTUINDERS,\\n\\ngevestigd te Amsterdam": a run of words in
capitals (it may go on over one line break: "VERENIGING VOOR KWARVIKS ONDERWIJS TE\\n\\nROTTERDAM
EN OMGEVING") right before a comma and "gevestigd", "statutair gevestigd" or "handelend onder".
The run is one organisation's name whether or not it opens with a legal form
(``org_caps_legal`` reads the runs that do), and the same words written in Title Case elsewhere
in the text ("de Bond van Kwartuinders") are the same organisation, and so is a word of capitals
that spells the first letters of its words ("de VKO" after "VERENIGING VOOR KWARVIKS
ONDERWIJS TE ROTTERDAM").

Not: a national institution or kept term in any case ("RAAD VOOR DE KINDERBESCHERMING,
gevestigd te ..." stays, as the policy keeps national bodies), a run without a word of three
letters, an anonymised party ("[GEDAAGDE]"), and "kantoorhoudende te" (a lawyer's office, no
legal person of the case).
"""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import institutions, keep_terms, norm_name
from wb.dossiers.mentions import Mention
from wb.dossiers.org_words import national_name

_WORD = r"[A-ZÀ-Þ0-9\"“”'’&][A-ZÀ-Þ0-9\"“”'’&.-]*"
CAPS_PARTY = re.compile(
    rf"(?<![\w\[\]])(?P<name>{_WORD}(?:(?:[ ]|[ ]?\n\n?)(?!\n){_WORD}){{0,11}})"
    r"[ ]?,\s{1,3}(?:statutair\s)?(?:gevestigd|handelend\sonder)\b"
)
_SMALL = {"EN", "VAN", "VOOR", "DE", "DER", "DEN", "HET", "TE", "TOT", "OP", "IN", "&", "E.O."}


@cache
def _kept_lower() -> frozenset[str]:
    """Kept terms and national institutions, lowercase (a heading writes them in capitals)."""
    return frozenset(w.lower() for w in (*keep_terms(), *institutions()))


def _kept(name: str) -> bool:
    """A national institution or kept term, in capitals or not."""
    low = " ".join(name.split()).lower()
    titled = " ".join(w if w.upper() in _SMALL else w.capitalize() for w in low.split())
    return low in _kept_lower() or national_name(titled) or national_name(" ".join(name.split()))


def _title_forms(text: str, name: str, start: int, end: int) -> list[tuple[int, int]]:
    """The same words in another case elsewhere, opening with a capital ("Bond van X")."""
    words = name.split()
    if len(words) < 2:
        return []
    rx = re.compile(
        r"(?<![\w'’-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w'’-])",
        re.IGNORECASE,
    )
    return [
        m.span()
        for m in rx.finditer(text)
        if m[0][:1].isupper() and m[0] != name and not (start <= m.start() < end)
    ]


ACRONYM = re.compile(r"(?<![\w'’&.-])[A-Z]{3,6}(?![\w'’&-])")


def _acronym_forms(text: str, name: str) -> list[tuple[int, int]]:
    """ "de VCVO" after "VERENIGING VOOR CHRISTELIJK VOORTGEZET ONDERWIJS TE ...": a word of
    3-6 capitals elsewhere that spells the first letters of the name's words (connectors left
    out) from its first word on is the same organisation's short form."""
    letters = "".join(w[0] for w in name.split() if w not in _SMALL and w[0].isalpha())
    if len(letters) < 3:
        return []
    return [
        m.span()
        for m in ACRONYM.finditer(text)
        if letters.startswith(m[0]) and m[0] not in name.split() and not _kept(m[0])
    ]


def caps_party_mentions(text: str) -> list[Mention]:
    """ "BOND VAN KWARTUINDERS,\\n\\ngevestigd te ...": a ruling's party in capitals before
    "gevestigd" is one organisation (tier 1), its Title Case form elsewhere too."""
    if "gevestigd" not in text and "handelend onder" not in text:
        return []
    found = []
    for m in CAPS_PARTY.finditer(text):
        first, end = m.span("name")
        start = first
        # a line break inside the run only after a connector ("ONDERWIJS TE\n\nROTTERDAM"); else
        # the line before is a heading of its own ("RECHTBANK X\n\nSTICHTING Y")
        for brk in re.finditer(r"[ ]?\n\n?", text[first:end]):
            before = text[first : first + brk.start()].split()
            if not before or before[-1] not in _SMALL:
                start = first + brk.end()
        name = text[start:end]
        if not any(len(w.strip("\"“”'’.")) >= 3 and w.isalpha() for w in name.split()):
            continue  # "A.B.", "&": no word of a name
        if _kept(name):
            continue
        key = norm_name(" ".join(name.split()))
        forms = _title_forms(text, name, start, end) + _acronym_forms(text, name)
        for s, e in [(start, end), *forms]:
            mention = Mention(s, e, "ORGANISATIE", text[s:e], 1, "caps-party", key=key)
            found.append(mention)
    return found
