#!/usr/bin/env python3
"""Benchmark: aishell's data commands against PostgreSQL's own tools, in one run.

Creates throwaway databases on the server (dropped at the end), loads ``--rows``
rows into a table (int id, text with commas and quotes, numeric, timestamptz,
boolean, nullable text with NULLs and empty strings), then times:

* export to CSV:   ``aishell export -t t -o FILE.csv``      vs ``psql -c "\\copy t to FILE csv header"``
* import from CSV: ``aishell import FILE.csv --table t2``   vs ``psql -c "\\copy t2 from FILE csv header"``
* backup:          ``aishell backup create -o FILE``        vs ``pg_dump -Fc``
* restore:         ``aishell backup restore FILE --to DB``  vs ``pg_restore -d DB``

Each is run ``--repeat`` times, interleaved with the native tool (and with
``--base-src DIR``, aishell from another source tree: before/after in one run); the
median and best wall time, the median CPU time and the peak RSS of the process
(``ru_maxrss`` from ``wait4``) are printed with the ratio of medians to the native
tool, and the load average before and after.  ``--base-src`` may be given more than once (each
tree another contender).  After the restores, the restored tables are compared with the source
(``md5`` of every row's text, in key order): a difference fails the run.
Run: ``.venv/bin/python bench/data_pg.py [--rows N] [--repeat N] [--only restore,import]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
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


def bench_env(src: str | None = None) -> dict[str, str]:
    """The children's environment: this checkout's sources (or ``src``, another tree's ``src``
    folder: ``--base-src``), a scratch AISHELL_HOME, and a
    bytecode cache (with PYTHONDONTWRITEBYTECODE=1 an editable install would compile every
    module on every start, which an installed package never does), warmed up once."""
    env = {**os.environ, "PYTHONPATH": src or str(ROOT / "src"),
           "AISHELL_HOME": tempfile.mkdtemp(prefix="aishell-bench-")}  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(env["AISHELL_HOME"]) / "pycache")
    warm = "import aishell.cli.main, aishell.services.data.export, aishell.services.data.import_, pyarrow, sqlglot"
    subprocess.run([sys.executable, "-c", warm], env=env, check=True)
    return env


@dataclass
class Timing:
    seconds: float
    rss_mb: float
    cpu: float = 0.0  # user + system seconds of the child


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
    return Timing(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def best(fn: Callable[[], Timing], repeat: int) -> Timing:
    results = [fn() for _ in range(repeat)]
    return min(results, key=lambda t: t.seconds)


def interleaved(contenders: list[tuple[str, Callable[[], Timing]]], repeat: int) -> dict[str, list[Timing]]:
    """Every contender once per round, in turn, ``repeat`` rounds (drift hits all alike); each
    round starts one contender later than the one before (no one always runs first)."""
    found: dict[str, list[Timing]] = {name: [] for name, _fn in contenders}
    for r in range(repeat):
        for name, fn in contenders[r % len(contenders) :] + contenders[: r % len(contenders)]:
            found[name].append(fn())
    return found


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def report(title: str, groups: list[tuple[str, dict[str, list[Timing]]]]) -> None:
    """Per operation, one line per contender: median and best wall time, median CPU, peak RSS and
    the ratio of medians to the native tool (the contender whose name is not aishell's)."""
    print(title)
    print(f"{'operation / tool':<36} {'median s':>9} {'best s':>8} {'CPU s':>7} {'MB':>5} {'ratio':>7}")
    for label, found in groups:
        native = next(k for k in found if not k.startswith("aishell"))
        base = median([t.seconds for t in found[native]])
        print(label)
        for name, runs in found.items():
            wall = median([t.seconds for t in runs])
            ratio = f"{wall / base:6.2f}x" if base else "  -"
            print(f"  {name:<34} {wall:>9.2f} {min(t.seconds for t in runs):>8.2f} "
                  f"{median([t.cpu for t in runs]):>7.2f} {max(t.rss_mb for t in runs):>5.0f} {ratio:>7}")  # fmt: skip


def psql(url: str, command: str) -> list[str]:
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", command]


def sql(url: str, statement: str) -> None:
    subprocess.run(psql(url, statement), check=True, capture_output=True)


def digest(url: str) -> str:
    """The md5 of every row's text of ``t`` in key order, and the row count."""
    query = "SELECT md5(string_agg(t::text, E'\\n' ORDER BY id)) || ' ' || count(*) FROM t"
    return subprocess.run([*psql(url, query), "-At"], check=True, capture_output=True, text=True).stdout.strip()


def same_rows(source: str, restored: str) -> None:
    if digest(source) != digest(restored):
        raise SystemExit(f"the restored table differs from the source: {digest(restored)} vs {digest(source)}")


def database_url(name: str) -> str:
    return ADMIN.rsplit("/", 1)[0] + "/" + name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the table (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds per measurement")
    parser.add_argument("--only", default="export,import,backup,restore",
                        help="comma-separated: export, import, backup, restore (default: all)")  # fmt: skip
    parser.add_argument("--base-src", metavar="DIR", action="append", default=[],
                        help="also run aishell from this src folder (e.g. the last commit's, from git archive); "
                             "repeatable")  # fmt: skip
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    only = set(args.only.split(","))
    for tool in ("psql", "pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")
    envs = {"aishell": bench_env()}
    for i, base in enumerate(args.base_src):
        envs["aishell (base)" if i == 0 else f"aishell (base {i + 1})"] = bench_env(base)
    tag = uuid.uuid4().hex[:8]
    names = [f"aishell_bench_{tag}_{x}" for x in ("src", "r1", "r2")]
    urls = [database_url(n) for n in names]
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-data-"))
    for name in names:
        sql(ADMIN, f'CREATE DATABASE "{name}"')
    groups: list[tuple[str, dict[str, list[Timing]]]] = []
    sizes = ""
    print(f"load average at the start: {loadavg()}")
    try:
        src = urls[0]
        sql(src, TABLE_DDL)
        sql(src, FILL.format(n=args.rows))
        sql(src, "CREATE TABLE t2 (LIKE t INCLUDING ALL)")
        sql(src, "VACUUM ANALYZE t")
        csv_a, csv_p = work / "a.csv", work / "p.csv"
        run(psql(src, f"\\copy t to '{csv_p}' csv header"))

        if "export" in only:
            found = interleaved([
                *((name, lambda env=env: run([*AISHELL, "export", "--db", src, "-t", "t", "-o", str(csv_a)], env))
                  for name, env in envs.items()),
                ("psql", lambda: run(psql(src, f"\\copy t to '{csv_p}' csv header"))),
            ], args.repeat)  # fmt: skip
            groups.append(("export to CSV (vs psql \\copy)", found))

        def our_import(env: dict[str, str]) -> Timing:
            sql(src, "TRUNCATE t2")
            return run([*AISHELL, "import", "--db", src, str(csv_p), "--table", "t2"], env)

        def psql_import() -> Timing:
            sql(src, "TRUNCATE t2")
            return run(psql(src, f"\\copy t2 from '{csv_p}' csv header"))

        if "import" in only:
            found = interleaved([*((name, lambda env=env: our_import(env)) for name, env in envs.items()),
                                 ("psql", psql_import)], args.repeat)  # fmt: skip
            groups.append(("import from CSV (vs psql \\copy)", found))

        arch, dump = work / "b.aishell", work / "b.dump"
        backup = [*AISHELL, "backup", "create", "--db", src, "--tables", "t", "-o", str(arch)]
        pg_dump = ["pg_dump", "-Fc", "-t", "t", "-f", str(dump), "-d", src]
        if "backup" in only:
            found = interleaved([*((name, lambda env=env: run(backup, env)) for name, env in envs.items()),
                                 ("pg_dump", lambda: run(pg_dump))], args.repeat)  # fmt: skip
            groups.append(("backup (vs pg_dump -Fc)", found))
        else:
            run(backup, envs["aishell"])
            run(pg_dump)

        def our_restore(env: dict[str, str]) -> Timing:
            sql(urls[1], "DROP TABLE IF EXISTS t")
            return run([*AISHELL, "backup", "restore", str(arch), "--to", urls[1]], env)

        def pg_restore() -> Timing:
            sql(urls[2], "DROP TABLE IF EXISTS t")
            return run(["pg_restore", "-d", urls[2], str(dump)])

        if "restore" in only:
            found = interleaved([*((name, lambda env=env: our_restore(env)) for name, env in envs.items()),
                                 ("pg_restore", pg_restore)], args.repeat)  # fmt: skip
            groups.append(("restore (vs pg_restore)", found))
            for env in envs.values():  # each contender's restore holds the source's values
                our_restore(env)
                same_rows(src, urls[1])
            same_rows(src, urls[2])
        sizes = f"archive {arch.stat().st_size / 1e6:.1f} MB, pg_dump {dump.stat().st_size / 1e6:.1f} MB"
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for env in envs.values():
            shutil.rmtree(env["AISHELL_HOME"], ignore_errors=True)
        for name in names:
            sql(ADMIN, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    report(f"PostgreSQL, {args.rows:,} rows, {args.repeat} interleaved rounds (ratio: of medians)", groups)
    print(sizes)
    print(f"load average at the end: {loadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
