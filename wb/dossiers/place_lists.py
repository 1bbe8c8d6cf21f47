"""Places in lists: after a place trigger ("in Zundert, Rucphen en Etten-Leur"), in a run of
bullet lines ("• Wassenaar • Voorschoten"), and as examples in brackets after a region
("Haaglanden (o.a. Delft, Leiden)"); the list is the context of a place that is also an ordinary
word. Split from :mod:`wb.dossiers.place_names`."""

from __future__ import annotations

import re
from functools import cache

from wb.dossiers.entity_data import (
    CAP,
    UP,
    gazetteer,
    institutions,
    is_ordinary,
    is_stop_word,
    keep_terms,
    norm_name,
    place_triggers,
    places,
)
from wb.dossiers.mentions import Mention
from wb.dossiers.place_names import SEPARATOR, all_places, place_hits, place_is_word
from wb.dossiers.word_index import longest_first, names_regex


@cache
def _list_trigger_rx() -> re.Pattern:
    strong, weak = place_triggers()
    triggers = longest_first(strong | weak)
    return re.compile(rf"(?<![\w-])(?:{triggers}):?[ ]+(?=['{UP}])")


UNKNOWN_ITEM = re.compile(rf"(?:'[st][ -])?{CAP}(?![\w'’-])")


LOCATED_IN = re.compile(r"[ ]+(?:in|te|uit)[ ]+['A-Z]")


def _known_at(text: str, pos: int) -> int | None:
    """End of the longest known place starting at `pos` ("Cadier en Keer", "Bergen op Zoom")."""
    finder = names_regex(all_places())
    first = re.match(r"['’]?\w[\w'’-]*\w|\w", text[pos:])
    if not first:
        return None
    for name in finder.index.get(first[0], ()):
        if text.startswith(name, pos) and not re.match(r"[\w-]", text[pos + len(name) :][:1]):
            return pos + len(name)
    return None


def _list_items(text: str, pos: int) -> list[tuple[int, int, bool]]:
    """The items of a list of places starting at `pos`: (start, end, known place)."""
    items = []
    while True:
        end = _known_at(text, pos)
        known = end is not None
        if end is None:
            m = UNKNOWN_ITEM.match(text, pos)
            if not m or LOCATED_IN.match(text, m.end()):
                break  # "Schakenbosch in Leidschendam": something located in a place
            end = m.end()
        items.append((pos, end, known))
        sep = SEPARATOR.match(text, end)
        if not sep or not re.match(rf"['{UP}]", text[sep.end() : sep.end() + 1]):
            break
        pos = sep.end()
    return items


def listed_places(text: str) -> list[Mention]:
    """Each place of a list after a place trigger: "in Zundert, Rucphen en Etten-Leur", "de
    gemeenten Deurne en Zetten". An item that is a known place counts, also when it is an
    ordinary word (the list is its context); an unknown item counts when it is no ordinary word
    or name and another item of the list is a known place."""
    kept = frozenset(keep_terms()) | frozenset(institutions())
    found = []
    for m in _list_trigger_rx().finditer(text):
        items = _list_items(text, m.end())
        if len(items) < 2 or not any(known for _, _, known in items):
            continue
        for start, end, known in items:
            name = text[start:end]
            if name in kept or name.split()[0] in kept:
                break
            if not known and (place_is_word(name) or is_ordinary(name) or is_stop_word(name)):
                break
            found.append(Mention(start, end, "PLAATS", name, 4, "place-list"))
            found[-1].key = norm_name(name)
    return found


BULLET_LINE = re.compile(r"(?m)^[ \t]*[•*▪–-][ \t]+(?P<item>[^\n]*?)[ \t]*$")


def bullet_places(text: str) -> list[Mention]:
    """ "Betreft:\n • Wassenaar\n • Voorschoten\n • Oegstgeest": in a run of bullet lines of
    which two or more, and at least half, are known places, each known place is a place, also
    one that is an ordinary word or a surname (the list is its context)."""
    found = []
    run: list[re.Match[str]] = []
    for m in [*BULLET_LINE.finditer(text), None]:
        if m is not None and run and text[run[-1].end() : m.start()].strip() == "":
            run.append(m)
            continue
        known = [b for b in run if b["item"] in places() or b["item"] in gazetteer()]
        if len(known) >= 2 and len(known) * 2 >= len(run):
            for b in known:
                found.append(
                    Mention(b.start("item"), b.end("item"), "PLAATS", b["item"], 4, "place-list")
                )
                found[-1].key = norm_name(b["item"])
        run = [m] if m is not None else []
    return found


# "Haaglanden (o.a. Delft, Leiden)": examples in brackets right after a place or region
EXAMPLES_OF = re.compile(
    r"[ ]?\((?:o\.a\.|onder andere|zoals|bijv\.|bijvoorbeeld|waaronder|w\.o\.)[ ]+"
)


def example_places(text: str) -> list[Mention]:
    """Known places given as examples in brackets right after a place or region: "Haaglanden
    (o.a. Delft, Leiden)", also when they are ordinary words ("Leiden", "Gouda")."""
    found = []
    for h in place_hits(text):
        if h[0] not in places():
            continue
        after = EXAMPLES_OF.match(text, h.end())
        if not after:
            continue
        for start, end, known in _list_items(text, after.end()):
            if not known:
                break
            found.append(Mention(start, end, "PLAATS", text[start:end], 4, "place-list"))
            found[-1].key = norm_name(text[start:end])
    return found
