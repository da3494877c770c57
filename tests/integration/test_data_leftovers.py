"""``backup create`` and ``export`` on a database holding what a crashed restore, copy or import
left (MySQL/MariaDB: a journal entry, ``_aishell_old_*``/``_aishell_new_*`` tables; see
services/data/recovery.py): they only read, so they repair nothing -- they refuse (exit 1, one
line naming what was found and ``aishell doctor --repair``), or go on with a warning under
``--allow-leftovers``; after ``aishell doctor --repair`` they work.  Real ``aishell`` processes."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import MYSQL_HOST, MYSQL_PORT, untraced_env

pytestmark = pytest.mark.integration

AISHELL = [sys.executable, "-m", "aishell"]
TAG = "0badc0de"


def aishell(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AISHELL, *args], capture_output=True, text=True, timeout=60, env=untraced_env())


@pytest.fixture
def mariadb() -> Iterator[tuple[str, str, object]]:
    """(url, database name, an autocommit pymysql connection to it) of a fresh database."""
    pymysql = pytest.importorskip("pymysql")
    name = f"aishell_left_{uuid.uuid4().hex[:8]}"
    try:
        conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", autocommit=True)
    except pymysql.err.OperationalError as exc:
        pytest.skip(f"MariaDB is not reachable: {exc}")
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
        cur.execute(f"USE `{name}`")
    try:
        yield f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{name}", name, conn
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        conn.close()


def _run(conn: object, *sql: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    with conn.cursor() as cur:  # type: ignore[attr-defined]
        for stmt in sql:
            cur.execute(stmt)
            rows = list(cur.fetchall())
    return rows


def _crashed_restore(conn: object, name: str) -> None:
    """What a ``backup restore --replace`` of t killed after its start leaves: the old t (3 rows)
    set aside, an empty new t, its journal entry (its process gone, its lock free); and an empty
    staging table of an import no journal knows."""
    _run(conn, f"CREATE TABLE `_aishell_old_{TAG}_t` (id int PRIMARY KEY, name varchar(20))",
         f"INSERT INTO `_aishell_old_{TAG}_t` VALUES (1, 'a'), (2, 'b'), (3, 'c')",
         "CREATE TABLE t (id int PRIMARY KEY, name varchar(20))",
         "CREATE TABLE _aishell_new_0badc0df_imp (id int)")  # fmt: skip
    from aishell.state import StateStore

    gone = subprocess.Popen(["true"])
    gone.wait()
    detail = {"tag": TAG, "lock": f"aishell-{TAG}", "created": ["t"], "kinds": {"t": "table"},
              "aside": {"t": f"_aishell_old_{TAG}_t"}}  # fmt: skip
    store = StateStore()
    store.journal_add(target=f"mysql://{MYSQL_HOST.lower()}:{MYSQL_PORT}/{name}", url=f"mysql://root@{MYSQL_HOST}",
                      operation="restore", phase="started", pid=gone.pid, host=socket.gethostname(),
                      detail=json.dumps(detail))  # fmt: skip
    store.close()


def test_backup_and_export_refuse_leftovers_until_repaired(mariadb: tuple[str, str, object], tmp_path: Path) -> None:
    url, name, conn = mariadb
    _crashed_restore(conn, name)
    archive, csv = tmp_path / "b.aishell", tmp_path / "t.csv"
    commands = {
        "backup": ["backup", "create", "--db", url, "-o", str(archive)],
        "export": ["export", "--db", url, "--table", "t", "-o", str(csv)],
        "query": ["export", "--db", url, "--query", "SELECT * FROM t", "-o", str(csv)],
        "native": ["backup", "create", "--db", url, "--native", "-o", str(tmp_path / "b.sql")],
    }
    for what, args in commands.items():
        r = aishell(*args)
        assert r.returncode == 1, (what, r.stderr)
        assert r.stderr.count("\n") == 1 and r.stderr.startswith("error: "), r.stderr  # one line
        for part in ("an interrupted restore", "of t", "_aishell_new_0badc0df_imp",
                     f"aishell doctor --repair --db {url}", "--allow-leftovers"):  # fmt: skip
            assert part in r.stderr, (what, part, r.stderr)
        assert not archive.exists() and not csv.exists()
        assert [p.name for p in tmp_path.iterdir()] == []  # no partial file either

    # --allow-leftovers: a warning, and the half state as it is (t empty); nothing repaired
    r = aishell(*commands["backup"], "--allow-leftovers")
    assert r.returncode == 0, r.stderr
    assert "warning: " in r.stderr and "an interrupted restore" in r.stderr and "wrote " in r.stderr
    assert archive.exists()
    r = aishell(*commands["export"], "--allow-leftovers")
    assert r.returncode == 0 and "warning: " in r.stderr, r.stderr
    assert csv.read_text().splitlines() == ["id,name"]
    assert len(_run(conn, "SHOW TABLES LIKE '\\_aishell\\_%'")) == 2

    r = aishell("doctor", "--db", url, "--repair")
    assert r.returncode == 0, r.stdout + r.stderr
    assert _run(conn, "SHOW TABLES") == [("t",)]
    for what in ("backup", "export"):
        r = aishell(*commands[what])
        assert r.returncode == 0 and "warning" not in r.stderr, (what, r.stderr)
    assert csv.read_text().splitlines() == ["id,name", "1,a", "2,b", "3,c"]


def test_transactional_engines_look_for_nothing(tmp_path: Path) -> None:
    """SQLite (as PostgreSQL and DuckDB) runs each operation in one transaction: a table named
    like a leftover is only a table, and the journal is not read."""
    path = tmp_path / "x.db"
    with sqlite3.connect(path) as db:
        db.execute(f"CREATE TABLE _aishell_old_{TAG}_t (id int)")
        db.execute("CREATE TABLE t (id int)")
        db.execute("INSERT INTO t VALUES (1)")
    db.close()
    r = aishell("export", "--db", f"sqlite:///{path}", "--table", "t", "-o", str(tmp_path / "t.csv"))
    assert r.returncode == 0 and "warning" not in r.stderr, r.stderr
    r = aishell("backup", "create", "--db", f"sqlite:///{path}", "-o", str(tmp_path / "x.aishell"))
    assert r.returncode == 0 and "warning" not in r.stderr, r.stderr
