"""``aishell migrate`` on SQLite, PostgreSQL and MariaDB (each test in its own database)."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from engine_dbs import ENGINES, new_database

from aishell.cli.main import cli
from aishell.errors import AishellError, MigrationError, PolicyError
from aishell.services import migrate as m
from aishell.services.factory import make_session
from aishell.services.session import Session
from conftest import PG_HOST, PG_PORT, _unavailable


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database of its own on each engine."""
    with new_database(request.param, tmp_path, "aishell_mig_") as url:
        yield url


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "migrations"
    d.mkdir()
    (d / "V001__create_orders.sql").write_text("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER);\n")
    (d / "U001__create_orders.sql").write_text("DROP TABLE orders;\n")
    (d / "V002__add_items.sql").write_text(
        "CREATE TABLE items (id INTEGER PRIMARY KEY, qty INTEGER);\nINSERT INTO items VALUES (1, 5);\n")
    (d / "U002__add_items.sql").write_text("DROP TABLE items;\n")
    (d / "V003__more.sql").write_text("INSERT INTO orders VALUES (1, 10);\n")
    (d / "U003__more.sql").write_text("DELETE FROM orders WHERE id = 1;\n")
    return d


def _session(url: str, read_only: bool = False) -> Session:
    return make_session(url, read_only=read_only)


def _tables(url: str) -> set[str]:
    s = _session(url)
    try:
        return {t.name.lower() for t in s.catalog(refresh=True).tables}
    finally:
        s.close()


def _states(url: str, folder: Path) -> dict[str, str]:
    s = _session(url)
    try:
        return {r.filename: r.state for r in m.status(m.read_folder(folder), m.read_history(s))}
    finally:
        s.close()


def _history(url: str) -> list[m.HistoryRow]:
    s = _session(url)
    try:
        return m.read_history(s)
    finally:
        s.close()


def test_up_down_status_round_trip(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    s = _session(db)
    try:
        assert m.up(s, folder, to="2", yes=True).done == ["V001__create_orders.sql", "V002__add_items.sql"]
    finally:
        s.close()
    assert _states(db, folder) == {"V001__create_orders.sql": "applied", "V002__add_items.sql": "applied",
                                   "V003__more.sql": "pending"}  # fmt: skip
    assert {"orders", "items"} <= _tables(db)
    rows = _history(db)
    assert [(r.version, r.outcome) for r in rows] == [("001", "applied"), ("002", "applied")]
    assert rows[-1].chain == m.read_folder(folder)[1].chain and rows[0].applied_by and rows[0].applied_at
    result = CliRunner().invoke(cli, ["-d", db, "migrate", "up", "--dir", str(folder), "--yes", "-F", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["done"] == ["V003__more.sql"]
    s = _session(db)
    try:
        assert m.down(s, folder, yes=True).done == ["U003__more.sql"]
        assert m.down(s, folder, to="0", yes=True).done == ["U002__add_items.sql", "U001__create_orders.sql"]
    finally:
        s.close()
    assert set(_states(db, folder).values()) == {"pending"}
    assert not {"orders", "items"} & _tables(db)


def _applied(url: str, folder: Path) -> None:
    s = _session(url)
    try:
        m.up(s, folder, yes=True)
    finally:
        s.close()


def _verify_cli(url: str, folder: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, ["-d", url, "migrate", "verify", "--dir", str(folder)])
    return result.exit_code, result.output.strip().splitlines()


def test_verify_edited_file_on_every_engine(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(db, folder)
    assert _verify_cli(db, folder) == (0, ["ok"])
    (folder / "V002__add_items.sql").write_text("CREATE TABLE items (id INTEGER);\n")
    code, lines = _verify_cli(db, folder)
    assert code == 1 and len(lines) == 1 and lines[0].startswith("V002__add_items.sql: edited")
    s = _session(db)
    try:
        with pytest.raises(MigrationError, match="V002__add_items.sql: edited"):
            m.up(s, folder, yes=True)
    finally:
        s.close()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    import sqlite3

    sqlite3.connect(tmp_path / "db.sqlite").execute("VACUUM").connection.close()
    return f"sqlite:///{tmp_path / 'db.sqlite'}"


def test_verify_deleted_file(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(db, folder)
    (folder / "V002__add_items.sql").unlink()
    code, lines = _verify_cli(db, folder)
    assert code == 1 and lines == ["V002__add_items.sql: applied but deleted from the folder"]
    assert _states(db, folder)["V002__add_items.sql"] == "missing"


def test_verify_reordered_files(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(db, folder)
    a, b = folder / "V001__create_orders.sql", folder / "V002__add_items.sql"
    a_text, b_text = a.read_text(), b.read_text()
    a.unlink()
    b.unlink()
    (folder / "V001__add_items.sql").write_text(b_text)
    (folder / "V002__create_orders.sql").write_text(a_text)
    code, lines = _verify_cli(db, folder)
    assert code == 1 and len(lines) == 2
    assert lines[0].startswith("V001__add_items.sql: reordered (applied as V002__add_items.sql")
    assert lines[1].startswith("V002__create_orders.sql: reordered (applied as V001__create_orders.sql")


def test_verify_file_inserted_before_applied_ones(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(db, folder)
    (folder / "V001.5__late.sql").write_text("CREATE TABLE late (id INTEGER);\n")
    code, lines = _verify_cli(db, folder)
    assert code == 1 and lines == ["V001.5__late.sql: inserted before applied migrations "
                                   "(latest applied V003__more.sql)"]  # fmt: skip
    assert _states(db, folder)["V001.5__late.sql"] == "out_of_order"


def test_failed_migration_leaves_nothing_applied(db: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = _folder(tmp_path)
    (folder / "V004__broken.sql").write_text(
        "CREATE TABLE broken_a (id INTEGER);\nINSERT INTO no_such_table VALUES (1);\n")
    s = _session(db)
    try:
        with pytest.raises(MigrationError, match="V004__broken.sql") as info:
            m.up(s, folder, yes=True)
    finally:
        s.close()
    last = _history(db)[-1]
    assert last.version == "004" and last.outcome != "applied"
    assert [r.outcome for r in _history(db)[:3]] == ["applied"] * 3
    if "mysql" in db:  # DDL commits at once there: the first statement stays, and the report says so
        assert last.outcome == "half_applied" and "half applied" in str(info.value)
        assert "CREATE TABLE broken_a" in str(info.value) and "broken_a" in _tables(db)
        assert _states(db, folder)["V004__broken.sql"] == "half_applied"
        code, lines = _verify_cli(db, folder)  # and nothing runs until a person repairs it
        assert code == 1 and lines[0].startswith("V004__broken.sql: half applied")
    else:
        assert last.outcome == "failed" and "rolled back" in str(info.value)
        assert "broken_a" not in _tables(db)
        assert _states(db, folder)["V004__broken.sql"] == "failed"
    # the person fixes the database and the file; repair removes the row, naming it; up applies it
    if "mysql" in db:
        s = _session(db)
        try:
            s.connection().execute("DROP TABLE broken_a").close()
        finally:
            s.close()
    (folder / "V004__broken.sql").write_text("CREATE TABLE broken_a (id INTEGER);\n")
    result = CliRunner().invoke(cli, ["-d", db, "migrate", "repair", "--dir", str(folder), "--yes"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"repaired: V004__broken.sql: remove history row {last.seq} ({last.outcome}: " \
                                    f"{last.detail})"  # fmt: skip
    assert [r.outcome for r in _history(db)] == ["applied"] * 3
    _applied(db, folder)
    assert _states(db, folder)["V004__broken.sql"] == "applied"


def test_read_only_session_refuses_up(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    s = _session(db, read_only=True)
    try:
        with pytest.raises(PolicyError):
            m.up(s, folder, yes=True)
    finally:
        s.close()
    assert not {"orders", m.HISTORY} & _tables(db)


def test_baseline_then_up(sqlite_db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["-d", sqlite_db, "migrate", "baseline", "--dir", str(folder), "--version", "2"])
    assert result.exit_code == 0, result.output
    assert [r.outcome for r in _history(sqlite_db)] == ["baselined", "baselined"]
    assert "orders" not in _tables(sqlite_db)  # not run
    s = _session(sqlite_db)
    try:
        with pytest.raises(MigrationError, match="already records applied"):
            m.baseline(s, folder, "1", yes=True)
    finally:
        s.close()
    assert _states(sqlite_db, folder)["V003__more.sql"] == "pending"


def test_down_refuses_without_undo_file(sqlite_db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(sqlite_db, folder)
    (folder / "U003__more.sql").unlink()
    result = CliRunner().invoke(cli, ["-d", sqlite_db, "migrate", "down", "--dir", str(folder), "--yes"])
    assert result.exit_code == 1 and "U003__more.sql is missing" in result.output
    assert _states(sqlite_db, folder)["V003__more.sql"] == "applied"


def test_new_numbers_the_next_file(tmp_path: Path) -> None:
    folder = tmp_path / "mig"
    assert m.new_file(folder, "Create orders").name == "V001__create_orders.sql"
    (folder / "V007__x.sql").write_text("")
    result = CliRunner().invoke(cli, ["migrate", "new", "--dir", str(folder), "add items!"])
    assert result.exit_code == 0 and result.output.strip().endswith("V008__add_items.sql")
    assert (folder / "V008__add_items.sql").exists()


def test_versions_compare_numerically(tmp_path: Path) -> None:
    folder = tmp_path / "mig"
    folder.mkdir()
    for v in ("10", "9", "1.10", "1.2"):
        (folder / f"V{v}__f.sql").write_text("")
    assert [f.version for f in m.read_folder(folder)] == ["1.2", "1.10", "9", "10"]
    (folder / "V09__dup.sql").write_text("")
    with pytest.raises(MigrationError, match="V09__dup.sql"):
        m.read_folder(folder)


def test_lint_runs_before_up(sqlite_db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _applied(sqlite_db, folder)
    (folder / "V004__purge.sql").write_text("DELETE FROM orders;\n")
    result = CliRunner().invoke(cli, ["-d", sqlite_db, "migrate", "lint", "--dir", str(folder), "-F", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)["findings"]
    assert [(d["file"], d["rule"]) for d in found] == [("V004__purge.sql", "delete-without-where")]
    result = CliRunner().invoke(cli, ["-d", sqlite_db, "migrate", "up", "--dir", str(folder), "--yes", "-F", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["done"] == ["V004__purge.sql"] and [d["rule"] for d in doc["lint"]] == ["delete-without-where"]


def test_every_statement_of_up_passes_the_gate(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    s = _session(db)
    try:
        conn = s.connection()
        seen: list[tuple[str, bool]] = []

        def record(sql: str) -> None:  # called after the operation's gate (when installed) admitted sql
            seen.append((" ".join(sql.split()), conn.statement_check is not record))

        conn.statement_check = record
        m.up(s, folder, yes=True)
    finally:
        s.close()
    ran = [sql for sql, gated in seen if gated]
    # only reads ran outside: the history read and, the history table being new, the catalog look-up
    reads = ("SELECT", "WITH", "PRAGMA", "SHOW")
    assert all(gated or sql.upper().startswith(reads) for sql, gated in seen), [x for x, g in seen if not g]
    for stmt in ("CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER)", "INSERT INTO items VALUES (1, 5)",
                 "INSERT INTO orders VALUES (1, 10)", m.CREATE_HISTORY):  # fmt: skip
        assert stmt in ran
    assert sum(x.startswith(f"INSERT INTO {m.HISTORY}") for x in ran) == 3


def test_consent_is_asked_once_for_the_whole_run(sqlite_db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "V004__drop_items.sql").write_text("DROP TABLE items;\n")
    asked: list[str] = []
    s = make_session(sqlite_db, confirm=lambda q, reasons: asked.append(q) is None)
    try:
        assert len(m.up(s, folder).done) == 4
    finally:
        s.close()
    assert len(asked) == 1 and "items" not in _tables(sqlite_db)
    s = make_session(sqlite_db, confirm=lambda q, reasons: False)
    (folder / "V005__drop_orders.sql").write_text("DROP TABLE orders;\n")
    try:
        with pytest.raises(PolicyError, match="cancelled"):
            m.up(s, folder)
    finally:
        s.close()
    assert "orders" in _tables(sqlite_db) and _states(sqlite_db, folder)["V005__drop_orders.sql"] == "pending"


def test_cli_status_json_and_usage_errors(sqlite_db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["-d", sqlite_db, "migrate", "up", "--dir", str(folder), "--to", "7", "--yes"])
    assert result.exit_code == 2 and "--to 7" in result.output
    result = runner.invoke(cli, ["-d", sqlite_db, "migrate", "status", "--dir", str(folder), "-F", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)["migrations"]
    assert [(d["filename"], d["state"]) for d in doc] == [("V001__create_orders.sql", "pending"),
                                                          ("V002__add_items.sql", "pending"),
                                                          ("V003__more.sql", "pending")]  # fmt: skip
    result = runner.invoke(cli, ["-d", sqlite_db, "migrate", "status", "--dir", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "not a directory" in result.output


def test_an_unreadable_history_is_an_error_not_an_empty_one(tmp_path: Path) -> None:
    """A login that may not read the history table must not take every file for pending (and
    apply them all again): the query error stands."""
    import psycopg

    name = f"aishell_mig_{uuid.uuid4().hex[:10]}"
    role = f"aishell_mig_r_{uuid.uuid4().hex[:8]}"
    admin = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
            conn.execute(f'CREATE ROLE "{role}" LOGIN')
    except psycopg.OperationalError as exc:
        _unavailable("PostgreSQL", exc)
    try:
        owner = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/{name}"
        folder = _folder(tmp_path)
        _applied(owner, folder)
        with psycopg.connect(owner, autocommit=True) as conn:
            conn.execute(f'GRANT CREATE, USAGE ON SCHEMA public TO "{role}"')
        other = f"postgresql://{role}@{PG_HOST}:{PG_PORT}/{name}"
        s = _session(other)
        try:
            with pytest.raises(AishellError, match="permission denied"):
                m.read_history(s)
            with pytest.raises(AishellError, match="permission denied"):
                m.up(s, folder, yes=True)
        finally:
            s.close()
        assert [r.outcome for r in _history(owner)] == ["applied", "applied", "applied"]
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_a_second_migrate_waits_for_the_lock_then_names_the_holder(db: str, tmp_path: Path) -> None:
    """While one run holds the migration lock, another waits its lock_wait and fails naming the
    holder, applying nothing; once the lock is given back it runs."""
    from aishell.services import migrate_lock

    folder = _folder(tmp_path)
    holder = _session(db)
    try:
        conn = holder.connection()
        prepared = m._prepare(holder, [], True)
        with prepared.gating(conn), migrate_lock.held(holder, prepared, conn):
            result = CliRunner().invoke(cli, ["-d", db, "migrate", "up", "--dir", str(folder), "--yes",
                                              "--lock-wait", "0.3"])  # fmt: skip
            assert result.exit_code == 1, result.output
            assert re.search(r"another migrate is running on .+, started by \S+@\S+ \(pid \d+\) at 20\d\d-",
                             result.output), result.output  # fmt: skip
            assert _history(db) == [] and "orders" not in _tables(db)
    finally:
        holder.close()
    s = _session(db)
    try:
        assert len(m.up(s, folder, yes=True, lock_wait=5).done) == 3
    finally:
        s.close()


def test_two_concurrent_ups_apply_each_migration_once(db: str, tmp_path: Path) -> None:
    """Two runs started together: the second waits for the first, then finds nothing pending."""
    import threading

    folder = _folder(tmp_path)
    start = threading.Barrier(2)
    done: list[list[str]] = []
    errors: list[BaseException] = []

    def run() -> None:
        s = _session(db)
        try:
            start.wait()
            done.append(m.up(s, folder, yes=True, lock_wait=30).done)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(done, key=len) == [[], ["V001__create_orders.sql", "V002__add_items.sql", "V003__more.sql"]]
    assert [(r.version, r.outcome) for r in _history(db)] == [("001", "applied"), ("002", "applied"),
                                                              ("003", "applied")]  # fmt: skip


def test_repair_shows_its_changes_and_needs_consent(db: str, tmp_path: Path) -> None:
    """A reviewed edit of an applied file and a deleted one: repair lists each change, changes
    nothing without --yes, then re-records the checksum and chain and marks the file deleted."""
    folder = _folder(tmp_path)
    _applied(db, folder)
    (folder / "V002__add_items.sql").write_text((folder / "V002__add_items.sql").read_text() + "-- reviewed\n")
    (folder / "V001__create_orders.sql").rename(folder / "V001__create_orders_table.sql")
    (folder / "V003__more.sql").unlink()
    runner = CliRunner()
    base = ["-d", db, "migrate", "repair", "--dir", str(folder)]
    dry = runner.invoke(cli, [*base, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    changes = dry.output.strip().splitlines()
    assert len(changes) == 3, changes
    assert changes[0].startswith("V001__create_orders_table.sql: re-record its name (was V001__create_orders.sql), "
                                 "checksum ")  # fmt: skip
    assert changes[1].startswith("V002__add_items.sql: re-record its checksum ") and "chained checksum" in changes[1]
    assert changes[2] == ("V003__more.sql: applied but its file is gone: record it as deleted "
                          "(what it made stays in the database)")  # fmt: skip
    refused = runner.invoke(cli, base)  # no terminal to ask, no --yes: nothing changes
    assert refused.exit_code == 1 and "repair would change the history" in refused.output
    assert all(c in refused.output for c in changes)
    assert len(_history(db)) == 3
    done = runner.invoke(cli, [*base, "--yes", "-F", "json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)["done"] == changes
    assert _verify_cli(db, folder) == (0, ["ok"])
    rows = _history(db)
    assert [(r.version, r.outcome) for r in rows[3:]] == [("001", "repaired"), ("002", "repaired"), ("003", "deleted")]
    assert rows[4].detail and rows[4].detail.startswith("re-recorded by migrate repair: checksum")
    assert _states(db, folder) == {"V001__create_orders_table.sql": "repaired", "V002__add_items.sql": "repaired"}


def test_a_migration_killed_half_way_on_mariadb_is_reported_never_applied(tmp_path: Path) -> None:
    """DDL commits at once on MariaDB: a run killed between two statements leaves its ``running``
    row, which verify and status report (never ``applied``), and up refuses."""
    import subprocess
    import sys
    import time

    with new_database("mysql", tmp_path, "aishell_mig_") as url:
        folder = tmp_path / "mig"
        folder.mkdir()
        (folder / "V001__slow.sql").write_text("CREATE TABLE half_a (id INTEGER);\nDO SLEEP(3);\n"
                                               "CREATE TABLE half_b (id INTEGER);\n")  # fmt: skip
        proc = subprocess.Popen([sys.executable, "-m", "aishell", "-d", url, "migrate", "up", "--dir", str(folder),
                                 "--yes"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            for _ in range(300):  # until the first statement ran (not a time bound: the kill comes after it)
                if "half_a" in _tables(url):
                    break
                time.sleep(0.05)
        finally:
            proc.kill()
            proc.wait()
        assert [(r.version, r.outcome) for r in _history(url)] == [("001", "running")]
        assert {"half_a"} <= _tables(url) and "half_b" not in _tables(url)
        code, lines = _verify_cli(url, folder)
        assert code == 1 and lines[0].startswith("V001__slow.sql: started by ") and "never finished" in lines[0]
        assert _states(url, folder)["V001__slow.sql"] == "running"
        s = _session(url)
        try:
            with pytest.raises(MigrationError, match="V001__slow.sql: started by .* never finished"):
                m.up(s, folder, yes=True)
        finally:
            s.close()


def test_sqlite_lock_row_of_a_dead_process_is_taken_over(sqlite_db: str, tmp_path: Path) -> None:
    """On SQLite the lock row is the lock: one left by a process of this machine that is gone is
    taken over; one from another machine is not (the error names it)."""
    import socket
    import sqlite3
    import subprocess
    import sys

    from aishell.services import migrate_lock

    folder = _folder(tmp_path)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    raw = sqlite3.connect(sqlite_db.removeprefix("sqlite:///"), isolation_level=None)
    raw.execute(migrate_lock.CREATE_LOCK)
    raw.execute(f"INSERT INTO {migrate_lock.LOCK_TABLE} VALUES (1, ?, '2026-01-01T00:00:00Z')",
                (f"bob@elsewhere.example (pid {dead.pid})",))  # fmt: skip
    s = _session(sqlite_db)
    try:
        with pytest.raises(MigrationError, match=r"started by bob@elsewhere.example \(pid \d+\) at 2026-01-01"):
            m.up(s, folder, yes=True, lock_wait=0)
        raw.execute(f"UPDATE {migrate_lock.LOCK_TABLE} SET holder = ?",
                    (f"bob@{socket.gethostname()} (pid {dead.pid})",))  # fmt: skip
        assert len(m.up(s, folder, yes=True, lock_wait=5).done) == 3
    finally:
        s.close()
    assert raw.execute(f"SELECT COUNT(*) FROM {migrate_lock.LOCK_TABLE}").fetchone() == (0,)
    raw.close()


def test_create_index_concurrently_runs_outside_a_transaction_on_postgres(tmp_path: Path) -> None:
    """What the linter advises must run: a file holding CREATE INDEX CONCURRENTLY (refused inside
    a transaction block) runs statement by statement, with its running row given its outcome."""
    with new_database("postgres", tmp_path, "aishell_mig_") as url:
        folder = _folder(tmp_path)
        (folder / "V004__index.sql").write_text("CREATE INDEX CONCURRENTLY orders_total ON orders (total);\n")
        s = _session(url)
        try:
            assert m.up(s, folder, yes=True).done[-1] == "V004__index.sql"
            assert s.catalog(refresh=True).find_table("orders").indexes[-1].name == "orders_total"  # type: ignore[union-attr]
        finally:
            s.close()
        assert [(r.version, r.outcome) for r in _history(url)][-1] == ("004", "applied")
