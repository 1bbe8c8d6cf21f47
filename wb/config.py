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
    """Find a folder of the wb checkout (e.g. 'corpora') from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for base in (here, *here.parents):
        candidate = base / name
        if candidate.is_dir() and (base / "pyproject.toml").is_file():
            return candidate
    package_root = Path(__file__).resolve().parent.parent
    candidate = package_root / name
    return candidate if candidate.is_dir() else None


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
