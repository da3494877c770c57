"""What the engine contract suite knows about each engine: one table of what an engine lacks,
the few statements a test needs in each engine's own SQL (how to make 50k rows, a long
statement to cancel, the column types for each kind of value, a scratch database), and the
fixtures the contract modules share (a module imports them by assignment, ``conn = ec.conn``:
a ``conftest.py`` here would shadow ``tests/conftest.py`` for the modules that import from it).

A new engine is found in :data:`aishell.engines.ENGINES` and runs every contract.  It passes
each one, or says here which capability it lacks and why (:data:`LACKS`): a lacking engine's
test is reported as ``xfail`` with that reason (not run, not skipped in silence); a lacking kind
of value is checked to really fail, so the table cannot go stale.
"""

from __future__ import annotations

import datetime as dt
import decimal
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from aishell.connections import Target
from aishell.engines import ENGINES, connect
from aishell.engines.base import Connection
from aishell.services.session import Session
from aishell.urls import DatabaseURL

#: every contract a live engine runs
CONTRACTS = (
    "streaming",
    "types",
    "catalog",
    "explain",
    "cancel",
    "read_only",
    "transactions",
    "bulk_load",
    "schema_copy",
    "schema_backup",
)

#: the engines the suite runs on a live database, and those it checks offline only
LIVE = ("sqlite", "duckdb", "postgres", "mysql")
NO_SERVER = "no Oracle server in the test environment: its offline subset runs in test_contract_oracle_offline.py"

#: engine -> capability -> why the engine lacks it.  Capabilities are the contract names above,
#: plus ``types.<kind>`` for one kind of value in the type round trip and ``typemap.<kind>`` for a
#: kind of :mod:`aishell.engines.types` the engine has no column type for.
LACKS: dict[str, dict[str, str]] = {
    "sqlite": {
        "types.decimal": "sqlite3 cannot bind decimal.Decimal and SQLite has no exact decimal type",
        "types.date": "SQLite has no date type: a date is stored and read back as ISO text",
        "types.timestamp": "SQLite has no timestamp type: a timestamp is stored and read back as ISO text",
        "types.boolean": "SQLite has no boolean type: BOOLEAN stores and reads back the integer 1",
        "typemap.bool": "SQLite has no boolean type: a bool column is an INTEGER",
        "typemap.decimal": "SQLite has no exact decimal type: a decimal column is TEXT, to keep every digit",
        "typemap.interval": "SQLite has no interval type: an interval column is TEXT",
        "typemap.array": "SQLite has no array type: an array column is JSON",
    },
    "mysql": {
        "types.boolean": "MySQL/MariaDB have no boolean type: BOOLEAN is TINYINT(1) and reads back as 1",
        "typemap.timestamptz": "MySQL/MariaDB have no time-zone-aware timestamp: DATETIME(6) keeps the UTC instant",
        "typemap.uuid": "MySQL/MariaDB have no uuid type: a uuid column is CHAR(36)",
        "typemap.interval": "MySQL/MariaDB have no interval type: an interval column is text",
        "typemap.array": "MySQL/MariaDB have no array type: an array column is JSON",
    },
    "oracle": {
        **dict.fromkeys(CONTRACTS, NO_SERVER),
        "typemap.date": "Oracle has no date-only type: its DATE holds a time of day, so it reads back as a timestamp",
        "typemap.time": "Oracle has no TIME type: a time of day needs another column type",
        "typemap.uuid": "Oracle has no uuid type: a uuid is RAW(16) or text",
        "typemap.array": "Oracle has no array column type without a user-defined VARRAY type",
    },
    # Redis is a key-value store: its commands and keys are tested in tests/integration/test_redis.py
    "redis": dict.fromkeys(CONTRACTS, "Redis is not SQL: no tables, catalog or SQL types (see test_redis.py)"),
}


#: one value of each kind the type round trip checks
VALUES: dict[str, Any] = {
    "integer": -2147483648,
    "bigint": 9007199254740993,  # 2**53 + 1: no float on the way
    "decimal": decimal.Decimal("-12345678901.125"),
    "float": 0.1,
    "text": "héllo ✓ 🦆 'single' \"double\" back\\slash\nnew line",
    "boolean": True,
    "date": dt.date(2024, 2, 29),
    "timestamp": dt.datetime(2024, 2, 29, 23, 59, 58, 123456),
    "bytes": b"\x00\xff\x80 binary",
    "json": '{"a": [1, 2.5, null], "b": "\\u00e9"}',
}
NUMERIC_KINDS = {"integer", "bigint", "decimal", "float"}


def lack(engine: str, capability: str) -> str | None:
    """Why ``engine`` lacks ``capability``, or None when it must pass."""
    return LACKS.get(engine, {}).get(capability)


def contract(capability: str) -> pytest.MarkDecorator:
    """Run the test on every registered engine (through the module-scoped ``engine`` fixture);
    an engine that lacks ``capability`` is reported as xfail with its reason, before any fixture
    tries to reach it."""
    params = [
        pytest.param(e, id=e, marks=pytest.mark.xfail(reason=f"{e} lacks {capability}: {why}", run=False))
        if (why := lack(e, capability)) is not None
        else pytest.param(e, id=e)
        for e in sorted(ENGINES)
    ]
    return pytest.mark.parametrize("engine", params, indirect=True, scope="module")


def session_for(url: str) -> Session:
    """A service-layer session on ``url``, as the CLI data commands build one."""
    return Session(Target(DatabaseURL.parse(url), None, "--db"))


def fresh(prefix: str) -> str:
    """A table name no other test, module or run uses."""
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


# --------------------------------------------------------------------------- per-engine SQL
@dataclass(frozen=True)
class EngineSQL:
    """The statements a contract needs in this engine's own SQL."""

    #: ``{n}`` rows ``(i, s, poison)``: i = 1..n, s = 'row ' || i, and poison NULL except on
    #: row ``{poison}``, where computing it raises an error (a stream meets it only at the end)
    generate: str
    #: a statement that runs for much longer than the test waits
    long_running: str
    #: a stream of rows ``(i)`` that does not end in the test's lifetime, computed as it is read
    endless: str
    #: column type for each kind of value in the type round trip (absent: the engine has none)
    types: dict[str, str]
    #: an index on a text column (MySQL needs a prefix length on TEXT)
    text_index: str = "{col}"
    #: a statement after which this connection gives up at once on a lock another one holds
    no_lock_wait: str | None = None
    #: where a scratch database comes from: "file" (a new file) or the name of a conftest fixture
    scratch: str = "file"
    drop_database: str = "DROP DATABASE IF EXISTS {name}"


SQL: dict[str, EngineSQL] = {
    "sqlite": EngineSQL(
        generate="WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < {n}) "
        "SELECT i, 'row ' || i AS s, CASE WHEN i = {poison} THEN abs(-9223372036854775807 - 1) END AS poison FROM g",
        long_running="WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g) SELECT count(*) FROM g",
        endless="WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g) SELECT i FROM g",
        no_lock_wait="PRAGMA busy_timeout = 50",
        types={"integer": "INTEGER", "bigint": "BIGINT", "decimal": "NUMERIC(14,3)", "float": "REAL",
               "text": "TEXT", "boolean": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMP", "bytes": "BLOB",
               "json": "JSON"},
    ),
    "duckdb": EngineSQL(
        generate="SELECT i, 'row ' || i AS s, CASE WHEN i = {poison} THEN error('poison') END AS poison "
        "FROM range(1, {n} + 1) t(i)",
        long_running="SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b",
        endless="SELECT range AS i FROM range(1000000000000)",
        types={"integer": "INTEGER", "bigint": "BIGINT", "decimal": "DECIMAL(14,3)", "float": "DOUBLE",
               "text": "VARCHAR", "boolean": "BOOLEAN", "date": "DATE", "timestamp": "TIMESTAMP", "bytes": "BLOB",
               "json": "JSON"},
    ),
    "postgres": EngineSQL(
        generate="SELECT i, 'row ' || i AS s, CASE WHEN i = {poison} THEN 1 / (i - i) END AS poison "
        "FROM generate_series(1, {n}) i",
        long_running="SELECT pg_sleep(60)",
        endless="SELECT generate_series(1::bigint, 1000000000000) AS i",  # a FROM-clause SRF is materialised
        scratch="pg_url",
        drop_database="DROP DATABASE IF EXISTS {name} WITH (FORCE)",
        types={"integer": "integer", "bigint": "bigint", "decimal": "numeric(14,3)", "float": "double precision",
               "text": "text", "boolean": "boolean", "date": "date", "timestamp": "timestamp", "bytes": "bytea",
               "json": "jsonb"},
    ),
    "mysql": EngineSQL(
        # MariaDB's SEQUENCE engine makes the rows; a scalar subquery of two rows is an error
        generate="SELECT seq AS i, concat('row ', seq) AS s, "
        "CASE WHEN seq = {poison} THEN (SELECT 1 FROM seq_1_to_2) END AS poison FROM seq_1_to_{n}",
        long_running="SELECT SLEEP(60)",
        endless="SELECT seq AS i FROM seq_1_to_1000000000000",
        types={"integer": "INT", "bigint": "BIGINT", "decimal": "DECIMAL(14,3)", "float": "DOUBLE",
               "text": "TEXT", "boolean": "BOOLEAN", "date": "DATE", "timestamp": "DATETIME(6)",
               "bytes": "LONGBLOB", "json": "JSON"},
        text_index="{col}(20)",
        scratch="mysql_url",
    ),
}


def engine_sql(engine: str) -> EngineSQL:
    try:
        return SQL[engine]
    except KeyError:
        pytest.fail(f"the contract suite has no SQL for engine {engine!r}: add it to SQL or list its lacks in LACKS")


# --------------------------------------------------------------------------- Oracle without a server
_ORACLE_NUMBER = re.compile(r"^(?:NUMBER|DECIMAL|NUMERIC)\s*(?:\(\s*(\*|\d+)\s*(?:,\s*(-?\d+)\s*)?\))?$")
_ORACLE_SIZED = re.compile(r"^(VARCHAR2|VARCHAR|NVARCHAR2|CHAR|NCHAR|RAW)\s*\(\s*(\d+)\s*(CHAR|BYTE)?\s*\)$")
_ORACLE_TIMESTAMP = re.compile(r"^TIMESTAMP\s*(?:\(\s*(\d)\s*\))?\s*(WITH (?:LOCAL )?TIME ZONE)?$")
_ORACLE_INTERVAL = re.compile(
    r"^INTERVAL\s+(?:DAY\s*(?:\((\d)\))?\s+TO\s+SECOND\s*(?:\((\d)\))?|YEAR\s*(?:\((\d)\))?\s+TO\s+MONTH)$"
)
_ORACLE_PLAIN = {"CLOB", "NCLOB", "BLOB", "DATE", "JSON", "BOOLEAN", "BINARY_FLOAT", "BINARY_DOUBLE", "LONG", "XMLTYPE"}


def oracle_dictionary(written: str) -> tuple[Any, ...]:
    """What ``ALL_TAB_COLUMNS`` reports (data_type, data_length, data_precision, data_scale,
    char_length, char_used) for a column declared ``written``, as Oracle documents its
    normalisation (INT is NUMBER(*,0), DOUBLE PRECISION is FLOAT(126), TIMESTAMP is TIMESTAMP(6),
    VARCHAR2 lengths count bytes by default ...).  A type Oracle does not have is an error."""
    t = " ".join(written.upper().split())
    if t in ("INT", "INTEGER", "SMALLINT"):
        return ("NUMBER", 22, None, 0, 0, None)
    if m := _ORACLE_NUMBER.match(t):
        precision = None if m[1] in (None, "*") else int(m[1])
        scale = int(m[2]) if m[2] is not None else (0 if m[1] is not None else None)
        return ("NUMBER", 22, precision, scale, 0, None)
    if t in ("DOUBLE PRECISION", "FLOAT") or (t.startswith("FLOAT(") and t.endswith(")")):
        return ("FLOAT", 22, int(t[6:-1]) if t.startswith("FLOAT(") else 126, None, 0, None)
    if t == "REAL":
        return ("FLOAT", 22, 63, None, 0, None)
    if m := _ORACLE_SIZED.match(t):
        kind = "VARCHAR2" if m[1] == "VARCHAR" else m[1]
        n = int(m[2])
        if kind == "RAW":
            return ("RAW", n, None, None, 0, None)
        if kind in ("NVARCHAR2", "NCHAR"):
            return (kind, 2 * n, None, None, n, "C")
        used = "C" if m[3] == "CHAR" else "B"
        return (kind, 4 * n if used == "C" else n, None, None, n, used)
    if m := _ORACLE_TIMESTAMP.match(t):
        return (f"TIMESTAMP({m[1] or 6})" + (f" {m[2]}" if m[2] else ""), 11, None, int(m[1] or 6), 0, None)
    if m := _ORACLE_INTERVAL.match(t):
        if t.startswith("INTERVAL YEAR"):
            return (f"INTERVAL YEAR({m[3] or 2}) TO MONTH", 5, int(m[3] or 2), 0, 0, None)
        return (f"INTERVAL DAY({m[1] or 2}) TO SECOND({m[2] or 6})", 11, int(m[1] or 2), int(m[2] or 6), 0, None)
    if t in _ORACLE_PLAIN:
        return (t, 0, None, None, 0, None)
    raise ValueError(f"Oracle has no column type {written!r}")


def oracle_spelling(written: str) -> str:
    """How aishell's Oracle catalog spells a column declared ``written``."""
    from aishell.engines.oracle.connection import column_type

    return column_type(*oracle_dictionary(written))


# --------------------------------------------------------------------------- scratch databases
@contextmanager
def other_database(engine: str, url: str, directory: Path) -> Iterator[str]:
    """Another database of ``url``'s engine: a new file beside it, or a new database on its
    server (dropped afterwards)."""
    sql = engine_sql(engine)
    name = fresh("aishell_ct")
    if sql.scratch == "file":
        yield f"{engine}:///{directory / name}.{engine}?create=1"
        return
    admin = connect(DatabaseURL.parse(url))
    quoted = admin.engine_dialect.quote(name)
    try:
        admin.execute(f"CREATE DATABASE {quoted}").close()
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(sql.drop_database.format(name=quoted)).close()
        admin.close()


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def engine(request: pytest.FixtureRequest) -> str:
    """The engine a test runs on (parametrised by :func:`contract`)."""
    return str(request.param)


@pytest.fixture(scope="module")
def scratch_url(engine: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A database of ``engine`` the module may fill (its tables get fresh names all the same):
    a new file, or the session's database from ``tests/conftest.py`` (an error under CI=true
    when the server is down)."""
    how = engine_sql(engine).scratch
    if how == "file":
        return f"{engine}:///{tmp_path_factory.mktemp('contract') / 'db'}.{engine}?create=1"
    return str(request.getfixturevalue(how))


@pytest.fixture(scope="module")
def conn(scratch_url: str) -> Iterator[Connection]:
    """One connection per engine and module, shared by its tests."""
    c = connect(DatabaseURL.parse(scratch_url))
    yield c
    c.close()


@pytest.fixture(scope="module")
def other_url(engine: str, scratch_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Another database of ``engine`` (a target for copies and restores), shared by the module."""
    with other_database(engine, scratch_url, tmp_path_factory.mktemp("other")) as url:
        yield url
