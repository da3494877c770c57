"""psql's commands in the shell on the real engines: \\du, \\dp, \\dx, \\sf, \\sv, \\l+ and \\d+ NAME
read each engine's own catalog (through a read-only session: the gate admits them as reads), or
say in one line that the engine has no such thing; :'var' quotes as the engine does; \\gset and
\\watch run through the gate; PostgreSQL's failed transaction shows in the prompt as ``!``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_dbs import new_database

from aishell.config import Settings
from aishell.connections import Target
from aishell.repl.app import Repl
from aishell.services.session import Session
from aishell.urls import DatabaseURL

ENGINES = ["postgres", "mysql", "sqlite", "duckdb"]

SETUP = {
    "postgres": [
        "create table items (id serial primary key, qty int constraint qty_positive check (qty > 0), name text);",
        "create view big as select * from items where qty > 10;",
        "create function twice(x int) returns int language sql as $$ select x * 2 $$;",
    ],
    "mysql": [
        "create table items (id int auto_increment primary key, qty int, name varchar(20), "
        "constraint qty_positive check (qty > 0));",
        "create view big as select * from items where qty > 10;",
        "create function twice(x int) returns int deterministic return x * 2;",
    ],
    "sqlite": [
        "create table items (id integer primary key autoincrement, qty int constraint qty_positive check (qty > 0), "
        "name text);",
        "create view big as select * from items where qty > 10;",
    ],
    "duckdb": [
        "create sequence items_id;",
        "create table items (id int default nextval('items_id') primary key, qty int check (qty > 0), name text);",
        "create view big as select * from items where qty > 10;",
        "create macro twice(x) as x * 2;",
    ],
}
ROWS = "insert into items (qty, name) values (5, 'a'), (20, 'b');"


@contextlib.contextmanager
def _database(engine: str, tmp: Path) -> Iterator[str]:
    if engine == "duckdb":
        yield f"duckdb:///{tmp / 'psql.duckdb'}?create=1"
    else:
        with new_database(engine, tmp, "psql_") as url:
            yield url + ("?create=1" if engine == "sqlite" else "")


def _repl(url: str, *, read_only: bool) -> Repl:
    session = Session(Target(DatabaseURL.parse(url), None, "--db"), read_only=read_only)
    repl = Repl(session, Settings(), assume_yes=True)
    repl.timing = False
    repl.pager = None
    return repl


@pytest.fixture(scope="module", params=ENGINES)
def shells(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Repl, Repl]]:
    """(engine, a writable shell, a read-only shell) on a database with a table, a view and a function."""
    engine = request.param
    if engine == "postgres":
        request.getfixturevalue("pg_url")  # skips when the server is down
    if engine == "mysql":
        request.getfixturevalue("mysql_url")
    with _database(engine, tmp_path_factory.mktemp(f"psql_{engine}")) as url:
        rw = _repl(url, read_only=False)
        for sql in [*SETUP[engine], ROWS]:
            result = rw.execute(sql)
            assert result is not None and result.ok, sql
        rw.refresher.wait(30)  # the catalog re-read after the DDL, on its own connection
        rw.session.close()  # DuckDB opens a file in one mode at a time in a process: reopened when used
        ro = _repl(url.replace("?create=1", ""), read_only=True)
        try:
            yield engine, rw, ro
        finally:
            ro.session.close()
            rw.session.close()


def run(capsys: pytest.CaptureFixture[str], repl: Repl, line: str) -> str:
    capsys.readouterr()
    repl.handle(line)
    captured = capsys.readouterr()
    return captured.out + captured.err


NAMES = {"postgres": "PostgreSQL", "mysql": "MariaDB", "sqlite": "SQLite", "duckdb": "DuckDB"}


def test_roles_privileges_extensions(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    du, dp, dx = (run(capsys, ro, cmd) for cmd in ("\\du", "\\dp items", "\\dx"))
    if engine == "postgres":
        assert "List of roles" in du and "postgres" in du and "Superuser" in du
        assert "Access privileges" in dp and "items" in dp and "big" not in dp
        assert "plpgsql" in dx
    elif engine == "mysql":
        assert "root" in du and "SELECT" in du
        assert "Access privileges" in dp
        assert "List of plugins" in dx and "InnoDB" in dx
    else:
        assert du.strip() == f"\\du: {NAMES[engine]} has no roles"
        assert dp.startswith(f"\\dp: {NAMES[engine]} has no privileges")
        if engine == "sqlite":
            assert dx.startswith("\\dx: SQLite has no extension catalog")
        else:  # the gate lets it run; read-only DuckDB cannot look at its extension directory
            assert "read-only" in dx and "Permission" in dx
            dx = ""
    assert "ERROR" not in du + dp + dx


def test_function_and_view_source(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    sf = run(capsys, ro, "\\sf twice")
    expected = {
        "postgres": "CREATE OR REPLACE FUNCTION public.twice(x integer)",
        "mysql": "CREATE FUNCTION twice(x int(11)) RETURNS int(11) DETERMINISTIC",
        "duckdb": "CREATE MACRO twice(x) AS",
        "sqlite": "\\sf: SQLite has no stored functions",
    }[engine]
    assert expected in sf and "ERROR" not in sf
    if engine != "sqlite":
        assert "2" in sf.split(expected, 1)[1]
        assert "1      " in run(capsys, ro, "\\sf+ twice")  # numbered lines
        assert "does not exist" in run(capsys, ro, "\\sf nothing_here")
    sv = run(capsys, ro, "\\sv big")
    assert "qty" in sv and "10" in sv and "ERROR" not in sv
    assert "is a table, not a view" in run(capsys, ro, "\\sv items")


def test_describe_verbose_details(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    text = run(capsys, ro, "\\d+ items")
    assert "ERROR" not in text and "not available" not in text
    if engine == "sqlite":
        assert "Definition:" in text and "check (qty > 0)" in text
        assert "Auto-increment:" in text and "next value 3" in text
    else:
        assert "Check constraints:" in text and "qty > 0" in text.replace("(", "").replace(")", "").replace("`", "")
    if engine == "mysql":
        assert "Auto-increment:" in text and "id: next value 3" in text and "InnoDB" in text
    if engine == "postgres":
        assert "qty_positive: CHECK" in text and "Sizes:" in text and "in all" in text
    plain = run(capsys, ro, "\\d items")
    assert "Check constraints" not in plain and "Definition" not in plain
    view = run(capsys, ro, "\\d+ big")
    assert "View definition:" in view and "10" in view.split("View definition:", 1)[1]


def test_databases_verbose(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    text = run(capsys, ro, "\\l+")
    assert "List of databases" in text and "ERROR" not in text
    current = ro.session.connection().current_database() or "main"
    if engine in ("postgres", "mysql"):
        assert current in text and ("kB" in text or "MB" in text or "bytes" in text)
    else:
        assert "psql" in text or "main" in text  # the file, or the attached name


def test_variables_quote_as_the_engine_does(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    run(capsys, ro, "\\set word 'it''s a \\\\ back'")
    run(capsys, ro, "\\set col qty")
    run(capsys, ro, "\\set n 3")
    assert ro.variables["word"] == "it's a \\ back"
    text = run(capsys, ro, 'select :\'word\' as w, :"col" * :n as v from items where id = 1 \\gset r_')
    assert "ERROR" not in text
    assert ro.variables["r_w"] == "it's a \\ back" and ro.variables["r_v"] == "15"
    assert run(capsys, ro, "\\echo :r_v ':n' done").strip() == "15 :n done"
    assert "more than one row" in run(capsys, ro, "select id from items \\gset")
    assert "no rows returned" in run(capsys, ro, "select id from items where id < 0 \\gset")


def test_watch_reads_and_stops(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, _rw, ro = shells
    text = run(capsys, ro, "select count(*) as n from items \\watch 0.01 c=2")
    assert text.count("(every 0.01s)") == 2 and text.count("2") >= 2
    refused = run(capsys, ro, "insert into items (qty, name) values (7, 'w') \\watch 0.01 c=3")
    assert "(every" in refused and refused.count("(every") == 1  # the gate refused the first run: no repeat
    assert "read-only" in refused.lower()


def test_failed_transaction_prompt(shells: tuple[str, Repl, Repl], capsys: pytest.CaptureFixture[str]) -> None:
    engine, rw, ro = shells
    ro.session.close()  # the last test of an engine: DuckDB's file reopens writable
    if engine == "duckdb":
        dx = run(capsys, rw, "\\dx")
        assert "List of installed extensions" in dx and "ERROR" not in dx
    run(capsys, rw, "begin;")
    assert rw.prompt_text().endswith("*> ")
    assert "ERROR" in run(capsys, rw, "select * from no_such_table;")
    # PostgreSQL refuses everything until ROLLBACK (psql's '!'); the others go on after this error
    assert rw.prompt_text().endswith("!> " if engine == "postgres" else "*> ")
    if engine == "duckdb":  # DuckDB too once a statement failed while running
        assert "ERROR" in run(capsys, rw, "insert into items (qty, name) values (-1, 'bad');")
        assert rw.prompt_text().endswith("!> ")
    run(capsys, rw, "rollback;")
    assert rw.prompt_text().endswith("> ") and not rw.prompt_text().endswith(("!> ", "*> "))
