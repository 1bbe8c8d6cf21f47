"""The one atomic file writer: a file is either written whole or left as it was."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from wb.errors import OutputError


def _normal_mode() -> int:
    """The mode a new file gets from open(): 0o666 without the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def no_folder_error(path: Path) -> OutputError:
    """The error for a file to write whose folder is missing, or is a file itself."""
    if path.parent.exists():
        return OutputError(
            f"{path.parent} is een bestand, geen map; kies een ander pad.", path=path
        )
    return OutputError(f"de map {path.parent} bestaat niet; maak die eerst aan.", path=path)


def write_atomic(path: str | Path, content: bytes | str | Callable[[Path], None]) -> Path:
    """Write bytes, UTF-8 text, or whatever `content(tmp_path)` writes, then move it into place.

    The temporary file lies next to `path`, so the final rename is atomic; on any failure it is
    removed and `path` is untouched. The file gets a normal file's mode (umask applied).
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise no_folder_error(path)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        if callable(content):
            os.close(fd)
            content(tmp)
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        os.chmod(tmp, _normal_mode())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
