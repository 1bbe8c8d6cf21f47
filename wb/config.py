"""Paths and defaults shared by the library, the CLI and the notebooks."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

PROJECT_SUFFIX = ".wbproj"

#: Packages whose versions `wb info` reports.
REPORTED_PACKAGES = (
    "spacy",
    "spacy-lookups-data",
    "simplemma",
    "pandas",
    "numpy",
    "scikit-learn",
    "bertopic",
    "hdbscan",
    "umap-learn",
    "ipywidgets",
    "jupyterlab",
)


def package_versions(names: tuple[str, ...] = REPORTED_PACKAGES) -> dict[str, str]:
    """Installed version of each package, or 'niet geïnstalleerd'."""
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "niet geïnstalleerd"
    return out


def find_repo_dir(name: str, start: Path | None = None) -> Path | None:
    """Find a folder of the wb checkout (e.g. 'corpora') from `start` upwards, else next to the
    installed package (an editable install), else its copy in the package (``wb/bundled/``:
    the codebooks of a wheel or ``pip install .``; see setup.py)."""
    here = (start or Path.cwd()).resolve()
    for base in (here, *here.parents):
        candidate = base / name
        if candidate.is_dir() and (base / "pyproject.toml").is_file():
            return candidate
    package_root = Path(__file__).resolve().parent.parent
    candidate = package_root / name
    if candidate.is_dir():
        return candidate
    return bundled_dir(name)


def bundled_dir(name: str) -> Path | None:
    """The copy of the checkout's folder `name` in the installed package (package data under
    ``wb/bundled/``), or None when this installation has none (a checkout has none)."""
    from importlib.resources import files

    candidate = files("wb") / "bundled" / name
    return Path(str(candidate)) if candidate.is_dir() else None


def shown_path(path: str | Path) -> str:
    """`path` as a user reads it: relative to the working folder when inside it, else in full."""
    full = Path(path).resolve()
    try:
        return full.relative_to(Path.cwd().resolve()).as_posix() or "."
    except ValueError:
        return str(full)


def bundled_example(*parts: str) -> str | None:
    """wb's own example under corpora/ as the user can reach it ("corpora/notulen" in the wb
    checkout, its full path elsewhere), or None when wb was installed without its corpora."""
    found = find_repo_dir("corpora")
    target = found.joinpath(*parts) if found is not None else None
    return shown_path(target) if target is not None and target.exists() else None


def bundled_file(relative: str) -> str:
    """A file of the wb checkout named in a Dutch message ("codebooks/README.md") as the user can
    open it from the working folder: relative in the checkout, in full elsewhere; as given when
    wb was installed without it."""
    first, _, rest = relative.partition("/")
    found = find_repo_dir(first)
    target = found / rest if found is not None and rest else None
    return shown_path(target) if target is not None and target.exists() else relative


def example_hint(*parts: str, lead: str = " (bijv. ", tail: str = ")") -> str:
    """' (bijv. corpora/notulen)' for a Dutch message when wb's example exists, else ''."""
    found = bundled_example(*parts)
    return f"{lead}{found}{tail}" if found else ""


def corpora_dir() -> Path:
    """The bundled corpora folder of this checkout."""
    found = find_repo_dir("corpora")
    if found is None:
        from wb.errors import NotFoundError

        raise NotFoundError(
            "de meegeleverde corpora zijn niet gevonden; start wb vanuit de map van de "
            "wb-checkout (waar pyproject.toml staat)."
        )
    return found
