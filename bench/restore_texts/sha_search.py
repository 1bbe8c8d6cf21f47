"""Find the substring of a stored page excerpt whose SHA-256 is the manifest's (labels, names).

The later labels batches (31-) keep a `sha256` of each stored text. The text was cut from the
same kind of excerpt, so it is usually a run of whole lines or sentences of it, sometimes with
light whitespace changes or without a few short lines (byline, caption, "Lees ook"). `find_text`
tries those runs, then the runs without a repeated line, without up to three short paragraphs or
two short lines, and last (excerpts of at most 30 paragraphs) without any three paragraphs; it
returns the first run with the hash.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Iterator

DATE = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})? ")
START = re.compile(r"\n|[.!?…][\"”’')\]]* ")
END = re.compile(r"[.!?…:][\"”’')\]]*(?=\s|$)")


def variants(raw: str) -> Iterator[tuple[str, str]]:
    """The excerpt with and without its date marker, each with light whitespace changes."""
    for name, base in (("nodate", DATE.sub("", raw)), ("raw", raw)):
        yield name, base
        yield name + "+collapse", re.sub(r"\n{3,}", "\n\n", base)
        yield name + "+rstrip-lines", re.sub(r"[ \t]+\n", "\n", base)
        yield name + "+double", re.sub(r"(?<!\n)\n(?!\n)", "\n\n", base)
        yield name + "+single", re.sub(r"\n\n+", "\n", base)
        blank = re.sub(r"\n{3,}", "\n\n", re.sub(r"\n[ \t]+(?=\n)", "\n", base))
        yield name + "+blank-lines", blank


def find_text(raw: str, sha256: str, short: int = 80) -> tuple[str, str] | None:
    """Return (how, text) of the excerpt run with the given SHA-256, else None."""
    lines = raw.split("\n")
    bases = [("", raw)]
    for line in sorted({x for x in lines if x.strip() and lines.count(x) > 1}):
        kept = re.sub(r"\n{3,}", "\n\n", "\n".join(x for x in lines if x != line))
        bases.append((f", every line {line!r} left out", kept))
    for how, base in bases:
        hit = find_run(base, sha256)
        if hit:
            return f"{hit[0]}{how}", hit[1]
    for sep, most, limit in (("\n\n", 3, short), ("\n", 2, short), ("\n\n", 3, 10**9)):
        for how, base in bases:
            parts = base.split(sep)
            if limit > short and len(parts) > 30:
                continue
            shorts = [i for i, p in enumerate(parts) if p.strip() and len(p.strip()) <= limit]
            for k in range(1, most + 1):
                for drop in itertools.combinations(shorts, k):
                    hit = find_run(
                        sep.join(p for i, p in enumerate(parts) if i not in drop), sha256
                    )
                    if hit:
                        gone = "; ".join(repr(parts[i]) for i in drop)
                        return f"{hit[0]}{how}, left out: {gone}", hit[1]
    return None


def find_run(raw: str, sha256: str) -> tuple[str, str] | None:
    """Return (variant name, text) of the excerpt run with the given SHA-256, else None."""
    for name, base in variants(raw):
        starts = sorted({0} | {m.end() for m in START.finditer(base)})
        ends = sorted(
            {len(base)}
            | {m.start() for m in re.finditer("\n", base)}
            | {m.end() for m in END.finditer(base)}
        )
        for s in starts:
            for e in ends:
                if e <= s:
                    continue
                seg = base[s:e]
                for cand in (seg.strip() + "\n", seg + "\n", seg, seg.strip(), seg.rstrip() + "\n"):
                    if hashlib.sha256(cand.encode("utf-8")).hexdigest() == sha256:
                        return name, cand
    return None
