"""Whether a lexicon hit lies inside a web or e-mail address.

"directeur Fiduon/vechtscheidingshulp.nl", "www.ouderverstoting.nl", "info@vechtscheiding.be":
a term inside an address names a site or a mailbox, not a person or family, so it is no
occurrence of labelling language (labels26, round 21's annotation: "a web address" is out of
scope). The address is the run of non-space characters around the hit; it counts when it holds
"://", "www." or "@", or a domain ending (".nl", ".be", ".com", ...) at its end or before a "/".
"""

from __future__ import annotations

import re

# not "de" or "nu": Dutch words after a full stop without a space ("ouderverstoting.De ...")
_ENDINGS = ("nl", "be", "com", "org", "net", "eu", "info", "fr", "uk", "io")
_DOMAIN = re.compile(rf"\.(?:{'|'.join(_ENDINGS)})(?:/|$)", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'\"”’»"


def in_address(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside a web or e-mail address."""
    left = start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    right = end
    while right < len(text) and not text[right].isspace():
        right += 1
    run = text[left:right].rstrip(_TRAILING)
    if len(run) <= end - start:
        return False
    low = run.lower()
    if "://" in low or low.startswith("www.") or "@" in low:
        return True
    ending = _DOMAIN.search(low, end - left)
    return ending is not None


__all__ = ["in_address"]
