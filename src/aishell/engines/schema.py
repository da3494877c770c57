"""What backup, copy and restore need to know of an engine's catalog and DDL.

One :class:`SchemaRules` per engine (``engines/<name>/schema.py``, an instance ``SCHEMA``,
reached as ``dialect_of(x).schema``) answers, for the dialect-neutral table model of
:mod:`aishell.services.data.schema`:

* **capture** (the engine as a source): what its catalog says beyond the engine-neutral
  :class:`~aishell.engines.base.Catalog` -- auto-numbering, literal defaults, CHECK constraints,
  the names and actions of foreign keys, UNIQUE constraints, expression indexes, views, its own
  ``CREATE TABLE``;
* **re-creation** (the engine as a target): which constraints go in ``CREATE TABLE`` and which
  after the data, what of a foreign key it can take, how it numbers rows and how the counter is
  moved past the loaded data, how it drops, renames and probes;
* **crash safety** (:mod:`aishell.services.data.recovery`): whether its DDL is transactional, and
  the server locks and catalog queries a repair needs where it is not.

Every rule has the generic (ANSI) default here; an engine overrides only what differs.  This
module imports no driver, no sqlglot at import time and nothing of the service layer: the
table model is seen through the small protocols below.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from aishell.errors import AishellError

if TYPE_CHECKING:
    from sqlglot import exp

#: referential actions kept (NO ACTION, the default everywhere, is left out)
ACTIONS = ("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT")


# --------------------------------------------------------------------------- what the rules see
class Names(Protocol):
    """The part of a :class:`~aishell.engines.dialect.Dialect` the rules use."""

    @property
    def name(self) -> str: ...

    @property
    def display_name(self) -> str: ...

    @property
    def sqlglot(self) -> str: ...

    def quote(self, name: str) -> str: ...


class Closable(Protocol):
    def close(self) -> None: ...


class SchemaConnection(Protocol):
    """The part of a :class:`~aishell.engines.base.Connection` the rules use."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, params: Any = None) -> Closable: ...

    def query_all(self, sql: str, params: Any = None) -> list[tuple[Any, ...]]: ...

    def current_database(self) -> str | None: ...

    def catalog(self) -> Any: ...


class TypeLike(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def native(self) -> str | None: ...


class ColumnLike(Protocol):
    """A column of :class:`~aishell.services.data.schema.TableSpec`."""

    name: str
    nullable: bool
    default: str | None
    auto: str | None
    sequence: str | None
    lost: str | None

    @property
    def type(self) -> TypeLike: ...


class TableLike(Protocol):
    """:class:`~aishell.services.data.schema.TableSpec`, as the rules read and complete it."""

    name: str
    schema: str | None
    dialect: str | None
    primary_key: list[str]
    foreign_keys: list[dict[str, Any]]
    indexes: list[dict[str, Any]]
    expression_indexes: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    exclusions: list[dict[str, Any]]
    primary_key_name: str | None

    @property
    def columns(self) -> Sequence[ColumnLike]: ...


class Staging(Protocol):
    """A table loaded under another name first, then moved over (:meth:`SchemaRules.self_references`)."""

    into: str

    def settle(self) -> None: ...


# --------------------------------------------------------------------------- shared values
class Untranslatable(ValueError):
    """An expression sqlglot cannot carry into the target dialect."""


@dataclass
class Step:
    """Optional statements: on the first one refused the rest are skipped, ``undo`` runs and
    ``skipped <what>: <reason>`` is reported.  A statement ``-- reason`` is known not to work."""

    what: str
    stmts: list[str]
    undo: str | None = None


@dataclass
class Attempt:
    """A statement that may be refused: then ``fallback`` runs and ``label`` is reported."""

    sql: str
    fallback: str
    label: str


def first_line(text: str) -> str:
    lines = [line.strip() for line in str(text).strip().splitlines() if line.strip()]
    return lines[0][:300] if lines else "failed"


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fk_label(spec: TableLike, fk: dict[str, Any]) -> str:
    name = f" {fk['name']}" if fk.get("name") else ""
    return f"foreign key{name} of {spec.name} ({', '.join(fk['columns'])})"


def check_label(spec: TableLike, check: dict[str, Any]) -> str:
    if check.get("name"):
        return f"check constraint {check['name']} of {spec.name}"
    return f"check constraint of {spec.name} ({check.get('expression') or '?'})"


def action_of(text: Any) -> str | None:
    """A referential action as kept (one of :data:`ACTIONS`), or None."""
    action = " ".join(str(text or "").upper().split())
    return action if action in ACTIONS else None


def ident(name: str) -> exp.Identifier:
    from sqlglot import exp

    return exp.to_identifier(name, quoted=True)


def index_of_definition(definition: str, dialect: str, names: set[str]) -> dict[str, Any] | None:
    """``{"keys", "where", "method"}`` of a ``CREATE INDEX`` statement (None when unparsable)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        tree = sqlglot.parse_one(definition.rstrip().rstrip(";"), read=dialect)
    except SqlglotError:
        return None
    index = tree.this if isinstance(tree, exp.Create) else None
    params = index.args.get("params") if isinstance(index, exp.Index) else None
    if not isinstance(params, exp.IndexParameters) or not params.args.get("columns"):
        return None
    keys: list[dict[str, str]] = []
    lower = {n.lower(): n for n in names}
    for key in params.args["columns"]:
        node = key.this if isinstance(key, exp.Ordered) else key
        while isinstance(node, exp.Paren):
            node = node.this
        if isinstance(node, exp.Column) and not node.table and node.name.lower() in lower:
            keys.append({"column": lower[node.name.lower()] if node.name not in names else node.name})
        else:
            keys.append({"expression": node.sql(dialect=dialect)})
    where = params.args.get("where")
    using = params.args.get("using")
    method = using.name.lower() if isinstance(using, exp.Expression) else (str(using).lower() if using else None)
    return {"keys": keys, "where": where.this.sql(dialect=dialect) if isinstance(where, exp.Where) else None,
            "method": method}  # fmt: skip


def quote_names(node: Any) -> Any:
    """``node`` with every column name in it quoted (as written)."""
    from sqlglot import exp

    for column in node.find_all(exp.Column):
        for part in column.parts:
            part.set("quoted", True)
    return node


def translate(text: str, source: str | None, dialect: str, *, quoted: bool = False) -> Any:
    """``text`` (an expression in ``source``) as a sqlglot expression for ``dialect``: verbatim for
    the same dialect, else parsed (``quoted``: its column names quoted) and checked that it
    renders (raises :class:`Untranslatable`)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel, SqlglotError

    if source == dialect:
        return exp.Var(this=text)
    try:
        node = sqlglot.parse_one(text, read=source)
        if quoted:
            node = quote_names(node)
        node.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except SqlglotError as exc:
        raise Untranslatable(first_line(str(exc))) from None
    return node


class Finder:
    """Specs by (schema, name), or by name alone when that is unambiguous."""

    def __init__(self, specs: Sequence[TableLike]) -> None:
        self.full = {((s.schema or "").lower(), s.name.lower()): s for s in specs}
        self.plain: dict[str, TableLike | None] = {}
        for s in specs:
            key = s.name.lower()
            self.plain[key] = None if key in self.plain else s

    def get(self, schema: Any, name: Any) -> TableLike | None:
        found = self.full.get((str(schema or "").lower(), str(name).lower()))
        return found if found is not None else self.plain.get(str(name).lower())


def find_fk(spec: TableLike, name: Any = None, columns: tuple[str, ...] | None = None,
            ref_table: str | None = None) -> dict[str, Any] | None:  # fmt: skip
    """The spec's foreign key by name, or (``name`` None) by its columns and parent table."""
    for fk in spec.foreign_keys:
        if name is not None and fk.get("name") == name:
            return fk
        if name is None and columns is not None and tuple(c.lower() for c in fk["columns"]) == columns and (
            ref_table is None or str(fk["ref_table"]).lower() == ref_table
        ):
            return fk
    return None


# --------------------------------------------------------------------------- the rules
class SchemaRules:
    """The generic (ANSI SQL) rules.  Each engine subclasses them in ``engines/<name>/schema.py``."""

    # ---- re-creation: where each part of a table goes
    #: foreign keys go in CREATE TABLE (the engine cannot add one later)
    fks_inline: ClassVar[bool] = False
    #: an inline foreign key can reference only a table created before (DuckDB checks at once)
    fks_parent_first: ClassVar[bool] = False
    #: the primary key is added after the data (faster: PostgreSQL, as pg_restore does)
    pk_after_load: ClassVar[bool] = False
    #: CHECK constraints go in CREATE TABLE (else added after the data)
    checks_inline: ClassVar[bool] = True
    #: a UNIQUE constraint is "inline" (CREATE TABLE only), added by "alter" (ALTER TABLE ADD
    #: UNIQUE after the data) or re-created as a unique "index"
    unique_constraints: ClassVar[str] = "index"
    #: an expression DEFAULT is written in parentheses
    default_parens: ClassVar[bool] = False
    #: DEFAULT and GENERATED come before NOT NULL in a column definition (Oracle)
    default_before_not_null: ClassVar[bool] = False
    #: names in an expression translated from another engine are quoted (the engine folds
    #: unquoted names to upper case, and the columns were created with their names quoted: Oracle)
    quote_translated_names: ClassVar[bool] = False
    #: index names are per schema (else per table: re-created elsewhere, prefixed by the table)
    index_names_per_schema: ClassVar[bool] = False
    #: the catalog gives an index's CREATE INDEX statement (expression and partial indexes)
    index_definitions: ClassVar[bool] = False
    #: a foreign key can be MATCH FULL
    fk_match_full: ClassVar[bool] = False
    #: a foreign key can be DEFERRABLE
    fk_deferrable: ClassVar[bool] = False
    #: a check written on its column can carry its own name there
    column_check_names: ClassVar[bool] = True
    #: the engine keeps the names given to constraints (DuckDB names them itself)
    constraint_names: ClassVar[bool] = True
    #: the engine keeps a primary key's own name
    primary_key_names: ClassVar[bool] = False
    #: a UNIQUE constraint's definition as the catalog spells it re-creates it in the same engine
    keeps_unique_definition: ClassVar[bool] = False
    #: the engine has exclusion constraints (PostgreSQL)
    exclusion_constraints: ClassVar[bool] = False

    # ---- statements and transactions
    #: DDL runs inside a transaction (else it commits at once: the journal of :mod:`recovery` follows it)
    transactional_ddl: ClassVar[bool] = True
    #: a refused statement spoils the transaction: a probe runs in a savepoint
    probe_savepoint: ClassVar[bool] = False
    #: run after BEGIN of a load: foreign keys checked at the commit (SQLite)
    defer_foreign_keys_sql: ClassVar[str | None] = None
    #: what ``DROP TABLE``/``DROP VIEW`` add to drop what depends on the object too
    drop_cascade: ClassVar[str] = ""

    def __init__(self, dialect: Names) -> None:
        self.dialect = dialect

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.dialect.name}>"

    # ---- names
    def owns(self, dialect: str | None) -> bool:
        """Whether an expression written in ``dialect`` is this engine's own (kept verbatim)."""
        return dialect is not None and dialect.lower() in (self.dialect.name, self.dialect.sqlglot)

    def table(self, name: str) -> str:
        """``name`` or ``schema.name``, each part quoted."""
        return ".".join(self.dialect.quote(part) for part in name.split(".")[-2:])

    @property
    def label(self) -> str:
        """The engine's name in messages."""
        return self.dialect.display_name

    # ---- index advice (``aishell advise``, :mod:`aishell.services.advise`)
    #: how a candidate index is proven on the engine: ``"hypothetical"`` (the planner costs an
    #: index that is never built: :meth:`hypothetical_index`), ``"rollback"`` (built inside a
    #: transaction that is rolled back, then the plans are read again), or ``""`` (not proven:
    #: :attr:`no_trial_reason` says why)
    index_trial: ClassVar[str] = ""
    #: why candidates are not proven on this engine, where :attr:`index_trial` is ``""``
    no_trial_reason: ClassVar[str] = "aishell cannot try an index on this engine"
    #: what :meth:`plan_measure` measures, for the report
    plan_measure_name: ClassVar[str] = "estimated cost"

    def create_index_sql(self, name: str, table: str, columns: Sequence[str], *, online: bool = False) -> str:
        """``CREATE INDEX name ON table (columns)``; ``online``: the form that does not block
        writes while it builds, where the engine has one (what ``--apply`` runs)."""
        cols = ", ".join(self.dialect.quote(c) for c in columns)
        return f"CREATE INDEX {self.dialect.quote(name)} ON {self.table(table)} ({cols})"

    def plan_measure(self, plan: Any) -> float | None:
        """A plan's measure for comparing index candidates, smaller is better: the planner's
        total estimated cost of the normalised plan's root (:class:`~aishell.engines.plan.PlanTree`),
        or None when the plan gives none."""
        tree = getattr(plan, "tree", None)
        cost = tree.root.cost if tree is not None else None
        return float(cost) if cost is not None else None

    def hypothetical_ready(self, conn: SchemaConnection) -> str | None:
        """None when :meth:`hypothetical_index` works on ``conn``; else why not (for the report)."""
        return f"{self.label} has no hypothetical indexes"

    def hypothetical_index(self, create: str) -> str:
        """The statement that makes the index of ``create`` (a CREATE INDEX) hypothetical."""
        raise NotImplementedError

    #: the statement that forgets every hypothetical index of the session
    hypothetical_reset: ClassVar[str] = ""
    #: a query giving the estimated size in bytes of the session's hypothetical indexes (one row each)
    hypothetical_sizes: ClassVar[str] = ""

    def shadow_statements(self, scratch: str, source: str, tables: Sequence[tuple[str, int | None]],
                          sample: int) -> list[str]:  # fmt: skip
        """(``index_trial == "shadow"``) The statements that make the scratch database
        ``scratch`` holding at most ``sample`` rows of each ``(table, row estimate)`` of the
        database ``source``, with its keys and indexes."""
        raise NotImplementedError

    #: (``index_trial == "shadow"``) every candidate is built once on the scratch copy, and a
    #: set of them is tried by keeping the others from the planner inside the query
    #: (:meth:`hide_indexes_sql`) instead of creating and dropping indexes for each try
    trial_hides_indexes: ClassVar[bool] = False

    def hide_indexes_sql(self, sql: str, hidden: Mapping[str, Sequence[str]]) -> str:
        """``sql`` with the indexes ``hidden[table]`` (table names in lower case) kept from the
        planner wherever it reads that table."""
        raise NotImplementedError

    def shadow_enter(self, database: str) -> str:
        """The statement that makes ``database`` the connection's default one."""
        raise NotImplementedError

    def shadow_drop(self, scratch: str) -> str:
        """The statement that drops the scratch database."""
        raise NotImplementedError

    def scratch_database_sql(self, name: str) -> tuple[str, str] | None:
        """The statements that make and drop the empty scratch database ``name`` on the same
        server (``aishell migrate drift`` replays the migrations there); ``None``: the engine
        has no such database (a file engine's scratch copy is a temporary file)."""
        return None

    def drop_index_sql(self, name: str, table: str) -> str:
        """``DROP INDEX`` of the index ``name`` on ``table``."""
        return f"DROP INDEX {self.dialect.quote(name)}"

    #: (``index_trial == "rollback"``) the trial keeps the chosen indexes built in its open
    #: transaction and tries each candidate under a savepoint it rolls back to, instead of
    #: building every index again in a new transaction for each try
    trial_savepoints: ClassVar[bool] = False

    def trial_index_size_sql(self, name: str) -> str | None:
        """A query whose one value is the size in bytes of the index ``name`` just built (inside
        the trial transaction); None when the engine does not tell."""
        return None

    # ---- proving an existing index useless for a workload (the same queries planned without it)
    #: how an existing index is kept from the planner: ``"hint"`` (:meth:`hide_indexes_sql`
    #: rewrites the planned query; nothing changes for anyone), ``"session"`` (:meth:`hide_index_sql`
    #: hides it from this session's planner only, :attr:`unhide_indexes_sql` undoes it; where
    #: :meth:`hide_ready` says it cannot, ``"rollback"`` with ``--verify-real`` and consent),
    #: ``"rollback"`` (``DROP INDEX`` inside a transaction that is rolled back, with consent), or
    #: ``""`` (not proven: :attr:`no_hiding_reason` says why)
    index_hiding: ClassVar[str] = ""
    #: why existing indexes are not proven useless here, where :attr:`index_hiding` is ``""``
    no_hiding_reason: ClassVar[str] = "aishell cannot keep an existing index from this engine's planner"
    #: (``"session"``) the statement that shows the session's planner every index again
    unhide_indexes_sql: ClassVar[str] = ""
    #: (``"rollback"``) run right after BEGIN: how long a DROP INDEX may wait for its lock (a
    #: waiting DROP would hold up every reader of the table behind it); None: the engine's default
    hide_lock_timeout_sql: ClassVar[str | None] = None

    def hide_ready(self, conn: SchemaConnection) -> str | None:
        """(``"session"``) None when :meth:`hide_index_sql` works on ``conn``; else why not."""
        return f"{self.label} cannot hide an index from one session's planner"

    def hide_index_sql(self, name: str, table: str) -> str:
        """(``"session"``) The statement that hides the index ``name`` of ``table`` (``schema.name``)
        from this session's planner."""
        raise NotImplementedError

    def drop_existing_index_sql(self, name: str, table: str) -> str:
        """``DROP INDEX`` of the existing index ``name`` of ``table`` (``schema.name``), qualified
        by the table's schema where the engine names indexes per schema."""
        schema = table.rpartition(".")[0]
        q = self.dialect.quote
        return f"DROP INDEX {q(schema) + '.' if schema else ''}{q(name)}"

    def fresh_plan_sql(self, sql: str, key: str) -> str:
        """``sql`` as a text the driver has not prepared before (``key`` is new each time), where
        a statement prepared before an index was dropped would still plan with it; else ``sql``."""
        return sql

    def try_live_sql(self, conn: SchemaConnection, name: str, table: str) -> tuple[str, str] | None:
        """The statements that keep the index ``name`` of ``table`` from every session's planner
        and give it back (a reversible trial before a DROP, run by the user), where the engine has them."""
        return None

    # ---- capture (the engine as a source)
    def auto_of_default(self, default: str) -> tuple[str, str | None] | None:
        """``(auto-numbering kind, sequence)`` when a column's catalog default means auto-numbering."""
        return None

    def auto_of_column(self, data_type: str, only_key: bool) -> str | None:
        """The auto-numbering a column has by its type alone (``only_key``: it is the whole primary key)."""
        return None

    def is_internal_table(self, name: str) -> bool:
        """Whether a table of this name is the engine's own (never backed up or copied)."""
        return False

    def is_constraint_index(self, name: str) -> bool:
        """Whether an index of this name is the engine's own for a UNIQUE constraint."""
        return False

    def capture(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> None:
        """Add what the engine-neutral catalog does not carry to ``specs``: auto-numbering and
        literal defaults, CHECK constraints, foreign keys' names and actions, UNIQUE constraints,
        expression indexes."""

    def view_rows(self, conn: SchemaConnection) -> list[tuple[str, str, str | None]]:
        """The default schema's views: ``(name, CREATE VIEW statement, schema)``."""
        return []

    def native_ddl(self, conn: SchemaConnection, name: str, schema: str | None) -> str | None:
        """The table's DDL as the engine spells it (None: the engine cannot say)."""
        return None

    def names_lost(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> list[str]:
        """After CREATE TABLE: a note for each constraint name the engine did not keep."""
        return []

    def foreign_key_name_notes(self, conn: SchemaConnection, specs: Sequence[TableLike], keep: set[str]) -> list[str]:
        """Before CREATE TABLE: foreign key names the engine would refuse are cleared (with a note)."""
        return []

    # ---- re-creation (the engine as a target)
    def auto_refusal(self, spec: TableLike, col: ColumnLike) -> str | None:
        """Why the engine cannot number ``col`` (None: it can)."""
        return None

    def auto_column(self, col: ColumnLike) -> tuple[list[exp.Expression], exp.DataType | None, bool]:
        """An auto-numbered column in CREATE TABLE: its constraints, its type (None: its own), and
        whether it holds the primary key itself (then no table PRIMARY KEY)."""
        return [], None, False

    def auto_number_steps(self, conn: SchemaConnection, spec: TableLike, col: ColumnLike) -> list[Step]:
        """After the load: the counter of ``col`` past the largest value (nothing: the engine
        follows the data by itself)."""
        return []

    def fk_action_refusal(self, event: str, action: str) -> str | None:
        """Why ``ON <event> <action>`` cannot be re-created (None: it can)."""
        return None

    def same_engine_index_sql(self, spec: TableLike, ix: dict[str, Any], table: str) -> str | None:
        """An expression index's statement re-created from its definition in the same engine."""
        return None

    def temporary_sql(self, create_table: str) -> str:
        """A ``CREATE TABLE`` statement made a temporary table's (for a probe)."""
        return "CREATE TEMPORARY TABLE" + create_table[len("CREATE TABLE"):]

    def insert_defaults_sql(self, table: str) -> str | None:
        """A row of defaults into a probe table (None: the probe only creates the table)."""
        return f"INSERT INTO {table} DEFAULT VALUES"

    def drop_temporary_sql(self, table: str) -> str:
        return f"DROP TABLE {table}"

    def drop_table_sql(self, name: str) -> str:
        return f"DROP TABLE IF EXISTS {self.table(name)}{self.drop_cascade}"

    def drop_view_sql(self, name: str) -> str:
        return f"DROP VIEW IF EXISTS {self.table(name)}{self.drop_cascade}"

    def rename_sql(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """Rename tables ``(old, new)`` (MySQL: in one atomic statement)."""
        return [f"ALTER TABLE {self.table(a)} RENAME TO {self.dialect.quote(b.split('.')[-1])}" for a, b in pairs]

    def bulk_settings(self, conn: SchemaConnection, auto_numbered: bool) -> list[str]:
        """Set the session up for a bulk load; return the statements that put it back."""
        return []

    def self_references(self, conn: SchemaConnection, spec: TableLike, fks: list[dict[str, Any]]) -> Staging | None:
        """A staging for a table whose foreign keys point at itself, where rows must come parents first."""
        return None

    def probe(self, conn: SchemaConnection, sql: str) -> str | None:
        """Run ``sql``; return the error's first line instead of raising (in a savepoint where a
        refused statement would spoil the transaction)."""
        savepoint = self.probe_savepoint and conn.in_transaction
        if savepoint:
            conn.execute("SAVEPOINT aishell_try").close()
        try:
            conn.execute(sql).close()
        except AishellError as exc:
            if savepoint:
                conn.execute("ROLLBACK TO SAVEPOINT aishell_try").close()
            return first_line(str(getattr(exc, "message", None) or exc))
        if savepoint:
            conn.execute("RELEASE SAVEPOINT aishell_try").close()
        return None

    # ---- crash safety (engines whose DDL commits at once)
    def lock_sql(self, name: str, wait: int = 0) -> str | None:
        """A query taking the named server lock (its one value: whether it was taken); None: no such locks."""
        return None

    def unlock_sql(self, name: str) -> str | None:
        return None

    def lock_holder_sql(self, name: str) -> str | None:
        """A query whose one value is NULL when nobody holds the named lock."""
        return None

    def table_kinds(self, conn: SchemaConnection) -> dict[str, str]:
        """The default schema's tables and views: name -> ``BASE TABLE`` | ``VIEW``."""
        catalog = conn.catalog()
        default = catalog.default_schema
        return {str(t.name): "VIEW" if t.kind == "view" else "BASE TABLE" for t in catalog.tables
                if t.kind in ("table", "view") and (default is None or t.schema in (default, None))}  # fmt: skip

    def tables_like(self, conn: SchemaConnection, prefix: str) -> list[str]:
        """The default schema's tables whose names start with ``prefix``."""
        return [n for n in self.table_kinds(conn) if n.startswith(prefix)]

    # ---- migrations (``aishell migrate``: services/migrate.py, services/migrate_drift.py)
    def migrate_lock_sql(self, name: str) -> tuple[str, str] | None:
        """``(take, release)`` for the session-level server lock that keeps two ``migrate up`` off
        one database at once: ``take`` is a query whose one value is true when the lock was taken
        (it never waits), ``release`` gives it back.  ``name`` names the database.  None: the
        engine has no such lock, and the migration lock row alone decides."""
        return None

    def schema_objects(self, conn: SchemaConnection) -> list[tuple[str, str, str, str]]:
        """What ``migrate drift`` compares beyond tables: ``(kind, table, name, definition)`` for
        the default schema's views, CHECK constraints, sequences and triggers (``kind`` is
        ``view``, ``check``, ``sequence`` or ``trigger``; ``table`` the table a check or trigger
        belongs to, else "").  Definitions are read so that the same DDL in another database of
        the same engine reads the same.  The default: the views of :meth:`view_rows`."""
        return [("view", "", name, body) for name, body, _schema in self.view_rows(conn)]
