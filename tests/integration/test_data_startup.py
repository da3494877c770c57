"""Start-up is part of every export and import: the bulk paths load only what they use.

At a million rows a fixed 0.1 s is 10 % of the run, so these guard the lazy imports that the
benchmarks in bench/DATA.md rely on: PostgreSQL's COPY paths (export of a table, import of a
CSV file) need neither the SQL parser nor pyarrow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def _modules_after(argv: list[str], tmp_path: Path) -> set[str]:
    code = (
        "import atexit, sys\n"
        "from aishell.cli.main import main\n"
        f"sys.argv = {['aishell', *argv]!r}\n"
        "atexit.register(lambda: print(' '.join(sorted({m.split('.')[0] for m in sys.modules}))))\n"
        "main()\n"  # (it ends the process, through the exit handlers)
    )
    env = {**os.environ, "AISHELL_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    return set(out.stdout.split())


def test_postgres_table_export_and_csv_import_load_only_what_they_use(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    table = f"startup_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (id integer PRIMARY KEY, name text)")
        conn.execute(f"INSERT INTO {table} SELECT g, 'n' || g FROM generate_series(1, 100) g")
    try:
        out = tmp_path / "t.csv"
        exported = _modules_after(["export", "--db", pg_url, "--table", table, "-o", str(out)], tmp_path)
        assert "psycopg" in exported and "sqlglot" not in exported and "pyarrow" not in exported
        assert len(out.read_text().splitlines()) == 101
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"TRUNCATE {table}")
        imported = _modules_after(["import", "--db", pg_url, str(out), "--table", table], tmp_path)
        assert "pyarrow" not in imported and "sqlglot" not in imported
        with psycopg.connect(pg_url) as conn:
            assert conn.execute(f"SELECT count(*), sum(id) FROM {table}").fetchone() == (100, 5050)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def test_mysql_csv_import_does_not_load_the_sql_parser(mysql_url: str, tmp_path: Path) -> None:
    """The LOAD DATA path needs the columns' kinds (read by typemap's own table) and pyarrow."""
    import pymysql

    from aishell.urls import DatabaseURL

    url = DatabaseURL.parse(mysql_url)
    table = f"startup_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user, database=url.database,
                           autocommit=True)  # fmt: skip
    try:
        with conn.cursor() as cur:
            cur.execute(f"CREATE TABLE {table} (id int PRIMARY KEY, name varchar(20), amount decimal(12,2), "
                        "at datetime(6), ok boolean)")  # fmt: skip
        path = tmp_path / "in.csv"
        path.write_text("id,name,amount,at,ok\n" + "".join(
            f"{i},n{i},{i}.50,2024-01-02 03:04:05,{i % 2}\n" for i in range(1, 201)))  # fmt: skip
        loaded = _modules_after(["import", "--db", mysql_url, str(path), "--table", table], tmp_path)
        assert "sqlglot" not in loaded and "pyarrow" in loaded
        with conn.cursor() as cur:
            cur.execute(f"SELECT count(*), sum(amount), sum(ok) FROM {table}")
            assert cur.fetchone() == (200, __import__("decimal").Decimal("20200.00"), 100)
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {table}")
        conn.close()
