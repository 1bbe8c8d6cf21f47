"""The README's workflow, run literally, in order, in a fresh copy of the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
VENV = Path(sys.executable).parents[1]


def workflow_commands() -> list[str]:
    """The command lines of the README block between the werkstroom markers."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- werkstroom -->\n```bash\n(.*?)```\n<!-- /werkstroom -->", text, re.S)
    assert block, "README.md has no workflow block"
    return [ln for ln in block.group(1).splitlines() if ln.strip() and not ln.startswith("#")]


def _fresh_copy(tmp: Path) -> Path:
    """The tracked files of the repository, copied as a fresh clone would have them."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split("\0")
    root = tmp / "wb"
    for name in filter(None, files):
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target)
    (root / ".venv").symlink_to(VENV)
    return root


def _files(root: Path) -> set[str]:
    """Files of the copy outside .venv and werk/."""
    found = set()
    for folder, dirs, names in os.walk(root):
        if Path(folder) == root:
            dirs[:] = [d for d in dirs if d not in (".venv", "werk")]
        found |= {(Path(folder) / n).relative_to(root).as_posix() for n in names}
    return found


@pytest.mark.slow
def test_readme_workflow_runs_literally(tmp_path: Path) -> None:
    if not (VENV / "bin" / "wb").exists() or shutil.which("git") is None:
        pytest.skip("needs the wb command in the virtualenv and git")
    root = _fresh_copy(tmp_path)
    before = _files(root)
    env = {**os.environ, "PYTHONPATH": str(root)}
    outputs = {}
    commands = workflow_commands()
    assert len(commands) >= 20
    for line in commands:
        if " review " in line:
            # the review page keeps running: start it, wait for its address, stop it
            proc = subprocess.Popen(
                ["bash", "-c", f"exec {line.split('#')[0]} --port 0"],
                cwd=root,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            try:
                deadline = time.monotonic() + 120
                seen = ""
                while "http://127.0.0.1:" not in seen and time.monotonic() < deadline:
                    seen += proc.stdout.readline()
                assert "Beoordelingspagina: http://127.0.0.1:" in seen, seen
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            continue
        result = subprocess.run(
            ["bash", "-c", line], cwd=root, env=env, capture_output=True, text=True, timeout=600
        )
        assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
        outputs[line] = result.stdout
    agreement = next(out for line, out in outputs.items() if " agreement " in line)
    assert re.search(r"^totaal\s", agreement, re.M)
    for made in ("anna.wbproj", "leernetwerk.qdpx", "coderingen.xlsx", "D1.html", "oordelen.csv"):
        assert (root / "werk" / made).is_file(), made
    assert (root / "werk" / "themas" / "themas.html").is_file()
    assert (root / "werk" / "gedeeld" / "metadata.csv").is_file()
    assert _files(root) == before  # nothing left outside werk/
    assert "werk/" in (root / ".gitignore").read_text(encoding="utf-8").split()
