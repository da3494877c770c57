"""SQLite, through the standard library's :mod:`sqlite3`.

* streaming: :meth:`sqlite3.Cursor.fetchmany` steps the statement lazily;
* read-only: the file is opened with ``mode=ro`` *and* ``PRAGMA query_only``,
  and an authorizer allows only reads: SELECT, reading tables, transactions
  and savepoints, the functions on :func:`aishell.engines.readsafe.read_functions`
  (no ``load_extension``, ``readfile``, ``writefile`` ...) and the PRAGMAs that
  only report (``sqlite.pragmas.txt``), never with a value to set.  Everything
  else (INSERT/UPDATE/DELETE, CREATE/DROP/ALTER, ATTACH/DETACH, ANALYZE,
  REINDEX, a PRAGMA that sets) fails with "not authorized";
* limits: in a read-only session a string or blob value may hold
  :attr:`SQLiteConnection.max_value_bytes` (``SQLITE_LIMIT_LENGTH``), so
  ``randomblob(200000000)`` fails instead of taking the memory;
* timeout: SQLite has none; a progress handler interrupts a statement past its
  deadline (every 10,000 virtual-machine steps, so a huge recursive CTE stops
  too), and the statement raises :class:`~aishell.errors.QueryTimeoutError`;
* cancel: :meth:`sqlite3.Connection.interrupt`, which is thread-safe.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from aishell.engines import readsafe
from aishell.engines.base import (
    Catalog,
    ColumnInfo,
    Connection,
    Cursor,
    ForeignKey,
    FunctionInfo,
    IndexInfo,
    Params,
    Plan,
    ResultColumn,
    Row,
    TableInfo,
    file_write_privileges,
    infer_numeric,
    python_type_name,
)
from aishell.errors import (
    ConnectError,
    QueryCancelledError,
    QueryError,
    QueryTimeoutError,
)
from aishell.urls import DatabaseURL

_NEAR = re.compile(r'near "(?P<tok>[^"]+)"')

#: what a read-only connection's authorizer lets through without looking further
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT,
     sqlite3.SQLITE_RECURSIVE}
)  # fmt: skip
_SCHEMA_TABLES = frozenset({"sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"})
#: PRAGMAs whose argument names what to report on (``table_info(t)``), not a value to set
_PRAGMA_SUBJECTS = frozenset(
    {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
     "foreign_key_check", "integrity_check", "quick_check"}
)  # fmt: skip
#: the PRAGMAs the adapter's own catalog reads need, whatever the data file says
_CATALOG_PRAGMAS = frozenset({"table_info", "table_xinfo", "index_list", "index_info", "foreign_key_list",
                              "database_list", "function_list"})  # fmt: skip


Authorizer = Callable[[int, str | None, str | None, str | None, str | None], int]
#: what EXPLAIN QUERY PLAN of a data change may also compile (it never runs the statement)
_DML_ACTIONS = frozenset({sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE})


def read_only_authorizer(functions: frozenset[str], pragmas: frozenset[str], *, plan_dml: bool = False) -> Authorizer:
    """An authorizer (:meth:`sqlite3.Connection.set_authorizer`) that allows only reads.

    With ``plan_dml``, INSERT/UPDATE/DELETE compile too: for EXPLAIN QUERY PLAN, which shows
    their plan without running them (never a PRAGMA, which may act while it is compiled).
    """
    ok, deny = sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY
    function_code, pragma_code, update_code = sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_PRAGMA, sqlite3.SQLITE_UPDATE

    def authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _source: str | None) -> int:
        if action in _READ_ACTIONS or (plan_dml and action in _DML_ACTIONS):
            return ok
        if action == update_code and arg1 in _SCHEMA_TABLES:
            # SQLite asks this when it sets up a table-valued function (pragma_table_info ...).  A real
            # UPDATE of the schema table needs PRAGMA writable_schema, which is refused below, and
            # query_only (and a file opened read-only) refuse the write itself
            return ok
        if action == function_code:
            return ok if (arg2 or "").lower() in functions else deny
        if action == pragma_code:
            name = (arg1 or "").lower()
            if name in pragmas and (arg2 is None or name in _PRAGMA_SUBJECTS):
                return ok
        return deny

    return authorize


@cache
def _read_pragmas() -> frozenset[str]:
    return readsafe.read_pragmas("sqlite") | _CATALOG_PRAGMAS


def error_position(sql: str, message: str) -> int | None:
    """SQLite names the token an error is 'near'; find it in the SQL (1-based)."""
    m = _NEAR.search(message)
    if not m:
        return None
    idx = sql.find(m["tok"])
    return idx + 1 if idx >= 0 else None


class SQLiteCursor(Cursor):
    def __init__(self, cur: sqlite3.Cursor, conn: SQLiteConnection) -> None:
        self._cur = cur
        self._conn = conn
        desc = cur.description
        self.columns = [ResultColumn(d[0]) for d in desc] if desc else []
        self._typed = not self.columns
        self.rowcount = cur.rowcount if not desc else -1
        self.status = "" if desc else f"{max(cur.rowcount, 0)} row(s) affected"

    def fetchmany(self, size: int) -> list[Row]:
        try:
            rows: list[Row] = self._cur.fetchmany(size)
        except sqlite3.Error as exc:
            raise self._conn.translate(exc, None) from None
        if not self._typed and rows:
            self._type_columns(rows)
        return rows

    def _type_columns(self, rows: list[Row]) -> None:
        # SQLite reports no result types: infer them from the first non-NULL value
        typed = []
        for i, col in enumerate(self.columns):
            sample = next((r[i] for r in rows if r[i] is not None), None)
            typed.append(ResultColumn(col.name, python_type_name(sample), infer_numeric(sample)))
        self.columns = typed
        self._typed = True

    def close(self) -> None:
        self._cur.close()


class SQLiteConnection(Connection):
    engine = "sqlite"
    dialect = "sqlite"
    display_name = "SQLite"
    has_schemas = True  # attached databases act as schemas
    bare_default_schema = True
    snapshot_statement = "BEGIN"
    #: the longest string or blob a statement may make or read (``SQLITE_LIMIT_LENGTH``)
    max_value_bytes: ClassVar[int] = 100 * 1024 * 1024

    def __init__(self, raw: sqlite3.Connection, url: DatabaseURL, read_only: bool, timeout: float | None):
        self.raw = raw
        self.url = url
        self.read_only = read_only
        self.timeout = timeout
        self._deadline: float | None = None
        self._timed_out = False
        self._cancelled = threading.Event()
        if timeout:
            raw.set_progress_handler(self._progress, 10_000)

    @classmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        path = url.database or ":memory:"
        memory = path == ":memory:"
        if not memory:
            parent = Path(path).expanduser().parent
            if not parent.exists():
                raise ConnectError(f"directory does not exist: {parent}", engine="SQLite")
            if not Path(path).expanduser().exists() and (read_only or not url.create):
                # a typo must not silently make an empty database: only ?create=1 (--create) makes one
                hint = "" if read_only else " (pass --create to make one)"
                raise ConnectError(f"no such database file: {path}{hint}", engine="SQLite")
        target = ":memory:" if memory else str(Path(path).expanduser())
        mode = "ro" if read_only and not memory else ("rwc" if url.create or memory else "rw")
        uri = f"file:{_uri_path(target)}?mode={mode}" if not memory else "file::memory:"
        try:
            raw = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            if read_only:
                raw.execute("PRAGMA query_only = ON")
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fail early on a non-database
            if read_only:
                # a viewer's statement may not make a huge value (a writable session may hold one)
                raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, cls.max_value_bytes)
                raw.set_authorizer(read_only_authorizer(readsafe.read_functions("sqlite"), _read_pragmas()))
        except sqlite3.Error as exc:
            raise ConnectError(f"cannot open {path}: {exc}", engine="SQLite") from None
        return cls(raw, url, read_only, timeout)

    # ------------------------------------------------------------------ statements
    def _progress(self) -> int:
        if self._deadline is not None and time.monotonic() > self._deadline:
            self._timed_out = True
            return 1
        return 0

    def _start(self) -> None:
        """A statement starts: its deadline runs from now (until its result is read or closed)."""
        self._timed_out = False
        self._cancelled.clear()
        self._deadline = time.monotonic() + self.timeout if self.timeout else None

    def execute(self, sql: str, params: Params = None) -> Cursor:
        self.check_statement(sql)
        self._start()
        try:
            cur = self.raw.execute(sql, params) if params is not None else self.raw.execute(sql)
        except sqlite3.Error as exc:
            raise self.translate(exc, sql) from None
        return SQLiteCursor(cur, self)

    def translate(self, exc: sqlite3.Error, sql: str | None) -> QueryError:
        msg = str(exc)
        if msg == "interrupted":
            if self._timed_out:
                return QueryTimeoutError(
                    f"statement timed out after {self.timeout:g}s", engine=self.display_name, sql=sql
                )
            return QueryCancelledError("statement cancelled", engine=self.display_name, sql=sql)
        if "readonly" in msg.replace(" ", "").replace("-", "").lower() or "query_only" in msg:
            msg = f"{msg} (read-only connection)"
        elif self.read_only and "not authorized" in msg:
            msg = f"{msg} (read-only connection: only reads are allowed)"
        elif "too big" in msg:
            msg = f"{msg} (a value may hold at most {self.max_value_bytes // (1024 * 1024)} MB)"
        pos = error_position(sql, msg) if sql else None
        return QueryError(msg, engine=self.display_name, sql=sql, position=pos)

    def rows_per_insert(self, width: int) -> int:
        """100 rows a statement (within the driver's bound parameters): the driver's work per
        statement, not per row -- a bulk load's ``executemany`` costs about 30 % less CPU."""
        if width < 1:
            return 1
        return max(1, min(100, self.raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        self.check_statement(sql)
        self._start()
        try:
            cur = self.raw.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self.translate(exc, sql) from None
        return max(cur.rowcount, 0)

    def sibling(self) -> Connection:
        if (self.url.database or ":memory:") == ":memory:":
            return self  # a second connection would see another, empty database
        return super().sibling()

    def cancel(self) -> None:
        self._cancelled.set()
        self.raw.interrupt()

    def close(self) -> None:
        self.raw.close()

    @property
    def in_transaction(self) -> bool:
        return self.raw.in_transaction

    def limit_value_size(self, max_bytes: int) -> None:
        self.raw.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_bytes)

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        """``EXPLAIN QUERY PLAN`` as an indented outline, its rows as a tree (``data``) and the
        normalised tree.  SQLite measures nothing here, so ``analyze`` changes nothing: the
        statement is compiled, never run."""
        if self.read_only:  # the plan of a data change is a read: let it compile, not run
            functions = readsafe.read_functions("sqlite")
            self.raw.set_authorizer(read_only_authorizer(functions, _read_pragmas(), plan_dml=True))
            try:
                rows = self.query_all("EXPLAIN QUERY PLAN " + sql)
            finally:
                self.raw.set_authorizer(read_only_authorizer(functions, _read_pragmas()))
        else:
            rows = self.query_all("EXPLAIN QUERY PLAN " + sql)
        depth: dict[int, int] = {0: -1}
        lines = []
        tree: list[dict[str, Any]] = []
        nodes: dict[int, dict[str, Any]] = {}
        for node_id, parent, _unused, detail in rows:
            level = depth.get(parent, -1) + 1
            depth[node_id] = level
            lines.append("  " * level + ("-> " if level else "") + str(detail))
            node: dict[str, Any] = {"id": node_id, "detail": detail, "children": []}
            nodes[node_id] = node
            (nodes[parent]["children"] if parent in nodes else tree).append(node)
        from aishell.engines.plan_aliases import name_tables  # (an explain's, not a connection's import)
        from aishell.engines.sqlite.plan import parse_plan

        return Plan("\n".join(lines), tree, name_tables(parse_plan(rows), sql, self.dialect))

    # ------------------------------------------------------------------ catalog
    def current_database(self) -> str | None:
        return self.url.database

    def write_privileges(self) -> list[str] | None:
        return file_write_privileges(self.url.database)

    def server_version(self) -> str:
        return f"SQLite {sqlite3.sqlite_version}"

    def list_databases(self) -> list[str]:
        return [f"{name} ({file or 'memory'})" for _seq, name, file in self.query_all("PRAGMA database_list")]

    def catalog(self) -> Catalog:
        """Tables, views, their columns, foreign keys and indexes: per schema, one query for each
        (the pragmas as table-valued functions over ``sqlite_master``), not three per table."""
        schemas = [name for _seq, name, _file in self.query_all("PRAGMA database_list")]
        sizes = self._sizes()
        stats = self._row_estimates()
        tables: list[TableInfo] = []
        for schema in schemas:
            q = _quote(schema)
            objects = self.query_all(
                f"SELECT name, type FROM {q}.sqlite_master WHERE type IN ('table','view') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
            if not objects:
                continue
            found = self._schema_rows(schema)
            notes = self._column_comments(schema)
            for name, kind in objects:
                tables.append(self._table(schema, name, kind, sizes.get((schema, name)), stats, found,
                                          notes.get(name, {})))  # fmt: skip
        return Catalog(default_schema="main", schemas=schemas, tables=tables, functions=self._functions())

    def catalog_fingerprint(self) -> str | None:
        """Per attached file: its identity, size and modification time (and its write-ahead
        log's), and its ``schema_version``; with the SQLite library's version.  None for a
        database in memory, or a temporary schema that holds something."""
        try:  # the functions it lists: an extension loaded adds some
            functions = self.query_all("SELECT count(*), group_concat(name) FROM pragma_function_list")[0]
        except QueryError:
            functions = ("-", "")
        parts = [sqlite3.sqlite_version, f"{functions[0]}:{zlib.crc32(str(functions[1]).encode())}"]
        for _seq, name, file in self.query_all("PRAGMA database_list"):
            version = self.query_all(f"PRAGMA {_quote(name)}.schema_version")[0][0]
            if not file:
                if name == "temp" and not version:
                    continue
                return None
            parts.append(f"{name}\x00{file}\x00{version}")
            for path in (file, file + "-wal"):
                try:
                    st = os.stat(path)
                except OSError:
                    parts.append("-")
                    continue
                parts.append(f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}")
        return "\x01".join(parts)

    def _column_comments(self, schema: str) -> dict[str, dict[str, str]]:
        """Per table, the comment written after each column in its ``CREATE TABLE`` (``status INTEGER, -- 0 pending,
        1 confirmed``): SQLite keeps the statement as written, and it is the only place such notes live.  Only the
        statements that hold a comment are parsed (sqlglot is imported for them alone)."""
        rows = self.query_all(
            f"SELECT name, sql FROM {_quote(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND (sql LIKE '%--%' OR sql LIKE '%/*%')"
        )
        if not rows:
            return {}
        import sqlglot
        from sqlglot import exp

        out: dict[str, dict[str, str]] = {}
        for name, sql in rows:
            try:
                tree = sqlglot.parse_one(sql, read="sqlite")
            except sqlglot.errors.ParseError:
                continue
            for col in tree.find_all(exp.ColumnDef):
                text = " ".join(c.strip() for c in col.comments or () if c.strip())
                if text:
                    out.setdefault(name, {})[col.name] = text
        return out

    def _schema_rows(self, schema: str) -> dict[str, dict[str, list[Row]]]:
        """Per table of ``schema``: the rows of ``PRAGMA table_xinfo``, ``foreign_key_list`` and
        ``index_list`` joined with ``index_info``, each in the pragma's own order."""
        master = f"{_quote(schema)}.sqlite_master m"
        where = "m.type IN ('table','view') AND m.name NOT LIKE 'sqlite_%'"
        queries = {
            "columns": f"SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
                       f"FROM {master}, pragma_table_xinfo(m.name, ?) p WHERE {where} ORDER BY m.name, p.cid",
            "fks": f"SELECT m.name, p.id, p.seq, p.\"table\", p.\"from\", p.\"to\" "
                   f"FROM {master}, pragma_foreign_key_list(m.name, ?) p WHERE {where} ORDER BY m.name, p.id, p.seq",
            "indexes": f"SELECT m.name, i.seq, i.name, i.\"unique\", i.origin, c.seqno, c.name "
                       f"FROM {master}, pragma_index_list(m.name, ?) i, pragma_index_info(i.name, ?) c "
                       f"WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, i.seq, c.seqno",
        }  # fmt: skip
        found: dict[str, dict[str, list[Row]]] = {}
        for what, sql in queries.items():
            params = (schema, schema) if what == "indexes" else (schema,)
            for row in self.query_all(sql, params):
                found.setdefault(row[0], {}).setdefault(what, []).append(row[1:])
        return found

    def _table(
        self,
        schema: str,
        name: str,
        kind: str,
        size: int | None,
        stats: dict[tuple[str, str], int],
        found: dict[str, dict[str, list[Row]]],
        notes: dict[str, str],
    ) -> TableInfo:
        rows = found.get(name, {})
        cols, pk = [], []
        for row in rows.get("columns", []):
            _cid, cname, ctype, notnull, default, pkpos, hidden = row
            if hidden in (1,):  # hidden virtual-table column
                continue
            cols.append(ColumnInfo(cname, ctype or "", not notnull and not pkpos, default, notes.get(cname)))
            if pkpos:
                pk.append((pkpos, cname))
        fks: dict[int, list[Any]] = {}
        for fid, _seq, ref, frm, to in rows.get("fks", []):
            fks.setdefault(fid, []).append((ref, frm, to))
        foreign_keys = []
        for parts in fks.values():
            ref_table = parts[0][0]
            ref_cols = tuple(to for _r, _f, to in parts if to is not None)
            if not ref_cols:  # REFERENCES t without columns means t's primary key
                ref_cols = tuple(self._pk_of(schema, ref_table))
            foreign_keys.append(ForeignKey(tuple(f for _r, f, _t in parts), ref_table, ref_cols, schema))
        indexes = []
        if kind == "table":
            by_index: dict[int, tuple[str, int, str, list[str]]] = {}
            for seq, iname, unique, origin, _seqno, cname in rows.get("indexes", []):
                by_index.setdefault(seq, (iname, unique, origin, []))[3].append(str(cname))
            for iname, unique, origin, icols in by_index.values():
                indexes.append(IndexInfo(iname, tuple(icols), bool(unique), origin == "pk"))
        return TableInfo(
            name=name,
            schema=schema,
            kind=kind,
            columns=cols,
            primary_key=tuple(c for _p, c in sorted(pk)),
            foreign_keys=foreign_keys,
            indexes=indexes,
            row_estimate=stats.get((schema, name)),
            size_bytes=size,
        )

    def _pk_of(self, schema: str, table: str) -> list[str]:
        rows = self.query_all(f"PRAGMA {_quote(schema)}.table_info({_quote(table)})")
        return [r[1] for r in sorted(rows, key=lambda r: r[5]) if r[5]]

    def _sizes(self) -> dict[tuple[str, str], int]:
        try:
            rows = self.query_all("SELECT schema, name, SUM(pgsize) FROM dbstat GROUP BY schema, name")
        except QueryError:  # dbstat is a compile-time option
            return {}
        return {(s, n): int(size) for s, n, size in rows}

    def _row_estimates(self) -> dict[tuple[str, str], int]:
        try:
            rows = self.query_all("SELECT tbl, stat FROM sqlite_stat1")
        except QueryError:  # no ANALYZE has run
            return {}
        out: dict[tuple[str, str], int] = {}
        for tbl, stat in rows:
            try:
                n = int(str(stat).split()[0])
            except (ValueError, IndexError):
                continue
            out[("main", tbl)] = max(n, out.get(("main", tbl), 0))
        return out

    def _functions(self) -> list[FunctionInfo]:
        try:
            rows = self.query_all("SELECT DISTINCT name, type FROM pragma_function_list ORDER BY name")
        except QueryError:
            return []
        kinds = {"s": "function", "a": "aggregate", "w": "window"}
        return [FunctionInfo(name, None, kinds.get(t, "function")) for name, t in rows]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _uri_path(path: str) -> str:
    from urllib.parse import quote

    return quote(os.path.abspath(path) if path != ":memory:" else path)
