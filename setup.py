"""Build hook (the rest is in pyproject.toml): wb's own codebooks go into the package.

`codebooks/` (the label list, the leernetwerk codebook and their README) stays where users of the
checkout find it; a wheel or a `pip install .` without the checkout gets a copy as package data
in `wb/bundled/codebooks/`, where `wb.config.find_repo_dir` looks after the checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("codebooks",)  # folders of the checkout copied into wb/bundled/


class BuildWithCodebooks(build_py):
    """build_py that also copies the checkout's codebooks into wb/bundled/ (not when editable:
    there wb finds the checkout itself)."""

    def run(self) -> None:
        """Build the package, then add the bundled folders."""
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for name in BUNDLED:
            source = HERE / name
            target = Path(self.build_lib) / "wb" / "bundled" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*", "__pycache__"))


setup(cmdclass={"build_py": BuildWithCodebooks})
