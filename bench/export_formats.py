#!/usr/bin/env python3
"""Benchmark: exports to CSV (MariaDB), JSONL and Parquet (PostgreSQL) against native tools, in one run.

Creates throwaway databases (dropped at the end) holding the same ``--rows``-row table on both
servers (int id, text with commas and quotes, decimal, timestamp with microseconds, boolean,
nullable text with NULLs and empty strings), then, in ``--repeat`` interleaved rounds (every
contender once per round, so drift hits all alike), times:

MariaDB CSV
  * ``aishell query -F csv -o FILE "SELECT 1"``  (start-up, connect and exit: the floor)
  * ``aishell query -F csv -o FILE "SELECT * FROM t"``  (the session's bulk path)
  * ``aishell export -t t -o FILE.csv``
  * ``mariadb -B --quick -e "SELECT * FROM t" > FILE``  (the baseline)

PostgreSQL JSONL
  * ``aishell export -t t -o FILE.jsonl``
  * DuckDB (the reference): ``COPY (SELECT * FROM postgres_scan(...)) TO FILE (FORMAT json)`` run by
    ``python -c`` with the duckdb package and its postgres_scanner extension (offline wheel)
  * ``psql -c "\\copy t to FILE csv header"`` (for scale: the server's own text output)

PostgreSQL Parquet
  * ``aishell export -t t -o FILE.parquet``
  * DuckDB (the reference): ``COPY (SELECT * FROM postgres_scan(...)) TO FILE (FORMAT parquet,
    COMPRESSION zstd)``; its two scan threads write most rows out of the table's order
  * the same with ``SET threads = 1``, which keeps the table's order, as aishell's export does (the
    rows out of order in each file are counted and printed)

Wall time is ``Popen`` to ``wait4``; CPU is the child's user+system time; peak RSS is its
``ru_maxrss``.  The medians are reported with ratios to each group's baseline (of wall and of CPU
medians); the load average is printed before and after.  The throwaway PostgreSQL database has
``synchronize_seqscans`` off, so every export reads the rows in the same order.  ``--base-src DIR``
runs another tree's aishell too (``before:`` rows, e.g. ``git archive HEAD src | tar -x -C
/tmp/base``), and checks both wrote the same bytes.
Run: ``.venv/bin/python bench/export_formats.py [--rows N] [--repeat N] [--base-src DIR]``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data_pg import Timing, bench_env, database_url, interleaved, loadavg, median, psql, sql

AISHELL = [sys.executable, "-m", "aishell"]
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
MY_HOST, MY_PORT, MY_USER = "127.0.0.1", 3306, "root"

PG_DDL = (
    "CREATE TABLE t (id integer PRIMARY KEY, name text NOT NULL, amount numeric(12, 2) NOT NULL, "
    "created_at timestamptz NOT NULL, active boolean NOT NULL, note text)"
)
PG_FILL = (
    "INSERT INTO t SELECT g, 'name ' || g || ', \"quoted\"', (g % 100000) / 100.0, "
    "timestamptz '2020-01-01 00:00:00.123457+00' + g * interval '1.000001 second', g % 3 = 0, "
    "CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN '' ELSE 'note ' || g END FROM generate_series(1, {n}) g"
)
MY_DDL = (
    "CREATE TABLE t (id int PRIMARY KEY, name varchar(100) NOT NULL, amount decimal(12,2) NOT NULL, "
    "created_at datetime(6) NOT NULL, active boolean NOT NULL, note text)"
)
MY_FILL = (
    "INSERT INTO t SELECT seq, concat('name ', seq, ', \"quoted\"'), (seq % 100000) / 100, "
    "timestamp'2020-01-01 00:00:00.123457' + interval seq * 1000001 microsecond, seq % 3 = 0, "
    "CASE WHEN seq % 5 = 0 THEN NULL WHEN seq % 5 = 1 THEN '' ELSE concat('note ', seq) END FROM seq_1_to_{n}"
)
DUCK = """
import sys, duckdb
from aishell.engines.duckdb.scanner import extension
con = duckdb.connect()
con.execute("LOAD '" + extension("postgres_scanner") + "'")
con.execute(sys.argv[1])
"""


def rows_out_of_order(path: Path) -> int:
    """Rows of a Parquet file of ``t`` that are not at their ``id``'s place (the table was filled in id order)."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads = 1")  # read in the file's order
    ids = con.execute(f"SELECT id FROM read_parquet('{path}')").fetchall()
    return sum(1 for place, (row_id,) in enumerate(ids, 1) if row_id != place)


def mariadb(db: str | None, statement: str, *extra: str) -> list[str]:
    tool = shutil.which("mariadb") or shutil.which("mysql") or "mariadb"
    return [tool, "-h", MY_HOST, "-P", str(MY_PORT), "-u", MY_USER, *extra, *([db] if db else []), "-e", statement]


def run_to(args: list[str], env: dict[str, str] | None, stdout: Path | None = None) -> Timing:
    """``data_pg.run`` with the child's standard output to a file (the mariadb client writes there)."""
    import os
    import time

    out = open(stdout, "wb") if stdout else subprocess.DEVNULL  # noqa: SIM115 - closed below
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
    finally:
        if stdout:
            out.close()  # type: ignore[union-attr]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{err}")
    return Timing(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def digest(path: Path) -> str:
    """A file's SHA-256, read in chunks: this process stays small, and so do the ``ru_maxrss`` of
    the children it forks afterwards (a forked child counts the pages it shared with its parent)."""
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def report(title: str, found: dict[str, list[Timing]], native: str) -> None:
    """Medians per contender; ``ratio`` is of wall medians, ``CPU ratio`` of CPU medians (steadier on a
    busy machine), both against ``native``."""
    base = median([t.seconds for t in found[native]])
    base_cpu = median([t.cpu for t in found[native]])
    print(f"\n{title}")
    print(f"{'tool':<44} {'median s':>9} {'best s':>8} {'CPU s':>7} {'peak MB':>8} {'ratio':>7} {'CPU ratio':>9}")
    for name, runs in found.items():
        wall, cpu = median([t.seconds for t in runs]), median([t.cpu for t in runs])
        print(f"{name:<44} {wall:>9.2f} {min(t.seconds for t in runs):>8.2f} {cpu:>7.2f} "
              f"{max(t.rss_mb for t in runs):>8.0f} {wall / base:>6.2f}x {cpu / base_cpu:>8.2f}x")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the table (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="interleaved rounds (default 5); medians count")
    parser.add_argument("--base-src", help="another tree's src folder (e.g. `git archive HEAD src`): its aishell "
                        "runs too, interleaved, as 'before'")  # fmt: skip
    parser.add_argument("--only", choices=("mariadb", "jsonl", "parquet"), action="append",
                        help="run only these groups (repeatable)")  # fmt: skip
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    groups = set(args.only or ("mariadb", "jsonl", "parquet"))
    env = bench_env()
    base_env = bench_env(args.base_src) if args.base_src else None
    tag = uuid.uuid4().hex[:8]
    pg_db, my_db = f"aishell_bench_{tag}", f"aishell_bench_{tag}"
    pg_url, my_url = database_url(pg_db), f"mysql://{MY_USER}@{MY_HOST}:{MY_PORT}/{my_db}"
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-fmt-"))
    print(f"load average at the start: {loadavg()}; {args.rows:,} rows, {args.repeat} rounds")
    sql(ADMIN, f'CREATE DATABASE "{pg_db}"')
    # every scan from the table's first page: before and after write the rows in the same order
    sql(ADMIN, f'ALTER DATABASE "{pg_db}" SET synchronize_seqscans TO off')
    subprocess.run(mariadb(None, f"CREATE DATABASE `{my_db}`"), check=True, capture_output=True)
    try:
        results: list[tuple[str, dict[str, list[Timing]], str]] = []
        if "mariadb" in groups:
            subprocess.run(mariadb(my_db, MY_DDL), check=True, capture_output=True)
            subprocess.run(mariadb(my_db, MY_FILL.format(n=args.rows)), check=True, capture_output=True)
            contenders: list[tuple[str, Callable[[], Timing]]] = [
                ("aishell query SELECT 1 (start-up floor)",
                 lambda: run_to([*AISHELL, "query", "--db", my_url, "-F", "csv", "-o", str(work / "one.csv"),
                                 "SELECT 1"], env)),
                ("aishell query -F csv -o", lambda: run_to([*AISHELL, "query", "--db", my_url, "-F", "csv", "-o",
                                                             str(work / "my_q.csv"), "SELECT * FROM t"], env)),
                ("aishell export -t", lambda: run_to([*AISHELL, "export", "--db", my_url, "-t", "t", "-o",
                                                       str(work / "my_e.csv")], env)),
                ("mariadb -B --quick (baseline)", lambda: run_to(mariadb(my_db, "SELECT * FROM t", "-B", "--quick"),
                                                                 None, work / "my_n.tsv")),
            ]  # fmt: skip
            if base_env is not None:
                contenders[3:3] = [
                    ("before: aishell query -F csv -o", lambda: run_to([*AISHELL, "query", "--db", my_url, "-F", "csv",
                                                                         "-o", str(work / "my_qb.csv"),
                                                                         "SELECT * FROM t"], base_env)),
                    ("before: aishell export -t", lambda: run_to([*AISHELL, "export", "--db", my_url, "-t", "t", "-o",
                                                                   str(work / "my_eb.csv")], base_env)),
                ]  # fmt: skip
            results.append(("MariaDB to CSV", interleaved(contenders, args.repeat), "mariadb -B --quick (baseline)"))
            names = ["my_q.csv", "my_e.csv", *(["my_qb.csv", "my_eb.csv"] if base_env is not None else [])]
            same = len({digest(work / n) for n in names}) == 1
            print(f"MariaDB: {', '.join(names)} hold {'the same' if same else 'DIFFERENT'} bytes")
        if groups & {"jsonl", "parquet"}:
            sql(pg_url, PG_DDL)
            sql(pg_url, PG_FILL.format(n=args.rows))
            sql(pg_url, "VACUUM ANALYZE t")
        scan = f"postgres_scan('dbname={pg_db} host=127.0.0.1 port=5432 user=postgres', 'public', 't')"
        if "jsonl" in groups:
            contenders = [
                ("aishell export -t (jsonl)", lambda: run_to([*AISHELL, "export", "--db", pg_url, "-t", "t", "-o",
                                                               str(work / "pg.jsonl")], env)),
                ("duckdb postgres_scan COPY json (reference)",
                 lambda: run_to([sys.executable, "-c", DUCK, f"COPY (SELECT * FROM {scan}) TO "
                                 f"'{work / 'duck.jsonl'}' (FORMAT json)"], env)),
                ("psql \\copy csv (scale)", lambda: run_to(psql(pg_url, f"\\copy t to '{work / 'p.csv'}' csv header"),
                                                           None)),
            ]  # fmt: skip
            if base_env is not None:
                contenders.insert(1, ("before: aishell export -t (jsonl)",
                                      lambda: run_to([*AISHELL, "export", "--db", pg_url, "-t", "t", "-o",
                                                      str(work / "pgb.jsonl")], base_env)))  # fmt: skip
            results.append(("PostgreSQL to JSONL", interleaved(contenders, args.repeat),
                            "duckdb postgres_scan COPY json (reference)"))  # fmt: skip
        if "parquet" in groups:
            contenders = [
                ("aishell export -t (parquet)", lambda: run_to([*AISHELL, "export", "--db", pg_url, "-t", "t", "-o",
                                                                 str(work / "pg.parquet")], env)),
                ("duckdb postgres_scan COPY parquet (reference)",
                 lambda: run_to([sys.executable, "-c", DUCK, f"COPY (SELECT * FROM {scan}) TO "
                                 f"'{work / 'duck.parquet'}' (FORMAT parquet, COMPRESSION zstd)"], env)),
                # DuckDB's two scan threads write the rows out of the table's order; one keeps it, as aishell does
                ("duckdb the same, one thread (table order)",
                 lambda: run_to([sys.executable, "-c", DUCK, f"SET threads = 1; COPY (SELECT * FROM {scan}) TO "
                                 f"'{work / 'duck1.parquet'}' (FORMAT parquet, COMPRESSION zstd)"], env)),
            ]  # fmt: skip
            if base_env is not None:
                contenders.insert(1, ("before: aishell export -t (parquet)",
                                      lambda: run_to([*AISHELL, "export", "--db", pg_url, "-t", "t", "-o",
                                                      str(work / "pgb.parquet")], base_env)))  # fmt: skip
            results.append(("PostgreSQL to Parquet", interleaved(contenders, args.repeat),
                            "duckdb postgres_scan COPY parquet (reference)"))  # fmt: skip
        if "parquet" in groups:
            for name in ("pg.parquet", "duck.parquet", "duck1.parquet"):
                print(f"PostgreSQL: {name}: {rows_out_of_order(work / name):,} rows out of the table's (id) order")
        if "jsonl" in groups and base_env is not None:
            same = digest(work / "pg.jsonl") == digest(work / "pgb.jsonl")
            print(f"PostgreSQL: JSONL before and after: {'the same' if same else 'DIFFERENT'} bytes")
        for title, found, native in results:
            report(title, found, native)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for e in (env, base_env):
            if e is not None:
                shutil.rmtree(e["AISHELL_HOME"], ignore_errors=True)
        subprocess.run(mariadb(None, f"DROP DATABASE IF EXISTS `{my_db}`"), capture_output=True)
        subprocess.run(psql(ADMIN, f'DROP DATABASE IF EXISTS "{pg_db}"'), capture_output=True)
    print(f"\nload average at the end: {loadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
