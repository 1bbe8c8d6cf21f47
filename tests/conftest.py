"""Shared fixtures: no network, fresh projects, the bundled corpora."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from wb.store import open_project

REPO = Path(__file__).resolve().parent.parent
CORPORA = REPO / "corpora"


def _is_local(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to reach beyond this machine."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(self: socket.socket, address: object) -> object:
        if not _is_local(address):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect(self, address)

    def guarded_ex(self: socket.socket, address: object) -> object:
        if not _is_local(address):
            raise AssertionError(f"network access attempted: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_ex)


@pytest.fixture
def project(tmp_path: Path):
    """A new, empty project file in a temporary folder."""
    with open_project(tmp_path / "test.wbproj") as p:
        yield p


@pytest.fixture(scope="session")
def rules():
    """The bundled label lexicon's finder with the rule voices alone."""
    from label_finders import label_finder

    return label_finder("rules")


@pytest.fixture(scope="session")
def default():
    """The bundled label lexicon's finder with the default voices."""
    from label_finders import label_finder

    return label_finder()


@pytest.fixture(scope="session")
def finder():
    """The bundled label lexicon's finder with the default voices (as `default`)."""
    from label_finders import label_finder

    return label_finder()
