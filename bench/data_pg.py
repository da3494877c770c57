#!/usr/bin/env python3
"""Benchmark: aishell's data commands against PostgreSQL's own tools, in one run.

Creates throwaway databases on the server (dropped at the end), loads ``--rows``
rows into a table (int id, text with commas and quotes, numeric, timestamptz,
boolean, nullable text with NULLs and empty strings), then times:

* export to CSV:   ``aishell export -t t -o FILE.csv``      vs ``psql -c "\\copy t to FILE csv header"``
* import from CSV: ``aishell import FILE.csv --table t2``   vs ``psql -c "\\copy t2 from FILE csv header"``
* backup:          ``aishell backup create -o FILE``        vs ``pg_dump -Fc``
* restore:         ``aishell backup restore FILE --to DB``  vs ``pg_restore -d DB``

Each is run ``--repeat`` times; the best wall time and the peak RSS of the
process (``ru_maxrss`` from ``wait4``) are printed with the ratio to the native
tool.  Run: ``.venv/bin/python bench/data_pg.py [--rows N] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AISHELL = [sys.executable, "-m", "aishell"]
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"

TABLE_DDL = """
CREATE TABLE t (
    id integer PRIMARY KEY, name text NOT NULL, amount numeric(12, 2) NOT NULL,
    created_at timestamptz NOT NULL, active boolean NOT NULL, note text
)
"""
FILL = """
INSERT INTO t
SELECT g, 'name ' || g || ', "quoted"', (g % 100000) / 100.0,
       timestamptz '2020-01-01 00:00:00+00' + g * interval '1 second', g % 3 = 0,
       CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN '' ELSE 'note ' || g END
FROM generate_series(1, {n}) g
"""


def bench_env() -> dict[str, str]:
    """The children's environment: this checkout's sources, a scratch AISHELL_HOME, and a
    bytecode cache (with PYTHONDONTWRITEBYTECODE=1 an editable install would compile every
    module on every start, which an installed package never does), warmed up once."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "AISHELL_HOME": tempfile.mkdtemp(prefix="aishell-bench-")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(env["AISHELL_HOME"]) / "pycache")
    warm = "import aishell.cli.main, aishell.services.data.export, aishell.services.data.import_, pyarrow, sqlglot"
    subprocess.run([sys.executable, "-c", warm], env=env, check=True)
    return env


@dataclass
class Timing:
    seconds: float
    rss_mb: float


def run(args: list[str], env: dict[str, str] | None = None) -> Timing:
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{err}")
    return Timing(elapsed, usage.ru_maxrss / 1024)


def best(fn: object, repeat: int) -> Timing:
    results = [fn() for _ in range(repeat)]  # type: ignore[operator]
    return min(results, key=lambda t: t.seconds)


def psql(url: str, command: str) -> list[str]:
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", command]


def sql(url: str, statement: str) -> None:
    subprocess.run(psql(url, statement), check=True, capture_output=True)


def database_url(name: str) -> str:
    return ADMIN.rsplit("/", 1)[0] + "/" + name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the table (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    for tool in ("psql", "pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")
    env = bench_env()
    tag = uuid.uuid4().hex[:8]
    names = [f"aishell_bench_{tag}_{x}" for x in ("src", "r1", "r2")]
    urls = [database_url(n) for n in names]
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-data-"))
    for name in names:
        sql(ADMIN, f'CREATE DATABASE "{name}"')
    rows: list[tuple[str, Timing, Timing]] = []
    try:
        src = urls[0]
        sql(src, TABLE_DDL)
        sql(src, FILL.format(n=args.rows))
        sql(src, "CREATE TABLE t2 (LIKE t INCLUDING ALL)")
        sql(src, "VACUUM ANALYZE t")
        csv_a, csv_p = work / "a.csv", work / "p.csv"

        ours = best(lambda: run([*AISHELL, "export", "--db", src, "-t", "t", "-o", str(csv_a)], env), args.repeat)
        native = best(lambda: run(psql(src, f"\\copy t to '{csv_p}' csv header")), args.repeat)
        rows.append(("export to CSV (vs psql \\copy)", ours, native))

        def our_import() -> Timing:
            sql(src, "TRUNCATE t2")
            return run([*AISHELL, "import", "--db", src, str(csv_p), "--table", "t2"], env)

        def psql_import() -> Timing:
            sql(src, "TRUNCATE t2")
            return run(psql(src, f"\\copy t2 from '{csv_p}' csv header"))

        rows.append(("import from CSV (vs psql \\copy)", best(our_import, args.repeat), best(psql_import, args.repeat)))

        arch, dump = work / "b.aishell", work / "b.dump"
        ours = best(lambda: run([*AISHELL, "backup", "create", "--db", src, "--tables", "t", "-o", str(arch)], env),
                    args.repeat)  # fmt: skip
        native = best(lambda: run(["pg_dump", "-Fc", "-t", "t", "-f", str(dump), "-d", src]), args.repeat)
        rows.append(("backup (vs pg_dump -Fc)", ours, native))

        def our_restore() -> Timing:
            sql(urls[1], "DROP TABLE IF EXISTS t")
            return run([*AISHELL, "backup", "restore", str(arch), "--to", urls[1]], env)

        def pg_restore() -> Timing:
            sql(urls[2], "DROP TABLE IF EXISTS t")
            return run(["pg_restore", "-d", urls[2], str(dump)])

        rows.append(("restore (vs pg_restore)", best(our_restore, args.repeat), best(pg_restore, args.repeat)))
        sizes = f"archive {arch.stat().st_size / 1e6:.1f} MB, pg_dump {dump.stat().st_size / 1e6:.1f} MB"
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(env["AISHELL_HOME"], ignore_errors=True)
        for name in names:
            sql(ADMIN, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"PostgreSQL, {args.rows:,} rows, best of {args.repeat}")
    print(f"{'operation':<34} {'aishell s':>10} {'native s':>10} {'ratio':>7} {'aishell MB':>11} {'native MB':>10}")
    for label, ours, native in rows:
        ratio = ours.seconds / native.seconds if native.seconds else float("inf")
        print(f"{label:<34} {ours.seconds:>10.2f} {native.seconds:>10.2f} {ratio:>6.2f}x "
              f"{ours.rss_mb:>11.0f} {native.rss_mb:>10.0f}")  # fmt: skip
    print(sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
