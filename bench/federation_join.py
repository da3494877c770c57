"""Federated join vs export-then-join (issue 20): a join of a 1,000,000-row PostgreSQL table with a
1,000,000-row MariaDB table.

* federated: ``aishell query --attach pg=... --attach my=... "SELECT ... JOIN ..."`` (DuckDB's
  postgres and mysql scanners read both tables and join them in one process);
* export-then-join: ``aishell export -t`` of each table to Parquet, then the same join in DuckDB
  over the two files (the export wall times are counted; the join is run by a separate ``aishell
  query`` on an in-memory DuckDB).

Both run as one-shot CLI commands (subprocesses), alternated, best and median of ``--repeat``.  The
tables are made at the start in the ``test`` databases and dropped at the end.

    .venv/bin/python bench/federation_join.py [--rows 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg
import pymysql

PG = "postgresql://postgres@127.0.0.1:5432/test"
MY = "mysql://root@127.0.0.1:3306/test"
AISHELL = [sys.executable, "-m", "aishell"]


def make_tables(name: str, rows: int) -> None:
    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as pg:
        pg.execute(f"CREATE TABLE {name} (id int PRIMARY KEY, customer text, amount numeric(12,2), "
                   "created timestamp)")  # fmt: skip
        pg.execute(f"INSERT INTO {name} SELECT g, 'customer ' || (g % 5000), (g % 1000) / 10.0, "
                   f"timestamp '2026-01-01' + g * interval '1 second' FROM generate_series(1, {rows}) g")  # fmt: skip
        pg.execute(f"ANALYZE {name}")
    my = pymysql.connect(host="127.0.0.1", user="root", database="test", autocommit=True)
    with my.cursor() as cur:
        cur.execute(f"CREATE TABLE {name} (id int PRIMARY KEY, city varchar(40), qty int)")
        cur.execute(f"INSERT INTO {name} SELECT seq, concat('city ', seq % 300), seq % 7 "
                    f"FROM seq_1_to_{rows}")  # fmt: skip
        cur.execute(f"ANALYZE TABLE {name}")
        cur.fetchall()
    my.close()


def drop_tables(name: str) -> None:
    with psycopg.connect("host=127.0.0.1 user=postgres dbname=test", autocommit=True) as pg:
        pg.execute(f"DROP TABLE IF EXISTS {name}")
    my = pymysql.connect(host="127.0.0.1", user="root", database="test", autocommit=True)
    with my.cursor() as cur:
        cur.execute(f"DROP TABLE IF EXISTS {name}")
    my.close()


def run(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([*AISHELL, *args], capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr}")
    return took, done.stdout.strip()


def join_sql(left: str, right: str) -> str:
    return (f"SELECT count(*) AS n, sum(p.amount * m.qty) AS total, count(DISTINCT m.city) AS cities "
            f"FROM {left} p JOIN {right} m USING (id)")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    opts = ap.parse_args()
    name = f"bench_fed_{uuid.uuid4().hex[:8]}"
    os.environ.setdefault("AISHELL_HOME", tempfile.mkdtemp(prefix="aishell-bench-home-"))
    t0 = time.perf_counter()
    make_tables(name, opts.rows)
    print(f"tables {name}: {opts.rows:,} rows each, made in {time.perf_counter() - t0:.1f} s", flush=True)
    federated: list[float] = []
    exported: list[float] = []
    parts: list[tuple[float, float, float]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="aishell-bench-fed-") as tmp:
            pq_pg, pq_my = Path(tmp, "pg.parquet"), Path(tmp, "my.parquet")
            for _ in range(opts.repeat):
                took, out_fed = run(["query", "-F", "csv", "--attach", f"pg={PG}", "--attach", f"my={MY}",
                                     join_sql(f"pg.public.{name}", f"my.test.{name}")])  # fmt: skip
                federated.append(took)
                a, _ = run(["export", "--db", PG, "-t", name, "-o", str(pq_pg)])
                b, _ = run(["export", "--db", MY, "-t", name, "-o", str(pq_my)])
                c, out_exp = run(["query", "-F", "csv", "--attach", f"p={pq_pg}", "--attach", f"m={pq_my}",
                                  join_sql("p", "m")])  # fmt: skip
                exported.append(a + b + c)
                parts.append((a, b, c))
                if out_fed != out_exp:
                    raise SystemExit(f"the two ways disagree:\n{out_fed}\n{out_exp}")
                print(f"federated {took:.2f} s | export pg {a:.2f} + export my {b:.2f} + join {c:.2f} "
                      f"= {a + b + c:.2f} s", flush=True)  # fmt: skip
    finally:
        drop_tables(name)
    print(f"result: {out_fed.splitlines()[-1]}")
    best_f, best_e = min(federated), min(exported)
    med_f, med_e = statistics.median(federated), statistics.median(exported)
    print(f"federated join:         best {best_f:.2f} s, median {med_f:.2f} s")
    print(f"export both, then join: best {best_e:.2f} s, median {med_e:.2f} s")
    print(f"ratio (export path / federated): best {best_e / best_f:.2f}x, median {med_e / med_f:.2f}x")


if __name__ == "__main__":
    main()
