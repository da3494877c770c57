"""Restore and import a column at a time (issue 15): the same rows as the per-row path, which
still names the line, column and reason of a bad value.

Each test loads the same data twice -- once as it runs, once with the column paths switched off
(the per-row path of before) -- and compares what the database holds, or the error.  The fast
run fails if it falls back to the per-row path where it should not (``Loader._convert`` raises)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
from data_helpers import session_for

from aishell.services.data import loader as loader_mod
from aishell.services.data.backup import create_backup, restore
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.data.loader import DataError

pytestmark = pytest.mark.integration

ROWS = 25_000  # three batches of 10,000
TYPED = (
    "CREATE TABLE t (id int PRIMARY KEY, s smallint, b bigint, n numeric(12,2), w numeric(38,10), f float8, "
    "tx text, vc varchar(5), bo boolean, d date, ts timestamp, tz timestamptz)"
)
FILL = (
    "INSERT INTO t SELECT g, g % 100, g * 1000, g / 7.0, CASE WHEN g % 9 = 0 THEN 0 ELSE g / 3.0 END, g / 11.0, "
    "CASE WHEN g % 13 = 0 THEN NULL WHEN g % 13 = 1 THEN '' ELSE E'row\\t' || g || E'\\n\\\\' END, "
    "'v' || (g % 1000), g % 2 = 0, date '2000-01-01' + g, timestamp '2000-01-01' + g * interval '1.5 second', "
    "timestamptz '2000-01-01 00:00:00+00' + g * interval '1.25 second' FROM generate_series(1, {n}) g"
)
EDGES = (
    "INSERT INTO t VALUES (-1, 32767, 9223372036854775807, 1234567890.12, 0.0000000001, 1e-7, 'ünï', 'abc', true, "
    "'1000-01-01', '1000-01-01 00:00:00', '9999-12-31 23:59:59.999999+00'), "
    "(-2, -32768, -9223372036854775808, -0.50, -1234567890123456789.1234567891, 5e-324, '', '', false, "
    "'9999-12-31', '9999-12-31 23:59:59.999999', '1970-01-01 00:00:01+00'), "
    "(-3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"
)


def pg_run(url: str, *sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for stmt in sql:
            conn.execute(stmt)


@pytest.fixture(scope="module")
def typed_archive(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pg_run(pg_url, "DROP TABLE IF EXISTS t", TYPED, FILL.format(n=ROWS), EDGES)
    out = tmp_path_factory.mktemp("fast") / "typed.aishell"
    s = session_for(pg_url)
    try:
        create_backup(s, str(out), tables=["t"])
    finally:
        s.close()
    pg_run(pg_url, "DROP TABLE t")
    return out


def per_row_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader as before the column paths: every batch through ``_convert``."""
    monkeypatch.setattr(loader_mod.Loader, "_columns_batch", lambda self, batch: False)
    monkeypatch.setattr(loader_mod.Loader, "_arrow_infile_batch", lambda self, batch: False)


def no_per_row(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Any, batch: Any) -> Any:
        raise AssertionError("a clean batch took the per-row path")

    monkeypatch.setattr(loader_mod.Loader, "_convert", refuse)


def sqlite_dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.mark.no_cover
def test_restore_into_sqlite_binds_the_same_values(typed_archive: Path, tmp_path: Path) -> None:
    dumps = []
    for fast in (False, True):
        with pytest.MonkeyPatch.context() as mp:
            (no_per_row if fast else per_row_only)(mp)
            db = tmp_path / f"{fast}.sqlite"
            s = session_for(f"sqlite:///{db}")
            try:
                assert restore(s, str(typed_archive))[0].rows == ROWS + 3
            finally:
                s.close()
        dumps.append(sqlite_dump(db))
    assert len(dumps[1]) > ROWS and dumps[0] == dumps[1]


@pytest.fixture
def mysql_db(mysql_url: str) -> Iterator[str]:
    name = f"aishell_f_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@127.0.0.1:3306/{name}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


def mysql_rows(url: str, sql: str) -> list[tuple[Any, ...]]:
    name = url.rsplit("/", 1)[1]
    conn = pymysql.connect(host="127.0.0.1", user="root", password="", database=name)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())
    finally:
        conn.close()


@pytest.mark.no_cover
def test_restore_into_mariadb_loads_the_same_values(typed_archive: Path, mysql_db: str) -> None:
    found = []
    for fast in (False, True):
        with pytest.MonkeyPatch.context() as mp:
            (no_per_row if fast else per_row_only)(mp)
            s = session_for(mysql_db)
            try:
                assert restore(s, str(typed_archive), replace=True)[0].rows == ROWS + 3
            finally:
                s.close()
        found.append(mysql_rows(mysql_db, "SELECT * FROM t ORDER BY id"))
    assert len(found[1]) == ROWS + 3 and found[0] == found[1]


@pytest.fixture
def infinity_archive(pg_url: str, tmp_path: Path) -> Path:
    """A timestamp MariaDB cannot hold (PostgreSQL's infinity) in the second batch."""
    pg_run(pg_url, "DROP TABLE IF EXISTS inf", "CREATE TABLE inf (id int PRIMARY KEY, ts timestamp)",
           "INSERT INTO inf SELECT g, CASE WHEN g = 15000 THEN timestamp 'infinity' "
           "ELSE timestamp '2000-01-01' + g * interval '1 second' END FROM generate_series(1, 25000) g")  # fmt: skip
    out = tmp_path / "inf.aishell"
    s = session_for(pg_url)
    try:
        create_backup(s, str(out), tables=["inf"])
    finally:
        s.close()
    pg_run(pg_url, "DROP TABLE inf")
    return out


def test_a_bad_value_in_a_restore_is_named_as_before(infinity_archive: Path, mysql_db: str) -> None:
    messages = []
    for fast in (False, True):
        with pytest.MonkeyPatch.context() as mp:
            if not fast:
                per_row_only(mp)
            s = session_for(mysql_db)
            try:
                with pytest.raises(DataError) as err:
                    restore(s, str(infinity_archive))
            finally:
                s.close()
        messages.append(err.value.message)
        assert mysql_rows(mysql_db, "SHOW TABLES") == []  # nothing kept
    assert "line 15000" in messages[1] and messages[0] == messages[1]


def write_csv(path: Path, bad_line: int | None) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("id,name,created_at,active\n")
        for i in range(1, 30_001):
            line = i + 1
            ident = "x1" if line == bad_line else str(i)
            fh.write(f'{ident},"name {i}, ""q""",2020-01-01 00:00:{i % 60:02d}+00,{i % 2}\n')


def sqlite_table(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TIMESTAMPTZ, active INTEGER)")
    con.commit()
    con.close()


def test_csv_import_into_sqlite_takes_the_column_path_and_rejects_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean, bad = tmp_path / "clean.csv", tmp_path / "bad.csv"
    write_csv(clean, None)
    write_csv(bad, 15_002)
    dumps = []
    for fast in (False, True):
        with pytest.MonkeyPatch.context() as mp:
            (no_per_row if fast else per_row_only)(mp)
            db = tmp_path / f"clean-{fast}.sqlite"
            sqlite_table(db)
            s = session_for(f"sqlite:///{db}")
            try:
                report = import_file(s, ImportOptions(path=str(clean), table="t"))
            finally:
                s.close()
            assert (report.read, report.inserted, report.rejected) == (30_000, 30_000, 0)
        dumps.append(sqlite_dump(db))
    assert dumps[0] == dumps[1]
    assert "2020-01-01 00:00:01+00:00" in "".join(dumps[1])  # the parser's form, as the per-row path binds it

    # one bad value: only its batch takes the per-row path, which rejects it by line, column and reason
    calls = []
    convert = loader_mod.Loader._convert

    def counted(self: Any, batch: Any) -> Any:
        calls.append(len(batch))
        return convert(self, batch)

    monkeypatch.setattr(loader_mod.Loader, "_convert", counted)
    db = tmp_path / "bad.sqlite"
    sqlite_table(db)
    s = session_for(f"sqlite:///{db}")
    try:
        report = import_file(s, ImportOptions(path=str(bad), table="t", on_error="skip"))
    finally:
        s.close()
    assert (report.read, report.inserted, report.rejected) == (30_000, 29_999, 1) and report.reconciles
    assert len(calls) == 1
    rejects = (Path(str(bad) + ".rejects.csv")).read_text(encoding="utf-8").splitlines()
    assert rejects[1].startswith("15002,id,not an integer: 'x1'")
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*), sum(id) FROM t").fetchone() == (29_999, 30_000 * 30_001 // 2 - 15_001)
    con.close()


def test_restore_into_postgres_reads_the_parquet_types_without_pyarrow(
    typed_archive: Path, pg_url: str, tmp_path: Path
) -> None:
    """DuckDB reads the file's column types for the COPY path: pyarrow (and numpy, ~0.12 s of
    start-up) is not loaded, and the table holds every row."""
    import subprocess
    import sys

    from conftest import untraced_env

    code = (
        "import sys\n"
        "from data_helpers import session_for\n"
        "from aishell.services.data.backup import restore\n"
        f"s = session_for({pg_url!r})\n"
        f"print(restore(s, {str(typed_archive)!r}, replace=True)[0].rows, 'pyarrow' in sys.modules)\n"
        "s.close()\n"
    )
    here = Path(__file__).resolve().parent
    env = {**untraced_env(), "PYTHONPATH": os.pathsep.join([str(here), str(here.parent)])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [str(ROWS + 3), "False"]
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*), sum(id), count(w), max(tz) FROM t").fetchone()[:3] == (
            ROWS + 3, ROWS * (ROWS + 1) // 2 - 6, ROWS + 2)  # fmt: skip
        conn.execute("DROP TABLE t")


def test_the_sqlite_benchmark_runs_end_to_end(pg_url: str) -> None:
    """bench/data_sqlite.py (restore and import into SQLite against ``sqlite3 .import``) at 300 rows."""
    import shutil
    import subprocess
    import sys

    if shutil.which("sqlite3") is None or shutil.which("psql") is None:
        pytest.skip("the sqlite3 and psql command-line tools are needed")
    script = Path(__file__).resolve().parents[2] / "bench" / "data_sqlite.py"
    r = subprocess.run([sys.executable, str(script), "--rows", "300", "--base-src", str(script.parents[1] / "src")],
                       capture_output=True, text=True, timeout=300)  # fmt: skip
    assert r.returncode == 0, r.stderr + r.stdout
    assert "300 rows" in r.stdout and "ratio" in r.stdout and r.stdout.count("\n  sqlite3 .import") == 2
    assert "aishell (base)" in r.stdout and "load average at the end" in r.stdout


# ---------------------------------------------------------------- SQLite: k rows an INSERT
MIXED = "CREATE TABLE m (id INTEGER PRIMARY KEY, i INTEGER, r REAL, n NUMERIC, t TEXT, b BLOB, x, d DATE)"
#: per column, edge values it accepts (None: NULL, an unquoted empty field); the lengths differ, so
#: the rows mix them
POOLS: dict[str, list[str | None]] = {
    "i": ["7", "-0", "9223372036854775807", "-9223372036854775808", "00012", " 5 ", None],
    "r": ["1.50", "9223372036854775808", "1e3", "-1.5e-7", "NaN", "12345678901234567890.123", None],
    "n": ["-0", "1.0", "1.50", "9223372036854775807", "1e3", "-1.5e-7", "NaN", None],
    "t": ["", "abc", "00012", "\\x00ff", None, " 5 "],
    "b": ["", "0x1F", "\\x00ff", None],
    "x": ["", "1.0", "abc", "9223372036854775808", None],
    "d": ["2020-01-01", "2020-12-31", None],
}


def one_row_a_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader as before multi-row INSERTs: ``executemany`` of the one-row INSERT."""
    from aishell.engines.sqlite.connection import SQLiteConnection

    monkeypatch.setattr(SQLiteConnection, "rows_per_insert", lambda self, width: 1)


def odd_rows_a_statement(monkeypatch: pytest.MonkeyPatch) -> None:
    """7 rows a statement: most batches end with a remainder of one-row INSERTs."""
    from aishell.engines.sqlite.connection import SQLiteConnection

    monkeypatch.setattr(SQLiteConnection, "rows_per_insert", lambda self, width: 7)


def write_mixed(path: Path, rows: int, duplicate_at: int | None = None) -> None:
    """``rows`` rows of the edge values of :data:`POOLS`; row ``duplicate_at`` repeats row 5's id."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("id," + ",".join(POOLS) + "\n")
        for g in range(1, rows + 1):
            cells = ["" if (v := pool[g % len(pool)]) is None else f'"{v}"' for pool in POOLS.values()]
            fh.write(f"{5 if g == duplicate_at else g}," + ",".join(cells) + "\n")


def import_mixed(db: Path, csv_path: Path, **kw: Any) -> tuple[Any, list[str]]:
    con = sqlite3.connect(db)
    con.execute(MIXED)
    con.commit()
    con.close()
    s = session_for(f"sqlite:///{db}")
    try:
        report = import_file(s, ImportOptions(path=str(csv_path), table="m", **kw))
    finally:
        s.close()
    con = sqlite3.connect(db)
    try:
        typed = [repr(r) for r in con.execute("SELECT id, typeof(i), typeof(r), typeof(n), typeof(t), typeof(b), "
                                              "typeof(x), typeof(d), * FROM m ORDER BY id")]  # fmt: skip
    finally:
        con.close()
    return report, typed


def test_sqlite_multirow_inserts_store_what_one_row_a_statement_stores(typed_archive: Path, tmp_path: Path) -> None:
    """Every value, type and NULL the same with k rows an INSERT (the default, and 7) as with one row
    a statement: a CSV of edge values into columns of every affinity, and the typed restore
    (25,003 rows: a last batch that is no multiple of k)."""
    csv_path = tmp_path / "mixed.csv"
    write_mixed(csv_path, 10_203)
    found: dict[str, tuple[list[str], list[str]]] = {}
    for mode, patch in (("one", one_row_a_statement), ("odd", odd_rows_a_statement), ("default", None)):
        with pytest.MonkeyPatch.context() as mp:
            if patch is not None:
                patch(mp)
            report, typed = import_mixed(tmp_path / f"m-{mode}.sqlite", csv_path)
            assert (report.read, report.inserted) == (10_203, 10_203)
            db = tmp_path / f"r-{mode}.sqlite"
            s = session_for(f"sqlite:///{db}")
            try:
                assert restore(s, str(typed_archive))[0].rows == ROWS + 3
            finally:
                s.close()
        found[mode] = (typed, sqlite_dump(db))
    assert found["one"] == found["odd"] == found["default"]
    kinds = {row.split(", ")[c] for row in found["default"][0] for c in range(1, 8)}
    assert {"'integer'", "'real'", "'text'", "'null'"} <= kinds  # the edges reach each storage class


def test_sqlite_multirow_refused_row_is_found_and_named_as_before(tmp_path: Path) -> None:
    """A duplicate key inside a multi-row INSERT: in skip mode the batch is bisected to that one row,
    rejected with its line and reason, the rest kept; in abort mode the same error as one row a
    statement, and nothing kept."""
    csv_path = tmp_path / "dup.csv"
    write_mixed(csv_path, 12_345, duplicate_at=11_111)
    results = []
    for mode, patch in (("one", one_row_a_statement), ("default", None)):
        with pytest.MonkeyPatch.context() as mp:
            if patch is not None:
                patch(mp)
            report, typed = import_mixed(tmp_path / f"skip-{mode}.sqlite", csv_path, on_error="skip")
            rejects = Path(str(csv_path) + ".rejects.csv").read_text(encoding="utf-8").splitlines()
            with pytest.raises(DataError) as err:
                import_mixed(tmp_path / f"abort-{mode}.sqlite", csv_path)
            con = sqlite3.connect(tmp_path / f"abort-{mode}.sqlite")
            kept = con.execute("SELECT count(*) FROM m").fetchone()[0]
            con.close()
        assert (report.read, report.inserted, report.rejected) == (12_345, 12_344, 1) and report.reconciles
        assert len(rejects) == 2 and rejects[1].startswith("11112,id,")
        assert kept == 0
        results.append((typed, rejects, str(err.value)))
    assert results[0] == results[1]
    assert "line 11112" in results[1][2]  # the bisected row's line, as before


def test_sqlite_rows_per_insert_stays_within_the_bound_parameters(tmp_path: Path) -> None:
    from aishell.engines.sqlite.connection import SQLiteConnection

    s = session_for(f"sqlite:///{tmp_path / 'lim.sqlite'}")
    try:
        conn = s.connection()
        assert isinstance(conn, SQLiteConnection)
        assert conn.rows_per_insert(6) == 100 and conn.rows_per_insert(0) == 1
        conn.raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)
        assert conn.rows_per_insert(6) == 3 and conn.rows_per_insert(21) == 1
    finally:
        s.close()
