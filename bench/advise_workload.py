#!/usr/bin/env python3
"""Benchmark (issue 16): does ``aishell advise`` find the indexes an application's workload needs?

For each engine (``--engine pg|mariadb|sqlite|all``):

1. **Seed** an online shop's schema, deterministically (every value is arithmetic on the row
   number, so runs repeat), by server-side generation (PostgreSQL ``generate_series``, MariaDB
   the ``seq_1_to_N`` sequence engine, SQLite a recursive CTE): ``customers``, ``products``,
   ``orders``, ``order_items`` (the largest: ``--rows``, 1,200,000 by default), ``payments``,
   ``shipments`` and ``events``; the others are fixed fractions of it.  Only primary keys.
2. **Prove the workload**: :func:`workload` is 20 queries an application sends (lookups by a
   unique column, date ranges, joins on foreign keys, ORDER BY ... LIMIT, GROUP BY, predicates on
   several columns where the index's column order matters, and two that need no new index), each
   with the index(es) it needs declared beside it.  The benchmark creates those indexes,
   statistics are taken, and the engine's plan of every query is read: an index declared for a
   query that the engine does not use for it is reported (under the table: "not used by the
   engine with the index in place").
3. **Drop** those indexes, run the workload ``--repeat`` times (so the server records it), and run
   ``aishell advise -F json --yes`` as a user would (the CLI in a child process, the default
   30 s budget), on the recorded workload (``--workload``, where the engine records one and the
   CLI has the option: PostgreSQL's pg_stat_statements, MariaDB's performance_schema; its
   statistics are reset before the workload runs) and on the workload as a file (``-f``).
4. **Score** each recommendation (a table and its column list) against the dropped indexes:

   * **recovered**: a dropped index on the same table with the same columns in the same order;
   * **equivalent**: not recovered, but a dropped index ``D`` on the same table is served as
     well: the recommendation's first ``len(D)`` columns are ``D``'s, except that ``D``'s leading
     equality columns (``Index.eq``: the ones every query needing ``D`` compares with ``=``) may
     come in another order among themselves; a longer index (more columns after those) counts;
   * **false positive**: a recommendation that is neither.

   A dropped index counts once, however many recommendations match it.  Recovery is recovered
   over dropped; "with equivalents" counts equivalent ones too.  The goal (issue 16): recovery
   of at least 90%, at most 1 false positive, within the 30 s budget, on PostgreSQL.

Prints a Markdown table (engine, workload source, dropped, recovered, equivalent, false
positives, recovery %, advise wall time) and, with ``--verbose``, every recommendation.
Databases: PostgreSQL and MariaDB ``aishell_advbench`` (created afresh, dropped at the end unless
``--keep``; ``--reuse`` keeps a seeded one between runs), SQLite ``/tmp/aishell_advbench.sqlite``
(``--sqlite-file``).
Run: ``.venv/bin/python bench/advise_workload.py --engine all [--rows N] [--verbose]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AISHELL = [sys.executable, "-m", "aishell"]
DB = "aishell_advbench"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_URL = f"postgresql://postgres@127.0.0.1:5432/{DB}"
MY_URL = f"mysql://root@127.0.0.1:3306/{DB}"
SQLITE_PATH = Path(tempfile.gettempdir()) / "aishell_advbench.sqlite"
DEFAULT_ROWS = 1_200_000


# --------------------------------------------------------------------------- the schema
@dataclass(frozen=True)
class Sizes:
    """Row counts: ``order_items`` is ``--rows``, the other tables fixed fractions of it."""

    order_items: int

    @property
    def orders(self) -> int:
        return max(self.order_items * 2 // 5, 10)

    @property
    def customers(self) -> int:
        return max(self.order_items // 60, 10)

    @property
    def products(self) -> int:
        return max(self.order_items // 60, 10)

    @property
    def payments(self) -> int:
        return self.orders

    @property
    def shipments(self) -> int:
        return max(self.orders * 7 // 8, 10)

    @property
    def events(self) -> int:
        return max(self.order_items // 2, 10)

    def of(self, table: str) -> int:
        return int(getattr(self, table))


@dataclass(frozen=True)
class Flavour:
    """What differs between the engines in the seeding SQL."""

    name: str
    types: dict[str, str]  # int, text, money, ts
    ts: Callable[[str], str]  # a timestamp ``expr`` seconds after 2023-01-01
    cat: Callable[..., str]  # string concatenation
    fill: Callable[[str, int, str], str]  # INSERT INTO table SELECT <select list over g> FROM 1..n


def _pg_fill(table: str, n: int, select: str) -> str:
    return f"INSERT INTO {table} SELECT {select} FROM generate_series(1::bigint, {n}) AS s(g)"


def _my_fill(table: str, n: int, select: str) -> str:
    return f"INSERT INTO {table} SELECT {select} FROM (SELECT seq AS g FROM seq_1_to_{n}) AS s"


def _lite_fill(table: str, n: int, select: str) -> str:
    return (f"WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < {n}) "
            f"INSERT INTO {table} SELECT {select} FROM s")  # fmt: skip


FLAVOURS = {
    "pg": Flavour("PostgreSQL", {"int": "integer", "text": "text", "money": "numeric(12,2)", "ts": "timestamp"},
                  lambda e: f"(timestamp '2023-01-01' + ({e}) * interval '1 second')",
                  lambda *p: "(" + " || ".join(f"({x})" for x in p) + ")", _pg_fill),
    "mariadb": Flavour("MariaDB", {"int": "INT", "text": "VARCHAR(64)", "money": "DECIMAL(12,2)", "ts": "DATETIME"},
                       lambda e: f"(TIMESTAMP '2023-01-01 00:00:00' + INTERVAL ({e}) SECOND)",
                       lambda *p: "CONCAT(" + ", ".join(p) + ")", _my_fill),
    "sqlite": Flavour("SQLite", {"int": "INTEGER", "text": "TEXT", "money": "NUMERIC", "ts": "TEXT"},
                      lambda e: f"datetime('2023-01-01', '+' || ({e}) || ' seconds')",
                      lambda *p: "(" + " || ".join(f"({x})" for x in p) + ")", _lite_fill),
}  # fmt: skip

SPAN = 2 * 365 * 86400  # two years of history, 2023-01-01 to 2024-12-31


def _pick(expr: str, *choices: tuple[int, str]) -> str:
    """CASE over ``expr`` (0..99): the first choice whose bound it is under."""
    whens = " ".join(f"WHEN {expr} < {bound} THEN '{value}'" for bound, value in choices[:-1])
    return f"CASE {whens} ELSE '{choices[-1][1]}' END"


def schema(f: Flavour, z: Sizes) -> list[tuple[str, str, str]]:
    """(table, CREATE TABLE, INSERT ... SELECT) in load order."""
    t = f.types
    ts, cat = f.ts, f.cat

    def table(name: str, cols: str, select: str) -> tuple[str, str, str]:
        cols = cols.format(**t)
        return name, f"CREATE TABLE {name} ({cols})", f.fill(name, z.of(name), select)

    email, cname = cat("'user'", "g", "'@example.com'"), cat("'Customer '", "g")
    country, sku = cat("'C'", "(g * 13) % 40"), cat("'SKU-'", "g")
    pname, path = cat("'Product '", "g"), cat("'path/'", "(g * 13) % 1000")
    cstatus = _pick("(g * 17) % 100", (90, "active"), (100, "suspended"))
    ostatus = _pick("(g * 31) % 100", (2, "pending"), (5, "cancelled"), (15, "shipped"), (100, "delivered"))
    method = _pick("g % 3", (1, "card"), (2, "paypal"), (3, "transfer"))
    pstatus = _pick("(g * 23) % 100", (3, "failed"), (5, "refunded"), (100, "captured"))
    carrier = _pick("(g * 11) % 5", (1, "dhl"), (2, "ups"), (3, "fedex"), (4, "usps"), (5, "dpd"))
    sstatus = _pick("(g * 29) % 100", (5, "in_transit"), (6, "returned"), (100, "delivered"))
    kind = _pick("(g * 7) % 100", (70, "page_view"), (90, "click"), (95, "search"), (98, "login"), (100, "purchase"))
    return [
        table("customers", "id {int} PRIMARY KEY, email {text} NOT NULL, name {text} NOT NULL, country {text}, "
              "status {text} NOT NULL, created_at {ts} NOT NULL",
              f"g, {email}, {cname}, {country}, {cstatus}, {ts(f'g * {SPAN // z.customers}')}"),
        table("products", "id {int} PRIMARY KEY, sku {text} NOT NULL, name {text} NOT NULL, "
              "category_id {int} NOT NULL, price {money} NOT NULL, stock {int} NOT NULL",
              f"g, {sku}, {pname}, (g * 7) % 200 + 1, ((g * 7919) % 50000) / 100.0 + 1, (g * 31) % 500"),
        table("orders", "id {int} PRIMARY KEY, customer_id {int} NOT NULL, status {text} NOT NULL, "
              "created_at {ts} NOT NULL, total {money} NOT NULL",
              f"g, (g * 7919) % {z.customers} + 1, {ostatus}, "
              f"{ts(f'g * {SPAN // z.orders} + (g * 97) % 3600')}, ((g * 37) % 100000) / 100.0"),
        table("order_items", "id {int} PRIMARY KEY, order_id {int} NOT NULL, product_id {int} NOT NULL, "
              "quantity {int} NOT NULL, unit_price {money} NOT NULL",
              f"g, (g - 1) % {z.orders} + 1, (g * 7919) % {z.products} + 1, g % 5 + 1, ((g * 53) % 20000) / 100.0"),
        table("payments", "id {int} PRIMARY KEY, order_id {int} NOT NULL, method {text} NOT NULL, "
              "status {text} NOT NULL, amount {money} NOT NULL, paid_at {ts} NOT NULL",
              f"g, (g * 7) % {z.orders} + 1, {method}, {pstatus}, ((g * 41) % 100000) / 100.0, "
              f"{ts(f'g * {SPAN // z.payments} + 600')}"),
        table("shipments", "id {int} PRIMARY KEY, order_id {int} NOT NULL, carrier {text} NOT NULL, "
              "status {text} NOT NULL, shipped_at {ts} NOT NULL",
              f"g, (g * 11) % {z.orders} + 1, {carrier}, {sstatus}, {ts(f'g * {SPAN // z.shipments} + 86400')}"),
        table("events", "id {int} PRIMARY KEY, customer_id {int} NOT NULL, kind {text} NOT NULL, "
              "created_at {ts} NOT NULL, detail {text}",
              f"g, (g * 104729) % {z.customers} + 1, {kind}, {ts(f'g * {SPAN // z.events}')}, {path}"),
    ]  # fmt: skip


# --------------------------------------------------------------------------- the workload
@dataclass(frozen=True)
class Index:
    """An index the workload needs: ``eq`` leading columns every query needing it compares
    with ``=`` (their order among themselves is free)."""

    table: str
    columns: tuple[str, ...]
    eq: int = 0

    @property
    def name(self) -> str:
        return f"bench_{self.table}_{'_'.join(self.columns)}"

    @property
    def label(self) -> str:
        return f"{self.table}({', '.join(self.columns)})"


@dataclass(frozen=True)
class Query:
    what: str
    sql: str
    needs: tuple[Index, ...] = ()


def ix(table: str, *columns: str, eq: int = 0) -> Index:
    return Index(table, columns, eq)


def workload(z: Sizes) -> list[Query]:
    """The 20 queries, their literals scaled to the table sizes."""
    cust, cust2, cust3 = z.customers // 3 + 7, z.customers // 2 + 11, z.customers // 5 + 3
    order, order2, prod, cat = z.orders // 3 + 5, z.orders // 2 + 17, z.products // 4 + 9, 42
    email, cust_orders = ix("customers", "email", eq=1), ix("orders", "customer_id", "created_at", eq=1)
    orders_date, items_order = ix("orders", "created_at"), ix("order_items", "order_id", eq=1)
    ship_order = ix("shipments", "order_id", eq=1)
    return [
        Query("customer by e-mail", f"SELECT id, name, status FROM customers WHERE email = 'user{cust}@example.com'",
              (email,)),
        Query("a customer's last orders", f"SELECT id, status, total, created_at FROM orders "
              f"WHERE customer_id = {cust} ORDER BY created_at DESC LIMIT 10", (cust_orders,)),
        Query("large pending orders to review", "SELECT id, customer_id, total FROM orders "
              "WHERE status = 'pending' AND total >= 900", (ix("orders", "status", "total", eq=1),)),
        Query("latest orders", "SELECT id, customer_id, status, total FROM orders ORDER BY created_at DESC LIMIT 20",
              (orders_date,)),
        Query("an order's items", "SELECT oi.product_id, p.name, oi.quantity, oi.unit_price FROM order_items oi "
              f"JOIN products p ON p.id = oi.product_id WHERE oi.order_id = {order}", (items_order,)),
        Query("a product's sales", f"SELECT count(*), sum(quantity) FROM order_items WHERE product_id = {prod}",
              (ix("order_items", "product_id", eq=1),)),
        Query("an order's payments", f"SELECT id, method, status, amount FROM payments WHERE order_id = {order}",
              (ix("payments", "order_id", eq=1),)),
        Query("latest failed payments", "SELECT id, order_id, amount FROM payments WHERE status = 'failed' "
              "ORDER BY paid_at DESC LIMIT 50", (ix("payments", "status", "paid_at", eq=1),)),
        Query("an order's shipment", f"SELECT carrier, status, shipped_at FROM shipments WHERE order_id = {order2}",
              (ship_order,)),
        Query("a carrier's parcels in transit", "SELECT id, order_id, shipped_at FROM shipments WHERE carrier = 'dhl' "
              "AND status = 'in_transit' ORDER BY shipped_at LIMIT 50",
              (ix("shipments", "carrier", "status", "shipped_at", eq=2),)),
        Query("a customer's recent activity", f"SELECT kind, created_at FROM events WHERE customer_id = {cust2} "
              "AND created_at >= '2024-06-01' ORDER BY created_at", (ix("events", "customer_id", "created_at", eq=1),)),
        Query("events of a day by kind", "SELECT kind, count(*) FROM events WHERE created_at >= '2024-06-01' "
              "AND created_at < '2024-06-02' GROUP BY kind", (ix("events", "created_at"),)),
        Query("cheapest products of a category", f"SELECT id, name, price FROM products WHERE category_id = {cat} "
              "ORDER BY price LIMIT 20", (ix("products", "category_id", "price", eq=1),)),
        Query("product by SKU", f"SELECT id, name, price, stock FROM products WHERE sku = 'SKU-{prod}'",
              (ix("products", "sku", eq=1),)),
        Query("a customer's orders by e-mail", "SELECT o.id, o.status, o.total FROM customers c JOIN orders o "
              f"ON o.customer_id = c.id WHERE c.email = 'user{cust3}@example.com' ORDER BY o.created_at DESC",
              (email, cust_orders)),
        Query("a customer's shipments", "SELECT o.id, s.carrier, s.status FROM orders o JOIN shipments s "
              f"ON s.order_id = o.id WHERE o.customer_id = {cust3}", (cust_orders, ship_order)),
        Query("orders of two days by country", "SELECT c.country, count(*) FROM orders o JOIN customers c "
              "ON c.id = o.customer_id WHERE o.created_at >= '2024-06-01' AND o.created_at < '2024-06-03' "
              "GROUP BY c.country", (orders_date,)),
        Query("categories of three orders", "SELECT p.category_id, sum(oi.quantity) FROM order_items oi "
              f"JOIN products p ON p.id = oi.product_id WHERE oi.order_id IN ({order}, {order2}, {order + 1}) "
              "GROUP BY p.category_id", (items_order,)),
        Query("customer by id (primary key)", f"SELECT id, email, name FROM customers WHERE id = {cust}"),
        Query("a page of active customers",
              "SELECT id, email, country FROM customers WHERE status = 'active' LIMIT 100"),
    ]  # fmt: skip


def dropped(queries: Iterable[Query]) -> list[Index]:
    return list(dict.fromkeys(i for q in queries for i in q.needs))


# --------------------------------------------------------------------------- scoring
@dataclass(frozen=True)
class Rec:
    table: str
    columns: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.table}({', '.join(self.columns)})"


def serves(rec: Rec, want: Index) -> str:
    """How ``rec`` serves ``want``: "recovered", "equivalent" or "" (see the module's doc)."""
    if rec.table != want.table or len(rec.columns) < len(want.columns):
        return ""
    cols = tuple(c.lower() for c in rec.columns)
    if cols == want.columns:
        return "recovered"
    head = cols[: len(want.columns)]
    if sorted(head[: want.eq]) == sorted(want.columns[: want.eq]) and head[want.eq :] == want.columns[want.eq :]:
        return "equivalent"
    return ""


@dataclass
class Score:
    engine: str
    source: str
    dropped: int
    unused: list[str]
    recovered: list[str] = field(default_factory=list)
    equivalent: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    recommendations: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def recovery(self) -> float:
        return 100.0 * len(self.recovered) / self.dropped if self.dropped else 0.0

    @property
    def with_equivalents(self) -> float:
        return 100.0 * (len(self.recovered) + len(self.equivalent)) / self.dropped if self.dropped else 0.0


def score(engine: str, source: str, wanted: Sequence[Index], unused: list[str], recs: Sequence[Rec],
          seconds: float) -> Score:  # fmt: skip
    out = Score(engine, source, len(wanted), unused, recommendations=len(recs), seconds=seconds)
    matched: dict[Index, str] = {}
    for rec in recs:
        hits = {want: how for want in wanted if (how := serves(rec, want))}
        if not hits:
            out.false_positives.append(rec.label)
        for want, how in hits.items():
            if matched.get(want) != "recovered":
                matched[want] = how
    out.recovered = [w.label for w in wanted if matched.get(w) == "recovered"]
    out.equivalent = [w.label for w in wanted if matched.get(w) == "equivalent"]
    out.missed = [w.label for w in wanted if w not in matched]
    return out


# --------------------------------------------------------------------------- the engines
class Engine:
    """One engine's connection for the benchmark's own work (seeding, plans, running the workload)."""

    key = ""
    url = ""

    def __init__(self, sizes: Sizes, *, reuse: bool) -> None:
        self.sizes, self.reuse = sizes, reuse
        self.flavour = FLAVOURS[self.key]

    # the driver's part
    def execute(self, sql: str) -> None:
        raise NotImplementedError

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def create_database(self) -> bool:
        """A fresh database (or, with ``reuse``, the seeded one kept from a former run: False)."""
        raise NotImplementedError

    def drop_database(self) -> None:
        raise NotImplementedError

    def analyze(self, tables: Sequence[str]) -> None:
        raise NotImplementedError

    def plan(self, sql: str) -> str:
        raise NotImplementedError

    def reset_recorder(self) -> bool:
        """Forget the statements the server recorded before the workload runs; False when the
        server records none (the recorder is off)."""
        return False

    def drop_index(self, index: Index) -> None:
        self.execute(f"DROP INDEX IF EXISTS {index.name}")

    def close(self) -> None:
        raise NotImplementedError

    # shared
    def seed(self) -> float:
        started = time.monotonic()
        if not self.create_database():
            return 0.0
        tables = schema(self.flavour, self.sizes)
        for _name, create, fill in tables:
            self.execute(create)
            self.execute(fill)
        self.analyze([name for name, _c, _f in tables])
        return time.monotonic() - started


class Postgres(Engine):
    key, url = "pg", PG_URL

    def __init__(self, sizes: Sizes, *, reuse: bool) -> None:
        super().__init__(sizes, reuse=reuse)
        import psycopg

        self.psycopg = psycopg
        self.conn: Any = None

    def create_database(self) -> bool:
        with self.psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB,)).fetchone()
            if exists and self.reuse:
                self.conn = self.psycopg.connect(PG_URL, autocommit=True)
                if self.conn.execute("SELECT count(*) FROM pg_class WHERE relname = 'order_items'").fetchone()[0]:
                    return False
                self.conn.close()
            admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{DB}"')
        self.conn = self.psycopg.connect(PG_URL, autocommit=True)
        self.execute("CREATE EXTENSION IF NOT EXISTS hypopg")
        self.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
        return True

    def connect(self) -> None:
        if self.conn is None:
            self.conn = self.psycopg.connect(PG_URL, autocommit=True)

    def execute(self, sql: str) -> None:
        self.conn.execute(sql)

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(sql).fetchall())

    def analyze(self, tables: Sequence[str]) -> None:
        self.execute("VACUUM ANALYZE " + ", ".join(tables))

    def plan(self, sql: str) -> str:
        return "\n".join(str(r[0]) for r in self.rows("EXPLAIN " + sql))

    def reset_recorder(self) -> bool:
        try:
            self.execute("SELECT pg_stat_statements_reset()")
        except self.psycopg.Error as exc:  # not in shared_preload_libraries
            print(f"PostgreSQL records no workload: {str(exc).strip()}", file=sys.stderr)
            return False
        return True

    def drop_database(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        with self.psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{DB}" WITH (FORCE)')

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class MariaDB(Engine):
    key, url = "mariadb", MY_URL

    def __init__(self, sizes: Sizes, *, reuse: bool) -> None:
        super().__init__(sizes, reuse=reuse)
        import pymysql

        self.pymysql = pymysql
        self.conn: Any = pymysql.connect(host="127.0.0.1", port=3306, user="root", password="", autocommit=True)

    def execute(self, sql: str) -> None:
        with self.conn.cursor() as cur:
            cur.execute(sql)
            cur.fetchall()

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        with self.conn.cursor() as cur:
            cur.execute(sql)
            return list(cur.fetchall())

    def create_database(self) -> bool:
        if self.reuse and self.rows(f"SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = '{DB}' "
                                    "AND TABLE_NAME = 'order_items'"):  # fmt: skip
            self.execute(f"USE `{DB}`")
            return False
        self.execute(f"DROP DATABASE IF EXISTS `{DB}`")
        self.execute(f"CREATE DATABASE `{DB}`")
        self.execute(f"USE `{DB}`")
        return True

    def analyze(self, tables: Sequence[str]) -> None:
        self.execute("ANALYZE TABLE " + ", ".join(tables))

    def plan(self, sql: str) -> str:
        return "\n".join(" ".join(str(v) for v in r) for r in self.rows("EXPLAIN " + sql))

    def reset_recorder(self) -> bool:
        if not self.rows("SELECT @@performance_schema")[0][0]:
            print("MariaDB records no workload: performance_schema is off", file=sys.stderr)
            return False
        self.execute("TRUNCATE TABLE performance_schema.events_statements_summary_by_digest")
        return True

    def drop_index(self, index: Index) -> None:
        self.execute(f"DROP INDEX IF EXISTS {index.name} ON {index.table}")

    def drop_database(self) -> None:
        self.execute(f"DROP DATABASE IF EXISTS `{DB}`")

    def close(self) -> None:
        self.conn.close()


class SQLite(Engine):
    key = "sqlite"
    path = SQLITE_PATH  # --sqlite-file

    def __init__(self, sizes: Sizes, *, reuse: bool) -> None:
        super().__init__(sizes, reuse=reuse)
        import sqlite3

        self.sqlite3 = sqlite3
        self.conn: Any = None
        self.url = f"sqlite:///{self.path}"

    def create_database(self) -> bool:
        if self.reuse and self.path.exists():
            self.conn = self.sqlite3.connect(self.path, isolation_level=None)
            if self.rows("SELECT 1 FROM sqlite_master WHERE name = 'order_items'"):
                return False
            self.conn.close()
        self.path.unlink(missing_ok=True)
        self.conn = self.sqlite3.connect(self.path, isolation_level=None)
        self.execute("PRAGMA journal_mode = WAL")
        return True

    def execute(self, sql: str) -> None:
        self.conn.execute(sql).fetchall()

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return list(self.conn.execute(sql).fetchall())

    def analyze(self, tables: Sequence[str]) -> None:
        self.execute("ANALYZE")

    def plan(self, sql: str) -> str:
        return "\n".join(str(r[-1]) for r in self.rows("EXPLAIN QUERY PLAN " + sql))

    def drop_database(self) -> None:
        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


ENGINES: dict[str, type[Engine]] = {"pg": Postgres, "mariadb": MariaDB, "sqlite": SQLite}


# --------------------------------------------------------------------------- one run
HOME = tempfile.TemporaryDirectory(prefix="aishell_advbench_home_")  # the children's AISHELL_HOME


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "AISHELL_HOME": HOME.name}


def advise_options() -> str:
    r = subprocess.run([*AISHELL, "advise", "--help"], capture_output=True, text=True, env=child_env(), check=False)
    return r.stdout


def run_advise(url: str, args: list[str]) -> tuple[list[Rec], float, dict[str, Any]]:
    started = time.monotonic()
    r = subprocess.run([*AISHELL, "advise", "--db", url, "-F", "json", "--yes", *args], capture_output=True,
                       text=True, env=child_env(), check=False)  # fmt: skip
    seconds = time.monotonic() - started
    if r.returncode != 0:
        raise SystemExit(f"aishell advise failed ({r.returncode}): {r.stderr.strip() or r.stdout.strip()}")
    doc = json.loads(r.stdout)
    recs = [Rec(str(x["table"]).split(".")[-1].lower(), tuple(str(c).lower() for c in x["columns"]))
            for x in doc["recommendations"]]  # fmt: skip
    return recs, seconds, doc


def unused_indexes(engine: Engine, queries: Sequence[Query]) -> list[str]:
    """The declared indexes the engine's plan of a query needing them does not name."""
    out: list[str] = []
    for q in queries:
        plan = engine.plan(q.sql).lower()
        for want in q.needs:
            if want.name.lower() not in plan and want.label not in out:
                out.append(want.label)
    return out


def bench_engine(key: str, sizes: Sizes, args: argparse.Namespace) -> list[Score]:
    engine = ENGINES[key](sizes, reuse=args.reuse)
    name = engine.flavour.name
    queries = workload(sizes)
    wanted = dropped(queries)
    scores: list[Score] = []
    try:
        seeded = engine.seed()
        if seeded:
            print(f"{name}: seeded {sum(sizes.of(t) for t, _c, _f in schema(engine.flavour, sizes)):,} rows "
                  f"({sizes.order_items:,} in order_items) in {seeded:.1f} s", file=sys.stderr)  # fmt: skip
        started = time.monotonic()
        for want in wanted:
            engine.drop_index(want)
            engine.execute(f"CREATE INDEX {want.name} ON {want.table} ({', '.join(want.columns)})")
        engine.analyze(sorted({w.table for w in wanted}))
        unused = unused_indexes(engine, queries)
        for want in wanted:
            engine.drop_index(want)
        engine.analyze(sorted({w.table for w in wanted}))
        print(f"{name}: built, checked and dropped {len(wanted)} indexes in {time.monotonic() - started:.1f} s"
              + (f"; not used by the engine: {', '.join(unused)}" if unused else ""), file=sys.stderr)  # fmt: skip
        recorded = engine.reset_recorder()
        for _ in range(args.repeat):
            for q in queries:
                engine.rows(q.sql)
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as fh:
            fh.write(";\n".join(q.sql for q in queries) + ";\n")
            file = fh.name
        try:
            ways: list[tuple[str, list[str]]] = []
            if recorded and "--workload" in advise_options():
                ways.append(("recorded (--workload)", ["--workload"]))
            ways.append(("file (-f)", ["-f", file]))
            for source, extra in ways:
                recs, seconds, doc = run_advise(engine.url, extra)
                s = score(name, source, wanted, unused, recs, seconds)
                s.notes = [str(n) for n in doc.get("notes") or []]
                scores.append(s)
                if args.verbose:
                    print(f"{name}, {source}: {', '.join(r.label for r in recs) or 'nothing'}", file=sys.stderr)
        finally:
            os.unlink(file)
    finally:
        if not args.keep:
            engine.drop_database()
        engine.close()
    return scores


def table(scores: Sequence[Score]) -> str:
    lines = ["| engine | workload | dropped | recovered | equivalent | false positives | recovery | "
             "with equivalents | advise wall time |", "|---|---|---:|---:|---:|---:|---:|---:|---:|"]  # fmt: skip
    for s in scores:
        lines.append(f"| {s.engine} | {s.source} | {s.dropped} | {len(s.recovered)} | {len(s.equivalent)} | "
                     f"{len(s.false_positives)} | {s.recovery:.0f}% | {s.with_equivalents:.0f}% | "
                     f"{s.seconds:.1f} s |")  # fmt: skip
    details: list[str] = []
    for s in scores:
        parts = [f"missed: {', '.join(s.missed)}" if s.missed else "",
                 f"equivalent: {', '.join(s.equivalent)}" if s.equivalent else "",
                 f"false positives: {', '.join(s.false_positives)}" if s.false_positives else "",
                 f"not used by the engine with the index in place: {', '.join(s.unused)}" if s.unused
                 else ""]  # fmt: skip
        parts += [f"note: {n}" for n in s.notes if "budget" in n or "left out" in n]
        if any(parts):
            details.append(f"* {s.engine}, {s.source}: " + "; ".join(p for p in parts if p))
    return "\n".join(lines + (["", *details] if details else []))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--engine", choices=["pg", "mariadb", "sqlite", "all"], default="all")
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="rows of the largest table (order_items)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the workload before advise")
    parser.add_argument("--reuse", action="store_true", help="keep a database seeded by a former run (with --keep)")
    parser.add_argument("--keep", action="store_true", help="do not drop the databases at the end")
    parser.add_argument("--sqlite-file", type=Path, default=SQLITE_PATH, help="the SQLite database's file")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    SQLite.path = args.sqlite_file
    if args.rows < 1000:
        parser.error("--rows must be at least 1000")
    sizes = Sizes(args.rows)
    keys = ["pg", "mariadb", "sqlite"] if args.engine == "all" else [args.engine]
    scores: list[Score] = []
    for key in keys:
        scores += bench_engine(key, sizes, args)
    print(f"{len(workload(sizes))} queries, {sizes.order_items:,} rows in the largest table\n")
    print(table(scores))
    HOME.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
