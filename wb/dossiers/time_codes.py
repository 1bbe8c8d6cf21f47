"""Names glued to a video time code in a transcript ("Rian Kwartel00:06:28 - 00:06:42 - ...").

A transcript or subtitle file glues the speaker's name to the time code of the fragment. The
rules read such a capitalised word as a word followed by a time code (the text is rewritten
with a space for the code's first digit, same length: offsets hold), and a mention that ends at
the glue takes the glued digits up to the code's first colon, as the annotation policy makes
the whole glued token the mention ("Kwartel00").
"""

from __future__ import annotations

import re

from wb.dossiers.entity_data import LOW, UP
from wb.dossiers.mentions import Mention

GLUED_TIME_CODE = re.compile(
    rf"(?<![\w-])[{UP}][{UP}{LOW}'’-]*[{LOW}](?P<code>\d\d:[0-5]\d(?::[0-5]\d)?)(?![\d:])"
)


def split_time_codes(text: str) -> str:
    """The text with a space for the first digit of a time code glued to a capitalised word."""
    if ":" not in text:
        return text
    chars = None
    for m in GLUED_TIME_CODE.finditer(text):
        chars = chars or list(text)
        chars[m.start("code")] = " "
    return "".join(chars) if chars else text


def glue_time_codes(mentions: list[Mention], text: str) -> None:
    """A mention that ends where a time code is glued to its last word takes the code's
    digits up to the first colon ("Kwartel" -> "Kwartel00")."""
    if ":" not in text:
        return
    ends = {m.start("code"): m.start("code") + 2 for m in GLUED_TIME_CODE.finditer(text)}
    if not ends:
        return
    for m in mentions:
        if m.end in ends:
            m.end = ends[m.end]
