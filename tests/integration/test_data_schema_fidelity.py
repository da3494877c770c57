"""Lose nothing, change nothing silently: CHECK constraints, foreign keys' names and referential
actions, UNIQUE constraints, serial columns and primary key names survive restore and copy --
exactly on the same engine, as far as the target can express them across engines, with a line for
each thing it cannot; self-referencing and cyclic foreign keys load on every engine (DuckDB
included); native backups are wrapped so that ``backup verify``, ``info`` and ``restore`` read them."""

from __future__ import annotations

import os
import subprocess
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest
from click.testing import CliRunner
from data_helpers import rows, session_for

from aishell.cli.main import cli
from aishell.errors import QueryError
from aishell.services.data.backup import create_backup, restore
from aishell.services.data.copy import copy_tables
from conftest import MYSQL_HOST, MYSQL_PORT

pytestmark = pytest.mark.integration

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def uid() -> str:
    return uuid.uuid4().hex[:8]


def pg(url: str, *sql: str) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        for stmt in sql:
            conn.execute(stmt)


def my(url: str, *sql: str) -> None:
    database = url.rsplit("/", 1)[1]
    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", database=database,
                           autocommit=True)  # fmt: skip
    try:
        with conn.cursor() as cur:
            for stmt in sql:
                cur.execute(stmt)
    finally:
        conn.close()


def run(url: str, sql: str) -> None:
    s = session_for(url)
    try:
        s.connection().execute(sql).close()
    finally:
        s.close()


def refused(url: str, sql: str) -> bool:
    """Whether the target refuses ``sql`` (a constraint holds)."""
    try:
        run(url, sql)
    except QueryError:
        return True
    return False


def lite(tmp_path: Path, name: str) -> str:
    return f"sqlite:///{tmp_path / name}?create=1"


def duck(tmp_path: Path, name: str) -> str:
    return f"duckdb:///{tmp_path / name}?create=1"


@pytest.fixture(scope="module")
def pg_target() -> Iterator[str]:
    """A second PostgreSQL database: restores keep the source's table names."""
    name = f"aishell_sf_{uid()}"
    pg(PG_ADMIN, f'CREATE DATABASE "{name}"')
    yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    pg(PG_ADMIN, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def my_target() -> Iterator[str]:
    name = f"aishell_sf_{uid()}"
    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", autocommit=True)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    yield f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{name}"
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


def target_url(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if engine == "postgres":
        return str(request.getfixturevalue("pg_target"))
    if engine == "mysql":
        return str(request.getfixturevalue("my_target"))
    return lite(tmp_path, "t.sqlite") if engine == "sqlite" else duck(tmp_path, "t.duckdb")


def pg_constraints(url: str, table: str) -> list[tuple[Any, ...]]:
    return rows(url, f"SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint "
                     f"WHERE conrelid = '{table}'::regclass ORDER BY conname")  # fmt: skip


# --------------------------------------------------------------------------- PostgreSQL -> PostgreSQL
def test_postgres_restore_keeps_every_constraint_exactly(pg_url: str, pg_target: str, tmp_path: Path) -> None:
    x = uid()
    p, c = f"fp_{x}", f"fc_{x}"
    pg(pg_url,
       f"CREATE TABLE {p} (id serial CONSTRAINT {p}_key_name PRIMARY KEY, code text CONSTRAINT {p}_code_uq UNIQUE, "
       f"tag text CONSTRAINT {p}_tag_uq UNIQUE DEFERRABLE INITIALLY DEFERRED, "
       f"qty int CONSTRAINT qty_pos CHECK (qty > 0), status text CHECK (status IN ('new', 'old')), lo int, hi int, "
       f"during tsrange, CONSTRAINT lo_hi CHECK (lo <= hi), CONSTRAINT {p}_no_overlap EXCLUDE USING gist (during WITH &&))",
       f"ALTER SEQUENCE {p}_id_seq RENAME TO {p}_numbers",
       f"CREATE TABLE {c} (id bigserial PRIMARY KEY, pid int DEFAULT 1 CONSTRAINT to_parent REFERENCES {p}(id) "
       f"ON DELETE CASCADE ON UPDATE SET NULL, code text, CONSTRAINT by_code FOREIGN KEY (code) REFERENCES {p}(code) "
       "MATCH FULL ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED)",
       f"INSERT INTO {p} (code, qty, status, lo, hi) VALUES ('a', 1, 'new', 1, 2), ('b', 2, 'old', 3, 3)",
       f"INSERT INTO {c} (pid, code) VALUES (1, 'a'), (2, 'b'), (2, NULL)",
       f"ALTER TABLE {c} ADD CONSTRAINT later CHECK (id < 100) NOT VALID")  # fmt: skip
    out = tmp_path / "pg.aishell"
    s, d = session_for(pg_url), session_for(pg_target)
    try:
        create_backup(s, str(out), tables=[p, c])
        result = restore(d, str(out))
    finally:
        s.close()
        d.close()
    assert result.warnings == []
    for table in (p, c):
        assert pg_constraints(pg_target, table) == pg_constraints(pg_url, table)
    # serial stays serial: a sequence owned by the column (its name kept), nextval its default, no identity
    for table, seq in ((p, f"{p}_numbers"), (c, f"{c}_id_seq")):
        got = rows(pg_target, f"SELECT a.attidentity, pg_get_expr(d.adbin, d.adrelid), "
                              f"pg_get_serial_sequence('{table}', 'id') FROM pg_attribute a "
                              f"JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                              f"WHERE a.attrelid = '{table}'::regclass AND a.attname = 'id'")  # fmt: skip
        assert got == [("", f"nextval('{seq}'::regclass)", f"public.{seq}")]
    run(pg_target, f"INSERT INTO {p} (code, qty) VALUES ('c', 3)")
    assert rows(pg_target, f"SELECT id FROM {p} WHERE code = 'c'") == [(3,)]
    # the actions act: deleting parent 2 takes its children along
    run(pg_target, f"DELETE FROM {c} WHERE code = 'b'")
    run(pg_target, f"DELETE FROM {p} WHERE id = 2")
    assert rows(pg_target, f"SELECT count(*) FROM {c}") == [(1,)]


# --------------------------------------------------------------------------- PostgreSQL -> DuckDB -> PostgreSQL
def test_copy_through_duckdb_and_back(pg_url: str, pg_target: str, tmp_path: Path) -> None:
    x = uid()
    p, c = f"dp_{x}", f"dc_{x}"
    pg(pg_url,
       f"CREATE TABLE {p} (id serial PRIMARY KEY, code text UNIQUE, qty int CHECK (qty > 0), "
       "status text CHECK (status IN ('a', 'b')))",
       f"CREATE TABLE {c} (id int PRIMARY KEY, pid int CONSTRAINT {c}_fk REFERENCES {p}(id) ON DELETE CASCADE)",
       f"INSERT INTO {p} (code, qty, status) VALUES ('x', 1, 'a'), ('y', 2, 'b')",
       f"INSERT INTO {c} VALUES (1, 1), (2, 2)")  # fmt: skip
    mid = duck(tmp_path, "mid.duckdb")
    s, m = session_for(pg_url), session_for(mid)
    try:
        there = copy_tables(s, m, [p, c], create=True)
    finally:
        s.close()
        m.close()
    # what DuckDB cannot express is said, one line each
    assert f"skipped ON DELETE CASCADE of foreign key {c}_fk of {c} (pid): DuckDB has no referential actions" in (
        there.warnings)
    assert f"skipped the name of foreign key {c}_fk of {c} (pid): DuckDB names its constraints itself" in (
        there.warnings)
    assert all(w.startswith("skipped ") for w in there.warnings)
    # the checks and the UNIQUE constraint hold in DuckDB
    assert refused(mid, f"INSERT INTO {p} (id, code, qty, status) VALUES (9, 'z', 0, 'a')")
    assert refused(mid, f"INSERT INTO {p} (id, code, qty, status) VALUES (9, 'z', 1, 'q')")
    assert refused(mid, f"INSERT INTO {p} (id, code, qty, status) VALUES (9, 'x', 1, 'a')")
    m, d = session_for(mid), session_for(pg_target)
    try:
        back = copy_tables(m, d, [p, c], create=True)
    finally:
        m.close()
        d.close()
    assert back.warnings == []
    kinds = sorted((kind, definition) for _n, kind, definition in pg_constraints(pg_target, p))
    assert [k for k, _d in kinds] == ["c", "c", "p", "u"]
    assert any("'a'" in definition and "'b'" in definition for _k, definition in kinds)
    serial = rows(pg_target, f"SELECT attidentity, pg_get_serial_sequence('{p}', 'id') FROM pg_attribute "
                             f"WHERE attrelid = '{p}'::regclass AND attname = 'id'")  # fmt: skip
    assert serial == [("", f"public.{p}_id_seq")]
    run(pg_target, f"INSERT INTO {p} (code, qty, status) VALUES ('z', 1, 'a')")
    assert rows(pg_target, f"SELECT id FROM {p} WHERE code = 'z'") == [(3,)]
    assert refused(pg_target, f"INSERT INTO {p} (code, qty, status) VALUES ('w', 1, 'q')")


# --------------------------------------------------------------------------- across engines
SQLITE_SOURCE = [
    "CREATE TABLE sp (id INTEGER PRIMARY KEY, code TEXT CONSTRAINT sp_code_uq UNIQUE, "
    "qty INT CONSTRAINT qty_pos CHECK (qty > 0), CONSTRAINT short_code CHECK (length(code) < 10))",
    "CREATE TABLE sc (id INTEGER PRIMARY KEY, pid INT, note TEXT, "
    "CONSTRAINT sc_fk FOREIGN KEY (pid) REFERENCES sp(id) ON DELETE CASCADE ON UPDATE SET NULL)",
    "INSERT INTO sp VALUES (1, 'a', 1), (2, 'b', 2)",
    "INSERT INTO sc VALUES (1, 1, 'x'), (2, 2, 'y'), (3, 2, 'z')",
]


@pytest.mark.parametrize("engine", ["postgres", "mysql", "sqlite", "duckdb"])
def test_sqlite_constraints_restore_into_every_engine(engine: str, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:  # fmt: skip
    src = lite(tmp_path, "s.sqlite")
    for stmt in SQLITE_SOURCE:
        run(src, stmt)
    out = tmp_path / "s.aishell"
    s = session_for(src)
    try:
        create_backup(s, str(out))
    finally:
        s.close()
    url = target_url(engine, tmp_path, request)
    x = uid()  # the shared servers: tables of their own
    if engine in ("postgres", "mysql"):
        url_tables = {"sp": f"sp_{x}", "sc": f"sc_{x}"}
        src2 = lite(tmp_path, "s2.sqlite")
        for stmt in SQLITE_SOURCE:
            for old, new in url_tables.items():
                stmt = stmt.replace(f" {old} ", f" {new} ").replace(f" {old}(", f" {new}(")
            run(src2, stmt.replace("sp_code_uq", f"sp_code_uq_{x}").replace("sc_fk", f"sc_fk_{x}")
                .replace("qty_pos", f"qty_pos_{x}").replace("short_code", f"short_code_{x}"))
        out = tmp_path / "s2.aishell"
        s = session_for(src2)
        try:
            create_backup(s, str(out))
        finally:
            s.close()
    else:
        url_tables, x = {"sp": "sp", "sc": "sc"}, ""
    sp, sc = url_tables["sp"], url_tables["sc"]
    sfx = f"_{x}" if x else ""
    d = session_for(url)
    try:
        result = restore(d, str(out))
    finally:
        d.close()
    # every engine: the checks and the UNIQUE constraint hold, the data is all there
    assert rows(url, f"SELECT count(*) FROM {sc}") == [(3,)]
    assert refused(url, f"INSERT INTO {sp} (id, code, qty) VALUES (7, 'q', 0)")
    assert refused(url, f"INSERT INTO {sp} (id, code, qty) VALUES (7, 'much too long', 1)")
    assert refused(url, f"INSERT INTO {sp} (id, code, qty) VALUES (7, 'a', 1)")
    if engine == "duckdb":
        assert "skipped ON DELETE CASCADE of foreign key sc_fk of sc (pid): DuckDB has no referential actions" in (
            result.warnings)
        assert any(w.startswith("skipped the name of check constraint qty_pos of sp: ") for w in result.warnings)
        return
    assert result.warnings == []
    # the referential actions act and the names are kept
    run(url, f"DELETE FROM {sp} WHERE id = 2")
    assert rows(url, f"SELECT id FROM {sc} ORDER BY id") == [(1,)]
    if engine == "postgres":
        names = {n for n, _k, _d in pg_constraints(url, sp) + pg_constraints(url, sc)}
        assert {f"sp_code_uq{sfx}", f"qty_pos{sfx}", f"short_code{sfx}", f"sc_fk{sfx}"} <= names
    elif engine == "mysql":
        names = {r[0] for r in rows(url, "SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS "
                                         f"WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('{sp}', '{sc}')")}  # fmt: skip
        assert {f"sp_code_uq{sfx}", f"qty_pos{sfx}", f"short_code{sfx}", f"sc_fk{sfx}"} <= names
    else:  # SQLite into SQLite: the constraints as they were written, each at its place
        sql = rows(url, "SELECT group_concat(sql, ';') FROM sqlite_master WHERE type = 'table'")[0][0]
        for part in ('"qty" INT CONSTRAINT "qty_pos" CHECK (qty > 0)', 'CONSTRAINT "short_code" CHECK',
                     'CONSTRAINT "sp_code_uq" UNIQUE ("code")', 'CONSTRAINT "sc_fk" FOREIGN KEY ("pid") REFERENCES '
                     '"sp" ("id") ON DELETE CASCADE ON UPDATE SET NULL'):  # fmt: skip
            assert part in sql


def test_mariadb_constraints_to_postgres_and_mariadb(my_target: str, pg_target: str, mysql_url: str) -> None:
    x = uid()
    p, c = f"mp_{x}", f"mc_{x}"
    my(mysql_url,
       f"CREATE TABLE {p} (id int PRIMARY KEY, qty int CHECK (qty >= 0), doc json, "
       f"CONSTRAINT {p}_range CHECK (qty < 1000))",
       f"CREATE TABLE {c} (id int PRIMARY KEY, pid int, CONSTRAINT {c}_fk FOREIGN KEY (pid) REFERENCES {p} (id) "
       "ON DELETE SET NULL ON UPDATE CASCADE)",
       f"INSERT INTO {p} VALUES (1, 5, '{{\"a\": 1}}'), (2, 6, NULL)",
       f"INSERT INTO {c} VALUES (1, 1), (2, 2)")  # fmt: skip
    s = session_for(mysql_url)
    try:
        to_pg = copy_tables(s, session_for(pg_target), [p, c], create=True)
        to_my = copy_tables(s, session_for(my_target), [p, c], create=True)
    finally:
        s.close()
    # MariaDB's JSON (longtext + its own json_valid() check) arrives as a JSON column, whose type
    # holds what the check did: nothing is left out, and text that is not JSON is refused
    assert to_pg.warnings == []
    assert refused(pg_target, f"INSERT INTO {p} (id, qty, doc) VALUES (9, 1, 'not json')")
    assert refused(pg_target, f"INSERT INTO {p} (id, qty) VALUES (9, -1)")
    assert refused(pg_target, f"INSERT INTO {p} (id, qty) VALUES (9, 1000)")
    run(pg_target, f"DELETE FROM {p} WHERE id = 2")
    run(pg_target, f"UPDATE {p} SET id = 10 WHERE id = 1")
    assert rows(pg_target, f"SELECT id, pid FROM {c} ORDER BY id") == [(1, 10), (2, None)]
    # MariaDB into MariaDB: the same constraints, the column's check on its column
    assert to_my.warnings == []

    def constraint_lines(url: str, table: str) -> list[str]:
        ddl = rows(url, f"SHOW CREATE TABLE {table}")[0][1]
        # (a column's check is compared without the column's type: MariaDB's JSON is longtext + a check)
        return sorted(line.strip().rstrip(",") for line in ddl.splitlines() if "CHECK" in line or "CONSTRAINT" in line)

    for table in (p, c):
        assert [line.split(" CHECK ")[-1] for line in constraint_lines(my_target, table)] == [
            line.split(" CHECK ")[-1] for line in constraint_lines(mysql_url, table)]
    assert any(f"CONSTRAINT `{c}_fk` FOREIGN KEY (`pid`) REFERENCES `{p}` (`id`) ON DELETE SET NULL ON UPDATE "
               "CASCADE" in line for line in constraint_lines(my_target, c))  # fmt: skip


def test_postgres_names_into_mariadb(pg_url: str, my_target: str) -> None:
    """PostgreSQL names foreign keys per table, MariaDB per database: a name taken is left to MariaDB
    and said so; PostgreSQL's spelling of an IN list becomes MariaDB's."""
    x = uid()
    p, c1, c2 = f"np_{x}", f"nc1_{x}", f"nc2_{x}"
    pg(pg_url,
       f"CREATE TABLE {p} (id int PRIMARY KEY, status varchar(5) CONSTRAINT {p}_status CHECK (status IN ('new', 'old')))",
       f"CREATE TABLE {c1} (id int PRIMARY KEY, pid int CONSTRAINT fk_parent_{x} REFERENCES {p}(id) ON DELETE CASCADE)",
       f"CREATE TABLE {c2} (id int PRIMARY KEY, pid int CONSTRAINT fk_parent_{x} REFERENCES {p}(id) ON DELETE CASCADE)",
       f"INSERT INTO {p} VALUES (1, 'new')", f"INSERT INTO {c1} VALUES (1, 1)", f"INSERT INTO {c2} VALUES (1, 1)")  # fmt: skip
    s, d = session_for(pg_url), session_for(my_target)
    try:
        result = copy_tables(s, d, [p, c1, c2], create=True)
    finally:
        s.close()
        d.close()
    assert result.warnings == [f"skipped the name of foreign key fk_parent_{x} of {c2} (pid): MySQL/MariaDB name foreign "
                               "keys per database, and another table's has that name (MySQL/MariaDB chose one)"]
    clause = rows(my_target, "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                             f"WHERE CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_NAME = '{p}_status'")  # fmt: skip
    assert clause == [("`status` in ('new','old')",)]
    run(my_target, f"DELETE FROM {p} WHERE id = 1")  # both keep ON DELETE CASCADE
    assert rows(my_target, f"SELECT (SELECT count(*) FROM {c1}) + (SELECT count(*) FROM {c2})") == [(0,)]


def test_untranslatable_check_is_named_on_stderr(pg_url: str, tmp_path: Path) -> None:
    t = f"ut_{uid()}"
    pg(pg_url, f"CREATE TABLE {t} (id int PRIMARY KEY, a int, b int, CONSTRAINT one_of CHECK (num_nonnulls(a, b) = 1), "
               "CONSTRAINT a_pos CHECK (a > 0))",
       f"INSERT INTO {t} VALUES (1, 1, NULL)")  # fmt: skip
    url = lite(tmp_path, "u.sqlite")
    r = CliRunner().invoke(cli, ["copy", "--from", pg_url, "--to", url, "--tables", t, "--create"])
    assert r.exit_code == 0, r.stderr
    lines = [line for line in r.stderr.splitlines() if line.startswith("skipped ")]
    assert len(lines) == 1 and lines[0].startswith(f"skipped check constraint one_of of {t}: "), r.stderr
    assert refused(url, f"INSERT INTO {t} VALUES (2, -1, NULL)")  # the other check is there


# --------------------------------------------------------------------------- self-references and cycles
def _cyclic_source(pg_url: str) -> dict[str, str]:
    x = uid()
    names = {"a": f"cya_{x}", "b": f"cyb_{x}", "tree": f"tree_{x}"}
    a, b, tree = names["a"], names["b"], names["tree"]
    pg(pg_url,
       f"CREATE TABLE {a} (id int PRIMARY KEY, b_id int)",
       f"CREATE TABLE {b} (id int PRIMARY KEY, a_id int REFERENCES {a}(id))",
       f"ALTER TABLE {a} ADD FOREIGN KEY (b_id) REFERENCES {b}(id)",
       f"CREATE TABLE {tree} (id int PRIMARY KEY, up int REFERENCES {tree}(id), mentor int REFERENCES {tree}(id))",
       # forward references: row g points at rows g + 1 and 3g, which come later
       f"INSERT INTO {tree} SELECT g, NULL, NULL FROM generate_series(1, 60) g",
       f"UPDATE {tree} SET up = CASE WHEN id < 60 THEN id + 1 END, mentor = CASE WHEN id <= 20 THEN id * 3 END",
       f"INSERT INTO {a} SELECT g, NULL FROM generate_series(1, 5) g",
       f"INSERT INTO {b} SELECT g, 6 - g FROM generate_series(1, 5) g",
       f"UPDATE {a} SET b_id = id")  # fmt: skip
    return names


@pytest.mark.parametrize("engine", ["postgres", "mysql", "sqlite", "duckdb"])
def test_self_references_and_cycles_load_everywhere(engine: str, pg_url: str, tmp_path: Path,
                                                    request: pytest.FixtureRequest) -> None:  # fmt: skip
    names = _cyclic_source(pg_url)
    a, b, tree = names["a"], names["b"], names["tree"]
    url = target_url(engine, tmp_path, request)
    s, d = session_for(pg_url), session_for(url)
    out = tmp_path / "cy.aishell"
    try:
        copied = copy_tables(s, d, [a, b, tree], create=True)
        create_backup(s, str(out), tables=[a, b, tree])
    finally:
        s.close()
        d.close()
    assert sorted(copied) == sorted([(a, 5), (b, 5), (tree, 60)])
    assert rows(url, f"SELECT count(*), count(up), count(mentor) FROM {tree}") == [(60, 59, 20)]
    cycle = [w for w in copied.warnings if "reference each other" in w]
    if engine == "duckdb":  # of the two tables, the first made cannot reference the second: said so
        assert len(cycle) == 1 and "DuckDB cannot reference a table created after this one" in cycle[0]
        assert refused(url, f"INSERT INTO {tree} VALUES (100, 999, NULL)")
    else:
        assert cycle == [] and [w for w in copied.warnings if "name" not in w] == []
        d = session_for(url)
        try:
            cat = d.catalog(refresh=True)
            assert {fk.ref_table.lower() for t in (a, b) for fk in cat.find_table(t).foreign_keys} == {a, b}
        finally:
            d.close()
    # and through an archive, into a fresh database file / tables of their own
    if engine in ("sqlite", "duckdb"):
        url2 = lite(tmp_path, "r.sqlite") if engine == "sqlite" else duck(tmp_path, "r.duckdb")
        d = session_for(url2)
        try:
            restored = restore(d, str(out))
        finally:
            d.close()
        assert sorted((r.name, r.rows) for r in restored) == sorted([(a, 5), (b, 5), (tree, 60)])
        assert rows(url2, f"SELECT count(up) FROM {tree}") == [(59,)]


def test_duckdb_rows_in_a_cycle_are_an_error_naming_one(tmp_path: Path) -> None:
    src = lite(tmp_path, "selfie.sqlite")
    run(src, "CREATE TABLE selfie (id INTEGER PRIMARY KEY, up INT REFERENCES selfie(id))")
    run(src, "INSERT INTO selfie VALUES (1, NULL), (2, 2), (3, 1)")
    url = duck(tmp_path, "selfie.duckdb")
    s, d = session_for(src), session_for(url)
    try:
        with pytest.raises(QueryError, match=r"selfie: 1 rows cannot be loaded into DuckDB: .*id=2"):
            copy_tables(s, d, ["selfie"], create=True)
        assert d.catalog(refresh=True).find_table("selfie") is None  # nothing was left behind
    finally:
        s.close()
        d.close()


def test_appending_into_a_self_referencing_duckdb_table(tmp_path: Path) -> None:
    src = lite(tmp_path, "app.sqlite")
    run(src, "CREATE TABLE emp (id INTEGER PRIMARY KEY, boss INT REFERENCES emp(id))")
    run(src, "INSERT INTO emp VALUES (1, NULL), (2, 1), (3, 2), (4, 3)")
    url = duck(tmp_path, "app.duckdb")
    run(url, "CREATE TABLE emp (id INTEGER PRIMARY KEY, boss INTEGER REFERENCES emp(id))")
    run(url, "INSERT INTO emp VALUES (10, NULL)")
    s, d = session_for(src), session_for(url)
    try:
        assert copy_tables(s, d, ["emp"]) == [("emp", 4)]
    finally:
        s.close()
        d.close()
    assert rows(url, "SELECT id, boss FROM emp ORDER BY id") == [(1, None), (2, 1), (3, 2), (4, 3), (10, None)]


def test_demo_database_copies_into_duckdb(tmp_path: Path) -> None:
    from aishell.demo import demo_path

    demo = f"sqlite:///{demo_path()}"
    url = duck(tmp_path, "demo.duckdb")
    r = CliRunner().invoke(cli, ["copy", "--from", demo, "--to", url, "--all", "--create"])
    assert r.exit_code == 0, r.stderr
    assert "employees: 25 rows" in r.stderr
    assert "skipped ON DELETE CASCADE of foreign key of order_items (order_id): DuckDB has no referential actions" in (
        r.stderr)
    found = rows(url, "SELECT table_name, constraint_type, constraint_text FROM duckdb_constraints() "
                      "WHERE constraint_type IN ('CHECK', 'UNIQUE') ORDER BY ALL")  # fmt: skip
    assert [(t, k) for t, k, _x in found] == [("categories", "UNIQUE"), ("customers", "UNIQUE"), ("order_items", "CHECK"),
                                              ("orders", "CHECK"), ("products", "CHECK"), ("reviews", "CHECK")]
    assert rows(url, "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'employees' "
                     "AND constraint_type = 'FOREIGN KEY'") == [(1,)]  # fmt: skip
    assert rows(url, "SELECT count(*), count(manager_id) FROM employees") == [(25, 24)]
    # the index names are the source's own (not prefixed with the table's)
    assert ("idx_orders_date",) in rows(url, "SELECT index_name FROM duckdb_indexes()")


# --------------------------------------------------------------------------- native backups
def cli_run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``aishell ARGS`` in-process (click's runner; ``env`` is in force while it runs): its exit
    code, stdout and stderr as a process's; a crash is exit 1 with its traceback on stderr."""
    r = CliRunner().invoke(cli, list(args), env=env)
    err = r.stderr
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        err += "".join(traceback.format_exception(r.exception))
    return subprocess.CompletedProcess(list(args), r.exit_code, r.stdout, err)


@pytest.mark.parametrize("engine", ["postgres", "mysql"])
def test_native_backups_verify_info_and_restore(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    source = str(request.getfixturevalue("pg_url" if engine == "postgres" else "mysql_url"))
    target = target_url(engine, tmp_path, request)
    t = f"nat_{uid()}"
    create = (f"CREATE TABLE {t} (id int PRIMARY KEY, qty int CHECK (qty > 0), "
              "note varchar(20) DEFAULT 'x')")  # fmt: skip
    (pg if engine == "postgres" else my)(source, create, f"INSERT INTO {t} VALUES (1, 1, 'a'), (2, 2, NULL)")
    tool = "pg_dump" if engine == "postgres" else "mariadb-dump"
    env = dict(os.environ, AISHELL_BACKUP_PASSPHRASE="native secret")

    # wrapped in an (encrypted) aishell archive
    wrapped = tmp_path / "n.aishell"
    r = cli_run("backup", "create", "--native", "--encrypt", "--db", source, "--tables", t, "-o", str(wrapped), env=env)
    assert r.returncode == 0, r.stderr
    assert r.stderr.startswith(f"wrote {wrapped}: a {tool} dump")
    r = cli_run("backup", "verify", str(wrapped), env=env)
    assert r.returncode == 0 and r.stdout.startswith(f"ok: {wrapped}: a {tool} dump") and "checksum ok" in r.stdout
    r = cli_run("backup", "info", str(wrapped), env=env)
    assert r.returncode == 0 and f"holds:    a {tool} dump" in r.stdout and t in r.stdout
    assert "encrypted: yes" in r.stdout and "restore:  with " in r.stdout
    r = cli_run("backup", "restore", str(wrapped), "--to", target, env=env)
    assert r.returncode == 0, r.stderr
    assert f"{t}: 2 rows" in r.stderr
    assert refused(target, f"INSERT INTO {t} VALUES (3, 0, 'b')")  # the dump's own constraints came too
    r = cli_run("backup", "restore", str(wrapped), "--to", target, env=env)
    assert r.returncode == 2 and "exist already" in r.stderr and "--replace" in r.stderr
    run(target, f"DELETE FROM {t} WHERE id = 1")
    r = cli_run("backup", "restore", str(wrapped), "--to", target, "--replace", env=env)
    assert r.returncode == 0, r.stderr
    assert rows(target, f"SELECT count(*) FROM {t}") == [(2,)]

    # the tool's own file: read, described and restored too (without a checksum)
    raw = tmp_path / ("n.dump" if engine == "postgres" else "n.sql")
    assert cli_run("backup", "create", "--native", "--db", source, "--tables", t, "-o", str(raw)).returncode == 0
    r = cli_run("backup", "verify", str(raw))
    assert r.returncode == 0 and "no checksum" in r.stdout, r.stdout + r.stderr
    r = cli_run("backup", "info", str(raw))
    assert r.returncode == 0 and f"holds:    a {tool} dump" in r.stdout
    r = cli_run("backup", "restore", str(raw), "--to", target, "--replace")
    assert r.returncode == 0 and f"{t}: 2 rows" in r.stderr, r.stderr
    # a truncated one fails verify, naming why
    cut = tmp_path / ("cut.dump" if engine == "postgres" else "cut.sql")
    cut.write_bytes(raw.read_bytes()[: raw.stat().st_size // 2])
    r = cli_run("backup", "verify", str(cut))
    assert r.returncode == 1 and ("incomplete" in r.stderr or "cannot read the dump" in r.stderr), r.stderr
    # another engine, --tables: clear refusals
    r = cli_run("backup", "restore", str(raw), "--to", lite(tmp_path, "x.sqlite"))
    assert r.returncode == 2 and "restores into" in r.stderr
    r = cli_run("backup", "restore", str(raw), "--to", target, "--tables", t)
    assert r.returncode == 2 and "restores whole" in r.stderr
    # --encrypt into a file of the tool's own cannot be: said so, nothing written
    r = cli_run("backup", "create", "--native", "--encrypt", "--db", source, "-o", str(tmp_path / "e.dump"), env=env)
    assert r.returncode == 2 and ".aishell" in r.stderr and not (tmp_path / "e.dump").exists()


def test_native_restore_without_the_tool_says_so(pg_url: str, tmp_path: Path) -> None:
    t = f"nt_{uid()}"
    pg(pg_url, f"CREATE TABLE {t} (id int PRIMARY KEY)")
    out = tmp_path / "n.aishell"
    assert cli_run("backup", "create", "--native", "--db", pg_url, "--tables", t, "-o", str(out)).returncode == 0
    bare = tmp_path / "bin"
    bare.mkdir()
    env = dict(os.environ, PATH=str(bare))
    r = cli_run("backup", "restore", str(out), "--to", pg_url, env=env)
    assert r.returncode == 2 and "needs pg_restore, which is not installed" in r.stderr, r.stderr
    r = cli_run("backup", "verify", str(out), env=env)
    assert r.returncode == 2 and "needs pg_restore, which is not installed" in r.stderr, r.stderr
    r = cli_run("backup", "list", str(tmp_path))
    assert r.stdout.startswith(f"{out}  ") and r.stdout.rstrip().endswith("postgres  1 tables  native pg_dump dump")
    # a damaged archive: its checksum says so before any tool runs
    data = bytearray(out.read_bytes())
    data[data.index(b"PGDMP") + 40] ^= 0xFF
    out.write_bytes(bytes(data))
    r = cli_run("backup", "verify", str(out))
    assert r.returncode == 1 and "SHA-256" in r.stderr, r.stderr
