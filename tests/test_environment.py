"""pyproject.toml is the source of truth; environment.yml must mirror it."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_environment_yml_mirrors_pyproject() -> None:
    project = _pyproject()
    extras = project["project"]["optional-dependencies"]
    wanted = set(project["project"]["dependencies"]) | set(extras["dev"]) | set(extras["cluster"])
    env = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert "python=3.11" in conda and "pip" in conda
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert set(pip) == wanted, (
        f"only in pyproject: {sorted(wanted - set(pip))}; "
        f"only in environment.yml: {sorted(set(pip) - wanted)}"
    )


def test_no_deps_packages_are_named_in_environment_yml() -> None:
    no_deps = _pyproject()["tool"]["wb"]["no-deps"]
    text = (REPO / "environment.yml").read_text(encoding="utf-8")
    install_line = next(line for line in text.splitlines() if "pip install --no-deps" in line)
    for spec in no_deps:
        assert spec in install_line


def test_local_packages_are_installed_by_make_and_named_in_environment_yml() -> None:
    text = (REPO / "environment.yml").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "['tool']['wb']['local-packages']" in makefile
    for folder in _pyproject()["tool"]["wb"]["local-packages"]:
        assert f"pip install --no-deps -e {folder}" in text
        name = tomllib.loads((REPO / folder / "pyproject.toml").read_text("utf-8"))["project"]
        assert metadata.version(name["name"]) == name["version"]


def test_no_torch_installed() -> None:
    for name in ("torch", "sentence-transformers", "nvidia-cublas-cu12"):
        try:
            metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        raise AssertionError(f"{name} is installed; the default install must not pull it in")


def test_bertopic_is_installed_at_the_pinned_version() -> None:
    spec = next(s for s in _pyproject()["tool"]["wb"]["no-deps"] if s.startswith("bertopic"))
    assert metadata.version("bertopic") == spec.split("==")[1]


def test_dask_is_an_optional_extra_installed_for_the_tests() -> None:
    project = _pyproject()["project"]
    assert not any(d.startswith(("dask", "distributed")) for d in project["dependencies"])
    assert {d.split(">")[0] for d in project["optional-dependencies"]["cluster"]} == {
        "dask[dataframe]",
        "distributed",
    }
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "'.[dev,cluster]'" in makefile  # make test installs the extra
    demo = next(line for line in makefile.splitlines() if line.startswith("demo:"))
    assert "CLUSTER" not in demo  # make demo stays on the default install
