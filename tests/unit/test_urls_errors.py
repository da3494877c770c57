import pytest

from aishell.errors import (
    EXIT_CONNECTION,
    EXIT_QUERY,
    EXIT_USAGE,
    ConfigError,
    ConnectError,
    QueryError,
    UsageError,
    line_col,
    redact,
    register_secret,
)
from aishell.urls import DatabaseURL


def test_server_urls() -> None:
    u = DatabaseURL.parse("postgresql://alice:s3cr%40t@db.example.com:6543/sales?sslmode=require")
    assert (u.engine, u.user, u.password, u.host, u.port, u.database) == (
        "postgres", "alice", "s3cr@t", "db.example.com", 6543, "sales",
    )
    assert u.param("sslmode") == "require"
    assert u.display() == "postgresql://alice:***@db.example.com:6543/sales?sslmode=require"
    assert "s3cr" not in u.without_password() and "s3cr" not in repr(u)
    assert DatabaseURL.parse("mariadb://root@127.0.0.1/test").flavor == "mariadb"
    assert DatabaseURL.parse("mysql://root@127.0.0.1/test").engine == "mysql"
    o = DatabaseURL.parse("oracle://scott@dbhost:1521/ORCLPDB1")
    assert (o.engine, o.host, o.port, o.database) == ("oracle", "dbhost", 1521, "ORCLPDB1")


def test_file_urls() -> None:
    assert DatabaseURL.parse("sqlite:///rel/a.db").database == "rel/a.db"
    assert DatabaseURL.parse("sqlite:////abs/a.db").database == "/abs/a.db"
    assert DatabaseURL.parse("duckdb:///:memory:").database == ":memory:"
    assert DatabaseURL.parse("duckdb://").database == ":memory:"
    assert DatabaseURL.parse("sqlite:////abs/a.db").display() == "sqlite:////abs/a.db"


@pytest.mark.parametrize("bad", ["nope", "foo://x", "postgresql://h:notaport/db"])
def test_bad_urls_are_usage_errors(bad: str) -> None:
    with pytest.raises(UsageError):
        DatabaseURL.parse(bad)


def test_exit_codes() -> None:
    assert QueryError("x").exit_code == EXIT_QUERY
    assert UsageError("x").exit_code == EXIT_USAGE
    assert ConfigError("x").exit_code == EXIT_USAGE
    assert ConnectError("x").exit_code == EXIT_CONNECTION


def test_messages_never_carry_passwords() -> None:
    assert "hunter2" not in redact("could not connect to postgresql://bob:hunter2@h/db")
    assert redact("password=hunter2 host=x") == "password=*** host=x"
    assert redact("ALTER USER bob PASSWORD 'hunter2'") == "ALTER USER bob PASSWORD '***'"
    assert "hunter2" not in redact("CREATE USER x IDENTIFIED BY 'hunter2'")
    register_secret("correct-horse")
    assert ConnectError("auth failed for correct-horse").message == "auth failed for ***"


def test_query_error_position() -> None:
    sql = "select 1,\n  frm t"
    err = QueryError("syntax error", engine="PostgreSQL", sql=sql, position=sql.index("frm") + 1)
    assert err.one_line() == "PostgreSQL: syntax error (at line 2, column 3)"
    assert line_col("abc", 1) == (1, 1)
