"""The real-text manifests, read fast: libyaml's C loader when PyYAML has it, parsed once per file
version (the manifests are 0.7 MB each; the pure-Python loader takes 1-2 s per read)."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=16)
def _parsed(path: str, mtime_ns: int, size: int) -> Any:
    """The parsed file at one version (path, modification time, size)."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=LOADER)


def read_manifest(path: Path) -> Any:
    """The YAML file at path, as yaml.safe_load gives it; a fresh copy on every call."""
    stat = path.stat()
    return copy.deepcopy(_parsed(str(path.resolve()), stat.st_mtime_ns, stat.st_size))
