#!/usr/bin/env python3
"""Benchmark: ``aishell import`` into MariaDB against the mariadb client's ``LOAD DATA``.

Creates a throwaway database (dropped at the end), writes ``--rows`` rows as a
CSV file (int id, text with commas and quotes, decimal, datetime, boolean,
nullable text) and the same rows as a tab-separated file in ``LOAD DATA``'s
default format, then times

* ``aishell import FILE.csv --table t``  (``LOAD DATA LOCAL INFILE`` of converted batches), against
* ``mariadb --local-infile -e "LOAD DATA LOCAL INFILE 'FILE.tsv' INTO TABLE t"``,

and, for reference, export: ``aishell export -t t -o FILE.csv`` against
``mariadb --quick -B -e "SELECT * FROM t"``.  Best wall time of ``--repeat``
runs and peak RSS are printed with the ratios.
Run: ``.venv/bin/python bench/data_mariadb.py [--rows N] [--repeat N]``.
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

from data_pg import Timing, bench_env, best, run

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
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    args = parser.parse_args(argv)
    if args.rows < 1 or args.repeat < 1:
        parser.error("--rows and --repeat must be at least 1")
    if not (shutil.which("mariadb") or shutil.which("mysql")):
        parser.error("the mariadb client is not installed")
    env = bench_env()
    db = f"aishell_bench_{uuid.uuid4().hex[:8]}"
    url = f"mysql://{USER}@{HOST}:{PORT}/{db}"
    work = Path(tempfile.mkdtemp(prefix="aishell-bench-my-"))
    rows: list[tuple[str, Timing, Timing]] = []
    sql(None, f"CREATE DATABASE `{db}`")
    try:
        sql(db, DDL)
        csv_path, tsv_path = work / "rows.csv", work / "rows.tsv"
        write_files(args.rows, csv_path, tsv_path)
        # the CSV keeps NULL (empty) apart from '' ("") -- LOAD DATA's own format needs \N

        def ours() -> Timing:
            sql(db, "TRUNCATE t")
            return run([*AISHELL, "import", "--db", url, str(csv_path), "--table", "t"], env)

        def native() -> Timing:
            sql(db, "TRUNCATE t")
            return run(client(db, f"LOAD DATA LOCAL INFILE '{tsv_path}' INTO TABLE t", "--local-infile=1"))

        rows.append(("import (vs LOAD DATA LOCAL)", best(ours, args.repeat), best(native, args.repeat)))
        out = work / "out.csv"
        exp_ours = best(lambda: run([*AISHELL, "export", "--db", url, "-t", "t", "-o", str(out)], env), args.repeat)
        exp_native = best(lambda: run(client(db, "SELECT * FROM t", "--quick", "-B")), args.repeat)
        rows.append(("export (vs mariadb --quick -B)", exp_ours, exp_native))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(env["AISHELL_HOME"], ignore_errors=True)
        sql(None, f"DROP DATABASE IF EXISTS `{db}`")
    print(f"MariaDB, {args.rows:,} rows, best of {args.repeat}")
    print(f"{'operation':<34} {'aishell s':>10} {'native s':>10} {'ratio':>7} {'aishell MB':>11} {'native MB':>10}")
    for label, a, b in rows:
        print(f"{label:<34} {a.seconds:>10.2f} {b.seconds:>10.2f} {a.seconds / b.seconds:>6.2f}x "
              f"{a.rss_mb:>11.0f} {b.rss_mb:>10.0f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
