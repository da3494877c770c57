"""``backup create --native`` without a server: the argv/environment split and how failures are named."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

import pytest

from aishell.errors import AuthenticationError, ConnectError, QueryError, UsageError
from aishell.services.data.native import _failure, dump_command
from aishell.urls import DatabaseURL


def fake_session(url: str) -> SimpleNamespace:
    return SimpleNamespace(target=SimpleNamespace(url=DatabaseURL.parse(url)))


@pytest.mark.parametrize(
    ("url", "tool", "variable"),
    [("postgresql://alice:pg%20s3cret!@db.example:5433/sales", "pg_dump", "PGPASSWORD"),
     ("mysql://alice:my%40s3cret!@db.example:3307/sales", "mariadb-dump", "MYSQL_PWD")],
)  # fmt: skip
def test_the_password_travels_in_the_environment_only(url: str, tool: str, variable: str) -> None:
    if shutil.which(tool) is None and not (tool == "mariadb-dump" and shutil.which("mysqldump")):
        pytest.skip(f"{tool} is not installed")
    password = DatabaseURL.parse(url).password
    assert password
    args, env = dump_command(fake_session(url), "/tmp/out", ["orders", "-x"])  # type: ignore[arg-type]
    assert isinstance(args, list) and all(isinstance(a, str) for a in args)
    assert not any(password in a or "s3cret" in a for a in args)
    assert env[variable] == password
    assert "db.example" in args and "alice" in args
    if tool == "pg_dump":
        assert "--no-password" in args and args[args.index("-t", args.index("orders") - 1) + 1] == "orders"
    else:  # table names after "--": a table called "-x" is not an option
        assert args.index("--") < args.index("orders") and args[-1] == "-x"


def test_no_password_sets_no_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    _args, env = dump_command(fake_session("postgresql://alice@db.example/sales"), "/tmp/out", None)  # type: ignore[arg-type]
    assert "PGPASSWORD" not in env


def test_other_engines_are_refused() -> None:
    with pytest.raises(UsageError, match="--native"):
        dump_command(fake_session("sqlite:///x.db"), "/tmp/out", None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("tool", "stderr", "kind", "text"),
    [
        ("mariadb-dump", 'mariadb-dump: Got error: 1045: "Access denied for user \'u\'@\'127.0.0.1\' '
         '(using password: YES)" when trying to connect\n', AuthenticationError, 'mariadb-dump failed: 1045: "Access'),
        ("mariadb-dump", "mariadb-dump: Got error: 2002: \"Can't connect to server on '127.0.0.1' (115)\" "
         "when trying to connect\n", ConnectError, "mariadb-dump failed: 2002"),
        ("mariadb-dump", 'mariadb-dump: Couldn\'t find table: "nope"\n', QueryError, "couldn't find table"),
        ("mysqldump", "mysqldump: Error: 'Access denied; you need (at least one of) the PROCESS privilege(s) for "
         "this operation' when trying to dump tablespaces\n", QueryError, "process privilege"),
        ("pg_dump", 'pg_dump: error: connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
         'authentication failed for user "u"\n', AuthenticationError, "pg_dump failed: connection to server"),
        ("pg_dump", 'pg_dump: error: connection to server at "127.0.0.1", port 5439 failed: Connection refused\n'
         "\tIs the server running on that host and accepting TCP/IP connections?\n", ConnectError, "refused is the"),
        ("pg_dump", "pg_dump: error: no matching tables were found\n", QueryError, "no matching tables"),
        ("pg_dump", "", QueryError, "pg_dump failed: no message"),
    ],
)  # fmt: skip
def test_failures_are_one_line_with_the_documented_exit_code(tool: str, stderr: str, kind: type, text: str) -> None:
    err = _failure(tool, stderr)
    assert type(err) is kind and "\n" not in err.one_line() and text.lower() in err.one_line().lower()
    assert err.exit_code == {AuthenticationError: 3, ConnectError: 3, QueryError: 1}[kind]
