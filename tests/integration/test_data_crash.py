"""Crash safety: ``backup restore --replace`` and ``import --create`` killed (SIGKILL) at random
points, on every engine.  Afterwards the target holds exactly its old content or exactly the new
one -- never half, never empty -- at once where DDL is transactional (PostgreSQL, SQLite, DuckDB:
one transaction), and after ``aishell doctor --repair`` (or the same command run again) on
MySQL/MariaDB, whose DDL commits at once (a journal in the state store; see
services/data/recovery.py).

Each run is a real ``aishell`` process; the kill points are seeded random times within a measured
full run, and on MariaDB also the moments the journal reaches each phase."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import MYSQL_HOST, MYSQL_PORT, PG_HOST, PG_PORT, untraced_env

pytestmark = pytest.mark.integration

AISHELL = [sys.executable, "-m", "aishell"]
N_NEW, N_OLD = 25_000, 10_000  # rows of t (u holds half as many)
SEED = 20240612


# --------------------------------------------------------------------------- the four engines
class Engine:
    """One database on one engine, reached with its own driver (not through aishell)."""

    name = ""
    url = ""
    #: INSERT ... SELECT of ``n`` generated rows numbered ``i`` (``{table}``, ``{cols}``, ``{n}`` filled in)
    generate = ""

    def run(self, *sql: str) -> None:
        raise NotImplementedError

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def tables(self) -> list[str]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def fill(self, word: str, n: int) -> None:
        """t (primary key, an index) and u (a foreign key to t), ``n`` and ``n // 2`` rows."""
        for table in ("u", "t"):
            if table in self.tables():
                self.run(f"DROP TABLE {table}")
        self.run("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(40), v DOUBLE PRECISION)",
                 "CREATE INDEX t_name ON t (name)",
                 "CREATE TABLE u (id INTEGER PRIMARY KEY, tid INTEGER, note VARCHAR(60), "
                 "FOREIGN KEY (tid) REFERENCES t (id))")  # fmt: skip
        self.run(self.generate.format(table="t", n=n, cols=f"i, '{word} ' || i, i * 1.5"),
                 self.generate.format(table="u", n=n // 2, cols=f"i, i * 2, '{word} note ' || i"))  # fmt: skip

    def content(self, tables: tuple[str, ...] = ("t", "u")) -> dict[str, tuple[int, str] | None]:
        """Each table's row count and a SHA-256 of its rows in key order (None: no such table)."""
        present = set(self.tables())
        out: dict[str, tuple[int, str] | None] = {}
        for table in tables:
            if table not in present:
                out[table] = None
                continue
            h = hashlib.sha256()
            rows = self.query(f"SELECT * FROM {table} ORDER BY 1")
            for row in rows:
                h.update(repr(tuple(str(v) for v in row)).encode())
            out[table] = (len(rows), h.hexdigest())
        return out

    def leftovers(self) -> list[str]:
        return [t for t in self.tables() if t.startswith("_aishell_")]


class MariaDB(Engine):
    name = "mysql"
    generate = "INSERT INTO {table} SELECT {cols} FROM (SELECT seq AS i FROM seq_1_to_{n}) AS s"

    def __init__(self) -> None:
        import pymysql

        self.db = f"aishell_crash_{uuid.uuid4().hex[:8]}"
        self.admin = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", autocommit=True)
        self.run(f"CREATE DATABASE `{self.db}`", f"USE `{self.db}`", "SET SESSION sql_mode = 'PIPES_AS_CONCAT'",
                 "SET SESSION group_concat_max_len = 1073741824")  # fmt: skip
        self.url = f"mysql://root@{MYSQL_HOST}:{MYSQL_PORT}/{self.db}"

    def run(self, *sql: str) -> None:
        with self.admin.cursor() as cur:
            for stmt in sql:
                cur.execute(stmt)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        with self.admin.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    def tables(self) -> list[str]:
        return [r[0] for r in self.query("SELECT TABLE_NAME FROM information_schema.TABLES "
                                         "WHERE TABLE_SCHEMA = DATABASE()")]  # fmt: skip

    def close(self) -> None:
        self.run(f"DROP DATABASE IF EXISTS `{self.db}`")
        self.admin.close()

    def content(self, tables: tuple[str, ...] = ("t", "u")) -> dict[str, tuple[int, str] | None]:
        """As :meth:`Engine.content`, summed on the server (fetching every row through pymysql is slow)."""
        present = set(self.tables())
        out: dict[str, tuple[int, str] | None] = {}
        for table in tables:
            if table not in present:
                out[table] = None
                continue
            cols = [r[0] for r in self.query("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA "
                                             f"= DATABASE() AND TABLE_NAME = '{table}' ORDER BY ORDINAL_POSITION")]
            row = f"CONCAT_WS('|', {', '.join(f'`{c}`' for c in cols)})"
            n, total, xor, md5 = self.query(
                f"SELECT COUNT(*), COALESCE(SUM(CRC32({row})), 0), BIT_XOR(CRC32({row})), "
                f"MD5(COALESCE(GROUP_CONCAT(MD5({row}) ORDER BY `{cols[0]}` SEPARATOR ''), '')) FROM `{table}`")[0]
            out[table] = (int(n), f"{total}:{xor}:{md5}")
        return out

    def keys(self) -> tuple[int, int]:
        """(indexes on t.name, foreign keys from u to t): both 1, old or new."""
        ix = self.query("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                        "AND TABLE_NAME = 't' AND COLUMN_NAME = 'name'")  # fmt: skip
        fk = self.query("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE "
                        "CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = 'u' AND REFERENCED_TABLE_NAME = 't'")
        return int(ix[0][0]), int(fk[0][0])


class Postgres(Engine):
    name = "postgres"
    generate = "INSERT INTO {table} SELECT {cols} FROM generate_series(1, {n}) AS g(i)"

    def __init__(self) -> None:
        import psycopg

        self.db = f"aishell_crash_{uuid.uuid4().hex[:8]}"
        self.server = f"postgresql://postgres@{PG_HOST}:{PG_PORT}"
        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{self.db}"')
        self.url = f"{self.server}/{self.db}"
        self.conn = psycopg.connect(self.url, autocommit=True)

    def run(self, *sql: str) -> None:
        for stmt in sql:
            self.conn.execute(stmt)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(sql).fetchall())

    def tables(self) -> list[str]:
        return [r[0] for r in self.query("SELECT table_name FROM information_schema.tables "
                                         "WHERE table_schema = 'public'")]  # fmt: skip

    def close(self) -> None:
        import psycopg

        self.conn.close()
        with psycopg.connect(f"{self.server}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)')


class FileEngine(Engine):
    """SQLite or DuckDB: a connection only while asked (the aishell process needs the file)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> Any:
        raise NotImplementedError

    def run(self, *sql: str) -> None:
        conn = self._connect()
        try:
            for stmt in sql:
                conn.execute(stmt)
            conn.commit()
        finally:
            conn.close()

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        conn = self._connect()
        try:
            return list(conn.execute(sql).fetchall())
        finally:
            conn.close()


class SQLite(FileEngine):
    name = "sqlite"
    generate = ("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < {n}) "
                "INSERT INTO {table} SELECT {cols} FROM c")  # fmt: skip

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.url = f"sqlite:///{path}"

    def _connect(self) -> Any:
        return sqlite3.connect(self.path)

    def tables(self) -> list[str]:
        return [r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type = 'table'")]


class DuckDB(FileEngine):
    name = "duckdb"
    generate = "INSERT INTO {table} SELECT {cols} FROM range(1, {n} + 1) AS r(i)"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.url = f"duckdb:///{path}"

    def _connect(self) -> Any:
        import duckdb

        return duckdb.connect(str(self.path))

    def tables(self) -> list[str]:
        return [r[0] for r in self.query("SELECT table_name FROM duckdb_tables()")]


def _open(kind: str, tmp: Path, role: str) -> Engine:
    try:
        if kind == "mysql":
            return MariaDB()
        if kind == "postgres":
            return Postgres()
    except Exception as exc:  # a server that is down
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{kind} is not reachable under CI=true: {exc}")
        pytest.skip(f"{kind} is not reachable: {exc}")
    engine: FileEngine = SQLite(tmp / f"{role}.sqlite") if kind == "sqlite" else DuckDB(tmp / f"{role}.duckdb")
    engine.run()  # the file exists (aishell opens no missing file)
    return engine


@pytest.fixture(params=["mysql", "postgres", "sqlite", "duckdb"])
def engines(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    """(source, target) on one engine."""
    source = _open(request.param, tmp_path, "source")
    target = _open(request.param, tmp_path, "target")
    yield source, target
    source.close()
    target.close()


# --------------------------------------------------------------------------- processes
def aishell(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AISHELL, *args], capture_output=True, text=True, timeout=120, env=untraced_env())


def timed(*args: str) -> float:
    started = time.perf_counter()
    r = aishell(*args)
    assert r.returncode == 0, r.stderr
    return time.perf_counter() - started


def journal_phase() -> str | None:
    """The phase of the (one) operation in the state store's journal, if any."""
    path = Path(os.environ["AISHELL_HOME"]) / "data" / "state.db"
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path, timeout=0.05) as db:
            row = db.execute("SELECT phase FROM data_journal ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def killed(args: list[str], *, after: float | None = None, phase: str | None = None) -> bool:
    """Run aishell and SIGKILL it ``after`` seconds, or as soon as the journal reaches ``phase``;
    whether it was still running then."""
    p = subprocess.Popen([*AISHELL, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         env=untraced_env())  # fmt: skip
    deadline = time.monotonic() + (after if after is not None else 60)
    while p.poll() is None and time.monotonic() < deadline:
        if phase is not None and journal_phase() == phase:
            break
        time.sleep(0.001 if phase is not None else 0.005)
    alive = p.poll() is None
    if alive:
        p.send_signal(signal.SIGKILL)
    p.wait(timeout=60)
    return alive


def repair(target: Engine) -> None:
    """What the next run does: ``aishell doctor --repair`` (nothing to do on transactional DDL)."""
    r = aishell("doctor", "--db", target.url, "--repair")
    assert r.returncode == 0, r.stdout + r.stderr


def kill_points(rng: random.Random, full: float, n: int) -> list[float]:
    """``n`` seeded times within a full run (most of the first quarter is the process starting)."""
    return sorted(rng.uniform(0.25 * full, 1.0 * full) for _ in range(n))


def _reset_file(target: Engine, snapshot: Path) -> None:
    assert isinstance(target, FileEngine)
    for suffix in ("-journal", "-wal", ".wal"):
        Path(str(target.path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(snapshot, target.path)


# --------------------------------------------------------------------------- the tests
def test_restore_replace_killed_leaves_old_or_new(engines: tuple[Engine, Engine], tmp_path: Path) -> None:
    source, target = engines
    transactional = target.name != "mysql"
    rng = random.Random(f"{SEED}-restore-{target.name}")
    source.fill("new", N_NEW)
    archive = tmp_path / "new.aishell"
    assert aishell("backup", "create", "--db", source.url, "-o", str(archive)).returncode == 0
    new = source.content()
    target.fill("old", N_OLD)
    old = target.content()
    assert old != new and None not in old.values()
    snapshot = tmp_path / "old.snapshot"
    if isinstance(target, FileEngine):
        shutil.copyfile(target.path, snapshot)

    def reset() -> None:
        if isinstance(target, FileEngine):
            _reset_file(target, snapshot)
        elif target.content() != old:
            target.fill("old", N_OLD)
        assert target.content() == old

    restore = ["backup", "restore", str(archive), "--to", target.url, "--replace"]
    full = timed(*restore)  # the slow case, once: it sets the kill points
    assert target.content() == new
    points: list[dict[str, Any]] = [{"after": t} for t in kill_points(rng, full, 2)]
    if not transactional:  # the phases of the journal: before the commit, and once the old tables go
        points += [{"phase": "committing"}, {"phase": "finishing"}]
    outcomes = []
    for point in points:
        reset()
        point["alive"] = killed(restore, **point)
        if transactional:  # one transaction: the kill itself leaves old or new
            assert target.content() in (old, new), point
        else:
            repair(target)
        got = target.content()
        assert got in (old, new), f"{target.name}: killed at {point}: neither old nor new: {got}"
        assert target.leftovers() == []
        if isinstance(target, MariaDB):  # finished or undone, the index and the foreign key are there
            assert target.keys() == (1, 1), point
        outcomes.append("new" if got == new else "old")
    if not transactional:
        assert journal_phase() is None  # every journal entry resolved
        # killed at once after the old tables were set aside, the same command run again repairs first
        reset()
        killed(restore, phase="started")
        r = aishell(*restore)
        assert r.returncode == 0, r.stderr
        assert "interrupted restore" in r.stderr
        assert target.content() == new and target.leftovers() == []
    print(f"{target.name}: restore killed at {points}: {outcomes} (full run {full:.2f}s)")


def test_import_create_killed_leaves_no_table_or_all_of_it(engines: tuple[Engine, Engine],
                                                            tmp_path: Path) -> None:  # fmt: skip
    _source, target = engines
    transactional = target.name != "mysql"
    rng = random.Random(f"{SEED}-import-{target.name}")
    data = tmp_path / "rows.csv"
    with data.open("w") as fh:
        fh.write("id,name,v\n")
        fh.writelines(f"{i},name number {i},{i * 1.5}\n" for i in range(1, 2 * N_NEW + 1))
    imp = ["import", str(data), "--db", target.url, "--table", "imported", "--create"]
    full = timed(*imp)
    new = target.content(("imported",))
    assert new["imported"] is not None and new["imported"][0] == 2 * N_NEW
    absent = {"imported": None}

    def reset() -> None:
        if "imported" in target.tables():
            target.run("DROP TABLE imported")

    points: list[dict[str, Any]] = [{"after": t} for t in kill_points(rng, full, 2)]
    if not transactional:
        points.append({"phase": "committed"})
    outcomes = []
    for point in points:
        reset()
        point["alive"] = killed(imp, **point)
        # one transaction, or (MariaDB) a staging table renamed once committed: even before a repair,
        # a half-loaded table never has the table's name
        assert target.content(("imported",)) in (absent, new), point
        if not transactional:
            repair(target)
        got = target.content(("imported",))
        assert got in (absent, new), f"{target.name}: killed at {point}: {got}"
        assert target.leftovers() == []
        outcomes.append("new" if got == new else "none")
    if not transactional:
        assert journal_phase() is None
    print(f"{target.name}: import killed at {points}: {outcomes} (full run {full:.2f}s)")


def test_copy_replace_killed_on_mariadb(tmp_path: Path) -> None:
    """``copy --replace`` shares restore's steps (and journal)."""
    source, target = _open("mysql", tmp_path, "source"), _open("mysql", tmp_path, "target")
    assert isinstance(target, MariaDB)
    try:
        source.fill("new", N_NEW)
        new = source.content()
        target.fill("old", N_OLD)
        old = target.content()
        copy = ["copy", "--from", source.url, "--to", target.url, "--tables", "t,u", "--replace"]
        for point in ({"phase": "committing"},):
            if target.content() != old:
                target.fill("old", N_OLD)
            killed(copy, **point)
            repair(target)
            assert target.content() in (old, new), point
            assert target.leftovers() == [] and target.keys() == (1, 1)
    finally:
        source.close()
        target.close()


def test_a_running_operation_is_left_alone(tmp_path: Path) -> None:
    """doctor (and any other aishell) leaves a restore that still runs alone: its server lock is held."""
    import pymysql

    source, target = _open("mysql", tmp_path, "source"), _open("mysql", tmp_path, "target")
    assert isinstance(target, MariaDB)
    try:
        source.fill("new", 2000)
        new = source.content()
        target.fill("old", 1000)
        archive = tmp_path / "new.aishell"
        assert aishell("backup", "create", "--db", source.url, "-o", str(archive)).returncode == 0
        # a reader's open transaction holds t: the restore waits at its RENAME, journal written
        blocker = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", database=target.db)
        try:
            with blocker.cursor() as cur:
                cur.execute("BEGIN")
                cur.execute("SELECT * FROM t LIMIT 1")
            p = subprocess.Popen([*AISHELL, "backup", "restore", str(archive), "--to", target.url, "--replace"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=untraced_env())  # fmt: skip
            deadline = time.monotonic() + 30
            while journal_phase() != "started" and time.monotonic() < deadline and p.poll() is None:
                time.sleep(0.01)
            assert journal_phase() == "started"
            r = aishell("doctor", "--db", target.url, "--repair")
            assert r.returncode == 0 and "still running: left alone" in r.stdout, r.stdout
            r = aishell("doctor")  # every target of the journal: the same
            assert r.returncode == 0 and "a running restore" in r.stdout, r.stdout
        finally:
            blocker.rollback()
            blocker.close()
        _out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        assert target.content() == new and target.leftovers() == [] and journal_phase() is None
    finally:
        source.close()
        target.close()


def test_doctor_without_a_journal_puts_set_aside_tables_back(tmp_path: Path) -> None:
    """Tables set aside by an operation no journal describes (a lost state directory, an older
    aishell): an old table whose name is free, or held by an empty table, is renamed back; a staging
    table without rows is dropped; an old table beside a new one holding rows is only reported."""
    db = _open("mysql", tmp_path, "target")
    try:
        db.run("CREATE TABLE _aishell_old_0badc0de_a (id int)", "INSERT INTO _aishell_old_0badc0de_a VALUES (1)",
               "CREATE TABLE _aishell_old_0badc0de_b (id int)", "INSERT INTO _aishell_old_0badc0de_b VALUES (2)",
               "CREATE TABLE b (id int)",
               "CREATE TABLE _aishell_new_0badc0df_c (id int)",
               "CREATE TABLE _aishell_old_0badc0e0_d (id int)", "INSERT INTO _aishell_old_0badc0e0_d VALUES (3)",
               "CREATE TABLE d (id int)", "INSERT INTO d VALUES (4)")  # fmt: skip
        r = aishell("doctor", "--db", db.url)
        assert r.returncode == 1 and "would: put the old b back; put the old a back" in r.stdout, r.stdout
        assert len(db.leftovers()) == 4  # nothing changed without --repair
        r = aishell("doctor", "--db", db.url, "--repair")
        assert r.returncode == 1, r.stdout  # d is left for the user
        assert sorted(db.tables()) == ["_aishell_old_0badc0e0_d", "a", "b", "d"]
        assert db.query("SELECT id FROM a") == [(1,)] and db.query("SELECT id FROM b") == [(2,)]
        assert "left for you" in r.stdout and "holds the old d" in r.stdout
    finally:
        db.close()


def test_doctor_on_transactional_engines_and_an_empty_journal(tmp_path: Path) -> None:
    r = aishell("doctor")
    assert r.returncode == 0 and "no interrupted data operation" in r.stdout
    sqlite3.connect(tmp_path / "x.db").close()
    r = aishell("doctor", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--repair")
    assert r.returncode == 0 and "nothing left" in r.stdout
    r = aishell("doctor", "--db", f"sqlite:///{tmp_path / 'missing.db'}")
    assert r.returncode == 3 and "cannot check it" in r.stdout  # its own (connection) error's exit code

