#!/usr/bin/env python3
"""Benchmark: offline ``aishell ask --sql-only`` on a 2,000-table catalog.

Builds a SQLite database of ``--tables`` tables (40 areas x 50 subjects: ``retail_customers``,
``clinic_patients`` ...; varied columns, some low-cardinality text columns such as ``status``,
``country`` and ``city`` holding a handful of values, 0/1 flags, a foreign key to the area's
``customers``), and the same tables on PostgreSQL when it is reachable (a throwaway database,
dropped at the end).  Then, per database, it times ``aishell ask --sql-only --db URL QUESTION``
for ``QUESTIONS``:

* **cold**: every run starts with an empty state directory (``AISHELL_HOME``), so nothing
  sampled or indexed before is on disk;
* **warm**: every run uses a state directory that one unmeasured run filled (from the second
  round on, each question was asked before: its answer, check and classification are kept);
* **new**: a warm state directory (the catalog, the sampled values and the translator's
  indexes kept) whose kept answers, checks and classifications (the ``classify_cache`` table)
  are deleted before every run: what a question never asked before costs.

The child environment has no LLM API key nor provider variable (``AISHELL_PROVIDER=offline``,
``ANTHROPIC_API_KEY``/``OPENAI_API_KEY``/``OPENAI_BASE_URL``/``OLLAMA_HOST`` removed), so the
offline translator answers.  Rounds are interleaved (cold, warm, and with ``--base-src DIR``
the same for aishell from another source tree, so before/after run in one go); each row
gives the median wall time per question, the best, and the median CPU time (user+system
from ``wait4``).  One in-process figure follows: a child Python that opens one session and
asks every question in turn through :func:`aishell.services.ask.ask` (the REPL's and the
web console's path), timing the first question and the median of the others.

Run: ``.venv/bin/python bench/ask_catalog.py [--tables 2000] [--repeat 3] [--no-pg]``.
Nothing is asserted about time; ``tests/unit/test_bench_scripts.py`` only checks that it
parses, imports and answers ``--help``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"

AREAS = [
    "airline", "archive", "campus", "central", "clinic", "domestic", "east", "energy", "export", "farm",
    "fleet", "gallery", "garden", "global", "harbor", "hotel", "legacy", "library", "marina", "mining",
    "museum", "north", "online", "partner", "pilot", "premium", "rail", "regional", "retail", "school", "south",
    "staging", "store", "studio", "theater", "wholesale", "west", "basic", "partnerb", "consumer",
]  # fmt: skip
SUBJECTS = [
    "customers", "orders", "products", "invoices", "shipments", "employees", "suppliers", "payments", "tickets",
    "accounts", "contracts", "projects", "tasks", "events", "bookings", "reservations", "vehicles", "drivers",
    "routes", "stores", "warehouses", "items", "categories", "reviews", "returns", "refunds", "campaigns",
    "leads", "visits", "patients", "doctors", "appointments", "courses", "students", "teachers", "grades",
    "books", "loans", "members", "subscriptions", "devices", "sensors", "readings", "alerts", "incidents",
    "assets", "licenses", "vendors", "budgets", "expenses",
]  # fmt: skip

#: low-cardinality text columns and their values
CATEGORIES = {
    "status": ["active", "pending", "closed", "cancelled"],
    "country": ["Germany", "France", "Japan", "Brazil", "Canada", "Kenya"],
    "city": ["Lyon", "Osaka", "Berlin", "Toronto", "Nairobi", "Recife"],
    "category": ["gold", "silver", "bronze"],
    "priority": ["low", "medium", "high"],
    "channel": ["web", "phone", "store"],
}
OTHER = ["amount", "quantity", "created_at", "email", "active", "notes", "rating"]

#: the questions; some the offline translator cannot answer on this schema (it says so, as the
#: timings do whether it answers or not); the answers must be the same cold and warm
QUESTIONS = [
    "how many airline customers are there",
    "airline customers from Germany",
    "count campus shipments by status",
    "average amount of airline payments",
    "gold airline products",
    "total amount of central invoices per country",
    "number of pending archive bookings",
    "campus orders with status cancelled",
    "clinic patients in Lyon",
    "high priority airline tickets",
]


# --------------------------------------------------------------------------- the schema
@dataclass
class Table:
    name: str
    columns: list[tuple[str, str]]  # (name, type); the first is the primary key
    references: str | None = None  # the area's customers table, for a customer_id column


def schema(n_tables: int, seed: int = 15) -> list[Table]:
    rng = random.Random(seed)
    tables: list[Table] = []
    for area in AREAS:
        for subject in SUBJECTS:
            if len(tables) >= n_tables:
                return tables
            cols = [("id", "INTEGER"), ("name", "TEXT")]
            wanted = ["status", *_SUBJECT_COLUMNS.get(subject, ())]  # what the questions ask about
            extra = [c for c in rng.sample(sorted(CATEGORIES), rng.randint(1, 3)) if c not in wanted]
            for col in [*[c for c in wanted if c in CATEGORIES], *extra]:
                cols.append((col, "TEXT"))
            others = [c for c in wanted if c in _TYPES]
            others += [c for c in rng.sample(OTHER, rng.randint(2, 4)) if c not in others]
            for col in others:
                cols.append((col, _TYPES[col]))
            ref = None
            if subject != "customers" and rng.random() < 0.4:
                cols.append(("customer_id", "INTEGER"))
                ref = f"{area}_customers"
            tables.append(Table(f"{area}_{subject}", cols, ref))
    return tables


#: columns a subject always has, so that the questions have something to find
_SUBJECT_COLUMNS = {"customers": ("country", "city"), "payments": ("amount",), "invoices": ("amount", "country"),
                    "tickets": ("priority",), "products": ("category",), "patients": ("city",)}  # fmt: skip
_TYPES = {"amount": "NUMERIC(10,2)", "quantity": "INTEGER", "created_at": "DATE", "email": "TEXT",
          "active": "INTEGER", "notes": "TEXT", "rating": "REAL"}  # fmt: skip


def ddl(t: Table) -> str:
    cols = [f"{name} {kind}" + (" PRIMARY KEY" if i == 0 else "") for i, (name, kind) in enumerate(t.columns)]
    if t.references:
        cols.append(f"FOREIGN KEY (customer_id) REFERENCES {t.references}(id)")
    return f"CREATE TABLE {t.name} ({', '.join(cols)})"


def rows(t: Table, n: int, rng: random.Random) -> Iterator[tuple[object, ...]]:
    for i in range(1, n + 1):
        row: list[object] = []
        for name, _kind in t.columns:
            if name == "id" or name == "customer_id":
                row.append(i)
            elif name == "name":
                row.append(f"{t.name.split('_')[1][:-1]} {i}")
            elif name in CATEGORIES:
                row.append(rng.choice(CATEGORIES[name]))
            elif name == "amount":
                row.append(round(rng.uniform(1, 900), 2))
            elif name == "quantity":
                row.append(rng.randint(1, 50))
            elif name == "created_at":
                row.append(f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            elif name == "email":
                row.append(f"user{i}.{rng.randint(0, 10**6)}@example.com")
            elif name == "active":
                row.append(rng.randint(0, 1))
            elif name == "rating":
                row.append(round(rng.uniform(1, 5), 1))
            else:
                row.append(f"note {rng.randint(0, 10**6)}")
        yield tuple(row)


def build_sqlite(path: Path, tables: list[Table], n_rows: int) -> None:
    rng = random.Random(1)
    with sqlite3.connect(path) as db:
        for t in tables:
            db.execute(ddl(t))
            marks = ", ".join("?" for _ in t.columns)
            db.executemany(f"INSERT INTO {t.name} VALUES ({marks})", list(rows(t, n_rows, rng)))
    db.close()


def build_pg(url: str, tables: list[Table], n_rows: int) -> None:
    import psycopg

    rng = random.Random(1)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        for i, t in enumerate(sorted(tables, key=lambda t: t.references is not None)):  # referenced tables first
            cur.execute(ddl(t).encode())
            marks = ", ".join("%s" for _ in t.columns)
            cur.executemany(f"INSERT INTO {t.name} VALUES ({marks})".encode(), list(rows(t, n_rows, rng)))
            if i % 100 == 99:  # one transaction per 100 tables: each CREATE holds a lock until commit
                conn.commit()
        conn.commit()
        cur.execute("ANALYZE")


def pg_admin(sql: str, admin: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.encode())


# --------------------------------------------------------------------------- running
def child_env(home: Path, src: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _AI_VARIABLES}
    env.update(AISHELL_HOME=str(home), AISHELL_PROVIDER="offline", HOME=str(home))
    env.pop("AISHELL_CONFIG", None)
    env.pop("AISHELL_DB", None)
    env.pop("DATABASE_URL", None)
    # an installed aishell has .pyc files; an editable one without them compiles on every start
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home.parent / ("pycache-base" if src else "pycache"))
    if src:
        env["PYTHONPATH"] = src
    return env


_AI_VARIABLES = {"ANTHROPIC_API_KEY", "OPENAI_API_KEY", "OPENAI_BASE_URL", "OLLAMA_HOST", "AISHELL_PROVIDER",
                 "AISHELL_MODEL"}  # fmt: skip


def run_measured(argv: list[str], env: dict[str, str]) -> tuple[float, float, int, str]:
    """(wall seconds, CPU seconds from ``wait4``, exit code, stdout or the error) of one child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(argv, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _pid, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        text = out.read().decode() + ("" if code == 0 else err.read().decode())
    return wall, usage.ru_utime + usage.ru_stime, code, text


@dataclass
class Series:
    label: str
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    failures: int = 0
    answers: dict[str, str] = field(default_factory=dict)  # the first answer to each question
    unstable: list[str] = field(default_factory=list)  # later answers that differ from the first


def ask_argv(url: str, question: str) -> list[str]:
    return [sys.executable, "-m", "aishell", "ask", "--sql-only", "--db", url, question]


MODES = ("cold", "warm", "new")


def forget_statements(home: Path) -> None:
    """Delete what the state store keeps per statement or question (answers, checks, classifications)."""
    path = home / "data" / "state.db"
    if not path.exists():
        return
    with contextlib.closing(sqlite3.connect(path)) as db:
        try:
            db.execute("DELETE FROM classify_cache")
            db.commit()
        except sqlite3.OperationalError:  # an older state store without the table
            pass


def measure(url: str, scratch: Path, repeat: int, base_src: str | None,
            modes: tuple[str, ...] = MODES, src: str | None = None) -> list[Series]:  # fmt: skip
    trees: list[tuple[str, str | None]] = [("aishell", src)] + ([("base", base_src)] if base_src else [])
    series = {(name, mode): Series(f"{name} {mode}") for name, _src in trees for mode in modes}
    homes = {}
    for name, src in trees:  # one unmeasured run fills each warm state directory (and the .pyc caches)
        for mode in ("warm", "new"):
            home = scratch / f"{mode}-{name}"
            home.mkdir(parents=True, exist_ok=True)
            homes[(name, mode)] = home
            if mode in modes:
                run_measured(ask_argv(url, QUESTIONS[0]), child_env(home, src))
    n = 0
    for _round in range(repeat):
        for question in QUESTIONS:
            for name, src in trees:
                for mode in modes:
                    if mode == "cold":
                        n += 1
                        home = scratch / f"cold-{n}"
                        home.mkdir()
                    else:
                        home = homes[(name, mode)]
                        if mode == "new":
                            forget_statements(home)
                    wall, cpu, code, out = run_measured(ask_argv(url, question), child_env(home, src))
                    s = series[(name, mode)]
                    s.wall.append(wall)
                    s.cpu.append(cpu)
                    if code != 0:
                        s.failures += 1
                    answer = out.strip() if code == 0 else out.strip()[-200:]
                    if s.answers.setdefault(question, answer) != answer:
                        s.unstable.append(f"{question!r}: {answer}")
                    if mode == "cold":
                        shutil.rmtree(home, ignore_errors=True)
    return list(series.values())


IN_PROCESS = r"""
import statistics, sys, time
from aishell.services.factory import make_session
from aishell.services.ask import ask
url, questions = sys.argv[1], sys.argv[2:]
session = make_session(url, read_only=True, source="bench")
times = []
for q in questions:
    start = time.perf_counter()
    result = ask(session, q, provider="offline")
    times.append(time.perf_counter() - start)
session.close()
print(f"{times[0]:.4f} {statistics.median(times[1:]):.4f}")
"""


def in_process(url: str, scratch: Path, src: str | None, name: str) -> str:
    home = scratch / f"inproc-{name}"
    home.mkdir(exist_ok=True)
    env = child_env(home, src)
    r = subprocess.run([sys.executable, "-c", IN_PROCESS, url, *QUESTIONS], env=env, capture_output=True,
                       text=True, timeout=600)  # fmt: skip
    if r.returncode != 0:
        return f"{name}: failed: {r.stderr.strip()[-300:]}"
    first, rest = (float(x) for x in r.stdout.split())
    return (f"{name}: first question {first * 1000:.0f} ms (reads the catalog, samples values, indexes), "
            f"median of the other {len(QUESTIONS) - 1}: {rest * 1000:.0f} ms")  # fmt: skip


def report(title: str, series: list[Series]) -> None:
    print(f"\n{title}: wall time per question (median, best), CPU time (median)")
    print(f"  {'':14s} {'median':>9s} {'best':>9s} {'CPU':>9s}  runs  failed")
    for s in series:
        if not s.wall:
            continue
        print(f"  {s.label:14s} {statistics.median(s.wall) * 1000:7.0f}ms {min(s.wall) * 1000:7.0f}ms "
              f"{statistics.median(s.cpu) * 1000:7.0f}ms  {len(s.wall):4d}  {s.failures:6d}")  # fmt: skip
    first = series[0]
    for s in series:
        for line in s.unstable:
            print(f"  {s.label}: an answer differs from its first: {line[:200]}")
    for s in series[1:]:
        differ = [q for q in QUESTIONS if q in s.answers and s.answers[q] != first.answers.get(q)]
        if differ:
            print(f"  answers differ between {first.label} and {s.label}: {differ}")
    print("  answers (" + first.label + "):")
    for q in QUESTIONS:
        print(f"    {q!r}: {' '.join(first.answers.get(q, '-').split())[:150]}")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tables", type=int, default=2000, help="tables in the catalog (default 2000)")
    p.add_argument("--rows", type=int, default=12, help="rows per table (default 12)")
    p.add_argument("--repeat", type=int, default=3, help="rounds over the questions (default 3)")
    p.add_argument("--no-pg", action="store_true", help="SQLite only")
    p.add_argument("--admin-url", default=ADMIN, help=f"PostgreSQL server to create the database on ({ADMIN})")
    p.add_argument("--src", metavar="DIR",
                   help="run 'aishell' from this source tree (its 'src' folder), not the installed one")  # fmt: skip
    p.add_argument("--base-src", metavar="DIR",
                   help="also run aishell from this source tree (its 'src' folder), interleaved")  # fmt: skip
    p.add_argument("--keep", action="store_true", help="keep the scratch folder and the PostgreSQL database")
    p.add_argument("--modes", default=",".join(MODES),
                   help=f"which of {', '.join(MODES)} to run, comma-separated (default: all)")  # fmt: skip
    p.add_argument("--no-in-process", action="store_true", help="skip the in-process figure")
    args = p.parse_args(argv)
    if args.tables < 1 or args.repeat < 1 or args.rows < 1:
        p.error("--tables, --rows and --repeat must be positive")
    modes = tuple(m.strip() for m in args.modes.split(",") if m.strip())
    if not modes or any(m not in MODES for m in modes):
        p.error(f"--modes: a comma-separated list of {', '.join(MODES)}")
    tables = schema(args.tables)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a stopped run still drops its database
    scratch = Path(tempfile.mkdtemp(prefix="aishell-ask-"))
    pg_db = f"aishell_ask_{os.getpid()}"
    pg_created = False
    print(f"aishell ask benchmark  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}; {len(tables)} tables; {load()}")
    try:
        started = time.perf_counter()
        db_file = scratch / "catalog.db"
        build_sqlite(db_file, tables, args.rows)
        print(f"built {db_file} in {time.perf_counter() - started:.1f}s")
        targets = [("SQLite", f"sqlite:///{db_file}")]
        if not args.no_pg:
            try:
                pg_admin(f'CREATE DATABASE "{pg_db}"', args.admin_url)
                pg_created = True
                pg_url = args.admin_url.rsplit("/", 1)[0] + f"/{pg_db}"
                started = time.perf_counter()
                build_pg(pg_url, tables, args.rows)
                print(f"built PostgreSQL database {pg_db} in {time.perf_counter() - started:.1f}s")
                targets.append(("PostgreSQL", pg_url))
            except Exception as exc:  # no server, no rights: SQLite only
                print(f"PostgreSQL skipped: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
        for title, url in targets:
            series = measure(url, scratch, args.repeat, args.base_src, modes, args.src)
            report(f"{title} ({len(tables)} tables, {len(QUESTIONS)} questions x {args.repeat})", series)
            if args.no_in_process:
                continue
            print("  in-process (one session, every question in turn):")
            print("    " + in_process(url, scratch, args.src, "aishell"))
            if args.base_src:
                print("    " + in_process(url, scratch, args.base_src, "base"))
        print(f"\nafter the runs: {load()}")
    finally:
        if pg_created and not args.keep:
            try:
                pg_admin(f'DROP DATABASE IF EXISTS "{pg_db}" WITH (FORCE)', args.admin_url)
            except Exception as exc:
                print(f"could not drop {pg_db}: {exc}")
        if args.keep:
            print(f"kept {scratch}" + (f" and database {pg_db}" if pg_created else ""))
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
