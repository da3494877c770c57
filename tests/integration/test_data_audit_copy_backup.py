"""Audit of issue 5, copy and backup: keys, foreign keys and indexes across engines, the foreign keys
created after the data, ``--all``, ``--replace`` and appending; backup ``--tables``, ``verify``,
``info``, ``list``, restore ``--tables``, refusal without ``--replace``, a failure mid-restore leaving
the target as it was, and a wrong passphrase through the CLI.  Everything through the real CLI."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest
from click.testing import CliRunner
from data_helpers import execute, rows, table_info

from aishell.cli.main import cli

pytestmark = pytest.mark.integration

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"

SOURCE = [
    "CREATE TABLE aud_p (id int PRIMARY KEY, name varchar(20) UNIQUE)",
    "CREATE TABLE aud_c (id int PRIMARY KEY, pid int REFERENCES aud_p(id), v numeric(8,2), note text)",
    "CREATE INDEX aud_c_v ON aud_c (v)",
    # forward references: row g points at row g + 1, loaded later; only an FK added after the data allows it
    "CREATE TABLE aud_self (id int PRIMARY KEY, up int REFERENCES aud_self(id))",
    "INSERT INTO aud_p VALUES (1, 'a'), (2, 'b'), (3, '')",
    "INSERT INTO aud_c VALUES (10, 1, 1.50, 'x'), (11, 2, NULL, ''), (12, NULL, -3.25, NULL), (13, 3, 0, 'y')",
    "INSERT INTO aud_self SELECT g, CASE WHEN g < 200 THEN g + 1 END FROM generate_series(1, 200) g",
]


def invoke(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, list(args), env=env)


def norm(rows_: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows compared across engines: decimals by value (SQLite keeps NUMERIC(8,2) as exact text such as
    '1.50'), everything else as it is."""
    return [tuple(_num(v) for v in r) for r in rows_]


def _num(v: Any) -> Any:
    if isinstance(v, (Decimal, float)) or (isinstance(v, str) and re.fullmatch(r"-?\d+\.\d+", v)):
        return Decimal(str(v))
    return v


@pytest.fixture(scope="module")
def pg_source() -> Iterator[str]:
    name = f"aishell_a_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:  # pragma: no cover - the conftest fixtures decide skip or fail
        pytest.skip(f"PostgreSQL is not reachable: {exc}")
    url = f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(url, autocommit=True) as conn:
        for stmt in SOURCE:
            conn.execute(stmt)
    yield url
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_empty() -> Iterator[str]:
    name = f"aishell_a_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def maria() -> Iterator[str]:
    name = f"aishell_a_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="", connect_timeout=5)
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@127.0.0.1:3306/{name}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


# --------------------------------------------------------------------------- copy
def test_copy_postgres_into_sqlite_keeps_keys_foreign_keys_and_indexes(pg_source: str, tmp_path: Path) -> None:
    dst = f"sqlite:///{tmp_path / 'c.sqlite'}"
    r = invoke("copy", "--from", pg_source, "--to", dst, "--tables", "aud_p,aud_c", "--create")
    assert r.exit_code == 0, r.stderr
    assert "aud_p: 3 rows" in r.stderr and "aud_c: 4 rows" in r.stderr
    for t in ("aud_p", "aud_c"):
        sql = f"SELECT * FROM {t} ORDER BY id"
        assert norm(rows(dst, sql)) == norm(rows(pg_source, sql))
    child = table_info(dst, "aud_c")
    assert child.primary_key == ("id",)
    assert [(fk.columns, fk.ref_table, fk.ref_columns) for fk in child.foreign_keys] == [(("pid",), "aud_p", ("id",))]
    assert any(ix.columns == ("v",) for ix in child.indexes)
    parent = table_info(dst, "aud_p")
    assert any(ix.columns == ("name",) and ix.unique for ix in parent.indexes)


def test_copy_mariadb_into_duckdb_keeps_keys_foreign_keys_and_indexes(maria: str, tmp_path: Path) -> None:
    execute(maria,
            "CREATE TABLE mp (id int PRIMARY KEY, name varchar(20), UNIQUE KEY uq_name (name))",
            "CREATE TABLE mc (id int PRIMARY KEY, pid int, v decimal(8,2), ts datetime(6), KEY ix_v (v), "
            "CONSTRAINT fk_mc FOREIGN KEY (pid) REFERENCES mp (id))",
            "INSERT INTO mp VALUES (1, 'a'), (2, '')",
            "INSERT INTO mc VALUES (10, 1, 1.5, '2024-01-01 00:00:00.5'), (11, 2, NULL, NULL), "
            "(12, NULL, -3, '1999-12-31 23:59:59')")  # fmt: skip
    dst = f"duckdb:///{tmp_path / 'c.duckdb'}"
    r = invoke("copy", "--from", maria, "--to", dst, "--tables", "mp,mc", "--create")
    assert r.exit_code == 0, r.stderr
    for t in ("mp", "mc"):
        sql = f"SELECT * FROM {t} ORDER BY id"
        assert norm(rows(dst, sql)) == norm(rows(maria, sql))
    child = table_info(dst, "mc")
    assert child.primary_key == ("id",)
    assert [(fk.columns, fk.ref_table) for fk in child.foreign_keys] == [(("pid",), "mp")]
    assert any(ix.columns == ("v",) for ix in child.indexes)
    assert any(ix.columns == ("name",) and ix.unique for ix in table_info(dst, "mp").indexes)


def test_copy_creates_foreign_keys_after_the_data(pg_source: str, maria: str) -> None:
    """InnoDB checks a foreign key row by row: rows pointing forward load only if the key comes after."""
    # the premise: into a table that already has the key, the same copy is refused and nothing lands
    execute(maria, "CREATE TABLE aud_self (id int PRIMARY KEY, up int, FOREIGN KEY (up) REFERENCES aud_self (id))")
    r = invoke("copy", "--from", pg_source, "--to", maria, "--tables", "aud_self")
    assert r.exit_code == 1 and "foreign key" in r.stderr.lower(), r.stderr
    assert rows(maria, "SELECT count(*) FROM aud_self") == [(0,)]
    r = invoke("copy", "--from", pg_source, "--to", maria, "--tables", "aud_self", "--replace")
    assert r.exit_code == 0, r.stderr
    assert rows(maria, "SELECT count(*), count(up) FROM aud_self") == [(200, 199)]
    assert [(fk.columns, fk.ref_table) for fk in table_info(maria, "aud_self").foreign_keys] == [(("up",), "aud_self")]


def test_copy_all_replace_and_append(pg_source: str, tmp_path: Path) -> None:
    dst = f"sqlite:///{tmp_path / 'all.sqlite'}"
    r = invoke("copy", "--from", pg_source, "--to", dst, "--tables", "aud_p")
    assert r.exit_code == 2 and "--create" in r.stderr  # a missing table needs --create
    r = invoke("copy", "--from", pg_source, "--to", dst)
    assert r.exit_code == 2 and "--all" in r.stderr
    r = invoke("copy", "--from", pg_source, "--to", dst, "--all", "--create")
    assert r.exit_code == 0, r.stderr
    source_tables = {t for (t,) in rows(pg_source, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    copied = {t for (t,) in rows(dst, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert copied == source_tables == {"aud_p", "aud_c", "aud_self"}
    # without --replace an existing table is appended to, never dropped: a key clash aborts the whole copy
    execute(dst, "DELETE FROM aud_c", "DELETE FROM aud_p WHERE id = 3", "INSERT INTO aud_c VALUES (99, 1, 9, 'mine')")
    before = {t: rows(dst, f"SELECT * FROM {t} ORDER BY id") for t in ("aud_p", "aud_c")}
    r = invoke("copy", "--from", pg_source, "--to", dst, "--tables", "aud_p,aud_c")
    assert r.exit_code == 1 and "unchanged" in r.stderr, r.stderr
    assert {t: rows(dst, f"SELECT * FROM {t} ORDER BY id") for t in ("aud_p", "aud_c")} == before
    # --replace re-creates from the source: the target's own row 99 is gone, the source's rows are back
    r = invoke("copy", "--from", pg_source, "--to", dst, "--tables", "aud_p,aud_c", "--replace")
    assert r.exit_code == 0, r.stderr
    assert norm(rows(dst, "SELECT * FROM aud_c ORDER BY id")) == norm(
        rows(pg_source, "SELECT * FROM aud_c ORDER BY id")
    )
    # appending rows that do not clash works without --replace
    execute(dst, "DELETE FROM aud_c")
    r = invoke("copy", "--from", pg_source, "--to", dst, "--tables", "aud_c")
    assert r.exit_code == 0 and "aud_c: 4 rows" in r.stderr, r.stderr


# --------------------------------------------------------------------------- backup
def test_backup_tables_info_list_verify_and_restore_tables(pg_source: str, tmp_path: Path) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    archive = folder / "two.aishell"
    r = invoke("backup", "create", "--db", pg_source, "--tables", "aud_p,aud_c", "-o", str(archive))
    assert r.exit_code == 0 and "2 tables, 7 rows" in r.stderr, r.stderr
    r = invoke("backup", "info", str(archive))
    assert r.exit_code == 0, r.stderr
    listed = [line.split() for line in r.stdout.splitlines() if line.startswith("  ")]
    assert listed == [["aud_p", "3", "rows"], ["aud_c", "4", "rows"]]  # aud_self was not asked for
    assert "postgres" in r.stdout and "encrypted: no" in r.stdout
    r = invoke("backup", "verify", str(archive))
    assert r.exit_code == 0 and r.stdout.startswith(f"ok: {archive}") and "2 tables, 7 rows" in r.stdout
    (folder / "junk.aishell").write_bytes(b"not an archive")
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    r = invoke("backup", "list", str(folder))
    assert r.exit_code == 0, r.stderr
    out = r.stdout.splitlines()
    assert any(line.startswith(str(archive)) and "2 tables  7 rows" in line for line in out), out
    assert any("junk.aishell" in line and "not an aishell archive" in line for line in out), out
    assert not any("notes.txt" in line for line in out)
    r = invoke("backup", "list", str(tmp_path / "nowhere"))
    assert r.exit_code == 2
    # restore --tables: only that table; asked again, it exists and is refused, untouched
    dst = f"sqlite:///{tmp_path / 'r.sqlite'}"
    r = invoke("backup", "restore", str(archive), "--to", dst, "--tables", "aud_p")
    assert r.exit_code == 0 and "aud_p: 3 rows" in r.stderr, r.stderr
    assert {t for (t,) in rows(dst, "SELECT name FROM sqlite_master WHERE type = 'table'")} == {"aud_p"}
    execute(dst, "UPDATE aud_p SET name = 'changed' WHERE id = 1")
    r = invoke("backup", "restore", str(archive), "--to", dst)
    assert r.exit_code == 2 and "--replace" in r.stderr and "aud_p" in r.stderr
    assert rows(dst, "SELECT name FROM aud_p WHERE id = 1") == [("changed",)]
    assert table_info(dst, "aud_c") is None  # refused before anything was written
    r = invoke("backup", "restore", str(archive), "--to", dst, "--replace")
    assert r.exit_code == 0, r.stderr
    assert rows(dst, "SELECT name FROM aud_p WHERE id = 1") == [("a",)]
    assert norm(rows(dst, "SELECT * FROM aud_c ORDER BY id")) == norm(
        rows(pg_source, "SELECT * FROM aud_c ORDER BY id")
    )
    r = invoke("backup", "restore", str(archive), "--to", dst, "--tables", "nope")
    assert r.exit_code == 2 and "nope" in r.stderr
    # a child restored without its parent: its foreign key is left out, and said so
    lone = f"sqlite:///{tmp_path / 'child.sqlite'}"
    r = invoke("backup", "restore", str(archive), "--to", lone, "--tables", "aud_c")
    assert r.exit_code == 0, r.stderr
    assert "skipped foreign key of aud_c (pid) to aud_p: that table is not restored" in r.stderr, r.stderr


def _archive_whose_second_table_fails(tmp_path: Path, second: str) -> Path:
    """aud_a (rows 'new'), then a table the target cannot create."""
    src = f"sqlite:///{tmp_path / 'src.sqlite'}"
    execute(src, "CREATE TABLE aud_a (id integer PRIMARY KEY, v text)", "INSERT INTO aud_a VALUES (1, 'new')",
            *[f"CREATE TABLE {name} (id integer PRIMARY KEY)" for name in second.split(",")])  # fmt: skip
    archive = tmp_path / "fail.aishell"
    r = invoke("backup", "create", "--db", src, "-o", str(archive))
    assert r.exit_code == 0, r.stderr
    return archive


LONG = "z" * 66  # PostgreSQL cuts names at 63 characters: LONG_1 and LONG_2 become the same name


def test_a_failure_mid_restore_leaves_postgres_as_it_was(pg_empty: str, tmp_path: Path) -> None:
    archive = _archive_whose_second_table_fails(tmp_path, f"{LONG}_1,{LONG}_2")
    execute(pg_empty, "CREATE TABLE aud_a (id int PRIMARY KEY, v text)", "INSERT INTO aud_a VALUES (9, 'old')")
    r = invoke("backup", "restore", str(archive), "--to", pg_empty, "--replace")
    assert r.exit_code == 1 and "already exists" in r.stderr, r.stderr
    assert rows(pg_empty, "SELECT id, v FROM aud_a") == [(9, "old")]
    assert rows(pg_empty, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'") == [("aud_a",)]


def test_a_failure_mid_restore_leaves_sqlite_as_it_was(pg_source: str, tmp_path: Path) -> None:
    """SQLite reserves names starting with sqlite_: a PostgreSQL table so named cannot be restored there."""
    execute(pg_source, "CREATE TABLE IF NOT EXISTS sqlite_aud (id int PRIMARY KEY)")
    archive = tmp_path / "pg.aishell"
    try:
        r = invoke("backup", "create", "--db", pg_source, "--tables", "aud_p,sqlite_aud", "-o", str(archive))
        assert r.exit_code == 0, r.stderr
    finally:
        execute(pg_source, "DROP TABLE sqlite_aud")
    dst = f"sqlite:///{tmp_path / 't.sqlite'}"
    execute(dst, "CREATE TABLE aud_p (id int PRIMARY KEY, name text)", "INSERT INTO aud_p VALUES (9, 'old')",
            "CREATE TABLE other (x int)", "INSERT INTO other VALUES (42)")  # fmt: skip
    r = invoke("backup", "restore", str(archive), "--to", dst, "--replace")
    assert r.exit_code == 1 and "reserved" in r.stderr, r.stderr
    assert rows(dst, "SELECT * FROM aud_p") == [(9, "old")]
    assert rows(dst, "SELECT * FROM other") == [(42,)]
    assert {t for (t,) in rows(dst, "SELECT name FROM sqlite_master WHERE type = 'table'")} == {"aud_p", "other"}


def test_a_failure_mid_restore_into_mariadb_drops_what_it_created(maria: str, tmp_path: Path) -> None:
    """MariaDB commits DDL: the tables the restore created are dropped again; others stay."""
    archive = _archive_whose_second_table_fails(tmp_path, f"{LONG}_1")  # 68 characters: over MariaDB's 64
    execute(maria, "CREATE TABLE other (x int)", "INSERT INTO other VALUES (42)")
    r = invoke("backup", "restore", str(archive), "--to", maria)
    assert r.exit_code == 1 and "Incorrect table name" in r.stderr, r.stderr
    assert rows(maria, "SHOW TABLES") == [("other",)]
    assert rows(maria, "SELECT x FROM other") == [(42,)]


def test_a_failure_mid_restore_with_replace_keeps_mariadb_tables(maria: str, tmp_path: Path) -> None:
    archive = _archive_whose_second_table_fails(tmp_path, f"{LONG}_1")
    execute(maria, "CREATE TABLE aud_a (id int PRIMARY KEY, v text)", "INSERT INTO aud_a VALUES (9, 'old')")
    r = invoke("backup", "restore", str(archive), "--to", maria, "--replace")
    assert r.exit_code == 1
    assert rows(maria, "SELECT id, v FROM aud_a") == [(9, "old")]


def test_wrong_passphrase_through_the_cli(pg_source: str, tmp_path: Path) -> None:
    archive = tmp_path / "enc.aishell"
    good = {"AISHELL_BACKUP_PASSPHRASE": "correct horse"}
    r = invoke("backup", "create", "--db", pg_source, "--tables", "aud_p", "-o", str(archive), "--encrypt", env=good)
    assert r.exit_code == 0, r.stderr
    assert b"aud_p" not in archive.read_bytes()
    dst = f"sqlite:///{tmp_path / 'e.sqlite'}"
    execute(dst, "CREATE TABLE keep (x int)", "INSERT INTO keep VALUES (1)")
    env = {**{k: v for k, v in __import__("os").environ.items() if k != "AISHELL_BACKUP_PASSPHRASE"},
           "AISHELL_BACKUP_PASSPHRASE": "battery staple"}  # fmt: skip
    for args in (["verify", str(archive)], ["info", str(archive)], ["restore", str(archive), "--to", dst]):
        proc = subprocess.run([sys.executable, "-m", "aishell", "backup", *args], capture_output=True, text=True,
                              env=env, timeout=60)  # fmt: skip
        assert proc.returncode == 2, (args, proc.stderr)
        assert proc.stderr.strip() == "error: wrong passphrase for this archive", proc.stderr
    assert {t for (t,) in rows(dst, "SELECT name FROM sqlite_master")} == {"keep"}
    r = invoke("backup", "list", str(tmp_path))
    assert "enc.aishell  (encrypted)" in r.stdout
    r = invoke("backup", "info", str(archive), env=good)
    assert r.exit_code == 0 and "encrypted: yes" in r.stdout
    r = invoke("backup", "restore", str(archive), "--to", dst, env=good)
    assert r.exit_code == 0 and rows(dst, "SELECT count(*) FROM aud_p") == [(3,)]
