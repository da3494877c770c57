#!/usr/bin/env python3
"""Benchmark: ``aishell fleet health`` over 50 databases with 1, 2 and 4 Celery worker processes.

Creates the fleet on the local servers (by default 20 PostgreSQL databases, 20 MariaDB
databases and 10 SQLite files, each with a small table and an index), writes a targets file,
then for each worker count starts that many ``aishell worker --pool solo`` processes (one task
at a time each) on a queue of its own in the Redis database ``--redis-db`` (all sets at once:
idle workers take no task), and runs ``aishell fleet health --targets FILE -F json --queue Q``
for each set in turn, ``--runs`` rounds after a warm-up round, interleaved so that the load of
a busy machine spreads over every configuration.  The same command with ``--executor local``
(threads in the client, no broker) is the reference.
Every run must report all targets ``ok`` (or ``warning``), else the benchmark fails.

Printed: the median wall time of the command (start-up included), the median and best time the
fleet service reported from dispatch to the last result, and the speed-up against one worker.
The databases, the files and the Redis keys are dropped afterwards, whatever happened.

Run: ``.venv/bin/python bench/fleet_health.py [--runs 5] [--workers 1,2,4] [--pg 20 --mysql 20 --sqlite 10]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
MYSQL = ("127.0.0.1", 3306, "root")
PREFIX = "aishell_bench_fleet_"


def _aishell(*args: str) -> list[str]:
    return [sys.executable, "-m", "aishell", *args]


@contextmanager
def fleet(pg: int, mysql: int, sqlite_files: int, folder: Path) -> Iterator[list[str]]:
    """Create the databases; yield their URLs; drop them."""
    import psycopg
    import pymysql

    suffix = uuid.uuid4().hex[:6]
    pg_names = [f"{PREFIX}{suffix}_{i}" for i in range(pg)]
    my_names = [f"{PREFIX}{suffix}_{i}" for i in range(mysql)]
    urls: list[str] = []
    admin = psycopg.connect(PG_ADMIN, autocommit=True)
    my = pymysql.connect(host=MYSQL[0], port=MYSQL[1], user=MYSQL[2], password="", autocommit=True)
    try:
        for name in pg_names:
            admin.execute(f'CREATE DATABASE "{name}"')
            url = f"postgresql://postgres@127.0.0.1:5432/{name}"
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("CREATE TABLE items (id int PRIMARY KEY, name text);"
                             "CREATE INDEX items_name ON items (name);"
                             "INSERT INTO items SELECT g, 'n' || g FROM generate_series(1, 1000) g")  # fmt: skip
            urls.append(url)
        with my.cursor() as cur:
            for name in my_names:
                cur.execute(f"CREATE DATABASE `{name}`")
                cur.execute(f"USE `{name}`")  # the seq_1_to_N tables need a current database
                cur.execute(f"CREATE TABLE `{name}`.items (id int PRIMARY KEY, name varchar(40), KEY (name))")
                cur.execute(f"INSERT INTO `{name}`.items SELECT seq, concat('n', seq) FROM seq_1_to_1000")
                urls.append(f"mysql://root@127.0.0.1:3306/{name}")
        for i in range(sqlite_files):
            path = folder / f"fleet{i}.db"
            conn = sqlite3.connect(path)
            conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
            conn.execute("CREATE INDEX items_name ON items (name)")
            conn.executemany("INSERT INTO items VALUES (?, ?)", [(n, f"n{n}") for n in range(1000)])
            conn.commit()
            conn.close()
            urls.append(f"sqlite:///{path}")
        yield urls
    finally:
        for name in pg_names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        with my.cursor() as cur:
            for name in my_names:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
        admin.close()
        my.close()


def start_workers(count: int, env: dict[str, str], logs: Path) -> list[subprocess.Popen[bytes]]:
    procs = []
    for i in range(count):
        log = open(logs / f"worker{count}_{i}.log", "wb")  # noqa: SIM115 - the worker's, closed with it
        procs.append(subprocess.Popen(_aishell("worker", "--pool", "solo", "--loglevel", "INFO"), env=env,
                                      stdout=log, stderr=subprocess.STDOUT))  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if all(b"ready." in (logs / f"worker{count}_{i}.log").read_bytes() for i in range(count)):
            return procs
        if any(p.poll() is not None for p in procs):
            break
        time.sleep(0.1)
    stop_workers(procs)
    raise SystemExit(f"workers did not start; see {logs}")


def stop_workers(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()


def run_health(targets: Path, env: dict[str, str], extra: list[str], expected: int) -> tuple[float, float]:
    """One ``fleet health`` run: (the command's wall seconds, the service's dispatch-to-gather seconds)."""
    start = time.perf_counter()
    r = subprocess.run(_aishell("fleet", "health", "--targets", str(targets), "-F", "json", *extra), env=env,
                       capture_output=True, text=True, timeout=600)  # fmt: skip
    wall = time.perf_counter() - start
    try:
        doc = json.loads(r.stdout)
    except json.JSONDecodeError:
        raise SystemExit(f"fleet health failed ({r.returncode}): {r.stderr}") from None
    bad = [t for t in doc["targets"] if t["status"] not in ("ok", "warning")]
    if bad or len(doc["targets"]) != expected:
        raise SystemExit(f"fleet health: {len(bad)} targets not ok: {bad[:2]}")
    return wall, float(doc["wall_seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds (each runs every configuration once)")
    parser.add_argument("--workers", default="1,2,4", help="worker process counts")
    parser.add_argument("--pg", type=int, default=20, help="PostgreSQL databases")
    parser.add_argument("--mysql", type=int, default=20, help="MariaDB databases")
    parser.add_argument("--sqlite", type=int, default=10, help="SQLite files")
    parser.add_argument("--redis-db", type=int, default=int(os.environ.get("AISHELL_BENCH_REDIS_DB", "12")),
                        help="Redis logical database of the broker (default 12)")  # fmt: skip
    parser.add_argument("--local-parallel", default="1,4", help="thread counts of the --executor local reference")
    args = parser.parse_args(argv)
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if args.runs < 1 or not counts or min(counts) < 1 or args.pg + args.mysql + args.sqlite < 1:
        parser.error("--runs, --workers and the database counts must be positive")
    import redis

    broker = f"redis://127.0.0.1:6379/{args.redis_db}"
    queue = f"bench_fleet_{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(broker)
    before = set(client.scan_iter())
    home = Path(tempfile.mkdtemp(prefix="fleet-bench-home-"))
    env = {**os.environ, "AISHELL_HOME": str(home), "AISHELL_FLEET_BROKER": broker, "AISHELL_FLEET_QUEUE": queue}
    configs: list[tuple[str, list[str]]] = [
        (f"--executor local --parallel {n}", ["--executor", "local", "--parallel", str(n)])
        for n in [int(p) for p in args.local_parallel.split(",") if p.strip()]
    ]
    configs += [(f"celery, {n} worker process{'es' * (n != 1)}", ["--queue", f"{queue}_{n}"]) for n in counts]
    times: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in configs}
    procs: list[subprocess.Popen[bytes]] = []
    with tempfile.TemporaryDirectory(prefix="fleet-bench-") as tmp, fleet(args.pg, args.mysql, args.sqlite,
                                                                          Path(tmp)) as urls:  # fmt: skip
        targets = Path(tmp) / "targets.txt"
        targets.write_text("".join(f"{u}\n" for u in urls))
        total = len(urls)
        print(f"{total} databases: {args.pg} PostgreSQL, {args.mysql} MariaDB, {args.sqlite} SQLite; "
              f"{args.runs} rounds after a warm-up", file=sys.stderr)  # fmt: skip
        try:
            for n in counts:  # every worker set runs at once, each on its queue; idle ones take no task
                procs += start_workers(n, {**env, "AISHELL_FLEET_QUEUE": f"{queue}_{n}"}, Path(tmp))
            for round_ in range(args.runs + 1):  # the configurations interleaved, round by round
                for name, extra in configs:
                    result = run_health(targets, env, extra, total)
                    if round_:  # round 0 warms up (each worker imports what health needs)
                        times[name].append(result)
                print(f"round {round_}: " + ", ".join(f"{n}: {t[-1][1]:.2f} s" for n, t in times.items() if t),
                      file=sys.stderr)  # fmt: skip
        finally:
            stop_workers(procs)
            new = set(client.scan_iter()) - before
            if new:
                client.delete(*new)
            shutil.rmtree(home, ignore_errors=True)
    rows = [(name, statistics.median(t[0] for t in runs), statistics.median(t[1] for t in runs),
             min(t[1] for t in runs)) for name, runs in times.items()]  # fmt: skip
    base = next((r for r in rows if r[0].startswith("celery, 1 ")), rows[0])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n`aishell fleet health` over {total} databases ({args.runs} interleaved rounds; CPUs: {os.cpu_count()}; "
          f"load average at the end: {load})\n")  # fmt: skip
    print("| executor | command wall (median) | dispatch to last result: median / best | speed-up vs 1 worker: "
          "median / best |")  # fmt: skip
    print("|---|---|---|---|")
    for name, wall, median, best in rows:
        print(
            f"| {name} | {wall:.2f} s | {median:.2f} / {best:.2f} s | {base[2] / median:.2f}x / {base[3] / best:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
