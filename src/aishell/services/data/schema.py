"""Tables in a dialect-neutral form (from the Catalog model), ordered by their foreign keys,
and re-created in any target dialect: table with primary key first, data, then indexes and
foreign keys (SQLite and DuckDB cannot add a foreign key later: theirs go in CREATE TABLE).

Column defaults, auto-numbering (serial/identity, AUTO_INCREMENT, INTEGER PRIMARY KEY, DuckDB
sequences), expression and partial indexes and views travel too.  Their expressions are kept
verbatim for the same engine and translated with sqlglot for another; what cannot be
translated, or what the target refuses, is left out and reported (``notes``), never dropped
silently.

What each engine's catalog holds and what each takes lives in the engine
(``engines/<name>/schema.py``, reached as ``dialect_of(d).schema``: see
:mod:`aishell.engines.schema`); this module only asks it."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from aishell.engines import dialect_of
from aishell.engines.schema import Attempt as Attempt  # (re-exported: their home is aishell.engines.schema)
from aishell.engines.schema import SchemaRules, first_line
from aishell.engines.schema import Step as Step
from aishell.engines.schema import Untranslatable as Untranslatable
from aishell.engines.schema import index_of_definition as index_of_definition
from aishell.engines.schema import translate as translate
from aishell.errors import AishellError, UsageError
from aishell.services.data.recovery import Journal, aside_name, steps_to_json
from aishell.services.data.typemap import (
    ColType,
    create_index_sql,
    create_table_sql,
    from_sql,
    ident,
)
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from aishell.engines.base import Catalog, Connection, TableInfo

_T = TypeVar("_T")


def rules(dialect: str | None) -> SchemaRules:
    """The catalog and DDL rules of the engine ``dialect`` names (generic when unknown)."""
    return dialect_of(dialect).schema


class Reported(list[_T]):
    """A list of results, with the warnings of what could not be re-created."""

    def __init__(self, items: list[_T] | None = None, warnings: list[str] | None = None) -> None:
        super().__init__(items or [])
        self.warnings: list[str] = list(warnings or [])


#: auto-numbering kinds: PostgreSQL "serial" (a nextval default), "identity" (by default),
#: "identity always"; MySQL "auto_increment"; SQLite "rowid" (INTEGER PRIMARY KEY),
#: "autoincrement"; DuckDB "sequence" (a nextval default)
AUTO_KINDS = ("serial", "identity", "identity always", "auto_increment", "rowid", "autoincrement", "sequence")
_INT_KINDS = ("smallint", "int", "bigint")


@dataclass
class ColumnSpec:
    name: str
    type: ColType
    nullable: bool = True
    #: the DEFAULT expression as the source engine spells it (auto-numbering excluded)
    default: str | None = None
    #: auto-numbering (one of AUTO_KINDS), and the source sequence's name where there is one
    auto: str | None = None
    sequence: str | None = None
    #: what the column had that is not re-created (a generated expression, ON UPDATE): reported
    lost: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type.to_dict(), "nullable": self.nullable}
        for key in ("default", "auto", "sequence", "lost"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        return out

    @classmethod
    def from_dict(cls, c: dict[str, Any]) -> ColumnSpec:
        return cls(c["name"], ColType.from_dict(c["type"]), bool(c.get("nullable", True)),
                   c.get("default"), c.get("auto"), c.get("sequence"), c.get("lost"))  # fmt: skip


@dataclass
class TableSpec:
    name: str
    columns: list[ColumnSpec]
    primary_key: list[str] = field(default_factory=list)
    #: {"name", "columns", "ref_table", "ref_columns"}, and where set "on_delete"/"on_update"
    #: (CASCADE, SET NULL, SET DEFAULT, RESTRICT), "deferrable" (deferred | immediate), "match" (full)
    foreign_keys: list[dict[str, Any]] = field(default_factory=list)
    #: {"name", "columns", "unique"}, and "constraint": true for a UNIQUE constraint (name None: unnamed)
    indexes: list[dict[str, Any]] = field(default_factory=list)
    schema: str | None = None
    ddl: str | None = None
    #: the dialect the expressions (defaults, index definitions) are written in
    dialect: str | None = None
    #: indexes with expressions, a WHERE or a special method:
    #: {"name", "unique", "definition" (the source DDL), "keys" ([{"column"} | {"expression"}] or
    #: None when unparsable), "where"}
    expression_indexes: list[dict[str, Any]] = field(default_factory=list)
    #: CHECK constraints (see :mod:`.constraints`): {"name", "expression" (in ``dialect``), and where
    #: set "column" (written on that column), "not_valid"}
    checks: list[dict[str, Any]] = field(default_factory=list)
    #: PostgreSQL exclusion constraints: {"name", "definition", "columns"}
    exclusions: list[dict[str, Any]] = field(default_factory=list)
    #: the primary key's name where it is not the engine's default
    primary_key_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "schema": self.schema,
            "columns": [c.to_dict() for c in self.columns],
            "primary_key": self.primary_key,
            "foreign_keys": self.foreign_keys,
            "indexes": self.indexes,
            "ddl": self.ddl,
        }
        if self.dialect:
            out["dialect"] = self.dialect
        if self.expression_indexes:
            out["expression_indexes"] = self.expression_indexes
        for key in ("checks", "exclusions", "primary_key_name"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TableSpec:
        return cls(
            name=data["name"],
            schema=data.get("schema"),
            columns=[ColumnSpec.from_dict(c) for c in data["columns"]],
            primary_key=list(data.get("primary_key") or []),
            foreign_keys=list(data.get("foreign_keys") or []),
            indexes=list(data.get("indexes") or []),
            ddl=data.get("ddl"),
            dialect=data.get("dialect") or _dialect_of_columns(data),
            expression_indexes=list(data.get("expression_indexes") or []),
            checks=list(data.get("checks") or []),
            exclusions=list(data.get("exclusions") or []),
            primary_key_name=data.get("primary_key_name"),
        )


def _dialect_of_columns(data: dict[str, Any]) -> str | None:
    for c in data.get("columns") or []:
        found = (c.get("type") or {}).get("native_dialect")
        if found:
            return str(found)
    return None


@dataclass
class ViewSpec:
    name: str
    #: the full CREATE VIEW statement as the source engine spells it
    ddl: str
    dialect: str
    schema: str | None = None
    #: the tables and views it reads (lower case)
    depends: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "schema": self.schema, "dialect": self.dialect, "ddl": self.ddl,
                "depends": self.depends}  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ViewSpec:
        return cls(str(data["name"]), str(data["ddl"]), str(data["dialect"]), data.get("schema"),
                   [str(d) for d in data.get("depends") or []])  # fmt: skip


def _column_spec(c: Any, dialect: str, primary_key: tuple[str, ...]) -> ColumnSpec:
    col = ColumnSpec(c.name, from_sql(c.data_type, dialect), c.nullable)
    engine = rules(dialect)
    default = c.default
    if default is not None:
        auto = engine.auto_of_default(str(default))
        if auto is not None:
            col.auto, col.sequence = auto
        elif str(default).strip().lower().startswith("generated always as"):
            col.lost = f"generated expression ({default})"  # restored as a plain column, and said so
        else:
            col.default = str(default)
    by_type = engine.auto_of_column(c.data_type or "", len(primary_key) == 1 and primary_key[0] == c.name)
    if by_type is not None:
        col.auto = by_type
    return col


def _is_column_key(text: str, names: set[str]) -> bool:
    return text in names or (len(text) > 1 and text[0] == '"' and text[-1] == '"' and text[1:-1] in names)


def _plain_name(text: str) -> str:
    return text[1:-1].replace('""', '"') if len(text) > 1 and text[0] == '"' and text[-1] == '"' else text


def spec_of(info: TableInfo, dialect: str) -> TableSpec:
    engine = rules(dialect)
    columns = [_column_spec(c, dialect, tuple(info.primary_key)) for c in info.columns]
    fks = [
        {"name": fk.name, "columns": list(fk.columns), "ref_table": fk.ref_table, "ref_columns": list(fk.ref_columns)}
        for fk in info.foreign_keys
    ]
    pk = set(info.primary_key)
    names = {c.name for c in info.columns}
    indexes: list[dict[str, Any]] = []
    special = []
    fk_names = {fk.name for fk in info.foreign_keys if fk.name}
    for ix in info.indexes:
        if ix.primary or (set(ix.columns) == pk and ix.unique and not ix.name):
            continue
        if ix.name in fk_names:
            continue
        if engine.is_constraint_index(ix.name):  # a UNIQUE constraint: capture names it from the DDL
            if ix.unique and ix.columns and all(c in names for c in ix.columns):
                indexes.append({"name": None, "columns": list(ix.columns), "unique": True, "constraint": True})
            continue
        plain = all(_is_column_key(c, names) for c in ix.columns)
        if engine.index_definitions and ix.definition and ix.definition.upper().startswith("CREATE"):
            parsed = index_of_definition(ix.definition, dialect, names)
            odd = parsed is not None and (parsed["where"] or parsed.get("method") not in (None, "btree", "art"))
            if not plain or odd:  # (a plain index sqlglot cannot read travels as before, by its columns)
                special.append({"name": ix.name, "unique": ix.unique, "definition": ix.definition.rstrip().rstrip(";"),
                                **(parsed or {"keys": None, "where": None})})  # fmt: skip
                continue
        if not plain:
            continue  # an expression the catalog does not spell out (MySQL functional keys)
        indexes.append({"name": ix.name, "columns": [_plain_name(c) for c in ix.columns], "unique": ix.unique})
    spec = TableSpec(info.name, columns, list(info.primary_key), fks, indexes, schema=info.schema, dialect=dialect)
    spec.expression_indexes = special
    return spec


def enrich(conn: Connection, specs: list[TableSpec]) -> None:
    """What the engine-neutral catalog does not carry (auto-numbering, literal defaults,
    expression indexes, checks, foreign keys' names and actions, UNIQUE constraints): the
    source engine reads it from its own catalog."""
    conn.engine_dialect.schema.capture(conn, specs)


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
    engine = rules(dialect)
    return [t for t in catalog.tables if t.kind == "table" and (default is None or t.schema in (default, None))
            and not engine.is_internal_table(t.name) and t.extension is None]  # fmt: skip


def extension_notes(catalog: Catalog) -> list[str]:
    """What of the default schema belongs to an extension, left out of a backup or copy of it all
    (as pg_dump leaves it to ``CREATE EXTENSION``)."""
    default = catalog.default_schema
    return [f"left out {t.kind} {t.name}: it belongs to the extension {t.extension} (create the extension "
            "in the target)" for t in catalog.tables
            if t.extension is not None and (default is None or t.schema in (default, None))]  # fmt: skip


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
    """Whether ``dialect``'s foreign keys go in CREATE TABLE (it cannot add one later)."""
    return rules(dialect).fks_inline


def pk_after_load(dialect: str) -> bool:
    """Whether the primary key follows the data (PostgreSQL builds it faster so, as pg_restore does)."""
    return rules(dialect).pk_after_load


_TRUTH = {"1": True, "t": True, "true": True, "y": True, "yes": True, "on": True,
          "0": False, "f": False, "false": False, "n": False, "no": False, "off": False}  # fmt: skip


def default_expr(col: ColumnSpec, source: str | None, dialect: str) -> Any:
    """The column's DEFAULT for ``dialect`` (a sqlglot expression; raises Untranslatable)."""
    from sqlglot import exp

    assert col.default is not None
    node = translate(col.default, source, dialect, quoted=rules(dialect).quote_translated_names)
    if isinstance(node, exp.Var):
        return node
    inner = node
    while isinstance(inner, (exp.Cast, exp.Paren)):
        inner = inner.this
    if isinstance(node, exp.Cast) and isinstance(inner, exp.Literal):
        node = inner  # 'active'::varchar -> 'active': the column's type does the casting
    if col.type.kind == "bool" and isinstance(node, exp.Literal) and node.name.lower() in _TRUTH:
        node = exp.Boolean(this=_TRUTH[node.name.lower()])
    simple = (exp.Literal, exp.Boolean, exp.Null, exp.CurrentTimestamp, exp.CurrentDate, exp.CurrentTime)
    negative = isinstance(node, exp.Neg) and isinstance(node.this, exp.Literal)
    if rules(dialect).default_parens and not negative and not isinstance(node, simple):
        node = exp.Paren(this=node)  # (MySQL, SQLite) an expression default in parentheses
    return node


def _probe(conn: Connection, sql: str) -> str | None:
    """Run ``sql``; return the error's first line instead of raising (in a savepoint where a
    refused statement spoils the transaction)."""
    return conn.engine_dialect.schema.probe(conn, sql)


def _auto_ok(spec: TableSpec, col: ColumnSpec, dialect: str, notes: list[str] | None) -> bool:
    def skip(reason: str) -> bool:
        if notes is not None:
            notes.append(f"skipped auto-numbering of {spec.name}.{col.name}: {reason}")
        return False

    if col.type.kind not in _INT_KINDS:
        return skip(f"{col.type.native or col.type.kind} is not an integer type")
    refusal = rules(dialect).auto_refusal(spec, col)
    return True if refusal is None else skip(refusal)


def create_sql(spec: TableSpec, dialect: str, *, name: str | None = None, keep_fks: set[str] | None = None,
               defaults: bool = True, notes: list[str] | None = None, checks: bool = True,
               earlier: set[str] | None = None) -> str:  # fmt: skip
    """``CREATE TABLE`` for ``dialect``, with the defaults and auto-numbering it can carry
    (``defaults=False``: without defaults), and the constraints it takes there: CHECK
    (``checks=False``: none), UNIQUE (SQLite, DuckDB) and foreign keys (SQLite, DuckDB; for
    DuckDB only to the tables of ``earlier``, those created before, and itself).  What it
    leaves out is added to ``notes``."""
    from sqlglot import exp

    from aishell.services.data.constraints import (
        fk_label,
        foreign_key_node,
        inline_checks,
        unique_node,
        uniques_inline,
    )

    engine = rules(dialect)
    target = name or spec.name
    keys = [c for ix in spec.indexes for c in ix["columns"]] + [c for fk in spec.foreign_keys for c in fk["columns"]]
    constraints: dict[str, list[exp.Expression]] = {}
    overrides: dict[str, exp.DataType] = {}
    late_not_null: list[str] = []  # (Oracle: NOT NULL after DEFAULT and GENERATED)
    primary_key: list[str] = [] if pk_after_load(dialect) else list(spec.primary_key)
    for col in spec.columns:
        kinds = constraints.setdefault(col.name, [])
        if engine.default_before_not_null and not col.nullable:
            late_not_null.append(col.name)
        if col.lost and notes is not None and defaults:
            notes.append(f"skipped {col.lost} of {spec.name}.{col.name}: not re-created (a plain column)")
        if col.auto and _auto_ok(spec, col, dialect, notes):
            # (where the engine has no numbering of its own: a sequence after the load, auto_number_sql)
            auto_kinds, override, holds_key = engine.auto_column(col)
            kinds += auto_kinds
            if override is not None:
                overrides[col.name] = override
            if holds_key:
                primary_key = []
            continue
        if defaults and col.default is not None:
            try:
                kinds.append(exp.DefaultColumnConstraint(this=default_expr(col, spec.dialect, dialect)))
            except Untranslatable as exc:
                if notes is not None:
                    notes.append(f"skipped default of {spec.name}.{col.name}: {exc}")
    extra: list[exp.Expression] = []
    if checks:  # (PostgreSQL adds them after the data: optional_post_sql)
        by_column, table_checks = inline_checks(spec, dialect)
        for column, nodes in by_column.items():
            constraints.setdefault(column, []).extend(nodes)
        extra += table_checks
    if uniques_inline(dialect):
        extra += [unique_node(ix, dialect) for ix in spec.indexes if ix.get("constraint")]
    if inline_fks(dialect):
        for fk in spec.foreign_keys:
            parent = str(fk["ref_table"]).lower()
            if keep_fks is not None and parent not in keep_fks:
                continue
            if engine.fks_parent_first and earlier is not None and parent not in earlier | {spec.name.lower()}:
                if notes is not None:  # (DuckDB) it cannot be added once the other table exists
                    notes.append(f"skipped {fk_label(spec, fk)} to {fk['ref_table']}: {engine.label} cannot "
                                 "reference a table created after this one (the tables reference each other)")
                continue
            extra.append(foreign_key_node(spec, fk, dialect, notes))
    for column in late_not_null:
        constraints[column].append(exp.NotNullColumnConstraint())
    return create_table_sql(
        target,
        [(c.name, c.type, c.nullable or c.name in late_not_null) for c in spec.columns],
        dialect,
        primary_key=primary_key,
        key_columns=[*keys, *spec.primary_key],
        constraints=constraints,
        type_overrides=overrides,
        extra=extra,
    )


def table_ddl(conn: Connection, spec: TableSpec, dialect: str, *, keep_fks: set[str] | None,
              notes: list[str], earlier: set[str] | None = None) -> str | Attempt:  # fmt: skip
    """The table's CREATE statement for ``conn``.  Its defaults, and the CHECK constraints that
    go in it, are tried first on a temporary table (all at once, then one by one if refused):
    those the target refuses are left out and reported.  Should the table still be refused, it
    is created without them (reported).  ``earlier``: the tables created before it."""
    from aishell.services.data.constraints import checks_inline, fk_options, prepare_checks, table_notes

    with_default = [c for c in spec.columns if c.default is not None and not c.auto]
    if with_default and _probe_defaults(conn, spec, with_default, dialect) is not None:
        for col in with_default:
            error = _probe_defaults(conn, spec, [col], dialect)
            if error is not None:
                notes.append(f"skipped default of {spec.name}.{col.name}: {error}")
                col.default = None
    prepare_checks(conn, spec, dialect, notes)
    notes += table_notes(spec, dialect)
    if not inline_fks(dialect):  # the foreign keys follow the data: what of them the target cannot take
        for fk in spec.foreign_keys:
            if keep_fks is None or str(fk["ref_table"]).lower() in keep_fks:
                fk_options(spec, fk, dialect, notes)
    sql = create_sql(spec, dialect, keep_fks=keep_fks, notes=notes, earlier=earlier)
    has_defaults = any(c.default is not None and not c.auto for c in spec.columns)
    has_checks = bool(spec.checks) and checks_inline(dialect)
    if not has_defaults and not has_checks:
        return sql
    what = " and ".join(w for w, b in (("defaults", has_defaults), ("check constraints", has_checks)) if b)
    fallback = create_sql(spec, dialect, keep_fks=keep_fks, defaults=False, checks=False, earlier=earlier)
    return Attempt(sql, fallback, f"{what} of {spec.name}")


def _probe_defaults(conn: Connection, spec: TableSpec, columns: list[ColumnSpec], dialect: str) -> str | None:
    """Create a temporary table of ``columns`` with their defaults and insert a row of defaults
    (then drop it): the target's error, or None."""
    import uuid

    name = f"aishell_probe_{uuid.uuid4().hex[:12]}"
    probe = TableSpec(name, [ColumnSpec(c.name, c.type, True, c.default) for c in columns], dialect=spec.dialect)
    sql = create_sql(probe, dialect)
    if not sql.upper().startswith("CREATE TABLE"):
        return None
    engine = rules(dialect)
    error = _probe(conn, engine.temporary_sql(sql))
    if error is None:
        table = engine.table(name)
        # a row of defaults: SQLite, for one, looks a default's functions up only when it is used
        insert = engine.insert_defaults_sql(table)
        error = _probe(conn, insert) if insert is not None else None
        _probe(conn, engine.drop_temporary_sql(table))
    return error


def post_load_sql(spec: TableSpec, dialect: str, *, keep_fks: set[str] | None = None) -> list[str]:
    """The primary key (PostgreSQL, under its own name), indexes and UNIQUE constraints (those
    not in CREATE TABLE), then (where the dialect can add them later) foreign keys, with their
    names and referential actions (what the target cannot take was reported by table_ddl)."""
    from aishell.services.data.constraints import add_foreign_key_sql as add_fk_sql
    from aishell.services.data.constraints import add_primary_key_sql as add_pk_sql
    from aishell.services.data.constraints import add_unique_sql, uniques_inline

    out = []
    engine = rules(dialect)
    if engine.pk_after_load and spec.primary_key:
        out.append(add_pk_sql(spec, dialect))
    for ix in spec.indexes:
        if ix.get("constraint") and uniques_inline(dialect):
            continue  # in CREATE TABLE
        if ix.get("constraint") and engine.unique_constraints == "alter":
            out.append(add_unique_sql(spec, ix, dialect))
            continue
        name = index_name(spec, ix["name"] or f"{spec.name}_{'_'.join(ix['columns'])}_idx"[:60], dialect)
        out.append(create_index_sql(name, spec.name, ix["columns"], dialect, unique=bool(ix["unique"])))
    if not engine.fks_inline:
        for fk in spec.foreign_keys:
            if keep_fks is not None and str(fk["ref_table"]).lower() not in keep_fks:
                continue
            out.append(add_fk_sql(spec, fk, dialect, None))
    return out


def index_name(spec: TableSpec, name: str, dialect: str) -> str:
    """An index's name in ``dialect``: the source's own, unless the source names indexes per table
    (MySQL) and the target per schema: then prefixed with the table's name, so that two tables'
    ``name`` indexes do not collide."""
    if rules(spec.dialect).index_names_per_schema or not rules(dialect).index_names_per_schema:
        return name
    return (f"{spec.name}_{name}" if not name.lower().startswith(spec.name.lower()) else name)[:60]


def auto_number_sql(conn: Connection, spec: TableSpec, dialect: str) -> list[Step]:
    """After the load: the counters of auto-numbered columns start past the largest value
    (PostgreSQL: setval; DuckDB: a sequence starting there and the column's DEFAULT nextval;
    MySQL and SQLite follow the data by themselves)."""
    engine = rules(dialect)
    return [step for col in spec.columns if col.auto and _auto_ok(spec, col, dialect, None)
            for step in engine.auto_number_steps(conn, spec, col)]  # fmt: skip


def expression_index_sql(spec: TableSpec, ix: dict[str, Any], dialect: str) -> str:
    """``CREATE INDEX`` of an expression (or partial) index for ``dialect`` (raises Untranslatable)."""
    table = quote_table(spec.name, dialect)
    unique = "UNIQUE " if ix.get("unique") else ""
    if spec.dialect == dialect and ix.get("definition"):
        same = rules(dialect).same_engine_index_sql(spec, ix, table)
        if same is not None:
            return same
    keys = ix.get("keys")
    if not keys:
        raise Untranslatable("its definition could not be parsed")
    quoted = rules(dialect).quote_translated_names
    parts = []
    for key in keys:
        if "column" in key:
            parts.append(quote_name(str(key["column"]), dialect))
        else:
            node = translate(str(key["expression"]), spec.dialect, dialect, quoted=quoted)
            parts.append(f"({node.sql(dialect=dialect)})")
    name = index_name(spec, str(ix["name"]), dialect)
    sql = f"CREATE {unique}INDEX {quote_name(name, dialect)} ON {table} ({', '.join(parts)})"
    if ix.get("where"):
        sql += f" WHERE {translate(str(ix['where']), spec.dialect, dialect, quoted=quoted).sql(dialect=dialect)}"
    return sql


def optional_post_sql(conn: Connection, spec: TableSpec, dialect: str) -> list[Step]:
    """Auto-numbering, then expression indexes, then the constraints added after the data (CHECK
    on PostgreSQL, exclusion constraints): each may be refused (and reported)."""
    from aishell.services.data.constraints import optional_constraint_steps

    out = auto_number_sql(conn, spec, dialect)
    for ix in spec.expression_indexes:
        what = f"index {ix.get('name')} on {spec.name}"
        try:
            out.append(Step(what, [expression_index_sql(spec, ix, dialect)]))
        except Untranslatable as exc:
            out.append(Step(what, [f"-- cannot translate it to {dialect}: {exc}"]))
    return out + optional_constraint_steps(spec, dialect)


def run_optional(conn: Connection, steps: list[Step]) -> list[str]:
    """Run each step; return ``skipped <what>: <reason>`` for each refused one."""
    warnings = []
    for step in steps:
        for index, stmt in enumerate(step.stmts):
            error = stmt[3:] if stmt.startswith("-- ") else _probe(conn, stmt)
            if error is not None:
                warnings.append(f"skipped {step.what}: {error}")
                if index and step.undo:
                    _probe(conn, step.undo)
                break
    return warnings


# --------------------------------------------------------------------------- views
def _tables_read(tree: Any) -> list[str]:
    from sqlglot import exp

    ctes = {str(c.alias_or_name).lower() for c in tree.find_all(exp.CTE)}
    out: list[str] = []
    for t in tree.find_all(exp.Table):
        if isinstance(t.this, exp.Identifier):
            name = t.name.lower()
            if name not in ctes and name not in out:
                out.append(name)
    return out


def capture_views(conn: Connection, tables: list[str] | None, known: set[str]) -> list[ViewSpec]:
    """The views of the default schema as their engine spells them, readers after what they read.
    With ``tables``: only the views whose tables (of ``known``, the database's) are all among them."""
    import sqlglot
    from sqlglot.errors import SqlglotError

    dialect = conn.dialect
    rows = conn.engine_dialect.schema.view_rows(conn)  # (name, ddl, schema)
    views = []
    for name, ddl, schema in rows:
        try:
            depends = _tables_read(sqlglot.parse_one(ddl, read=dialect))
        except SqlglotError:
            depends = []
        views.append(ViewSpec(name, ddl, dialect, schema, [d for d in depends if d != name.lower()]))
    views = order_views(views)
    if tables is None:
        return views
    have = {t.lower() for t in tables}
    kept = []
    for view in views:
        if all(d in have or d not in known for d in view.depends):
            kept.append(view)
            have.add(view.name.lower())
    return kept


def order_views(views: list[ViewSpec]) -> list[ViewSpec]:
    """Views after the views they read (cycles keep their given order)."""
    by_name = {v.name.lower(): v for v in views}
    done: dict[str, ViewSpec] = {}
    visiting: set[str] = set()

    def visit(view: ViewSpec) -> None:
        key = view.name.lower()
        if key in done or key in visiting:
            return
        visiting.add(key)
        for dep in view.depends:
            if dep in by_name:
                visit(by_name[dep])
        visiting.discard(key)
        done[key] = view

    for view in views:
        visit(view)
    return list(done.values())


def view_sql(view: ViewSpec, dialect: str) -> str:
    """``CREATE VIEW`` for ``dialect``: as written for the same engine, else translated (raises Untranslatable)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import ErrorLevel, SqlglotError

    if view.dialect == dialect:
        return view.ddl
    try:
        tree = sqlglot.parse_one(view.ddl, read=view.dialect)
        if not isinstance(tree, exp.Create) or str(tree.args.get("kind", "")).upper() != "VIEW":
            raise Untranslatable("not a CREATE VIEW statement")
        for table in tree.find_all(exp.Table):
            if view.schema and table.db and table.db.lower() == view.schema.lower():
                table.set("db", None)
                table.set("catalog", None)
        target = tree.this.this if isinstance(tree.this, exp.Schema) else tree.this
        if isinstance(target, exp.Table):
            target.set("db", None)
            target.set("catalog", None)
            target.set("this", ident(view.name))
        return tree.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except SqlglotError as exc:
        raise Untranslatable(first_line(str(exc))) from None


def views_to_create(views: list[ViewSpec], restored: set[str], archived: set[str],
                    dialect: str) -> tuple[list[Step], list[str]]:  # fmt: skip
    """The views whose tables are all restored (those not in the archive are assumed present),
    each followed by a check that it reads; and the notes for the views left out."""
    have = {r.lower() for r in restored}
    known = {a.lower() for a in archived} | {v.name.lower() for v in views}
    items: list[Step] = []
    notes = []
    for view in views:
        missing = [d for d in view.depends if d in known and d not in have]
        what = f"view {view.name}"
        if missing:
            notes.append(f"skipped {what}: it reads {', '.join(missing)}, which is not restored")
            continue
        try:
            sql = view_sql(view, dialect)
        except Untranslatable as exc:
            items.append(Step(what, [f"-- cannot translate it to {dialect}: {exc}"]))
            continue
        qv = quote_table(view.name, dialect)
        # a view that cannot run is removed again and reported (SQLite checks a view only when it runs)
        items.append(Step(what, [sql, f"SELECT * FROM {qv} LIMIT 0"], undo=drop_view_sql(view.name, dialect)))
        have.add(view.name.lower())
    return items, notes


def drop_view_sql(name: str, dialect: str) -> str:
    return rules(dialect).drop_view_sql(name)


@contextmanager
def bulk_session(conn: Connection, specs: list[TableSpec]) -> Iterator[None]:
    """Session settings for a bulk load, put back afterwards.

    * MySQL turns an explicit 0 in an AUTO_INCREMENT column into a new number: not while loading.
    * DuckDB keeps up to 80 % of RAM for its buffers; a load needs little of it (DuckDB writes
      large appends to the file as it goes and spills past the limit): capped at 128 MB, so the
      load's peak stays flat.
    """
    restore = conn.engine_dialect.schema.bulk_settings(conn, any(c.auto for s in specs for c in s.columns))
    try:
        yield
    finally:
        for stmt in restore:
            try:
                conn.execute(stmt).close()
            except AishellError:
                pass


def foreign_keys_left_out(specs: list[TableSpec], keep: set[str], why: str) -> list[str]:
    """A note for each foreign key whose parent table is not among ``keep`` (those are not created)."""
    return [f"skipped foreign key of {spec.name} ({', '.join(fk['columns'])}) to {fk['ref_table']}: {why}"
            for spec in specs for fk in spec.foreign_keys
            if str(fk["ref_table"]).lower() not in keep]  # fmt: skip


def drop_sql(name: str, dialect: str) -> str:
    return rules(dialect).drop_table_sql(name)


class Load:
    """One load into ``conn``, the sequence restore and copy share.

    Starting it replaces what ``--replace`` overwrites (``replaced``: name -> ``table`` or
    ``view``), creates the tables of ``specs`` (foreign keys only to tables in ``keep``) and
    opens the transaction; :meth:`finish` runs the post-load statements (keys, indexes, foreign
    keys, then the optional ones) and commits; :meth:`undo`, after a failure, leaves the target
    as it was.
    Where DDL is transactional the drops and creates run inside the transaction.  MySQL commits
    DDL at once: there the replaced objects are set aside (:class:`SetAside`) instead of dropped,
    and the created tables are dropped by hand on failure.  An :class:`Attempt` the target
    refuses is replaced by its fallback and reported in ``notes``.
    There a ``journal`` (:mod:`.recovery`) follows each step, so that a process killed half-way
    is finished or undone by the next run.
    """

    def __init__(self, conn: Connection, specs: list[TableSpec], *, keep: set[str],
                 notes: list[str], replaced: dict[str, str] | None = None,
                 journal: Journal | None = None) -> None:  # fmt: skip
        self.conn = conn
        self.specs = specs
        self.keep = keep
        self.notes = notes
        ddl: list[str | Attempt] = [table_ddl(conn, s, conn.dialect, keep_fks=keep, notes=notes,
                                              earlier={e.name.lower() for e in specs[:i]})
                                    for i, s in enumerate(specs)]  # fmt: skip
        names = [s.name for s in specs]
        self.transactional_ddl = conn.engine_dialect.schema.transactional_ddl
        self.created: list[str] = []
        self.own_tx = False
        self.aside: SetAside | None = None
        # (without a journal, still the operation's lock: no other aishell takes its tables for leftovers)
        self.journal = None if self.transactional_ddl else journal or Journal(None)
        replaced = replaced or {}
        if self.transactional_ddl:
            drops = [drop_view_sql(n, conn.dialect) if k == "view" else drop_sql(n, conn.dialect)
                     for n, k in replaced.items()]  # fmt: skip
            ddl = [*drops, *ddl]
        try:
            if not self.transactional_ddl:
                tag = secrets.token_hex(4)
                if self.journal is not None:  # written before the target is touched
                    self.journal.start(conn, tag, "started", created=names, kinds=replaced,
                                       aside={n: aside_name(tag, n) for n in replaced})  # fmt: skip
                self.aside = SetAside(conn, replaced, tag=tag)
                for name, stmt in zip(names, ddl, strict=True):  # (no drops here: one CREATE per table)
                    self._run(stmt)
                    self.created.append(name)
            self.own_tx = not conn.in_transaction
            if self.own_tx:
                conn.begin()
            defer = conn.engine_dialect.schema.defer_foreign_keys_sql
            if defer is not None:
                conn.execute(defer).close()
            if self.transactional_ddl:
                for stmt in ddl:
                    self._run(stmt)
        except BaseException:
            self.undo()
            raise

    def _run(self, stmt: str | Attempt) -> None:
        if isinstance(stmt, Attempt):
            error = _probe(self.conn, stmt.sql)
            if error is None:
                return
            self.notes.append(f"skipped {stmt.label}: {error}")
            stmt = stmt.fallback
        self.conn.execute(stmt).close()

    def finish(self, views: list[Step] | None = None) -> list[str]:
        """Run the post-load statements and commit: inside the transaction where DDL is
        transactional, after the commit where it is not.  The replaced objects go once the data
        is committed, before the foreign keys (they still hold the constraint names).  The
        optional statements (auto-numbering, expression indexes, then ``views``) follow; those
        refused are returned as warnings."""
        conn = self.conn
        post = [stmt for s in self.specs for stmt in post_load_sql(s, conn.dialect, keep_fks=self.keep)]
        # every table's keys before any foreign key: in a cycle, a table references one whose key comes later
        post = sorted(post, key=lambda stmt: "FOREIGN KEY" in stmt.upper())
        optional = [step for s in self.specs for step in optional_post_sql(conn, s, conn.dialect)] + (views or [])
        warnings: list[str] = []
        if self.transactional_ddl:
            for stmt in post:
                conn.execute(stmt).close()
            warnings = run_optional(conn, optional)
        foreign = [stmt for stmt in post if "FOREIGN KEY" in stmt.upper()]
        if self.journal is not None:  # killed from here on, the data may be committed: what is left to do
            self.journal.update("committing", post=[s for s in post if s not in foreign], foreign=foreign,
                                optional=steps_to_json(optional))  # fmt: skip
        if self.own_tx:
            conn.commit()
            self.own_tx = False
        if not self.transactional_ddl:
            for stmt in post:
                if stmt not in foreign:
                    conn.execute(stmt).close()
            if self.journal is not None:
                self.journal.update("finishing")  # no way back once the old objects are dropped
            if self.aside is not None:
                self.aside.drop()
            for stmt in foreign:
                conn.execute(stmt).close()
            warnings = run_optional(conn, optional)
            if self.journal is not None:
                self.journal.end()
        return warnings

    def undo(self) -> None:
        """After a failure: roll back, drop the tables created outside the transaction and put
        back what was set aside.  Once the replaced objects are dropped, the new data is all
        there is: it stays.  Never raises: the original error matters.  What could not be undone
        stays in the journal, for the next run to repair."""
        if self.aside is not None and self.aside.dropped:
            if self.journal is not None:
                self.journal.end()
            return
        if self.own_tx:
            try:
                self.conn.rollback()
            except Exception:  # noqa: S110 - the connection may be gone
                pass
            self.own_tx = False
        clean = True
        for name in reversed(self.created):
            try:
                self.conn.execute(drop_sql(name, self.conn.dialect)).close()
            except Exception:  # best effort, as above
                clean = False
        if self.aside is not None:
            clean = self.aside.put_back() and clean
        if self.journal is not None:
            self.journal.end(remove=clean)


class SetAside:
    """What ``--replace`` overwrites on an engine whose DDL commits at once (MySQL/MariaDB).

    Dropping the old tables first would lose them if the load then failed: they are renamed out
    of the way in one atomic ``RENAME TABLE`` instead, dropped once the new ones hold their data,
    and renamed back (after the new ones are dropped) if the load fails.
    """

    def __init__(self, conn: Connection, objects: dict[str, str], *, tag: str | None = None) -> None:
        """``objects``: name -> ``table`` or ``view``; ``tag`` names the operation (:mod:`.recovery`)."""
        self.conn = conn
        self.kinds = dict(objects)
        tag = tag or secrets.token_hex(4)
        self.names = {name: aside_name(tag, name) for name in objects}
        self.dropped = False
        self.rules = conn.engine_dialect.schema
        for stmt in self.rules.rename_sql(list(self.names.items())):
            conn.execute(stmt).close()

    def drop(self) -> None:
        for name, aside in self.names.items():
            drop = self.rules.drop_view_sql if self.kinds[name] == "view" else self.rules.drop_table_sql
            self.conn.execute(drop(aside)).close()
        self.dropped = True

    def put_back(self) -> bool:
        """Rename the old objects back (the new ones must be gone); whether that worked.  Never raises."""
        if not self.names or self.dropped:
            return True
        try:
            for stmt in self.rules.rename_sql([(b, a) for a, b in self.names.items()]):
                self.conn.execute(stmt).close()
        except Exception:  # the original error matters; the old objects keep their aside names
            return False
        return True


def native_ddl(conn: Connection, info: TableInfo, spec: TableSpec) -> str:
    """The table's DDL as its own engine spells it (best effort)."""
    try:
        ddl = conn.engine_dialect.schema.native_ddl(conn, info.name, info.schema)
        if ddl is not None:
            return ddl
    except Exception:  # noqa: S110 - the DDL is informative only
        pass
    return create_sql(spec, conn.dialect)
