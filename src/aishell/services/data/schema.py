"""Tables in a dialect-neutral form (from the Catalog model), ordered by their foreign keys,
and re-created in any target dialect: table with primary key first, data, then indexes and
foreign keys (SQLite and DuckDB cannot add a foreign key later: theirs go in CREATE TABLE)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aishell.errors import UsageError
from aishell.services.data.typemap import (
    ColType,
    add_foreign_key_sql,
    add_primary_key_sql,
    create_index_sql,
    create_table_sql,
    from_sql,
    ident,
    quoted_table,
)

if TYPE_CHECKING:
    from aishell.engines.base import Catalog, Connection, TableInfo


@dataclass
class ColumnSpec:
    name: str
    type: ColType
    nullable: bool = True


@dataclass
class TableSpec:
    name: str
    columns: list[ColumnSpec]
    primary_key: list[str] = field(default_factory=list)
    #: {"name", "columns", "ref_table", "ref_columns"}
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    #: {"name", "columns", "unique"}
    indexes: list[dict[str, Any]] = field(default_factory=list)
    schema: str | None = None
    ddl: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "schema": self.schema,
            "columns": [{"name": c.name, "type": c.type.to_dict(), "nullable": c.nullable} for c in self.columns],
            "primary_key": self.primary_key,
            "foreign_keys": self.foreign_keys,
            "indexes": self.indexes,
            "ddl": self.ddl,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TableSpec:
        return cls(
            name=data["name"],
            schema=data.get("schema"),
            columns=[
                ColumnSpec(c["name"], ColType.from_dict(c["type"]), bool(c.get("nullable", True)))
                for c in data["columns"]
            ],
            primary_key=list(data.get("primary_key") or []),
            foreign_keys=list(data.get("foreign_keys") or []),
            indexes=list(data.get("indexes") or []),
            ddl=data.get("ddl"),
        )


def spec_of(info: TableInfo, dialect: str) -> TableSpec:
    columns = [ColumnSpec(c.name, from_sql(c.data_type, dialect), c.nullable) for c in info.columns]
    fks = [
        {"name": fk.name, "columns": list(fk.columns), "ref_table": fk.ref_table, "ref_columns": list(fk.ref_columns)}
        for fk in info.foreign_keys
    ]
    pk = set(info.primary_key)
    indexes = []
    fk_names = {fk.name for fk in info.foreign_keys if fk.name}
    for ix in info.indexes:
        if ix.primary or (set(ix.columns) == pk and ix.unique and not ix.name):
            continue
        if any(c == "(expression)" or "(" in c for c in ix.columns):
            continue  # expression indexes do not travel across dialects
        if ix.name in fk_names or ix.name.startswith("sqlite_autoindex"):
            continue
        indexes.append({"name": ix.name, "columns": list(ix.columns), "unique": ix.unique})
    return TableSpec(info.name, columns, list(info.primary_key), fks, indexes, schema=info.schema)


def select_tables(catalog: Catalog, names: list[str] | None, dialect: str) -> list[TableInfo]:
    """The base tables of the default schema (or the named ones)."""
    if names:
        out = []
        for name in names:
            info = catalog.find_table(name)
            if info is None or info.kind != "table":
                raise UsageError(f"no such table: {name}")
            out.append(info)
        return out
    default = catalog.default_schema
    return [t for t in catalog.tables if t.kind == "table" and (default is None or t.schema in (default, None))
            and not t.name.startswith("sqlite_")]  # fmt: skip


def order_by_dependencies(specs: list[TableSpec]) -> list[TableSpec]:
    """Parents before children (cycles keep their given order)."""
    by_name = {s.name.lower(): s for s in specs}
    done: dict[str, TableSpec] = {}
    visiting: set[str] = set()

    def visit(spec: TableSpec) -> None:
        key = spec.name.lower()
        if key in done or key in visiting:
            return
        visiting.add(key)
        for fk in spec.foreign_keys:
            parent = by_name.get(str(fk["ref_table"]).lower())
            if parent is not None and parent is not spec:
                visit(parent)
        visiting.discard(key)
        done[key] = spec

    for spec in specs:
        visit(spec)
    return list(done.values())


def inline_fks(dialect: str) -> bool:
    return dialect in ("sqlite", "duckdb")


def pk_after_load(dialect: str) -> bool:
    """PostgreSQL builds a primary key faster after the data is in (as pg_restore does)."""
    return dialect == "postgres"


def create_sql(spec: TableSpec, dialect: str, *, name: str | None = None, keep_fks: set[str] | None = None) -> str:
    target = name or spec.name
    keys = [c for ix in spec.indexes for c in ix["columns"]] + [c for fk in spec.foreign_keys for c in fk["columns"]]
    sql = create_table_sql(
        target,
        [(c.name, c.type, c.nullable) for c in spec.columns],
        dialect,
        primary_key=() if pk_after_load(dialect) else spec.primary_key,
        key_columns=[*keys, *spec.primary_key],
    )
    if inline_fks(dialect) and spec.foreign_keys:
        sql = _with_inline_fks(sql, spec, dialect, keep_fks)
    return sql


def _with_inline_fks(sql: str, spec: TableSpec, dialect: str, keep: set[str] | None) -> str:
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read=dialect)
    schema = tree.this
    for fk in spec.foreign_keys:
        if keep is not None and str(fk["ref_table"]).lower() not in keep:
            continue
        ref = exp.Reference(
            this=exp.Schema(
                this=exp.Table(this=ident(fk["ref_table"])), expressions=[ident(c) for c in fk["ref_columns"]]
            )
        )
        schema.append("expressions", exp.ForeignKey(expressions=[ident(c) for c in fk["columns"]], reference=ref))
    return tree.sql(dialect=dialect)


def post_load_sql(spec: TableSpec, dialect: str, *, keep_fks: set[str] | None = None) -> list[str]:
    """The primary key (PostgreSQL), indexes, then (where the dialect can add them later) foreign keys."""
    out = []
    if pk_after_load(dialect) and spec.primary_key:
        out.append(add_primary_key_sql(spec.name, spec.primary_key, dialect))
    for ix in spec.indexes:
        name = ix["name"] or f"{spec.name}_{'_'.join(ix['columns'])}_idx"
        if dialect in ("postgres", "sqlite", "duckdb"):
            name = f"{spec.name}_{name}" if not name.lower().startswith(spec.name.lower()) else name
        out.append(create_index_sql(name[:60], spec.name, ix["columns"], dialect, unique=bool(ix["unique"])))
    if not inline_fks(dialect):
        for fk in spec.foreign_keys:
            if keep_fks is not None and str(fk["ref_table"]).lower() not in keep_fks:
                continue
            out.append(add_foreign_key_sql(spec.name, fk.get("name"), fk["columns"], fk["ref_table"],
                                           fk["ref_columns"], dialect))  # fmt: skip
    return out


def drop_sql(name: str, dialect: str) -> str:
    cascade = " CASCADE" if dialect == "postgres" else ""
    return f"DROP TABLE IF EXISTS {quoted_table(name, dialect)}{cascade}"


def start_load(conn: Connection, ddl: list[str], names: list[str]) -> tuple[bool, list[str], bool]:
    """Create the tables and open the load's transaction.

    Returns ``(own_tx, created, transactional_ddl)``: whether this load opened the transaction,
    the tables that exist outside it (MySQL commits DDL implicitly, so they must be dropped by
    hand on failure), and whether DDL ran inside the transaction.  On failure after the
    transaction opened, it is rolled back here.
    """
    transactional_ddl = conn.engine != "mysql"
    created: list[str] = []
    if not transactional_ddl:
        for stmt in ddl:
            conn.execute(stmt).close()
        created = list(names)
    own_tx = not conn.in_transaction
    if own_tx:
        conn.begin()
    try:
        if conn.engine == "sqlite":
            conn.execute("PRAGMA defer_foreign_keys = ON").close()
        if transactional_ddl:
            for stmt in ddl:
                conn.execute(stmt).close()
    except BaseException:
        undo_load(conn, created, conn.dialect, own_tx=own_tx)
        raise
    return own_tx, created, transactional_ddl


def finish_load(conn: Connection, post: list[str], *, own_tx: bool, transactional_ddl: bool) -> None:
    """Run the post-load statements and commit: inside the transaction where DDL is
    transactional, after the commit where it is not (MySQL commits DDL implicitly)."""
    if transactional_ddl:
        for stmt in post:
            conn.execute(stmt).close()
    if own_tx:
        conn.commit()
    if not transactional_ddl:
        for stmt in post:
            conn.execute(stmt).close()


def undo_load(conn: Connection, created: list[str], dialect: str, *, own_tx: bool) -> None:
    """After a failed load: roll back, then drop the tables this load created (engines whose
    DDL commits implicitly keep them otherwise).  Never raises: the original error matters."""
    if own_tx:
        try:
            conn.rollback()
        except Exception:  # noqa: S110 - the connection may be gone
            pass
    for name in reversed(created):
        try:
            conn.execute(drop_sql(name, dialect)).close()
        except Exception:  # noqa: S110 - best effort, as above
            pass


def native_ddl(conn: Connection, info: TableInfo, spec: TableSpec) -> str:
    """The table's DDL as its own engine spells it (best effort)."""
    try:
        if conn.engine == "sqlite":
            rows = conn.query_all("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (info.name,))
            return str(rows[0][0]) if rows else ""
        if conn.engine == "mysql":
            rows = conn.query_all(f"SHOW CREATE TABLE {quoted_table(info.name, 'mysql')}")
            return str(rows[0][1]) if rows else ""
        if conn.engine == "duckdb":
            rows = conn.query_all("SELECT sql FROM duckdb_tables() WHERE table_name = ? AND schema_name = ?",
                                  (info.name, info.schema or "main"))  # fmt: skip
            return str(rows[0][0]) if rows else ""
    except Exception:  # noqa: S110 - the DDL is informative only
        pass
    return create_sql(spec, conn.dialect)
