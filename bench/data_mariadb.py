#!/usr/bin/env python3
"""Benchmark: ``aishell import`` into MariaDB against the mariadb client's ``LOAD DATA``.

Creates a throwaway database (dropped at the end), writes ``--rows`` rows as a
CSV file (int id, text with commas and quotes, decimal, datetime, boolean,
nullable text) and the same rows as a tab-separated file in ``LOAD DATA``'s
default format, then times

* ``aishell import FILE.csv --table t``  (``LOAD DATA LOCAL INFILE`` of converted batches), against
* ``mariadb --local-infile -e "LOAD DATA LOCAL INFILE 'FILE.tsv' INTO TABLE t"``,

restore: ``aishell backup restore`` of an archive of that table into another database, against
``CREATE TABLE`` + the same ``LOAD DATA`` there; and, for reference, export:
``aishell export -t t -o FILE.csv`` against ``mariadb --quick -B -e "SELECT * FROM t"``.
``--repeat`` interleaved rounds (``--base-src DIR``: aishell from another source tree too);
medians, best, CPU time and peak RSS are printed with the ratios (see data_pg.py).
Run: ``.venv/bin/python bench/data_mariadb.py [--rows N] [--repeat N] [--only import,restore]``.
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

from data_pg import Timing, bench_env, interleaved, loadavg, report, run

AISHELL = [sys.executable, "-m", "aishell"]
HOST, PORT, USER = "127.0.0.1", 3306, "root"

DDL = (
    "CREATE TABLE t (id int PRIMARY KEY, name varchar(100) NOT NULL, amount decimal(12,2) NOT NULL, "
    "created_at datetime(6) NOT NULL, active boolean NOT NULL, note text)"
)


def client(db: str | None, statement: str, *extra: str) -> list[str]:
    tool = shutil.which("mariadb") or shutil.which("mysql") or "mariadb"
    args = [tool, "-h", HOST, "-P", str(PORT), "-u", USER, *extra]
    if db:
        args.append(db)
    return [*args, "-e", statement]


def sql(db: str | None, statement: str) -> None:
    subprocess.run(client(db, statement), check=True, capture_output=True)


def write_files(n: int, csv_path: Path, tsv_path: Path) -> None:
    with open(csv_path, "w", newline="", encoding="utf-8") as c, open(tsv_path, "w", encoding="utf-8") as t:
        c.write("id,name,amount,created_at,active,note\n")
        for i in range(1, n + 1):
            ts = f"2020-01-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{i % 60:02d}"
            note: str | None = None if i % 5 == 0 else ("" if i % 5 == 1 else f"note {i}")
            name = f'name {i}, "quoted"'
            amount = f"{(i % 100000) / 100:.2f}"
            active = "1" if i % 3 == 0 else "0"
            # NULL is an empty field, '' is "" (Python's csv module cannot write that difference)
            shown = "" if note is None else '"' + note.replace('"', '""') + '"'
            c.write(f'{i},"{name.replace(chr(34), chr(34) * 2)}",{amount},{ts},{active},{shown}\n')
            t.write("\t".join([str(i), name, amount, ts, active, "\\N" if note is None else note]) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows to load (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds per measurement")
    parser.add_argument("--only", default="import,restore,export",
                        help="comma-separated: import, restore, export (default: all)")
    parser.add_argument("--base-src", metavar="DIR",
                        help="also run aishell from this src folder (e.g. the last commit's, from git archive)")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    if not (shutil.which("mariadb") or shutil.which("mysql")):
        parser.error("the mariadb client is not installed")
    only = set(args.only.split(","))
    envs = {"aishell": bench_env()}
    if args.base_src:
        envs["aishell (base)"] = bench_env(args.base_src)
    db = f"aishell_bench_{uuid.uuid4().hex[:8]}"
    db2 = db + "_r"
    url = f"mysql://{USER}@{HOST}:{PORT}/{db}"
    url2 = f"mysql://{USER}@{HOST}:{PORT}/{db2}"
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-my-"))
    groups: list[tuple[str, dict[str, list[Timing]]]] = []
    print(f"load average at the start: {loadavg()}")
    sql(None, f"CREATE DATABASE `{db}`")
    sql(None, f"CREATE DATABASE `{db2}`")
    try:
        sql(db, DDL)
        csv_path, tsv_path = work / "rows.csv", work / "rows.tsv"
        write_files(args.rows, csv_path, tsv_path)
        # the CSV keeps NULL (empty) apart from '' ("") -- LOAD DATA's own format needs \N

        def ours(env: dict[str, str]) -> Timing:
            sql(db, "TRUNCATE t")
            return run([*AISHELL, "import", "--db", url, str(csv_path), "--table", "t"], env)

        def native() -> Timing:
            sql(db, "TRUNCATE t")
            return run(client(db, f"LOAD DATA LOCAL INFILE '{tsv_path}' INTO TABLE t", "--local-infile=1"))

        if "import" in only or "restore" in only:
            found = interleaved([*((name, lambda env=env: ours(env)) for name, env in envs.items()),
                                 ("LOAD DATA", native)], args.repeat if "import" in only else 1)  # fmt: skip
            if "import" in only:
                groups.append(("import CSV (vs LOAD DATA LOCAL)", found))
        if "restore" in only:
            # an archive of the table (Parquet), restored into another database; the native side
            # loads the same rows into the same (empty) table with LOAD DATA
            arch = work / "t.aishell"
            run([*AISHELL, "backup", "create", "--db", url, "--tables", "t", "-o", str(arch)], envs["aishell"])

            def our_restore(env: dict[str, str]) -> Timing:
                sql(db2, "DROP TABLE IF EXISTS t")
                return run([*AISHELL, "backup", "restore", str(arch), "--to", url2], env)

            def native_restore() -> Timing:
                sql(db2, "DROP TABLE IF EXISTS t")
                sql(db2, DDL)
                return run(client(db2, f"LOAD DATA LOCAL INFILE '{tsv_path}' INTO TABLE t", "--local-infile=1"))

            found = interleaved([*((name, lambda env=env: our_restore(env)) for name, env in envs.items()),
                                 ("LOAD DATA", native_restore)], args.repeat)  # fmt: skip
            groups.append(("restore (vs CREATE TABLE + LOAD DATA)", found))
        if "export" in only:
            out = work / "out.csv"
            found = interleaved([
                *((name, lambda env=env: run([*AISHELL, "export", "--db", url, "-t", "t", "-o", str(out)], env))
                  for name, env in envs.items()),
                ("mariadb -B", lambda: run(client(db, "SELECT * FROM t", "--quick", "-B"))),
            ], args.repeat)  # fmt: skip
            groups.append(("export (vs mariadb --quick -B)", found))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        for env in envs.values():
            shutil.rmtree(env["AISHELL_HOME"], ignore_errors=True)
        sql(None, f"DROP DATABASE IF EXISTS `{db}`")
        sql(None, f"DROP DATABASE IF EXISTS `{db2}`")
    report(f"MariaDB, {args.rows:,} rows, {args.repeat} interleaved rounds (ratio: of medians)", groups)
    print(f"load average at the end: {loadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
