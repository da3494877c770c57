"""The one loopback check and the one connection test every face uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from aishell.connections import Target
from aishell.errors import AishellError
from aishell.services.connect import is_loopback, test_connection
from aishell.services.session import Session
from aishell.urls import DatabaseURL


@pytest.mark.parametrize("host", [
    "localhost", "LOCALHOST", "localhost.", "ip6-localhost", "127.0.0.1", "127.1.2.3", "127.255.255.254",
    "::1", "[::1]", "0:0:0:0:0:0:0:1",
])  # fmt: skip
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host) is True


@pytest.mark.parametrize("host", [
    "0.0.0.0", "::", "[::]", "10.0.0.1", "192.168.1.5", "128.0.0.1", "::2", "example.com", "localhost.example.com",
    "mylocalhost", "db", "", "[127.0.0.1",
])  # fmt: skip
def test_not_loopback(host: str) -> None:
    assert is_loopback(host) is False


def _session(path: Path) -> Session:
    return Session(Target(DatabaseURL.parse(f"sqlite:///{path}?create=1"), "t", "--db"))


def test_connection_reports_version_and_closes(tmp_path: Path) -> None:
    session = _session(tmp_path / "a.db")
    check = test_connection(session)
    assert check.version.startswith("SQLite 3.")
    assert check.elapsed_ms >= 0
    assert session._conn is None  # closed after a one-off check


def test_connection_can_keep_the_session_open(tmp_path: Path) -> None:
    session = _session(tmp_path / "a.db")
    try:
        test_connection(session, close=False)
        assert session._conn is not None
        assert test_connection(session, close=False).version  # the same connection answers again
    finally:
        session.close()


def test_connection_raises_when_the_database_does_not_answer(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.db"
    session = Session(Target(DatabaseURL.parse(f"sqlite:///{missing}"), "t", "--db"))
    with pytest.raises(AishellError):
        test_connection(session)
    assert session._conn is None


def test_connection_on_postgres(pg_url: str) -> None:
    check = test_connection(Session(Target(DatabaseURL.parse(pg_url), "pg", "--db")))
    assert check.version


def test_connection_on_mariadb(mysql_url: str) -> None:
    check = test_connection(Session(Target(DatabaseURL.parse(mysql_url), "my", "--db")))
    assert check.version
