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
        "import sys\n"
        "from aishell.cli.main import main\n"
        f"sys.argv = {['aishell', *argv]!r}\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))\n"
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
