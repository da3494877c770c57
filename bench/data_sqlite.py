#!/usr/bin/env python3
"""Benchmark: restore and import into SQLite against the ``sqlite3`` shell's ``.import``, in one run.

Builds the PostgreSQL table of ``data_pg.py`` (``--rows`` rows: int id, text with commas and
quotes, numeric(12,2), timestamptz, boolean, nullable text) in a throwaway database, writes it
as CSV (``psql \\copy``, booleans as 1/0) and as an aishell archive (``aishell backup create``), then times, each
``--repeat`` times, interleaved with the native tool (and with ``--base-src DIR``, aishell from
another source tree):

* restore: ``aishell backup restore FILE --to sqlite:///NEW.db`` (creates the table) against
  ``sqlite3 NEW.db`` running the ``CREATE TABLE`` that aishell's restore made, then
  ``.import --csv --skip 1 FILE.csv t``;
* import:  ``aishell import --db sqlite:///DB FILE.csv --table t`` into that existing, empty table
  against ``sqlite3 DB ".import --csv --skip 1 FILE.csv t"`` into the same table.

Median and best wall time, median CPU time, peak RSS (``ru_maxrss``) and the ratio of medians are
printed, with the load average before and after.
Run: ``.venv/bin/python bench/data_sqlite.py [--rows N] [--repeat N] [--only restore,import]``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from data_pg import (
    ADMIN,
    FILL,
    TABLE_DDL,
    Timing,
    bench_env,
    database_url,
    interleaved,
    loadavg,
    psql,
    report,
    run,
    sql,
)

AISHELL = [sys.executable, "-m", "aishell"]


def sqlite3_cli(db: Path, *commands: str) -> list[str]:
    return ["sqlite3", "-bail", str(db), *commands]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the table (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds per measurement")
    parser.add_argument("--only", default="restore,import", help="comma-separated: restore, import (default: both)")
    parser.add_argument("--base-src", metavar="DIR",
                        help="also run aishell from this src folder (e.g. the last commit's, from git archive)")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    for tool in ("psql", "sqlite3"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")
    only = set(args.only.split(","))
    envs = {"aishell": bench_env()}
    if args.base_src:
        envs["aishell (base)"] = bench_env(args.base_src)
    name = f"aishell_bench_{uuid.uuid4().hex[:8]}_lite"
    src = database_url(name)
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-lite-"))
    groups: list[tuple[str, dict[str, list[Timing]]]] = []
    print(f"load average at the start: {loadavg()}")
    sql(ADMIN, f'CREATE DATABASE "{name}"')
    try:
        sql(src, TABLE_DDL)
        sql(src, FILL.format(n=args.rows))
        csv_path, arch = work / "t.csv", work / "t.aishell"
        # booleans as 1/0: SQLite has no boolean type (aishell reads its BOOLEAN columns as integers)
        query = "SELECT id, name, amount, created_at, active::int AS active, note FROM t"
        run(psql(src, f"\\copy ({query}) to '{csv_path}' csv header"))
        run([*AISHELL, "backup", "create", "--db", src, "--tables", "t", "-o", str(arch)], envs["aishell"])
        # the table as aishell's restore creates it: the native side creates the same one
        probe = work / "probe.db"
        run([*AISHELL, "backup", "restore", str(arch), "--to", f"sqlite:///{probe}"], envs["aishell"])
        ddl = subprocess.run(sqlite3_cli(probe, ".schema t"), capture_output=True, text=True, check=True).stdout
        probe.unlink()

        def fresh(db: Path) -> None:
            db.unlink(missing_ok=True)

        def our_restore(env: dict[str, str]) -> Timing:
            db = work / "ours.db"
            fresh(db)
            return run([*AISHELL, "backup", "restore", str(arch), "--to", f"sqlite:///{db}"], env)

        def native_restore() -> Timing:
            db = work / "native.db"
            fresh(db)
            return run(sqlite3_cli(db, ddl, f".import --csv --skip 1 {csv_path} t"))

        if "restore" in only:
            found = interleaved([*((n, lambda env=env: our_restore(env)) for n, env in envs.items()),
                                 ("sqlite3 .import", native_restore)], args.repeat)  # fmt: skip
            groups.append(("restore (vs CREATE TABLE + sqlite3 .import)", found))

        def empty_table(db: Path) -> None:
            fresh(db)
            subprocess.run(sqlite3_cli(db, ddl), check=True, capture_output=True)

        def our_import(env: dict[str, str]) -> Timing:
            db = work / "ours_i.db"
            empty_table(db)
            return run([*AISHELL, "import", "--db", f"sqlite:///{db}", str(csv_path), "--table", "t"], env)

        def native_import() -> Timing:
            db = work / "native_i.db"
            empty_table(db)
            return run(sqlite3_cli(db, f".import --csv --skip 1 {csv_path} t"))

        if "import" in only:
            found = interleaved([*((n, lambda env=env: our_import(env)) for n, env in envs.items()),
                                 ("sqlite3 .import", native_import)], args.repeat)  # fmt: skip
            groups.append(("import CSV into a table (vs sqlite3 .import)", found))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for env in envs.values():
            shutil.rmtree(env["AISHELL_HOME"], ignore_errors=True)
        sql(ADMIN, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    report(f"SQLite, {args.rows:,} rows, {args.repeat} interleaved rounds (ratio: of medians)", groups)
    print(f"load average at the end: {loadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
