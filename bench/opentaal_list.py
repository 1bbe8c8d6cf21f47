"""What bench/make_name_list.py and bench/make_word_classes.py share: reading Debian's
hunspell-nl word list and writing a sorted word list as a deterministic gzip file."""

from __future__ import annotations

import gzip
from pathlib import Path

DIC = Path("/usr/share/hunspell/nl.dic")


def dic_lines(argv: list[str]) -> list[str]:
    """The entries of the OpenTaal ``nl.dic`` (first argument, else Debian's), header dropped,
    the digraph ``ĳ`` written as ``ij``."""
    dic = Path(argv[0]) if argv else DIC
    text = dic.read_text(encoding="utf-8").replace("ĳ", "ij").replace("Ĳ", "IJ")
    return text.splitlines()[1:]


def write_list(out: Path, rows: list[str]) -> int:
    """Write the rows gzipped (mtime 0, so the same rows give the same bytes) and print the size."""
    data = gzip.compress("".join(rows).encode("utf-8"), mtime=0)
    out.write_bytes(data)
    print(f"{out}: {len(rows)} words, {len(data)} bytes")
    return 0
