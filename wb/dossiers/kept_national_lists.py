"""Organisations a text itself calls national: the items of a list after "landelijke
organisaties zoals" ("landelijk werkende fondsen als het Sportfonds, Stichting Boekenkast en
de Leesbond") are national bodies, words to keep, whatever their names' words."""

from __future__ import annotations

import re

from wb.dossiers.entity_data import UP
from wb.dossiers.mentions import Mention

NATIONAL_LIST = re.compile(
    r"(?<![\w-])(?i:landelijke?|nationale?)[ ](?:(?i:werkende|opererende)[ ])?"
    r"(?i:organisaties|instellingen|fondsen|stichtingen|partners|partijen)"
    r",?[ ](?:zoals|als|waaronder)[ ]"
)
# one item: an optional article, then capitalised words ("&", "voor", "van" between them)
ITEM = re.compile(
    rf"(?:(?:het|de)[ ])?(?P<name>[{UP}0-9][\w'’&+-]*(?:[ ](?:(?:voor|van|&)[ ])?"
    rf"[{UP}0-9][\w'’&+-]*)*)"
)
SEPARATOR = re.compile(r",[ ]|[ ](?:en|of)[ ]")


def national_list_items(text: str) -> list[Mention]:
    """ "landelijke organisaties zoals het Sportfonds, Stichting Boekenkast en VNG": each item
    of the list is a national body that stays (up to the first item that is no capitalised
    name, as "om kinderen ..." after the last one)."""
    found = []
    for m in NATIONAL_LIST.finditer(text):
        pos = m.end()
        while True:
            item = ITEM.match(text, pos)
            if not item:
                break
            name = item["name"].rstrip(".,;:")
            start = item.start("name")
            found.append(Mention(start, start + len(name), "KEEP", name, 0, "national-list"))
            sep = SEPARATOR.match(text, start + len(name))
            if not sep or not re.match(rf"(?:(?:het|de)[ ])?[{UP}0-9]", text[sep.end() :]):
                break
            pos = sep.end()
    return found
