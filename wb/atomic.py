"""The one atomic file writer: a file is either written whole or left as it was."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from wb.errors import OutputError


def _normal_mode(*, folder: bool = False) -> int:
    """The mode a new file gets from open() (0o666 without the umask), or a new folder from
    mkdir() (0o777 without it)."""
    umask = os.umask(0)
    os.umask(umask)
    return (0o777 if folder else 0o666) & ~umask


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing path at or above `folder` when it is a file (no folder can be made
    there), else None."""
    for above in (folder, *folder.parents):
        if above.exists():
            return None if above.is_dir() else above
    return None


def _a_file_error(blocking: Path, path: Path) -> OutputError:
    return OutputError(f"{blocking} is een bestand, geen map; kies een ander pad.", path=path)


def no_folder_error(path: Path) -> OutputError:
    """The error for a file to write whose folder is missing, or is (below) a file itself."""
    blocking = _file_in_the_way(path.parent)
    if blocking is not None:
        return _a_file_error(blocking, path)
    return OutputError(f"de map {path.parent} bestaat niet; maak die eerst aan.", path=path)


def check_file_target(path: str | Path, *, make_folders: bool = False) -> Path:
    """Refuse, before any work is done, a file to write that cannot be written: a folder, or in
    a folder that is missing (unless `make_folders`: then only a file standing in the way)."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(
            "is een map; geef de naam van een bestand (in die map of elders).", path=path
        )
    if make_folders:
        check_folder_target(path.parent, named=path)
    elif not path.parent.is_dir():
        raise no_folder_error(path)
    return path


def check_folder_target(folder: str | Path, *, named: Path | None = None) -> Path:
    """Refuse, before any work is done, a folder to write into that cannot be made: it, or a
    folder above it, is a file. The message names `named` (the file to write) or the folder."""
    folder = Path(folder)
    blocking = _file_in_the_way(folder)
    if blocking is not None:
        raise _a_file_error(blocking, named or folder)
    return folder


@contextmanager
def new_folders(folder: str | Path) -> Iterator[bool]:
    """Make `folder` with its missing parents for the block (yields whether any was made); when
    the block fails, the folders it made are removed again with what was written in them, so a
    failed export leaves no new (half-filled) folder behind. Folders that existed stay."""
    folder = Path(folder)
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yield bool(missing)
    except BaseException:
        if missing:
            shutil.rmtree(missing[-1], ignore_errors=True)  # the highest one made: all new
        raise


def write_atomic(path: str | Path, content: bytes | str | Callable[[Path], None]) -> Path:
    """Write bytes, UTF-8 text, or whatever `content(tmp_path)` writes, then move it into place.

    The temporary file lies next to `path`, so the final rename is atomic; on any failure it is
    removed and `path` is untouched. The file gets a normal file's mode (umask applied).
    """
    path = check_file_target(path)
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


def write_folder(
    folder: Path,
    files: dict[str, str] | Callable[[Path], None],
    side: Path | None = None,
    side_text: str | None = None,
    *,
    prefix: str = ".wb-folder-",
    merge: bool = False,
) -> None:
    """Write `files` (relative name -> UTF-8 text, or a function that writes into the folder it
    gets) as the folder `folder`, all or nothing: into a new folder next to it, then moved in
    place (an existing `folder` is replaced; with `merge` only its entries of the same names
    are, the others stay); `side` (a file elsewhere, e.g. an overview) gets `side_text` in the
    same step. On failure nothing is left: no temporary folder or file, and `folder` as it was.
    Its parent must exist; the temporary folders' names start with `prefix`."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
    side_tmp, old, swapped, placed = None, None, False, []
    merging = merge and folder.is_dir()
    try:
        os.chmod(tmp, _normal_mode(folder=True))  # as mkdir makes it (mkdtemp: 0o700)
        if callable(files):
            files(tmp)
        else:
            for name, text in files.items():
                target = tmp / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        if side is not None:
            side_tmp = side.with_name(f".{side.name}.tmp")
            side_tmp.write_text(side_text or "", encoding="utf-8")
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f"{prefix}old-", dir=folder.parent))
        if merging:
            for entry in sorted(tmp.iterdir()):
                if (folder / entry.name).exists():
                    os.replace(folder / entry.name, old / entry.name)
                os.replace(entry, folder / entry.name)
                placed.append(entry.name)
        else:
            if old is not None:
                os.replace(folder, old / "out")
            os.replace(tmp, folder)
            swapped = True
        if side_tmp is not None:
            os.replace(side_tmp, side)
    except BaseException:
        if swapped:
            shutil.rmtree(folder, ignore_errors=True)
        if old is not None and (old / "out").exists() and not merging:
            os.replace(old / "out", folder)  # the folder as it was
        for name in placed:  # merged: the new entries out, the displaced ones back
            _remove(folder / name)
        if merging and old is not None:
            for entry in old.iterdir():
                os.replace(entry, folder / entry.name)
        if side_tmp is not None:
            side_tmp.unlink(missing_ok=True)
        raise
    finally:
        for leftover in (tmp, old):
            if leftover is not None and leftover.exists():
                shutil.rmtree(leftover, ignore_errors=True)


def _remove(path: Path) -> None:
    """Remove a file or a folder with what is in it."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
