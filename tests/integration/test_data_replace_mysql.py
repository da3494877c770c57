"""``--replace`` on MySQL/MariaDB, whose DDL commits at once: the old tables are set aside, not
dropped, until the new ones hold their data -- a failure puts them back, a success leaves no trace."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
from click.testing import CliRunner

from aishell.cli.main import cli

pytestmark = pytest.mark.integration


@pytest.fixture
def maria() -> Iterator[str]:
    name = f"aishell_r_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="", connect_timeout=5, autocommit=True)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    yield name
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


def my(db: str, *sql: str) -> list[tuple[Any, ...]]:
    conn = pymysql.connect(host="127.0.0.1", user="root", password="", database=db, autocommit=True)
    try:
        out: list[tuple[Any, ...]] = []
        with conn.cursor() as cur:
            for stmt in sql:
                cur.execute(stmt)
                out = list(cur.fetchall())
        return out
    finally:
        conn.close()


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args))


SCHEMA = (
    "CREATE TABLE parent (id int PRIMARY KEY, name varchar(20))",
    "CREATE TABLE child (id int PRIMARY KEY, pid int, CONSTRAINT fk_child_parent FOREIGN KEY (pid) "
    "REFERENCES parent (id))",
    "CREATE VIEW v_child AS SELECT c.id, p.name FROM child c JOIN parent p ON p.id = c.pid",
)


def test_restore_replace_swaps_tables_with_named_foreign_keys_and_leaves_nothing_aside(maria: str,
                                                                                      tmp_path: Path) -> None:  # fmt: skip
    source = f"{maria}_src"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="", autocommit=True)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{source}`")
    try:
        my(source, *SCHEMA, "INSERT INTO parent VALUES (1, 'new'), (2, 'newer')", "INSERT INTO child VALUES (10, 2)")
        my(maria, *SCHEMA, "INSERT INTO parent VALUES (7, 'old')", "INSERT INTO child VALUES (70, 7)")
        archive = tmp_path / "b.aishell"
        r = invoke("backup", "create", "--db", f"mysql://root@127.0.0.1:3306/{source}", "-o", str(archive))
        assert r.exit_code == 0, r.stderr
        r = invoke("backup", "restore", str(archive), "--to", f"mysql://root@127.0.0.1:3306/{maria}", "--replace")
        assert r.exit_code == 0, r.stderr
        assert my(maria, "SELECT id, name FROM parent ORDER BY id") == [(1, "new"), (2, "newer")]
        assert my(maria, "SELECT id, name FROM v_child") == [(10, "newer")]
        # the foreign key came back under its own name (the old table no longer holds it)
        fks = my(maria, "SELECT constraint_name FROM information_schema.referential_constraints "
                        f"WHERE constraint_schema = '{maria}'")  # fmt: skip
        assert fks == [("fk_child_parent",)]
        assert {t for (t, _kind) in my(maria, "SHOW FULL TABLES")} == {"parent", "child", "v_child"}
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{source}`")
        conn.close()


def test_copy_replace_failing_midway_puts_the_old_tables_back(maria: str, tmp_path: Path) -> None:
    src = f"sqlite:///{tmp_path / 's.sqlite'}"
    long_name = "z" * 70  # MariaDB refuses names over 64 characters: the second table cannot be created
    import sqlite3

    with sqlite3.connect(tmp_path / "s.sqlite") as c:
        c.execute("CREATE TABLE parent (id integer PRIMARY KEY, name text)")
        c.execute("INSERT INTO parent VALUES (1, 'new')")
        c.execute(f"CREATE TABLE {long_name} (id integer PRIMARY KEY)")
    my(maria, SCHEMA[0], "INSERT INTO parent VALUES (7, 'old')")
    r = invoke("copy", "--from", src, "--to", f"mysql://root@127.0.0.1:3306/{maria}", "--all", "--replace")
    assert r.exit_code != 0
    assert my(maria, "SELECT id, name FROM parent") == [(7, "old")]
    assert {t for (t, _k) in my(maria, "SHOW FULL TABLES")} == {"parent"}
