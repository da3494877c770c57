"""The interface every database engine implements.

An engine is one module under :mod:`aishell.engines` holding one
:class:`Connection` subclass.  Faces never talk to an engine directly: the
service layer (:mod:`aishell.services`) does, through this interface only.

A connection

* opens from a :class:`~aishell.urls.DatabaseURL` (:meth:`Connection.open`);
* executes one statement at a time and returns a :class:`Cursor` that
  **streams** rows in batches (server-side cursors or the engine's streaming
  mode: a huge result never sits in memory);
* introspects the catalog (:meth:`Connection.catalog`) into the
  engine-neutral :class:`Catalog` model;
* explains a statement, cancels a running statement from another thread,
  and reports whether a transaction is open;
* enforces read-only mode and a statement timeout *in the engine itself*.

Capabilities are class variables, so a face can ask what an engine can do
without trying it.  The bulk paths an adapter implements are declared the same
way (:attr:`Connection.bulk`, a set of :class:`BulkPath`; harlequin's adapters
declare theirs so): services ask :meth:`Connection.can` and call the typed
method, never probe with ``getattr`` or compare engine names.  So are its
snapshot statement, its savepoint use during a load, and its own dump tools
(:meth:`Connection.native_dump`, :mod:`aishell.engines.native`).
"""

from __future__ import annotations

import abc
import contextlib
import datetime as _dt
import decimal
import enum
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, ClassVar, Protocol

from aishell.urls import DatabaseURL

if TYPE_CHECKING:
    from aishell.engines.dialect import Dialect
    from aishell.engines.native import NativeTool
    from aishell.engines.plan import PlanTree
    from aishell.sql.kinds import Classification

Row = tuple[Any, ...]
Params = Sequence[Any] | Mapping[str, Any] | None

DEFAULT_BATCH_SIZE = 2000


# --------------------------------------------------------------------------- results
@dataclass(frozen=True)
class ResultColumn:
    """A column of a result set."""

    name: str
    type_name: str = ""
    numeric: bool = False


class Cursor(abc.ABC):
    """The result of one statement.  Rows are fetched lazily, in batches."""

    columns: list[ResultColumn]
    rowcount: int = -1
    status: str = ""

    @abc.abstractmethod
    def fetchmany(self, size: int) -> list[Row]:
        """Return up to ``size`` rows; an empty list when the result is exhausted."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release server resources held by the result."""

    @property
    def returns_rows(self) -> bool:
        return bool(self.columns)

    def batches(self, size: int = DEFAULT_BATCH_SIZE) -> Iterator[list[Row]]:
        if not self.columns:
            return
        while True:
            batch = self.fetchmany(size)
            if not batch:
                return
            yield batch


class ListCursor(Cursor):
    """A cursor over rows already in memory (catalog queries, EXPLAIN output)."""

    def __init__(
        self, columns: Sequence[ResultColumn | str], rows: Sequence[Row], status: str = ""
    ) -> None:
        self.columns = [c if isinstance(c, ResultColumn) else ResultColumn(c) for c in columns]
        self._rows = list(rows)
        self._pos = 0
        self.rowcount = len(self._rows)
        self.status = status

    def fetchmany(self, size: int) -> list[Row]:
        chunk = self._rows[self._pos : self._pos + size]
        self._pos += len(chunk)
        return chunk


_NUMERIC_PY = (int, float, decimal.Decimal)


def infer_numeric(value: Any) -> bool:
    return isinstance(value, _NUMERIC_PY) and not isinstance(value, bool)


# --------------------------------------------------------------------------- catalog
@dataclass(frozen=True)
class ColumnInfo:
    name: str
    data_type: str
    nullable: bool = True
    default: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    ref_schema: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class IndexInfo:
    name: str
    columns: tuple[str, ...]
    unique: bool = False
    primary: bool = False
    definition: str | None = None


@dataclass
class TableInfo:
    name: str
    schema: str | None = None
    kind: str = "table"  # table | view | materialized view | foreign table
    columns: list[ColumnInfo] = field(default_factory=list)
    primary_key: tuple[str, ...] = ()
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    indexes: list[IndexInfo] = field(default_factory=list)
    row_estimate: int | None = None
    size_bytes: int | None = None
    comment: str | None = None
    #: the extension it belongs to (PostgreSQL): a backup or copy leaves it to CREATE EXTENSION
    extension: str | None = None

    @property
    def qualified_name(self) -> str:
        return f"{self.schema}.{self.name}" if self.schema else self.name

    def column(self, name: str) -> ColumnInfo | None:
        low = name.lower()
        for col in self.columns:
            if col.name.lower() == low:
                return col
        return None


@dataclass(frozen=True)
class FunctionInfo:
    name: str
    schema: str | None = None
    kind: str = "function"  # function | procedure | aggregate | window
    arguments: str = ""
    returns: str = ""


@dataclass
class Catalog:
    """What a database holds, in a form every face and feature can use."""

    default_schema: str | None = None
    schemas: list[str] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)
    functions: list[FunctionInfo] = field(default_factory=list)

    def find_table(self, name: str, schema: str | None = None) -> TableInfo | None:
        """Find a table by name (case-insensitive), optionally schema-qualified ``s.t``."""
        if schema is None and "." in name:
            schema, name = name.rsplit(".", 1)
        low = name.lower()
        candidates = [t for t in self.tables if t.name.lower() == low]
        if schema is not None:
            candidates = [t for t in candidates if (t.schema or "").lower() == schema.lower()]
        if not candidates:
            return None
        for table in candidates:
            if table.schema == self.default_schema:
                return table
        return candidates[0]

    def referencing(self, table: TableInfo) -> list[tuple[TableInfo, ForeignKey]]:
        """Tables whose foreign keys point at ``table``."""
        found: list[tuple[TableInfo, ForeignKey]] = []
        for other in self.tables:
            for fk in other.foreign_keys:
                if fk.ref_table.lower() == table.name.lower() and (
                    fk.ref_schema is None or table.schema is None or fk.ref_schema == table.schema
                ):
                    found.append((other, fk))
        return found


@dataclass(frozen=True)
class IndexUsage:
    """How much one existing index was used, as the engine counted it (:meth:`Connection.index_usage`).

    ``scans``: PostgreSQL's ``idx_scan`` (index scans started); MariaDB's ``COUNT_READ`` of
    ``performance_schema.table_io_waits_summary_by_index_usage`` (rows read through it).  The
    counts run from ``since`` (UTC; None when the engine does not say), and ``since_what`` says
    what that moment is (``"statistics reset"``, ``"server start"``).  ``constraint``: the index
    backs a primary key, unique or exclusion constraint, so it is needed even when never scanned.
    """

    schema: str | None
    table: str
    index: str
    scans: int
    unique: bool = False
    primary: bool = False
    size_bytes: int | None = None
    constraint: bool = False
    since: _dt.datetime | None = None
    since_what: str = ""

    @property
    def unused(self) -> bool:
        """Never scanned since the counts started, and no key or constraint needs it."""
        return self.scans == 0 and not (self.primary or self.unique or self.constraint)


#: the orders :meth:`Connection.statement_stats` accepts: by total time, mean time, calls, rows
STATEMENT_ORDERS = ("total", "mean", "calls", "rows")


@dataclass(frozen=True)
class StatementStats:
    """One statement shape the engine recorded (:meth:`Connection.statement_stats`): its text
    with the literals replaced by placeholders (``$1`` in PostgreSQL, ``?`` in MariaDB), the
    engine's fingerprint of it, and what its executions cost in total.  Times in milliseconds;
    ``rows``: rows returned or affected; first and last seen (UTC) where the engine records them."""

    query: str
    fingerprint: str
    calls: int
    total_ms: float
    mean_ms: float
    rows: int
    first_seen: _dt.datetime | None = None
    last_seen: _dt.datetime | None = None


@dataclass(frozen=True)
class Plan:
    """An execution plan: text for people, the engine's structured form if it has one, and the
    normalised tree (:mod:`aishell.engines.plan`) where the adapter parses it."""

    text: str
    data: Any = None
    tree: PlanTree | None = None


# --------------------------------------------------------------------------- bulk paths
class BulkPath(enum.StrEnum):
    """A bulk path an adapter may implement.  :attr:`Connection.bulk` declares the ones it has
    (as harlequin's adapters declare their capabilities); services ask :meth:`Connection.can`
    and never probe for a method or compare engine names."""

    #: :meth:`Connection.copy_in_rows`: Python rows through the engine's ``COPY ... FROM STDIN``
    COPY_IN_ROWS = "copy_in_rows"
    #: :meth:`Connection.copy_in_csv`: a CSV file's bytes parsed by the server (``COPY ... FROM STDIN``)
    COPY_IN_CSV = "copy_in_csv"
    #: :meth:`Connection.copy_in_csv_push`: CSV bytes pushed by a producer into ``COPY``
    COPY_IN_CSV_PUSH = "copy_in_csv_push"
    #: :meth:`Connection.copy_out_csv`: a query's result as CSV bytes rendered by the engine
    COPY_OUT_CSV = "copy_out_csv"
    #: :meth:`Connection.copy_out_file`: a query's result written to a Parquet file by the engine
    COPY_OUT_FILE = "copy_out_file"
    #: :meth:`Connection.insert_arrow`: rows handed over as one Arrow batch
    INSERT_ARROW = "insert_arrow"
    #: :meth:`Connection.load_data_local_infile`: a tab-separated file sent with ``LOAD DATA LOCAL``
    LOAD_DATA_LOCAL_INFILE = "load_data_local_infile"
    #: the engine reads CSV and Parquet files itself, in SQL (:meth:`Connection.file_reader`)
    READ_FILES = "read_files"
    #: :meth:`Connection.load_stage`: a load checked in a staging table (no savepoints to bisect under)
    LOAD_STAGE = "load_stage"
    #: :meth:`Connection.table_to_parquet` / :meth:`Connection.parquet_into_table`: the engine's own
    #: table <-> Parquet shortcuts
    PARQUET = "parquet"
    #: :meth:`Connection.table_to_csv`: a table exported as CSV by a scanner outside this connection
    SCAN_CSV = "scan_csv"


class LoadStage(Protocol):
    """Where a load goes when the engine cannot bisect a refused batch under savepoints: the
    batches are staged and checked first (see :meth:`Connection.load_stage`)."""

    def load(self, rows: list[tuple[Any, ...]], lines: list[int]) -> int:
        """Take converted rows (with their input lines); the rows inserted by this call."""

    def finish(self) -> int:
        """Check and insert what is still staged, drop the staging tables; the rows inserted."""


#: ``reject(line, column, reason, row)``: a stage's report of a row the table would refuse
Reject = Callable[[int | None, str | None, str, Sequence[Any]], None]
#: ``fail(message, engine)``: the exception a stage raises when a load must stop
Fail = Callable[[str, str | None], Exception]


# --------------------------------------------------------------------------- connection
class Connection(abc.ABC):
    """A live connection to one database."""

    #: engine name, as in the URL scheme table (``postgres``, ``mysql`` ...)
    engine: ClassVar[str]
    #: sqlglot dialect name used for parsing and generating this engine's SQL
    dialect: ClassVar[str]
    #: human-readable engine name for messages
    display_name: ClassVar[str]
    #: can a running statement be cancelled on the server?
    supports_cancel: ClassVar[bool] = True
    #: does the engine have catalog schemas (namespaces inside one database)?
    has_schemas: ClassVar[bool] = True
    #: the statements aishell builds name a table of the dialect's default schema without it
    #: (SQLite: ``main`` is the database itself)
    bare_default_schema: ClassVar[bool] = False
    #: pip extra that installs the driver
    extra: ClassVar[str | None] = None
    #: the driver's DB-API paramstyle: "qmark" (?), "format" (%s) or "numeric" (:1)
    paramstyle: ClassVar[str] = "qmark"
    #: the bulk paths this adapter implements (the rest raise :class:`NotImplementedError`);
    #: without any, data moves with :meth:`executemany`
    bulk: ClassVar[frozenset[BulkPath]] = frozenset()
    #: a bulk load runs each batch under a savepoint and bisects a refused batch to find the
    #: bad rows (DuckDB: a failed statement aborts the whole transaction, so no)
    load_savepoints: ClassVar[bool] = True
    #: the statement that opens a read-only transaction in which several tables are read from
    #: one snapshot (a consistent backup), or None when the engine has none
    snapshot_statement: ClassVar[str | None] = None

    url: DatabaseURL
    read_only: bool
    timeout: float | None

    @classmethod
    @abc.abstractmethod
    def open(cls, url: DatabaseURL, *, read_only: bool = False, timeout: float | None = None) -> Connection:
        """Connect.  Raises :class:`~aishell.errors.ConnectError` on failure."""

    # ---- statements
    @abc.abstractmethod
    def execute(self, sql: str, params: Params = None) -> Cursor:
        """Run one statement and return its (lazily fetched) result.

        Raises :class:`~aishell.errors.QueryError` (or a subclass) when the
        engine rejects it.  Any previous cursor must be finished or closed.
        """

    @abc.abstractmethod
    def cancel(self) -> None:
        """Cancel the running statement.  Safe to call from another thread."""

    @abc.abstractmethod
    def close(self) -> None: ...

    @property
    @abc.abstractmethod
    def in_transaction(self) -> bool:
        """True while an explicit transaction is open."""

    @property
    def transaction_failed(self) -> bool:
        """True while the open transaction has failed and refuses every statement until it is
        rolled back (PostgreSQL's aborted transaction; psql's ``!`` prompt)."""
        return False

    #: set by a session whose policy is restricted: judges each statement run on this
    #: connection that the session did not clear itself (raises to refuse it); see
    #: :meth:`aishell.services.session.Session.prepare`.  Every adapter's ``execute`` and
    #: ``executemany`` call :meth:`check_statement` first.
    statement_check: Callable[[str], None] | None = None

    def check_statement(self, sql: str) -> None:
        """Apply :attr:`statement_check`, when the session installed one."""
        check = self.statement_check
        if check is not None:
            check(sql)

    def classify(self, statement: str) -> Classification:
        """What one statement is, judged from the server's own description of its commands, for
        an engine whose dialect is ``server_classified`` (Redis: ``COMMAND INFO``'s flags); the
        others' statements go to the SQL classifier and never here."""
        raise NotImplementedError(f"the {self.display_name} adapter leaves classification to the SQL classifier")

    def rows_per_insert(self, width: int) -> int:
        """How many rows of ``width`` columns one multi-row ``INSERT ... VALUES (...), (...)``
        should carry where data moves with :meth:`executemany` (1: one row a statement)."""
        return 1

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> int:
        """Run one parameterised statement for many rows; return the rows affected.

        Adapters override this with the driver's batch path.
        """
        total = 0
        for row in rows:
            cur = self.execute(sql, row)
            total += max(cur.rowcount, 0)
            cur.close()
        return total

    def placeholder(self, index: int) -> str:
        """The bind-parameter marker for the ``index``-th (0-based) value."""
        return {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": f":{index + 1}"}[self.paramstyle]

    def begin(self) -> None:
        """Open an explicit transaction (adapters with other syntax override)."""
        self.execute("BEGIN").close()

    def commit(self) -> None:
        self.execute("COMMIT").close()

    def rollback(self) -> None:
        self.execute("ROLLBACK").close()

    def sibling(self) -> Connection:
        """Another connection to the same database, to read the catalog beside running queries."""
        return type(self).open(self.url, read_only=True, timeout=self.timeout)

    def explain(self, sql: str, *, analyze: bool = False) -> Plan:
        """Show the plan for ``sql``.  ``analyze`` also runs it (where supported)."""
        prefix = "EXPLAIN ANALYZE " if analyze else "EXPLAIN "
        cur = self.execute(prefix + sql)
        rows = [r for batch in cur.batches() for r in batch]
        return Plan("\n".join(" ".join("" if v is None else str(v) for v in r) for r in rows))

    @property
    def transactional_ddl(self) -> bool:
        """CREATE and DROP roll back with the transaction (MySQL and Oracle commit DDL at once):
        the engine's schema rules say so (``engines/<e>/schema.py``, one place for it)."""
        return bool(self.engine_dialect.schema.transactional_ddl)

    def savepoint(self, name: str) -> None:
        self.execute(f"SAVEPOINT {name}").close()

    def rollback_to_savepoint(self, name: str) -> None:
        self.execute(f"ROLLBACK TO SAVEPOINT {name}").close()

    def release_savepoint(self, name: str) -> None:
        """Forget a savepoint (engines without ``RELEASE SAVEPOINT`` do nothing)."""
        self.execute(f"RELEASE SAVEPOINT {name}").close()

    def key_columns(self, table: str, key: str) -> str | None:
        """The columns (comma separated) of the key or index ``key`` of ``table``, for an error
        that names a key instead of its columns (MySQL's duplicate entry); None: not known."""
        return None

    # ---- bulk paths (declared in :attr:`bulk`)
    def can(self, path: BulkPath) -> bool:
        """Whether this adapter declares the bulk path ``path``."""
        return path in self.bulk

    def bulk_ready(self, path: BulkPath) -> bool:
        """Whether a declared bulk path may be used now (a server setting may forbid it: MySQL's
        ``local_infile``)."""
        return path in self.bulk

    def _no_bulk(self, path: BulkPath) -> NotImplementedError:
        return NotImplementedError(f"the {self.display_name} adapter has no {path.value} bulk path")

    def copy_in_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Load Python rows through the engine's COPY; the rows loaded (:attr:`BulkPath.COPY_IN_ROWS`)."""
        raise self._no_bulk(BulkPath.COPY_IN_ROWS)

    def copy_in_csv(
        self, table: str, columns: Sequence[str], chunks: Iterable[bytes], *, header: bool = True,
        delimiter: str = ",", quote: str = '"', encoding: str = "UTF8", text: bool = False,
    ) -> int:  # fmt: skip
        """Load a CSV file's bytes, parsed by the server (:attr:`BulkPath.COPY_IN_CSV`)."""
        raise self._no_bulk(BulkPath.COPY_IN_CSV)

    def copy_in_csv_push(
        self, table: str, columns: Sequence[str], produce: Callable[[Callable[[bytes], object]], object], *,
        header: bool = False,
    ) -> int:  # fmt: skip
        """Load CSV bytes that ``produce(write)`` pushes (:attr:`BulkPath.COPY_IN_CSV_PUSH`)."""
        raise self._no_bulk(BulkPath.COPY_IN_CSV_PUSH)

    def copy_out_file(self, sql: str, path: str, fmt: str = "parquet") -> int | None:
        """Write a query's result to ``path`` with the engine's own writer; the row count, or None
        (nothing written) when it does not apply (:attr:`BulkPath.COPY_OUT_FILE`)."""
        return None

    def insert_arrow(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
        """Insert Python rows as one Arrow batch (:attr:`BulkPath.INSERT_ARROW`)."""
        raise self._no_bulk(BulkPath.INSERT_ARROW)

    def load_data_local_infile(
        self, path: str, table: str, columns: Sequence[str], binary: Sequence[bool] | None = None
    ) -> int:
        """Load a file in ``LOAD DATA``'s text format (:attr:`BulkPath.LOAD_DATA_LOCAL_INFILE`)."""
        raise self._no_bulk(BulkPath.LOAD_DATA_LOCAL_INFILE)

    def write_infile_rows(self, fh: IO[bytes], rows: Iterable[Sequence[Any]], binary: Sequence[bool]) -> None:
        """Write Python rows as the file :meth:`load_data_local_infile` reads (``binary``: the
        columns sent as hex)."""
        raise self._no_bulk(BulkPath.LOAD_DATA_LOCAL_INFILE)

    def infile_from_arrow(self, batch: Any, types: Sequence[Any], nullable: Sequence[bool], *,
                          round_decimals: bool = False) -> tuple[bytes | None, int]:  # fmt: skip
        """A batch of CSV text columns (Arrow) as the file :meth:`load_data_local_infile` reads,
        validated for the columns' ColTypes at C speed, and the values rounded to their scale
        (``round_decimals``); ``(None, 0)`` when a value needs the per-value path."""
        return None, 0

    def file_reader(self, path: str, fmt: str, **options: Any) -> str:
        """The SQL expression that reads a file as a table (:attr:`BulkPath.READ_FILES`):
        ``fmt`` is ``parquet`` or ``csv`` (options: the reader's, as SQL text values)."""
        raise self._no_bulk(BulkPath.READ_FILES)

    def load_stage(self, table: str, columns: Sequence[str], source: str, reject: Reject,
                   fail: Fail) -> LoadStage:  # fmt: skip
        """A staging area that checks a load's rows before they go in (:attr:`BulkPath.LOAD_STAGE`)."""
        raise self._no_bulk(BulkPath.LOAD_STAGE)

    def table_to_parquet(self, schema: str | None, table: str, columns: Sequence[tuple[str, Any]],
                         arrow_type: Callable[[Any], Any], path: str, *, outside: bool,
                         inside: bool = True) -> int | None:  # fmt: skip
        """Write ``table`` (``columns``: name and :class:`~aishell.engines.types.ColType`;
        ``arrow_type(coltype)``: its Arrow type) to a Parquet file by the engine's own means
        (:attr:`BulkPath.PARQUET`); the row count, or None (nothing kept) when no such path applies
        to these columns or values.  ``outside``: a reader outside this connection (and its
        transaction) may be used; ``inside``: one on this connection, inside its transaction."""
        return None

    def parquet_into_table(self, table: str, columns: Sequence[str], path: str) -> int | None:
        """Load a Parquet file into ``table`` by the engine's own means, in this connection's
        transaction; the rows loaded, or None when no such path applies."""
        return None

    def table_to_csv(self, table: str, columns: Sequence[Any], write: Callable[[bytes], object], *,
                     header: bool, delimiter: str) -> int | None:  # fmt: skip
        """Export ``table`` (its ``columns`` as ColTypes) as CSV by a scanner outside this connection,
        when that keeps every value exactly (:attr:`BulkPath.SCAN_CSV`); None: not applicable."""
        return None

    # ---- the engine's own dump tool
    @classmethod
    def native_dump(cls) -> NativeTool | None:
        """The engine's own dump and restore programs (pg_dump ...), or None when it has none."""
        from aishell.engines.native import native_tool

        return native_tool(cls.engine)

    def copy_out_csv(
        self, sql: str, write: Callable[[bytes], object], *, header: bool = True, delimiter: str = ",",
        fmt: str = "csv",
    ) -> int | None:
        """Engine-native bulk export of a query's result as CSV bytes.

        Calls ``write`` with chunks of CSV and returns the row count, or returns
        ``None`` without writing anything when the engine has no such path (the
        service then formats rows itself).  The bytes must be exactly what
        :class:`aishell.output.formats.CSVWriter` (``fmt="csv"``) or ``TSVWriter``
        (``fmt="text"``) would write for the same rows: PostgreSQL's COPY output.
        """
        return None

    # ---- catalog
    @abc.abstractmethod
    def catalog(self) -> Catalog:
        """Read the catalog of the current database (every user schema)."""

    def catalog_fingerprint(self) -> str | None:
        """A cheap digest that changes whenever :meth:`catalog` would read something else (a
        schema change, and the row estimates it reports; the sizes too unless
        :meth:`relation_sizes` reads them), so that a catalog kept from an earlier run may be used
        instead of reading it; None: unknown, always read it."""
        return None

    def relation_sizes(self, tables: Sequence[TableInfo]) -> dict[tuple[str | None, str], int | None] | None:
        """The size in bytes of each of ``tables`` now, keyed by (schema, name), for an engine whose
        fingerprint leaves sizes out (reading them costs more than the rest of it: a kept catalog's
        sizes may then be old); None: the catalog's own sizes are current."""
        return None

    def list_databases(self) -> list[str]:
        db = self.current_database()
        return [db] if db else []

    @abc.abstractmethod
    def current_database(self) -> str | None: ...

    @abc.abstractmethod
    def server_version(self) -> str: ...

    # ---- helpers shared by adapters
    #: the statement that opens a transaction (:meth:`rolled_back`)
    begin_statement: ClassVar[str] = "BEGIN"

    def _control(self, statement: str) -> None:
        """Run one of the adapter's own transaction-control statements."""
        self.query_all(statement)

    @contextlib.contextmanager
    def rolled_back(self) -> Iterator[None]:
        """Run the body in a transaction that is rolled back (``EXPLAIN ANALYZE`` of a write): a
        savepoint when the user's transaction is open (which survives, also when the body
        fails), else :attr:`begin_statement` ... ROLLBACK."""
        inside = self.in_transaction
        self._control("SAVEPOINT aishell_explain" if inside else self.begin_statement)
        try:
            yield
        except BaseException:
            from aishell.errors import AishellError

            with contextlib.suppress(AishellError):
                self._roll_back_to(inside)
            raise
        self._roll_back_to(inside)

    def _roll_back_to(self, inside: bool) -> None:
        if inside:
            self._control("ROLLBACK TO SAVEPOINT aishell_explain")
            self._control("RELEASE SAVEPOINT aishell_explain")
        else:
            self._control("ROLLBACK")

    def query_all(self, sql: str, params: Params = None) -> list[Row]:
        """Run a small internal query and return every row."""
        cur = self.execute(sql, params)
        try:
            return [r for batch in cur.batches() for r in batch]
        finally:
            cur.close()

    def ping(self) -> None:
        self.query_all("SELECT 1")

    # ---- recorded usage
    def index_usage(self) -> list[IndexUsage] | None:
        """How often each index of the current database's user tables was used since the engine
        started counting (each :class:`IndexUsage` says since when), to find the unused ones.

        None: the engine records no index usage (SQLite, DuckDB: the default).  Raises
        :class:`~aishell.errors.ConfigError` when it could but its recorder is off (MariaDB's
        ``performance_schema``), with what to set."""
        return None

    def statement_stats(self, *, order: str = "total", limit: int = 50,
                        matching: str | None = None) -> list[StatementStats]:  # fmt: skip
        """The statements the engine recorded for the current database, grouped by fingerprint
        with literals normalised (PostgreSQL: ``pg_stat_statements``; MySQL/MariaDB:
        performance_schema statement digests, else the slow log table), the top ``limit`` by
        ``order`` (one of :data:`STATEMENT_ORDERS`: total time, mean time, calls, rows);
        ``matching``: only those whose text contains it (case-insensitive).  Ordering, filter
        and limit run in the engine (the slow log table has no index: grouped and cut after).

        Raises :class:`~aishell.errors.UsageError` when the engine records no statements (the
        default) and :class:`~aishell.errors.ConfigError` when its recorder is off or missing,
        saying what to run or set (creating an extension is a write: never done here)."""
        from aishell.errors import UsageError

        raise UsageError(f"{self.display_name} records no statement statistics; pass the queries with -f FILE",
                         engine=None)  # fmt: skip

    def sample_values(self, table: TableInfo, columns: Sequence[str], *, rows: int,
                      schema: str | None) -> dict[str, list[Any]]:  # fmt: skip
        """Non-null values of ``columns`` of ``table`` (named in SQL with ``schema``; None:
        unqualified), each about as often as it occurs in the table, to pick typical literals
        from (``advise --workload``).  Never a full scan of a big table.  Engines spread the
        sample over the table (PostgreSQL: the planner's statistics; MySQL/MariaDB: rows at
        spread primary-key positions); the default reads the first ``rows`` rows."""
        from sqlglot import exp

        query = (
            exp.select(*(exp.column(c, quoted=True) for c in columns))
            .from_(exp.table_(table.name, db=schema, quoted=True))
            .limit(rows)
        )
        return self.column_values(query.sql(dialect=self.dialect), columns, rows)

    def column_values(self, sql: str, columns: Sequence[str], rows: int, params: Params = None) -> dict[str, list[Any]]:
        """The non-null values of each of ``columns`` in at most ``rows`` rows of ``sql``
        (one result column per name, in order), for :meth:`sample_values`."""
        cur = self.execute(sql, params)
        try:
            found = cur.fetchmany(rows)
        finally:
            cur.close()
        return {c: [r[i] for r in found if r[i] is not None] for i, c in enumerate(columns)}

    @staticmethod
    def _statement_order(order: str, limit: int) -> None:
        """Check the arguments of :meth:`statement_stats` (for the adapters)."""
        from aishell.errors import UsageError

        if order not in STATEMENT_ORDERS:
            raise UsageError(f"unknown order {order!r}: use one of {', '.join(STATEMENT_ORDERS)}")
        if limit < 1:
            raise UsageError("the number of statements must be at least 1")

    # ---- limits
    def limit_value_size(self, max_bytes: int) -> None:
        """Refuse to make or read a single value larger than ``max_bytes`` where the engine
        can (a server face bounds what one request may cost).  Default: the engine has no
        such limit; its statement timeout and memory settings apply."""
        return None

    # ---- rights
    def shadowed_functions(self) -> frozenset[str]:
        """Lower-case names of the database's own functions that could be called by a
        built-in's name (PostgreSQL resolves ``lower(42)`` to a user's ``lower(integer)``).
        The classifier does not count a call of one of these as a built-in.  Engines whose
        users cannot define such a function return nothing."""
        return frozenset()

    def write_privileges(self) -> list[str] | None:
        """What this login could change, as short phrases for people (``["superuser"]``,
        ``["INSERT on 3 tables (public.a, ...)"]``); empty when it can change nothing the
        engine reports, ``None`` when the adapter cannot tell.

        Read-only mode refuses writes in aishell and has the engine back it, but only a
        login without write rights is a guarantee: ``aishell conn add --read-only`` shows
        this list so that a user can pick such a login.
        """
        return None

    @property
    def engine_dialect(self) -> Dialect:
        """This engine's :class:`~aishell.engines.dialect.Dialect` (its SQL, types, catalog SQL)."""
        from aishell.engines import dialect_of

        return dialect_of(self.engine)

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def file_write_privileges(path: str | None) -> list[str]:
    """For a file database: whether this OS user may write the file (an in-memory database
    holds nothing that lasts).  A read-only connection does not write it, but the OS does
    not stop another program, or a writable connection, from doing so."""
    if not path or path == ":memory:":
        return []
    file = os.path.abspath(os.path.expanduser(path))
    if os.path.exists(file) and os.access(file, os.W_OK):
        return [f"this OS user may write the database file {file}"]
    if not os.path.exists(file) and os.access(os.path.dirname(file) or ".", os.W_OK):
        return [f"this OS user may create the database file {file}"]
    return []


def python_type_name(value: Any) -> str:
    """A type name for a value when the driver does not report column types."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "real"
    if isinstance(value, decimal.Decimal):
        return "numeric"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "blob"
    if isinstance(value, _dt.datetime):
        return "timestamp"
    if isinstance(value, _dt.date):
        return "date"
    return "text"
