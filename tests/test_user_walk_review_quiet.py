"""The terminal of `wb review` stays quiet when a browser leaves mid-answer (user-walk)."""

from __future__ import annotations

import pytest

from wb.dossiers.review_server import ReviewServer


@pytest.fixture
def server():
    server = ReviewServer(("127.0.0.1", 0))
    yield server
    server.server_close()


@pytest.mark.parametrize(
    "error", [BrokenPipeError(32, "Broken pipe"), ConnectionResetError(104, "reset")]
)
def test_a_browser_that_left_prints_no_traceback(server, error, capsys) -> None:
    try:
        raise error
    except ConnectionError:
        server.handle_error(None, ("127.0.0.1", 50000))
    assert capsys.readouterr().err == ""


def test_any_other_error_still_shows(server, capsys) -> None:
    try:
        raise ValueError("kapot")
    except ValueError:
        server.handle_error(None, ("127.0.0.1", 50000))
    err = capsys.readouterr().err
    assert "ValueError: kapot" in err
    assert "('127.0.0.1', 50000)" in err
